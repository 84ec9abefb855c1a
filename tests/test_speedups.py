"""Speed-ups that replace one computation by a cheaper one must give the same answers."""

import re

import pytest

from newsquotes.actors import _THE_WORD, _the_roles


def _the_role(roles):  # the pattern _role_mentions compiled for each article's roles
    return re.compile(r"\b[Tt]he\s+(" + "|".join(sorted(roles)) + r")\b(?!['’])")


@pytest.mark.parametrize("text", [
    "The judge said the judge's ruling stood; the judges' view and the Judge differ.",
    "the the judge, the  mayor and the\nminister; thejudge, the judge2, the judge_ and the jüdge",
    "the chief executive, the executive’s plan, the mayor. The mayor",
])
@pytest.mark.parametrize("roles", [{"judge"}, {"judge", "judges", "mayor"}, {"minister", "jüdge"},
                                   {"executive", "chief"}])
def test_the_word_finds_what_a_pattern_of_the_roles_finds(text, roles):
    for lo, hi in [(0, len(text)), (4, len(text) - 5)]:
        expected = [(m.start(), m.group(1)) for m in _the_role(roles).finditer(text, lo, hi)]
        found = [(m.start(), m.group(1)) for m in _THE_WORD.finditer(text, lo, hi)
                 if m.group(1) in roles]
        assert found == expected
        assert _the_roles(text, lo, hi, roles) == expected


def test_the_roles_are_the_role_patterns_matches_on_every_article():
    from newsquotes.bench import corpus

    for text, _ in dict.fromkeys(corpus(1000)):
        words = sorted({w.lower() for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3})
        roles = set(words[::5]) | {"minister", "judge", "spokesman", "chief", "company"}
        for lo, hi in [(0, len(text)), (7, len(text) - 3)]:
            assert _the_roles(text, lo, hi, roles) == \
                [(m.start(), m.group(1)) for m in _the_role(roles).finditer(text, lo, hi)]


_DTYPES = {"n": "int64", "s": "str", "x": "float64", "b": "bool", "o": "object", "i": "Int64",
           "m": "int64", "t": "str"}
_ROWS = [(1, "a", 0.5, True, None, None, 7, "b"), (2, "c", float("nan"), False, "x", 3, 8, "d")]


@pytest.mark.parametrize("rows", [_ROWS, _ROWS[:1], []])
def test_typed_frame_builds_what_pandas_public_constructor_builds(monkeypatch, rows):
    import pandas as pd

    from newsquotes import tables

    fast = tables.typed_frame(rows, _DTYPES)
    monkeypatch.setattr(tables, "BlockManager", None)  # the create_dataframe_from_blocks path
    public = tables.typed_frame(rows, _DTYPES)
    pd.testing.assert_frame_equal(fast, public)
    assert [str(d) for d in fast.dtypes] == list(_DTYPES.values())
    assert [(type(b).__name__, str(b.dtype), list(b.mgr_locs.as_array)) for b in fast._mgr.blocks] \
        == [(type(b).__name__, str(b.dtype), list(b.mgr_locs.as_array)) for b in public._mgr.blocks]
    # and it behaves as a frame: a new column, a filter, a copy
    fast["extra"] = range(len(fast))
    assert list(fast[fast.n > 1].n) == [n for n, *_ in rows if n > 1]
    assert fast.copy().equals(fast)


@pytest.mark.parametrize("text, names", [
    ("U.S.-led U.S. US-led Russia’s Russian Russia_ -Russia Russia-backed (Russia)",
     ("U.S.", "US", "Russia", "Russian")),
    ("ab abc abcd abcde", ("abc", "ab", "abcd", "")),
    ("New York New York City York, Yorkshire", ("New York", "New York City", "York")),
    ("Ünal Ünal2 Ünal-Kaya", ("Ünal",)),
    ("no names here", ("",)),
    ("no names here", ()),
])
def test_name_spans_are_the_mention_patterns_matches(text, names):
    from newsquotes.targets import _mention_pattern, _spans_of

    assert _spans_of(text, names) == tuple(m.span() for m in _mention_pattern(names).finditer(text))


