"""The structure stage: a page's parts told apart, and only the article read."""

from __future__ import annotations

import itertools

import pytest

from briefgen.models import Document
from briefgen.structure import build_profile, extraction_view, structure_document
from briefgen.structure.copies import find_copies
from briefgen.structure.model import speaker_name


def _doc(text: str, *, title: str = "", fmt: str = "txt", doc_id: str = "a.txt") -> Document:
    return Document(id=doc_id, source=doc_id, format=fmt, text=text, title=title)  # type: ignore[arg-type]


def _kinds(doc: Document) -> dict[str, str]:
    """Each block's text -> its kind."""
    return {doc.text[b.start : b.end]: b.kind for b in structure_document(doc).blocks}


PAGE = """Mayor Opens New Bridge

By Jane Smith
March 3, 2021

The new bridge was opened by the mayor on Tuesday after three years of work.
The bridge cost 40 million dollars, officials said.
Workers cross the river on the bridge at dawn
Page last updated at 07:43 GMT, Wednesday, 3 March 2021
YES | NO
Related article: Mayor wins a second term
Born: May 1, 1960, Springfield Party: Green Party
503 Service Unavailable
"""


def test_a_page_splits_into_headline_byline_dateline_body_caption_and_furniture() -> None:
    kinds = _kinds(_doc(PAGE, title="Mayor Opens New Bridge"))
    assert kinds["Mayor Opens New Bridge"] == "headline"
    assert kinds["By Jane Smith"] == "byline"
    assert kinds["March 3, 2021"] == "dateline"
    assert kinds["The bridge cost 40 million dollars, officials said."] == "body"
    assert kinds["Workers cross the river on the bridge at dawn"] == "caption"
    for furniture in (
        "Page last updated at 07:43 GMT, Wednesday, 3 March 2021",
        "YES | NO",
        "Related article: Mayor wins a second term",
        "Born: May 1, 1960, Springfield Party: Green Party",
        "503 Service Unavailable",
    ):
        assert kinds[furniture] == "furniture", furniture


def test_blocks_cover_the_text_in_order_without_rewriting_it() -> None:
    doc = _doc(PAGE, title="Mayor Opens New Bridge")
    blocks = structure_document(doc).blocks
    assert all(a.end <= b.start for a, b in itertools.pairwise(blocks))
    covered = {i for b in blocks for i in range(b.start, b.end)}
    assert all(ch.isspace() for i, ch in enumerate(doc.text) if i not in covered)


def test_only_body_is_left_in_the_text_the_extractors_read() -> None:
    doc = _doc(PAGE, title="Mayor Opens New Bridge")
    view = extraction_view(doc.text, structure_document(doc).blocks)
    assert len(view) == len(doc.text)
    assert "bridge was opened by the mayor" in view
    for gone in ("Jane Smith", "Workers cross", "Page last updated", "YES | NO", "Springfield"):
        assert gone not in view


def test_a_caption_glued_to_the_next_sentence_is_cut_off() -> None:
    text = (
        "Talks resume in Vienna\n"
        "Diplomats met on Monday to restart the talks.\n"
        "Envoys arrive at the palace on Monday morning The talks are expected to last a week.\n"
    )
    doc = _doc(text, fmt="jsonl", title="Talks resume in Vienna")
    kinds = _kinds(doc)
    assert kinds["Envoys arrive at the palace on Monday morning"] == "caption"
    assert kinds["The talks are expected to last a week."] == "body"
    # the caption cannot run into the lede: a line break ends the blanked span
    view = extraction_view(text, structure_document(doc).blocks)
    assert "Envoys" not in view
    assert view[: view.index("The talks are expected")].rstrip(" ").endswith("\n")


def test_a_headline_glued_to_the_lede_on_the_first_line() -> None:
    text = (
        "Jackson death was 'not suspicious' Medical experts say they are not treating "
        "the death as suspicious.\nTests could take several weeks.\n"
    )
    kinds = _kinds(_doc(text, fmt="jsonl", title=text.splitlines()[0]))
    assert kinds["Jackson death was 'not suspicious'"] == "headline"
    assert kinds["Medical experts say they are not treating the death as suspicious."] == "body"


def test_a_name_inside_a_sentence_is_not_a_glue() -> None:
    text = "Sanctions\nA spokesman for the Los Angeles Police Department said the case was open.\n"
    kinds = _kinds(_doc(text))
    assert kinds[text.splitlines()[1]] == "body"


