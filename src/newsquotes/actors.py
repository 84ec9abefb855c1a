"""The article's actors: who speaks, found from the quotes' speakers and the text, with
aliases merged and pronouns and descriptions resolved to the actors they mean."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator
from functools import lru_cache

from .attribution import (
    _AUTHORS,
    _FINITE,
    _OPENERS,
    _STUDIES,
    _after_dateline,
    _is_cue,
    _Quote,
)
from .namesearch import NameFinder, _word_char
from .reported import _POSSESSIVE, _owner_token
from .speakers import (
    AREAS,
    BASED_IN,
    CLAUSE_MARKERS,
    COUNTRIES,
    DEMONYMS,
    DETERMINERS,
    DETERMINERS_OR_PREPOSITIONS,
    HONORIFICS,
    LEGAL_SUFFIXES,
    MEDIA_NOUNS,
    NOT_NAMES,
    OPENING_CONJUNCTIONS,
    ORG_NOMINALS,
    ORG_NOUNS,
    ORG_WORDS,
    ORGS,
    PARTICLES,
    PLACES,
    PORTFOLIOS,
    PREPOSITIONS,
    PRONOUNS,
    ROUGHLY,
    STREETS,
    TITLE_WORDS,
    WEEKDAYS,
    Speaker,
    Token,
    _joins_names,
    apposition_after,
    bracketed_at,
    cue_verbs,
    gazetteer,
    given_names,
    group_word,
    is_cap,
    np_word,
    occupation,
    owner_before,
    person_like,
    phrase_before,
    read_speaker,
    role_word,
)
from .targets import (
    COUNTRY_ALIASES,
    LEGAL_FORMS,
    MORE_COUNTRY_ALIASES,
    country_names,
    target_kind,
)


class _Actors:
    """The article's actors: named speakers merged by alias, with pronouns and roles resolved."""

    def __init__(self, text: str, frames: dict[int, list[Token]], quotes: list[_Quote],
                 sentence_starts: list[int], target: str = "",
                 headlines: set[int] = frozenset(),
                 captions: list[tuple[int, int]] | None = None):
        self.text = text
        self.target = target
        # Where a name is no body the article speaks of: quoted words, and photo captions
        # ("Photo via Jasmine Teo/Facebook")
        self.quoted = [(q.start, q.end) for q in quotes if q.kind != "indirect"] + (captions or [])
        self.sentence_starts = sentence_starts
        self.people: dict[str, dict] = {}  # canonical name -> record
        self.others: dict[str, dict] = {}
        self.mentions: list[tuple[int, str]] = []  # (offset, canonical) of named persons
        self.recent: list[tuple[int, str, str]] = []  # organisations and groups as they speak
        self._employers: set[str] | None = None
        self.last_spoke: tuple[int, str] | None = None  # where the last speaker spoke, who
        self.spoke: set[tuple[int, str]] = set()  # where each person spoke by name
        self.document_owners: dict[str, str] = {}  # who last spoke "in a statement", "release"
        self.unnamed_bodies: dict[str, str] = {}  # "One supplier said": the actor, by its noun
        self._body_runs: list[str] | None = None  # body names in the text, shortest first
        self._acronyms: dict[str, str] | None = None  # "CMA" -> "Competition and Markets ..."
        self._calls: list[tuple[int, str, str]] | None = None  # "Ofqual, the exams regulator"
        names: list[tuple[int, Speaker]] = []
        # Headlines in title case, where every word looks like a name ("Venues Sue Stubline")
        self._title_cased = [(tokens[0].start, tokens[-1].end) for pid, tokens in frames.items()
                             if pid in headlines and tokens and _title_cased(tokens)]
        self.speakers = {q.speaker.name for q in quotes
                         if q.speaker is not None and q.speaker.kind == "person"}
        for q in quotes:
            if q.speaker is not None and q.speaker.kind == "person":
                if self._employer(q.speaker.name) or _WHICH.match(text, q.speaker.end) \
                        or _body_title(q.speaker.title) and not q.speaker.affiliation \
                        and not self._named_person(q.speaker.name) \
                        and not _HE_OR_SHE.match(text, q.start):
                    # (but "Shahnaz Akter, a sewing operator, said she had borrowed ...")
                    q.speaker.kind = "organisation"
                else:
                    names.append((q.speaker.start, q.speaker))
        for pid, tokens in frames.items():
            names.extend((s.start, s) for s in _titled_names(tokens))
            if pid not in headlines:  # "Machu Picchu guides block rail line": a headline's
                # subject is too often a place or a body with a noun after it
                names.extend((s.start, s) for s in _subject_names(tokens))
        surnames = {sp.name.split()[-1] for _, sp in names if " " in sp.name}
        # "Kang Tae-won", "Agnes Tsang Wai-ling": the family name before a hyphenated given name
        surnames |= {sp.name.split()[-2] for _, sp in names
                     if _GIVEN_AFTER.fullmatch(sp.name.split()[-1]) and " " in sp.name}
        # "Liu Qing ... Liu said": a Chinese, Korean or Vietnamese family name comes first
        surnames |= {sp.name.split()[0] for _, sp in names
                     if " " in sp.name and sp.name.split()[0] in _FAMILY_NAMES_FIRST}
        # "Al-Mazrouei said" opening a sentence: "Faisal al-Mazrouei"'s surname
        surnames |= {w[:1].upper() + w[1:] for w in surnames if w[:1].islower()}
        in_names = {w for _, sp in names if " " in sp.name for w in sp.name.split()}
        for _, sp in list(names):
            if " " not in sp.name and sp.name not in in_names:
                full = self._with_first_name(sp.name)
                if full is not None:  # "substitute Liam Burke struck" ... "Burke said"
                    names.append((full.start, full))
                    surnames.add(sp.name)
        for _, sp in names:
            if " " not in sp.name and sp.name not in surnames and not self._honorific_before(sp) \
                    and (self._employer(sp.name) or not self._personal(sp.name)
                    or self._after_the(sp.start)):
                # "Tesco said": no first name, title or "he" anywhere; "the Elysee said": no
                # one is called "the X"
                sp.kind = "organisation"
        for _, sp in names:
            if sp.kind == "person" and " " in sp.name and not sp.title \
                    and self._followed(sp.name, _ITS_AFTER):
                sp.kind = "organisation"  # "Goldman Sachs raised its forecast"
        self.full_names: dict[str, str] = {}  # short name of a body misread as a person -> full
        for _, sp in names:
            # (not "Kitamura said" when the article names Hiroshi Kitamura of Kitamura Seiki)
            full = self._full_body(sp.name) if sp.kind == "person" \
                and sp.name not in surnames else None
            if full:  # "Pennine Valleys said" where the article also has "Pennine Valleys Trust"
                sp.kind = "organisation"
                if full.split()[-1] not in _LEGAL_SUFFIXES:
                    self.full_names[sp.name] = full
        names = [(at, sp) for at, sp in names if sp.kind == "person" and not _office(sp.name)
                 and sp.name not in gazetteer()  # ("an agent in La Cañada Flintridge")
                 and not (_body_title(sp.title) and not self._named_person(sp.name))]
        # (not "Smart home company Fable Home": a company)
        self._cluster(sorted(names, key=lambda x: x[0]))
        self._spellings()
        self._find_mentions(frames)
        self.gender = self._genders(frames)
        self.frames = frames
        self.headline_end = max((tokens[-1].end for pid, tokens in frames.items()
                                 if pid in headlines and tokens), default=0)
        self._subject_bodies: dict[int, list[Speaker]] = {}  # by paragraph, as pronouns ask

    def _with_first_name(self, surname: str) -> Speaker | None:
        """The full name a speaker named by surname alone has elsewhere in the article, when
        one capitalised word, and only one, stands before it there and looks like a first name."""
        found: dict[str, tuple[int, int]] = {}
        for start, before, end in _capitalised_before(self.text, surname):
            if any(a <= start < b for a, b in self._title_cased):
                continue
            words = before.split()
            if len(words) == 2 and _OF_BEFORE.search(self.text, max(0, start - 4), start):
                words = words[1:]  # "Minister of Agriculture Lutangu Mwiinga": a portfolio
            while words and not _first_name_like(words[0]):
                words = words[1:]  # "substitute Liam Burke" at a sentence's start
            if words and all(_first_name_like(w) for w in words):
                found.setdefault(" ".join(words), (start + before.index(words[0]), end))
        if len(found) != 1:
            return None
        (first, (start, end)), = found.items()
        return Speaker(f"{first} {surname}", start, end, "person")

    def _after_the(self, offset: int) -> bool:
        """Whether "the" comes right before ``offset``: "the Elysee", "the prime minister"."""
        return self.text[max(0, offset - 4):offset].lower() == "the "

    def _employer(self, name: str) -> bool:
        """A one-word name the article also puts before a role is a body, not a person:
        `Kelvo insisted ...` where it writes `Kelvo's chief executive` or `a Kelvo spokeswoman`."""
        if self._employers is None:
            self._employers = set(_BEFORE_ORG_ROLE.findall(self.text)) \
                | set(_BEFORE_ORG_POST.findall(self.text))
        return " " not in name and name in self._employers

    def _cluster(self, names: list[tuple[int, Speaker]]) -> None:
        # Longest names first, so that "Churkin" joins "Vitali Churkin".
        for _, sp in sorted(names, key=lambda x: (-len(x[1].name.split()), x[0])):
            key = self._match(sp.name)
            if key is None:
                self.people[sp.name] = {"kind": "person", "title": sp.title,
                                        "affiliation": sp.affiliation, "aliases": [sp.name],
                                        "first": sp.start}
            else:
                rec = self.people[key]
                if sp.name not in rec["aliases"]:
                    rec["aliases"].append(sp.name)
                if sp.title and (not rec["title"] or _former(rec["title"])
                                 and not _former(sp.title)):
                    rec["title"] = sp.title  # "The minister, X, a former central bank official"
                rec["affiliation"] = rec["affiliation"] or sp.affiliation

    def _spellings(self) -> None:
        """Other spellings of a person's full name anywhere, captions too: Vitaly / Vitali Churkin."""
        full_names = {key.split()[-1]: key for key in self.people if len(key.split()) > 1}
        if not full_names:
            return
        for start, _, surname in NameFinder(full_names).finditer(self.text):
            first = _FIRST_NAME_BEFORE.search(self.text, max(0, start - 40), start)
            if first is None:
                continue
            key = full_names[surname]
            full = f"{first.group(1)} {surname}"
            rec = self.people[key]
            if full not in rec["aliases"] and _similar(first.group(1), key.split()[0]) \
                    and first.group(1).lower().rstrip(".") not in HONORIFICS:  # "Mr Whitby"
                rec["aliases"].append(full)

    def _match(self, name: str) -> str | None:
        """The person ``name`` names: an alias as written, or else the one person whose name it
        shortens. A surname two people share ("Whitby" for Graham and Maureen Whitby) matches
        neither."""
        low = name.lower()
        for key, rec in self.people.items():
            if low in map(str.lower, rec["aliases"]):
                return key
        parts = name.split()
        found = []
        for key, rec in self.people.items():
            for alias in rec["aliases"]:
                other = alias.split()
                # one word of the name: "Churkin", "Vitali", and "Lula" of "Luiz Inacio Lula
                # da Silva"; "Al-Mazrouei" opening a sentence for "Faisal al-Mazrouei"
                if len(parts) == 1 and (parts[0] in other or "-" in parts[0] and (
                        parts[0][:1].lower() + parts[0][1:]) in other) \
                        and parts[0].lower() not in PARTICLES \
                        or parts[-1] == other[-1] and (
                            len(parts) < len(other) and " ".join(other).lower().endswith(low)
                            or _similar(parts[0], other[0])) \
                        or len(other) == len(parts) + 1 > 2 and other[:-1] == parts:
                    # the last: "Kamal Hisham" of "Kamal Hisham Rosli", named without his
                    # father's name
                    found.append(key)
                    break
        return found[0] if len(found) == 1 else None

    def _honorific_before(self, sp: Speaker) -> bool:
        """Whether an honorific comes right before the name: "Dr Tan", "Ms Kumar"."""
        before = _TITLE_BEFORE.search(self.text, max(0, sp.start - 12), sp.start)
        return before is not None and before.group(1).lower() in HONORIFICS

    def _by_honorific(self, sp: Speaker) -> str | None:
        """The one of two people sharing a surname whom the word before it picks out: the one
        the article gave that title in full ("Cllr Doyle" after "Cllr Nuala Doyle" and "Callum
        Doyle"), or whom the honorific's gender fits ("Ms Kumar" and "Mr Kumar" where it names
        Sunita and Avinesh Kumar)."""
        before = _TITLE_BEFORE.search(self.text, max(0, sp.start - 12), sp.start)
        if before is None or " " in sp.name:
            return None
        keys = [k for k in self.people if " " in k and k.split()[-1] == sp.name]
        title = before.group(1)
        titled = [k for k in keys if re.search(rf"\b{title}\.?\s+{re.escape(k)}", self.text)]
        if len(titled) == 1:
            return titled[0]
        if title.lower() not in _GENDERED:
            return None
        return self._of_gender(sp.name, "m" if title.lower() in _MALE else "f")

    def _last_named(self, sp: Speaker) -> str | None:
        """The one of several people sharing a surname whom the article named in full in this
        sentence or the two before: "Tom Penrose, whose parish ... Penrose said"."""
        k = bisect_right(self.sentence_starts, sp.start) - 1
        since = self.sentence_starts[max(0, k - 2)] if self.sentence_starts else 0
        named = [key for at, key in self.mentions if since <= at < sp.start and " " in key
                 and (key.split()[-1] == sp.name
                      # "Kim Yong-dae ... Vice Minister Kim": the family name first
                      or key.split()[0] == sp.name and sp.name in _FAMILY_NAMES_FIRST)]
        return named[-1] if named else None

    def _of_gender(self, surname: str, wanted: str) -> str | None:
        """The one person named in full with ``surname`` whose gender is ``wanted``, where the
        article tells a man and a woman who share it apart by "Mr" and "Ms" (and so by "he"
        and "she"); not where it uses one of them only ("Mr. Pruszynski" and "Teresa
        Pruszynski")."""
        used = {"m" if m.group(1).rstrip(".").lower() in _MALE else "f"
                for m in _HONORIFIC_NAME.finditer(self.text)
                if m.group(2).rsplit(None, 1)[-1] == surname}
        if len(used) < 2:
            return None
        keys = [k for k in self.people if " " in k and k.split()[-1] == surname
                and self.gender.get(k) == wanted]
        return keys[0] if len(keys) == 1 else None

    def _find_mentions(self, frames: dict[int, list[Token]]) -> None:
        """Every place outside quotes where the article names a person, surname alone too,
        unless two of its people share it (Graham and Maureen Whitby: "Mr Whitby" is neither
        for sure)."""
        aliases: dict[str, str] = {}
        surnames: dict[str, set[str]] = {}
        for key, rec in self.people.items():
            for alias in rec["aliases"]:
                aliases[alias] = key
            surnames.setdefault(key.split()[-1], set()).add(key)
        for surname, keys in surnames.items():
            if len(keys) == 1:
                aliases.setdefault(surname, next(iter(keys)))
            elif aliases.get(surname) in keys and surname not in keys:
                del aliases[surname]
        if not aliases:
            return
        finder = NameFinder(aliases)
        for tokens in frames.values():
            if not tokens:
                continue
            quoted = None  # the paragraph's quotes, found for its first name
            for start, _, alias in finder.finditer(self.text, tokens[0].start, tokens[-1].end):
                if quoted is None:
                    quoted = [(t.start, t.end) for t in tokens if t.kind == "q"]
                if any(a <= start < b for a, b in quoted):
                    continue
                key = aliases[alias]
                self.mentions.append((start, key))
                if alias not in self.people[key]["aliases"]:
                    self.people[key]["aliases"].append(alias)
        self.mentions.sort()
        self._role_mentions(frames)

    def _role_mentions(self, frames: dict[int, list[Token]]) -> None:
        """"The judge, who has run the county's drug court for a decade, ..." is a mention of
        the one person already named whose title the role ends, so that a later "he said" may
        mean him; not where the article has an unnamed holder of the role ("A Hallam Water
        spokesperson said ... The spokesperson added")."""
        holders: dict[str, list[str]] = {}
        for key, rec in self.people.items():
            words = (rec["title"] or "").lower().split()
            if words and words[-1].isalpha() and not set(words) & _OTHER_HOLDER:
                holders.setdefault(words[-1], []).append(key)
        roles = {role: keys[0] for role, keys in holders.items() if len(keys) == 1}
        if not roles:
            return
        first: dict[str, int] = {}
        for at, key in self.mentions:
            first.setdefault(key, at)
        found: list[tuple[int, str]] = []
        unnamed: dict[str, bool] = {}
        for tokens in frames.values():
            if not tokens:
                continue
            quoted = None  # the paragraph's quotes, found for its first role
            for at, role in _the_roles(self.text, tokens[0].start, tokens[-1].end, roles):
                if quoted is None:
                    quoted = [(t.start, t.end) for t in tokens if t.kind == "q"]
                if role not in unnamed:
                    unnamed[role] = _a_role(self.text, role)
                key = roles[role]
                if not unnamed[role] and first.get(key, len(self.text)) < at \
                        and not any(a <= at < b for a, b in quoted):
                    found.append((at, key))
        self.mentions = sorted(self.mentions + found)

    def resolve(self, sp: Speaker) -> str | None:
        """The actor a speaker phrase refers to; call in article order."""
        actor = self._resolve(sp)
        if actor is not None:
            self.last_spoke = (sp.start, actor)
            if sp.kind == "person" and actor in self.people:
                self.spoke.add((sp.start, actor))
        k = bisect_right(self.sentence_starts, sp.start) - 1
        hi = self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else len(self.text)
        document = _IN_DOCUMENT.search(self.text, self.sentence_starts[k] if k >= 0 else 0, hi) \
            if actor is not None and sp.kind in {"person", "organisation"} else None
        if document is not None:  # "X said in a written statement": "the statement" is X's
            self.document_owners[document.group(1)] = actor
        return actor

    def _resolve(self, sp: Speaker) -> str | None:
        if sp.kind == "person" and (_office(sp.name) or " " not in sp.name and sp.name.lower()
                                    in TITLE_WORDS and self._after_the(sp.start)):
            # "the Transport Secretary confirmed", "the Education Minister told": an office,
            # whoever holds it, not a person called so
            sp = Speaker(sp.name, sp.start, sp.end, "nominal", sp.name, sp.affiliation)
        if sp.name in _NATIONALS and ((sp.title or "").endswith("-year-old") or self._after_the(
                sp.start) and sp.name.endswith(("an", "i", "ino"))):
            # "the 54-year-old Portuguese replied", "the Brazilian said": one person, the one
            # just named (not "the French said", which may be their government)
            person = self._antecedent(Speaker("they-person", sp.start, sp.end, "pronoun"))
            if person is not None and not self._surely_person(person):
                # (not "Al-Khaleej's fifth defeat", a club named in between)
                person = next((key for at, key in reversed(self.mentions)
                               if at < sp.start and self._surely_person(key)), person)
            if any(at < sp.start and key == person for at, key in self.mentions):
                return person  # (not someone named only later)
        if sp.kind == "person":
            body = next((k for k, r in self.others.items() if r["kind"] == "organisation"
                         and k.startswith(sp.name + " ")), None)
            # "Kopano" where the article also names "Kopano Platinum": the company, not a person.
            full = self._abbreviated(sp.name) if " " not in sp.name and self._short(sp.name) \
                else None
            if full is not None:  # "Sadtu said" after "the SA Democratic Teachers Union
                return full       # (Sadtu)": its short name, not a person's
            key = self._match(sp.name)
            if key is not None and " " not in key:  # a surname that two people share
                key = self._by_honorific(sp) or self._last_named(sp) or key
            return key or body or sp.name
        if sp.kind == "pronoun":
            return self._antecedent(sp)
        if sp.kind in {"group", "organisation", "nominal"} and " " not in sp.name \
                and sp.name[:1].isupper() and self.text[sp.start:sp.start + 1].isupper() \
                and not self._after_the(sp.start):
            person = self._match(sp.name)
            if person is not None and (sp.kind == "group" or self._surely_person(person)):
                return person  # "Albers said": Ron Albers, not a group of "albers"; "Power
                # said", "Bishop said": Anne Power, Anne Bishop, named before
        if sp.kind in {"group", "nominal"} and _papers(sp.name):
            author = self._author(sp)  # "the RFL's guidelines say", "figures from the
            if author is not None:  # alliance show": who wrote them
                return author
        if sp.kind == "nominal" and sp.name == "another":
            # "One MP said ... Another said:": another of the last ones counted
            counted = next((key for key in reversed(self.others)
                            if key.split()[0] in {"one", "another"}), None)
            if counted is None:
                return None
            sp.name = sp.title = "another " + counted.split(" ", 1)[1]
        given = _GIVEN_NAME.match(self.text, sp.end) if sp.kind == "nominal" else None
        if given is not None:
            # "A fisherman in Al-Wajh, who gave his name as Abu Saad, said", "said one
            # shopkeeper, Dritan, who gave only his first name": the name the person gave
            return self._other(sp, given.group("before") or given.group("after"))
        if sp.kind == "nominal" and (sp.name.lower().startswith(("one ", "another "))
                                     or sp.name.split()[0].lower() in _ORDINALS):
            # "one reporter asked", "A third delegate countered": someone the article leaves
            # unnamed, and not the one before
            return self._other(sp, sp.name)
        if sp.kind == "nominal":
            role = _ROLE_END.split(sp.name)[0].lower()
            last = sp.name.split()[-1]
            if last in {"spokesperson", "spokesman", "spokeswoman"} and " " in sp.name:
                # "A Department for Environment, Food and Rural Affairs spokesperson": the role
                # comes last, after the body's name
                role = last
            head = role.split()[-1]
            # "A spokesman for the premier said": someone new, not a spokesman named before
            indefinite = _A_BEFORE.search(self.text, max(0, sp.start - 4), sp.start) \
                and head not in ORG_NOMINALS and head not in _BODY_NAMES
            person = self._titled(role, head, sp.start, sp.name, later=indefinite)
            placed = len(role.split()) == 2 and role.split()[0] != head and \
                sp.name.split()[0][:1].isupper() and head in _VOCATIONS
            # ("The Lambourn trainer, who has sent out 400 winners, had argued": the trainer just
            # named, as a role by its place marks a person's calling)
            if person is None and (sp.name.lower().startswith("the ") or (
                    head in _OFFICES or head.endswith("-year-old") or placed)
                    and self._after_the(sp.start)):
                # "The chancellor told MPs", "the 33-year-old said": a definite role the article
                # has not given anyone is someone it has just named, like a pronoun.
                person = self._antecedent(Speaker("they-person", sp.start, sp.end, "pronoun"),
                                          untitled=not head.endswith("-year-old"))
            if person is None and sp.start < self.headline_end and head in TITLE_WORDS:
                # "'We will not be bullied': Mayor defends congestion charge": the headline's
                # role is the first person the article then names, one it gives the role's
                # words first ("Council leader says ..." and "Coun Joanne Whitaker, the council
                # leader"; not the byline's "Local Democracy Reporter")
                later = [k for at, k in self.mentions if at >= self.headline_end
                         and not role_word(k.split()[-1].lower())]  # (a byline's "Reporter")
                person = next((k for k in later if set(role.split())
                               <= set((self._record(k)["title"] or "").lower().split())),
                              later[0] if later else None)
            if person is not None:
                return person
            if head in _DOCUMENT_HEADS:
                author = self._author(sp) or (self._plaintiff(sp.start) if head in _SUITS
                                              else None)
                if author is not None:  # "A memo from the bureau warned", "The order, issued
                    return author       # by the interior ministry on Monday, says"
                # "the release said": the body named as issuing it, or else the last body
                # that spoke ("the statement added")
                owner = self._document_owner(head, sp.start) \
                    or self.document_owners.get(head) or self._court(head, sp.start) \
                    or self._last_body(sp.start) \
                    or (self._body_near(sp.start, "company") if head == "results" else None)
                # ("according to unaudited results filed with the exchange": the company's)
                if owner:
                    return self._remember(sp, owner, "organisation")
            body_noun = head in ORG_NOMINALS or head in _BODY_NAMES or head.endswith("maker")
            if body_noun and _A_BEFORE.search(self.text, max(0, sp.start - 4), sp.start):
                # "..., a wildlife charity has said. The Upland Rivers Trust said ...": a body
                # the article introduces, then names
                body = None if _ANONYMOUS_NEXT.match(self.text, sp.end) \
                    else self._next_body(sp.end)  # ("One producer, who asked not to be named,")
                if body:
                    return self._remember(sp, body, "organisation")
                sp.kind = "organisation"
                key = self._other(sp, sp.name[:1].upper() + sp.name[1:])
                self.unnamed_bodies[head] = key
                return key
            elif body_noun and head in _BODY_NAMES and _modified(role):
                # "the statistics bureau", "the land council": a body whose name holds the
                # words, or else one the article does not name
                body = next((b for b in self._body_names(sp.start) if _holds(b, role)), None)
                if body:
                    return self._remember(sp, body, "organisation")
            elif (body_noun or head in _DOCUMENT_HEADS) and not _NAMED_OWNER.match(sp.name):
                # (not "Wiltshire Council's trading standards team": its owner names it)
                body = self._named_body(head, sp.start) or self._called(head, sp.start) \
                    or self.unnamed_bodies.get(head) or self._body_near(sp.start, head)
                # ("One supplier, who asked not to be named, said ... the supplier said": that
                # supplier, not the retailer the article is about)
                if body:
                    return self._remember(sp, body, "organisation")
            if body_noun:  # "the hospital said" with no hospital named: a body all the same
                sp.kind = "organisation"
            return self._other(sp, sp.name[:1].upper() + sp.name[1:])
        if sp.kind == "organisation" and sp.name.lower().split()[-1] in _DOCUMENT_HEADS:
            author = self._author(sp)  # "The letter, which the FDA posted ..., said"
            if author is not None:
                return author
        parent, _, noun = sp.name.partition(" ")
        if sp.kind == "organisation" and parent in ORGS and noun in _BODY_NAMES:
            # "The UN agency added" after "The World Health Organization said"
            body = self._named_body(noun, sp.start)
            if body:
                return self._remember(sp, body, "organisation")
        if sp.kind == "organisation" and sp.name.isalpha() and (
                sp.name.islower() or sp.name.lower() in _BODY_NAMES):
            # "the ministry said", "The Commission said": the body the article has named so,
            # or has called so ("Ofqual, the exams regulator", "the FTMI union")
            low = sp.name.lower()
            body = self._named_body(low.split()[-1], sp.start) or self._called(low, sp.start) \
                or (self._body_near(sp.start, low) if low in ORG_NOMINALS
                    and _WHICH.match(self.text, sp.end) else None)
            # ("The retailer, which sells clothing ..., said": the body just named)
            if body:
                return self._remember(sp, body, "organisation")
        name = _THE_FIRST.sub("", sp.name)
        if sp.kind == "group" and " " not in name and \
                self._after_the(sp.start):
            # "the family said" after "The Holloway family, in a statement, ...": that family
            named = [run for run in re.findall(r"\b(?:[A-Z][\w'’-]+\s+)+" + re.escape(name)
                                               + r"\b", self.text[:sp.start])
                     if not all(w.lower() in TITLE_WORDS for w in run.split()[:-1])]
            # (not "Chief police inspector Lars Thygesen": a title)
            words = named[-1].split() if named else []
            while words and words[0] in {"The", "A", "An"}:
                words = words[1:]
            if len(words) > 1:
                name = " ".join(words)  # ("the Medicine Hat Tigers": all of it)
        written = " ".join(self.text[sp.start:sp.end].split())
        if written != name and _APOSTROPHE.sub("", written) == _APOSTROPHE.sub("", name):
            name = written  # "Patients' groups", "heads’ union": the apostrophe as written
        name = self.full_names.get(name, name)
        return self._remember(sp, self._other(sp, name), sp.kind)

    def _body_names(self, offset: int) -> list[str]:
        """Bodies among the actors, then the bodies' names in the text before ``offset``, the
        latest first."""
        named = [k for k, r in self.others.items() if r["kind"] == "organisation"]
        return named + [name for _, _, name in reversed(list(_bodies_in(self.text, 0, offset)))]

    def _author(self, sp: Speaker) -> str | None:
        """Who wrote a document that speaks, as the speaker phrase or an aside right after it
        says: "a memo from the bureau", "The order, issued by the interior ministry, says"."""
        m = _FROM_AUTHOR.search(self.text, sp.start, sp.end) or _ISSUED_BY.match(self.text, sp.end) \
            or _AUTHOR_OWNS.match(self.text, sp.start, sp.end)
        if m is None:
            return None
        name = m.group("author")
        kind = "nominal" if name.isalpha() and name.islower() else "organisation"
        at = m.start("author")
        titled = _TITLED_NAME_END.search(name) if name[:1].islower() else None
        if titled:  # "The notice, signed by director of finance Priya Chaudhry on 2 December"
            name, at, kind = titled.group(), at + titled.start(), "person"
        author = self._resolve(Speaker(name, at, at + len(name), kind))
        if author is None or author in self.people:
            return author
        return self._remember(sp, author, self.others[author]["kind"])

    def _plaintiff(self, offset: int) -> str | None:
        """Who brought the suit "the complaint" is: the first actor named in the last sentence
        before ``offset`` that says someone sued ("Renata Osei, who co-founded ..., has sued")."""
        sued = None
        for m in _SUED.finditer(self.text, 0, offset):
            sued = m
        if sued is None:
            return None
        k = bisect_right(self.sentence_starts, sued.start()) - 1
        lo = self.sentence_starts[k] if k >= 0 else 0
        person = next((key for at, key in self.mentions if lo <= at < sued.start()), None)
        return person

    def _document_owner(self, head: str, offset: int) -> str | None:
        """Who the article says issued the last ``head`` before ``offset``: "a press release
        issued by the University of Edinburgh", "a statement from Kelvo", "Kelvo's statement"."""
        owner = None
        for m in _DOCUMENT_OWNER.finditer(self.text, 0, offset):
            if head in (m.group("doc1") or "", m.group("doc2") or "", m.group("doc3") or ""):
                owner = _OWNER.sub("", m.group("by") or m.group("of") or m.group("issuer"))
        return self._known_as(owner) if owner else None

    def _court(self, head: str, offset: int) -> str | None:
        """The last court or tribunal named before ``offset``, for a ruling or judgment: "The
        Kaohsiung District Court on Wednesday ordered ... according to the ruling" (not the
        company the ruling is about)."""
        if head not in _JUDGMENTS:
            return None
        courts = [_OWNER.sub("", m.group()) for m in _BODY_RUN.finditer(self.text, 0, offset)
                  if _last_word(m.group()) in {"Court", "Tribunal"}]
        return self._known_as(courts[-1]) if courts else None

    def _next_body(self, offset: int) -> str | None:
        """The first body named in the two sentences after ``offset``."""
        k = bisect_right(self.sentence_starts, offset)
        hi = self.sentence_starts[k + 2] if k + 2 < len(self.sentence_starts) else len(self.text)
        return next((name for start, _, name in _bodies_in(self.text, offset, hi)
                     if not any(a <= start < b for a, b in self.quoted)), None)
        # (not the "Management" of what the one just introduced says)

    def _full_body(self, name: str) -> str | None:
        """The shortest organisation name the article starts with ``name``: "Pennine Valleys
        Hospitals NHS Trust" for "Pennine Valleys", "Westbury City" (not "Westbury City
        Supporters’ Trust") for "Westbury"."""
        if self._body_runs is None:
            self._body_runs = sorted({name for _, _, name in _bodies_in(self.text)}, key=len)
        return next((run for run in self._body_runs if run.startswith(name + " ")
                     and run[len(name) + 1:len(name) + 2].isupper()
                     and not _members_body(run[len(name) + 1:])), None)

    def _known_as(self, name: str) -> str:
        """The body's name as the article's actors already have it: "Commission" for "European
        Commission" when that is how it spoke first, and the other way round; "Russian Embassy
        in Athens" for "Russian Embassy"."""
        for key in self.others:
            if key == name or name.endswith(" " + key) or key.endswith(" " + name) \
                    or key.startswith(name + " in "):
                return key
        return name

    def _followed(self, name: str, after: re.Pattern[str]) -> bool:
        """Whether the article writes ``name`` right before what ``after`` matches: "its"
        ("Goldman Sachs raised its"), or a word for a place or a works ("Xieng Khouang
        province", "the Kgomo shaft")."""
        at = self.text.find(name)
        while at >= 0:
            if after.match(self.text, at + len(name)):
                return True
            at = self.text.find(name, at + 1)
        return False

    def _personal(self, name: str) -> bool:
        """Whether the article treats a one-word name as a person's: an honorific or title
        before it anywhere, or, unless "its" follows it, a personal pronoun somewhere after it."""
        for word in _word_before(self.text, name):
            low = word.lower()
            # "the regulator Ofwat" is a body's description, not a person's title
            if low in HONORIFICS or role_word(low) and low not in ORG_NOMINALS \
                    and low not in _BODY_NAMES:
                return True
        if self._followed(name, _ITS_AFTER):
            return False  # "Eskom denied that its network was to blame"
        first = self.text.find(name)
        return bool(_PERSONAL_PRONOUN.search(self.text, max(first, 0)))

    def _last_body(self, offset: int, ending: str = "", business: bool = False) -> str | None:
        """The organisation that spoke last before ``offset`` (whose name ends so; not a
        public body when a business is meant)."""
        return next((key for at, key, kind in reversed(self.recent) if at < offset
                     and kind == "organisation" and key.lower().endswith(ending)
                     and not (business and _PUBLIC_BODIES & {w[:1].upper() + w[1:]
                                                             for w in key.split()})), None)

    def _named_body(self, head: str, offset: int) -> str | None:
        """The latest body named before ``offset`` whose name holds the noun ``head`` stands
        for: "the ministry" after "Japan's Ministry of Health", "the agency" after "the
        Federal Aviation Administration"."""
        words = _BODY_NAMES.get(head)
        if not words:
            return None
        spoke = self._last_body(offset, " " + head)
        if spoke:  # "South Sudan's finance ministry said ... The ministry said"
            return spoke
        best = headed = None
        for m in _BODY_RUN.finditer(self.text, 0, offset):
            name = _POSSESSIVE_END.sub("", m.group())  # "Los Alamos National Laboratory's"
            if any(w in words for w in name.split()) and not _headline_cue(name) \
                    and not any(a <= m.start() < b for a, b in self.quoted):
                best = _OWNER.sub("", name)  # "Japan's Ministry of Health", "The ..."
                parts = best.split()
                if parts[-1] in _MISSIONS and (posted := _POSTED_IN.match(self.text, m.end())):
                    best += posted.group()  # "the Russian Embassy in Oslo": a mission is
                    # named with where it is
                if parts[-1] == "Local" and (number := _NUMBERED.match(self.text, m.end())):
                    best += number.group()  # "UNITE HERE Local 11"
                if parts[-1] in words or len(parts) > 2 and parts[0] in words \
                        and parts[1] == "of":
                    # "the university" is the University of Exeter, not the Royal Devon
                    # University Healthcare NHS Foundation Trust named after it
                    headed = best
        best = headed or best
        return self._known_as(best) if best else None

    def _record(self, key: str) -> dict:
        return self.people.get(key) or self.others[key]

    def _titled(self, role: str, head: str, offset: int, name: str = "",
                later: bool = False) -> str | None:
        """The person whose title is this role: exactly, or else ending in its head word
        ("the judge" is "Superior Court Judge Harold Brandt"), never a "shadow" or "former" one.
        Of several, the one named last before ``offset``, or else the first named after it:
        "the country's energy minister said" is the minister the next paragraphs name."""
        exact = [k for k, r in self.people.items() if (r["title"] or "").lower() == role]
        fits = exact or [key for key, rec in self.people.items()
                         if (words := (rec["title"] or "").lower().split())
                         and _title_head(words) in _SAME_ROLE.get(head, {head})
                         and not set(words) & _OTHER_HOLDER]
        if not fits:  # "the Assistant Minister for Territories, Rebecca Hollis, ...": with no
            # minister named, "the Minister" is the one who acts as one
            fits = [key for key, rec in self.people.items()
                    if (words := (rec["title"] or "").lower().split())
                    and _title_head(words) in _SAME_ROLE.get(head, {head})
                    and set(words) & _OTHER_HOLDER <= _ACTING]
            fits = fits if len(fits) == 1 else []
        # "A Thames Water spokesperson said" is not the Liberal Democrats' spokesperson: a
        # named owner must be in the person's title or affiliation
        owner = [w.lower() for w in name.split()[:-1] if w[:1].isupper()
                 and w.lower() not in TITLE_WORDS and w.lower() not in _OTHER_HOLDER]
        if owner and not exact:
            fits = [k for k in fits if self._owned_by(k, owner, offset)]
        # "A Natural England spokesperson said ... The spokesperson added": an unnamed holder
        # introduced before counts too, but "the former official" is not the senior official
        # who spoke before, nor "the official" the former one
        holder = set(role.split()) & _OTHER_HOLDER
        unnamed = [(r["first"], k) for k, r in self.others.items()
                   if r["kind"] == "person" and r["first"] < offset
                   and (words := (r["title"] or "").lower().split()) and words[-1] == head
                   and set(words) & _OTHER_HOLDER == holder
                   and all(w in f'{r["title"]} {r["affiliation"]}'.lower() for w in owner)]
        named = [(at, key) for at, key in self.mentions if key in fits]
        after = [key for at, key in named if at >= offset]
        if later:  # "A former bartender told jurors ...": one the article names next, if any
            return next((key for key in after if self._record(key)["first"] >= offset), None)
        if len(fits) < 2 and not unnamed:
            return fits[0] if fits else None
        before = sorted([(at, key) for at, key in named if at < offset] + unnamed)
        return before[-1][1] if before else after[0] if after else fits[0]

    def _owned_by(self, key: str, owner: list[str], offset: int) -> bool:
        """Whether a person can be the owner's role-holder: the owner is in their title or
        affiliation ("Kuwait's foreign minister" and "Kuwaiti Foreign Minister X"), or, for one
        the article names only after the description, nothing there names anyone else
        ("South Africa's electricity minister warned ... said the minister, Sipho Ntuli")."""
        rec = self.people[key]
        held = f'{rec["title"]} {rec["affiliation"]}'.lower()
        words = [re.sub(r"['’]s?$", "", w) for w in owner]
        if all(w in held for w in words):
            return True
        others = [w for w in f'{rec["title"] or ""} {rec["affiliation"] or ""}'.split()
                  if w[:1].isupper() and w.lower() not in TITLE_WORDS]
        return not others and rec["first"] > offset

    def _to_bodies(self, key: str, kind: str) -> None:
        """Move an actor taken for a person over to the bodies: no pronoun can mean it now."""
        self.others[key] = {**self.people.pop(key), "kind": kind, "affiliation": key}
        self.mentions = [(at, k) for at, k in self.mentions if k != key]

    def _remember(self, sp: Speaker, key: str, kind: str) -> str:
        if kind == "organisation" and key in self.people and not self._surely_person(key):
            # a bare subject that "the company" turned out to mean: a body after all
            self._to_bodies(key, "organisation")
        if key not in self.others and key not in self.people:
            self.others[key] = {"kind": kind, "title": None, "affiliation": key,
                                "aliases": [key], "first": sp.start}
        self.recent.append((sp.start, key, self.others.get(key, {"kind": kind})["kind"]))
        return key

    def _body_near(self, offset: int, head: str = "") -> str | None:
        """The organisation "the company" refers to: a name the article already gave a body, or
        failing that the nearest name that looks like one, in this sentence or the four before.
        A business noun ("the company", "the processor") never means a public body ("U.S.
        Chemical Safety Board", "Woodbury County District Court").

        A capitalised word that opens a sentence ("Gross margin fell") is the weakest guess.
        """
        business = head in _BUSINESSES
        i = bisect_right(self.sentence_starts, offset) - 1
        best = None
        for distance, k in enumerate(range(i, max(-1, i - 5), -1)):
            lo = self.sentence_starts[k] if k >= 0 else 0
            hi = offset if k == i else self.sentence_starts[k + 1]
            runs = [(m.start(), part) for m in _CAP_RUN.finditer(self.text, lo, hi)
                    for part in _OF.split(m.group())]
            for at, name in runs:
                end = at + len(name)
                name = _ARTICLE_FIRST.sub("", name)
                if based := BASED_IN.match(name):  # "Oslo-listed Nordkyn Shipping"
                    name, at = name[based.end():].lstrip(), at + based.end() + 1
                if not (name.rpartition(" ")[2] in _LEGAL_SUFFIXES
                        and _GOES_ON.match(self.text, end)):
                    name = name.rstrip(".")  # the sentence's full stop, not "Acme Inc."'s
                name = _before_officer(name)
                if name and not is_cap(name.split()[-1]):
                    continue  # "the Sioux City-based processor": a place, not the body
                if _headline_cue(name):
                    continue
                if " " in name and name.isupper():
                    continue  # "SAN FRANCISCO — ...": a dateline
                first, _, rest = name.partition(" ")
                if rest and (first.lower() in ORG_NOMINALS or first.endswith("maker")):
                    name, at = rest, at + len(first) + 1  # "Airline Norvia", "Watchmaker
                    # Montres Vallorbe": the name
                owner = _POSSESSIVE_END.search(name) if business else None
                if owner and _APOSTROPHE.search(name, 0, owner.start()) is None:
                    name = name[:owner.start()]  # "an update to Zinto Pay's transaction switch
                    # went wrong, the company confirmed": the owner, as a weaker guess
                if not name or not name[0].isupper() or name in {"The", "A", "An"} \
                        or any(a <= at < b for a, b in self.quoted) or re.search(r"['’]s\b", name):
                    continue
                first = name.split()[0]
                if first.lower().rstrip(".") in HONORIFICS or first.lower() in TITLE_WORDS:
                    continue  # "Professor Holloway": a person, whatever the vocabulary says
                if all(w.rstrip(".,") in COUNTRIES or w == "and" for w in name.split()) \
                        or name in _NATIONALS:
                    continue  # "sold in Britain and Ireland", "Russian gold major Polyus":
                    # places and peoples do not speak for a firm
                if not _not_a_body(name, head):
                    continue
                if first in NOT_NAMES or first in PRONOUN_WORDS or self._surely_person(name) \
                        or business and name.split()[-1] in _PUBLIC_BODIES \
                        or head in _TEAMS and name.split()[-1] in _COMPETITIONS \
                        or name.split()[-1] in _INSTRUMENTS:
                    continue
                if business and " " not in name and (group_word(name.lower())
                                                     or _DIRECTIONS.fullmatch(name)):
                    continue  # "Analysts at CRU said", "Western analysts said": people, not a firm
                team = next((t for t in self.others if t.endswith(" " + name)), None) \
                    if head in _TEAMS else None  # "the Tigers" of "the Medicine Hat Tigers"
                if team is not None:
                    name = team
                known = name in self.others or any(t.startswith(name) and not (
                    business and r["kind"] == "group") for t, r in self.others.items()) \
                    or self.target.startswith(name) and self._match(self.target) is None
                if not known and " " in name and self._named_person(name) \
                        and not any(w in ORG_WORDS for w in name.split()):
                    continue  # "Author: Marta Szymanska": a person's name, not the company's
                before = _WORD_BEFORE.search(self.text, max(0, at - 20), at)
                if before is not None and before.group(1) in {"its", "their"}:
                    continue  # "sales at its Value Lane banner": something the body owns
                if before is not None and before.group(1) in {"told", "tells", "telling"}:
                    continue  # "Schmitt told Agência Brasil": the outlet that heard it
                if before is not None and head in ORG_NOMINALS and head not in _GENERIC_BODIES \
                        and _supplier(before.group(1)) and not _supplier(head) \
                        and before.group(1) != head:
                    continue  # "the retailer" is not "knitwear maker Mather & Sons"
                looks = any(w in ORG_WORDS for w in name.split()) or len(name.split()) > 1 \
                    or before is not None and (before.group(1) in ORG_NOMINALS
                                               or before.group(1).endswith("maker")
                                               or before.group(1) in {"major", "giant"})
                # ("gold major Polyus", "retail giant Kessler")
                # "Gross margin fell": a sentence's first word, unless a verb or an
                # apposition follows it ("Polyus has delayed", "Uralkali, Russia's largest
                # producer,")
                subject = _SUBJECT_NEXT.match(self.text, end) if at == lo else None
                weak = at == lo and " " not in name and subject is None
                looks = looks or subject is not None and subject.group(1) is not None \
                    and _business(subject.group(1)) \
                    or subject is not None and self._named_elsewhere(name, at)
                if business and not known and self._followed(name, _SITE_NEXT):
                    looks = False  # "the Bellambi Heights colliery", "its Kgomo shaft": where
                    # the company works, not the company
                # A body named in this or the last sentence beats one named further back, even
                # one that has spoken: "Halcyon welcomed the decision. In a statement, the
                # company said ..."
                once = business and not known and self._mentions(name) == 1
                near = distance <= 1 and (known or looks and not weak and not once) and not owner
                score = (near, known, -distance if known else 0, looks and not weak, looks,
                         -distance)
                if best is None or score > best[0]:
                    best = (score, name)
        if best is None or not (best[0][1] or best[0][4]):
            # No likely name nearby: the organisation that last spoke, or the target itself.
            spoke = self._last_body(offset, business=business)
            if spoke:
                return spoke
            if self.target and self.text.find(self.target, 0, offset) >= 0 \
                    and self._match(self.target) is None:
                return self.target
        return self._longest_form(best[1]) if best else None

    def _mentions(self, name: str) -> int:
        """How often the article names ``name``, not counting where it is the outlet that heard
        someone ("Leong told Macau Business"): an outlet in the byline and as a listener is
        named once as a body."""
        return self.text.count(name) - len(re.findall(
            r"\b(?:told|tells|telling)\s+" + re.escape(name), self.text))

    def _named_elsewhere(self, name: str, at: int) -> bool:
        """Whether the article writes ``name`` capitalised inside a sentence as well as at the
        start of the one at ``at``: a name ("the CBN said Kudipay had allowed"), not a common
        noun that opens a sentence ("Sales fell")."""
        inside = re.compile(r"(?<=[a-z,;:] )" + re.escape(name) + r"\b")
        return any(m.start() != at for m in inside.finditer(self.text))

    def _named_person(self, name: str) -> bool:
        """Whether a name after a body's title ("trucking operator Hemi Walker") is a person's:
        a known first name, or the article going on "Walker, who runs 14 trucks"."""
        return name.split()[0] in given_names() or re.search(
            re.escape(name.split()[-1]) + r",\s+who\b", self.text) is not None

    def _surely_person(self, name: str) -> bool:
        """A name the article gives a person with a title, a gender or a quote of their own;
        a bare subject ("Halcyon Rare Earths welcomed the decision.") may still be a body."""
        key = name if name in self.people else next(
            (k for k, r in self.people.items() if name in r["aliases"]), None)
        if key is None or key == self.target and target_kind(self.target, self.text) \
                == "organisation":
            return False  # ("Fable Home lays off a fifth of its staff and says ...": a body)
        rec = self.people[key]
        # Speaking alone makes a person of a name only if it opens with a given name:
        # "Arazati Celulosa said ... The company said" is the company
        return bool(rec["title"] or key in self.gender
                    or key in self.speakers and key.split()[0] in given_names())

    def _longest_form(self, name: str) -> str:
        """`Kestrel` -> `Kestrel Systems` when the article also uses the longer name."""
        for key, record in self.others.items():
            if (key.startswith(name + " ") and record["kind"] != "group" or key == name
                    or key == name + "."):
                return key  # ("Acme Inc." as the name said mid-sentence; but "Western
                # analysts" are no longer form of "Western")
        m = re.search(re.escape(name) + r"(?:\s+[A-Z][\w&.-]*)+", self.text)
        longer = _before_officer(m.group()) if m else name
        return longer if any(w in ORG_WORDS for w in longer.split()) else name

    def _other(self, sp: Speaker, name: str) -> str:
        for key in self.others:
            if key.lower() == name.lower():
                return key
        same = self._abbreviated(name) or self._short_or_full(sp, name)
        if same is not None:  # "The CMA added" after "the Competition and Markets Authority"
            if name not in self.others[same]["aliases"]:
                self.others[same]["aliases"].append(name)
            return same
        if name in self.people:
            # One actor per name: a body the article also let speak as if a person
            # ("Halvard, which is based in Austin, ... said") moves over to the bodies.
            if sp.kind not in {"organisation", "country"}:
                return name
            self._to_bodies(name, sp.kind)
            return name
        own = name if sp.kind in {"country", "organisation"} else None
        kind = "person" if sp.kind == "nominal" else sp.kind
        self.others[name] = {"kind": kind, "title": sp.title,
                             "affiliation": sp.affiliation or own, "aliases": [name],
                             "first": sp.start}
        if kind == "person":
            # "A police spokeswoman said ... She described": an unnamed person can be "she".
            insort(self.mentions, (sp.start, name))
            words = set((sp.title or name).lower().split())
            if words & _FEMALE_TITLES:
                self.gender.setdefault(name, "f")
            elif words & _MALE_TITLES:
                self.gender.setdefault(name, "m")
        return name

    def _called(self, noun: str, offset: int) -> str | None:
        """The body the article last called by ``noun`` before ``offset``: "Ofqual, the exams
        regulator", "the regulator Ofwat", "the FTMI union" for "the regulator", "the union"."""
        if self._calls is None:
            self._calls = [(m.start(), (m.group("noun1") or m.group("noun2")
                                        or m.group("noun3")).lower(),
                            m.group("after") or m.group("before") or m.group("named"))
                           for m in (_CALLED.match(self.text, at.start())
                                     for at in _CALLED_AT.finditer(self.text))]
        named = [known for at, n, body in self._calls if n == noun and at < offset
                 and ((known := self._known_as(body)) in self.others or known in self.people)]
        return named[-1] if named else None  # (an actor already: not "Wednesday, the union")

    def _short_or_full(self, sp: Speaker, name: str) -> str | None:
        """The body already among the actors that ``name`` is the short or full name of:
        "Kopano" and "Kopano Platinum", "CalMac" and "CalMac Ferries" (its first word), or the
        start of: "Cimarron Springs police" of "Cimarron Springs Police Department", or the
        body without its owner: "Foreign Ministry" of "Russia’s Foreign Ministry"."""
        if sp.kind not in {"organisation", "group"} or not name[:1].isupper():
            return None  # (a group too: "Cimarron Springs police")
        first, low = name.split()[0], name.lower().split()
        return next((key for key, rec in self.others.items() if rec["kind"] == "organisation"
                     and key[:1].isupper() and key != name
                     and (" " not in name and key.split()[0] == name
                          and not _members_body(key[len(name) + 1:])
                          or " " not in key and first == key
                          and name.split()[-1] not in ORG_WORDS  # (not "CSIRO Staff Association")
                          # "Cimarron Springs police", "Cimarron Springs Police Department"
                          or len(low) > 1 and key.lower().split()[:len(low)] == low
                          # "Foreign Ministry" after "Russia’s Foreign Ministry"
                          or key.endswith(("’s " + name, "'s " + name)))), None)

    def _abbreviated(self, name: str) -> str | None:
        """The body already among the actors that ``name`` abbreviates or spells out: "FAA" and
        "Federal Aviation Administration", by their initials or by "Full Name (ACRONYM)" in
        the text."""
        short = name.replace(".", "")
        if not self._short(short) and not any(self._short(k.replace(".", ""))
                                              for k in self.others):
            return None  # no acronym on either side
        for key, rec in self.others.items():
            if rec["kind"] not in {"organisation", "group", "country"}:
                continue
            other = key.replace(".", "")
            if self._acronyms.get(short, "#").endswith(key) \
                    or name.endswith(self._acronyms.get(other, "#")) \
                    or _ACRONYM.fullmatch(short) and short not in self._acronyms and (
                        _initials(key) == short
                        # "HC" of the "Karnataka High Court"
                        or len(short) > 1 and _initials(key).endswith(short)
                        and len(key.split()) > len(short)) \
                    and not self._initials_of_another(short, key) \
                    or _ACRONYM.fullmatch(other) and _initials(name) == other \
                    and self._acronyms.get(other, name).endswith(name) \
                    and not self._initials_of_another(other, name):
                # (not "the Japan Sports Agency" for "JSA", which the article has spelt out
                # as "the Japan Sumo Association (JSA)", or named so before it wrote "JSA")
                return key
        return None

    def _initials_of_another(self, acronym: str, name: str) -> bool:
        """Whether a body other than ``name`` with these initials is named before the acronym
        is first used."""
        first = self.text.find(acronym)
        return any(_initials(run) == acronym and run != name
                   for run in (_OWNER.sub("", m.group())
                               for m in _BODY_RUN.finditer(self.text, 0, max(first, 0))))

    def _short(self, name: str) -> bool:
        """An acronym, or a short name the article gives in brackets after the full one:
        "the SA Democratic Teachers Union (Sadtu)"."""
        if self._acronyms is None:
            # (Half the articles have no bracket, and the regex would try every capital.)
            self._acronyms = {m.group(2): m.group(1).removeprefix("The ")
                              for m in _SPELLED_OUT.finditer(self.text)} \
                if "(" in self.text else {}
        return bool(_ACRONYM.fullmatch(name)) or name in self._acronyms

    def _genders(self, frames: dict[int, list[Token]]) -> dict[str, str]:
        """"m" or "f" for people the article gives an honorific (Mr Hadley, Ms Donnelly) or a
        gendered title, whose given name is a woman's or a man's, or whom it calls "he" or
        "she" in a sentence naming no one else."""
        gender: dict[str, str] = {}
        aliases = {a: k for k, r in self.people.items() for a in r["aliases"]}
        for m in _HONORIFIC_NAME.finditer(self.text):
            honorific, name = m.group(1).rstrip(".").lower(), m.group(2)
            key = aliases.get(name) or aliases.get(name.split()[-1])
            if key:
                gender.setdefault(key, "m" if honorific in _MALE else "f")
        names = given_names()
        for key, rec in self.people.items():
            words = set((rec["title"] or "").lower().split())
            given = names.get(key.split()[0]) if " " in key else None  # "Lorraine Dietz"
            if words & _FEMALE_TITLES:
                gender.setdefault(key, "f")
            elif words & _MALE_TITLES and not (given and words & _MALE_TITLES <= _OFFICES_IN_MAN):
                gender.setdefault(key, "m")
            elif given:
                gender.setdefault(key, given)
        for key, pronouns in self._sole_person_pronouns(frames).items():
            if len(pronouns) == 1:
                gender.setdefault(key, pronouns.pop())
        return gender

    def _sole_person_pronouns(self, frames: dict[int, list[Token]]) -> dict[str, set[str]]:
        """The gender of "he" or "she" opening the reported clause of the only person a sentence
        and the one before it name: `Judge Gregory Halvorsen told the committee that he had
        followed ...`. Quoted
        pronouns are left out (in `"She was a friend," Smith said` she is someone else), and so
        are sentences with pronouns of both genders (`Doyle said her husband ... he was`) or
        a gendered noun for someone else (`Tolland, whose husband ..., said he had waited`)."""
        found: dict[str, set[str]] = {}
        offsets = [off for off, _ in self.mentions]
        # "Kumar" where the article names Sunita and Avinesh Kumar names neither of them
        full = [k.split()[-1] for k in self.people if " " in k]
        shared = {k for k in self.people if " " not in k and full.count(k) > 1}
        for tokens in frames.values():
            if _HE_SHE.isdisjoint([t.lower for t in tokens]):
                continue  # only a "he" or "she" tells a gender: most paragraphs have neither
            lo = 0
            for i in range(len(tokens) + 1):
                if i < len(tokens) and tokens[i].kind != "s":
                    continue
                if i > lo:
                    start, end = tokens[lo].start, tokens[i - 1].end
                    a, b = bisect_left(offsets, start), bisect_left(offsets, end)
                    named = {key for _, key in self.mentions[a:b]}
                    k = bisect_right(self.sentence_starts, start) - 1
                    before = self.sentence_starts[k - 1] if k > 0 else 0
                    # "Okafor was charged. Prosecutor Jane Roe said he had lied": he may be
                    # someone the sentence before named
                    named |= {key for _, key in self.mentions[bisect_left(offsets, before):a]}
                    named -= shared
                    opening = all(t.kind != "w" or t.text[:1].isupper() or role_word(t.lower)
                                  or t.lower in DETERMINERS for t in tokens[lo:i]
                                  if t.start < offsets[a]) if a < b else False
                    # the person must open the sentence, as its subject: in "Co-founder sues
                    # Julian Strand, saying she was erased" she is the co-founder
                    if len(named) == 1 and opening:
                        first, words = offsets[a], tokens[lo:i]
                        said = {_PRONOUN_GENDER[t.lower] for n, t in enumerate(words)
                                if t.start > first and t.lower in {"he", "she"} and n
                                and (words[n - 1].lower == "that" or _is_cue(words[n - 1]))}
                        told = {_PRONOUN_GENDER.get(t.lower) for t in words} - {None}
                        others = any(t.lower in _FEMALE_TITLES or t.lower in _MALE_TITLES
                                     for t in words)
                        if len(said) == 1 and told == said and not others:
                            found.setdefault(named.pop(), set()).update(said)
                lo = i + 1
        return found

    def _they_them(self, key: str) -> bool:
        """Whether the article says the person goes by "they": "who uses they/them pronouns"
        within a sentence of their name."""
        if "they/them" not in self.text:
            return False
        surname = re.escape(key.split()[-1])
        return re.search(surname + r"\b[^.]{0,120}\bthey/them\b", self.text) is not None

    def _antecedent(self, sp: Speaker, untitled: bool = False) -> str | None:
        """The person a pronoun stands for.

        The latest sentence before the pronoun (or its own, up to the pronoun) that names a
        person of a compatible gender gives the antecedent; within it the first such person, who
        is most often its subject: "Sir Alan Pryce pressed Ms Donnelly. '...?' he asked."
        """
        low = sp.name.lower()
        if low in {"he", "she", "i", "they-person"}:
            wanted = {"he": "m", "she": "f"}.get(low)
            fits = [(off, k) for off, k in self.mentions
                    if (wanted is None or self.gender.get(k, wanted) == wanted)
                    and not (untitled and self._record(k)["title"])]
            opening = self._opening_adverbial(sp.start)
            # "Hartigan, who he said had been ...": not Hartigan
            relative = _WHO_BEFORE.search(self.text, max(0, sp.start - 60), sp.start)
            before = [(off, k) for off, k in fits if off < sp.start
                      and not opening[0] <= off < opening[1]
                      and not (relative and relative.group(1) in k.split())]
            found = None
            described = self._subject_since(sp.start, {"nominal"})
            if low in {"he", "she"} and described is not None \
                    and (_head(described.name).lower() not in ORG_NOMINALS
                         or _WHO_AFTER.match(self.text, described.end)) \
                    and not _ASKED_AFTER.match(self.text, described.end) \
                    and (not before or before[-1][0] < described.start) \
                    and not set((described.title or "").lower().split()) & (
                        _MALE_TITLES if wanted == "f" else _FEMALE_TITLES):
                # "The chief executive of another hospital group was more cautious. ..., he
                # said": an unnamed person who opens this sentence or the last (but "The grocer
                # has lost market share" is a company, unless "who" follows it)
                return self._resolve(described)
            if before:
                sentence = bisect_right(self.sentence_starts, before[-1][0])
                there = [(off, k) for off, k in before
                         if bisect_right(self.sentence_starts, off) == sentence]
                # "Osei’s lawyer, Leah Morgenstern, said": the owner is not the subject
                owners = {k for off, k in there if self.text.startswith(_POSSESSIVE,
                                                                       off + len(k.split()[-1]))
                          or self.text.startswith(_POSSESSIVE, off + len(k))}
                # (but one who speaks by name there: "Speaking on Citizen TV's Day Break,
                # SHA chief executive Dr. Abdi Mohamed said ... 'We found ...,' he said")
                found = next((k for off, k in there if (off, k) in self.spoke), None) \
                    or next((k for off, k in there if k not in owners), there[0][1])
                opens = self.sentence_starts[sentence - 1] if sentence > 0 else 0
                if wanted and self.last_spoke is not None \
                        and opens <= self.last_spoke[0] < there[0][0] \
                        and self.text[self.last_spoke[0]:self.last_spoke[0] + len(low)].lower() \
                        == low and self.gender.get(self.last_spoke[1], wanted) == wanted:
                    # "He says he met Kanazawa in Berlin. '...,' he says": the sentence's
                    # subject is the same pronoun, whoever it meant, not the person it names
                    found = self.last_spoke[1]
                last = self.last_spoke
                heard = next((off for off, k in there if k == found), None)
                if last is not None and last[1] != found and heard is not None \
                        and _TOLD.search(self.text, max(0, heard - 60), heard) \
                        and (bisect_right(self.sentence_starts, last[0]) == sentence
                             or last[0] == sp.start) \
                        and (last[1] in self.people
                             or self.others.get(last[1], {}).get("kind") == "person"):
                    # "'...,' the officer told District Judge Orla Grimes. She added ...": the
                    # one who told, not the one told
                    found = last[1]
            else:
                # Named only after: a role in the lede ("The Transport Secretary said") is
                # whoever the article names next; a "he" or "she" only someone named in its
                # own sentence or the next ("'...,' he said. The minister, Carlos Mabunda,
                # ..."), and the person's gender is not learnt from such a guess.
                k = bisect_right(self.sentence_starts, sp.start)
                hi = len(self.text) if wanted is None else self.sentence_starts[k + 1] \
                    if k + 1 < len(self.sentence_starts) else len(self.text)
                return next((key for off, key in fits if sp.end < off < hi), None)
            if found and wanted and " " not in found:
                # "Ms Kaupa said ... She said" where the article names Regina and Wesley Kaupa:
                # the one of them that "she" fits
                found = self._of_gender(found, wanted) or found
            if found and wanted:
                self.gender.setdefault(found, wanted)  # "she said" tells us who is a she
            return found
        # "they said", "it said": the last group or organisation that spoke before, or a group
        # that is the subject of this sentence or the one before, if named later.
        kinds = {"group", "organisation"} if low in {"they", "we"} else {"organisation", "country"}
        if low == "it" and self.text[max(0, sp.start - 5):sp.start].lower() == "what ":
            # "after Cornwall Council adopted what it calls a policy of ...": the body just
            # named in the sentence, whose doing the clause names
            lo = self.sentence_starts[bisect_right(self.sentence_starts, sp.start) - 1]
            bodies = list(_bodies_in(self.text, lo, sp.start))
            if bodies:
                _, end, name = bodies[-1]
                return self._resolve(Speaker(name, end - len(name), end, "organisation"))
        spoke = [(off, key) for off, key, kind in self.recent if off < sp.start and kind in kinds]
        if low == "they":
            last = self.last_spoke
            if last is not None and last[1] in self.people and self._they_them(last[1]) \
                    and bisect_right(self.sentence_starts, sp.start) \
                    - bisect_right(self.sentence_starts, last[0]) <= 2:
                # "Sam Whitehorse, a barista who uses they/them pronouns, said ... '...,' they
                # said": the person who spoke last
                return last[1]
            if last is not None and self.others.get(last[1], {}).get("kind") == "person" \
                    and bisect_right(self.sentence_starts, sp.start) \
                    - bisect_right(self.sentence_starts, last[0]) <= 2:
                # "An employee who was not laid off said ... 'Nobody saw this coming,' they
                # said": the unnamed person who spoke last, whom the article calls "they"
                return last[1]
        if low in {"they", "we", "it"}:
            subject = self._subject_since(sp.start, {"group"} if low in {"they", "we"}
                                          else {"organisation", "country"})
            if subject is not None and (not spoke or spoke[-1][0] < subject.start):
                return self._resolve(subject)
        if spoke:
            return spoke[-1][1]
        before = [(r["first"], k) for k, r in self.others.items() if r["first"] < sp.start
                  and r["kind"] in ({"group", "organisation"} if low in {"they", "we"}
                                    else {"organisation", "country"})]
        if before:
            return max(before)[1]
        if low == "it" and self.target and self._match(self.target) is None \
                and self.text.find(self.target, 0, sp.start) >= 0:
            # "Wrenfield is to close 24 stores ... and it said": nothing else named has
            # spoken; the article's own subject, the target, has been named
            return self._remember(sp, self.target, "organisation")
        return None

    def _subject_since(self, offset: int, kinds: set[str]) -> Speaker | None:
        """The last group, body or unnamed person (by ``kinds``) that opens the sentence at
        ``offset`` or the one before, before ``offset``: "Council members disagreed. '...,'
        they said", "Egypt's foreign ministry responded. It said ...". A pronoun can mean
        them without their having spoken before."""
        opening = next((tokens[0] for tokens in self.frames.values()
                        if tokens and tokens[0].start < offset <= tokens[-1].end), None)
        if opening is not None and opening.kind == "q" and opening.end <= offset:
            offset = opening.start  # "'It is not a negotiation. You get a letter. ...,' he
            # said": the sentences before the quote, not those inside it
        k = bisect_right(self.sentence_starts, offset) - 1
        since = self.sentence_starts[k - 1] if k > 0 else 0
        subjects = []
        for pid, tokens in self.frames.items():  # read only the paragraphs a pronoun asks of
            if tokens and tokens[0].start < offset and tokens[-1].end > since:
                if pid not in self._subject_bodies:
                    self._subject_bodies[pid] = _subject_bodies(tokens)
                subjects += self._subject_bodies[pid]
        return max((g for g in subjects if since <= g.start < offset and (
                        g.kind in kinds or g.kind == "person"
                        and self.others.get(g.name, {}).get("kind") in kinds)
                    and g.name.rpartition(" ")[2] not in _INSTRUMENTS),  # ("The PHLX
                   key=lambda g: g.start, default=None)  # Semiconductor Index was up")

    def _opening_adverbial(self, offset: int) -> tuple[int, int]:
        """The span of the phrase that opens the sentence at ``offset`` before its subject:
        "Under questioning from Pike, she said", "Asked whether the striker would play, he
        said": a person named there is not who the subject pronoun means. Empty if none."""
        k = bisect_right(self.sentence_starts, offset) - 1
        lo = self.sentence_starts[k] if k >= 0 else 0
        m = _OPENING_ADVERBIAL.match(self.text, lo, offset)
        return (lo, m.end()) if m else (0, 0)

    def merge_descriptions(self, quotes: list[_Quote]) -> None:
        """Fold a body the article only describes ("the land council", "Union vows ...") into
        the named body it means: one the same words mean elsewhere in the article (the
        headline's "Wildlife charity" is the lede's "a wildlife charity", the Upland Rivers
        Trust), or the one named body whose name holds the description's words ("Central Land
        Council", "Kenya Tea Estates Workers' Union")."""
        named = [k for k, r in self.others.items() if r["kind"] == "organisation"
                 and not _description(k, self.text)]
        meant: dict[str, set[str]] = {}
        for q in quotes:
            if q.speaker is not None and q.actor is not None:
                phrase = _bare(self.text[q.speaker.start:q.speaker.end])
                meant.setdefault(phrase, set()).add(q.actor)
        moved = {}
        for key, rec in [*self.others.items(), *self.people.items()]:
            head = _head(key)  # "people close to the company": people
            if head in _STUDIES and " " not in key:  # "..., study finds": the researchers the article quotes
                authors = [k for k, r in self.others.items() if r["kind"] == "group"
                           and k.split()[0].lower() in _AUTHORS]
                if len(authors) == 1:
                    moved[key] = authors[0]
                continue
            if rec["kind"] == "country" or not _description(key, self.text):
                continue  # (a country is never a description, even written "kenya")
            if rec["kind"] == "person":  # "Ombudsman condemns ...": "Energy Ombudsman"
                same = [b for b in named if head in b.lower().split()]
                if len(same) == 1 and _bare(key) == head:
                    moved[key] = same[0]
                continue
            same = [b for b in meant.get(_bare(key), ()) if b in named]
            if len(same) != 1:
                same = [b for b in named if _holds(b, _bare(key))]
            if not same and rec["first"] < self.headline_end:
                # "City watchdog fines ...": the one named body its noun fits
                same = [b for b in named if _holds(b, head)]
            if not same and rec["kind"] == "organisation" and _one_noun(_bare(key)) \
                    and (head in _AGENCIES or head.capitalize() in _PUBLIC_BODIES):
                same = _spoke_before(key, quotes, named, head)
            if not same and len(named) == 1 and head in _BUSINESSES \
                    and key not in self.unnamed_bodies.values() \
                    and named[0].split()[-1] not in _PUBLIC_BODIES \
                    and 0 <= self.text.find(named[0]) < rec["first"]:
                same = named  # "the San Jose, California, company said": the one named body
            if len(same) == 1:
                moved[key] = same[0]
        for key, rec in self.others.items():
            if key in moved:
                continue
            if rec["kind"] in {"person", "group"} and _description(key, self.text) \
                    and len(key.split()) == 1 and key.lower() not in {"another", "one"}:
                # "a source familiar with the matter said ... the source added", "Thaba Sizwe
                # residents ... Residents said": the one fuller description of its kind
                longer = [k for k, r in self.others.items() if k != key and k not in moved
                          and r["kind"] == rec["kind"]
                          and _head(k) == key.lower() and not k.lower().startswith(
                              ("one ", "another "))
                          # (but "diplomats" are not all "Russian diplomats"; "the
                          # official" is the one "Syrian official familiar with the talks")
                          and not (key.lower().endswith("s")
                                   and any(w in DEMONYMS for w in k.split()))
                          # (nor are "pharmacists" all the "doctors and pharmacists")
                          and " and " not in k.lower()]
                if len(longer) == 1:
                    moved[key] = longer[0]
            country = next((c for c in self.others if self.others[c]["kind"] == "country"
                            and key in country_names(c)), None)
            if country is not None and country != key:
                moved[key] = country  # "Nairobi said" where Kenya speaks too
        for key in [*self.others, *self.people]:
            if f"{key} government" in self.others and " " not in key and key not in moved:
                moved[key] = f"{key} government"  # "Sindh" and "the Sindh government"
        for key, rec in self.others.items():
            words = key.lower().split()
            if key in moved or len(words) < 2 or rec["kind"] not in {"organisation", "group"}:
                continue
            fuller = [k for k, r in self.others.items() if k != key and k not in moved
                      and r["kind"] in {"organisation", "group"}
                      and k.lower().split()[:len(words)] == words and k[:1].isupper()
                      and set(k.split()[len(words):]) <= _NAME_ENDINGS]
            if len(fuller) == 1:  # "Cimarron Springs police", "Cimarron Springs Police
                moved[key] = fuller[0]  # Department", whichever spoke first
        for key in list(self.others):
            if key not in moved and (_ACRONYM.fullmatch(key.replace(".", ""))
                                     or key in (self._acronyms or ())):
                # "HC raps BBMP ..." in a headline, before "the Karnataka High Court" spoke
                full = self._abbreviated(key)
                if full is not None and full != key and full not in moved:
                    moved[key] = full
        for key in moved:  # "Nairobi" to "Kenya", which moves on itself: to where it ends
            seen = {key}
            while moved[key] in moved and moved[key] not in seen:
                seen.add(moved[key])
                moved[key] = moved[moved[key]]
        moved = {key: body for key, body in moved.items() if body not in moved}  # (no cycles)
        for q in quotes:
            q.actor = moved.get(q.actor, q.actor)
        for key, body in moved.items():
            aliases = self.others[body]["aliases"]
            gone = self.others.pop(key, None) or self.people.pop(key)
            aliases.extend(a for a in gone["aliases"] if a not in aliases)

    def rows(self, quotes: list[_Quote]) -> list[tuple]:
        """The actors table's rows, all columns but the last two (stance, n_target_quotes)."""
        words: dict[str, int] = {}
        counts: dict[str, int] = {}
        for q in quotes:
            if q.actor is not None and q.kind != "scare":
                counts[q.actor] = counts.get(q.actor, 0) + 1
                words[q.actor] = words.get(q.actor, 0) + len(self.text[q.start:q.end].split())
        total = sum(words.values()) or 1
        mention_counts: dict[str, int] = {}
        for _, k in self.mentions:
            mention_counts[k] = mention_counts.get(k, 0) + 1
        rows = []
        for key, rec in [*self.people.items(), *self.others.items()]:
            if key not in counts:
                continue
            n_mentions = mention_counts.get(key) or self.text.count(key)
            rows.append((key, rec["kind"], rec["title"], rec["affiliation"],
                         "; ".join(rec["aliases"]), counts[key], words[key],
                         words[key] / total, n_mentions))
        rows.sort(key=lambda r: (-r[6], r[0]))
        return rows


