"""Threat cues: the phrasings of threats that the toxicity encoder misses.

Why: the small encoder learned threats from few examples and reads a veiled threat ("I know
where you live", "accidents happen to people like you") or a call for violence against people
("they should all be hanged", "go die") as calm text; moderators need exactly those. Threats
are said in a small set of grammatical frames, so a grammar of frames finds them wherever the
words differ: the speaker's own intent to harm someone, a call or wish that someone be harmed,
and the stock veiled threats. Each cue is a character range of the text, the evidence a
moderator sees. Frames need a person as target ("kill the bill" is not a threat) and fail on a
negation inside the frame or just before it in its clause ("I would never hurt you"); quoted
statements are the caller's to drop (`slant.analyze.toxicity`). English frames carry the detail; the other languages hold the
most common direct, veiled and normative forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- English building blocks (lower-cased text, straight apostrophes) ---------------------------

#: Verbs that can only mean killing or maiming people, whatever their object ("gas the X").
_ATROCITY = r"(?:lynch|behead|decapitate|exterminate|gas|castrate|string up|burn alive|skin alive)"
#: ... and what is done with them ("should be lined up and shot").
_ATROCITY_DONE = (
    r"(?:lynched|beheaded|decapitated|exterminated|gassed|castrated|strung up|burn(?:ed|t) alive|skinned alive|"
    r"lined up and shot|lined up against a wall|wiped off the face of the earth|put down like (?:a )?(?:dogs?|animals?|rabid [a-z]+)|"
    r"beaten (?:to death|senseless|to a pulp|in the streets?|bloody)|stoned to death|buried alive|deported and shot)"
)
#: Verbs whose only sense is violence against a person (base form): "kill all X" is a threat.
_STRICT_HARM = (
    rf"(?:{_ATROCITY}|kill|murder|shoot|stab|hang|slaughter|butcher|strangle|"
    r"torture|rape|maim|mutilate|knife|shank|beat up|hunt down|wipe out)"
)
#: Verbs of harm that also have harmless senses ("burn the bridges", "execute the plan"): a threat
#: only with a personal target ("burn them"). Verbs of winning ("beat", "destroy", "eliminate",
#: "finish") are left out: "we will beat them in November" is politics, not a threat.
_LOOSE_HARM = (
    r"(?:hurt|harm|punch|slap|bash|batter|whack|choke|drown|burn|torch|bomb|gut|execute|put down|blow up|run over|hunt)"
)
#: Past participles of _STRICT_HARM, for the passive frames ("should all be hanged").
_STRICT_HARMED = (
    rf"(?:{_ATROCITY_DONE}|killed|murdered|shot(?! down)|stabbed|hanged|slaughtered|butchered|"
    r"strangled|tortured|raped|maimed|mutilated|knifed|shanked|beaten up|hunted down|shot dead|stoned|put to death)"
)
#: ... and of _LOOSE_HARM: a threat when said of people named by a pronoun.
_LOOSE_HARMED = (
    r"(?:hurt|harmed|punched|slapped|bashed|battered|whacked|choked|drowned|burn(?:ed|t)|torched|bombed|gutted|"
    r"executed|put down|blown up|run over|dead|incinerated)"
)
#: A person as target, named by a pronoun or a body part, family or home of one.
_PERSON = (
    r"(?:you|ya|u|him|her|them|y'all|you all|you people|you guys|"
    r"(?:every|each) (?:single |last )?one of (?:you|them|those|these|the [a-z'-]+)|"
    r"(?:all|some|any|most|the rest) of (?:you|them|those|these)|"
    r"(?:your|his|her|their) (?:family|families|kids|children|wife|husband|mother|mom|father|dad|"
    r"son|daughter|sister|brother|friends|face|head|throat|neck|jaw|nose|arms?|legs?|knees|kneecaps|fingers|hands|ribs|spine|skull|teeth|bones|house|home|ass|butt))"
)
#: Nouns that name people, for "the X" and "this X" targets.
_PEOPLE_NOUN = (
    r"(?:people|persons?|m[ae]n|wom[ae]n|guys?|folks|dudes?|bastards?|scum|traitors?|thugs?|pigs?|rats?|vermin|"
    r"animals?|savages?|idiots?|morons?|lot|bunch|punks?|creeps?|freaks?|filth|trash|clowns?|losers?|fools?|"
    r"cunts?|bitch(?:es)?|assholes?|pricks?|criminals?|terrorists?|pedos?|pedophiles?|liars?|kids?|children)"
)
#: Any target a strict verb can take: a person, or people counted or pointed at ("all X", "these X").
_TARGET = (
    rf"(?:{_PERSON}|everyone|everybody|anyone|anybody|every (?:single |last )?(?:one|man|woman|person|[a-z'-]+)|"
    r"(?:all|these|those) (?:the |of the )?[a-z'-]+|(?:any|each|some|most) of (?:the |these |those )?[a-z'-]+|"
    rf"(?:the|this|that) (?:[a-z'-]+ )?{_PEOPLE_NOUN}|the [a-z'-]+s)"
)
#: The speaker announcing their own act ("watch me" too, and "our men will").
_INTENT = (
    r"(?:watch me|our [a-z'-]+ (?:will|are going to|shall)|(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to|'m gonna| am gonna|"
    r"'re gonna| are gonna| gonna|'d love to| would love to| want to| wanna| swear i'll| swear i will|"
    r"'m coming to| am coming to| can't wait to| cannot wait to| intend to| plan to))"
)
#: A call that someone act ("someone should", "we need to").
_CALL_SUBJECT = r"(?:someone|somebody|anyone|anybody|people|we|you|they|the (?:army|police|cops|government))"
_CALL_MODAL = r"(?:should|ought to|must|needs? to|has to|have to|had better|oughta|gotta)"
#: Who is said to deserve violence: a pronoun ...
_PRONOUN_SUBJECT = r"(?:he|she|they|you|who|whoever|them all|all of them|all of you|every one of them)"
#: ... or a group ("muslims", "these people", "the traitors").
_GROUP_SUBJECT = r"(?:(?:these|those|the|all|all the) )?(?:[a-z'-]+ )?(?:[a-z'-]+s|men|women|people|folk|children)"
_NORM_MODAL = r"(?:should|ought to|must|need to|needs to|deserve to|deserves to|have to|has to|oughta)"
_NEGATION = re.compile(r"\b(?:not|never|no|nobody|no one|nothing)\b|n't\b")
_GAP = r"(?:[a-z'-]+ ){0,2}?"
#: Words between a modal and its harm verb: adverbs, or a first verb joined by "and" ("round them up and hang them").
_VERB_GAP = r"(?:[a-z'-]+ ){0,2}?(?:(?:[a-z'-]+ ){1,3}and )?"

#: (kind, pattern) per language; kind is what the cue says: intent | call | wish | veiled.
_ENGLISH: tuple[tuple[str, str], ...] = (
    # blows at a body part: "I'll kick your ass", "smash his face in"
    ("intent", rf"\b{_INTENT} {_VERB_GAP}(?:kick|beat|smash|bash|punch|knock|cave) (?:your|his|her|their) (?:ass|butt|face|head|teeth|skull)\b"),
    # the speaker's own act: "I'll break your legs", "we are going to kill every one of them"
    ("intent", rf"\b{_INTENT} {_VERB_GAP}(?:{_STRICT_HARM} {_GAP}{_TARGET}|{_LOOSE_HARM} {_GAP}{_PERSON})\b"),
    ("intent", rf"\b{_INTENT} {_GAP}(?:break|snap|smash|cut|slit|bash in|cave in|rip off|put a bullet in|put a knife in) {_PERSON}\b"),
    ("intent", rf"\b{_INTENT} {_GAP}(?:make|see) {_PERSON} (?:bleed|suffer|pay|regret|scream|beg|dead|die|hang|burn)\b"),
    ("intent", rf"\b{_INTENT} (?:find|hunt|track) {_PERSON}(?: down)?\b"),
    ("intent", rf"\b{_INTENT} (?:end|finish|waste|destroy) (?:you|ya|u)\b(?! (?:in|at|on) )"),
    ("intent", rf"\b{_INTENT} {_VERB_GAP}(?:put|send|knock|beat|run|burn|smash|kick) {_PERSON}(?: [a-z'-]+)? "
               r"(?:in (?:the )?(?:hospital|a coma|the ground|a wheelchair|a box|a body bag|(?:your|his|her|their|an early) grave)|"
               r"over|down|senseless|to death|to a pulp|unconscious|out cold|six feet under|in(?= *(?:[.!,;\n]|$)))\b"),
    ("intent", r"\b(?:every (?:last |single )?one of|all of|each of|all|any of) (?:the )?[a-z' -]{1,30}? will (?:all )?be "
               rf"{_STRICT_HARMED}\b"),
    ("intent", rf"\b(?:{_GROUP_SUBJECT}|they|you)(?: [a-z'-]+){{0,3}} will (?:all )?(?:hang|swing from [a-z ]{{1,20}})\b"),
    ("intent", r"\b(?:i|we)(?:'m| am|'re| are) coming for (?:you|ya|u|him|her|them|the [a-z'-]+)\b"),
    # a call or a judgement that people be harmed: "someone should shoot him", "they should all be hanged"
    ("call", rf"\b{_CALL_SUBJECT} {_CALL_MODAL} {_VERB_GAP}(?:{_STRICT_HARM} {_GAP}{_TARGET}|{_LOOSE_HARM} {_GAP}{_PERSON})\b"),
    ("call", rf"\b{_PRONOUN_SUBJECT} (?:all |really |just )?{_NORM_MODAL} (?:all )?(?:be|get|have been) (?:all |summarily |publicly )?(?:{_STRICT_HARMED}|{_LOOSE_HARMED})\b"),
    ("call", rf"\b{_GROUP_SUBJECT} (?:all |really |just )?{_NORM_MODAL} (?:all )?(?:be|get|have been) (?:all |summarily |publicly )?{_STRICT_HARMED}\b"),
    ("call", rf"(?:^|[.!?\n] *|, *)(?:just |go |now |let's |lets |let us )?(?:{_STRICT_HARM} {_TARGET}|{_LOOSE_HARM} {_PERSON})\b"),
    ("call", rf"\b{_ATROCITY} (?:the|all|all the|these|those|every|him|her|them)(?: [a-z'-]+)?\b"),
    ("call", r"\b(?:you|he|she|they|[a-z'-]+s) (?:really )?(?:need|needs|deserve|deserves|could use) (?:a|another) "
             r"(?:punch|bullet|beating|slap|kick|smack|knife|rope) (?:in|to|between|through|around) (?:the|your|his|her|their) "
             r"(?:face|head|mouth|eyes|teeth|skull|throat|neck)\b"),
    ("call", rf"(?:^|[.!?\n] *|, *)(?:[a-z'-]+ ){{1,3}}?(?:all |really |just )?{_NORM_MODAL} (?:all )?(?:be|get) (?:all )?{_ATROCITY_DONE}"),
    ("call", r"\b(?:put|pump) (?:a bullet|bullets|a knife|a rope) (?:in|into|through|around) (?:you|him|her|them|the [a-z'-]+)\b"),
    ("call", r"\b(?:the world|this country|everyone|we|society|earth) would be (?:better|safer|a better place)(?: off)? (?:if|with|without) "
             r"[^.!?\n]{0,40}\b(?:dead|gone|shot|hanged|wiped out|exterminated|eliminated|extinct)\b"),
    ("call", r"\bwhoever (?:kills|shoots|hangs|lynches|murders|stabs|eliminates|gets rid of) [^.!?\n]{0,40}\b(?:favou?r|hero|medal|reward)\b"),
    # a wish that someone die: "go die", "do the world a favor and die", "I hope you die"
    ("wish", r"(?:^|[.!?\n,] *)(?:(?:go|just|please|now) (?:and )?(?:die|drop dead)|die,? you\b|drop dead|"
             r"(?:(?:go|just|please|now) (?:and )?)?(?:kill|hang|shoot|off) (?:yourself|yourselves)|"
             r"(?:go )?jump off a (?:bridge|cliff|building|roof))\b"),
    ("wish", r"\bgo (?:and )?(?:die|drop dead|(?:kill|hang|shoot|off) (?:yourself|yourselves|himself|herself|themselves))\b(?! (?:hard|out|down|off)\b)"),
    ("wish", r"\bdo (?:us|the world|everyone|america|humanity|the country|society)(?: all)? a favou?r and (?:just )?(?:go )?"
             r"(?:die|drop dead|kill|hang|shoot|off|jump)\b"),
    ("wish", r"\b(?:i |we )?(?:hope|wish|pray) (?:that )?(?:you|he|she|they|your [a-z]+|someone) "
             r"(?:dies?|get(?:s)? (?:shot|killed|stabbed|hanged|raped|murdered|cancer)|burns? alive|chokes?|"
             r"(?:is|are|gets?) (?:killed|shot|hanged|murdered))\b"),
    ("wish", rf"\b(?:{_PRONOUN_SUBJECT}|{_GROUP_SUBJECT}) (?:all )?(?:deserves?|deserved) (?:to die|to be dead|a bullet|a rope|death|the (?:death penalty|noose|chair|rope))\b"),
    ("wish", r"\bkys\b"),
    # stock veiled threats
    ("veiled", r"\b(?:i|we)(?:'ve| have)? (?:know|found out|found|got|have) (?:where|which|what) [^.!?\n]{0,30}?\b(?:you|your)\b[^.!?\n]{0,25}?"
               r"\b(?:live|lives|living|work|works|sleep|sleeps|drive|drives|park|go to school|street|address|house|home|car|kids|school)\b"),
    ("veiled", r"\b(?:i|we)(?:'ve| have)? (?:know|found|got|have) your (?:address|home address|street|number plate|license plate|schedule|routine)\b"),
    ("veiled", r"\bwatch (?:your|ur|yer) (?:back|step|six)\b"),
    ("veiled", r"\bsleep with one eye open\b"),
    ("veiled", r"\b(?:your|ur|his|her|their) days are numbered\b"),
    ("veiled", r"\byou (?:won't|will not|wont|never) (?:see|know) (?:it|me|us|what hit you) coming\b"),
    ("veiled", r"(?:\b(?:it'd|it would|would|it'll|it will|that'd|that would)|^|[.!?\n] *)(?: |)be (?:a )?(?:real )?(?:shame|pity|tragedy|terrible) if "
               r"(?:something|anything|someone|somebody|an accident)\b"),
    ("veiled", r"\baccidents (?:happen|can happen|do happen)\b"),
    ("veiled", r"\bpeople (?:like you|like that|who [^.!?\n]{0,40}?) (?:tend to |have a way of |often |sometimes |usually |always )?"
               r"(?:disappear(?:ing)?|go(?:ing)? missing|vanish(?:ing)?|have accidents|having accidents|end(?:ing)? up (?:dead|missing|hurt|in a ditch))\b"),
    ("veiled", r"\benjoy (?:your|ur) (?:last|final) [a-z]+\b"),
    ("veiled", r"\b(?:you'll|you will|you're going to|you are going to|you gonna|you'll soon) (?:end up|wind up) "
               r"(?:dead|in a (?:ditch|box|body bag|coffin|river|hospital|wheelchair)|six feet under|missing)\b"),
    ("veiled", r"\b(?:you'll|you will) (?:get|be getting) what's coming(?: to you)?\b"),
    ("veiled", r"\b(?:we'll|we will|i'll|i will) (?:pay you a visit|be paying you a visit|be waiting for you|be at your (?:door|house|home))\b"),
    ("veiled", r"\b(?:turn|show|turn up|show up) (?:up )?at your (?:door|house|home|work|office|school)\b"),
    ("veiled", r"\bcheck under your (?:car|bed)\b"),
    ("veiled", r"\b(?:you've|you have) been warned\b|\b(?:this is your |consider this (?:your |a )?)(?:last|final|only) warning\b"),
    ("veiled", r"\b(?:i'm|i am) (?:right |just )?behind you\b(?=[^\n]{0,80}\b(?:careful|watch|never know|always|turn around|look out)\b)"),
    ("veiled", r"\b(?:be careful|watch out|look out)\b(?=[^\n]{0,40}\b(?:i'm|i am) (?:right |just )?behind you\b)"),
    ("veiled", r"\bi'm closer than you think\b|\bi am closer than you think\b"),
    ("veiled", r"\b(?:you're|you are|ur) (?:a )?dead (?:man|woman|meat)\b|\b(?:you're|you are|ur) (?:so )?dead(?= *(?:[!.\n]|$))"),
)

_OTHER_LANGUAGES: tuple[tuple[str, str], ...] = (
    # German
    ("intent", r"\b(?:ich|wir) (?:werde|werden|will|wollen) (?:dich|euch|ihn|sie) (?:\w+ )?(?:umbringen|töten|abstechen|erschießen|aufhängen|"
               r"abschlachten|fertigmachen|kaltmachen|finden|verprügeln|kriegen)\b"),
    ("intent", r"\b(?:ich|wir) (?:bring|bringe|bringen|mach|mache|machen|stech|steche|stechen) (?:dich|euch|ihn|sie) (?:\w+ )?(?:um|kalt|ab|fertig)\b"),
    ("veiled", r"\b(?:ich weiß|wir wissen),? wo (?:du|ihr) (?:wohnst|wohnt|arbeitest|arbeitet)\b"),
    ("veiled", r"\b(?:du bist|ihr seid) (?:so gut wie )?(?:tot|erledigt|dran)\b"),
    ("call", r"\b(?:sollte|sollten|gehört|gehören|müsste|müssten|muss|müssen) (?:man )?(?:alle )?(?:\w+ )?(?:erschossen|aufgehängt|vergast|"
             r"umgebracht|getötet|erschlagen|abgeschlachtet|verbrannt|ausgerottet|an die wand gestellt)\b"),
    ("wish", r"\b(?:verreck|verrecke|verreckt|stirb)\b"),
    # French
    ("intent", r"\b(?:je|on) (?:vais|va|veux) (?:te|vous|le|la|les) (?:\w+ )?(?:tuer|buter|crever|égorger|fumer|flinguer|défoncer|"
               r"retrouver|pendre|brûler|massacrer|saigner)\b"),
    ("veiled", r"\b(?:je sais|on sait|nous savons) où (?:tu|vous) (?:habites|habitez|vis|vivez|travailles|travaillez)\b"),
    ("veiled", r"\b(?:t'es|tu es|vous êtes) (?:un )?(?:homme|femme) mort(?:e)?\b"),
    ("call", r"\b(?:faut|faudrait|il faut|il faudrait|devrait|devraient|on devrait|on doit) (?:tous )?(?:les |le |la )?"
             r"(?:tuer|pendre|fusiller|gazer|buter|brûler|exterminer|éliminer|abattre)\b"),
    ("call", r"\b(?:mérite|méritent) (?:de mourir|la mort|une balle|d'être (?:pendu|pendus|fusillé|fusillés|tué|tués|abattu|abattus))\b"),
    # Spanish
    ("intent", r"\b(?:te|os|lo|la|los|las) (?:voy|vamos) a (?:matar|encontrar|reventar|partir la cara|quemar|colgar|destripar|pegar un tiro)\b"),
    ("veiled", r"\b(?:sé|sabemos) dónde (?:vives|vivís|viven|trabajas)\b"),
    ("veiled", r"\b(?:estás|están) muert[oa]s?\b"),
    ("call", r"\b(?:habría|hay|habria) que (?:matar|colgar|fusilar|quemar|exterminar|eliminar|gasear)(?:los|las|lo|la)?\b"),
    ("call", r"\b(?:deberían|merecen|merece|debería) (?:ser )?(?:morir|la muerte|un tiro|fusilad[oa]s?|colgad[oa]s?|asesinad[oa]s?|quemad[oa]s?)\b"),
    # Italian and Portuguese
    ("intent", r"\bti (?:ammazzo|uccido|ammazzerò|ucciderò|trovo|troverò|sparo)\b"),
    ("veiled", r"\b(?:so|sappiamo) dove (?:abiti|vivi|lavori)\b"),
    ("intent", r"\b(?:vou|vamos) (?:te |lhe )?(?:matar|encontrar|pegar)(?:-te)?\b"),
    ("veiled", r"\b(?:sei|sabemos) onde (?:você|tu) (?:mora|moras|trabalha|vive)\b"),
    # Dutch and Polish
    ("intent", r"\bik (?:ga|zal) (?:je|jou|jullie|hem|haar) (?:\w+ )?(?:vermoorden|doodmaken|afmaken|neersteken|neerschieten|vinden)\b"),
    ("veiled", r"\b(?:ik weet|we weten) waar (?:je|jij|u) (?:woont|werkt)\b"),
    ("intent", r"\b(?:zabiję|zajebię|zabije|zajebie|znajdę) (?:cię|was|go|ją|ich)\b"),
    ("veiled", r"\b(?:wiem|wiemy),? gdzie (?:mieszkasz|pracujesz)\b"),
    # Russian
    ("intent", r"(?<!\w)(?:я|мы) (?:тебя|вас|его|её|ее|их) (?:\w+ )?(?:убью|убьём|убьем|зарежу|найду|найдём|найдем|урою|закопаю|пристрелю|повешу|сожгу)(?!\w)"),
    ("veiled", r"(?<!\w)(?:я знаю|мы знаем),? где (?:ты живёшь|ты живешь|вы живёте|вы живете|ты работаешь)(?!\w)"),
    ("veiled", r"(?<!\w)(?:тебе|вам) (?:конец|не жить|крышка)(?!\w)|(?<!\w)ты (?:труп|покойник)(?!\w)"),
    ("call", r"(?<!\w)(?:их|его|её|ее|всех) (?:\w+ )?(?:надо|нужно|следует|пора) (?:\w+ )?(?:расстрелять|повесить|убить|сжечь|уничтожить|перебить|вырезать)(?!\w)"),
)

_PATTERNS = tuple((kind, re.compile(p)) for kind, p in _ENGLISH + _OTHER_LANGUAGES)
#: Apostrophes and quotes commenters type, folded to the straight apostrophe (same length).
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_SPACES = re.compile(r"[ \t]+")


@dataclass(frozen=True)
class ThreatCue:
    """A character range of the text that says a threat, and which frame said it."""

    start: int
    end: int
    kind: str  # intent | call | wish | veiled


def _fold(text: str) -> tuple[str, list[int]]:
    """Lower-cased text with straight apostrophes and single spaces, and each character's index in `text`."""
    lowered = text.lower().translate(_APOSTROPHES)
    if len(lowered) != len(text):  # a few characters lower-case to two ('İ'): those stay as they are
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text).translate(_APOSTROPHES)
    out, index = [], []
    for m in re.finditer(r"[ \t]+|[^ \t]+", lowered):
        if m.group()[0] in " \t":
            out.append(" ")
            index.append(m.start())
        else:
            out.append(m.group())
            index.extend(range(m.start(), m.end()))
    return "".join(out), index