def test_transcript_turns_carry_their_speaker_label() -> None:
    text = (
        "COOPER: Welcome back. The talks in Vienna resumed today.\n"
        "MOHAMED ELBARADEI (through translator): We are ready to cooperate fully.\n"
        "COOPER: Will inspectors be allowed in?\n"
        "MOHAMED ELBARADEI (through translator): Yes, they will be allowed in.\n"
        "Inspectors could start next month.\n"
    )
    structure = structure_document(_doc(text))
    assert structure.turn_at(text.index("We are ready")) == "MOHAMED ELBARADEI (through translator)"
    assert structure.turn_at(text.index("Will inspectors")) == "COOPER"
    # a line after a turn continues it
    assert (
        structure.turn_at(text.index("Inspectors could"))
        == "MOHAMED ELBARADEI (through translator)"
    )
    view = extraction_view(text, structure.blocks)
    assert "COOPER" not in view and "We are ready to cooperate fully." in view


def test_an_editorial_note_is_not_a_transcript() -> None:
    text = "CLARIFICATION: The first sentence was clarified.\nThe party met on Monday.\n"
    structure = structure_document(_doc(text))
    assert all(b.kind != "transcript" for b in structure.blocks)


def test_reader_comments_around_a_comment_policy() -> None:
    text = (
        "Flu vaccine trials begin\n"
        "Trials of a vaccine began in Australia on Wednesday, officials said.\n"
        "The first results are expected in September.\n"
        "Doctors said the vaccine appeared safe.\n"
        "you people never learn, the vaccine is poison!\n"
        "We welcome comments that advance the story.\n"
        "Views expressed in the comments do not represent ours.\n"
    )
    kinds = _kinds(_doc(text))
    assert kinds["you people never learn, the vaccine is poison!"] == "comment"
    assert kinds["Doctors said the vaccine appeared safe."] == "body"
    assert kinds["We welcome comments that advance the story."] == "furniture"


def test_comments_after_a_late_have_your_say_box() -> None:
    text = (
        "Swine flu reaches Europe\n"
        "Spain confirmed the first case in Europe on Monday.\n"
        "The patient had returned from Mexico last week.\n"
        "Officials said he was recovering in hospital.\n"
        "Have your say\n"
        "I think the borders should be closed at once.\n"
    )
    kinds = _kinds(_doc(text))
    assert kinds["I think the borders should be closed at once."] == "comment"
    assert kinds["Officials said he was recovering in hospital."] == "body"


def test_live_page_entries_have_their_own_time() -> None:
    text = (
        "Live: flu outbreak\n"
        "12:45 GMT The WHO raised its alert level to phase five.\n"
        "13:10 GMT Mexico closed its schools for another week.\n"
    )
    blocks = structure_document(_doc(text)).blocks
    headers = [(b.time, text[b.start : b.end].strip()) for b in blocks if b.kind == "live_header"]
    assert headers == [("12:45 GMT", "12:45 GMT"), ("13:10 GMT", "13:10 GMT")]
    bodies = [text[b.start : b.end] for b in blocks if b.kind == "body"]
    assert "The WHO raised its alert level to phase five." in bodies


def test_a_wire_dateline_is_cut_from_the_lede() -> None:
    text = "Virus study\nHONG KONG (Reuters) - Scientists found a compound that stops the virus.\n"
    kinds = _kinds(_doc(text))
    assert kinds["HONG KONG (Reuters) -"] == "dateline"
    assert kinds["Scientists found a compound that stops the virus."] == "body"


def test_a_line_recurring_across_the_corpus_is_furniture() -> None:
    promo = "The pun - ancient artform, or the lowest form of wit?"
    docs = [
        _doc(f"Story {i}\nThe court met on day {i} of the trial.\n{promo}\n", doc_id=f"{i}.txt")
        for i in range(12)
    ]
    profile = build_profile(docs)
    kinds = {
        docs[0].text[b.start : b.end]: b.kind for b in structure_document(docs[0], profile).blocks
    }
    assert kinds[promo] == "furniture"
    assert kinds["The court met on day 0 of the trial."] == "body"
    # without the corpus, the same line is an ordinary question
    assert _kinds(docs[0])[promo] == "body"


def test_copies_are_counted_once() -> None:
    story = " ".join(
        f"Officials in city number {i} reported new cases of the flu on Monday." for i in range(30)
    )
    original = _doc(story, doc_id="wire.txt")
    copy = Document(
        id="outlet.txt",
        source="outlet.txt",
        format="txt",
        text=story + " The outlet added one line of its own.",
        title="",
        publisher="Outlet News",
    )
    other = _doc("A different story about the weather in spring, with rain and wind.", doc_id="o")
    found = find_copies([original, copy, other])
    assert [d.id for d in found.kept] == ["wire.txt", "o"]
    assert [c.id for c in found.copies["wire.txt"]] == ["outlet.txt"]