# Where a company works, written after the place's name: "the Bellambi Heights colliery".
# (Not "plant" or "factory", which often carry the owner's name: "the Downeast Harvest Seafood
# plant".)
_SITE_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(AREAS | {
    "colliery", "mine", "shaft", "pit", "quarry", "deposit", "oilfield", "reef", "estate", "dam"}))
    + r")\b")
_NAME_GIVEN = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_GIVEN_NAME = re.compile(
    r",\s+(?:(?P<before>" + _NAME_GIVEN
    + r"),\s+who\s+gave\s+only\s+(?:his|her|their)\s+first\s+name"
    r"|who\s+(?:gave\s+(?:his|her|their)\s+(?:first\s+|full\s+)?name\s+as"
    r"|asked\s+to\s+be\s+identified\s+only\s+(?:by\s+(?:his|her|their)\s+first\s+name,?\s+)?as"
    r"|identified\s+(?:himself|herself|themselves)\s+(?:only\s+)?as)\s+(?P<after>"
    + _NAME_GIVEN + r"))")
_MALE = {"mr", "sir", "lord"}
# A person's nationality, as a noun for them: "the Brazilian", "the 54-year-old Portuguese".
_NATIONALS = frozenset(n for names in (*COUNTRY_ALIASES.values(), *MORE_COUNTRY_ALIASES.values())
                       for n in names if not n.isupper() and (
                           n + "s" in names or n + " government" in names
                           or n.isalpha() and n.endswith(("ese", "ish", "ch"))
                           or n == names[0] and n.isalpha() and n.endswith(("an", "i"))))