def test_name_spans_agree_with_the_pattern_on_every_article():
    from newsquotes.bench import corpus
    from newsquotes.targets import _mention_pattern, _spans_of, target_aliases

    for text, target in dict.fromkeys(corpus(1000)):
        names = tuple(target_aliases(target, None, text))
        assert _spans_of(text, names) == \
            tuple(m.span() for m in _mention_pattern(names).finditer(text))


class _Every:
    def __contains__(self, item) -> bool:
        return True


def test_reported_speech_skips_only_words_that_start_no_rule(monkeypatch):
    """_indirect_in passes over the words _INDIRECT_TRIGGERS lacks; reading every word instead
    must find the same reports on every article."""
    from newsquotes import analysis, reported
    from newsquotes.bench import corpus

    articles = list(dict.fromkeys(corpus(1000)))
    fast = [analysis.analyse(text, target).quotes for text, target in articles]
    monkeypatch.setattr(reported, "_INDIRECT_TRIGGERS", _Every())
    for (text, target), table in zip(articles, fast):
        assert analysis.analyse(text, target).quotes.equals(table)


def _a_role_pattern(text, role):  # the search _role_mentions made for each role
    return re.search(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){0,3}" + role + r"\b",
                     text) is not None


@pytest.mark.parametrize("text", [
    "A spokesperson said. The spokesperson added.", "an  independent\nfire safety consultant",
    "a well-known, minister", "xa minister; -a minister", "a b c d minister", "a b c minister",
    "An ex-minister's aide", "a minister_ and a ministers", "a O’Brien-style judge", "a\tjudge",
    "minister a minister", "a", "judge", "Ana judge", "a 2nd judge", "a,judge a  judge",
    "One Hollins Marsh aide", "someone's aide", "another judge", "Another  minister",
])
@pytest.mark.parametrize("role", ["spokesperson", "minister", "judge", "consultant", "aide"])
def test_a_role_is_the_roles_pattern(text, role):
    from newsquotes.actors import _a_role

    assert _a_role(text, role) == _a_role_pattern(text, role)


def test_a_role_is_the_roles_pattern_on_every_article():
    from newsquotes.actors import _a_role
    from newsquotes.bench import corpus

    for text, _ in dict.fromkeys(corpus(1000)):
        words = sorted({w.lower() for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3})
        for role in words[::7]:
            assert _a_role(text, role) == _a_role_pattern(text, role), role


def _target_name_cases():
    """(text, name of two to four words) for every article: its target, and capitalised runs."""
    from newsquotes.bench import corpus

    cases = []
    for text, target in dict.fromkeys(corpus(1000)):
        runs = re.findall(r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){1,3}", text)
        for name in [target, *sorted(set(runs))[::5]]:
            if len(name.split()) >= 2:
                cases.append((text, " ".join(name.split())))
    cases += [(text, name) for name in ("Helion Orbital", "Wyvern General", "Aa Bb")
              for text in ("Helion Orbital, which said. Helion’s shares; Helion, Helion-x in Helion "
                           "near  Helion. helion Orbital x-Helion Helion's Helion’sx",
                           "Wyvern said Wyvern General. Wyvern's Wyvern’s-x, General x General "
                           "Wyvern\tGeneral Wyvern Generals General_ -General",
                           "AaAa Bb Aa Bb Aa's Aa Aa Bb aa Bb Aa Bb, which Aa Bb Inc Aa Bb,Ltd",
                           "")]
    return cases