def test_a_speaker_label_reads_as_a_name() -> None:
    assert speaker_name("MOHAMED ELBARADEI (through translator)") == "Mohamed Elbaradei"
    assert speaker_name("COOPER") == "Cooper"


def test_an_unresolved_i_in_a_transcript_turn_is_the_turn_s_speaker() -> None:
    from dataclasses import replace

    from briefgen.extract.run import extract_documents

    text = (
        "Iran talks\n\n"
        "COOPER: Welcome back. The talks in Vienna resumed today after a week of delays.\n"
        "MOHAMED ELBARADEI (through translator): I believe that Iran will allow the "
        "inspectors in next month.\n"
    )
    doc = _doc(text, title="Iran talks")
    doc = replace(doc, date="2009-06-01", date_source="stated")
    doc = replace(doc, blocks=structure_document(doc).blocks)
    positions = extract_documents([doc]).extractions[0].positions
    said = [p for p in positions if "allow the inspectors" in p.text]
    assert [p.speaker for p in said] == ["Mohamed Elbaradei"]
    # the speaker label itself is never read as text
    assert not any("COOPER" in p.text or "ELBARADEI" in p.text for p in positions)


def test_a_line_introducing_a_quotation_stays_in_the_body() -> None:
    text = (
        "Senator speaks\n\n"
        "The senator spoke to reporters on Monday about the budget.\n"
        "He said:\n"
        '"We will not vote for this budget."\n'
    )
    assert _kinds(_doc(text))["He said:"] == "body"


def test_a_quotation_ending_a_sentence_is_not_a_glued_caption() -> None:
    text = (
        "Debate\n\n"
        "The race tightened on Monday after the first debate between the candidates.\n"
        "Clinton says the tweets are \u201cunhinged, even for him.\u201d She says he is unfit.\n"
    )
    kinds = _kinds(_doc(text))
    assert kinds[text.splitlines()[3]] == "body"


def test_a_live_page_headed_by_bare_times() -> None:
    text = (
        "The Latest: the campaign\n\n"
        "2:45 p.m.\n"
        "The candidate arrived in Ohio for a rally with supporters.\n"
        "2 p.m.\n"
        "The campaign released a new advertisement on television.\n"
    )
    blocks = structure_document(_doc(text)).blocks
    assert [b.time for b in blocks if b.kind == "live_header"] == ["2:45 p.m.", "2 p.m."]


def test_two_reports_sharing_background_are_not_copies() -> None:
    shared = " ".join(f"Background sentence number {i} about the outbreak." for i in range(15))
    one = _doc(shared + " " + " ".join(f"Today officials in town {i} met." for i in range(15)))
    two = Document(
        id="b.txt",
        source="b.txt",
        format="txt",
        text=shared + " " + " ".join(f"Later doctors in clinic {i} spoke." for i in range(15)),
        title="",
    )
    assert [d.id for d in find_copies([one, two]).kept] == ["a.txt", "b.txt"]


def test_a_page_read_twice_is_one_source_beside_reports_sharing_background() -> None:
    from dataclasses import replace

    shared = " ".join(
        f"The background sentence number {i} is about the outbreak." for i in range(15)
    )
    own = " ".join(f"Today the officials in the town of {i} met at noon." for i in range(15))
    later = " ".join(f"Later the doctors at the clinic of {i} spoke to us." for i in range(15))
    one = replace(_doc(shared + " " + own), sha1="h1")
    again = replace(_doc(one.text, doc_id="again.txt"), sha1="h1")
    other = replace(_doc(shared + " " + later, doc_id="b.txt"), sha1="h2")
    found = find_copies([one, again, other])
    assert [d.id for d in found.kept] == ["a.txt", "b.txt"]
    assert {k: [d.id for d in v] for k, v in found.copies.items()} == {"a.txt": ["again.txt"]}


