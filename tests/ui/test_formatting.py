"""How names are shown on screen: the detail heading and the sorted list."""

from followup_desk.ui.formatting import list_name, person_name


def test_person_name_writes_cjk_names_family_name_first():
    assert person_name("Zoë", "Müller") == "Zoë Müller"
    assert person_name("太郎", "山田") == "山田 太郎"
    assert person_name("민준", "김") == "김 민준"
    assert person_name("Taro", "山田") == "Taro 山田"
    assert person_name("", "", "株式会社サンプル") == "株式会社サンプル"


def test_list_name_inverts_only_names_that_do_not_lead_with_the_family():
    assert list_name("Zoë", "Müller") == "Müller, Zoë"
    assert list_name("太郎", "山田") == "山田 太郎"
    assert list_name("", "山田") == "山田"


def test_the_window_shows_a_japanese_name_family_name_first(window, make_prospect):
    prospect = make_prospect(first_name="太郎", last_name="山田")
    window.refresh()

    window.show_prospect(prospect.id)

    assert window.prospect_model.index(0, 0).data() == "山田 太郎"
    assert window.detail.ui.name_label.text() == "山田 太郎"