# ("Serbian", whose people are "Serbs"; "Qatari")
_GIVEN_AFTER = re.compile(r"[A-Z][a-z]+-[a-z]+")
_NAMED_OWNER = re.compile(r"(?:[A-Z][\w&.-]*\s+)*[A-Z][\w&.-]*['’]s?\s+[a-z]")
# The commonest Chinese, Korean and Vietnamese family names, written before the given name.
_FAMILY_NAMES_FIRST = frozenset("""
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang
Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei
Su Lu Ding Ren Shen Yao Jin Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Shin Oh Seo Kwon Hwang
Ahn Song Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly
Tan Ng Goh Ong Teo Koh Chua Yeo Chan Wong Cheung Leung Lau Tsang Chong Yap Tay Sim Quek Foo
""".split())  # (the last line: as Singapore, Malaysia and Hong Kong spell them)
# Words that end a body's full name without making it another body: "Cimarron Springs police" is
# the "Cimarron Springs Police Department" ("Westbury City" is no "Supporters' Trust").
_NAME_ENDINGS = {"Department", "Service", "Force", "Inc", "Inc.", "Ltd", "Corp", "Corp.", "plc",
                 "Group", "Company", "Co", "Co.", "LLC", "AG", "SA"}
_WHO_BEFORE = re.compile(r"([A-Z][\w'’-]+),\s+whom?\s+$")
# Patterns the rules above ask of every speaker phrase or title, compiled once rather than
# looked up in the re module's cache at each call.
_ROLE_END = re.compile(r"\s+(?:for|of|at|from|with|in|to)\s+")  # "spokesman | for the council"
_HEAD_END = re.compile(r"\s+(?:for|of|at|from|with|in|to|on|close|familiar|who)\b")
_TITLE_END = re.compile(r"\s+(?:of|at|for|in|based|from|with|that|which)\b")
_OF = re.compile(r"\s+of\s+")
_OF_BEFORE = re.compile(r"\bof[ \t]+$")
_THE_FIRST = re.compile(r"^(?:the|The)\s+")
_ARTICLE_FIRST = re.compile(r"^(?:The|A|An)\s+")
_LOWER_ARTICLE_FIRST = re.compile(r"^(?:the|a|an)\s+")
_APOSTROPHE = re.compile(r"['’]")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _spoke_before(key: str, quotes: list[_Quote], named: list[str], head: str) -> list[str]:
    """The named body that spoke in the sentence before a description first speaks, when its
    name's noun does not make it another kind of body: "..., according to Transport Canada. In a
    statement, the department said", "the Security Information Service (BIS) said ... The
    counter-intelligence agency described ..."."""
    first = next((q for q in quotes if q.actor == key), None)
    if first is None:
        return []
    before = [q for q in quotes if q.start < first.start and q.actor is not None
              and first.sentence_id - 1 <= q.sentence_id <= first.sentence_id]
    if not before or before[-1].actor not in named:
        return []
    body = before[-1].actor
    noun = body.split()[-1]
    if noun in _PUBLIC_BODIES and noun.lower() != head \
            and not {noun.lower(), head} <= _AGENCIES:
        return []
    return [body]