def test_target_name_searches_are_their_patterns():
    from newsquotes.targets import (_BODY_SUFFIX, _first_word_alone, _head_alone, _head_otherwise,
                                    _last_word_alone, _name_start, _starts)

    places = "|".join(_name_start(w) for w in ("in", "near", "across", "around"))
    for text, name in _target_name_cases():
        words = name.split()
        body = re.compile(rf"{_name_start(name)}(?:,?\s+(?:Inc|Corp|Ltd|LLC|plc|PLC|AG|"
                          rf"GmbH|ASA|AB|SE|NV|SA|SpA|S\.A|Oyj|Bhd|Pty)\b|,\s+which\s)")
        assert any(_BODY_SUFFIX.match(text, i + len(name)) for i in _starts(text, name)) \
            == (body.search(text) is not None), name
        second, before = re.escape(words[1]), re.escape(words[-2])
        last = re.escape(words[-1][0])
        alone = re.compile(rf"{_name_start(words[0])}(?!\s+{second}(?![\w-]))(?:['’]s)?(?![\w-])")
        last_alone = re.compile(rf"{last}(?<!{before}\s{last})(?<![\w-]{last})"
                                rf"{re.escape(words[-1][1:])}(?![\w-])")
        assert _first_word_alone(text, words[0], words[1]) == len(alone.findall(text)), name
        assert _last_word_alone(text, words[-2], words[-1]) \
            == (last_alone.search(text) is not None), name
        for head in {" ".join(words[:n]) for n in range(1, len(words))}:
            head_alone = re.compile(rf"{_name_start(head)}(?:['’]s)?(?=\s+[a-z]|[,.;:])")
            other = re.compile(rf"(?:{_name_start(head.lower())}|(?:{places})\s+"
                               rf"{re.escape(head)})(?![\w-])")
            assert _head_alone(text, head) == len(head_alone.findall(text)), head
            assert _head_otherwise(text, head) == (other.search(text) is not None), head


def _span(m):
    return None if m is None else (m.start(), m.end(), m.group(0))


class _WordsBoth:
    """The words finder and the compiled pattern side by side: every call must agree."""

    def __init__(self, fast, regex):
        self.fast, self.regex = fast, regex

    def search(self, *args):
        found = self.fast.search(*args)
        assert _span(found) == _span(self.regex.search(*args)), args
        return found

    def match(self, *args):
        found = self.fast.match(*args)
        assert _span(found) == _span(self.regex.match(*args)), args
        return found

    def fullmatch(self, *args):
        found = self.fast.fullmatch(*args)
        assert _span(found) == _span(self.regex.fullmatch(*args)), args
        return found

    def finditer(self, *args):
        found = list(self.fast.finditer(*args))
        assert [_span(m) for m in found] == [_span(m) for m in self.regex.finditer(*args)], args
        return iter(found)


def _words_regex(words):
    return re.compile(r"(?<![\w-])(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w)))
                      + r")(?![\w-])")


def test_words_finder_is_the_words_pattern_on_every_article(monkeypatch):
    from newsquotes import analysis, stance
    from newsquotes.bench import corpus

    calls = []
    built = stance._words_pattern.__wrapped__

    def both(words):
        fast = built(words)
        assert isinstance(fast, stance._WordsFinder), words
        calls.append(words)
        return _WordsBoth(fast, _words_regex(words))

    monkeypatch.setattr(stance, "_words_pattern", both)
    for text, target in dict.fromkeys(corpus(1000)):
        analysis.analyse(text, target)
    assert len(calls) > 200


@pytest.mark.parametrize("words", [
    {"Russia", "Russian", r"Russia\'s", "[Mm]inistry"}, {"U\\.S\\.", "US", "[Gg]overnment"},
    {"New\\ York", "New\\ York\\ City", "York"}, {"ab", "abc", "b"}, {"[Cc]ompany", "Company"},
])
@pytest.mark.parametrize("text", [
    "Russia's Russian-backed Russia_ -Russia (Russia) the ministry Ministry ministry-x",
    "U.S. US-led U.S.A the Government government's", "New York City New York, York-x NewYork",
    "abc ab abcd b-b bab ab-c", "company Company companyX a company’s", "",
])
def test_words_finder_is_the_words_pattern(words, text):
    from newsquotes.stance import _words_pattern

    both = _WordsBoth(_words_pattern.__wrapped__(frozenset(words)), _words_regex(words))
    for pos, endpos in [(0, len(text)), (2, len(text)), (0, max(0, len(text) - 3)), (3, 9)]:
        both.search(text, pos, endpos)
        both.match(text, pos, endpos)
        list(both.finditer(text, pos, endpos))
    both.search(text)
    list(both.finditer(text))
    for part in text.split("-") + text.split():
        both.fullmatch(part)
        both.search(part)


