<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallReminders</name>
    <message numerus="yes">
        <source>%n calls in the next few minutes</source>
        <translation>
            <numerusform>%n call in the next few minutes</numerusform><numerusform>%n calls in the next few minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>CallTimeDialog</name>
    <message numerus="yes">
        <source>Follow-up Desk reminds you %n minutes before the call.</source>
        <translation>
            <numerusform>Follow-up Desk reminds you %n minute before the call.</numerusform><numerusform>Follow-up Desk reminds you %n minutes before the call.</numerusform></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Choose a password of at least %n character.</numerusform><numerusform>Choose a password of at least %n characters.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Give {name} a first password of at least %n characters.</source>
        <translation>
            <numerusform>Give {name} a first password of at least %n character.</numerusform><numerusform>Give {name} a first password of at least %n characters.</numerusform></translation>
    </message>
</context>
</TS>