def _one_noun(description: str) -> bool:
    """A noun alone, or after one hyphenated word: "department", "counter-intelligence agency"
    (not "petroleum ministry", which says which ministry)."""
    words = description.split()
    return len(words) == 1 or len(words) == 2 and "-" in words[0]


_AGENCIES = {"agency", "service", "authority", "office", "bureau", "department", "administration",
             "directorate", "inspectorate", "regulator", "watchdog", "body"}


def _bare(phrase: str) -> str:
    """A speaker phrase without its article, lower case: "The land council" -> "land council"."""
    return _LOWER_ARTICLE_FIRST.sub("", " ".join(phrase.lower().split()))


def _description(name: str, text: str) -> bool:
    """Whether an actor's name is a description, not a name: "Land council", "Union",
    "wildlife charity" (the article writes it in lower case somewhere), not "Ofgem", "IFS"."""
    words = name.split()
    first, head = words[0].lower(), words[-1].lower()
    return all(w.islower() for w in words[1:]) and (
        words[0].islower() or words[0][1:].islower() and (
            f" {first}" in text or head in _BODY_NAMES or head in ORG_NOMINALS))


def _modified(role: str) -> bool:
    """Whether a description says which body it means by a word before its noun: "the
    statistics bureau", "the interior ministry", not "the ministry", "the country's ministry"."""
    words = role.split()
    return len(words) > 1 and all(w.isalpha() and w.islower() for w in words[:-1]) \
        and words[0] not in {"the", "a", "an", "its", "their", "this", "that"}