def test_called_pattern_finds_what_it_found_with_word_boundaries():
    """_CALLED's "the" alternatives start with their letter (the lookbehind after it is the
    word boundary before it); the matches and groups are those of the "\\b[Tt]he" form."""
    from newsquotes.actors import _CALLED, _CALLED_AT, _CALLED_NAME, _CALLED_NOUNS
    from newsquotes.bench import corpus

    bounded = re.compile(
        rf"(?P<after>{_CALLED_NAME}),\s+(?:the|a|an)\s+(?:(?![A-Z][A-Z&]+\s)[\w-]+\s+){{0,3}}?"
        rf"(?P<noun1>{_CALLED_NOUNS})\b"
        rf"|\b[Tt]he\s+(?P<noun2>{_CALLED_NOUNS})\s+(?P<before>{_CALLED_NAME})"
        rf"|\b[Tt]he\s+(?P<named>[A-Z][A-Z&]+)\s+(?P<noun3>{_CALLED_NOUNS})\b")
    texts = [text for text, _ in dict.fromkeys(corpus(1000))] + [
        "Ofqual, the exams regulator; the regulator Ofwat; the FTMI union; bathe union; "
        "The union Unite; xThe agency Foo; the  watchdog Ofcom, The CMA agency; AT&T, the "
        "union; Smith & Jones, a charity; Tate’s-Hill,the union; T, the regulator"]
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in _CALLED.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in bounded.finditer(text)]
        # _called reads _CALLED where _CALLED_AT finds it
        assert [m.span() for m in _CALLED_AT.finditer(text)] == \
            [m.span() for m in _CALLED.finditer(text)]