def test_an_edited_copy_is_found_beside_reports_sharing_background() -> None:
    from dataclasses import replace

    shared = " ".join(
        f"The background sentence number {i} is about the outbreak." for i in range(15)
    )
    own = " ".join(f"Today the officials in the town of {i} met at noon." for i in range(15))
    later = " ".join(f"Later the doctors at the clinic of {i} spoke to us." for i in range(15))
    one = replace(_doc(shared + " " + own), sha1="h1")
    edited = replace(
        _doc(one.text + " The outlet added one line of its own.", doc_id="c.txt"), sha1="h3"
    )
    other = replace(_doc(shared + " " + later, doc_id="b.txt"), sha1="h2")
    found = find_copies([one, other, edited])
    assert [d.id for d in found.kept] == ["a.txt", "b.txt"]
    assert [d.id for d in found.copies["a.txt"]] == ["c.txt"]


def test_a_photo_credit_glued_to_the_lede_is_a_caption() -> None:
    text = (
        "Flu at school\n\n"
        "Pupils leave the school gates on Monday afternoon after the closure.\n"
        "Photograph: Carl de Souza/AFP/Getty Images Two new cases of swine flu have been "
        "diagnosed in the UK, the health secretary said.\n"
        "This article appeared on p28 of the Main section of the paper on Monday 27 April 2009.\n"
    )
    kinds = _kinds(_doc(text))
    assert kinds["Photograph: Carl de Souza/AFP/Getty Images"] == "caption"
    assert (
        kinds[
            "Two new cases of swine flu have been diagnosed in the UK, the health secretary said."
        ]
        == "body"
    )
    assert kinds[text.splitlines()[4]] == "furniture"


def test_a_glued_credit_ends_where_names_end_not_inside_the_lede() -> None:
    # The lede may open with capitals too: a word of grammar, a dateline or a bullet is no
    # part of a photographer's or agency's name.
    cases = {
        "Photograph: PA Two Britons have caught the flu, officials said.": "Photograph: PA",
        "Photograph: Ann Lee/AFP/Getty Images Since The World Health Organisation acted, "
        "cases rose.": "Photograph: Ann Lee/AFP/Getty Images",
        "Photograph: Ann Lee/AP Barack Obama signed the order on Monday.": "Photograph: Ann Lee/AP",
        "Credit: Reuters/City Sun/Ann Lee LAS VEGAS (Reuters) - Officials met on Monday.": (
            "Credit: Reuters/City Sun/Ann Lee"
        ),
    }
    for line, credit in cases.items():
        kinds = _kinds(_doc(f"Flu at school\n\nPupils leave the school gates.\n{line}\n"))
        assert kinds[credit] == "caption", line


LIVE_BLOG = """Debate night live

The seven candidates met on the stage in Manchester on Saturday night for the last debate.

12 postsGet WidgetFAQSign in3 people listening  + FollowSharePost comment as...OldestAna
Reyes 5ptsmoderatorFeaturedFebruary 6, 2016 10:19PMOpening words
Ana Reyes FlagShareLikeReplyTom Wu 5ptsmoderatorFeaturedFebruary 6, 2016 10:14PMClosing words
The governor said in his closing words that he would stay in the race.
TOM WU via Picture Agency.
A candidate greets supporters at a rally on February 5, 2016 in Nashua, New Hampshire.
"""


def test_live_blog_widgets_and_an_agency_caption_are_not_read() -> None:
    doc = _doc(LIVE_BLOG, title="Debate night live")
    view = extraction_view(doc.text, structure_document(doc).blocks)
    assert "he would stay in the race" in view and "last debate" in view
    for gone in (
        "postsGet",
        "Opening words",
        "FlagShareLikeReply",
        "Closing words",
        "TOM WU",
        "greets supporters",
    ):
        assert gone not in view


def test_a_wire_sign_off_listing_many_reporters_is_a_byline_not_body() -> None:
    sign_off = (
        "(Additional reporting by Jo Roe and Al Doe in Lima, Ann Poe and Ed Moe in Quito "
        "and Bo Loe in Cusco, Peru; Writing by Cy Hoe; Editing by Di Koe, Eve Zoe and Fay Yoe.)"
    )
    text = (
        "Mayor Opens New Bridge\n\nThe new bridge was opened by the mayor on Tuesday.\n"
        "Reporting by the local paper showed that the work ran late by three years.\n"
        f"{sign_off}\n"
    )
    kinds = _kinds(_doc(text, title="Mayor Opens New Bridge"))
    assert kinds[sign_off] == "byline"
    # a sentence opening with "Reporting by" is the story's
    assert kinds["Reporting by the local paper showed that the work ran late by three years."] == (
        "body"
    )