def _head(description: str) -> str:
    """A description's noun: "source" of "Source familiar with the matter", "residents" of
    "Thaba Sizwe residents"."""
    return _HEAD_END.split(_bare(description))[0].split()[-1]


def _holds(body: str, description: str) -> bool:
    """Whether a body's name holds a description's words: "land council" and "Central Land
    Council", "union" and "Kenya Tea Estates Workers' Union", "agency" and "Federal Aviation
    Administration"."""
    name = {w.lower() for w in body.split()}
    *words, head = description.split()
    return set(words) <= name and (head in name or any(
        w.lower() in name for w in _BODY_NAMES.get(head, ())))
_HE_SHE = frozenset({"he", "she"})
# Family words that introduce a name set off by commas: "Mr Whitby's widow, Maureen Whitby,".
# Family and other personal ties: "his widow, Maureen Whitby,", "Her neighbour, Iain MacLeod,",
# "Her predecessor, Jory Pascoe,".
_KIN = {"wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "brother",
        "sister", "partner", "fiancée", "fiancee", "fiancé", "grandson", "granddaughter",
        "neighbour", "neighbor", "friend", "colleague", "flatmate", "roommate", "girlfriend",
        "boyfriend", "predecessor", "successor"}
# Offices one person holds, whom "the prime minister told MPs" means when no one has the title.
_ORDINALS = {"second", "third", "fourth", "fifth", "sixth"}
# Roles a later reference may name by another word: "Russia's ambassador to Kenya ... the envoy".
_SAME_ROLE = {"envoy": {"envoy", "ambassador"}, "ambassador": {"ambassador", "envoy"}}
# Callings a person is described by, with where they practise it, in place of their name:
# "The Lambourn trainer", "the Cork midfielder"
_VOCATIONS = {"trainer", "jockey", "midfielder", "striker", "defender", "forward", "goalkeeper",
              "coach", "manager", "captain", "singer", "actor", "actress", "author", "novelist",
              "poet", "artist", "architect", "chef", "designer", "farmer", "fisherman", "teacher",
              "priest", "boxer", "driver", "rider", "player", "batsman", "bowler", "winger"}
