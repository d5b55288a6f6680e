"""Threat frames (`slant.analyze.threats`): what they catch, what they leave, and how flags and
evidence use them; and `slant eval threats` on a tiny invented copy of its two public sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from slant.analyze.threats import threat_cues
from slant.analyze.toxicity import ToxicityAnalyzer, ToxicityScorer, own_threats
from slant.cli import app
from slant.cli.options import toxicity_options
from slant.config import RunConfig
from slant.document import Comment, Document
from slant.eval.threats import evaluate_threats, load_cases

FIXTURES = Path(__file__).parent / "fixtures" / "threats"


def said(text: str) -> list[str]:
    return [text[c.start : c.end] for c in threat_cues(text)]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Keep it up, Brenda, and I'm going to break your jaw.", "I'm going to break your jaw"),
        ("We will slaughter every last one of them.", "We will slaughter every last one of them"),
        ("Watch me run you over tomorrow, Karl.", "Watch me run you over"),
        ("Somebody ought to string up the councillors.", "Somebody ought to string up the councillors"),
        ("Bankers should be lined up and shot.", "Bankers should be lined up and shot"),
        ("Honestly he should have been publicly hanged.", "he should have been publicly hanged"),
        ("Do the planet a favour and go die.", "go die"),
        ("I hope he gets shot on his way home.", "I hope he gets shot"),
        ("Piet, we found out which school your kids go to.", "we found out which school your kids"),
        ("Nice little shop you have there. Be a pity if an accident burned it down.", "Be a pity if an accident"),
        ("Your days are numbered, reporter.", "Your days are numbered"),
        ("Post that again and you'll end up in a ditch.", "you'll end up in a ditch"),
    ],
)
def test_frames_find_the_threat_and_its_words(text: str, cue: str) -> None:
    assert cue in said(text) or any(cue.lower() == s.lower() for s in said(text)), said(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kill the bill before it reaches the Senate.",  # no person as target
        "We will end this war by talking, not shooting.",
        "I would never hurt you, mum.",  # negation inside the frame
        "I would never say I will kill you, even as a joke.",  # negation just before it, in its clause
        "Die-hard fans queued all night.",
        "You are dead wrong about the budget.",
        "The Lakers deserve to be beaten on Sunday.",
        "Those plans must be executed by Friday.",
        "We're watching you, senator: vote for the bill.",  # accountability, not a threat
        "The photos were shot in Kyiv last week.",
        "May that law rot in the archives.",
        "We will beat them in November and destroy their majority.",  # winning, not harming
        "We are going to eliminate them in the playoffs.",
    ],
)
def test_harmless_look_alikes_are_not_threats(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(
    "text",
    ["Ich bring dich um, Jens.", "Je vais te retrouver, Paul.", "Te voy a matar, Pepe.", "Я тебя найду, Олег.", "Wir wissen, wo du wohnst."],
)
def test_other_languages_have_the_common_forms(text: str) -> None:
    assert said(text)


def test_a_negation_in_another_clause_leaves_the_threat() -> None:
    assert said("I am not joking, I will kill you.") == ["I will kill you"]


def test_offsets_point_into_the_text_as_typed() -> None:
    text = "Listen  Mo:   I’ll  break your   neck."
    [cue] = threat_cues(text)
    assert text[cue.start : cue.end] == "I’ll  break your   neck"
    assert cue.kind == "intent"


def test_a_quoted_threat_is_reported_not_made() -> None:
    text = 'He wrote "I will kill you all" under my post and the site left it up.'
    assert threat_cues(text) and own_threats(text) == ()
    assert own_threats("> I will kill you all\nReported. This is vile.") == ()


def test_long_hostile_input_stays_cheap() -> None:
    text = ("people who " + "word " * 40) * 200 + "I will kill you"
    assert said(text) == ["I will kill you"]


@pytest.fixture(scope="module")
def scorer() -> ToxicityScorer:
    return ToxicityScorer()


def test_a_framed_threat_is_flagged_with_its_frame_as_evidence(scorer: ToxicityScorer) -> None:
    text = "Nice piece, Dana. We know which street you live on."
    [score] = scorer.score([text])
    assert {"threat", "toxic"} <= set(score.flags)
    assert score.attributes["threat"] < 0.5  # the model alone would have let it through
    doc = Document(id="d", source="test", text="Body.", comments=[Comment(id="c", text=text, author="a")])
    ToxicityAnalyzer(scorer)([doc])
    spans = doc.comments[0].spans["spans"]
    threat = [text[s.start : s.end] for s in spans if s.label == "threat"]
    assert threat == ["We know which street you live"]
    assert any(s.label == "toxic" and text[s.start : s.end] == "We know which street you live" for s in spans)


def test_threat_frames_can_be_switched_off() -> None:
    text = "Nice piece, Dana. We know which street you live on."
    config = RunConfig(analyzer_options=toxicity_options(threat_frames=False))
    analyzer = ToxicityAnalyzer.from_config(config)
    [score] = analyzer.scorer.score([text])
    assert "threat" not in score.flags and score.threats == ()  # the model alone lets it through
    assert toxicity_options() == {} and toxicity_options(spans=False) == {"toxicity.v1": {"spans": False}}


def test_no_threat_frames_option_reaches_the_run_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import slant.cli.analyze as cli_analyze

    seen: list[RunConfig] = []

    class Stop(Exception):
        pass

    def capture(config: RunConfig) -> None:
        seen.append(config)
        raise Stop

    monkeypatch.setattr(cli_analyze, "Pipeline", capture)
    page = tmp_path / "page.txt"
    page.write_text("The council voted to close the night ferry on Tuesday.\n")
    CliRunner().invoke(app, ["analyze", str(page), "-o", str(tmp_path / "out.jsonl"), "--no-threat-frames", "--no-toxicity-spans"])
    assert seen and seen[0].analyzer_options == {"toxicity.v1": {"spans": False, "threat_frames": False}}


def test_threat_eval_splits_and_scores(scorer: ToxicityScorer) -> None:
    cases = load_cases(FIXTURES, "all")
    civil = {(c.text[:20], c.threat, c.part) for c in cases if c.source == "civil"}
    assert civil == {
        ("Say that again and I", True, "tune"),
        ("What a clueless clow", False, "tune"),
        ("The council should s", False, "heldout"),
        ("I swear we are going", True, "heldout"),
    }  # post 5: one annotator's threat is neither side
    assert sum(c.source == "implicit" for c in load_cases(FIXTURES, "tune")) == 3
    result = evaluate_threats(FIXTURES, scorer, "heldout")
    assert result["civil"]["threats"] == 1 and result["civil"]["recall"] == 1.0
    with pytest.raises(ValueError):
        load_cases(FIXTURES, "dev")


def test_threat_eval_cli_prints_json() -> None:
    result = CliRunner().invoke(app, ["eval", "threats", "--data", str(FIXTURES), "--only", "tune"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["implicit"]["threats"] == 1 and out["implicit"]["recall"] == 1.0
    bad = CliRunner().invoke(app, ["eval", "threats", "--data", str(FIXTURES / "missing")])
    assert bad.exit_code != 0 and "Traceback" not in bad.output


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_text_gives_ordered_cues_inside_it(text: str) -> None:
    cues = threat_cues("I will kill you. " + text + " İ Watch your back")
    assert all(0 <= c.start < c.end for c in cues)
    assert all(a.end <= b.start for a, b in zip(cues, cues[1:]))
    assert cues and cues[0].start == 0  # a character that lower-cases to two ('İ') hides nothing
