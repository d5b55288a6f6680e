"""PTC scorers on hand-made cases whose answers are worked out by hand in the comments."""

from __future__ import annotations

import io

import pytest

from slant.eval.ptc import Fragment, flc_score, merge_spans, read_labels, si_score, tc_score, write_tsv


def F(start: int, end: int, technique: str = "propaganda", art: str = "1") -> Fragment:
    return Fragment(art, start, end, technique)


def test_merge_spans_joins_overlaps_but_not_touching_ranges():
    assert merge_spans([(5, 15), (0, 10), (20, 30), (30, 35)]) == [(0, 15), (20, 30), (30, 35)]
    assert merge_spans([(0, 10), (2, 4)]) == [(0, 10)]


def test_si_partial_overlap():
    # pred [5,15) overlaps gold [0,10) by 5: precision 5/10 over 1 prediction = 0.5,
    # recall 5/10 over 2 gold fragments = 0.25, F1 = 2*0.5*0.25/0.75 = 1/3
    res = si_score([F(5, 15)], [F(0, 10), F(20, 30)])
    assert res["si_precision"] == pytest.approx(0.5)
    assert res["si_recall"] == pytest.approx(0.25)
    assert res["si_f1"] == pytest.approx(1 / 3)


def test_si_one_prediction_covering_two_gold_fragments():
    # pred [0,30): precision (10+10)/30 = 2/3, recall (1+1)/2 = 1
    res = si_score([F(0, 30)], [F(0, 10), F(20, 30)])
    assert res["si_precision"] == pytest.approx(2 / 3)
    assert res["si_recall"] == pytest.approx(1.0)
    assert res["si_f1"] == pytest.approx(0.8)


def test_si_merges_overlapping_gold_and_predictions():
    # gold [0,10)+[5,15) -> [0,15); predictions [0,8)+[6,15) -> [0,15): perfect
    res = si_score([F(0, 8), F(6, 15)], [F(0, 10), F(5, 15)])
    assert (res["si_precision"], res["si_recall"], res["si_f1"]) == (1.0, 1.0, 1.0)
    assert res["n_predicted"] == 1 and res["n_gold"] == 1


def test_si_ignores_technique_and_separates_articles():
    # the prediction is in article 2, the gold in article 1: nothing overlaps
    res = si_score([F(0, 10, "Doubt", art="2")], [F(0, 10, "Slogans", art="1")])
    assert res["si_f1"] == 0.0 and res["n_predicted"] == 1
    same = si_score([F(0, 10, "Doubt")], [F(0, 10, "Slogans")])
    assert same["si_f1"] == 1.0


def test_si_empty_sides():
    assert si_score([], [])["si_f1"] == 1.0
    assert si_score([], [F(0, 5)])["si_f1"] == 0.0
    assert si_score([F(0, 5)], [])["si_f1"] == 0.0


def test_flc_needs_matching_technique():
    gold = [F(0, 10, "Doubt"), F(20, 30, "Slogans")]
    # [0,10) right technique: P contribution 1, R 1; [20,25) wrong technique: nothing
    res = flc_score([F(0, 10, "Doubt"), F(20, 25, "Doubt")], gold)
    # P = 1/2 predictions, R = 1/2 gold, F1 = 0.5
    assert res["flc_precision"] == pytest.approx(0.5)
    assert res["flc_recall"] == pytest.approx(0.5)
    assert res["flc_f1"] == pytest.approx(0.5)
    per = res["per_technique"]
    assert per["Doubt"]["precision"] == pytest.approx(0.5) and per["Doubt"]["recall"] == pytest.approx(1.0)
    assert per["Slogans"]["f1"] == 0.0


def test_flc_partial_overlap_with_same_technique():
    # pred [0,4) inside gold [0,8): P 4/4 = 1, R 4/8 = 0.5, F1 = 2/3
    res = flc_score([F(0, 4, "Loaded_Language")], [F(0, 8, "Loaded_Language")])
    assert res["flc_f1"] == pytest.approx(2 / 3)


def test_tc_micro_f1_with_a_fragment_carrying_two_labels():
    gold = [F(0, 10, "Doubt"), F(0, 10, "Slogans"), F(20, 30, "Repetition")]
    # the two labels of [0,10) are matched as a multiset (order does not matter): 2 right, 1 wrong
    pred = [F(0, 10, "Slogans"), F(0, 10, "Doubt"), F(20, 30, "Doubt")]
    res = tc_score(pred, gold)
    assert res["tc_micro_f1"] == pytest.approx(2 / 3)
    per = res["per_technique"]
    assert per["Repetition"]["f1"] == 0.0
    # Doubt: predicted twice, right once; gold once -> P 0.5, R 1, F1 2/3
    assert per["Doubt"]["f1"] == pytest.approx(2 / 3)


def test_tc_missing_prediction_counts_as_wrong():
    res = tc_score([F(0, 10, "Doubt")], [F(0, 10, "Doubt"), F(20, 30, "Doubt")])
    assert res["tc_micro_f1"] == pytest.approx(0.5)


def test_tsv_round_trip_keeps_commas_in_technique_names(tmp_path):
    frags = [F(3, 9, "Name_Calling,Labeling", art="7"), F(0, 2, "Doubt", art="7")]
    buf = io.StringIO()
    write_tsv(frags, buf)
    lines = buf.getvalue().splitlines()
    assert lines[0] == "article_id\ttechnique\tstart\tend"
    assert lines[1] == "7\tDoubt\t0\t2" and lines[2] == "7\tName_Calling,Labeling\t3\t9"
    path = tmp_path / "t.tsv"
    path.write_text(buf.getvalue())
    assert sorted(read_labels(path, with_technique=True)) == sorted(frags)