def test_a_reporter_s_follow_line_hand_over_and_dateline_byline_are_bylines() -> None:
    follow = "Follow Jo Roe on Twitter @joroe."
    hand_overs = (
        "Wirex reporter Jo Roe reports from Lima.",
        "The Wirex's Jo Roe reports.",
        "From Lima, Jo Roe reports.",
        'Jo Roe reports on the "long wait" for the bridge and its opening.',
    )
    quoted = "The work ran late by three years, says the Wirex's Jo Roe in Lima."
    text = (
        "Mayor Opens New Bridge\n\nFrom Jo Roe in Lima\n\n"
        "The new bridge was opened by the mayor on Tuesday, Ana Vela said.\n"
        f"{quoted}\n" + "\n".join(hand_overs) + f"\n{follow}\n"
    )
    doc = _doc(text, title="Mayor Opens New Bridge")
    kinds = _kinds(doc)
    for line in ("From Jo Roe in Lima", follow, *hand_overs):
        assert kinds[line] == "byline", line
    # the correspondent quoted as a source stays in the story, and so do sentences that
    # merely hold "reports", a date after "From" or a time after "By"
    assert kinds[quoted] == "body"
    view = extraction_view(doc.text, structure_document(doc).blocks)
    assert view.count("Jo Roe") == 1
    for sentence in (
        "Ana Vela reports that the bridge is late.",
        "The council said Jo Roe reports to the mayor.",
        "By Monday, the mayor had resigned.",
    ):
        page = f"Mayor Opens New Bridge\n\nThe bridge opened on Tuesday.\n{sentence}\n"
        assert _kinds(_doc(page, title="Mayor Opens New Bridge"))[sentence] == "body"


def test_an_anchor_s_hand_over_run_into_the_introducing_paragraph_is_cut_off() -> None:
    """A broadcast transcript's anchor introduces the report and hands over in the same
    paragraph; the hand-over (a title's full stop inside it) is the newsroom's, not news."""
    intro = "The mayor met the governor of Penbury on Tuesday, as the bridge talks resumed."
    hand_over = "The Wirex's Jo Roe reports on Mr. Vela's visit and the talks that follow."
    text = f"Mayor Meets Governor\n\n{intro} {hand_over}\n\nThe talks lasted an hour.\n"
    doc = _doc(text, title="Mayor Meets Governor")
    kinds = _kinds(doc)
    assert kinds[intro] == "body"
    assert kinds[hand_over] == "byline"
    assert "Jo Roe" not in extraction_view(doc.text, structure_document(doc).blocks)
    # a sentence telling what a reporter found stays the story's
    told = "The Wirex's Jo Roe reports that the bridge is late."
    page = f"Mayor Meets Governor\n\n{intro} {told}\n"
    assert _kinds(_doc(page, title="Mayor Meets Governor"))[f"{intro} {told}"] == "body"


def test_a_follow_invitation_in_its_other_shapes_is_a_byline() -> None:
    """A follow line naming the writer by a pronoun, with a colon before the handle, after
    the writer's one-line biography, or run into the last paragraph is the newsroom's."""
    lines = (
        "Follow Jo Roe on Twitter: @joroe",
        "Follow him on Twitter @joroe",
        "Jo Roe is a reporter for the Daily Wirex. Follow her on Twitter.",
    )
    last = "The new bridge was opened by the mayor on Tuesday, Ana Vela said."
    glued = "Follow Jo Roe on Twitter @joroe."
    text = "Mayor Opens New Bridge\n\n" + "\n".join(lines) + f"\n{last} {glued}\n"
    doc = _doc(text, title="Mayor Opens New Bridge")
    kinds = _kinds(doc)
    for line in (*lines, glued):
        assert kinds[line] == "byline", line
    assert kinds[last] == "body"
    assert "Jo Roe" not in extraction_view(doc.text, structure_document(doc).blocks)
    # a story's own sentence about a journalist, with no invitation, stays the story's
    story = "Jo Roe is a reporter for the Daily Wirex."
    page = f"Mayor Opens New Bridge\n\nThe bridge opened on Tuesday.\n{story}\n"
    assert _kinds(_doc(page, title="Mayor Opens New Bridge"))[story] == "body"