#: How many words before a frame, in its clause, a negation reaches ("I would never say I will ...").
NEGATION_REACH = 4
_CLAUSE_END = re.compile(r"[.!?,;:\n]")


def _negated_before(folded: str, start: int) -> bool:
    """A negation among the last NEGATION_REACH words of the clause before a frame."""
    clause = _CLAUSE_END.split(folded[max(0, start - 200) : start])[-1]
    return bool(_NEGATION.search(" ".join(clause.split()[-NEGATION_REACH:])))


def threat_cues(text: str) -> list[ThreatCue]:
    """Every threat frame in `text` (offsets into `text`), in text order, overlaps merged;
    a frame with a negation inside it ("I will never hurt you") is not a threat."""
    folded, index = _fold(text)
    found: list[tuple[int, int, str]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(folded):
            said = m.group()
            if kind != "veiled" and (_NEGATION.search(said) or _negated_before(folded, m.start())):
                continue
            start = m.start() + len(said) - len(said.lstrip(" .!?,\n"))
            if m.end() > start:
                found.append((start, m.end(), kind))
    found.sort()
    merged: list[ThreatCue] = []
    for start, end, kind in found:
        first, last = index[start], index[end - 1] + 1
        if merged and first <= merged[-1].end:
            prev = merged[-1]
            merged[-1] = ThreatCue(prev.start, max(prev.end, last), prev.kind)
        else:
            merged.append(ThreatCue(first, last, kind))
    return merged