_OFFICES = {"minister", "president", "chancellor", "mayor", "governor", "premier", "secretary",
            "taoiseach", "senator", "commissioner", "ambassador", "envoy", "chairman", "chairwoman"}
_FIRST_NAME_BEFORE = re.compile(r"\b([A-Z][\w'’.-]+)\s+$")
# "i(?<!\wi)n" is "\bin" with the "i" first, so that the search looks only at each "i".
_IN_DOCUMENT = re.compile(
    r"[Ii](?<!\w[Ii])n\s+(?:a|an|his|her|its|their)\s+(?:\w+\s+){0,2}(statement|release|memo|"
    r"letter)\b")
# A company's legal form after its name, with or without its period ("Acme Bros.")
_LEGAL_SUFFIXES = LEGAL_FORMS | {s + "." for s in LEGAL_SUFFIXES}
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
# Nouns by which an article refers back to a body it has named, and the words of names
# they stand for: "the ministry" -> "Ministry of Health", "the agency" -> "... Administration".
# A capitalised name, with the small words names hold: "Ministry of Economy, Trade and Industry".
# A legal suffix keeps its period mid-sentence, as the tokens have it: "Acme Corp. said".
_NAME = (r"[A-Z][\w&'’-]*(?:[ \t]+(?:(?:of|for|and|&)[ \t]+(?:the[ \t]+)?)?[A-Z][\w&'’-]*)*"
         r"(?:(?:,[ \t]+[A-Z][\w&'’-]*)+,?[ \t]+and(?:[ \t]+[A-Z][\w&'’-]*)+)?"
         r"(?:(?:" + "|".join(f"(?<={s})" for s in LEGAL_SUFFIXES) + r")\.(?=[,;:)]|\s+[a-z]))?")
# Documents whose owner the article names beside them ("a statement from Kelvo", "Kelvo's
# letter"), and the wider set of documents that speak for their authors.
_OWNED_DOCUMENTS = {"statement", "release", "filing", "report", "letter", "notice", "review",
                    "audit", "assessment"}
_DOC = "|".join(sorted(_OWNED_DOCUMENTS))
_SUITS = {"complaint", "lawsuit", "suit", "petition"}


def _papers(name: str) -> bool:
    """Whether a phrase names writings by their author: "the RFL's guidelines", "figures from
    the alliance" (not "papers for Thursday's board meeting")."""
    words = name.lower().split()
    by = next((n for n, w in enumerate(words) if w in {"from", "by"}), None)
    return words[-1] in _PLURAL_DOCUMENTS if by is None else by > 0 and words[by - 1] in \
        _PLURAL_DOCUMENTS


_PLURAL_DOCUMENTS = {"guidelines", "figures", "statistics", "data", "records", "documents",
                     "papers", "minutes", "findings", "rules"}
_JUDGMENTS = {"ruling", "judgment", "judgement", "verdict"}
_DOCUMENT_HEADS = _OWNED_DOCUMENTS | {"results", "memo", "order", "decree", "ruling", "judgment",
                                      "judgement", "directive", "circular", "communiqué", "communique",
                                      "note", "determination", "decision", "code"} | _SUITS
_SUED = re.compile(r"\b(?:sued|sues|filed\s+(?:a|the)\s+(?:\w+\s+)?(?:lawsuit|complaint|suit|"
                   r"petition))\b")
# The author of a document that speaks: "a draft memo from the office", "The order, issued by
# the interior ministry on Monday and seen by AFP, says"
_FROM_AUTHOR = re.compile(r"\b(?:from|by)\s+(?:the\s+)?(?P<author>[\w'’&.-]+(?:\s+[\w'’&.-]+)*)")
# "the university's press release", "Kelvo's statement"
_AUTHOR_OWNS = re.compile(r"(?:[Tt]he\s+)?(?P<author>[\w&.-]+(?:\s+[\w&.-]+){0,4}?)['’]s\s+")
_ISSUED_BY = re.compile(
    r",\s+(?:(?:issued|released|published|sent|written|drafted|signed|filed|prepared|put\s+out"
    r"|lodged|submitted|tabled|presented|compiled|conducted|produced|authored)"
    r"\s+by|which)\s+(?:the\s+)?(?P<author>(?:(?!on\b|in\b|last\b|and\b|at\b|posted\b|sent\b|"
    r"issued\b|published\b|released\b)[\w'’&.-]+\s*){1,6}?)"
    r"(?=\s*,|\s+(?:on|in|last|and|at|posted|sent|issued|published|released)\b)")
_DOCUMENT_OWNER = re.compile(
    r"\b(?P<doc1>" + _DOC + r")s?(?:[ \t]+(?:issued|released|published|put[ \t]+out|sent))?"
    r"[ \t]+(?:by|from)[ \t]+(?:the[ \t]+)?(?P<by>" + _NAME + r")"
    r"|(?P<of>" + _NAME + r")['’]s?[ \t]+(?:\w+[ \t]+)?(?P<doc2>" + _DOC + r")"
    # "Moss, 27, issued a statement through the Canucks"
    r"|(?P<issuer>" + _NAME + r")(?:,[ \t]+[\w ]{1,30},)?[ \t]+(?:has[ \t]+)?"
    r"(?:issued|released|published|put[ \t]+out)"
    r"[ \t]+(?:an?|its|their)[ \t]+(?:\w+[ \t]+)?(?P<doc3>" + _DOC + r")")
_WHICH = re.compile(r",\s+which\b")
_ITS_AFTER = re.compile(r"\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:[a-z]+\s+){1,2}its\b")  # "Halvard, which is based in Austin, ...": a thing
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|He|She|His|Her|Him)\b")
_AGENCY_WORDS = {"Agency", "Administration", "Authority", "Service", "Bureau", "Office",
                 "Commission", "Inspectorate", "Directorate", "Programme", "Program", "Fund",
                 "Organization", "Organisation"}
_BODY_NAMES = {
    "ministry": {"Ministry"}, "council": {"Council"}, "commission": {"Commission"},
    "department": {"Department"}, "court": {"Court"}, "police": {"Police"},
    "union": {"Union", "Association", "Federation", "Congress", "Local"},
    "force": {"Police", "Force"}, "trust": {"Trust"}, "board": {"Board"},
    "committee": {"Committee"}, "party": {"Party"}, "authority": {"Authority"},
    "bank": {"Bank"}, "university": {"University"},
    "hospital": {"Hospital", "Infirmary", "Clinic"},
    "embassy": {"Embassy"}, "office": {"Office"}, "institute": {"Institute"}, "bureau": {"Bureau"},
    "agency": _AGENCY_WORDS, "regulator": _AGENCY_WORDS | {"Regulator"}, "bench": {"Court"},
    "watchdog": _AGENCY_WORDS | {"Regulator", "Watchdog"}, "federation": {"Federation"},
    "association": {"Association"}, "foundation": {"Foundation"}, "coalition": {"Coalition"},
    "station": {"Station", "Observatory"}, "centre": {"Centre"}, "center": {"Center"},
    "theater": {"Theatre", "Theater"}, "theatre": {"Theatre", "Theater"},
    "museum": {"Museum"}, "library": {"Library"}, "gallery": {"Gallery"}, "zoo": {"Zoo"},
    "lab": {"Laboratory", "Lab"}, "laboratory": {"Laboratory", "Lab"},
}
# Scans of the whole text: the capital goes first and the word boundary is checked behind it
# ("(?<!\w[A-Z])" is "\b" before a capital), so that the scan looks only at capitals.
_BODY_RUN = re.compile(r"[A-Z](?<!\w[A-Z])" + _NAME.removeprefix("[A-Z]"))
_MISSIONS = {"Embassy", "Consulate", "Mission"}
_NUMBERED = re.compile(r" \d+\w*")
_POSTED_IN = re.compile(r" in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*")
_A_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+$")
# "A reporter then asked whether ... '...,' she said": the one asked answers
_ASKED_AFTER = re.compile(r"\s+(?:then\s+|also\s+)?asked\b")
_SAINTS = {"St", "St.", "Saint", "San", "Santa", "São", "Sainte"}
_WHO_AFTER = re.compile(r",\s+who\b")  # "A longtime operator at the plant, who ...": a person
_ANONYMOUS_NEXT = re.compile(r",\s+(?:who\s+(?:asked|spoke|declined|requested)|speaking\s+on)\b")
_OWNER = re.compile(r"^(?:The\s+|[A-Z][\w-]*['’]s\s+|" + BASED_IN.pattern + r"\s+)+")
_WORD_BEFORE = re.compile(r"([a-z-]+)\s+$")
# What follows a sentence's subject: an apposition (its first words kept) or a verb.
_SUBJECT_NEXT = re.compile(r"\s*(?:,((?:\s+[\w'’-]+){1,6})"
                           r"|(?:has|have|had|is|was|will|would|says|said|[a-z]+ed)\b)")
# Directions that open a group's name: "Western analysts", "Northern farmers".
_DIRECTIONS = re.compile(r"(?:North|South|East|West)(?:ern)?")


def _business(words: str) -> bool:
    """Whether an apposition calls a body a business: "Russia's largest potash producer"."""
    return any(w in ORG_NOMINALS or w.endswith("maker") for w in words.lower().split())


# Roles only a body has: "Kelvo's chief executive", "Vantro shareholders". A person has an
# attorney, a spokeswoman or a son too ("Tillman's attorney").
_ORG_ROLES = {"chief", "executive", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman",
              "founder", "president", "board", "shareholders", "investors", "employees",
              "workers", "staff", "engineers", "customers", "subscribers", "users", "support",
              "executives", "directors", "shares"}
# A capitalised word before one of those roles (Kelvo in "Kelvo's chief executive"): the roles
# in the pattern, and the word and the space after it taken whole ("*+", "++": what follows
# them can never start with what they would give back), so that the scan never backtracks
# into them (the same words as any lower-case word after it, filtered: tests/test_speedups.py).
_BEFORE_ORG_ROLE = re.compile(r"([A-Z](?<!\w[A-Z])[\w-]*+)(?:['’]s)?\s++(?:"
                              + "|".join(sorted(_ORG_ROLES)) + r")\b(?!\s+[A-Z])")
# A post in a body, held where the body is organised: "Unite regional officer Darren Whitlock".
_BEFORE_ORG_POST = re.compile(r"([A-Z](?<!\w[A-Z])[\w-]*+)\s++(?:regional|national|local|branch"
                              r"|district|area|full-time)\s++(?:officer|official|organi[sz]er"
                              r"|secretary|convener|steward|representative)s?\b")
# Title words that say the holder is not the office's holder: "shadow chancellor".
_OTHER_HOLDER = {"shadow", "former", "deputy", "vice", "assistant", "acting", "ex", "interim"}
_ACTING = {"assistant", "acting", "interim"}  # who may be "the minister" when no other is
_FEMALE_TITLES = {"councilwoman", "congresswoman", "chairwoman", "spokeswoman", "assemblywoman",
                  "alderwoman", "businesswoman", "queen", "princess", "duchess", "mrs", "ms",
                  "dame", "lady", "mother", "wife", "daughter", "sister", "actress", "woman",
                  "girl", "grandmother", "widow", "niece", "aunt", "policewoman"}
_MALE_TITLES = {"councilman", "congressman", "chairman", "spokesman", "assemblyman", "alderman",
                "businessman", "king", "prince", "duke", "mr", "sir", "lord", "father",
                "husband", "son", "brother", "man", "boy", "grandfather", "widower", "nephew",
                "uncle", "policeman"}
# Offices that keep "-man" whoever holds them: "its chairman, Dr. Ifeoma Nwachukwu"
_OFFICES_IN_MAN = {"chairman", "spokesman", "councilman", "congressman", "assemblyman",
                   "alderman"}
# A team is not the competition it plays in: "the team" after "last in the Western Conference".
_TEAMS = {"team", "club", "side", "franchise"}
_COMPETITIONS = {"Conference", "League", "Division", "Cup", "Championship", "Series", "Games",
                 "Tournament", "Open"}
_GOES_ON = re.compile(r"[,;:)]|\s+[a-z]")  # after a period that ends no sentence
# Capital letters, with those of names written in other Latin alphabets ("Ħamrun", "Škoda")
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_CAP_RUN = re.compile(f"[{_UPPER}](?<!\\w[{_UPPER}])[\\w&'’.-]*"
                      f"(?:\\s+(?:of|and|for|de|del|do|da|y|the|&)?\\s*[{_UPPER}][\\w&'’.-]*)*")
PRONOUN_WORDS = {"He", "She", "It", "They", "We", "I"}
# The capitalised word right before a name: "Ms" of "Ms Kumar", "Cllr" of "Cllr Doyle".
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]{1,8})\.?\s+$")
_GENDERED = {"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady"}
# A scan of the whole text. Each honorific starts with its letter, the word boundary before it
# ("(?<!\wM)") written after the letter: the regex engine then tries only the positions of
# those letters ("(?=[MSDL])(?<!\w)(Mr|Mrs|...)" has it try every one).
_HONORIFIC_NAME = re.compile(r"(M(?<!\wM)(?:r|rs|s|iss)|S(?<!\wS)ir|D(?<!\wD)ame|L(?<!\wL)ord"
                             r"|L(?<!\wL)ady)\.?\s+"
                             r"((?:[A-Z][\w'’-]+\s+){0,2}"
                             r"[A-Z][\w'’-]+)")




_OPENING_ADVERBIAL = re.compile(
    r"\s*(?:In|Under|Asked|After|Before|During|Speaking|Despite|Unlike|Like|Turning|Pressed|"
    r"Questioned|Responding|Replying|Writing|Addressing|Answering|When|As|On|At|With|For|To)"
    r"\b[^,.;:\"“”‘’]{1,120},")
