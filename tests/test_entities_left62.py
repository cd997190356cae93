"""Results-coverage wordings behind the truth table's lowest files (a City ward count's losers standing as
independents, ...): each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from probes import people

from scraper.entities import extract_text


def test_names_with_their_votes_in_brackets_share_a_plural_independent_label() -> None:
    body = (
        "The sitting councillors Jo Bell (812) and Sam Hart (790) were re-elected. Amir Khan (402) and Lucy Dale "
        "(388), also standing as independents, came up short."
    )
    assert people(body)[2:] == [("Amir Khan", "Independent", 402, False), ("Lucy Dale", "Independent", 388, False)]


def test_a_name_with_its_votes_in_a_bracket_takes_the_independent_label_after_it() -> None:
    body = "Labour's Ann Cole won with 930 votes. Pat Reid (611 votes), who also stood as an independent, was third."
    assert ("Pat Reid", "Independent", 611, False) in people(body)


def test_the_capitalised_words_before_slate_name_a_local_group_not_a_candidate() -> None:
    body = (
        "Eastmarsh elects eight councillors. The Kelby Voice slate, set up by residents against the bypass, has won "
        "five of them. Labour's Ruth Amadi took the last seat with 541."
    )
    found = extract_text("Eastmarsh result", body)
    assert [c["name"] for c in found["candidates"]] == ["Ruth Amadi"]
    assert "Kelby Voice" in [p["name"] for p in found["parties"]]


def test_a_known_partys_slate_is_no_group_of_its_own() -> None:
    found = extract_text("Result", "The Green slate won three seats in Eastmarsh.")
    assert [p["name"] for p in found["parties"]] == ["Green Party"]


def test_a_possessive_label_gives_its_party_to_the_items_after_it() -> None:
    body = "Four seats were up in Eastmarsh.\nThe Greens' winners: Ann Cole 904, Pat Reid 861.\nOthers: Jo Bell 402."
    assert people(body)[:2] == [("Ann Cole", "Green Party", 904, True), ("Pat Reid", "Green Party", 861, True)]


def test_the_slates_label_is_the_local_group_named_before_it() -> None:
    body = (
        "The Kelby Voice slate took both seats in Eastmarsh.\nThe slate's new councillors: Ann Cole 904, "
        "Pat Reid 861.\nLabour's Jo Bell was third with 402."
    )
    assert [(n, p) for n, p, _v, _e in people(body)[:2]] == [("Ann Cole", "Kelby Voice"), ("Pat Reid", "Kelby Voice")]


def councils(body: str, title: str = "Result") -> list[str]:
    return [c["name"] for c in extract_text(title, body)["councils"]]


def test_a_council_named_by_its_kind_is_the_place_opening_its_sentence() -> None:
    body = "In Lowmarsh, the Greens are now the largest group on the town council with six seats."
    assert councils(body) == ["Lowmarsh Town Council"]


def test_a_council_area_subject_of_the_sentence_before_is_the_council_of_the_kind_after() -> None:
    body = "Redditch has a new leader. Jo Parr was voted in as leader of the borough council at its annual meeting."
    assert councils(body, "Annual meeting") == ["Redditch Borough Council"]


def test_a_month_or_a_word_opening_the_sentence_is_no_place_of_a_council() -> None:
    assert councils("In May, Labour lost control of the district council.") == []
    assert councils("Turnout was 31%. The chair of the parish council welcomed the result.") == []


def test_a_council_areas_independent_before_a_candidates_name_is_the_local_group() -> None:
    body = "Mansfield Independent candidate Jo Parr held Ravensdale with 702 votes, ahead of Labour's Amy Cole on 533."
    assert people(body)[0] == ("Jo Parr", "Mansfield Independent", 702, True)


def test_independent_before_a_name_after_no_council_area_stays_independent() -> None:
    body = "In Ravensdale, Independent candidate Jo Parr held on with 702 votes, ahead of Labour's Amy Cole on 533."
    assert people(body)[0] == ("Jo Parr", "Independent", 702, True)


def test_the_independent_opening_a_sentence_with_an_apposition_is_the_person_named_before() -> None:
    body = (
        "At 19, Ann Cole is the youngest councillor on Kelby Council. The independent, a student from Ashby, won "
        "Eastfield with 904 votes."
    )
    assert people(body) == [("Ann Cole", "Independent", 904, True)]


def test_a_described_green_before_an_apposition_takes_the_named_persons_result() -> None:
    body = "Jo Parr has kept her seat on Kelby Council. The Green, who first won in 2019, polled 1,104 votes."
    assert people(body)[0][:3] == ("Jo Parr", "Green Party", 1104)


def wards(body: str, title: str = "Result") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_the_place_of_a_parish_council_the_post_names_is_no_ward() -> None:
    body = (
        "Ashby Parish Council: six candidates for nine seats. Those returned in Ashby are Jo Parr, Ann Cole and "
        "Tom Reid."
    )
    assert wards(body, "Parish results") == []


def test_the_place_of_a_community_council_the_post_names_is_no_ward() -> None:
    body = (
        "Llanfor Community Council had eight seats and seven candidates. Those returned in Llanfor are Jo Parr and "
        "Ann Cole."
    )
    assert wards(body, "Community councils") == []


def test_a_place_of_many_seats_an_apposition_calls_a_ward_is_a_ward() -> None:
    body = (
        "All six seats in Eastgate, the largest of the city's wards, have gone to independents. The sitting members "
        "Jo Parr (402) and Ann Cole (388) were re-elected."
    )
    assert wards(body, "Eastgate: independents take all six") == ["Eastgate"]


def test_a_place_of_many_seats_without_such_an_apposition_stays_no_ward() -> None:
    body = "All six seats in Eastgate, a market town, have gone to independents. Jo Parr (402) was re-elected."
    assert wards(body, "Independents sweep the board") == []


def test_both_councils_are_the_two_council_areas_of_the_sentence_before() -> None:
    body = (
        "Counting is under way at the Civic Hall for Bolton and at the leisure centre for Wigan. Both councils elect "
        "a third of their seats this year."
    )
    assert councils(body, "Counting begins") == ["Bolton Council", "Wigan Council"]


def test_both_councils_after_a_sentence_naming_one_council_area_name_none() -> None:
    body = "Counting is under way at the Civic Hall in Bolton. Both councils elect a third of their seats this year."
    assert councils(body, "Counting begins") == []