def test_words_are_the_word_pattern_matches_on_every_article():
    """analysis._words counts each token's offsets from the white space and quote marks before
    it; they must be the offsets of _WORD's matches."""
    from newsquotes import analysis
    from newsquotes.bench import corpus

    texts = [text for text, _ in dict.fromkeys(corpus(1000))] + [
        "“Dr. Ng,” said 38,412 U.S. e.g., ‘it’s’ «A.B. c» „x” the workers' union—'n' \"q\" 1,23 "
        "Beijing (北京) and Acme Inc. said"]
    for text in texts:
        for lo, hi in [(0, len(text)), (3, len(text) // 2), (len(text) // 3, len(text) - 2)]:
            tokens = []
            analysis._words(text, lo, hi, tokens, [])
            expected = [analysis.token(m.start(), m.end(), m.group(),
                                       "w" if m.group()[0].isalnum() else "p")
                        for m in analysis._WORD.finditer(text, lo, hi)]
            if analysis._GLOSS.search(text, lo, hi):
                expected = analysis._without_glosses(expected)
            assert tokens == expected


def test_words_before_an_org_role_are_those_the_general_pattern_finds():
    """_BEFORE_ORG_ROLE has the roles in it; the general pattern, any lower-case word after a
    capitalised one, filtered by the roles afterwards, finds the same words."""
    from newsquotes.actors import _BEFORE_ORG_ROLE, _ORG_ROLES
    from newsquotes.bench import corpus

    general = re.compile(r"([A-Z](?<!\w[A-Z])[\w-]*)(?:['’]s)?\s+([a-z]+)\b(?!\s+[A-Z])")
    texts = [text for text, _ in dict.fromkeys(corpus(1000))] + [
        "Kelvo's chief executive; Foo-Bar chief; Foo-Bar tells; Kelvo bar chief; X chief Y; "
        "Vantro shareholders, Tillman's attorney; Acme’s staff-led; Acme executives; Acme "
        "executive Director; eBay staff; AT&T staff; Kelvo  ceo\nAcme\tboard Acme chiefs"]
    for text in texts:
        assert set(_BEFORE_ORG_ROLE.findall(text)) == \
            {m.group(1) for m in general.finditer(text) if m.group(2) in _ORG_ROLES}


def test_honorific_names_are_those_of_the_lookahead_pattern():
    """_HONORIFIC_NAME puts each honorific's word boundary after its first letter, so that the
    regex engine skips ahead to those letters; it finds what the lookahead form finds."""
    from newsquotes.actors import _HONORIFIC_NAME
    from newsquotes.bench import corpus

    plain = re.compile(r"(?=[MSDL])(?<!\w)(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+"
                       r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")
    texts = [text for text, _ in dict.fromkeys(corpus(1000))] + [
        "Mr. Smith xMr Smith Mrs Jones Miss Li Sir Alan Pryce Dame Edna Lord Snooty Lady Gaga "
        "aSir Bob, Ms  Lee Ann Fox Jr, Mrs. O’Neill-Day said; Mister X; Lordship Y; _Mr Z"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in _HONORIFIC_NAME.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_spelled_out_acronyms_are_those_of_the_word_boundary_pattern():
    from newsquotes.actors import _SPELLED_OUT
    from newsquotes.bench import corpus

    bounded = re.compile(r"\b([A-Z][\w'’-]*(?:\s+(?:of|and|for|the|on|&)?\s*[A-Z][\w'’-]*)+)"
                         r"\s+\(([A-Z][A-Z&]{1,6}|[A-Z][a-z]{2,9})\)")
    texts = [text for text, _ in dict.fromkeys(corpus(1000))] + [
        "Competition and Markets Authority (CMA) xAbc Def (AD) O’Neil Trust (OT) A B  (AB) "
        "Bank of  England(BoE) Food & Drug Administration (FDA) SA Teachers Union (Sadtu)"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in _SPELLED_OUT.finditer(text)] == \
            [(m.span(), m.groups()) for m in bounded.finditer(text)]


def test_quote_marks_of_one_scan_are_those_of_two():
    """quotes._mark_offsets scans a paragraph once for double and single marks; each kind's
    own pattern finds the same offsets."""
    from newsquotes import quotes, tokenise
    from newsquotes.bench import corpus

    texts = [text for text, _ in dict.fromkeys(corpus(1000))] + [
        "“A,” he said. 'B' and \"C\" — ‘D’ «E» „F” it's the workers' '90s"]
    for text in texts:
        for para in tokenise.paragraphs(text):
            assert quotes._mark_offsets(text, para.start, para.end) == (
                [m.start() for m in re.finditer(r'["“”„«»]', text[:para.end])
                 if m.start() >= para.start],
                [m.start() for m in re.finditer(r"['‘’]", text[:para.end])
                 if m.start() >= para.start])


def _article_frames():
    """Every token list (a paragraph's) that analyse() builds for the benchmark's articles."""
    from newsquotes import analysis
    from newsquotes.bench import corpus

    frames = []
    tokens = analysis._tokens

    def kept(*args):
        frames.append(tokens(*args))
        return frames[-1]

    analysis._tokens = kept
    try:
        for text, target in dict.fromkeys(corpus(1000)):
            analysis.analyse(text, target)
    finally:
        analysis._tokens = tokens
    return frames


@pytest.fixture(scope="module")
def article_frames():
    return _article_frames()


def test_the_nth_quote_token_is_quote_n(article_frames):
    """analyse() takes quote n's token to be the n-th "q" token of its paragraph, instead of
    looking for the token whose quote is n."""
    for tokens in article_frames:
        at = [i for i, t in enumerate(tokens) if t.kind == "q"]
        assert [tokens[i].quote for i in at] == list(range(len(at)))
        for n in range(len(at)):
            assert at[n] == next(i for i, t in enumerate(tokens) if t.kind == "q" and t.quote == n)


def _first_name_patterns(first, text):  # the two searches _first_name_alone compiled per name
    followed = [m.span(1) for m in re.finditer(re.escape(first) + r"\s+([A-Z][\w'’-]+)", text)]
    alone = re.search(r"(?<![\w-])" + re.escape(first) + r"(?:['’]s)?(?![\w-])(?!\s+[A-Z])",
                      text)
    return followed, alone.start() if alone else -1


@pytest.mark.parametrize("text", [
    "Julian Strand said. Julian's view; Julian Strand's version, Julian  Moss and Julian.",
    "Ana Ana Ana Bell", "Ana’s Ana's Ana'x Ana’ Bell Ana- Ana_ xAna Ana\nBell -Ana Ana",
    "Ana", "", "Ana Bell-Moss Ana Ünal Ana 2 Ana, Bell", "AnaAna Bell",
])
@pytest.mark.parametrize("first", ["Ana", "Julian", "A.J.", "Ana Ana"])
def test_first_name_searches_are_the_name_patterns(text, first):
    from newsquotes.targets import _alone_at, _names_after

    assert ([m.span(1) for m in _names_after(first, text)], _alone_at(first, text)) == \
        _first_name_patterns(first, text)


def test_first_name_searches_agree_with_the_patterns_on_every_article():
    from newsquotes.bench import corpus
    from newsquotes.targets import _alone_at, _names_after

    for text, target in dict.fromkeys(corpus(1000)):
        firsts = {w for w in re.findall(r"[A-Z][\w'’-]+", text)}
        for first in sorted(firsts)[::3] + target.split()[:1]:
            assert ([m.span(1) for m in _names_after(first, text)], _alone_at(first, text)) == \
                _first_name_patterns(first, text), first


def test_is_cap_of_a_lower_case_word_is_what_its_tests_give():
    """is_cap answers False for an all-lower-case word without its tests: on every word of the
    corpus, and on forms made to tempt them, none of those tests holds for such a word."""
    from newsquotes.analysis import _WORD
    from newsquotes.bench import corpus
    from newsquotes.speakers import _IRISH_MUTATION, _MODIFIER_TAIL, is_cap

    def tests(word):  # is_cap before the early answer
        if word[:1] == "ʻ":
            return tests(word[1:])
        if word[:1].isupper():
            return "-" not in word or not _MODIFIER_TAIL.search(word) or word[:3] in {"Al-", "El-"}
        return word[:2] in {"al", "el"} and "-" in word and word[3:4].isupper() \
            or _IRISH_MUTATION.match(word) is not None

    words = {w for text, _ in dict.fromkeys(corpus(1000)) for w in _WORD.findall(text)}
    words |= {"al-assad", "el-sisi", "hEára", "tSúilleabháin", "heára", "ó", "2024", "—", "mccain",
              "ʻana", "ʻAna"}
    for word in words:
        assert is_cap(word) == tests(word), word


def test_titled_names_skip_only_words_that_may_not_be_titles(monkeypatch):
    """_titled_names starts only at the words _MAY_TITLE passes; starting at every word
    instead must find the same people in every paragraph of every article."""
    from newsquotes import actors, analysis
    from newsquotes.bench import corpus

    paragraphs = []
    read = actors._titled_names
    monkeypatch.setattr(actors, "_titled_names",
                        lambda tokens: paragraphs.append((tokens, read(tokens))) or read(tokens))
    for text, target in dict.fromkeys(corpus(1000)):
        analysis.analyse(text, target)
    monkeypatch.setattr(actors, "_MAY_TITLE", {t.lower: True for tokens, _ in paragraphs
                                               for t in tokens})
    assert paragraphs
    for tokens, found in paragraphs:
        assert read(tokens) == found


def _nearest_first_loop(words):  # _nearest_first as a loop: the nearest occurrence's weight
    from newsquotes.sentiment import _KERNEL

    found = {}
    for word, weight in zip(words, _KERNEL):
        if word not in found:
            found[word] = weight
    return found


def _negated_loop(tokens, t, lo, hi):  # _negated without its pre-check
    from newsquotes.sentiment import NEGATIONS

    scope = []
    first = max(0, lo - 3)
    for i, word in enumerate(tokens[first:hi], first):
        if word in NEGATIONS or word.endswith("n't"):
            scope.extend(range(max(lo, i + 1), min(hi, i + 3) + 1))
    if not scope:
        return {}
    return dict.fromkeys([tokens[i] for i in sorted(set(scope)) if i != t], 1.0)


def test_stance_features_fast_paths_are_their_loops_on_every_article():
    from newsquotes import sentiment
    from newsquotes.bench import corpus
    from newsquotes.tokenise import sentences

    for words in ([], ["a"], ["a", "b", "a"], list("abcabcabcabcabcxyz"), ["x"] * 20):
        assert list(sentiment._nearest_first(words).items()) == \
            list(_nearest_first_loop(words).items())
    for text, _ in list(dict.fromkeys(corpus(1000)))[:120]:
        for s in sentences(text):
            tokens = sentiment._words(s.text)
            for t in range(0, len(tokens), 3):
                lo, hi = sentiment._clause(tokens, t)
                assert list(sentiment._negated(tokens, t, lo, hi).items()) == \
                    list(_negated_loop(tokens, t, lo, hi).items())
                near = tokens[max(0, t - 12):t][::-1]
                assert list(sentiment._nearest_first(near).items()) == \
                    list(_nearest_first_loop(near).items())