# Laws and agreements, which no description of a speaker means: "the Inflation Reduction Act".
_INSTRUMENTS = {"Index", "Average", "Act", "Bill", "Treaty", "Agreement", "Accord", "Accords", "Law",
                "Directive", "Regulation", "Regulations", "Protocol", "Convention", "Amendment", "Charter"}
# "Ofqual, the exams regulator", "the regulator Ofwat", "the FTMI union": a body and the noun
# the article calls it by
_CALLED_NOUNS = "regulator|watchdog|union|agency|charity|thinktank|think tank"
_CALLED_NAME = r"[A-Z][\w&'’-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w&'’-]*)*"
# (Not "Monday, the FTMI union": the union's initials name it, not the day before.)
_CALLED_BETWEEN = r",\s+(?:the|a|an)\s+(?:(?![A-Z][A-Z&]+\s)[\w-]+\s+){0,3}?"
_CALLED = re.compile(
    rf"(?P<after>{_CALLED_NAME}){_CALLED_BETWEEN}(?P<noun1>{_CALLED_NOUNS})\b"
    rf"|[Tt](?<!\w[Tt])he\s+(?P<noun2>{_CALLED_NOUNS})\s+(?P<before>{_CALLED_NAME})"
    rf"|[Tt](?<!\w[Tt])he\s+(?P<named>[A-Z][A-Z&]+)\s+(?P<noun3>{_CALLED_NOUNS})\b")
# Where _CALLED matches, for _CALLED.match to read there: the same alternatives, made of the
# same pieces (a change to _CALLED is a change to this). _CALLED has no first character the
# regex engine can skip ahead to (its first alternative starts with a name's capital, the others
# with "the"), so a search tries it at every position; this one starts with its first
# character, a capital or "t", and the alternative after it by a lookbehind. The words of its
# names are taken possessively: what follows one never starts with what it would give back.
# (The same matches: tests/test_speedups.py.)
_CALLED_POSSESSIVE_NAME = _CALLED_NAME.replace("[\\w&'’-]*", "[\\w&'’-]*+")
_CALLED_AT = re.compile(
    rf"[A-Zt](?:(?<=[A-Z]){_CALLED_POSSESSIVE_NAME.removeprefix('[A-Z]')}{_CALLED_BETWEEN}"
    rf"(?:{_CALLED_NOUNS})\b"
    rf"|(?<=[Tt])(?<!\w[Tt])he\s+(?:{_CALLED_NOUNS})\s+{_CALLED_POSSESSIVE_NAME}"
    rf"|(?<=[Tt])(?<!\w[Tt])he\s+[A-Z][A-Z&]+\s+(?:{_CALLED_NOUNS})\b)")
# Nouns for a business, and last words of the names of public bodies, which a business noun
# never means.
_BUSINESSES = frozenset("""
company firm chipmaker automaker carmaker airline carrier lender insurer retailer operator
provider developer publisher broadcaster manufacturer maker producer supplier startup utility
conglomerate multinational supermarket grocer chain brewer miner exporter importer distributor
processor packer refiner shipper giant brand
""".split())
# Where a name is a place, a time or a publication, not a body that speaks
_PUBLICATIONS = {"News", "Insight", "Today", "Times", "Post", "Herald", "Journal", "Gazette",
                 "Observer", "Tribune", "Chronicle", "Telegraph", "Express", "Mirror", "Daily"}
_PRESS_NOUNS = MEDIA_NOUNS | {"publisher", "site", "agency"}
_STATE_NOUNS = {"government", "state", "administration", "regime", "authorities", "kingdom",
                "republic", "country", "federation", "emirate", "city", "town", "council"}
_TIMES = {w + "s" for w in WEEKDAYS} | WEEKDAYS | {"and"}
_STORMS = {"Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical"}


def _not_a_body(name: str, head: str) -> bool:
    """Whether ``name`` may be the body that "the <head>" means: not a country or city for a
    company ("Aeroflot will launch flights to the Dominican Republic, the airline said"),
    not a street, not days of the week, and not a publication that reported it ("Kaieteur
    News"), unless the head is one of those."""
    words = name.split()
    if head not in _STATE_NOUNS and (name in COUNTRIES or name in PLACES
                                      or name in gazetteer() or words[-1] in STREETS):
        return False
    if all(w in _TIMES for w in words) or words[-1] in _TIMES and len(words) == 2 \
            or words[0] in _STORMS:
        return False  # ("Black Friday", "Hurricane Tomas")
    return not (words[-1] in _PUBLICATIONS and len(words) > 1 and head not in _PRESS_NOUNS)


def _bodies_in(text: str, lo: int = 0, hi: int | None = None) -> Iterator[tuple[int, int, str]]:
    """The bodies named between ``lo`` and ``hi``: each run of capitalised words that ends in a
    body's word ("Cornwall Council"), as (start, end) of the run and the name without a "The"
    or an owner before it."""
    for m in _BODY_RUN.finditer(text, lo, len(text) if hi is None else hi):
        if _last_word(m.group()) in ORG_WORDS:
            yield m.start(), m.end(), _OWNER.sub("", m.group())


def _headline_cue(name: str) -> bool:
    """Whether a run of capitalised words ends in a verb that reports: a headline's "...,
    Union Says" describes the speaker, it does not name a body."""
    return " " in name and name.rpartition(" ")[2].lower() in cue_verbs()


def _supplier(noun: str) -> bool:
    """Whether a business noun names one that makes or supplies goods for others to sell."""
    return noun.endswith("maker") or noun in _SUPPLIERS


_SUPPLIERS = {"supplier", "manufacturer", "producer", "processor", "packer", "exporter",
              "importer", "distributor", "shipper", "refiner", "brewer", "miner"}
# Nouns for any business: a body described as something more particular may still be one.
_GENERIC_BODIES = {"company", "firm", "group", "business", "giant", "conglomerate",
                   "multinational", "body", "outfit", "brand", "operator", "provider"}
_PUBLIC_BODIES = {"Board", "Court", "Commission", "Agency", "Administration", "Authority",
                  "Ministry", "Department", "Council", "Service", "Office", "Bureau",
                  "Committee", "Tribunal", "Inspectorate", "Regulator", "Parliament", "Senate",
                  "Assembly", "Police", "Government", "Union", "Federation", "Association",
                  "Exchange",  # (where a company files its results, not the company)
                  # places a company's work goes through, not the company: "the airline" is
                  # not "Kota Kinabalu International Airport"
                  "Airport", "Harbour", "Prison", "Infirmary", "Racecourse", "Judiciary",
                  "Coastguard", "Navy"}
# "a", "an", "one" or "another" and up to three words before a role, read backwards from the
# role on the reversed text: "a Hallam Water spokesperson", "One Hollins Marsh partner"
# (_a_role).
_A_WORDS_BACKWARDS = re.compile(r"(?:\s+[\w'’-]+){0,3}\s+(?:n?[Aa]|en[Oo]|rehton[Aa])(?!\w)")


def _a_role(text: str, role: str) -> bool:
    r"""Whether ``re.search(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){0,3}" + role
    + r"\b", text)`` finds anything, for a role of letters: the article has an unnamed holder
    of the role. The role's pattern is not compiled (each article has its roles) and the text
    is read only where the role occurs."""
    size = len(text)
    reverse = None
    at = text.find(role)
    while at >= 0:
        end = at + len(role)
        if end == size or not (text[end].isalnum() or text[end] == "_"):
            if reverse is None:
                reverse = text[::-1]
            if _A_WORDS_BACKWARDS.match(reverse, size - at):
                return True
        at = text.find(role, at + 1)
    return False


# "the judge", "The prosecutor": a word after "the", not "the judge's"; the match ends after
# "the", so that "the the judge" still finds "the judge". What _the_roles finds for the
# article's roles, without compiling a pattern of them (about 0.5 ms each).
_THE_WORD = re.compile(r"[Tt](?<!\w[Tt])he\s+(?=(\w+)\b(?!['’]))")


def _the_roles(text: str, lo: int, hi: int, roles) -> list[tuple[int, str]]:
    """(offset of "the", role) for each "the <role>" of ``_THE_WORD.finditer(text, lo, hi)``
    whose word is one of ``roles`` (words of letters). Each role is looked for with str.find,
    which scans in C, and "the" before it then checked: the pattern would try every "t"."""
    found = []
    for role in roles:
        at = text.find(role, lo, hi)
        while at >= 0:
            end = at + len(role)
            the = at
            while the > lo and text[the - 1].isspace():
                the -= 1
            the -= 3  # the white space after "the", then "the" or "The" at a word's start
            if the < at - 3 and the >= lo and text[the + 1:the + 3] == "he" \
                    and text[the] in "Tt" and not (the > 0 and _word_char(text[the - 1])) \
                    and not (end < hi and (_word_char(text[end]) or text[end] in "'’")):
                found.append((the, role))
            at = text.find(role, at + 1, hi)
    found.sort()
    return found
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
# "[A-Z](?<!\w[A-Z])" is "\b[A-Z]" written so that the regex engine can skip ahead to a
# capital; the words are taken possessively (a space or a bracket follows each).
_SPELLED_OUT = re.compile(r"([A-Z](?<!\w[A-Z])[\w'’-]*+(?:\s+(?:of|and|for|the|on|&)?\s*"
                          r"[A-Z][\w'’-]*+)+)\s+\(([A-Z][A-Z&]{1,6}|[A-Z][a-z]{2,9})\)")
_NOT_INITIALS = {"of", "and", "for", "the", "on", "&", "in"}


def _initials(name: str) -> str:
    """`Competition and Markets Authority` -> `CMA`."""
    return "".join(w[0] for w in name.split() if w.lower() not in _NOT_INITIALS)


# A name's words are looked for where the name occurs: a pattern with the name in it would be
# compiled for each name, and tried at every word of the text, a tenth of a millisecond each.
_BOUNDARY = re.compile(r"\b")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’-]+[ \t]+")  # with the blanks after it
_SURNAME_END = re.compile(r"\b(?!['’]?\w)")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _title_cased(tokens: list[Token]) -> bool:
    """`Independent Venues Sue Stubline Over Exclusive Ticketing Deals`: a line whose longer
    words are all capitalised."""
    long = [t.text for t in tokens if t.kind == "w" and len(t.text) > 3
            and not t.text[:1].isdigit()]  # (a year: "Eyes 2027 Draft")
    return len(long) >= 3 and all(w[:1].isupper() for w in long)


def _capitalised_before(text: str, surname: str) -> list[tuple[int, str, int]]:
    r"""(start, words, end) of each match, as ``re.finditer`` gives them, of
    ``\b((?:[A-Z][\w'’-]+[ \t]+){1,2})`` + the surname + ``\b(?!['’]?\w)``: one or two
    capitalised words before the surname ("Liam Burke", "substitute Liam Burke")."""
    if not surname:  # every position is an occurrence: the pattern itself is as quick
        return [(m.start(1), m.group(1), m.end()) for m in re.finditer(
            r"\b((?:[A-Z][\w'’-]+[ \t]+){1,2})\b(?!['’]?\w)", text)]
    starts = set()  # where a match may start: in the one or two words before an occurrence
    at = text.find(surname)
    while at >= 0:
        end = at
        for _ in range(2):
            blank = end
            while blank > 0 and text[blank - 1] in " \t":
                blank -= 1
            if blank == end:
                break
            end = blank
            while end > 0 and (text[end - 1].isalnum() or text[end - 1] in "_'’-"):
                end -= 1
            starts.update(range(end, blank - 1))
        at = text.find(surname, at + 1)
    found = []
    last = 0
    for start in sorted(starts):
        if start < last or not _BOUNDARY.match(text, start):
            continue
        first = _CAPITALISED_WORD.match(text, start)
        if first is None:
            continue
        second = _CAPITALISED_WORD.match(text, first.end())
        for at in ((second.end(),) if second else ()) + (first.end(),):  # two words first
            if text.startswith(surname, at) and _SURNAME_END.match(text, at + len(surname)):
                last = at + len(surname)
                found.append((start, text[start:at], last))
                break
    return found


def _word_before(text: str, name: str) -> list[str]:
    r"""Group 1 of each match, as ``re.finditer`` gives them, of ``\b([A-Za-z]+)\.?\s+`` +
    the name + ``\b``: the word before the name ("Mr Whitby", "regulator Ofwat")."""
    if not name:
        return [m.group(1) for m in re.finditer(r"\b([A-Za-z]+)\.?\s+\b", text)]
    found = []
    last = 0
    at = text.find(name)
    while at >= 0:
        blank = at
        while blank > 0 and text[blank - 1].isspace():
            blank -= 1
        end = blank - 1 if blank > 0 and text[blank - 1] == "." else blank
        start = end
        while start > 0 and text[start - 1] in _ASCII_LETTERS:
            start -= 1
        if blank < at and last <= start < end and _BOUNDARY.match(text, start) \
                and _BOUNDARY.match(text, at + len(name)):
            found.append(text[start:end])
            last = at + len(name)
        at = text.find(name, at + 1)
    return found


def _last_word(run: str) -> str:
    # _OWNER strips only words before the last one: a run's last word is its body's
    return run.rsplit(None, 1)[-1]


def _first_name_like(word: str) -> bool:
    low = word.lower().rstrip(".")
    return not (word in NOT_NAMES or low in HONORIFICS or low in TITLE_WORDS or role_word(low)
                or word in OPENING_CONJUNCTIONS or low in DETERMINERS or word in COUNTRIES
                or word in DEMONYMS or word in ORG_WORDS or word.endswith(_POSSESSIVE)
                or word.isupper()
                or BASED_IN.fullmatch(word) is not None)  # "JSE-listed Thaba"


def _similar(a: str, b: str) -> bool:
    """First names that are spellings of one name: Vitali / Vitaly, Mohammed / Muhammad."""
    if a == b:
        return True
    if len(a) < 3 or len(b) < 3:
        return a[0] == b[0] and (len(a) <= 2 or len(b) <= 2)  # initials: "V. Churkin"
    return a[:3].lower() == b[:3].lower() and abs(len(a) - len(b)) <= 2