def test_a_dateline_byline_glued_before_the_lede_is_cut_off() -> None:
    lede = "The new bridge was opened by the mayor on Tuesday, officials said."
    text = f"Mayor Opens New Bridge\n\nFrom Jo Roe in Oaxaca, Mexico {lede}\n"
    kinds = _kinds(_doc(text, title="Mayor Opens New Bridge"))
    assert kinds["From Jo Roe in Oaxaca, Mexico"] == "byline"
    assert kinds[lede] == "body"
    # after the summary sentence the opening line starts with
    summary = "The bridge is open at last, after three years of work."
    text = f"Mayor Opens New Bridge\n\n{summary} From Jo Roe in Lima {lede}\n"
    kinds = _kinds(_doc(text, title="Mayor Opens New Bridge"))
    assert kinds["From Jo Roe in Lima"] == "byline"
    assert kinds[summary] == "standfirst" and kinds[lede] == "body"
    # a time after "From" opens the lede itself
    dated = "From Monday in Lima The shops will open at noon, officials said."
    text = f"Mayor Opens New Bridge\n\n{dated}\n"
    assert _kinds(_doc(text, title="Mayor Opens New Bridge"))[dated] == "body"


def test_a_courtesy_credit_line_is_a_caption_not_a_sentence() -> None:
    credit = "Court sketches courtesy of Mona Roe."
    sentence = "He said the tickets were courtesy of Jo Roe."
    text = (
        "Mayor Opens New Bridge\n\nThe new bridge was opened by the mayor on Tuesday.\n"
        f"{sentence}\nThe Wirex's Jo Roe reports.\n{credit}\n"
    )
    kinds = _kinds(_doc(text, title="Mayor Opens New Bridge"))
    assert kinds[credit] == "caption"
    assert kinds[sentence] == "body"


def test_the_copy_search_holds_a_few_pages_shingles_and_still_finds_an_early_page_s_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import weakref
    from dataclasses import replace

    from briefgen.structure import copies

    made = copies._shingles
    held: list[weakref.ref[set[bytes]]] = []
    most = 0

    class Shingles(set[bytes]):  # a set subclass, so that it can be watched by weak reference
        pass

    def watched(text: str) -> set[bytes]:
        nonlocal most
        shingles = Shingles(made(text))
        held.append(weakref.ref(shingles))
        most = max(most, sum(r() is not None for r in held))
        return shingles

    monkeypatch.setattr(copies, "_shingles", watched)
    monkeypatch.setattr(copies, "SHINGLED_HELD", 3)
    # the search in this process, where the shingles can be watched (a build forks it)
    monkeypatch.setattr(copies.beside, "answer", lambda job: job())

    def story(k: int) -> str:
        return " ".join(
            f"The council{k} of town{k} met{k} on day {i} to weigh{k} its plan{k} again{k}."
            for i in range(30)
        )

    first = replace(_doc(story(0), doc_id="first.txt"), sha1="h0")
    others = [replace(_doc(story(k), doc_id=f"{k}.txt"), sha1=f"h{k}") for k in range(1, 11)]
    # the first page again, edited, after ten others: its shingles were let go long before
    edited = replace(
        _doc(first.text + " The outlet added one line of its own.", doc_id="copy.txt"),
        sha1="h-copy",
    )
    found = find_copies([first, *others, edited])
    assert [d.id for d in found.kept] == ["first.txt", *(d.id for d in others)]
    assert {k: [d.id for d in v] for k, v in found.copies.items()} == {"first.txt": ["copy.txt"]}
    # never more than the three held and the one being made (main held all twelve)
    assert len(held) >= 12
    assert most <= 4


BODY = (
    "The council met on Monday evening and voted to close the library after a long debate.\n"
    "Residents said the town would be left without a place to study.\n"
)


def test_a_title_case_first_line_ending_in_a_full_stop_is_the_headline() -> None:
    for line in (
        "Old Mills Help Tulsa Find New Jobs In U.S. Market.",
        "Ruiz Is In Tulsa With A Plan.",
    ):
        kinds = _kinds(_doc(f"{line}\n\n{BODY}"))
        assert kinds[line] == "headline", line


def test_headlinese_for_what_is_coming_is_the_headline_though_it_ends_in_a_full_stop() -> None:
    line = "Red Hill Band to play Tulsa library benefit."
    kinds = _kinds(_doc(f"{line}\n{BODY}", fmt="jsonl", title=line))
    assert kinds[line] == "headline"


def test_a_sentence_of_names_and_titles_is_no_title_case_headline() -> None:
    line = "Ana Ruiz is Global Editor, Ethics and News Standards."
    kinds = _kinds(_doc(f"{line}\n\n{BODY}"))
    assert kinds[line] == "body"
    line = "Plans to close the library were dropped on Monday evening."
    kinds = _kinds(_doc(f"{line}\n\n{BODY}"))
    assert kinds[line] == "body"