def _subject_names(tokens: list[Token]) -> list[Speaker]:
    """People named as the subject that opens a sentence: `Simone Adeyemi of Bernstein was ...`.

    Two to four name words, none a title, place or organisation word, followed by a lower-case
    word, a comma or "of": the shape of a person's name in subject position. Also a name
    after a comma that "who" or "whose" describes.
    """
    found = []
    starts = [0] + [n + 1 for n, t in enumerate(tokens) if t.kind == "s"]
    for j in [n for n, t in enumerate(tokens) if t.text == "," and 0 < n < len(tokens) - 2]:
        # "In Hebden Bridge, Jo Pickering, whose cafe ...,", "attacked Marcus Webb, 24,": a
        # name that "who" describes or that has an age; "Megan Hartley, a 34-year-old nurse
        # from Denver,": a name that a person's role describes
        if not (tokens[j + 1].lower in {"who", "whose"} or (
                tokens[j + 1].text.isdigit() and tokens[j + 2].text == ",")
                or tokens[j + 1].lower in {"a", "an"} and _personal_apposition(tokens, j)):
            continue
        span = phrase_before(tokens, j)
        named = read_speaker(tokens, *span) if span else None
        if named is not None and named.kind == "person" and 2 <= len(named.name.split()) <= 3 \
                and not any(w in NOT_NAMES for w in named.name.split()) \
                and not (tokens[j + 1].lower == "whose" and span[0] > 0
                         and tokens[span[0] - 1].lower in PREPOSITIONS | {"and", "or"}):
            # (not "protests from Sindh and Khyber Pakhtunkhwa, whose representatives walked
            # out": after a preposition or "and", "whose" more often describes a place)
            found.append(named)
    for i in starts:
        j = i
        while j < len(tokens) and tokens[j].kind == "w" and (
                is_cap(tokens[j].text) or tokens[j].lower in PARTICLES):
            j += 1
        if j >= len(tokens) or any(t.text in NOT_NAMES or t.lower in PREPOSITIONS
                                   for t in tokens[i:j]) or tokens[i].text in _SAINTS:
            continue  # (a place named for a saint: "St Kitts and Nevis launched ...")
        if j - i == 1 and j + 2 < len(tokens) and tokens[j].text == "," \
                and tokens[j + 1].text.isdigit() and tokens[j + 2].text == ",":
            # "Maya, 27, a nurse": a first name with an age is a person.
            found.append(Speaker(tokens[i].text, tokens[i].start, tokens[i].end, "person"))
            continue
        if not 2 <= j - i <= 4:
            continue
        nxt = tokens[j]
        if nxt.text == "," and j + 1 < len(tokens) and tokens[j + 1].lower == "which" \
                or tokens[i].lower in ORG_NOMINALS or tokens[i].lower in ORG_NOUNS:
            # "Helion Orbital, which has ...", "Airline Norvia cancelled ...": a body
            continue
        after = j
        while after < len(tokens) and after - j < 3 and (role_word(tokens[after].lower)
                                                          or group_word(tokens[after].lower)):
            after += 1
        if after > j and after < len(tokens) and is_cap(tokens[after].text):
            continue  # "Denton Vale manager Paul Ferris", "Liberal Democrat group leader Cllr"
        after = j
        while after < min(len(tokens), j + 4) and tokens[after].kind == "w" \
                and tokens[after].text.islower() and tokens[after].lower not in CLAUSE_MARKERS:
            after += 1
        if after > j + 1 and after < len(tokens) and is_cap(tokens[after].text) \
                and role_word(tokens[after - 1].lower):
            continue  # "South Cotabato provincial tourism officer Rey Tutin", "Te Parawhau hapū
            # representative Mereana Te Whata": the run says whose officer
        if not (nxt.text == "," or nxt.kind == "w" and not is_cap(nxt.text)):
            continue
        while i < j and (tokens[i].lower.rstrip(".") in HONORIFICS
                         or tokens[i].text in OPENING_CONJUNCTIONS):
            i += 1
        # "Texas Gov. Greg Abbott", "Grazier Col Mahony", "Fisherman Tom Reed": the name
        # starts after a title or an occupation (no given name) inside the run
        i = max([n + 1 for n in range(i, j - 2) if tokens[n].lower.rstrip(".") in HONORIFICS
                 or tokens[n].lower in TITLE_WORDS or n == i and occupation(tokens[n])],
                default=i)
        if person_like(list(tokens[i:j])) and tokens[i].lower not in DETERMINERS:
            found.append(Speaker(_join_tokens(tokens[i:j]), tokens[i].start, tokens[j - 1].end,
                                 "person"))
    return found


def _office(name: str) -> bool:
    """Whether a capitalised "name" is an office: "Transport Secretary", "Education Minister",
    "Prime Minister"."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in TITLE_WORDS \
        and all(w in PORTFOLIOS or w.lower() in TITLE_WORDS for w in words[:-1])


def _title_head(words: list[str]) -> str:
    """The word a title is a kind of: "judge" in "superior court judge", "minister" in
    "minister of electricity and renewable energy", "ambassador" in "ambassador extraordinary
    and plenipotentiary of ..."."""
    if words[1:4] == ["extraordinary", "and", "plenipotentiary"]:
        words = words[:1] + words[4:]  # the formal style of an envoy, not the kind
    cut = next((n for n, w in enumerate(words) if w in {"of", "for", "to", "in", "at"} and n > 0),
               len(words))  # ("police spokesman in the region", "lecturer at the university")
    return words[cut - 1] if role_word(words[cut - 1]) else words[-1]


def _body_title(title: str | None) -> bool:
    """Whether a "title" describes a body: "a family-owned company based in Sioux City"
    (not "chief executive of the company", "company spokesman")."""
    if not title:
        return False
    words = _TITLE_END.split(title)[0].split()
    return bool(words) and words[-1].lower() in ORG_NOMINALS


def _personal_apposition(tokens: list[Token], comma: int) -> bool:
    """Whether the apposition after ``comma`` names a person's role: `, a 34-year-old nurse
    from Denver,` (not `, a Lima-based company,`)."""
    words = (apposition_after(tokens, comma) or "").split()
    head = next((w for w in reversed(words[:next((n for n, w in enumerate(words)
                                                  if w.lower() in PREPOSITIONS), len(words))])),
                "").lower()
    return role_word(head) and head not in ORG_NOMINALS and head not in ORG_NOUNS


_PREPOSITIONS_OR_OPENERS = frozenset(PREPOSITIONS | _OPENERS)


def _subject_bodies(tokens: list[Token]) -> list[Speaker]:
    """Groups, bodies and unnamed people as the subject that opens a sentence: `Council members
    disagreed.`, `Researchers at the University of Leeds found ...`, `Egypt's foreign ministry
    responded`, `The chief executive of another group was more cautious.`: the phrase up to
    its verb."""
    found = []
    for i in [0] + [n + 1 for n, t in enumerate(tokens) if t.kind == "s"]:
        i = _after_dateline(tokens, i, len(tokens))  # "NEW YORK, March 4 (Reuters) - ..."
        while i < len(tokens) and tokens[i].text in OPENING_CONJUNCTIONS:
            i += 1
        if i < len(tokens) and tokens[i].lower in _PREPOSITIONS_OR_OPENERS:
            # "Outside the courthouse, about a dozen members of a cycling club wore ...": the
            # subject comes after the opening phrase
            comma = next((n for n in range(i + 1, min(len(tokens), i + 12))
                          if tokens[n].text == "," or tokens[n].kind in "sq"), None)
            if comma is None or tokens[comma].text != "," or comma + 1 < len(tokens) \
                    and tokens[comma + 1].lower in {"a", "an"} and is_cap(tokens[comma - 1].text):
                continue  # ("For Anil Pillai, a 46-year-old engineer, ...": his apposition)
            i = comma + 1
        while i < len(tokens) and tokens[i].lower in ROUGHLY:
            i += 1  # "about a dozen members of a cycling club"
        j = i
        while j < len(tokens) and (np_word(tokens[j]) and tokens[j].lower not in PRONOUNS
                                   or j > i and (_modifies_noun(tokens, j)
                                                 or _joins_names(tokens, j))):
            j += 1  # (and "One veteran teacher": a modifier the vocabulary lacks, then a role;
            # "Norfolk Fire and Rescue Service": "and" inside a name)
        # (past its initials: "The Centre for Independent Journalism (CIJ) condemned")
        k = j + 3 if bracketed_at(tokens, j, len(tokens)) else j
        if j == i or k >= len(tokens) or not (tokens[k].kind == "w" and not is_cap(tokens[k].text)
                                              or tokens[k].text == ","):
            continue  # (a comma: "Thames Water, the largest company, was ...")
        end = j
        if any(t.lower in PREPOSITIONS for t in tokens[i:j]):
            # "The chief executive of another private hospital group was more cautious": after
            # a preposition the phrase runs on to the verb, if one comes soon
            verb = next((k for k in range(j, min(len(tokens), j + 6))
                         if tokens[k].kind != "w" or tokens[k].lower in _FINITE
                         or tokens[k].lower in CLAUSE_MARKERS), None)
            if verb is not None and tokens[verb].lower in _FINITE:
                end = verb
        while end > i and tokens[end - 1].lower in DETERMINERS_OR_PREPOSITIONS:
            end -= 1  # "members of a cycling club": words the vocabulary lacks end the phrase
        body = read_speaker(tokens, i, end) if end > i else None
        if body is not None and body.kind == "organisation" and body.name.islower() \
                and end + 1 < len(tokens) and tokens[end].text == "," \
                and tokens[end + 1].lower == "who":
            body.kind = "nominal"  # "An operator at the plant, who ...": a person
        if body is not None and body.kind in {"group", "organisation", "country", "nominal",
                                              "person"}:
            found.append(body)  # (a "person" may be a body the article has named as one)
    return found


def _modifies_noun(tokens: list[Token], j: int) -> bool:
    """Whether the lower-case word at ``j`` modifies the role or group word after it: "veteran"
    in "One veteran teacher", "elderly" in "elderly residents"."""
    t = tokens[j]
    return j + 1 < len(tokens) and t.kind == "w" and t.text.isalpha() and t.text.islower() \
        and t.lower not in CLAUSE_MARKERS and t.lower not in _FINITE and not _is_cue(t) \
        and (role_word(tokens[j + 1].lower) or group_word(tokens[j + 1].lower))


def _possessive_owner_name(tokens: list[Token], k: int, i: int) -> str | None:
    """The capitalised owner in `Age UK's charity director`, looking in ``tokens[k:i]``."""
    p = next((n for n in range(k, i) if tokens[n].text[:1].isupper()
              and tokens[n].lower.endswith(_POSSESSIVE)), None)
    return owner_before(tokens, p) if p is not None else None


def _former(title: str) -> bool:
    return "former" in title.lower().split() or title.lower().startswith("ex-")


def _join_tokens(words: list[Token]) -> str:
    return " ".join(w.text for w in words)


@lru_cache(maxsize=1 << 16)
def _may_title(low: str) -> bool:
    return role_word(low) or low.rstrip(".") in HONORIFICS or low in _KIN


class _TitleWords(dict):
    """``_may_title`` of each word asked, kept: a dict's lookup in a comprehension costs less
    than a call of the cached function, and it is asked of every word of every paragraph."""

    def __missing__(self, low: str) -> bool:
        if len(self) >= 1 << 16:  # bounded as the cache it replaces: a corpus's vocabulary grows
            self.clear()
        found = self[low] = _may_title(low)
        return found


_MAY_TITLE = _TitleWords()


# What a person's reported words open with, and a body's never do.
_HE_OR_SHE = re.compile(r"(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")
# A name of two to four capitalised words ending a lower-case role: "director of finance
# Priya Chaudhry".
_TITLED_NAME_END = re.compile(r"(?<=[a-z] )(?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+$")
# A listener's name just before: "told District Judge ", "tells ".
_TOLD = re.compile(r"\b(?:told|tells|telling)\s+(?:[A-Z][\w.'’-]*\s+)*$")


def _members_body(rest: str) -> bool:
    """Whether what a longer name adds to a body's starts with a plural possessive: the
    "Ospreys Supporters' Trust" is not the Ospreys, nor the "USP Students’ Association" USP."""
    return rest.split()[0].endswith(("'", "’"))


def _before_officer(name: str) -> str:
    """`Sahel Airways Chief Executive Officer Khaled Al-Roumi` -> `Sahel Airways`: a body's name
    ends where its officer's title and name begin."""
    words = name.split()
    titled = next((n for n in range(1, len(words) - 2) if words[n].lower() in TITLE_WORDS
                   and all(w[:1].isupper() and w not in ORG_WORDS and w.lower() not in TITLE_WORDS
                           for w in words[-2:])), None)
    return name if titled is None else " ".join(words[:titled])


def _listed_portfolio(tokens: list[Token], i: int) -> int | None:
    """Where the name after "Minister for Industry, Business and Financial Affairs" ends, the
    title being at ``i``: a portfolio, perhaps listed with commas and "and", then a name."""
    j = i + 1
    if j + 3 >= len(tokens) or tokens[j].lower != "for" or not is_cap(tokens[j + 1].text):
        return None
    j += 1
    start, joined, comma = j, False, False
    while j + 1 < len(tokens) and (tokens[j].text in {",", "and", "&"} and is_cap(tokens[j + 1].text)
                                   or tokens[j].kind == "w" and is_cap(tokens[j].text)):
        joined = joined or tokens[j].text in {"and", "&"}
        comma = comma or tokens[j].text == ","
        j += 1
    # ("the Minister for Health, Mary Byrne, said": an apposition, which the caller reads;
    # "Minister of State for Petroleum Ali Raza Gondal": where the name starts is the
    # reader's to say)
    return j if (joined or not comma and j - start == 3) and person_like(tokens[j - 2:j]) \
        else None


def _titled_names(tokens: list[Token]) -> list[Speaker]:
    """People the article introduces with a title or honorific: `envoy Staffan de Mistura`,
    `its chairman, Sir Alan Pryce,`, `Ms Donnelly`, `his widow, Maureen Whitby,`."""
    found = []
    i = 0
    # Few words may be titles: the loop below starts only at them (from where the last
    # title's name ended) instead of stepping every token, and skips what it always skipped.
    may = _MAY_TITLE
    for at in [n for n, t in enumerate(tokens) if t.kind == "w" and may[t.lower]]:
        if at < i:
            continue
        i = at
        t = tokens[i]
        if t.text[:1].isupper() and not (
                t.lower in TITLE_WORDS or t.lower.rstrip(".") in HONORIFICS or t.lower in _KIN):
            # a capitalised word is a title only if it is known as one: "In Johor Baru" is
            # a place, whatever its ending
            continue
        kin = t.lower in _KIN and i + 2 < len(tokens) and tokens[i + 1].text == ","
        titled = role_word(t.lower) or t.lower.rstrip(".") in HONORIFICS or kin
        title = owner = None
        comma = i + 1
        listed = _listed_portfolio(tokens, i) if titled and t.text[:1].isupper() else None
        if listed:
            comma = i  # no apposition: the portfolio's commas are its list's
        elif titled and comma < len(tokens) and tokens[comma].lower in {"for", "of", "to", "in"}:
            # "Cyprus' deputy minister for migration, Andreas Christodoulides,", "Russia's
            # ambassador in Budapest, Yevgeny Stanko,": the portfolio or posting is part of the
            # title
            comma = next((n for n in range(comma + 1, min(comma + 5, len(tokens)))
                          if tokens[n].kind != "w"), comma)
        if titled and comma + 1 < len(tokens) and tokens[comma].text == "," \
                and (t.lower in TITLE_WORDS or kin or t.lower.endswith("ist")
                     or "-" in t.lower and role_word(t.lower)):  # ("its vice-president, X,")
            k = i  # "its Conservative chairman, Sir Alan Pryce,": the title is before the comma
            while k > 0 and tokens[k - 1].kind == "w" and tokens[k - 1].lower not in DETERMINERS \
                    and not tokens[k - 1].lower.endswith(_POSSESSIVE) and k > i - 3:
                k -= 1
            while k > 0 and (tokens[k - 1].lower in DETERMINERS
                             or tokens[k - 1].lower.endswith(_POSSESSIVE)):
                k -= 1
            # "In a letter to the judge, Mottram wrote": after a preposition the title is
            # someone else's
            if k == 0 or tokens[k - 1].lower not in PREPOSITIONS:
                title = _join_tokens([t for t in tokens[k:comma] if t.lower not in DETERMINERS
                                      and not t.lower.endswith(_POSSESSIVE)])
                owner = _possessive_owner_name(tokens, k, i)
            i = comma
        if titled and i + 1 < len(tokens):
            j = i + 1
            if tokens[j].lower == "to" and j + 2 < len(tokens) and tokens[j + 1].text in COUNTRIES:
                j += 2  # "Russian Ambassador to Hungary Yevgeny Stanislavov": the posting first
            elif listed:
                j = max(i + 1, listed - 3)
            while j < len(tokens) and tokens[j].kind == "w" and (
                    is_cap(tokens[j].text) or tokens[j].lower in PARTICLES):
                j += 1
            if j > i + 1:
                # "President Donald Trump's decision": the owner is named all the same
                words = tokens[:j - 1] + [_owner_token(tokens[j - 1])]
                span = phrase_before(words, j)
                speaker = read_speaker(words, *span) if span else None
                if speaker and speaker.kind == "person" and speaker.name not in NOT_NAMES:
                    speaker.title = speaker.title or title
                    if title and not kin:  # "Oliver's mother" is family, not affiliation
                        speaker.affiliation = speaker.affiliation or owner
                    found.append(speaker)
            i = j
        else:
            i += 1
    return found
