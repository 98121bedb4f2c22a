"""Facts across the whole story: extraction, matching, and the findings that only a story-wide view can make."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checker.check import check_versions
from checker.extract import clock_time, extract, find_scores
from checker.facts import analyze
from checker.ingest import parse_version
from checker.model import Severity
from checker.segment import segment

A_HEADER = " date 2024-03-12 LONDON (Reuters) - "  # a Tuesday
B_HEADER = " date 2024-03-13 LONDON • "  # the next day


def story(a: str, b: str) -> tuple:
    return parse_version(A_HEADER + a, "a.txt"), parse_version(B_HEADER + b, "b.txt")


def errors(a: str, b: str) -> list[tuple[str, str, str]]:
    return [(f.name, f.a.value, f.b.value) for f in check_versions(list(story(a, b)), embedder=None).findings
            if f.severity == Severity.ERROR]


def flagged(a: str, b: str) -> list[tuple[str, str, str, str]]:
    return [(f.name, f.severity.label, f.a.value, f.b.value)
            for f in check_versions(list(story(a, b)), embedder=None).findings if f.severity >= Severity.WARNING]


def speaker_shown(a: str, b: str) -> list[tuple[str, str]]:
    """The two sides shown for the first finding that says a quotation or a role has another person."""
    return [(x[2], x[3]) for x in flagged(a, b) if x[0] in ("quote-attribution", "person-mismatch")][:1]


def facts_of(text: str):
    v = parse_version(A_HEADER + text, "a.txt")
    return extract(v, segment(v))


def name(text: str, value: str):
    """The name fact written `value` in one sentence."""
    return next(f for f in facts_of(text).facts if f.kind == "name" and f.text == value)


def figure(text: str):
    """The first figure of one sentence."""
    return next(f for f in facts_of(text).facts if f.kind == "quantity")


# ---------------------------------------------------------------- extraction


def test_people_are_joined_by_surname_and_by_any_part_of_the_full_name():
    vf = facts_of("Leftist Luiz Inacio Lula da Silva defeated Jair Bolsonaro. Lula, 77, thanked voters. "
                  "Mr Bolsonaro did not concede.")
    assert set(vf.people) == {"silva", "bolsonaro"}
    assert len(vf.people["silva"].mentions) == 2  # "Lula" is Luiz Inacio Lula da Silva


@pytest.mark.parametrize("text, speaker, how", [
    ('"It was like a tsunami," Interior Secretary Mar Roxas said.', "roxas", "named"),
    ('Opposition leader Keir Starmer called for an election. "The Tory party has shown it no longer has a mandate '
     'to govern," he said.', "starmer", "pronoun"),
    ('His lawyer, Donna Rotunno, called the sentence "obscene" but said Weinstein would appeal.', "rotunno", "named"),
    ('Miriam Haley testified. Haley said Weinstein\'s attack had "scarred me deeply, mentally and emotionally."',
     "haley", "named"),
    ('District Attorney Cyrus Vance thanked the women for their "remarkable courage".', "vance", "named"),
    # the name opening the reported clause ("Ishiguro was") is what was said, not who said it
    ('Kazuo Ishiguro won the prize. Sara Danius, the permanent secretary, told reporters Ishiguro was "a writer '
     'of great integrity".', "danius", "named"),
    ('Jens Stoltenberg spoke in Brussels. Vladimir Putin, he said, had invaded Ukraine wanting less Nato near '
     'Russia: "He\'s getting exactly the opposite."', "stoltenberg", "pronoun"),  # the name is what was said about
    ("Poonam Khetrapal Singh, the WHO's regional director, handed the certificate to Ghulam Nabi Azad, the health "
     'minister, calling it "a momentous achievement".', "singh", "named"),  # a participle's subject is the sentence's
    ("US President Bill Clinton, who telephoned Mr Trimble, Mr Adams and other leaders during the night, said the "
     'agreement offered "a chance for a lasting peace".', "clinton", "named"),  # not whom the relative clause names
    ('"This is an emergency rescue," said Credit Suisse chairman Axel Lehmann, calling it "a sad day."', "lehmann",
     "named"),
    # "the Mayor of Greymouth" names the town whose mayor speaks; "10,000," closes no apposition
    ('Tony Kokshoorn, the Mayor of Greymouth, a town of about 10,000, said: "This is a tight-knit community."',
     "kokshoorn", "named"),
    ('Jane Hart, a former aide to Premier Tom Cole with 1,500 staff, said: "This is a tight-knit community."', "hart",
     "named"),
    # "told her": whom he told, not who spoke
    ('Heather Bresch defended the price. "I don\'t believe you," Elijah Cummings, the committee\'s senior Democrat, '
     "told her, demanding a detailed breakdown.", "cummings", "named"),
    # a person "of" a state is a person, and the state where he is from
    ("Heather Bresch defended the price. The committee's top Democrat, Elijah Cummings of Maryland, accused Mylan of "
     '"price gouging" parents.', "cummings", "named"),
    # one man's two titles joined by "and" are his role, not a person called "Comcast Chairman"
    ('"This is a great day for Comcast," Comcast Chairman and Chief Executive Brian Roberts said in a statement.',
     "roberts", "named"),
    # a name of common nouns is a person when a relative "who" follows it; the hospital is where he spoke
    ("On a picket line outside St Thomas' Hospital in London, Mark Porter, who chairs the BMA council, said: \"This "
     'is a strike that nobody wanted."', "porter", "named"),
])
def test_the_speaker_of_a_quotation_is_read_as_a_reader_would(text, speaker, how):
    q = facts_of(text).quotes[-1]
    assert (q.speaker, q.how) == (speaker, how)


def test_she_said_after_a_sentence_about_him_is_the_last_speaker():
    vf = facts_of('"The accused is guilty," Judge Thokozile Masipa told the court. Oscar Pistorius, 27, stood '
                  'motionless in the dock. He had acted "too hastily" and used "excessive force", she said.')
    assert [q.speaker for q in vf.quotes] == ["masipa", "masipa", "masipa"]


def test_an_age_belongs_to_the_person_it_describes():
    vf = facts_of("Miroslav Klose's strike was his 16th, lifting the 35-year-old above Ronaldo. "
                  "The 36-year-old Joachim Loew was pleased. Harvey Weinstein was sentenced. The 67-year-old said nothing.")
    ages = {f.text: set(f.people) for f in vf.facts if f.kind == "quantity" and f.item.unit == "age"}
    assert ages["35-year-old"] == {"klose"}
    assert ages["67-year-old"] == {"weinstein"}


def test_identifiers_are_no_quantities_and_clock_times_are_times():
    vf = facts_of("Flight 3318 from Denver touched down at 11.42pm local time on runway 21 with 70 people aboard.")
    quantities = [f.text for f in vf.facts if f.kind == "quantity"]
    assert "3318" not in quantities and "21" not in quantities
    text = "at 4:40 a.m. on Friday (2040 GMT on Thursday)"
    times = [clock_time(text, q) for q in analyze(text).quantities]
    assert [(round(t.hours, 2), t.zone) for t in times if t] == [(4.67, None), (20.67, "GMT")]


def test_a_league_named_by_its_number_is_no_figure():
    a = "Montpellier won the title on Sunday. Montpellier were promoted to Ligue 1 in 2009."
    b = "Montpellier won the title on Sunday. Before 2009 Montpellier were in Ligue 2."
    assert [f.text for f in facts_of(a).facts if f.kind == "quantity"] == []
    assert errors(a, b) == []


def test_a_score_is_one_fact():
    assert [s.text for s in find_scores(analyze("Germany were 5-0 up at halftime and won 7-1."))] == ["5-0", "7-1"]


# ---------------------------------------------------------------- facts that moved


def test_a_figure_moved_into_another_sentence_is_compared_with_what_it_is_about():
    a = ("In neighbouring Samar province, 300 people were confirmed dead and 2,000 were missing in the town of Basey. "
         "The storm hit on Friday.")
    b = ("The storm hit on Friday. Across the strait, 2,000 people were missing in Basey and 200 were confirmed dead, "
         "an official said.")
    assert [(e[0], e[1][:3], e[2]) for e in errors(a, b)] == [("number-mismatch", "300", "200")]


def test_a_figure_restated_elsewhere_is_no_change():
    a = "The two black holes were 29 and 36 times the mass of the sun. They merged a billion years ago."
    b = "The black holes, of 36 and 29 solar masses, merged a billion years ago."
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]


def test_a_persons_age_is_compared_wherever_it_is_said():
    a = "Miroslav Klose scored his 16th World Cup goal. Klose, 36, is playing in his fourth World Cup."
    b = ("Miroslav Klose's strike was his 16th at World Cup finals, lifting the 35-year-old above Ronaldo. "
         "He is playing in his fourth World Cup.")
    assert ("number-mismatch", "36", "35-year-old") in errors(a, b)


def test_a_relative_date_is_resolved_against_each_versions_own_dateline():
    a = "Interior minister Suella Braverman quit on Tuesday with a letter criticising the government."
    b = "Suella Braverman resigned as Home Secretary yesterday with a letter criticising the government."
    assert errors(a, b) == []  # Tuesday under Tuesday's dateline is yesterday under Wednesday's
    b = "Suella Braverman resigned as Home Secretary on Monday with a letter criticising the government."
    assert ("date-mismatch", "on Tuesday", "on Monday") in errors(a, b)


# ---------------------------------------------------------------- quotations


def test_a_quotation_given_to_another_speaker_is_an_error():
    a = ('Opposition leader Keir Starmer called for an election. "The Tory party has shown it no longer has a mandate '
         'to govern," he said.')
    b = ('"The Tory party has shown it no longer has a mandate to govern," said Angela Rayner, Labour\'s deputy '
         'leader, as the opposition demanded an election.')
    assert ("quote-attribution", "Opposition leader Keir Starmer", "said Angela Rayner, Labour's deputy leader") in errors(a, b)


def test_the_same_speaker_named_two_ways_is_no_attribution_error():
    a = '"This is a fair compromise," Treasury Secretary Henry Paulson told reporters.'
    b = 'Hank Paulson said: "This is a fair compromise."'
    assert not [e for e in errors(a, b) if e[0] == "quote-attribution"]


def test_a_word_replaced_inside_a_quotation_is_an_error_and_a_trim_is_nothing():
    a = '"I have deep remorse for this situation," Harvey Weinstein told the court.'
    assert ("quote-altered", "deep remorse", "great remorse") in errors(a, '"I have great remorse for this situation," Weinstein said.')
    assert flagged(a, 'Weinstein said he had "deep remorse for this situation".') == []


def test_a_quotation_tidied_in_several_places_is_a_warning():
    a = '"It has been a very difficult week for all of us," the mayor said.'
    got = flagged(a, '"It has been a very hard week for everyone," the mayor said.')
    assert [g[:2] for g in got] == [("quote-altered", "warning")]


def test_a_film_title_in_quotation_marks_is_no_quotation():
    a = 'He appears in "World War Z" as a doctor, his agent said.'
    b = 'He appeared in "World War Z" alongside Angelina Jolie, his agent said.'
    assert not [e for e in errors(a, b) if e[0].startswith("quote")]


# ---------------------------------------------------------------- roles


def test_an_office_held_by_another_person_paragraphs_apart_is_an_error():
    a = "Manhattan District Attorney Cyrus Vance welcomed the sentence. The case took two years."
    b = "The case took two years. Alvin Bragg, the district attorney, welcomed the sentence."
    assert ("person-role-mismatch", "Cyrus Vance", "Alvin Bragg") in errors(a, b)


@pytest.mark.parametrize("a, b", [
    ("District Attorney David Soares asked the court to wait.", "Assistant District Attorney David Rossi asked it to wait."),
    ("Vatican spokesman Federico Lombardi spoke.", "Vatican spokesman Greg Burke spoke."),  # a story may have several
    # a monarch's title passes from one to the next, and a queen may be the king's mother or his wife
    ("His mother, Queen Beatrix, abdicated at the palace. The crowd cheered.",
     "The crowd cheered. Queen Maxima wept as her husband paid tribute to his mother."),
])
def test_a_rank_or_a_shared_role_is_no_swap(a, b):
    assert not [e for e in errors(a, b) if e[0] == "person-role-mismatch"]


# ---------------------------------------------------------------- polarity


def test_a_negation_moved_into_another_sentence_is_found_by_its_predicate_and_object():
    a = "Ford said he would remain in office. He said he would seek re-election in October 2014."
    b = "He also said he would not seek re-election next October, when his term ends. Ford said he would stay."
    assert any(e[0] == "negation-flip" and "seek re-election" in e[1] and "not seek re-election" in e[2]
               for e in errors(a, b))


def test_a_denial_of_a_statement_is_no_flip():
    a = "Ford had denied for months that a video showing him smoking it existed."
    b = "Ford had insisted that a video said to show him smoking it did not exist."
    assert not [e for e in errors(a, b) if e[0] == "negation-flip"]


# ---------------------------------------------------------------- evidence


def test_two_articles_that_share_few_facts_report_their_differences_as_warnings():
    a = ("Thomas has eight touchdowns since Week 11. He ran for 498 yards. The Saints won on Sunday. "
         "Coach Sean Payton praised him.")
    b = ("He has 548 rushing yards this season. The team travels to Atlanta next. Fans cheered the result. "
         "Payton said the season was long.")
    assert errors(a, b) == []


_STORM = ("The state lost power on Wednesday after a storm.\nThe operator said the network shut down after {a}.\n"
          "Trains and trams stopped.\nThe premier blamed the weather.\nFarmers lost stock.\nSchools will open on Friday.",
          "Prime Minister Malcolm Turnbull blamed renewable energy targets.\n\nAbout 1.7 million people lost power "
          "{b} north of Adelaide.\n\nCritics called it political.\n\nThe opposition demanded an inquiry.\n\n"
          "Wind farms were not at fault, engineers said.")


@pytest.mark.parametrize("a, b, severity", [
    # each article's only count of towers, one digit changed: the same count mistyped, even between two articles
    ("22 transmission towers were knocked over", "when the storm brought down 23 transmission towers", "error"),
    # a time that goes on may have grown between two articles written on different days
    ("the storm had raged for 12 days", "after 13 days of storms", "warning"),
])
def test_between_two_articles_a_mistyped_count_stays_an_error(a, b, severity):
    x, y = _STORM[0].format(a=a), _STORM[1].format(b=b)
    assert [s for name, s, *_ in flagged(x, y) if name == "number-mismatch"] == [severity]


# ---------------------------------------------------------------- people and speakers, second round


def test_a_title_or_a_family_word_before_one_name_makes_a_person():
    vf = facts_of('President Biden spoke first. "We are able to breathe again," Floyd\'s brother Philonise said.')
    assert {"biden", "philonise"} <= set(vf.people)
    assert [q.speaker for q in vf.quotes] == ["philonise"]


def test_a_name_that_only_modifies_a_noun_is_no_speaker():
    vf = facts_of('President Biden, who rang the Floyd family after the verdict, said it was "a murder in the '
                  'full light of day".')
    assert [q.speaker for q in vf.quotes] == ["biden"]


def test_who_told_it_after_a_comma_is_no_role_of_the_name_before():
    vf = facts_of("In Samar province, 300 people were confirmed dead in the town of Basey, a provincial disaster "
                  "official said.")
    assert "basey" not in vf.people


def test_the_same_office_of_two_places_is_two_offices():
    a = "Minnesota Attorney General Keith Ellison said he would not call the verdict justice."
    b = "U.S. Attorney General Merrick Garland announced an investigation into the police department."
    assert not [e for e in errors(a + " The jury deliberated for 10 hours.", b + " The jury deliberated for 10 hours.")
                if e[0] in ("person-mismatch", "person-role-mismatch")]


def test_a_quotation_given_to_a_lawyer_in_the_sentence_before_is_an_attribution_error():
    a = ('"Today, we are able to breathe again," Floyd\'s brother Philonise said at a news conference. '
         'Family attorney Ben Crump called the verdict "painfully earned justice".')
    b = ('Ben Crump, the lawyer for the Floyd family, spoke of "painfully earned justice". '
         '"Today, we are able to breathe again," he said.')
    assert ("quote-attribution", "brother Philonise said", "Ben Crump, the lawyer for the Floyd family") in errors(a, b)
    c = ('"Today, we are able to breathe again," Philonise Floyd had told reporters. '
         'Family attorney Ben Crump called the verdict "painfully earned justice".')
    assert not [e for e in errors(a, c) if e[0] == "quote-attribution"]  # the given name alone is the same man


# ---------------------------------------------------------------- values shown with their context


@pytest.mark.parametrize("a, b, shown", [
    ("The mine collapsed on Thursday.", "The mine collapsed on Friday.",
     ("collapsed on Thursday", "collapsed on Friday")),  # the day with what happened on it
    ("The film received 10 nominations.", "The film received 11 nominations.", ("10 nominations", "11 nominations")),
    ("Works came on loan from 13 French institutions.", "Works came on loan from 17 French institutions.",
     ("from 13 French institutions", "from 17 French institutions")),
    ("Lagarde said the bank had not contacted her before.", "Lagarde said the bank had contacted her before.",
     ("had not contacted her", "had contacted her")),
    ("The eight-storey building collapsed.", "The nine-storey building collapsed.", ("eight-storey", "nine-storey")),
    ("Officers searched homes in 11 of Germany's 16 federal states.",
     "Officers searched homes in 13 of Germany's 16 federal states.",
     ("in 11 of Germany's 16", "in 13 of Germany's 16")),  # a part with its whole
    ("Marquez equalised in the 79th minute.", "Marquez equalised in the 71st minute.",
     ("79th minute", "71st minute")),
    ('Alito said Roe was "egregiously wrong from the start" in his opinion.',
     'Alito said Roe was "egregiously wrong from the outset" in his opinion.',
     ("wrong from the start", "wrong from the outset")),
    ('"We beat fear with hope," Trudeau told supporters.', '"We beat fear with change," Trudeau told supporters.',
     ("fear with hope", "fear with change")),
    ("The owner is a local leader of the ruling Awami League, police said.",
     "The owner is a local leader of the opposition Bangladesh Nationalist Party, police said.",
     ("ruling Awami League", "opposition Bangladesh Nationalist Party")),
])
def test_a_value_is_shown_with_its_preposition_its_counted_noun_its_whole_its_object_or_its_auxiliary(a, b, shown):
    assert [(f.a.value, f.b.value) for f in check_versions(list(story(a, b)), embedder=None).findings
            if f.severity == Severity.ERROR] == [shown]


def test_a_speaker_is_shown_with_the_speech_verb_next_to_the_name():
    a = ('Jeffrey Skilling was convicted on 19 counts on Thursday. "Obviously I am disappointed. But that is the way '
         'the system works," Skilling said.')
    b = ('Jeffrey Skilling was convicted on 19 counts on Thursday. "Obviously I am disappointed. But that is the way '
         'the system works," said Mr Lay.')
    assert [e[1:] for e in errors(a, b) if e[0] in ("quote-attribution", "person-mismatch")] == [
        ("Skilling said", "said Mr Lay")]


def test_a_person_is_shown_with_the_title_before_the_name():
    a = ("The court overturned Roe on Friday. In a concurring opinion, Justice Clarence Thomas wrote that the court "
         "should reconsider past rulings on contraception.")
    b = ("The court overturned Roe on Friday. In a concurring opinion, Justice Brett Kavanaugh said the court "
         "should reconsider earlier decisions on contraception.")
    assert [e[1:] for e in errors(a, b) if e[0] == "person-mismatch"] == [
        ("Justice Clarence Thomas wrote", "Justice Brett Kavanaugh said")]


@pytest.mark.parametrize("a, b, shown", [
    ("The National Party won a majority in the Western Cape, officials said.",
     "The National Party failed to win the Western Cape, officials said.",
     ("won a majority", "failed to win the Western")),  # the object, not its article
    ("The dollar fell sharply against the euro after the decision.",
     "The dollar rose sharply against the euro after the decision.", ("dollar fell", "dollar rose")),  # what moved
])
def test_a_predicate_is_shown_with_its_object_or_its_subject(a, b, shown):
    assert [(f.a.value, f.b.value) for f in check_versions(list(story(a, b)), embedder=None).findings
            if f.severity == Severity.ERROR] == [shown]


@pytest.mark.parametrize("a, b, shown", [
    ('"We have such a vaccine recommended for widespread use," she said.',
     '"We have such a vaccine recommended for limited use," she said.', ("widespread use", "limited use")),
    ("It will take effect from the first day.", "It will take effect from the first year.",
     ("first day", "first year")),
])
def test_a_changed_word_is_shown_with_what_it_describes(a, b, shown):
    assert [(f.a.value, f.b.value) for f in check_versions(list(story(a, b)), embedder=None).findings
            if f.severity >= Severity.WARNING][:1] == [shown]


@pytest.mark.parametrize("a, b, shown", [
    ("Thousands of residents fled north to the oil sands camps.", "Thousands of residents fled south to the oil "
     "sands camps.", ("fled north", "fled south")),  # a direction with what was done
    ('"It is a great chance for peace," Rabin told the rally.', '"It is a real chance for peace," Rabin told the '
     'rally.', ("a great chance", "a real chance")),
    ("The victory parade was held on Friday.", "The victory parade was held on Saturday.",
     ("held on Friday", "held on Saturday")),  # a day with what happened on it
])
def test_a_changed_value_is_shown_with_the_verb_or_article_before_it(a, b, shown):
    assert [(f.a.value, f.b.value) for f in check_versions(list(story(a, b)), embedder=None).findings
            if f.severity >= Severity.WARNING][:1] == [shown]


def test_a_speaker_set_off_by_commas_is_shown_with_the_role_before_and_the_speech_verb_after():
    a = ('Flames reached the city on Monday. "It is a nasty, dirty fire," said Darby Allen.')
    b = ('Flames reached the city on Monday. "It is a nasty, dirty fire," the Alberta premier, Rachel Notley, said.')
    assert speaker_shown(a, b) == [
        ("said Darby Allen", "the Alberta premier, Rachel Notley, said")]


def test_a_speaker_is_shown_with_the_speech_verb_and_the_role_before_the_name():
    a = ('Vodafone won Mannesmann on Thursday. "This is a great day for both companies," said Vodafone chief Chris '
         'Gent.')
    b = ('Vodafone won Mannesmann on Thursday. "This is a great day for both companies," said Mannesmann chief '
         'Klaus Esser.')
    assert speaker_shown(a, b) == [
        ("said Vodafone chief Chris Gent", "said Mannesmann chief Klaus Esser")]


def test_a_speaker_is_shown_with_every_word_of_the_body_before_the_title():
    a = ('The train derailed on Wednesday. "We are all deeply shaken," Deutsche Bahn chief executive Johannes '
         'Ludewig told reporters.')
    b = ('The train derailed on Wednesday. "We are all deeply shaken," Transport Minister Matthias Wissmann said.')
    assert [e[2:] for e in flagged(a, b) if e[0] == "quote-attribution"] == [
        ("Deutsche Bahn chief executive Johannes Ludewig told reporters", "Transport Minister Matthias Wissmann said")]


def test_a_speaker_is_shown_with_the_role_set_off_after_the_name_and_whom_he_told():
    a = ('Survivors searched the beaches on Monday. "This may be the worst natural disaster in recent history," '
         'Jan Egeland, the U.N. emergency relief coordinator, told reporters in New York.')
    b = ('Survivors searched the beaches on Monday. "This may be the worst natural disaster in recent history," '
         'Howard told party supporters.')
    assert [e[2:] for e in flagged(a, b) if e[0] in ("quote-attribution", "person-mismatch")] == [
        ("Jan Egeland, the U.N. emergency relief coordinator, told reporters", "Howard told party supporters")]


def test_a_widened_value_is_the_text_at_its_span():
    a, b = story("The film received 10 nominations on Monday.", "The film received 11 nominations on Monday.")
    for f in check_versions([a, b], embedder=None).findings:
        assert a.text[slice(*f.a.span)] == f.a.value and b.text[slice(*f.b.span)] == f.b.value


def test_she_said_after_a_man_was_named_is_the_last_woman_named():
    vf = facts_of('Ms Ardern thanked voters. Anthony Albanese said his counterpart had "shown the world how to '
                  'lead". There was a lighter moment as she turned to her partner, the broadcaster Clarke Gayford. '
                  '"And to Clarke, let\'s finally get married," she said.')
    assert [q.speaker for q in vf.quotes] == ["albanese", "ardern"]


def test_the_47_year_old_keeps_the_sentence_about_the_person_before():
    vf = facts_of('Director Bong Joon-ho won four Oscars. Collecting the award, the 50-year-old paid homage to '
                  'Martin Scorsese. He then said he would like to "split the Oscar trophy into five".')
    assert [q.speaker for q in vf.quotes] == ["bong"]


def test_he_said_beside_the_quotation_outweighs_a_name_further_on():
    vf = facts_of('Bob Behnken radioed a last message. "Let\'s light this candle," he said, borrowing the phrase '
                  'Alan Shepard made famous.')
    assert [q.speaker for q in vf.quotes] == ["behnken"]


def test_countries_after_said_are_what_was_said_not_who_said_it():
    vf = facts_of('Angela Merkel, the German chancellor, said Germany, France and Spain were in "deep mourning". '
                  'King Felipe of Spain cut short a state visit.')
    assert [q.speaker for q in vf.quotes] == ["merkel"]
    assert "spain" not in vf.people  # "King Felipe of Spain" has no surname "Spain"


def test_a_venue_named_after_someone_is_no_speaker():
    vf = facts_of('Director Bong Joon-ho won. Bong had set the tone earlier at the Dolby Theatre, declaring: '
                  '"I am ready to drink tonight."')
    assert [q.speaker for q in vf.quotes] == ["bong"]


@pytest.mark.parametrize("a, b", [
    ("General Motors said it had temporarily paused paid advertising on Twitter.",
     "General Motors has temporarily stopped paying for advertising on Twitter."),
    ("More than 8 million homes across the eastern United States were without electricity.",
     "More than eight million homes across the eastern US lost electricity."),
    ("A three-day strike by the same drivers in April left hundreds of filling stations without fuel and forced "
     "airports to ration jet fuel.",
     "In April a three-day strike by the same drivers emptied hundreds of filling stations and forced airports to "
     "ration jet fuel."),
])
def test_a_verb_of_stopping_or_losing_says_what_a_negation_says(a, b):
    assert not [e for e in errors(a, b) if e[0] == "negation-flip"]
    assert errors("The company lost the case and did not appeal.", "The company lost the case and appealed.")


def test_the_first_time_since_is_no_since_and_no_party_is_no_predicate():
    a = "It is the first time since 1971 that a party has won back-to-back majorities in India."
    b = "No party has won back-to-back majorities in India since 1971."
    assert not [e for e in errors(a, b) if e[0] == "negation-flip"]


def test_a_place_changed_in_sentences_that_agree_on_two_other_facts_is_an_error():
    a = ("Guzman was captured in February 2014 in the resort city of Mazatlan after 13 years on the run. "
         "He escaped on Saturday.")
    b = "He escaped on Saturday. Guzman was recaptured in February 2014 in Culiacan after 13 years as a fugitive."
    assert ("place-mismatch", "Mazatlan", "in Culiacan") in errors(a, b)


def test_a_phrase_set_off_at_the_start_of_a_sentence_is_anchored_by_the_clause_after_it():
    vf = facts_of("On Tuesday, 300 people died in the flood.")
    (date,) = [f for f in vf.facts if f.kind == "date"]
    assert {"die", "peopl"} <= date.near


def test_a_toll_of_people_killed_moved_into_another_sentence_is_an_error():
    a = ("A powerful storm hit the coastal city on Tuesday, killing at least 43 people and flattening homes. "
         "The city of about 250,000 people was left without power.")
    b = ("The city was left without power. Rescuers said the storm, which struck on Tuesday, had torn roofs from "
         "schools and churches, killing at least 34 people.")
    assert ("number-mismatch", "at least 43 people", "at least 34 people") in errors(a, b)


def test_an_open_bound_is_not_restated_by_a_figure_far_from_it():
    # "at least 34 people" agrees with "about 250,000 people" only as a bound: no restatement of the toll
    a = "The storm killed at least 43 people. The city has about 250,000 people."
    b = "The city has about 250,000 people. The storm killed at least 34 people."
    assert [e[1:] for e in errors(a, b) if e[0] == "number-mismatch"] == [("at least 43 people", "at least 34 people")]


def test_a_conversion_in_brackets_is_compared_in_the_unit_the_other_version_uses():
    a = "Pluto is 1,473 miles (2,370 kilometers) across, the probe showed. It has a heart-shaped plain."
    b = "It has a heart-shaped plain. Pluto is 2,730km across, the probe showed."
    assert ("number-mismatch", "2,370 kilometers", "2,730km") in errors(a, b)
    assert not [e for e in errors(a, b) if "miles" in e[1]]


def test_the_same_persons_age_in_sentences_that_say_different_things_is_compared():
    a = ("Alberto Fujimori was sentenced to 25 years on Tuesday. A panel found the 70-year-old guilty of murder. "
         "He plans to appeal.")
    b = ("Alberto Fujimori was sentenced to 25 years on Tuesday. He plans to appeal. "
         "The 71-year-old former president showed no emotion in court.")
    assert ("number-mismatch", "70-year-old", "71-year-old") in errors(a, b)


def test_each_versions_only_figure_of_a_measure_mistyped_is_an_error_wherever_it_stands():
    a = ("The 114,500-tonne ship struck a rock near the island. It had left the port a few hours earlier. "
         "Passengers were taken off by lifeboat.")
    b = ("Passengers were taken off by lifeboat. The 144,500-tonne liner had set sail only hours before "
         "the accident.")
    assert ("number-mismatch", "114,500-tonne", "144,500-tonne") in errors(a, b)


def test_the_age_of_a_role_the_story_has_one_of_is_compared_wherever_it_is_said():
    a = ("All 12 boys and their 25-year-old coach have now been freed from the cave. "
         "The boys were flown to hospital by helicopter.")
    b = ("The boys were flown to hospital by helicopter. The last four boys and their 27-year-old coach were "
         "brought out on Tuesday evening.")
    assert ("number-mismatch", "25-year-old", "27-year-old") in errors(a, b)


def test_ages_of_anyone_named_by_a_common_noun_are_not_one_persons():
    a = "A 25-year-old man was arrested at the scene. Police closed the road."
    b = ("A man was arrested at the scene. Police closed the road. A 27-year-old man who saw the crash said it "
         "was terrifying.")
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]


def test_a_mistyped_figure_that_shares_what_happened_is_an_error_in_a_rewritten_sentence():
    a = ("Aramco raised $25.6 billion by selling 1.5% of the company, the top of its range. "
         "That beat the $25 billion raised by Alibaba in 2014.")
    b = ("The shares jumped 10% on their debut. The initial public offering raised $26.5 billion, eclipsing "
         "the record $25 billion that Alibaba raised in 2014.")
    assert ("number-mismatch", "$25.6 billion", "$26.5 billion") in errors(a, b)


def test_a_count_in_sentences_that_agree_on_two_other_facts_is_one_statement():
    a = ("A powerful earthquake struck central Italy as people slept early Monday, killing more than 150 people, "
         "injuring about 1,500 and leaving up to 50,000 homeless, officials said. Rescuers searched the ruins.")
    b = ("Rescuers worked through the night amid the ruins after an earthquake tore through central Italy on Monday, "
         "killing more than 150 people and leaving as many as 30,000 without a home. Officials gave no toll.")
    assert ("number-mismatch", "up to 50,000 homeless", "as many as 30,000") in errors(a, b)


def test_counts_of_two_things_in_one_statement_are_not_compared():
    a = "The quake struck at 3:32 a.m. on Monday, killing at least 150 people and injuring 1,500 residents."
    b = "The quake, which struck at 3:32 a.m. on Monday, killed at least 150 people; 2,000 buildings collapsed."
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]


def test_each_persons_figure_is_compared_with_the_same_persons():
    a = ("A jury convicted Kenneth Lay and Jeffrey Skilling on Thursday. Lay, 64, faces up to 165 years in prison "
         "and Skilling, 52, up to 185 years. Sentencing is set for September.")
    b = ("A jury convicted Kenneth Lay and Jeffrey Skilling on Thursday. Sentencing is set for September. "
         "Lay faces up to 185 years in prison.")
    assert ("number-mismatch", "up to 165 years", "up to 185 years") in errors(a, b)


def test_figures_given_to_the_other_person_are_compared_person_by_person():
    a = ("Luiz Inacio Lula da Silva beat Jair Bolsonaro on Sunday. Lula won the first round with 48.4% of the vote "
         "to Bolsonaro's 43.2%. Turnout was high.")
    b = ("Luiz Inacio Lula da Silva beat Jair Bolsonaro on Sunday. Turnout was high. In the first round, "
         "Mr Bolsonaro took 48.4 per cent to Lula's 43.2 per cent.")
    found = [e[1:] for e in errors(a, b) if e[0] == "number-mismatch"]
    assert ("48.4%", "43.2 per cent") in found or ("43.2%", "48.4 per cent") in found


def test_the_object_of_a_sentence_does_not_own_its_figure():
    a = "Dhoni sealed the win with a six over long-on off Nuwan Kulasekara. India won by six wickets."
    b = "India won by six wickets. Dhoni hit Nuwan Kulasekara for a six over long-on to seal the win."
    assert errors(a, b) == []


def test_the_one_actor_of_a_statement_both_versions_make_is_compared():
    a = ("Mexico equalised late on. Katlego Mphela nearly won it for the hosts in the final minute, but his shot "
         "from a tight angle hit the post.")
    b = ("Mexico equalised late on. The hosts came agonisingly close to a winner in the final minute when "
         "Teko Modise's angled shot struck the post.")
    assert [e[1:] for e in errors(a, b) if e[0] == "person-mismatch"] == [("Katlego Mphela", "Teko Modise's")]


def test_one_person_named_by_surname_and_by_given_name_is_no_other_actor():
    a = ("Jakarta Governor Joko Widodo won the election on Tuesday. Widodo's winning margin was more than "
         "8 million votes out of about 133 million valid ballots.")
    b = ("Jakarta Governor Joko Widodo won the election on Tuesday. Mr Joko's winning margin was more than "
         "8 million votes out of about 133 million valid ballots.")
    assert not [e for e in errors(a, b) if e[0] == "person-mismatch"]


def test_years_of_a_range_written_in_the_other_version_are_no_change():
    a = ("Justin Trudeau won a majority on Monday. Pierre Trudeau served as prime minister from 1968 to 1979 and "
         "from 1980 to 1984.")
    b = ("Justin Trudeau won a majority on Monday. His father Pierre Trudeau was prime minister for most of the period "
         "from 1968 to 1984.")
    assert errors(a, b) == []
    c = "Justin Trudeau won a majority on Monday. His father Pierre Trudeau first became prime minister in 1969."
    d = "Justin Trudeau won a majority on Monday. His father Pierre Trudeau first became prime minister in 1968."
    assert ("date-mismatch", "in 1969", "in 1968") in errors(c, d)


@pytest.mark.parametrize("b", [
    'Justin Trudeau thanked supporters in Montreal. Quoting Wilfrid Laurier, a Liberal prime minister, he added: '
    '"Sunny ways, my friends, sunny ways."',
    'Justin Trudeau thanked supporters in Montreal. His speech drew on the words of Wilfrid Laurier: '
    '"Sunny ways, my friends, sunny ways."',
])
def test_the_author_of_words_a_speaker_quotes_is_not_the_speaker(b):
    a = 'Justin Trudeau thanked supporters in Montreal. "Sunny ways, my friends, sunny ways," Trudeau said.'
    assert facts_of(b).quotes[0].speaker != "laurier"
    assert errors(a, b) == []


def test_a_named_market_moving_the_other_way_anywhere_in_the_story_is_an_error():
    a = "Julia Gillard became prime minister on Thursday. The Australian dollar rose on the news."
    b = ("Julia Gillard became prime minister yesterday. Investors were unimpressed, with the Australian dollar "
         "falling on the news.")
    assert ("movement-reversed", "Australian dollar rose", "Australian dollar falling") in errors(a, b)


@pytest.mark.parametrize("b", [
    "Julia Gillard became prime minister yesterday. The Australian dollar climbed on the news.",  # the same way
    "Julia Gillard became prime minister yesterday. The Australian dollar rose early but fell by the close.",
    "Julia Gillard became prime minister yesterday. The Australian dollar did not fall on the news.",
])
def test_a_movement_the_same_way_both_ways_or_negated_is_no_reversal(b):
    a = "Julia Gillard became prime minister on Thursday. The Australian dollar rose on the news."
    assert not [e for e in errors(a, b) if e[0] == "movement-reversed"]


def test_a_reversed_movement_is_shown_with_its_amount():
    a = "Alexis Tsipras was sworn in on Tuesday. The Athens stock market fell 3.2 per cent on the result."
    b = "Alexis Tsipras was sworn in yesterday. On the result, the Athens stock market rose 3.2 per cent."
    assert ("movement-reversed", "Athens stock market fell 3.2 per cent", "Athens stock market rose 3.2 per cent") \
        in errors(a, b)


def test_an_unnamed_subject_moving_the_other_way_may_be_another_market():
    a = "Julia Gillard became prime minister on Thursday. Shares rose on the news."
    b = "Julia Gillard became prime minister yesterday. In Sydney, shares fell on the news."
    assert not [e for e in errors(a, b) if e[0] == "movement-reversed"]


def test_a_place_of_no_known_kind_replaced_in_one_statement_is_an_error():
    a = ("Mubarak resigned on Friday. Mubarak, 82, had flown earlier in the day from Cairo to the Red Sea resort of "
         "Sharm el-Sheikh, where he has a residence, officials said.")
    b = ("Mubarak resigned on Friday. Mubarak, 82, was at his residence in the Red Sea resort of Hurghada on Friday, "
         "officials said.")
    assert ("place-mismatch", "Sharm el-Sheikh", "Hurghada") in errors(a, b)


def test_one_person_named_by_two_parts_of_a_full_name_is_no_other_person():
    a = ("Luiz Inacio Lula da Silva won the runoff on Sunday. U.S. President Joe Biden congratulated Lula on his "
         "victory.")
    b = ("Luiz Inacio Lula da Silva won the runoff on Sunday. U.S. President Joe Biden called da Silva to "
         "congratulate him.")
    assert not [e for e in errors(a, b) if e[0] in ("person-mismatch", "person-role-mismatch")]


STORY_A = ("Scotland voted to stay in the United Kingdom on Tuesday. The No side won 55.3 percent of the vote. "
           "Turnout was 84.6 percent, the highest for any election or referendum in Britain since the introduction "
           "of universal suffrage. Prime Minister David Cameron said he was delighted.")
STORY_B = ("Scotland voted to stay in the United Kingdom yesterday. The No side had 2,001,926 votes, or 55.3 per "
           "cent. An extraordinary 86.4 per cent of the electorate voted, a record for any British ballot since "
           "universal suffrage. Prime Minister David Cameron said he was delighted.")


def test_a_mistyped_figure_in_a_rewritten_sentence_of_a_story_is_an_error():
    assert ("number-mismatch", "84.6 percent", "86.4 per cent") in errors(STORY_A, STORY_B)


def test_a_mistyped_looking_figure_between_two_lone_sentences_stays_a_warning():
    # one sentence each (a pair, not a story): nothing says the two sentences agree on the rest
    a = "The new contract guarantees that his annual pay and bonus will be at least $2.4 million a year."
    b = "The contract sets his annual base salary at $1.4 million and his target bonus at $1 million."
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]


def test_two_different_figures_of_one_measure_that_are_no_slip_stay_apart():
    # each version's only tonnage, but 114,500 and 90,000 are no mistyping of each other: they may be two ships
    a = "The 114,500-tonne ship struck a rock near the island. Passengers were taken off by lifeboat."
    b = "Passengers were taken off by lifeboat. A 90,000-tonne tanker waited offshore."
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]


def test_uk_and_us_spelling_of_an_ization_word_inside_a_quotation_is_no_change():
    a = '"This is a big step for human civilisation," he said. The lander weighs 100 kilograms.'
    b = 'The lander weighs 100 kilograms. "This is a big step for human civilization," he said.'
    assert not [e for e in errors(a, b) if e[0] == "quote-altered"]


@pytest.mark.parametrize("text, speaker", [
    # every speech verb of the sentence introduces another quotation: the first is its own clause's subject's
    ('Paris Mayor Anne Hidalgo spoke of a "terrible fire," and Deputy Mayor Emmanuel Gregoire said the blaze had '
     'caused "colossal damage."', "hidalgo"),
    # the name closing an apposition before "said" describes the subject
    ('Mr Prabowo, a former general and one-time son-in-law of the late president Suharto, said the vote was '
     'tainted by "massive, structured and systematic" fraud.', "prabowo"),
    # a name before an uncountable place noun after "the" is no speaker
    ('Speaking from a schooner moored at the historic Sunda Kelapa harbour, Joko Widodo urged unity. '
     '"This victory is a victory for all the people," he told the crowd.', "widodo"),
])
def test_the_speaker_is_the_subject_of_the_quotations_own_clause(text, speaker):
    first = 0 if "Gregoire" in text else -1
    assert facts_of(text).quotes[first].speaker == speaker


def test_a_relatives_family_word_says_nothing_of_the_persons_sex():
    # "his wife, Ruth Madoff" is Ruth's; "he said" after Madoff apologised is still Madoff
    text = ('Bernard Madoff was sentenced on Monday. Another investor, Tom Fitzmaurice, said: "He stole from the rich." '
            'Madoff turned to face the victims and apologized. "I am responsible for a great deal of suffering," '
            'he said. His wife, Ruth Madoff, did not attend.')
    assert facts_of(text).quotes[-1].speaker == "madoff"


def test_a_possessive_further_on_is_no_clue_to_the_named_persons_sex():
    text = ('Judge Thokozile Masipa convicted Oscar Pistorius. Masipa did not extend his bail. '
            'He had acted "too hastily", she said.')
    assert facts_of(text).quotes[-1].speaker == "masipa"


def test_the_one_figure_left_in_sentences_that_agree_on_the_rest_is_compared():
    a = ("Of the passengers, 153 were Chinese and 38 were Malaysian, and the rest came from 12 other countries. "
         "The plane vanished on Saturday.")
    b = ("The plane vanished on Saturday. Chinese nationals made up the bulk of the passengers, with 135 on board. "
         "There were also 38 Malaysians and travellers from 12 other countries.")
    assert ("number-mismatch", "153", "135") in errors(a, b)


def test_a_price_mistyped_in_a_statement_that_agrees_on_its_other_facts_is_an_error():
    a = ("Microsoft agreed to buy LinkedIn. "
         "Microsoft will pay $196 per share, a 49.5 percent premium to LinkedIn's closing price on Friday.")
    b = ("Microsoft has agreed to buy LinkedIn. The all-cash offer of $169 a share represents a premium of almost "
         "50 per cent to LinkedIn's closing price on Friday.")
    assert ("number-mismatch", "$196", "$169") in errors(a, b)


@pytest.mark.parametrize("text, day", [
    ("The company said on Monday it will cut 500 jobs.", "2024-03-11"),
    ("Leaders will meet in Brussels on Friday, officials said.", "2024-03-15"),
    ("Microsoft will pay $196 per share, a premium to the closing price on Friday.", "2024-03-08"),
    ("The vote, scheduled for Friday, was delayed.", "2024-03-15"),
    ("On Friday, the central bank will announce its decision.", "2024-03-15"),
    ("City officials said a victory parade would be held on Saturday.", "2024-03-16"),  # a passive is no past
    ("He said he would propose to the board on Thursday that Ghosn be removed.", "2024-03-14"),
    ("The parade was held on Saturday.", "2024-03-09"),
    # "the expected range" is no plan: the pricing happened
    ("Acme raised $21.8 billion after pricing the offering at the top of the expected range late on Thursday.",
     "2024-03-07"),
    # a plan that describes a noun, in a clause whose verb is a past perfect, is over
    ("Figures showed 39 percent of junior doctors scheduled to work on Monday had turned up.", "2024-03-11"),
    ("Junior doctors scheduled to work on Monday will be paid.", "2024-03-18"),
    ("Suga is certain to be elected prime minister in a parliamentary vote on Wednesday.", "2024-03-13"),
    ("He said on Monday he was likely to stay.", "2024-03-11"),  # the verb of saying dates the day
])
def test_a_weekday_is_ahead_of_the_dateline_by_the_tense_of_its_own_clause(text, day):
    # A_HEADER is dated Tuesday 2024-03-12
    (date,) = [f for f in facts_of(text).facts if f.kind == "date"]
    assert date.item.value == day


@pytest.mark.parametrize("a, b", [
    # converse verbs in the other voice tell one deal from its two ends
    ("Many of the passengers had bought their seats in a charity auction on eBay.",
     "Many seats had been sold in an eBay charity auction."),
    ("Her son took his own life after receiving a debt notice, she said.",
     "Her son killed himself after being sent a debt notice, she said."),
    # the second part of a hyphenated compound means the compound: "quarter-finals" is no opposite of "first"
    ("Barcelona lost 3-0 at Roma in last year's quarterfinals after winning the first leg 4-1.",
     "Last season they squandered a 4-1 first-leg lead and went out 3-0 in Rome in the quarter-finals."),
    # "later" dates the event it follows: two offsets of two events are two facts
    ("He fled to Japan in 2000, and was arrested in Chile five years later and extradited to Peru in 2007.",
     "He fled to Japan in 2000. He was arrested on a visit to Chile in 2005 and extradited two years later."),
])
def test_what_reads_like_an_opposite_or_a_changed_figure_but_says_the_same(a, b):
    assert errors(a, b) == []


def test_the_same_offset_of_the_same_event_changed_is_an_error():
    a = "He fled to Japan in 2000. He was arrested in Chile five years later."
    b = "He fled to Japan in 2000. He was arrested in Chile two years later."
    assert ("number-mismatch", "five years", "two years") in errors(a, b)


def test_bought_and_sold_in_the_same_voice_is_a_flip():
    a = "The fund bought shares of the bank on Monday. Prices rose."
    b = "The fund sold shares of the bank on Monday. Prices rose."
    assert [e[0] for e in errors(a, b)] in (["direction-flip"], ["term-changed"])


def test_a_name_set_off_by_commas_is_anchored_by_the_clause_around_it():
    a = ("Iniesta scored in the 116th minute. The goal came seven minutes after Dutch defender John Heitinga was "
         "sent off for a second yellow card.")
    b = ("Iniesta scored in the 116th minute. Seven minutes earlier the Dutch had been reduced to ten men when their "
         "captain, Giovanni van Bronckhorst, was sent off for a second booking.")
    assert errors(a, b) == [("person-mismatch", "Dutch defender John Heitinga", "their captain, Giovanni van Bronckhorst")]


def test_two_days_of_two_events_in_paired_lead_sentences_are_no_date_change():
    a = ("Lula da Silva narrowly defeated President Jair Bolsonaro in Brazil's runoff on Sunday. "
         "Lula won 50.9% of the vote.")
    b = ("Brazilians awoke on Monday to a divided country after Lula da Silva narrowly defeated President Jair "
         "Bolsonaro in Brazil. Lula won 50.9% of the vote.")
    assert not [e for e in errors(a, b) if e[0] == "date-mismatch"]


@pytest.mark.parametrize("a, b", [
    # "rather than" says "did not"
    ("Ma, 50, did not ring the opening bell himself, leaving the task to eight customers. Shares rose.",
     "Rather than ring the opening bell himself, Mr Ma handed the honour to eight customers. Shares rose."),
    # two doers: Ma did not ring it, the customers did
    ("Ma, 50, did not ring the opening bell himself, leaving the task to eight customers. Shares rose.",
     "Shares rose. Founder Jack Ma watched from the floor as eight customers rang the opening bell."),
])
def test_a_predicate_denied_of_one_doer_and_done_by_another_or_instead_is_no_flip(a, b):
    assert not [e for e in errors(a, b) if e[0] == "negation-flip"]


@pytest.mark.parametrize("text, speaker", [
    ('He hugged President Sebastian Pinera and told him: "I\'ve delivered to you this shift of workers." '
     'Luis Urzua was the last man out.', None),
    ('Barack Obama, for whom Mr Mandela had been a political inspiration, said: "He belongs to the ages."', "obama"),
])
def test_an_object_or_a_name_inside_a_relative_clause_is_no_speaker(text, speaker):
    q = facts_of(text).quotes[0]
    assert q.speaker != "pinera" if speaker is None else q.speaker == speaker


def test_a_figure_restated_to_within_one_percent_is_the_same_fact_whatever_its_words():
    a = ("Some 17,410,742 people voted to leave and 16,141,241 to remain, a margin of almost 1.3 million votes. "
         "Turnout was high.")
    b = "Turnout was high. Leave won 51.9 per cent, or 17.4 million votes to 16.1 million."
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]


def test_a_changed_term_between_figures_of_different_things_is_only_a_warning():
    a = "The company reported revenue of $2.5 billion in the quarter to June. Shares rose."
    b = "Shares rose. The company's websites had 279 million active buyers in the year to June."
    assert not [e for e in errors(a, b) if e[0] == "term-changed"]


def test_one_statement_changed_between_two_articles_that_share_little_else_stays_an_error():
    a = ("Nelson Mandela died on Thursday at the age of 95, President Jacob Zuma said. "
         "Zuma ordered flags flown at half-mast. Leaders around the world paid tribute. "
         "The Nobel laureate spent 27 years in prison.")
    b = ("South Africans sang and wept in the streets as they mourned Nelson Mandela, who died Wednesday night at "
         "the age of 95. Crowds gathered outside his home in Houghton. A memorial service is planned at a stadium "
         "in Soweto.")
    assert ("date-mismatch", "error") in [(f[0], f[1]) for f in flagged(a, b)]


@pytest.mark.parametrize("text", [
    "The Prime Minister said Italy would not seek help from abroad.",  # an office alone is no name
    '"We\'ve been waiting for this moment for six years," he said.',  # nor a pronoun's contraction
    '"We’ve been waiting for this moment for six years," he said.',
])
def test_an_office_or_a_contraction_is_no_persons_name(text):
    assert not [n for n in analyze(text, None).names if n.kind == "person"]


def test_a_prefix_negation_and_a_negated_word_say_the_same():
    a = "The cause of his death is unknown until results of the autopsy are known, his brother said. Fans gathered."
    b = "Fans gathered. His brother said the cause of death would not be known until the results of a post-mortem."
    assert not [e for e in errors(a, b) if e[0] == "direction-flip"]


# ---------------------------------------------------------------- the event a date dates


def test_each_versions_only_date_of_one_event_is_compared_wherever_the_rewrite_put_it():
    a = ("Shares of Acme soared 38 percent in their stock market debut on Tuesday. Acme and its early investors "
         "sold 421 million shares, priced late Monday, raising $16 billion.")
    b = ("Acme's arrival on the stock market ended in triumph yesterday. Its shares closed 38 per cent above the "
         "$38 at which they had been priced on Sunday night.")
    assert ("date-mismatch", "late Monday", "priced on Sunday night") in errors(a, b)


def test_two_days_of_two_events_in_one_place_are_no_change():
    a = ("Typhoon Haiyan killed thousands in the Philippines. President Benigno Aquino, who flew into Tacloban on "
         "Monday, told officials that restoring power was the priority.")
    b = ("Typhoon Haiyan killed thousands in the Philippines. The first U.S. Marines arrived in Tacloban yesterday "
         "with supplies flown in from Okinawa.")
    assert [e for e in errors(a, b) if e[0] == "date-mismatch"] == []


def test_the_event_of_a_date_is_the_verb_nearest_before_it():
    (date,) = [f for f in facts_of("Brazilians awoke on Monday after Lula defeated Bolsonaro.").facts
               if f.kind == "date"]
    assert date.event == frozenset({"awake"})


def test_the_full_stop_after_a_month_ends_the_sentence():
    a = ("The ANC won the election with 62 percent of the vote. Mandela will be inaugurated as president in Pretoria "
         "on May 10, officials said.")
    b = ("Mr Mandela, who spent 27 years in jail, is to be sworn in as president in Pretoria on 11 May. The ANC won "
         "the election with 62 per cent of the vote.")
    assert ("date-mismatch", "on May 10", "on 11 May") in errors(a, b)


def test_a_date_whose_whole_anchor_is_the_same_dates_one_event_in_sentences_moved_apart():
    from checker.match import Match, dice

    (x,) = [f for f in facts_of("Nelson Mandela will be inaugurated as president in Pretoria on May 10.").facts
            if f.kind == "date"]
    (y,) = [f for f in facts_of("Nelson Mandela is to be sworn in as president in Pretoria on 11 May.").facts
            if f.kind == "date"]
    m = Match(x, y, 0.5, dice(x.near, y.near), aligned=False, agree=False)
    assert m.near == 1.0 and len(m.shared) >= 3 and m.confident
    other = facts_of("Nelson Mandela was freed from prison in February 1990 on May 11.").facts
    (z,) = [f for f in other if f.kind == "date" and "May" in f.text]
    assert not Match(x, z, 0.5, dice(x.near, z.near), aligned=False, agree=False).confident


def test_two_teams_figures_written_in_the_other_order_are_no_change():
    a = ("Chelsea won the Champions League on penalties on Monday. The victory also gives Chelsea, which finished "
         "sixth in the Premier League, a place in next season's competition at the expense of fourth-placed "
         "Tottenham.")
    b = ("Chelsea won the Champions League on penalties on Monday. The result means Tottenham Hotspur, who finished "
         "fourth in the Premier League, will miss out on next season's competition because sixth-placed Chelsea "
         "qualify as holders.")
    assert [e for e in flagged(a, b) if e[0] == "number-mismatch"] == []


@pytest.mark.parametrize("text, owners", [
    ("The victory gives Chelsea, which finished sixth in the league, a place.", ["chelsea"]),
    ("Indonesia reported about 4,500 deaths on Monday.", ["indonesia"]),
    ("Kenyans made up the largest group, with 32 on board, followed by 18 Canadians.", [None, None]),
])
def test_a_figure_belongs_to_the_team_or_country_whose_clause_it_is_in(text, owners):
    assert [f.owner for f in facts_of(text).facts if f.kind == "quantity"] == owners


def test_a_name_replaced_in_a_rewritten_sentence_and_never_written_in_the_other_version_is_an_error():
    a = ("Germany beat Brazil 7-1 in the semi-final on Tuesday. Toni Kroos then scored twice in 69 seconds as the "
         "defence collapsed, and Miroslav Klose added another.")
    b = ("Germany crushed Brazil 7-1 in yesterday's semi-final. Mesut Özil then struck twice inside 69 seconds while "
         "the hosts fell apart, and Miroslav Klose added another.")
    assert ("person-mismatch", "Toni Kroos", "Mesut Özil") in errors(a, b)


def test_two_names_a_rewrite_moved_about_are_no_replacement():
    a = ("Germany beat Brazil 7-1 in the semi-final on Tuesday. Toni Kroos then scored twice in 69 seconds as the "
         "defence collapsed, and Mesut Özil added another.")
    b = ("Germany crushed Brazil 7-1 in yesterday's semi-final. Mesut Özil then struck twice inside 69 seconds while "
         "the hosts fell apart, and Toni Kroos added another.")
    assert [e for e in errors(a, b) if e[0] == "person-mismatch"] == []


def test_a_name_is_replaced_only_when_neither_is_written_in_the_other_version():
    from types import SimpleNamespace

    from checker.evidence import _replaced

    a = facts_of("Toni Kroos scored twice. Miroslav Klose added another.")
    b = facts_of("Mesut Özil scored twice. Miroslav Klose added another.")
    c = facts_of("Mesut Özil scored twice. Toni Kroos added another.")
    kroos = next(f for f in a.facts if f.text == "Toni Kroos")
    assert _replaced(kroos, next(f for f in b.facts if f.text == "Mesut Özil"), SimpleNamespace(a=a, b=b))
    assert not _replaced(kroos, next(f for f in c.facts if f.text == "Mesut Özil"), SimpleNamespace(a=a, b=c))


def test_a_figure_for_a_person_or_in_a_sentence_about_him_is_his():
    vf = facts_of("Volodymyr Zelenskiy had 73.2% of the vote, against 24.5% for incumbent Petro Poroshenko. "
                  "Petro Poroshenko conceded defeat. He managed just 25.4 per cent.")
    assert [(f.text, f.owner) for f in vf.facts if f.kind == "quantity"] == [
        ("73.2%", "zelenskiy"), ("24.5%", "poroshenko"), ("25.4 per cent", "poroshenko")]


@pytest.mark.parametrize("opening", ["The Argentine forward", "The Barcelona forward", "The Frenchman"])
def test_a_person_told_by_nationality_and_trade_is_the_one_the_sentence_before_was_about(opening):
    vf = facts_of(f"Lionel Messi broke the record on Saturday. {opening} had started the evening on 250 league goals, "
                  "one short of the 251 scored by Telmo Zarra.")
    assert [(f.text, f.owner) for f in vf.facts if f.text == "250"] == [("250", "messi")]


def test_a_side_and_trade_before_a_name_describe_that_name():
    vf = facts_of("Lionel Messi broke the record on Saturday. The Barcelona striker Luis Suarez had 250 league goals.")
    assert [f.owner for f in vf.facts if f.text == "250"] != ["messi"]


def test_one_persons_figure_mistyped_in_another_sentence_is_an_error():
    a = ("Volodymyr Zelenskiy won Ukraine's presidential runoff on Monday. With almost all ballots counted, Zelenskiy "
         "had 73.2% of the vote, against 24.5% for incumbent Petro Poroshenko, the election commission said.")
    b = ("Volodymyr Zelenskiy won Ukraine's presidential runoff on Monday with 73.2 per cent of the vote. Petro "
         "Poroshenko, the incumbent, conceded defeat within minutes of the exit polls. He managed just 25.4 per cent.")
    assert ("number-mismatch", "24.5%", "25.4 per cent") in errors(a, b)


def test_a_persons_place_is_compared_wherever_the_rewrite_moved_it():
    a = ("Felipe Massa won the race in Sao Paulo. Lewis Hamilton won the world title on Monday by a single point. "
         "The 23-year-old McLaren driver finished fifth after overtaking Timo Glock in the closing laps.")
    b = ("Lewis Hamilton was crowned world champion yesterday, snatching the title at the last corner with a "
         "fourth-place finish. Felipe Massa won the race in Sao Paulo. Hamilton won the title by a single point.")
    assert ("number-mismatch", "fifth", "fourth-place") in errors(a, b)


def test_spans_counted_from_two_events_are_no_change():
    a = ("Fujimori fled to Japan in 2000 as his government collapsed, and was arrested in Chile five years later "
         "and extradited to Peru in 2007.")
    b = "Fujimori fled to Japan in 2000. He was arrested on a visit to Chile in 2005 and extradited two years later."
    assert [e for e in errors(a, b) if e[0] == "number-mismatch"] == []


@pytest.mark.parametrize("x, y, slipped", [
    ("24.5%", "25.4 per cent", True), ("2,370", "2,730", True), ("84.6", "86.4", True),
    ("15 percent", "5.5 percent", False),  # a decimal point elsewhere: another figure
    ("480,000", "48,000", True), ("50", "500", True),  # a zero dropped or added
    ("48,000", "480,500", False), ("4.8", "48", False), ("5", "50", False),  # one digit alone proves little
])
def test_a_slip_of_the_keyboard_keeps_the_figures_shape(x, y, slipped):
    from checker.normalize import digits_slipped

    assert digits_slipped(x, y) is slipped


@pytest.mark.parametrize("text, owner", [
    ("Lula da Silva won. It was the tightest race since 1985, with da Silva's margin at about 1.2 million votes.",
     "silva"),
    ("Jair Bolsonaro conceded on Monday, and Mr Bolsonaro's share was 49.1 million votes.", "bolsonaro"),
])
def test_the_measure_a_possessive_names_is_the_possessors_figure(text, owner):
    assert [f.owner for f in facts_of(text).facts if f.kind == "quantity" and "million" in f.text] == [owner]


def test_one_persons_margin_with_its_digits_swapped_is_an_error_across_sentences():
    a = ("Leftist Luiz Inacio Lula da Silva narrowly defeated Jair Bolsonaro in Brazil's runoff on Monday. Lula, 77, "
         "won about 60.3 million votes, roughly 2.1 million more than the far-right incumbent.")
    b = ("Leftist Luiz Inácio Lula da Silva narrowly defeated Jair Bolsonaro in Brazil's runoff on Monday, winning "
         "about 60 million ballots. It was the tightest race since 1985, with da Silva's margin at about 1.2 million "
         "votes.")
    assert ("number-mismatch", "roughly 2.1 million", "at about 1.2 million votes") in errors(a, b)


def test_a_number_said_otherwise_inside_a_quotation_is_an_error_shown_with_its_time():
    a = ('Mayor Rob Ford admitted on Tuesday that he had smoked crack cocaine. "Have I tried it? Probably in one of '
         'my drunken stupors, probably approximately about a year ago," he said.')
    b = ('Mayor Rob Ford has admitted smoking crack cocaine. "Have I tried it? Probably in one of my drunken stupors, '
         'probably approximately about two years ago," Mr Ford told reporters.')
    found = errors(a, b)
    assert len(found) == 1 and "a year ago" in found[0][1] and "two years ago" in found[0][2]  # one change, shown
    # with its time: the dated words are the more specific finding, the changed quotation is not reported again


def test_each_versions_only_body_in_one_role_is_compared_wherever_the_rewrite_put_it():
    a = ("A US Airways jet ditched in the Hudson River on Tuesday and all 155 people on board survived. The National "
         "Transportation Safety Board sent a team to investigate.")
    b = ("All 155 people on board survived when a US Airways jet ditched in the Hudson yesterday. The Federal Aviation "
         "Administration is leading the investigation into the accident.")
    found = [(f.name, f.a.value, f.b.value, f.why) for f in check_versions(list(story(a, b)), embedder=None).findings
             if f.severity == Severity.ERROR]
    assert [f[:3] for f in found] == [
        ("organisation-mismatch", "National Transportation Safety Board", "Federal Aviation Administration")]
    assert "only body of 'invest'" in found[0][3]


def test_two_bodies_each_in_both_versions_are_no_replacement():
    a = ("Microsoft agreed to buy LinkedIn on Monday. Microsoft said in a statement that the deal would close this "
         "year. LinkedIn shares jumped.")
    b = ("LinkedIn said in a statement that the deal would close this year. Microsoft agreed to buy LinkedIn. "
         "Microsoft shares fell.")
    assert [e for e in errors(a, b) if e[0] == "organisation-mismatch"] == []


def test_two_names_both_said_to_be_places_are_no_metonym():
    from checker.compare_values import metonym_risk

    ferrol = name("The train was carrying 218 passengers to the northwestern port of Ferrol.", "Ferrol")
    vigo = name("The train was travelling to the port city of Vigo with 218 passengers.", "Vigo")
    assert not metonym_risk(ferrol, vigo)
    ferrol_bare = name("The train had left Madrid bound for Ferrol with 218 passengers.", "Ferrol")
    assert metonym_risk(ferrol_bare, vigo)  # nothing says the first is a place: it may name something else
    bologna = name("He was airlifted to the Maggiore hospital in Bologna, where he died.", "Bologna")
    imola = name("He was airlifted to the Maggiore hospital in Imola, where he died.", "Imola")
    assert not metonym_risk(bologna, imola)  # "in" a place is where something is, not a club or its ground
    ground = name("Senna crashed at Imola on the seventh lap.", "Imola")
    assert metonym_risk(bologna, ground)
    oldenburg = name("Prosecutors in Oldenburg are investigating Jooste.", "Oldenburg")
    hamburg = name("Hamburg prosecutors are looking into Jooste.", "Hamburg")  # a listed place, as a modifier
    assert not metonym_risk(oldenburg, hamburg)


@pytest.mark.parametrize("text, score", [
    ("Qatar beat the United States by 14 votes to eight in the fourth round.", "14 votes to eight"),
    ("Senators voted 61 votes to 20 to convict Rousseff.", "61 votes to 20"),
    ("Profits rose from 5 to 10 percent.", None),  # a change, not a tally
])
def test_a_votes_tally_is_one_score(text, score):
    assert [f.text for f in facts_of(text).facts if f.kind == "score"] == ([score] if score else [])


def test_one_body_named_two_ways_is_no_other_body_in_its_role():
    from checker.match import _lone_roles

    a = facts_of("The vote will be held on a two-party basis for the first time in the country's history, according "
                 "to the Central Elections Commission of Turkmenistan.")
    b = facts_of("For the first time the vote will have two parties, citing the country's Central Election and "
                 "Referendum Commission.")
    c = facts_of("For the first time the vote will have two parties, citing the country's Supreme Court.")
    assert _lone_roles(a, b, a.facts, b.facts) == {}
    assert list(_lone_roles(a, c, a.facts, c.facts).values()) == ["countr"]


# ---------------------------------------------------------------- r10 (read after its first run)


def test_the_verb_a_date_dates_is_read_past_an_aside_between_commas():
    f = next(f for f in facts_of("The storm crossed the coast near Mission Beach, between Cairns and Townsville, "
                                 "shortly after midnight on Thursday with wind gusts estimated at 285km/h.").facts
             if f.kind == "date")
    assert f.event == frozenset({"cross"})
    clause = next(f for f in facts_of("Rebels seized the town, killing 12 people, on Thursday.").facts
                  if f.kind == "date")
    assert "seize" not in clause.event  # ", killing 12 people," is a clause of its own, not an aside


@pytest.mark.parametrize("text, event", [
    ("Pakistan's ruling party on Saturday named Shahid Khaqan Abbasi as interim prime minister.", "name"),
    ("Alibaba raised $21.8 billion after pricing the offering at the top of the expected range late on Thursday.",
     "price"),
    ("The decision followed a two-day meeting of the committee that ended on Thursday.", "end"),
    ("Air New Zealand placed the loss-making carrier into voluntary administration on Wednesday.", "place"),
])
def test_a_noun_or_a_word_describing_one_is_no_event_of_a_date(text, event):
    f = next(f for f in facts_of(text).facts if f.kind == "date")
    assert f.event == frozenset({event})


def test_an_announcement_is_the_event_its_date_dates():
    a = ("Steinhoff announced Jooste's departure with immediate effect late on Monday. Shares fell. "
         "The company appointed PwC.")
    b = "Shares fell yesterday. Steinhoff announced on Sunday night that Mr Jooste had resigned with immediate effect."
    assert ("date-mismatch", "late on Monday", "announced on Sunday night") in errors(a, b)


def test_a_day_after_an_event_dates_the_event_from_the_sentences_own_day():
    facts = facts_of("The ruling party on Saturday named Abbasi as interim prime minister, a day after the Supreme "
                     "Court disqualified Nawaz Sharif.").facts
    dates = {f.text: (f.item.value, f.event) for f in facts if f.kind == "date"}
    assert dates["a day after"] == ("2024-03-08", frozenset({"disqualify"}))  # Saturday the 9th, less a day
    assert not [f for f in facts_of("It happened a day after.").facts if f.kind == "date"]  # no day to count from


def test_the_day_before_said_as_a_day_after_is_no_changed_date():
    a = ("Pakistan's Supreme Court on Monday disqualified Prime Minister Nawaz Sharif from office. "
         "He resigned hours later.")
    b = ("Pakistan's ruling party on Tuesday named Shahid Khaqan Abbasi as interim prime minister, a day after the "
         "Supreme Court disqualified Nawaz Sharif from office.")
    assert not [e for e in errors(a, b) if e[0] == "date-mismatch"]


@pytest.mark.parametrize("a_text, b_text, a_value, b_value", [
    ("The storm crossed the coast near Mission Beach shortly after midnight on Monday, officials said.",
     "The cyclone crossed the coast near Mission Beach in the early hours of Sunday, officials said.",
     "midnight on Monday", "early hours of Sunday"),
    ("The companies expect the deal to close by the end of 2025, officials said.",
     "The companies expect to complete the deal by the end of 2026, officials said.", "end of 2025", "end of 2026"),
])
def test_a_date_is_shown_with_the_part_of_the_day_or_period_the_copy_names(a_text, b_text, a_value, b_value):
    assert ("date-mismatch", a_value, b_value) in errors(a_text, b_text)


def test_a_name_ending_in_a_geographic_word_is_a_place():
    names = {f.text: f.item.kind for f in facts_of("The storm hit Mission Beach, Pearl Harbor and the Andaman Sea.").facts
             if f.kind == "name"}
    assert names == {"Mission Beach": "place", "Pearl Harbor": "place", "Andaman Sea": "place"}


def test_a_possessor_is_not_part_of_the_name_after_it():
    names = {f.text: f.item.kind for f in facts_of(
        "Microsoft used unlawful tactics to crush Netscape's Web browser, said Disney's Chief Executive Robert "
        "Iger.").facts if f.kind == "name"}
    assert "Netscape's Web" not in names and "Netscape's" in names
    iger = next(f for f in facts_of("Disney's Chief Executive Robert Iger spoke.").facts if f.kind == "name")
    assert (iger.text, iger.item.role_text) == ("Robert Iger", "Disney's Chief Executive")  # the office's owner
    a = "Microsoft used illegal tactics to crush Netscape Communications Corp.'s browser, the judge ruled in April."
    b = "Microsoft used unlawful tactics to crush Netscape's Web browser, the judge ruled in April."
    assert not errors(a, b)


def test_a_name_inside_an_apposition_is_not_the_speaker_of_a_later_verb():
    q = facts_of("Yugoslav President Vojislav Kostunica, a long-time rival of Djindjic within the coalition, said he "
                 'had not been told of the transfer and called it "illegal and unconstitutional".').quotes[-1]
    assert q.speaker == "kostunica"


def test_a_body_set_off_inside_an_apposition_is_not_the_speaker():
    q = facts_of('Johannes Ludewig, chief executive of the state railway, Deutsche Bahn, said at the scene: "We are '
                 'all deeply shaken."').quotes[-1]
    assert q.speaker == "ludewig"
    q = facts_of('The chief executive of the state railway, Deutsche Bahn, said at the scene: "We are all deeply '
                 'shaken."').quotes[-1]
    assert q.speaker == "bahn"  # no name before the apposition: the body set off is the one who spoke


def test_a_he_said_goes_to_the_person_the_sentence_opens_with():
    quotes = facts_of("Shares fell. Markus Jooste resigned. Christo Wiese, the chairman, will run the group for now; "
                      'he said the board wanted the truth "as quickly as possible".').quotes
    assert quotes[-1].speaker == "wiese"


def test_the_word_for_both_children_is_no_other_child():
    a = "The court ordered cases against Sharif, his daughter Maryam and his sons Hassan and Hussain, it said."
    b = "The court ordered cases against Sharif and his children Maryam, Hassan and Hussain, it said."
    assert not [e for e in errors(a, b) if e[0] == "term-changed"]
    c = "The court ordered cases against Sharif, his son Maryam and his sons Hassan and Hussain, it said."
    assert flagged(a, c)  # a daughter made a son is still a change


def test_a_part_of_a_whole_left_or_added_is_not_compared_with_the_whole():
    a = "Vettel passed Hamilton with two laps remaining, and Hamilton dropped to sixth."
    b = "Vettel passed Hamilton on the 69th of 71 laps, and Hamilton dropped to sixth."
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]
    c = "Vettel passed Hamilton with three laps remaining, and Hamilton dropped to sixth."
    assert [e for e in flagged(a, c) if e[0] == "number-mismatch"]  # two remainders are still compared
    d = "He was given two extra life sentences for the attack, the court said."
    e = "He is serving three life sentences for the attack, the court said."
    assert not [x for x in flagged(d, e) if x[0] == "number-mismatch"]  # what was added, and the whole
    assert [x for x in flagged(d, d.replace("two extra", "four extra")) if x[0] == "number-mismatch"]


def test_a_bare_dollar_is_whatever_dollar_the_other_version_names():
    a = "Mr Joyce said the industrial action had cost Qantas $68 million so far, the airline said."
    b = "Joyce said the action had cost the airline A$68 million ($72 million) so far, the airline said."
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]
    c = "Joyce said the action had cost the airline A$86 million ($90 million) so far, the airline said."
    assert [e for e in flagged(a, c) if e[0] == "number-mismatch"]


@pytest.mark.parametrize("text, role", [
    ("The board had named Ram Mynampati, a board member, as interim chief executive.", ("interim", "chief", "executive")),
    ("Srinivas Vadlamani, who was named interim chief executive on Wednesday, told staff.",
     ("interim", "chief", "executive")),
    ("The party elected John Smith as its leader.", ("leader",)),
    ("Paul Jones, who was appointed in May, said.", ()),  # no office named
])
def test_an_office_given_by_an_appointing_verb_is_the_persons_role(text, role):
    name = next(f.item for f in facts_of(text).facts if f.kind == "name" and f.item.kind == "person")
    assert name.role == role and name.appointed == bool(role)


def test_two_appointments_to_one_unqualified_office_in_two_versions_are_a_changed_person():
    a = ("Satyam said the board had named Ram Mynampati, a board member, as interim chief executive. "
         "Shares fell 78 percent.")
    b = ("Shares fell 78 percent. Srinivas Vadlamani, who was named interim chief executive on Wednesday, told staff "
         "the company would pay salaries.")
    assert ("person-role-mismatch", "Ram Mynampati", "Srinivas Vadlamani") in errors(a, b)
    c = ("Shares fell 78 percent. Chief executive Srinivas Vadlamani told staff the company would pay salaries. "
         "Chief executive Ram Mynampati said nothing.")
    assert not [e for e in errors(a, c) if e[0] == "person-role-mismatch"]  # two chief executives, both named


def test_a_speaker_is_shown_with_the_courtesy_title_the_copy_gives():
    a = ('Steve Jobs, Pixar\'s chief executive, will join the board. "We welcome an extraordinary group of artists," '
         'Disney Chief Executive Robert Iger told analysts on a call.')
    b = ('Steve Jobs, Pixar\'s chief executive, will join the board. "We welcome an extraordinary group of artists," '
         'Mr Jobs told analysts on a call.')
    assert ("Disney Chief Executive Robert Iger told analysts", "Mr Jobs told analysts") in [e[1:] for e in errors(a, b)]


def test_a_name_after_a_place_noun_and_of_is_a_place():
    name = next(f.item for f in facts_of("In the nearby town of Anjar, 200 children were buried.").facts
                if f.kind == "name")
    assert (name.text, name.kind) == ("Anjar", "place")
    common = ("The quake of magnitude 7.9 struck Gujarat on Friday, killing at least 10,000 people. Prime Minister "
              "Atal Bihari Vajpayee flew to Bhuj on Saturday. ")
    a = common + "In the nearby town of Anjar, more than 200 schoolchildren in a parade were buried, officials said."
    b = common + "The worst tragedy came in Bhachau, where more than 200 children in a parade were buried, officials said."
    assert ("place-mismatch", "Anjar", "in Bhachau") in errors(a, b)  # two places, neither in the other version


def test_a_quotation_merged_from_two_is_compared_with_each():
    a = ('"The ECB is ready to do whatever it takes to preserve the euro," Draghi told a conference in London. '
         '"And believe me, it will be enough."')
    b = ('Draghi told a conference in London: "The ECB is ready to do whatever it takes to preserve the euro. '
         'And believe me, it will be sufficient."')
    assert ("quote-altered", "enough", "sufficient") in errors(a, b)
    c = b.replace("sufficient", "enough")
    assert not [e for e in errors(a, c) if e[0] == "quote-altered"]


@pytest.mark.parametrize("verb", ["wrote", "declared", "stated", "added", "argued", "noted"])
def test_every_written_form_of_a_speech_verb_gives_the_speaker(verb):
    q = facts_of("AlphaGo was developed by DeepMind, a London-based artificial intelligence company that Google bought "
                 f'in 2014. "We landed it on the moon," DeepMind chief executive Demis Hassabis {verb} on Twitter.'
                 ).quotes[-1]
    assert q.speaker == "hassabis"


def test_several_people_joined_by_and_are_no_one_speaker():
    q = facts_of('Justices Stephen Breyer, Sonia Sotomayor and Elena Kagan wrote in a joint dissent that women "have '
                 'today lost a fundamental constitutional protection."').quotes[-1]
    assert q.speaker is None


def test_a_name_after_an_article_is_no_speaker():
    q = facts_of('At the summit, held at the Capella Hotel on Sentosa, Kim reaffirmed his commitment to "complete '
                 'denuclearization of the Korean Peninsula".').quotes[-1]
    assert q.speaker != "hotel"


def test_a_surname_may_open_with_two_particles():
    people = facts_of("President Fernando de la Rua of Argentina resigned on Tuesday.").people
    assert list(people) == ["rua"]


def test_the_level_a_change_left_is_never_compared_with_the_level_it_reached():
    a = "The central bank raised its discount rate to 12.5 percent from 10.5 percent, the bank said on Wednesday."
    b = "The central bank also lifted its discount rate by three percentage points to 13.5 per cent on Wednesday."
    assert [e[2:] for e in flagged(a, b) if e[0] == "number-mismatch"] == [
        ("to 12.5 percent", "to 13.5 per cent on Wednesday")]  # the figure with the day it is of
    c = "The central bank lifted its discount rate by two percentage points to 12.5 per cent on Wednesday."
    assert not [e for e in flagged(a, c) if e[0] == "number-mismatch"]  # "from 10.5" is no other "to" level


def test_a_figure_is_shown_with_the_noun_it_counts_in_any_inflection():
    a = ("Officials said 51 bodies had been recovered from the ferry by Saturday afternoon. "
         "The ferry capsized outside the harbour at Zeebrugge on Friday evening.")
    b = ("By yesterday afternoon officials had confirmed that 61 bodies had been brought out of the stricken ship. "
         "The ferry capsized outside the harbour at Zeebrugge on Friday evening.")
    assert [e[2:] for e in flagged(a, b) if e[0] == "number-mismatch"] == [("51 bodies", "61 bodies")]


@pytest.mark.parametrize("text, noun", [
    ("Police said seven rescue helicopters were sent to the village.", "helicopter"),  # the head of a compound
    ("Two police cars were burnt.", "car"),
    ("One man says he saw it.", "man"),  # "says" is a verb, not what is counted
    ("They found 26 people in the yard.", "peopl"),
    ("Cheating took place at 54 Atlanta schools.", "school"),  # a name before the plural only modifies it
    ("The company shut 15 Apple stores.", "stor"),
    ("The 363 Dick Smith stores will stay open for now.", "stor"),  # a name of two words (read on r53 c07)
])
def test_a_figure_counts_the_head_of_the_noun_after_it(text, noun):
    assert [f.item.noun for f in facts_of(text).facts if f.kind == "quantity"] == [noun]


def test_a_count_restated_with_its_nouns_head_is_compared():
    a = ("Police said seven rescue helicopters from the Royal Air Force and the Royal Navy were sent to the village on "
         "the north coast of Cornwall.")
    b = "Six helicopters from the RAF and the Royal Navy were scrambled to Boscastle, on Cornwall's north coast."
    assert ("number-mismatch", "seven rescue helicopters", "Six helicopters") in errors(a, b)


def test_a_hyphened_compass_point_is_shown_whole():
    a = "The epicentre was near Lamjung, about 50 miles northwest of Kathmandu, the survey said."
    b = "The epicentre was near Lamjung, about 50 miles north-east of Kathmandu, the survey said."
    assert ("term-changed", "northwest", "north-east") in errors(a, b)
    assert not errors(a, b.replace("north-east", "north-west"))  # the same point written two ways


def test_a_golfers_score_against_par_is_neither_a_score_line_nor_a_bound():
    a = "Kite finished at 6-under 282, and Tommy Tolles was third at 283."
    b = "Tom Kite, the former US Open champion, was a distant second on 282, with Tommy Tolles a shot further back."
    assert not [e for e in flagged(a, b) if e[0] == "number-mismatch" and "28" in e[2] + e[3]]
    assert not [s for s in facts_of(a).facts if s.kind == "score"]


def test_a_margin_is_never_compared_with_a_level():
    from checker.compare_values import comparable

    def figure(text: str, value: float):
        return next(f for f in facts_of(text).facts if f.kind == "quantity" and f.item.value == value)

    level = figure("He broke the Masters record of nine strokes set by Nicklaus in 1965.", 9)
    margin = figure("His total was one stroke better than the mark shared by Nicklaus and Floyd.", 1)
    bare = figure("His total was one better than the record held by Nicklaus and Floyd.", 1)
    assert (margin.item.change, bare.item.change, bare.item.noun) == ("than", "than", None)
    assert not comparable(level, margin)
    other = figure("His total was three strokes better than the mark shared by Nicklaus and Floyd.", 3)
    assert comparable(margin, other)  # two margins are still compared


def test_a_hedged_time_of_day_is_a_time_of_day():
    q = [f for f in facts_of("Services began returning at around 6 p.m., Facebook said.").facts if "6" in f.text][0]
    assert q.item.unit == "clock" and q.item.hours == 18


def test_dates_of_one_event_next_to_two_people_are_two_events():
    a = ("Ayrton Senna died on Tuesday after crashing at high speed in the San Marino Grand Prix, a day after Austrian "
         "Roland Ratzenberger was killed in qualifying at the same circuit. Senna, 34, suffered severe head injuries "
         "when his Williams-Renault left the track at the Tamburello curve on the seventh lap. The race was restarted "
         "and won by Michael Schumacher of Germany.")
    b = ("Ayrton Senna, three times world champion and the outstanding driver of his generation, was killed yesterday "
         "when his Williams-Renault speared off the track at the Tamburello corner during the San Marino Grand Prix. "
         "Senna, 34, suffered severe head injuries on the seventh lap. The restarted race was won by Michael "
         "Schumacher of Germany.")
    assert not [e for e in flagged(a, b) if e[0] == "date-mismatch"]  # Ratzenberger's death, and Senna's
    c = b.replace("was killed yesterday", "was killed on Sunday")
    assert [e for e in flagged(a.replace("a day after Austrian Roland Ratzenberger was killed in qualifying at the "
                                         "same circuit", "on the circuit where he was killed"), c)
            if e[0] == "date-mismatch"]  # one death, dated two days


def test_a_move_is_shown_with_its_size_a_place_with_against_and_a_surname_with_its_particle():
    a = "Samsung shares fell 2.3 percent in Seoul on Tuesday after the recall."
    b = "Samsung shares rose 2.3 percent in Seoul on Tuesday after the recall."
    # one discrepancy, found by the direction and the movement rules, is reported once, by the one showing more
    assert ("movement-reversed", "Samsung shares fell 2.3 percent", "Samsung shares rose 2.3 percent") in errors(a, b)
    assert [f[0] for f in errors(a, b)].count("direction-flip") == 0
    c = "Lara made 400 not out against England in Antigua on Monday, the board said."
    d = "Lara made 400 not out against Sri Lanka in Antigua on Monday, the board said."
    assert ("place-mismatch", "against England", "against Sri Lanka") in [(x[0], x[2], x[3]) for x in flagged(c, d)]
    e = ('Prince Alexandre de Merode, the IOC medical chief, confirmed it on Tuesday. "This is a blow to the Games," '
         'de Merode said.')
    f = ('Prince Alexandre de Merode, the IOC medical chief, confirmed it on Tuesday. Michele Verdier, the IOC '
         'spokeswoman, spoke later. "This is a blow to the Games," Ms Verdier added.')
    assert [x[2:] for x in flagged(e, f) if x[0] in ("person-mismatch", "quote-attribution")][:1] == [
        ("de Merode said", "Ms Verdier added")]


def test_a_phrasal_verb_and_its_one_word_noun_are_one_anchor():
    from checker.extract import _compound

    assert (_compound("touch", "down"), _compound("broke", "up"), _compound("said", "up")) == (
        "touchdown", "breakup", None)
    a = ("Columbia broke apart over Texas on Tuesday. It was 16 minutes from its scheduled touchdown at Kennedy Space "
         "Center. The crew of seven died.")
    b = ("Columbia broke apart over Texas on Tuesday. The crew of seven died. It had been due to touch down 16 "
         "minutes later at Edwards Air Force Base in California.")
    assert [e[2:] for e in flagged(a, b) if e[0] == "organisation-mismatch"] == [
        ("Kennedy Space Center", "Edwards Air Force Base")]


def test_not_since_denies_no_predicate():
    from checker.extract import negated_words

    def denied(text: str) -> list[str]:
        return [w.text for _, w in negated_words(facts_of(text).analyses[0])]

    assert denied("Not since the breakup of AT&T in 1984 has a case carried such high stakes.") == []
    assert denied("Not until Friday did the board meet.") == []
    assert denied("The government did not break up AT&T in 1984.") == ["break"]


def test_the_next_name_of_a_list_is_no_role_of_the_name_before():
    def roles(text: str) -> dict[str, tuple[str, ...]]:
        return {k: p.mentions[0][1].role for k, p in facts_of(text).people.items()}

    crew = roles("The crew was led by commander Rick Husband, an Air Force colonel, and included pilot William "
                 "McCool, payload commander Michael Anderson, Kalpana Chawla and Laurel Clark.")
    assert crew["mccool"] == ()  # "payload commander Michael Anderson" is the next crew member, not McCool's role
    listed = roles("The seven astronauts were commander William McCool, Rick Husband, Michael Anderson and Ilan Ramon.")
    assert listed["mccool"] == ("commander",)  # "Rick Husband" is a name: "Husband" a surname, not kin
    assert roles("Jens Stoltenberg, Nato's secretary-general, said on Monday.")["stoltenberg"]  # a role still is


@pytest.mark.xfail(strict=True, reason="'payload commander' is read as the role 'commander', so the first version "
                   "gives the office to two people; it passed while 'Rick Husband', both words common nouns, was read "
                   "as no person where no title stood before it (given names, thirty-fourth sitting)")
def test_the_same_office_given_to_another_crew_member_is_a_changed_person():
    a = ("Columbia broke apart over Texas on Tuesday. The crew was led by commander Rick Husband, an Air Force colonel, "
         "and included pilot William McCool, payload commander Michael Anderson and Laurel Clark.")
    b = ("Columbia broke apart over Texas on Tuesday. The seven astronauts were commander William McCool, Rick Husband, "
         "Michael Anderson and Laurel Clark.")
    assert [e[1:] for e in errors(a, b) if e[0] == "person-role-mismatch"] == [("Rick Husband", "William McCool")]


def test_a_year_after_in_is_a_year_before_any_verb():
    dates = [f.text for f in facts_of("Among them was Lee Elder, who in 1975 became the first black player to compete "
                                      "in the Masters.").facts if f.kind == "date"]
    assert dates == ["1975"]
    counts = [f.text for f in facts_of("A total of 1898 cases had been reported.").facts if f.kind == "quantity"]
    assert counts == ["1898"]  # a count of a plural noun is still a count
    assert [f.text for f in facts_of("He was convicted over the 1988 bombing of Pan Am Flight 103.").facts
            if f.kind == "date"] == ["1988"]  # a year before an -ing noun


def test_years_ago_is_a_year_against_the_dateline():
    def years(text: str) -> list[tuple[str, str]]:
        return [(f.text, f.item.value) for f in facts_of(text).facts if f.kind == "date"]

    assert years("He broke his own world record of 9.83 seconds, set in Rome two years ago.") == [
        ("two years ago", "2022")]  # A_HEADER is dated 2024
    assert years("The index is 5 percent higher than a year ago.") == [("a year ago", "2023")]


def test_an_abbreviated_title_with_its_full_stop_is_the_persons_role():
    name = next(f for f in facts_of("Five Democrats, among them Sen. Luis de la Garza of N.M., voted yes.").facts
                if f.kind == "name" and "Garza" in f.text)
    assert name.item.kind == "person" and "sen" in name.item.role


def test_a_body_before_a_title_and_a_name_is_whose_officer_speaks():
    q = facts_of('UBS bought its rival on Sunday. "This is an emergency rescue," said Credit Suisse chairman Axel '
                 'Lehmann.').quotes[-1]
    assert q.speaker == "lehmann"


def test_opposed_prepositions_with_other_objects_are_no_flip():
    a = "Both men pleaded guilty and testified against him at the trial in Manhattan on Tuesday."
    b = "Both men pleaded guilty and testified for the government at the trial in Manhattan on Tuesday."
    assert not [e for e in flagged(a, b) if e[0] == "direction-flip"]
    c = "Both men pleaded guilty and testified for him at the trial in Manhattan on Tuesday."
    assert [e for e in flagged(a, c) if e[0] == "direction-flip"]  # the same object: a flip


def test_a_comparison_is_shown_with_than():
    a = "The April figures were slightly better than economists had forecast, the department said on Tuesday."
    b = "The April figures were slightly worse than economists had forecast, the department said on Tuesday."
    assert ("direction-flip", "better than", "worse than") in errors(a, b)


def test_a_record_set_on_a_weekday_is_past_and_shown_with_last():
    dates = [(f.text, f.item.value) for f in facts_of(
        "Volume swelled to 604.3 million shares, nearly double the previous high of 338.5 million shares set on "
        "Friday.").facts if f.kind == "date"]
    assert dates == [("Friday", "2024-03-08")]  # the Friday before A_HEADER's Tuesday, not the one after
    assert [d.item.value for d in facts_of("The summit is set for Friday.").facts if d.kind == "date"] == [
        "2024-03-15"]
    a = "Volume reached 604.3 million shares, double the previous record of 338.5 million set on Friday, traders said."
    b = ("Volume reached 604.3 million shares, double the previous record of 338.5 million set last Thursday, "
         "traders said.")
    assert ("date-mismatch", "on Friday", "last Thursday") in [(x[0], x[2], x[3]) for x in flagged(a, b)]


def test_a_person_first_named_in_the_possessive_is_a_person():
    people = facts_of("An Italian appeals court on Monday overturned Amanda Knox's conviction for the murder. "
                      'Earlier, Knox made a final plea to the court. "I wasn\'t there," she said.').people
    assert "knox" in people
    assert facts_of("The Obama administration said on Monday it would appeal.").people == {}  # a modifier still is not


def test_a_quoted_subheading_is_no_claim():
    from checker.segment import is_heading

    assert is_heading("'I WASN'T THERE'", first=False)
    assert not is_heading('"I did not kill, I did not rape, I did not steal," she said.', first=False)


def test_a_figure_is_not_restated_by_the_same_figure_of_another_month():
    from checker.compare_values import agree
    from checker.match import _restated

    march = next(f for f in facts_of("The jobless rate surged to 14.7 percent from 3.5% in March, the department "
                                     "said.").facts if f.kind == "quantity" and f.item.value == 3.5)
    february = facts_of("Two months earlier, in February, unemployment had stood at a 50-year low of 3.5 percent.")
    assert not _restated(march, february.facts, agree)
    also_march = facts_of("In March, unemployment had stood at a 50-year low of 3.5 percent.")
    assert _restated(march, also_march.facts, agree)


@pytest.mark.parametrize("a_quote, b_quote", [
    ("but I respect it", "and I do not respect it"),
    ("We will not raise taxes this year", "We will raise taxes this year"),
])
def test_words_put_into_a_quotation_are_shown_with_the_word_after_them(a_quote, b_quote):
    a = f'The court ruled on Friday. "I disagree with the ruling, {a_quote}," Kenyatta said.'
    b = f'The court ruled on Friday. "I disagree with the ruling, {b_quote}," Kenyatta said.'
    shown = flagged(a, b)
    assert all(x[2] and x[3] for x in shown)  # never an empty side
    assert [x[0] for x in shown] == ["negation-flip"]  # one change, one finding: not also a changed quotation


def test_a_speaker_is_shown_with_how_the_words_were_given():
    a = ('Coal board chairman Ian MacGregor welcomed the vote on Sunday. "The strike is over," MacGregor said in a '
         'statement.')
    b = ('Coal board chairman Ian MacGregor welcomed the vote on Sunday. "The strike is over," said Energy Secretary '
         'Peter Walker.')
    assert speaker_shown(a, b) == [
        ("MacGregor said in a statement", "said Energy Secretary Peter Walker")]


def test_a_place_describing_a_common_noun_is_no_other_body():
    a = 'Lugovoi, now a member of the Russian parliament, has always denied involvement and called it "absurd".'
    b = 'Mr Lugovoi, now a member of the Duma, has always denied involvement, calling it "absurd".'
    assert not [x for x in flagged(a, b) if x[0] == "organisation-mismatch"]
    c = 'Lugovoi, now a member of the Kremlin, has always denied involvement, calling it "absurd".'
    assert [x for x in flagged(b, c) if x[0] == "organisation-mismatch"]  # two bodies named: still compared


def matches(a: str, b: str):
    from checker.check import compare_versions
    from checker.match import match_story

    va, vb = story(a, b)
    claims = {v.id: segment(v) for v in (va, vb)}
    return match_story(extract(va, claims[va.id]), extract(vb, claims[vb.id]),
                       compare_versions(va, vb, claims, None)).facts


def test_a_list_that_keeps_every_member_but_one_has_changed_that_one():
    a = "The virus has killed 961 people and infected 1,779 in Guinea, Liberia, Sierra Leone and Nigeria."
    b = "It said the virus has sickened 1,779 people in Guinea, Liberia, Sierra Leone and Senegal."
    swapped = next(m for m in matches(a, b) if m.a.text == "Nigeria")
    assert swapped.b.text == "Senegal" and swapped.confident  # the list is its anchor, though no word is near it
    reordered = "It said the virus has sickened 1,779 people in Nigeria, Guinea, Sierra Leone and Liberia."
    assert all(m.agree for m in matches(a, reordered) if m.a.kind == "name")
    subset = "It said the virus has sickened 1,779 people in Liberia and Guinea."  # a rewrite may name fewer
    assert all(m.agree for m in matches(a, subset) if m.a.kind == "name")


def test_he_was_n_closing_a_statement_is_the_persons_age():
    ages = [f for f in facts_of("Ruth Bader Ginsburg, the Supreme Court justice, died on Friday. She was 87.").facts
            if f.kind == "quantity"]
    assert [(f.text, f.item.unit, sorted(f.people)) for f in ages] == [("87", "age", ["ginsburg"])]
    toll = [f for f in facts_of("The final toll was 87.").facts if f.kind == "quantity"]
    assert [f.item.unit for f in toll] == [None]  # a figure that is no one's


def test_each_versions_only_figure_of_one_measure_and_event_is_one_figure():
    a = ("Thieves stole 13 works of art from the museum on Sunday. The thieves spent nearly an hour and a half "
         "inside the museum before leaving with the art, police said.")
    b = ("Thieves stole 13 works of art from the museum on Sunday. They tied up the guards while they spent about 45 "
         "minutes taking paintings from the walls.")
    duration = next(m for m in matches(a, b) if m.a.text == "nearly an hour and a half")
    assert duration.b.text == "about 45 minutes" and duration.lone_event == "spend" and duration.confident
    far = b.replace("about 45 minutes", "three decades")  # no duration mistold that far: two figures
    assert not any(m.confident and not m.agree for m in matches(a, far) if m.a.kind == "quantity")


def test_each_versions_only_date_of_one_event_told_in_a_synonym_is_one_date():
    a = ("The plane crashed into the Atlantic in June 2009. The aircraft's flight recorders were recovered from a "
         "depth of about 3,900 metres in May 2011, after a search lasting nearly two years.")
    b = ("The plane crashed into the Atlantic in June 2009. Its black boxes were not found until April 2011, almost "
         "two years later, lying 3,900m down on the ocean floor.")
    month = next(m for m in matches(a, b) if m.a.text == "May 2011")
    assert month.b.text == "April 2011" and month.lone_event == "recover/find" and month.confident
    light = ("The plane crashed into the Atlantic in June 2009. Investigators held a meeting in April 2011, almost "
             "two years later.")  # "hold" shares a sense with many verbs: no event in common
    assert not any(m.confident for m in matches(a, light) if m.a.text == "May 2011")


@pytest.mark.parametrize("text, day", [
    ("The terminal was formally opened by the Queen a fortnight ago.", "2024-02-27"),  # A_HEADER: Tue 12 March
    ("He arrived three days ago.", "2024-03-09"),
    ("She left a week ago.", "2024-03-05"),
])
def test_days_and_a_week_or_fortnight_ago_are_days_counted_back_from_the_dateline(text, day):
    assert [f.item.value for f in facts_of(text).facts if f.kind == "date"] == [day]


def test_weeks_ago_beyond_two_name_no_day():
    assert [f for f in facts_of("It began five weeks ago.").facts if f.kind == "date"] == []


def test_a_number_naming_a_terminal_counts_nothing():
    text = "BA will move its long-haul flights from Terminal 4 into Terminal 5 at the end of April."
    assert [f.text for f in facts_of(text).facts if f.kind == "quantity"] == []


def test_expected_to_remain_closed_on_a_weekday_is_ahead_of_the_dateline():
    text = "The museum was expected to remain closed on Wednesday."  # A_HEADER: Tuesday 12 March
    assert [f.item.value for f in facts_of(text).facts if f.kind == "date"] == ["2024-03-13"]


def test_two_days_of_a_state_that_goes_on_are_no_changed_date():
    a = ("Thieves stole 13 works of art on Sunday. Under the terms of her will, nothing may be moved, and the museum "
         "was expected to remain closed on Monday.")
    b = "Thieves stole 13 works of art on Sunday. The museum, which had no insurance, remained closed on Tuesday."
    state = next(m for m in matches(a, b) if m.a.text == "Monday")
    assert state.b.text == "Tuesday" and not state.confident


def test_nearly_a_week_after_names_no_day():
    text = "Salvage teams freed the ship on Monday, nearly a week after it ran aground."
    assert "week" not in " ".join(f.text for f in facts_of(text).facts if f.kind == "date")
    exact = "Salvage teams freed the ship on Monday, a week after it ran aground."
    assert "a week after" in [f.text for f in facts_of(exact).facts if f.kind == "date"]


def test_a_name_after_the_canton_of_is_a_place_and_two_cantons_no_metonym():
    from checker.compare_values import metonym_risk

    a = next(f for f in facts_of("The tunnel runs to Bodio in the Italian-speaking canton of Ticino.").facts
             if f.text == "Ticino")
    b = next(f for f in facts_of("Trains ran to Bodio in the southern canton of Graubuenden.").facts
             if f.text == "Graubuenden")
    assert a.item.kind == b.item.kind == "place" and not metonym_risk(a, b)


def test_two_names_with_one_description_in_one_statement_are_one_slot():
    lead = ("Terminal 5 opened on Thursday and hundreds of flights were cancelled as the baggage system failed. "
            "Mr Walsh apologised to passengers. ")
    a = lead + "Airport operator BAA, which is owned by Spain's Ferrovial, said the building had performed well."
    b = lead + "BAA, the airport operator owned by Spain's Abertis, insisted that the building had worked."
    assert [x[1:] for x in flagged(a, b) if x[2] == "Ferrovial"] == [("error", "Ferrovial", "Abertis")]


def test_one_agreeing_fact_and_three_words_of_what_happened_make_one_statement():
    from checker.check import _one_statement

    a = ("A stretch of roadway roughly 200 meters long and one of the bridge's concrete supports fell onto the "
         "Polcevera river, warehouses and a rail line.")
    b = ("A roughly 200-metre section of the bridge, along with one of its concrete pillars, fell about 45 metres "
         "onto the Bisagno river, railway tracks and warehouses.")
    river = next(m for m in matches(a, b) if m.a.text == "Polcevera")
    assert river.confident and _one_statement(river)  # an error even between two articles on one event
    other = "One of the bridge's concrete supports fell onto the Bisagno river, the fire brigade said."
    assert not _one_statement(next(m for m in matches(a, other) if m.a.text == "Polcevera"))


def test_each_versions_only_measured_figure_of_one_word_said_of_two_people_is_two_figures():
    a = "The coach stomped off the court although his team led by 18 points."
    b = "Shy Ely scored 23 points to lead Evansville, which was off to its best start since 1981."
    assert not any(m.lone_event for m in matches(a, b) if m.a.kind == "quantity")


def test_a_phrase_after_an_apposition_is_about_the_clause_before_it():
    text = ("Disney paid $7.4bn for Pixar in 2006 and $4bn for Marvel, the home of Iron Man and the Avengers, four "
            "years ago.")
    ago = next(f for f in facts_of(text).facts if f.text == "four years ago")
    assert {"marvel", "q:usd:4000000000"} <= ago.near


def test_a_year_next_to_one_figure_dates_it():
    a = "Disney bought Pixar for $7.4 billion in 2006 and Marvel Entertainment for $4 billion in 2009."
    b = ("The deal continues a buying spree for Disney, which paid $7.4bn for Pixar in 2006 and $4bn for Marvel, the "
         "home of Iron Man, four years ago.")
    year = next(m for m in matches(a, b) if m.a.text == "2009")
    assert year.b.text == "four years ago" and year.confident


@pytest.mark.parametrize("name", ["Gare du Nord", "Mount Everest", "Lake Geneva", "Piazza San Marco"])
def test_a_name_opened_by_a_word_for_a_place_is_a_place(name):
    cf = analyze(f"The train left from the {name} at noon.", None)
    assert [(n.text, n.kind) for n in cf.names if n.text == name] == [(name, "place")]


def test_the_same_place_gone_to_in_one_version_and_come_from_in_the_other_is_a_reversed_move():
    lead = "Prince was found dead at his home on Thursday. He had postponed two concerts in Atlanta. "
    a = lead + ("Hours later his private jet made an emergency landing in Moline, Illinois, as he flew home from "
                "Atlanta.")
    b = lead + ("Hours later his private plane was forced to make an emergency landing in Moline, Illinois, as he "
                "flew to Atlanta for two concerts.")
    assert [x[1:] for x in flagged(a, b) if x[0] == "direction-flip"] == [
        ("error", "flew home from Atlanta", "he flew to Atlanta")]
    same = b.replace("flew to Atlanta for two concerts", "flew back from Atlanta")
    assert not [x for x in flagged(a, same) if x[0] == "direction-flip"]


def test_two_places_that_change_ends_in_one_statement_are_a_reversed_route():
    lead = "Fire broke out on the Norman Atlantic ferry before dawn on Sunday. Ten people died. "
    a = lead + "The ferry was sailing from Patras to Ancona with 422 passengers and 56 crew on board."
    b = lead + "The ferry was on its way from Ancona to Patras, with 422 passengers and 56 crew listed on board."
    assert [x[1:] for x in flagged(a, b) if x[0] == "direction-flip"] == [
        ("error", "was sailing from Patras to Ancona", "its way from Ancona to Patras")]


@pytest.mark.parametrize("b", [
    "The ferry was on its way from Patras to Ancona, with 422 passengers and 56 crew listed on board.",
    # both ways in each sentence: a round trip, not a reversal
    "The ferry, which sails from Ancona to Patras and back from Patras to Ancona, had 422 passengers and 56 crew.",
])
def test_a_route_run_the_same_way_or_both_ways_is_no_reversal(b):
    lead = "Fire broke out on the Norman Atlantic ferry before dawn on Sunday. Ten people died. "
    a = lead + "The ferry, which sails from Patras to Ancona and back from Ancona to Patras, had 422 passengers and 56 crew."
    assert not [x for x in flagged(a, lead + b) if x[0] == "direction-flip"]


def test_a_figure_written_with_its_digits_transposed_in_another_sentence_is_an_error():
    lead = "Monarch Airlines went into administration early on Monday. The airline had flown for nearly 50 years. "
    a = lead + "KPMG, the administrator, said 1,858 of the group's roughly 2,100 employees had been made redundant."
    b = lead + "The 1,885 staff who lost their jobs were told to go home, administrator KPMG said."
    assert ("error", "1,858", "1,885 staff") in [x[1:] for x in flagged(a, b) if x[0] == "number-mismatch"]


@pytest.mark.parametrize("b", [
    # the figure of a is in b too: the transposed one is another figure
    "The 1,885 staff who lost their jobs, 1,858 of them pilots and crew, were told to go home, KPMG said.",
    # two transposed pairs: no telling which figure is which
    "The 1,885 staff and 8,512 passengers were told to go home, administrator KPMG said.",
])
def test_a_transposed_figure_that_could_be_another_says_nothing(b):
    lead = "Monarch Airlines went into administration early on Monday. The airline had flown for nearly 50 years. "
    a = lead + ("KPMG said 1,858 of the group's roughly 2,100 employees had been made redundant and 5,812 passengers "
                "were stranded.")
    assert not [x for x in flagged(a, lead + b) if x[0] == "number-mismatch" and x[2] == "1,858"]


def test_the_name_after_told_is_whom_the_speaker_told():
    lead = ("Fire destroyed Brazil's National Museum in Rio de Janeiro on Sunday night. Its director, Alexander "
            "Kellner, blamed years of underfunding, and its deputy director, Luiz Fernando Dias Duarte, wept. ")
    a = lead + '"I feel total rage," Duarte told TV Globo.'
    b = lead + ('Luiz Fernando Dias Duarte, the deputy director, told TV Globo: "I feel total rage. It is an '
                'unbearable disaster."')
    assert not [x for x in flagged(a, b) if x[0] == "quote-attribution"]
    assert [x[0] for x in flagged(a, b.replace("Luiz Fernando Dias Duarte, the deputy director", "Alexander Kellner, "
                                                 "the director"))].count("quote-attribution") == 1


def test_the_day_of_a_statement_is_not_the_day_of_the_act_it_reports():
    lead = "The bronzes were looted by British troops in 1897. They will go on show in Abuja. "
    a = lead + "Germany on Tuesday handed back 20 Benin Bronzes to Nigeria at a ceremony in Abuja."
    b = lead + ("Nigeria's museums chief said on Wednesday that the 20 Benin Bronzes handed back by Germany would go "
                "on display, a day after a ceremony in Abuja.")
    assert not [x for x in flagged(a, b) if x[0] == "date-mismatch" and x[1] == "error"]
    moved = b.replace("said on Wednesday that the 20 Benin Bronzes handed back by Germany would go on display, a day "
                      "after a ceremony in Abuja", "said Germany handed back the 20 Benin Bronzes on Wednesday")
    assert [x[:2] for x in flagged(a, moved) if x[0] == "date-mismatch"] == [("date-mismatch", "error")]


@pytest.mark.parametrize("loan, flipped", [
    ("The fund is short of cash, however, and will borrow €4.4 billion from the government.", False),
    # the loan turned round, but the subject of "and will borrow" is not found, so the named party clears it
    pytest.param("The state is short of cash, however, and will borrow €4.4 billion from the fund.", True,
                 marks=pytest.mark.xfail(strict=True, reason="the subject after 'and' is not read")),
    ("The state will borrow €4.4 billion from the fund.", True),  # the same subject: the loan turned round
])
def test_converse_verbs_that_name_the_other_party_tell_one_deal(loan, flipped):
    lead = "Portugal rescued Banco Espirito Santo on Sunday. The bank will be split in two. "
    a = lead + ("The new bank will get 4.9 billion euros from the bank resolution fund. Because the fund does not "
                "have enough money, the state will lend it 4.4 billion euros from the 2011 bailout.")
    b = lead + "Novo Banco is being capitalized with €4.9 billion from a bank resolution fund. " + loan
    assert bool([x for x in flagged(a, b) if x[0] == "direction-flip"]) is flipped


def test_a_long_quotation_word_for_word_given_to_two_speakers_is_an_error_even_between_two_articles():
    a = ("The Swiss National Bank scrapped its cap on the franc on Thursday. The franc soared 30 percent against the "
         "euro. Shares in Zurich fell 8.7 percent, their worst day since 1989. Exporters warned of job losses. "
         "Thomas Jordan, the SNB chairman, said the decision was not taken lightly. Vice-Chairman Jean-Pierre "
         'Danthine had said on Monday that the floor "must remain the cornerstone of our monetary policy."')
    b = ("Watch makers in the Jura counted the cost of a strong currency. Swatch's chief executive called it a "
         "tsunami. Hotels in the Alps expect fewer German guests this winter. Economists now see a recession in 2015. "
         'SNB chairman Thomas Jordan, who had insisted only on Monday that the cap "must remain the cornerstone of '
         'our monetary policy", defended the U-turn.')
    assert [x[1:] for x in flagged(a, b) if x[0] == "quote-attribution"] == [
        ("error", "Vice-Chairman Jean-Pierre Danthine", "SNB chairman Thomas Jordan")]


@pytest.mark.parametrize("noun", ["district", "suburb", "borough"])
def test_a_name_before_a_word_for_an_area_is_a_place(noun):
    cf = analyze(f"The car was found in Dresden's Pieschen {noun} shortly afterwards.", None)
    assert [(n.text, n.kind) for n in cf.names if n.text == "Pieschen"] == [("Pieschen", "place")]


def test_two_ranks_of_one_superlative_in_paired_sentences_are_an_error():
    lead = "Savers queued outside its branches on Friday. The Bank of England lent it money. "
    a = lead + ("Northern Rock, Britain's fifth-biggest mortgage lender, sought emergency funding from the Bank of "
                "England on Friday after the credit squeeze.")
    b = lead + ("Northern Rock, the country's third-largest home lender, sought an emergency loan from the Bank of "
                "England on Friday after the credit squeeze.")
    assert [x[1] for x in flagged(a, b) if x[0] == "number-mismatch"] == ["error"]
    same = b.replace("third-largest", "fifth-largest")
    assert not [x for x in flagged(a, same) if x[0] == "number-mismatch"]


def test_one_event_dated_two_ways_among_agreeing_facts_is_a_date_error():
    lead = "Cyprus's parliament rejected a levy on bank deposits on Tuesday. Banks stayed shut. "
    a = lead + ("Finance Minister Michalis Sarris is in Moscow, where he is due to meet Russian Finance Minister Anton "
                "Siluanov on Wednesday to seek help, possibly an extension of a 2.5 billion euro loan.")
    b = lead + ("Michalis Sarris, the finance minister, is due to meet his Russian counterpart, Anton Siluanov, in "
                "the Russian capital tomorrow, hoping for more time to repay a €2.5bn loan or fresh help.")
    assert [x[:2] for x in flagged(a, b) if x[0] == "date-mismatch"] == [("date-mismatch", "error")]
    other = b.replace("is due to meet his Russian counterpart, Anton Siluanov, in the Russian capital tomorrow",
                      "met his Russian counterpart, Anton Siluanov, in the Russian capital and will fly home tomorrow")
    assert not [x for x in flagged(a, other) if x[0] == "date-mismatch" and x[1] == "error"]


def test_each_versions_only_tally_with_one_side_mistyped_is_an_error_wherever_it_stands():
    lead = "Argentina's Congress chose a new president on Sunday. Rodriguez Saa will serve until March. "
    a = lead + "Rodriguez Saa, the governor of San Luis, was chosen by Congress early on Sunday in a 169-138 vote."
    b = lead + "He announced the default on Sunday. Congress had picked him by 169 votes to 128 to serve until March."
    assert [x[1:3] for x in flagged(a, b) if x[0] == "number-mismatch"] == [("error", "169-138")]
    assert not [x for x in flagged(a, b.replace("169 votes to 128", "169 votes to 138")) if x[0] == "number-mismatch"]


def test_a_nationality_the_counterpart_names_as_a_possessive_is_not_replaced_by_another_one():
    lead = "Sebastian Coe was elected president of athletics' governing body on Wednesday. He promised reform. "
    a = lead + "Coe won the vote in Beijing, beating Ukrainian pole vault great Sergey Bubka by 115 votes to 92."
    b = lead + "The Briton beat Ukraine's Sergey Bubka 115 votes to 92 in Beijing."
    assert not [x for x in flagged(a, b) if x[0] == "place-mismatch"]


def test_the_one_a_speaker_speaks_of_is_marked_apart_from_speakers():
    from checker.extract import REPORTED

    vf = facts_of("The driver, Iain Black, was hurt. Tony Collins, the chief executive, said Mr Black could have "
                  "tried to protect himself. Mr Black is 46, Collins told reporters.")
    marked = [(f.text, REPORTED in f.near) for f in vf.facts if f.kind == "name" and "Black" in f.text]
    assert marked == [("Iain Black", False), ("Black", True), ("Black", False)]


def test_a_dismissal_dated_two_ways_in_a_sentence_naming_nobody_is_one_event_mistold():
    lead = "Shares in Olympus plunged after the news. The company gave no reason. "
    a = lead + ("Olympus Corp fired its British chief executive Michael Woodford on Tuesday, just two weeks after naming "
                "him to the top job, citing differences over management style.")
    b = lead + ("The British chief executive of Olympus, the Japanese camera and endoscope maker, was sacked by its board "
                "on Monday, a fortnight after becoming the first foreigner to lead the company in its 92-year history.")
    assert [x[1] for x in flagged(a, b) if x[0] == "date-mismatch"] == ["error"]


def test_the_only_figures_of_two_paired_sentences_saying_the_same_are_one_count():
    lead = "Wildfires swept through seaside resorts near Athens on Monday. Many victims were trapped in cars. "
    a = lead + ("Rescuers found the bodies of 26 people, including children, huddled together in the yard of a villa "
                "close to a cliff above the sea.")
    b = lead + ("In one of the most harrowing discoveries, 24 bodies, among them children, were found clustered "
                "together in the garden of a villa near the edge of a cliff, only yards from the sea.")
    assert [x[1:] for x in flagged(a, b) if x[0] == "number-mismatch"] == [("error", "26 people", "24 bodies")]
    two = b.replace("24 bodies, among them children,", "24 bodies, among them three children,")
    assert not [x for x in flagged(a, two) if x[0] == "number-mismatch" and x[1] == "error"]  # not its only figure


def test_an_office_each_version_gives_to_one_person_only_is_a_swap_wherever_they_stand():
    lead = "Iran freed Nazanin Zaghari-Ratcliffe on Wednesday. She flew home overnight. "
    a = lead + ("Britain settled a decades-old debt to Tehran, Foreign Secretary Liz Truss said. The release was "
                "welcomed in London.")
    b = lead + ("The release was welcomed in London. Dominic Raab, the foreign secretary, confirmed that the debt had "
                "been settled.")
    assert [x[1:] for x in flagged(a, b) if x[0] == "person-role-mismatch"] == [("error", "Liz Truss", "Dominic Raab")]
    both = b.replace("The release was welcomed in London.", "Liz Truss, the trade secretary, welcomed the release.")
    assert not [x for x in flagged(a, both) if x[0] == "person-role-mismatch"]  # Truss is in both: roles shared out


def test_he_after_said_opens_what_was_said_when_a_verb_follows():
    lead = ("Vincent Tabak was jailed for life on Friday for murdering Joanna Yeates. Her parents, David and Teresa "
            "Yeates, attended the hearing. ")
    a = lead + '"I am sure that there was a sexual element in the killing," Mr Justice Field said as he sentenced Tabak.'
    b = lead + 'The judge said he was sure there was "a sexual element" to the killing.'
    assert not [x for x in flagged(a, b) if x[0] == "quote-attribution"]


def test_two_sources_telling_one_predicate_two_ways_are_two_accounts():
    lead = "Mark Duggan was shot dead by police in Tottenham in 2011. His family disputed the police account. "
    a = lead + ("The officer who fired the fatal shots told the inquest he had seen Duggan holding a gun and believed "
                "he was about to use it.")
    b = lead + "The jury found that Duggan was not holding the gun when he was shot."
    assert not [m for m in matches(a, b) if m.a.kind == "polarity"]  # the story matcher pairs no polarity across
    same = b.replace("The jury found that Duggan", "The officer who fired the fatal shots told the inquest Duggan")
    assert [m.b.text for m in matches(a, same) if m.a.kind == "polarity"] == ["was not holding the gun"]


def test_two_weeks_ago_in_papers_two_days_apart_is_one_time():
    from checker.facts import DateRef
    from checker.rules.dates import weeks_loose

    a = DateRef(0, 13, "two weeks ago", "day", "1986-09-28")  # dated October 12
    b = DateRef(0, 15, "a fortnight ago", "day", "1986-09-30")  # dated October 14
    assert weeks_loose(a, b)
    assert not weeks_loose(DateRef(0, 6, "Sunday", "day", "1986-09-28"), DateRef(0, 7, "Tuesday", "day", "1986-09-30"))


@pytest.mark.parametrize("a, b, same", [
    ("Kadhafi", "Gaddafi", True),
    ("Moamer Kadhafi", "Muammar Gaddafi", True),  # given name and surname, both transliterated
    ("Qaddafi", "Gaddafi", True),
    ("Baker", "Booker", False),  # the same letters, a vowel changed: another name
    ("John Smith", "Jane Smyth", False),
])
def test_one_name_transliterated_two_ways_is_one_name(a, b, same):
    from checker.entities import near_spelling

    def name(text):
        return analyze(f"The leader {text} spoke on Monday.", None).names[0]

    assert near_spelling(name(a), name(b)) is same


def test_a_speakers_office_is_shown_whole_with_and_inside_its_name():
    a = ('The FDA approved AZT on Friday. "This drug is not a cure, but it offers real hope," FDA Commissioner Frank '
         'Young said at a news conference.')
    b = ('The FDA approved AZT on Friday. "This drug is not a cure, but it offers real hope," Health and Human '
         'Services Secretary Otis Bowen said.')
    assert [y for _, y in speaker_shown(a, b)] == ["Health and Human Services Secretary Otis Bowen said"]
    from checker.context import _role_before

    listed = "Angela Merkel, Hollande and Spanish Prime Minister Mariano Rajoy will visit."
    at = listed.index("Mariano")
    assert listed[_role_before(listed, 0, at, "WC131"):at] == "Spanish Prime Minister "  # two people, not one body


@pytest.mark.parametrize("text, person", [
    ("May told parliament the 23 had been identified.", True),
    ('"This represents an unlawful use of force," May said.', True),
    ("May had given Moscow until midnight on Tuesday.", True),
    ("Sales rose in May, the agency said.", False),
    ("May was the warmest month on record.", False),
])
def test_may_before_a_speech_verb_is_a_name_not_the_month(text, person):
    assert any(n.text == "May" for n in analyze(text, None).names) is person


def test_a_name_is_shown_with_the_participle_glued_to_it():
    lead = "The Bosnian peace accord was initialled on Tuesday in Dayton, Ohio. "
    a = lead + "The accord will be policed by a NATO-led force of 60,000 troops, including 20,000 Americans."
    b = lead + "The accord will be policed by a U.N.-led force of 60,000 troops, including 20,000 Americans."
    assert [x[2:] for x in flagged(a, b) if x[0] == "organisation-mismatch"] == [("NATO-led", "U.N.-led")]


def test_a_version_made_only_of_the_references_sentences_has_no_fact_to_dispute():
    # reordered and trimmed, word for word: "he said" now follows another man, but no sentence says anything new
    a = ('Opposition leader Keir Starmer called for an election.\n"The Tory party has shown it no longer has a mandate '
         'to govern," he said.\nDeputy leader John Prescott visited Leeds.')
    b = ('Deputy leader John Prescott visited Leeds.\n\n"The Tory party has shown it no longer has a mandate to govern,"'
         ' he said.\n\nOpposition leader Keir Starmer called for an election.')
    assert flagged(a, b) == []
    # one sentence of its own, and the same reordering is read for what it says
    assert ("quote-attribution", "error") in {x[:2] for x in flagged(a, b + "\n\nThe vote is due in May.")}


def test_a_participle_after_a_date_is_dated_by_it_too():
    a = ("A wall of water tore through the Cornish village of Boscastle on Monday, sweeping cars into the sea and "
         "trapping people on rooftops.\nPolice said seven helicopters were sent.")
    b = ("Rescuers were on Monday night searching the wreckage of a Cornish village after a flash flood swept cars "
         "into the sea on Sunday afternoon.\n\nPolice said seven helicopters were sent.")
    assert [e[1:] for e in errors(a, b) if e[0] == "date-mismatch"] == [("on Monday", "on Sunday afternoon")]
    v = facts_of("The storm struck the coast on Monday, killing two people.")
    assert [f.event for f in v.facts if f.kind == "date"] == [frozenset({"strike", "kill"})]


@pytest.mark.parametrize("x, y, same", [
    ("3,035 feet", "925 metres", True),
    ("3,035 feet", "952 metres", False),  # a slip of the digits, not a rounding of the conversion
    ("90 miles", "150 km", True),
    ("two metres", "seven feet", True),
    ("about 90 miles", "about 140 km", True),  # hedged figures are looser
])
def test_a_conversion_agrees_to_the_precision_it_is_written_in(x, y, same):
    from checker.compare_values import agree

    fx, fy = (next(f for f in facts_of(f"The cage was {v} down.").facts if f.kind == "quantity") for v in (x, y))
    assert agree(fx, fy) is same


def test_a_failure_of_a_thing_negates_nothing():
    a = "The earthen dike around a storage pond at the plant failed shortly before 1 a.m., releasing fly ash."
    b = "The dike around an ash storage pond at the plant broke shortly before 1 a.m., releasing fly ash."
    assert not [e for e in flagged(a, b) if e[0] == "negation-flip"]


def test_a_negation_dropped_inside_a_quotation_is_an_error_however_the_sentence_was_rewritten():
    a = '"We are not out of the woods yet," Brownlee said.'
    b = '"We are now out of the woods," said Gerry Brownlee, the civil defence minister, who cautioned about aftershocks.'
    assert ("negation-flip", "error") in {x[:2] for x in flagged(a, b)}


@pytest.mark.parametrize("text, names", [
    ("Greenpeace said samples it had taken showed high levels of arsenic.", [("Greenpeace", "other")]),
    ("Police said samples showed high levels of arsenic.", []),  # a common word may open a sentence
    ("The Australian Energy Market Operator (AEMO) said the network had shut.",
     [("Australian Energy Market Operator", "org"), ("AEMO", "org")]),
    ("Tony Kokshoorn, the Mayor of Greymouth, spoke.", [("Tony Kokshoorn", "person"), ("Greymouth", "place")]),
    # a title, a given name and a surname end a person's name; "of" does not carry it into where they serve
    ("Judge Jerry Baxter of Fulton County Superior Court ordered them held.",
     [("Jerry Baxter", "person"), ("Fulton County Superior Court", "org")]),
    ("Lieutenant Commander Peter Coombs of RNAS Culdrose said crews had worked.",
     [("Peter Coombs", "person"), ("RNAS Culdrose", "org")]),
    ("The Duke of Edinburgh arrived.", [("Edinburgh", "place")]),  # no name before "of": the title's place
    # an abbreviation listed with its full stop needs it: "Mass." is Massachusetts, "a Mass" a service
    ("He lives in Boston, Mass., with his wife.", [("Boston", "place"), ("Mass", "place")]),
    # the body of an office is no person, whoever holds it
    ("The agriculture minister of Schleswig Holstein said the farm was closed.", [("Schleswig Holstein", "other")]),
    # a compass word or "Upper"/"Lower" opens a region's name
    ("The agriculture minister of Lower Saxony said the farm was closed.", [("Lower Saxony", "place")]),
    # an aside that says where is no role: "Pylos, in international waters" is no person
    ("The boat sank about 47 nautical miles off Pylos, in international waters, in minutes.", [("Pylos", "other")]),
])
def test_names_and_their_kinds(text, names):
    assert [(f.text, f.item.kind) for f in facts_of(text).facts if f.kind == "name"] == names


def test_a_body_is_not_compared_with_a_place_something_was_near():
    a = ("Greenpeace said samples it had taken near Kolontar showed high levels of arsenic and mercury.\n"
         "The sludge reached the Danube on Thursday.")
    b = ("Samples taken by WWF near the village contained high levels of arsenic and mercury, the group said.\n\n"
         "The sludge reached the Danube on Thursday.")
    assert [(x[2], x[3]) for x in flagged(a, b) if x[0] in ("organisation-mismatch", "place-mismatch")] == [
        ("Greenpeace", "WWF")]


def test_an_age_before_a_name_is_that_persons():
    a = ("One of them, Daniel Rockhouse, 24, had found his colleague Russell Smith lying unconscious in the tunnel.\n"
         "Both men were taken to hospital.")
    b = ("The 25-year-old Daniel Rockhouse had come across his workmate Russell Smith unconscious.\n\n"
         "Both men were taken to hospital.")
    assert ("number-mismatch", "error", "24", "25-year-old") in flagged(a, b)


@pytest.mark.parametrize("a, b", [
    ("the province had accepted an offer of federal help", "the province had turned down an offer of federal help"),
    ("the plant was shut down on Monday", "the plant reopened on Monday"),
])
def test_a_phrasal_verb_has_the_opposites_of_the_word_it_means(a, b):
    assert ("direction-flip", "error") in {x[:2] for x in flagged(f"Farnworth said {a}.", f"Farnworth said {b}.")}


def test_declaring_a_thing_is_an_event_and_one_day_told_twice_is_one_date_of_it():
    v = facts_of("Orban declared the emergency on Tuesday. He declared that the sludge was toxic on Tuesday.")
    assert [sorted(f.event) for f in v.facts if f.kind == "date"] == [["declare"], []]  # an act, then a statement
    a = ("Hungary declared a state of emergency in three western counties on Tuesday after a toxic torrent.\n"
         "Prime Minister Viktor Orban declared the emergency on Tuesday in Veszprem and Vas counties.\n"
         "The sludge reached the Danube on Thursday.")
    b = ("Prime Minister Viktor Orban, who declared a state of emergency in three counties on Wednesday, said those "
         "responsible would be held to account.\n\nThe sludge reached the Danube on Thursday.")
    assert ("date-mismatch", "error") in {x[:2] for x in flagged(a, b)}


def test_two_places_named_alike_but_for_a_compass_word_hold_one_slot():
    a = ("Twenty-nine miners were missing after an explosion tore through a coal mine on New Zealand's South Island.\n"
         "Police said rescuers could not go underground.")
    b = ("The Pike River mine lies in rugged bush north-east of Greymouth, on the West Coast of the North Island.\n\n"
         "Police said rescuers could not go underground.")
    assert ("place-mismatch", "error", "South Island", "North Island") in flagged(a, b)
    # a version that names both is telling of two places
    assert not [x for x in flagged(a, b + "\n\nThe South Island was hit by floods last year.") if x[0] == "place-mismatch"]


def test_a_phrasal_verb_is_the_event_of_its_date_and_another_zones_day_is_no_date():
    v = facts_of("Two miners walked out of a Tasmanian gold mine on Tuesday at 5:59 a.m. (1959 GMT Monday).")
    assert [(f.text, sorted(f.event)) for f in v.facts if f.kind == "date"] == [("Tuesday", ["walk"])]


def test_two_officers_joined_by_and_are_two_people_with_their_own_offices():
    v = facts_of("Finance Minister Pier Carlo Padoan and Senate Speaker Pietro Grasso have been mentioned.")
    assert [(f.text, f.item.role_text) for f in v.facts if f.kind == "name"] == [
        ("Pier Carlo Padoan", "Finance Minister"), ("Pietro Grasso", "Senate Speaker")]
    assert [f.text for f in facts_of("Procter and Gamble Co said sales rose.").facts if f.kind == "name"] == [
        "Procter and Gamble Co"]


def test_a_speaker_is_not_the_name_inside_the_participle_phrase_after_the_subject():
    q = facts_of('Mrs Merkel, appearing beside Markus Söder, the leader of the Christian Social Union, called it "a '
                 'day of deep reflection".').quotes[-1]
    assert (q.speaker, q.how) == ("merkel", "named")


def test_a_ballots_no_is_no_negation():
    a = "Voters backed the repeal by 66.4 percent to 33.6 percent in Friday's referendum."
    b = "Two in three voters backed repealing it, with 66.4 per cent voting Yes and 33.6 per cent No in Friday's referendum."
    assert not [x for x in flagged(a, b) if x[0] == "negation-flip"]


@pytest.mark.parametrize("a, b", [
    # the day after a GMT time is another zone's day
    ("The deal, announced by Russian President Vladimir Putin, Azerbaijani President Ilham Aliyev and Armenian Prime "
     "Minister Nikol Pashinyan, took effect at midnight Moscow time (2100 GMT on Monday).\nRussia will deploy "
     "peacekeepers.",
     "The ceasefire, agreed by Pashinyan, Azerbaijan's president, Ilham Aliyev, and Vladimir Putin, came into force "
     "at 1am local time on Tuesday.\n\nRussia will deploy peacekeepers."),
    # "take" is too light a verb to make two dates one event's
    ("Azerbaijan will keep Shusha, which Baku said it took on Sunday.\nRussia will deploy peacekeepers.",
     "The agreement took effect early Tuesday.\n\nRussia will deploy peacekeepers."),
])
def test_dates_of_other_things_are_not_compared(a, b):
    assert not [x for x in errors(a, b) if x[0] == "date-mismatch"]


def test_a_date_of_another_event_whose_own_date_is_told_elsewhere_is_no_error():
    a = ("Armenia, Azerbaijan and Russia signed an agreement on Tuesday to end six weeks of fighting over the "
         "Nagorno-Karabakh enclave, and Russia said it would deploy peacekeepers to the region.\n"
         "Fighting had raged since Sept. 27.")
    b = ("Russian peacekeepers began deploying to Nagorno-Karabakh on Wednesday under a deal that ended six weeks of "
         "fighting between Armenian and Azerbaijani forces.\n\nThe agreement took effect early Tuesday.\n\n"
         "Fighting between the sides stopped on Tuesday, officials said.")
    assert not [x for x in errors(a, b) if x[0] == "date-mismatch"]


def test_an_organisation_named_with_a_possessive_elsewhere_is_restated():
    a = ("President Juan Manuel Santos and FARC leader Rodrigo Londono shook hands in Havana.\n"
         "The FARC has an estimated 7,000 fighters.")
    b = ("The agreement was signed in Havana by President Juan Manuel Santos and Revolutionary Armed Forces of "
         "Colombia commander Rodrigo Londono.\n\nThe FARC's estimated 7,000 fighters will move into camps.")
    assert not [x for x in errors(a, b) if x[0] == "organisation-mismatch"]


@pytest.mark.parametrize("b, flagged_as", [
    ("until 8am (AEST).", [("number-mismatch", "error", "until 7 p.m. EST", "until 8am (AEST)")]),
    ("until 10am (AEST).", []),  # the same moment in Sydney
    ("until 1.30 a.m. local time.", []),  # a zone whose offset is not known: nothing to compare
    ("until 7 a.m. EST.", [("number-mismatch", "error", "until 7 p.m. EST", "until 7 a.m. EST")]),
    ("until shortly after 7 p.m. EST.", []),
])
def test_times_of_day_are_compared_as_moments(b, flagged_as):
    a = "Three attacks forced the hacker organizer to extend the contest until 7 p.m. EST."
    assert flagged(a, "Three attacks forced the hacker organiser to extend the contest " + b) == flagged_as


def test_he_said_in_a_sentence_opening_with_a_titled_name_is_that_person():
    text = ("Albert, 53, chose the cream uniform of the palace carabiniers. Archbishop Bernard Barsi drew laughter from "
            "the congregation when he said: \"We have waited a long time for this day.\"")
    q = facts_of(text).quotes[-1]
    assert (q.speaker, q.how) == ("barsi", "named")


def test_he_said_after_a_judge_named_with_his_court_is_the_judge():
    text = ("The jury acquitted only one of the 12 defendants, the former teacher Dessa Curb. Several educators wept "
            "as Judge Jerry Baxter of Fulton County Superior Court ordered them led away. \"They have made their bed "
            "and they're going to have to lie in it,\" he said.")
    q = facts_of(text).quotes[-1]
    assert (q.speaker, q.how) == ("baxter", "pronoun")


@pytest.mark.parametrize("text, dates", [
    ("A 2011 investigation found that teachers had cheated on the 2009 tests.", ["2011", "2009"]),
    ("Defences built after the 2005 floods were overwhelmed.", ["2005"]),
])
def test_a_four_digit_year_after_the_is_a_year_not_a_count(text, dates):
    vf = facts_of(text)
    assert [f.text for f in vf.facts if f.kind == "date"] == dates
    assert [f.text for f in vf.facts if f.kind == "quantity"] == []


def test_a_date_set_off_by_commas_dates_the_clause_it_interrupts():
    a = ("Grace Hopper, a computer scientist, was honoured. Hopper earned a master's degree and, in 1934, a doctorate in "
         "mathematics from Yale.")
    b = ("Grace Hopper, a computer scientist, was honoured. Hopper, who earned her doctorate in mathematics at Yale in 1930, "
         "helped to develop COBOL.")
    (d,) = [f for f in facts_of(a).facts if f.kind == "date"]
    assert "earn" in d.event and {"doctor", "mathem"} <= d.near
    assert ("date-mismatch", "in 1934", "in 1930") in errors(a, b)


def test_one_verb_dated_years_apart_is_two_events():
    # the lander "released" in 2003 and the photographs "released" this week: each version's only release
    a = ("Beagle 2 has been found on the surface of Mars, scientists said on Tuesday. "
         "Images taken by NASA's Mars Reconnaissance Orbiter show the lander about 5 km from the centre of its "
         "landing zone. The lander was released by the European Space Agency's Mars Express spacecraft on Dec. 19, "
         "2003.")
    b = ("Scientists on Wednesday hailed the discovery of the Beagle 2 lander on Mars. Photographs from NASA's Mars "
         "Reconnaissance Orbiter, released in London on Tuesday, showed the craft about 5 km from the centre of its "
         "target area.")
    assert [e for e in errors(a, b) if e[0] == "date-mismatch"] == []


def test_a_town_said_to_lie_in_two_regions_is_an_error_however_the_sentences_were_rewritten():
    a = ("German health authorities said on Tuesday that bean sprouts were the source of the E. coli outbreak that "
         "has killed 31 people. The sprouts came from an organic farm in Bienenbuettel, a village in Lower Saxony south "
         "of Hamburg, which was closed last weekend.")
    b = ("Spain on Wednesday demanded full compensation for its farmers. German health authorities said on Tuesday "
         "that sprouts from an organic farm in Bienenbuettel, in Schleswig-Holstein, were the source of the outbreak, "
         "which has killed 31 people.")
    assert ("place-mismatch", "in Lower Saxony", "in Schleswig-Holstein") in errors(a, b)


def test_a_town_in_its_country_and_in_its_region_is_no_conflict():
    a = ("German health authorities said on Tuesday that bean sprouts were the source of the E. coli outbreak that "
         "has killed 31 people. The sprouts came from an organic farm in Bienenbuettel, a village in Lower Saxony south "
         "of Hamburg, which was closed last weekend.")
    b = ("Spain on Wednesday demanded full compensation for its farmers. German health authorities said on Tuesday "
         "that sprouts from an organic farm in Bienenbuettel, in Germany, were the source of the outbreak, "
         "which has killed 31 people.")
    assert [e for e in errors(a, b) if e[0] == "place-mismatch"] == []


def test_warned_against_eating_says_not_to_eat():
    a = ("The Food and Drug Administration on Tuesday warned consumers not to eat bagged fresh spinach because of an "
         "outbreak of E. coli that has killed one person. The cases were reported in Idaho and Utah.")
    b = ("A California company recalled its packaged fresh spinach on Wednesday. The FDA warning issued on Tuesday "
         "against eating bagged fresh spinach remains in effect.")
    assert [e for e in flagged(a, b) if e[0] == "negation-flip"] == []


def test_what_a_body_did_past_its_apposition_anchors_it():
    a = ("Farmers blocked roads across the country on Tuesday. In May, the Council of State, the country's highest "
         "administrative court, struck down the government's system for granting nitrogen permits.")
    b = ("Farmers blocked roads across the country on Tuesday. The government must cut nitrogen emissions after the "
         "Supreme Court in May struck down its system for issuing permits.")
    (n,) = [f for f in facts_of(a).facts if f.text == "Council of State"]
    assert {"strik", "down", "highes", "court"} <= n.near
    assert ("organisation-mismatch", "Council of State", "Supreme Court") in errors(a, b)


def test_a_vote_turned_round_in_a_rewritten_sentence_is_an_error():
    # the two sentences are not paired (the rewrite merged and moved them): the story matcher finds the opposites
    a = ("The U.S. Food and Drug Administration on Tuesday approved Biogen Inc's aducanumab as the first treatment "
         "aimed at slowing the decline caused by Alzheimer's disease, overriding objections from its own outside "
         "advisers. The FDA granted it accelerated approval based on its ability to reduce amyloid plaques in the "
         "brain. She said the agency had concluded that the benefits of the drug outweighed its risks. A panel of "
         "outside experts advising the FDA voted overwhelmingly against the drug in November, with 10 of 11 members "
         "saying the main study did not show it was effective and one uncertain.")
    b = ("Federal regulators yesterday approved the first new drug for Alzheimer's disease in nearly two decades, a "
         "treatment from Biogen that is meant to slow the mental decline of patients.\n\nThe Food and Drug "
         "Administration cleared aducanumab under its accelerated approval programme, on the strength of its ability "
         "to clear sticky amyloid plaques from the brain.\n\nThe agency's own panel of independent advisers had "
         "voted overwhelmingly in favour of the drug in November.")
    assert [e for e in errors(a, b) if e[0] == "direction-flip"] == [
        ("direction-flip", "against the drug", "in favour of the drug")]


def test_two_groups_voting_opposite_ways_are_no_flip():
    # only the object is shared: three jurors voted against the death penalty, nine were for it
    a = ("A jury deadlocked over the sentence of a man convicted of murder. The three who voted against the death "
         "penalty would not comment, but Howard said other jurors told him the three holdouts refused to deliberate.")
    b = ("A judge declared a mistrial in the penalty phase. After four days and more than 30 hours of deliberations, "
         "the jury was deadlocked at 9-3, with nine in favor of the death penalty and three voting for life without "
         "parole.")
    assert [e for e in flagged(a, b) if e[0] == "direction-flip"] == []


def test_a_tally_higher_in_a_later_version_is_an_update_lower_is_an_error():
    first = ("The FDA warned consumers not to eat bagged spinach. {} of the patients have developed a type of kidney "
             "failure, officials said.")
    next_day = ("Officials said the outbreak had spread to 19 states. {} of the patients have developed a type of "
                "kidney failure.")
    grew = flagged(first.format("Eight"), next_day.format("At least 14"))  # the second version is a day later
    shrank = flagged(first.format("At least 14"), next_day.format("Eight"))
    assert [e[:2] for e in grew if e[0] == "number-mismatch"] == [("number-mismatch", "warning")]
    assert [e[:2] for e in shrank if e[0] == "number-mismatch"] == [("number-mismatch", "error")]


def test_a_tally_does_not_shuffle_its_digits_and_a_rate_is_no_tally():
    first = "Zika spread across Brazil. Brazil has reported {} suspected cases of microcephaly since October."
    next_day = "Zika spread across Brazil. Brazil is investigating {} suspected cases of microcephaly."
    assert [e[:2] for e in flagged(first.format("4,180"), next_day.format("4,610")) if e[0] == "number-mismatch"] \
        == [("number-mismatch", "warning")]  # an update?
    assert [e[:2] for e in flagged(first.format("4,180"), next_day.format("4,810")) if e[0] == "number-mismatch"] \
        == [("number-mismatch", "error")]  # the same digits reordered: a slip
    rate = "Dexamethasone cut deaths. One death would be prevented for every {} ventilated patients treated."
    assert [e[:2] for e in flagged(rate.format("eight"), rate.format("12")) if e[0] == "number-mismatch"] \
        == [("number-mismatch", "error")]
    # a measure in a sentence that says "died" is no running count
    lived = "The inquest sat in London. Ella, who lived {} metres from the South Circular, died in February 2013."
    assert [e[:2] for e in flagged(lived.format("25"), lived.format("50")) if e[0] == "number-mismatch"] \
        == [("number-mismatch", "error")]


def test_a_name_its_counterpart_sentence_also_names_is_no_replacement():
    # "the United Nations refugee agency UNHCR" / "the UN refugee agency": the sentence named the agency both ways
    a = ("The Supreme Court ruled on Tuesday that the plan was unlawful. Reed said the court had given weight to "
         "evidence from the United Nations refugee agency UNHCR about Rwanda's human rights record.")
    b = ("The Supreme Court ruled on Tuesday that the plan was unlawful. Supreme Court President Robert Reed said the "
         "judges had relied on evidence from the U.N. refugee agency.")
    assert [e for e in flagged(a, b) if e[0] == "organisation-mismatch"] == []


def test_a_nationality_describing_a_name_is_compared_with_places_only():
    a = ("India signed a deal to buy 36 Rafale fighter jets on Friday. The package includes spares, as well as Meteor "
         "air-to-air missiles and SCALP cruise missiles made by European missile maker MBDA.")
    b = ("India signed a deal to buy 36 Rafale fighter jets yesterday. The package also covers spares, including "
         "Meteor air-to-air missiles and Scalp cruise missiles supplied by Thales.")
    (european,) = [f for f in facts_of(a).facts if f.text == "European"]
    assert "kind:nationality" in european.near
    assert [e for e in errors(a, b) if "European" in e[1]] == []


def test_an_office_after_an_article_is_no_name_to_swap():
    quote = ("\"We will remain, with God's strength, attached to the straight path that this state has walked since its "
             "establishment,\" ")
    a = quote + "Salman said in a televised address."
    b = quote + "the new King said on state television."
    assert [e for e in flagged(a, b) if e[0] in ("person-mismatch", "quote-attribution")] == []


def test_a_he_said_after_a_sentence_that_only_describes_the_speaker_makes_a_warning():
    a = ("Pope John Paul II drew 5 million people in 1995. In his homily, the 78-year-old pontiff urged Filipinos to "
         "protect the family. \"We need to see each child as a gift to be welcomed, cherished and protected,\" he said.")
    b = ("Father Federico Lombardi, the Vatican spokesman, described the crowd as a record. In his homily he called "
         "on Filipinos to defend the family. \"We need to see each child as a gift to be welcomed, cherished and "
         "protected,\" he said.")
    assert [e[:2] for e in flagged(a, b) if e[0] == "quote-attribution"] == [("quote-attribution", "warning")]


def test_an_ordinal_of_two_people_named_beside_it_is_two_facts():
    a = ("Iran freed aid worker Nazanin Zaghari-Ratcliffe and a second dual national, Anoosheh Ashoori, on Wednesday. "
         "Both were flown to Britain, Foreign Secretary Liz Truss said.")
    b = ("Both were flown to Britain, Foreign Secretary Liz Truss said. A third dual national, environmentalist Morad "
         "Tahbaz, had not been released and remained behind bars in Tehran, Truss said.")
    (second,) = [f for f in facts_of(a).facts if f.text == "second"]
    assert second.owner == "ashoori"
    assert [e for e in errors(a, b) if e[0] == "number-mismatch"] == []


def test_a_bound_about_something_else_restates_no_figure():
    # "More than 1,300 soldiers" were killed; 1,960 troops are sent: the bound is no restatement of either figure
    a = ("More than 1,300 Armenian soldiers were killed in the fighting. Under its terms, Russia will send 1,960 troops "
         "to patrol the front line and the Lachin corridor.")
    b = ("More than 1,300 Armenian soldiers were killed in the fighting. Russia is sending a peacekeeping force of 1,690 "
         "soldiers to police the line of contact and the Lachin corridor.")
    assert ("number-mismatch", "1,960 troops", "1,690 soldiers") in errors(a, b)


def test_a_denial_is_shown_against_the_verb_it_contradicts():
    a = ("On Monday, Azerbaijan apologised for shooting down a Russian military helicopter over Armenia, killing two "
         "crew members. Russia said it would investigate.")
    b = ("Russia said it would investigate. Azerbaijan has denied shooting down a Russian military helicopter over "
         "Armenia on Monday, an incident in which two crew members were killed.")
    assert [e[1:] for e in errors(a, b) if e[0] == "negation-flip"] == [
        ("apologised for shooting down a Russian", "denied shooting down a Russian")]


def test_a_mass_is_no_massachusetts():
    (cf,) = [facts_of("About 5 million people attended a Mass celebrated by Pope John Paul II.").analyses[0]]
    assert "massachusetts" not in {k for n in cf.names for k in n.keys}
    (cf,) = [facts_of("The man is on the U.S. FBI's list of most wanted suspects.").analyses[0]]
    assert "u.s." not in {k for n in cf.names for k in n.keys}  # the full stop inside the token counts


def test_the_bank_s_chief_executive_is_the_chief_executive_of_the_bank_the_story_names():
    lead = "Kweku Adoboli was jailed for seven years on Tuesday for a $2.3 billion fraud at UBS. "
    a = lead + "The scandal prompted the resignation of UBS Chief Executive Oswald Gruebel days later."
    b = lead + "The scandal was so damaging that Sergio Ermotti, the bank's chief executive, quit within days."
    assert [x[1:] for x in flagged(a, b) if x[0] == "person-role-mismatch"] == [
        ("error", "Oswald Gruebel", "Sergio Ermotti")]
    other = b.replace("the bank's chief executive", "the regulator's chief executive")
    assert not [x for x in flagged(a, other) if x[0] == "person-role-mismatch"]  # another body's office
    former = lead + "Coe, a former Conservative member of parliament, will take office."
    assert "Conservative" not in {p.full.text for p in facts_of(former).people.values()}


def test_one_figure_in_two_paired_sentences_is_one_fact_though_little_stands_beside_it():
    a = ("The American Cancer Society estimates that about 9,700 U.S. women will be diagnosed with cervical cancer "
         "this year and about 3,700 will die of it.")
    b = ("About 3,700 American women are expected to die of cervical cancer this year, and some 9,700 new cases will "
         "be diagnosed, according to the American Cancer Society.")
    assert not [x for x in flagged(a, b) if x[0] == "number-mismatch"]
    assert ("about 9,700", "some 9,700") in [(m.a.text, m.b.text) for m in matches(a, b) if m.agree]


def test_have_yet_to_is_not_yet():
    a = "The findings have not yet been published in a peer-reviewed journal."
    b = "The results have yet to be published in a peer-reviewed journal."
    assert not [x for x in flagged(a, b) if x[0] == "negation-flip"]
    assert [t.text for t in analyze(b).negations] == ["yet"]
    assert not analyze("Yet to many voters it mattered.").negations  # "yet" opening a clause is "but"


def test_a_quoted_phrase_in_a_clause_of_its_own_is_not_the_main_subject_s():
    a = ('"This is a story of appalling and unnecessary suffering of hundreds of people," Robert Francis told '
         'reporters in London. David Cameron apologised in parliament.')
    b = ('Prime Minister David Cameron apologised in parliament on Wednesday after the report by Robert Francis found '
         '"appalling and unnecessary suffering of hundreds of people" at the hospital.')
    assert not [x for x in flagged(a, b) if x[0] == "quote-attribution"]
    phrase = 'Prime Minister David Cameron spoke of "appalling and unnecessary suffering of hundreds of people".'
    assert [x[0] for x in flagged(a, phrase) if x[0] == "quote-attribution"] == ["quote-attribution"]


def test_a_middle_initial_before_a_particle_stays_in_the_name():
    names = [(n.text, n.kind) for n in analyze('"It is an advance," said Dr. Andrew C. von Eschenbach, the acting '
                                                'commissioner.').names]
    assert ("Andrew C. von Eschenbach", "person") in names
    a = '"This vaccine is a significant advance," said acting FDA Commissioner Andrew von Eschenbach.'
    b = '"This vaccine is a significant advance," said Dr. Andrew C. von Eschenbach, the acting F.D.A. commissioner.'
    assert not [x for x in flagged(a, b) if x[0] == "quote-attribution"]


def test_the_words_after_and_in_an_office_s_portfolio_are_no_person():
    text = ("The Minister for Home Affairs and Cyber Security, Clare O'Neil, backed the decision, saying that "
            'paying ransoms "feeds the business model of these criminals".')
    assert [n.text for n in analyze(text).names if n.kind == "person"] == ["Clare O'Neil"]
    assert "Pier Carlo Padoan" in [n.text for n in analyze("Minister of Finance and Pier Carlo Padoan met.").names]
    a = '"Paying ransoms feeds the business model of these criminals," O\'Neil told reporters in Canberra.'
    assert not [x for x in flagged(a, text) if x[0] == "quote-attribution"]


def test_a_past_written_like_its_verb_dates_the_act_not_the_statement():
    a = ("Ireland's health service shut down all of its IT systems on Friday after a ransomware attack. Hospital "
         "appointments were cancelled.")
    b = ("Ireland's health service warned on Sunday that disruption from the ransomware attack would continue "
         "well into next week. The attack was detected early on Friday.")
    assert [f.event for f in facts_of(a).facts if f.kind == "date"] == [{"shut"}]
    assert not [x for x in flagged(a, b) if x[0] == "date-mismatch" and x[1] == "error"]


def test_one_of_many_is_who_a_person_is_not_what_happened():
    a = ("A strong earthquake hit Aceh on Tuesday. At least 50 people were hospitalised for broken bones and head "
         "wounds, Henri Sembiring a local health official, said.")
    b = ("A strong earthquake hit Aceh on Tuesday. Electricity was cut off to the coastal city, where people fled "
         "their homes in the dark fearing a tsunami, said Hasim Rumatiga, a local health official.")
    assert not [m for m in matches(a, b) if m.a.text == "Henri Sembiring" and m.confident]
    one = b.replace("a local health official", "the head of the local health office")
    assert any("local" in m.words for m in matches(a, one) if m.a.text == "Henri Sembiring")  # the head: one


def test_a_figure_and_its_conversion_are_compared_unit_with_unit():
    a = ("New Horizons flew past Pluto on Tuesday. The probe passed about 7,800 miles (12,500 km) above Pluto's "
         "surface at roughly 31,000 mph.")
    b = ("New Horizons flew past Pluto on Tuesday. The probe passed within 7,700 miles (12,400 km) of the dwarf "
         "planet.")
    pairs = {(m.a.text, m.b.text) for m in matches(a, b) if m.a.kind == "quantity"}
    assert ("about 7,800 miles", "7,700 miles") in pairs and ("12,500 km", "12,400 km") in pairs


def test_two_dates_of_one_happening_in_differently_worded_sentences_are_an_error():
    a = parse_version(" date 2015-10-23 LONDON (Reuters) - TalkTalk shares fell 12 percent on Friday after a "
                      "cyberattack on its website. TalkTalk said late on Thursday that its website had been hit by a "
                      '"significant and sustained" attack on Wednesday.', "a.txt")

    def dates(day: str) -> list[tuple[str, str]]:
        b = parse_version(" date 2015-10-24 LONDON • TalkTalk's chief executive admitted she could not say how much "
                          f"data was protected. The company said the website was attacked on {day}, but it did not "
                          'alert customers until Thursday evening, describing the attack as "significant and '
                          'sustained".', "b.txt")
        return [(f.severity.label, f.b.value) for f in check_versions([a, b], embedder=None).findings
                if f.name == "date-mismatch"]
    assert dates("Tuesday") == [("error", "attacked on Tuesday")]
    assert dates("Wednesday") == []



def test_two_bodies_in_one_role_are_no_metonym_whatever_the_lexicons_know_of_them():
    a = ("Philae landed on the comet on Wednesday. It was built by a consortium led by the German Aerospace Center "
         "(DLR), which operates the lander from Cologne.")
    b = ("Philae landed on the comet yesterday. The lander was built by a consortium led by France's CNES space "
         "agency and is operated from a control centre in Cologne.")
    assert ("error", "German Aerospace Center (DLR)", "CNES") in [x[1:] for x in flagged(a, b)
                                                            if x[0] == "organisation-mismatch"]


@pytest.mark.parametrize("text, body", [
    ("The National Crime Agency's cyber crime unit searched the house.", "National Crime Agency's"),
    ("The Metropolitan Police's cyber crime unit is investigating.", "Metropolitan Police's"),
])
def test_a_body_named_with_a_possessive_is_a_body(text, body):
    assert [(n.text, n.kind) for n in analyze(text).names] == [(body, "org")]


def test_an_office_its_own_words_make_one_person_s_stays_an_error_between_two_articles():
    a = ("Medibank refused to pay a ransom to the hackers who stole customer data. The company said the hacker had "
         "accessed the names and addresses of about 9.7 million customers. Medibank shares fell 1.8 percent. "
         "{} said the government supported the company's decision. Analysts said the breach would cost millions.")
    b = ("Stolen customer data was posted on the dark web overnight. The files included lists of people treated for "
         "drug addiction. Police said they knew who was responsible. {} said the people behind the attack were "
         "criminals. The insurer apologised to its customers.")  # another article on the event: little in common

    def role_findings(x: str, y: str) -> list[tuple[str, str, str]]:
        return [f[1:] for f in flagged(a.format(x), b.format(y)) if f[0] == "person-role-mismatch"]
    assert role_findings("Home Affairs Minister Clare O'Neil", "Home Affairs Minister Karen Andrews") == [
        ("error", "Clare O'Neil", "Karen Andrews")]
    assert role_findings("Mayor Sally Capp", "Mayor Frank Smith") == [("warning", "Sally Capp", "Frank Smith")]


def test_the_first_half_of_an_office_s_portfolio_before_and_is_the_office_s():
    names = analyze("Home Affairs and Cyber Security Minister Clare O'Neil said the government supported it.").names
    assert [(n.text, set(n.role) >= {"home", "affairs", "minister"}) for n in names] == [("Clare O'Neil", True)]
    assert [n.text for n in analyze("Britain and Finance Minister Pier Carlo Padoan met.").names] == [
        "Britain", "Pier Carlo Padoan"]
    assert [n.text for n in analyze("Apple and Google Chief Executive Sundar Pichai met.").names] == [
        "Apple", "Sundar Pichai"]


def test_the_place_each_version_says_the_company_is_based_in_is_one_slot():
    a = ("Medibank said a criminal had accessed customer data. The Melbourne-based company said the hacker had "
         "accessed the names of about 9.7 million customers. Its shares fell 1.8 percent.")
    b = ("Medibank said a criminal had accessed customer data. Its shares fell 1.8 per cent. The attacker had "
         "obtained names and addresses, the {}-based insurer said yesterday.")
    assert [x[1:] for x in flagged(a, b.format("Sydney")) if x[0] == "place-mismatch"] == [
        ("error", "Melbourne-based", "Sydney-based")]
    assert not [x for x in flagged(a, b.format("Melbourne")) if x[0] == "place-mismatch"]


def test_a_titled_name_after_a_comma_is_the_next_of_a_list_not_an_apposition():
    names = analyze("On Tuesday, Ethiopian Prime Minister Abiy Ahmed, Egyptian President Abdel Fattah el-Sissi and "
                    "Sudanese Prime Minister Abdalla Hamdok agreed to keep talking.").names
    assert {n.text: "president" in n.role for n in names} == {
        "Abiy Ahmed": False, "Abdel Fattah el-Sissi": True, "Abdalla Hamdok": False}
    assert "chief" in analyze("Ron Klain, President Biden's chief of staff, said.").names[0].role


def test_an_arabic_article_written_two_ways_is_one_name():
    from checker.entities import near_spelling

    sisi, sissi = (analyze(f"Egyptian President Abdel Fattah {s} spoke.").names[0] for s in ("al-Sisi", "el-Sissi"))
    assert near_spelling(sisi, sissi)


def test_the_aside_after_a_place_is_what_happened_there():
    text = ("Later Mr Tsipras crossed into Macedonia for lunch in the village of Otesevo, the first visit by a Greek "
            "prime minister since the country became independent.")
    assert ("Otesevo", "place", ()) in [(n.text, n.kind, n.role) for n in analyze(text).names]


def test_a_holder_of_an_office_at_another_time_does_not_restate_the_one_who_acted():
    # v1 names Theresa May too, as the home secretary of 2012: she does not restate the one who acted in 2016
    a = ("Home Secretary Amber Rudd approved his extradition in November 2016, after a ruling by a district judge. "
         "The case recalls that of Gary McKinnon, whose extradition was blocked by then-Home Secretary Theresa May "
         "in 2012.")
    b = ("Home Secretary Theresa May approved his extradition in November 2016, after a ruling by a district judge. "
         "He has Asperger syndrome.")
    assert [e for e in errors(a, b) if e[0] in ("person-mismatch", "person-role-mismatch") and "Amber Rudd" in e[1]
            and "Theresa May" in e[2]]  # whichever rule: "then-Home Secretary" is her office in 2012, not now


def test_the_same_holder_named_in_another_sentence_of_the_same_time_restates_the_swap():
    a = ("Home Secretary Amber Rudd approved his extradition in November 2016. "
         "Theresa May, then prime minister, said in November 2016 that the courts had ruled.")
    b = ("Theresa May approved his extradition in November 2016. "
         "Home Secretary Amber Rudd said the courts had ruled.")
    assert not [e for e in errors(a, b) if e[0] == "person-mismatch"]


def test_the_year_that_ends_a_record_is_one_fact_wherever_the_rewrite_puts_it():
    a = ("Junior doctors walked out on Tuesday over a new contract. "
         "It is the first industrial action by junior doctors since 1975. "
         "Hospitals cancelled about 4,000 operations. Health Secretary Jeremy Hunt said the strike was unnecessary.")
    b = ("Junior doctors across England walked out yesterday for the first time since 1985, leaving hospitals to "
         "cancel operations. Hospitals cancelled about 4,000 operations. "
         "Health Secretary Jeremy Hunt said the strike was unnecessary.")
    assert [e for e in errors(a, b) if e[0] == "date-mismatch" and "1975" in e[1] and "1985" in e[2]]


def test_a_year_after_since_that_ends_no_record_is_not_forced_into_a_pair():
    a = "The union has represented doctors since 1975. Junior doctors walked out on Tuesday over a new contract."
    b = "Junior doctors walked out yesterday over a new contract. Talks have been held every year since 1985."
    assert not [e for e in errors(a, b) if "1975" in e[1] and "1985" in e[2]]


def test_a_country_does_not_restate_the_body_named_after_it():
    # "England" in another sentence of the rewrite is the country, not NHS England
    a = ("Junior doctors walked out on Tuesday. Figures from NHS England showed that 39 percent of junior doctors due "
         "to work on Tuesday had turned up. Hospitals cancelled about 4,000 operations.")
    b = ("Junior doctors walked out on Tuesday. The union represents some 45,000 junior doctors in England. Figures "
         "from the Department of Health showed that 39 percent of junior doctors due to work on Tuesday had turned "
         "up. Hospitals cancelled about 4,000 operations.")
    (m,) = [m for m in matches(a, b) if m.a.text == "NHS England"]
    assert m.b.text == "Department of Health" and not m.agree and not m.restated
    assert ("organisation-mismatch", "error", "NHS England", "Department of Health") in flagged(a, b)


@pytest.mark.parametrize("text, person", [
    ("Mark Porter, who chairs the BMA council, joined the picket line.", True),  # common nouns, but "who" says a man
    ("The injury woes continued for the New Orleans Saints, who have placed Pierre Thomas on reserve.", False),
])
def test_a_singular_who_after_a_name_of_common_words_makes_it_a_person(text, person):
    from checker.extract import build_people

    keys = set(build_people([analyze(text)]))
    assert (("porter" in keys) or ("saints" in keys)) is person


def test_two_bodies_named_alike_but_for_their_place_are_one_body_told_two_ways():
    a = ("The Supreme Court on Thursday struck down a colonial-era law. "
         "The Delhi High Court decriminalised gay sex in 2009, but the Supreme Court reinstated the law in 2013.")
    b = ("The Supreme Court yesterday struck down a colonial-era law. The ruling ends a long legal battle. "
         "The Bombay High Court struck down the law in 2009, only for the supreme court to restore it four years "
         "later.")
    (m,) = [m for m in matches(a, b) if m.a.text == "Delhi High Court"]
    assert m.b.text == "Bombay High Court" and m.confident
    assert ("organisation-mismatch", "error", "Delhi High Court", "Bombay High Court") in flagged(a, b)


def test_a_body_that_acted_in_another_year_is_not_the_one_that_acted_now():
    # each version's only body that "struck down": but one did it on Thursday, the other in 2009
    a = ("India's Supreme Court on Thursday struck down a colonial-era law that made gay sex a crime. "
         "The law dates from 1860. Activists celebrated outside the court.")
    b = ("India's top court yesterday scrapped a colonial-era law that made gay sex a crime. The law dates from 1860. "
         "Activists celebrated outside the court. The Bombay High Court struck down the law in 2009.")
    assert not [x for x in flagged(a, b) if "Supreme Court" in x[2] and "Bombay" in x[3]]


def test_one_person_given_for_another_is_reported_once_however_many_sentences_show_it():
    # the role and the quotation both go to Gogoi: one swap, reported by the role's finding
    a = ("India's Supreme Court struck down a colonial-era law. A five-judge bench headed by Chief Justice Dipak "
         "Misra ruled that Section 377 was unconstitutional. \"Criminalising carnal intercourse is irrational, "
         'arbitrary and manifestly unconstitutional," Misra said as he read out the verdict.')
    b = ("India's Supreme Court struck down a colonial-era law. Chief Justice Ranjan Gogoi, who led the five-judge "
         "bench, said while reading out the unanimous verdict that criminalising gay sex was \"irrational, arbitrary "
         'and manifestly unconstitutional".')
    swaps = [x for x in flagged(a, b) if x[0] in ("person-role-mismatch", "person-mismatch", "quote-attribution")]
    assert swaps == [("person-role-mismatch", "error", "Dipak Misra", "Ranjan Gogoi")]


def test_two_divisions_named_alike_but_for_their_place_are_one_place_told_two_ways():
    a = ("Storm Ophelia killed three people in Ireland on Monday. A woman died when a tree fell on her car in County "
         "Waterford. Some 360,000 homes lost power.")
    b = ("Some 360,000 homes lost power. Ophelia claimed three lives on Monday, including a woman driving near "
         "Aglish in County Wexford, whose car was hit by a falling tree.")
    (m,) = [m for m in matches(a, b) if m.a.text == "County Waterford"]
    assert m.b.text == "County Wexford" and m.lone_slip


def test_a_bodys_bare_head_word_refers_back_to_the_body_its_acronym_names():
    a = ("The court said the Independent Electoral and Boundaries Commission (IEBC) had failed to conduct the election. "
         "IEBC chairman Wafula Chebukati said the commission would respect the decision.")
    b = ("The court said the Independent Electoral and Boundaries Commission had failed to run the election. "
         "Commission chairman Wafula Chebukati said the commission would respect the decision.")
    assert not [x for x in flagged(a, b) if x[0] == "organisation-mismatch"]


def test_a_short_quotation_repeated_word_for_word_is_matched_to_find_its_other_speaker():
    a = ("Committee Chairman Jason Chaffetz questioned her figures. \"I don't believe you,\" Chaffetz said. "
         "Elijah Cummings, the top Democrat, accused Mylan of price gouging.")
    b = ("\"I don't believe you,\" Elijah Cummings, the committee's senior Democrat, told her. "
         "Jason Chaffetz, the Republican chairman, had already cast doubt on her figures.")
    assert [x for x in flagged(a, b) if x[0] == "quote-attribution" and "Chaffetz" in x[2] and "Cummings" in x[3]]


def test_what_went_on_is_the_event_a_date_dates():
    (date,) = [f for f in facts_of("Thousands of nurses went on strike on Wednesday for the first time.").facts
               if f.kind == "date"]
    assert date.event == frozenset({"strike"})


def test_a_day_changed_in_a_rewritten_lead_is_an_error_when_one_sentence_dates_the_others_event():
    # "walked off the job ... strike" / "went on strike": one strike, dated to two days
    a = ("Thousands of New Zealand nurses walked off the job on Monday in their first nationwide strike in 30 years. "
         "The strike closed clinics. Health Minister David Clark said talks would resume.")
    b = ("Tens of thousands of New Zealand nurses went on strike on Tuesday for the first time in three decades. "
         "The strike closed clinics. Health Minister David Clark said talks would resume.")
    assert ("date-mismatch", "error", "on Monday", "on Tuesday") in flagged(a, b)


def test_a_country_said_of_a_firm_is_not_the_firm():
    # "Japanese loans" does not agree with "Kajima of Japan"; two firms of one country are two firms, no metonym
    a = ("The project, costing around $4 billion, was built by a consortium led by Japan's Taisei Corp with Turkish "
         "partners, and was largely financed by Japanese loans. The tunnel opened on Tuesday.")
    b = ("The tunnel opened on Tuesday. The $4bn scheme was built by a group of contractors led by Kajima of Japan, "
         "working with Turkish firms.")
    assert [x for x in flagged(a, b) if x[:2] == ("organisation-mismatch", "error") and "Taisei" in x[2]
            and "Kajima" in x[3]]


@pytest.mark.parametrize("text, value", [
    ("Kipchoge won the race in 2:01:39.", 7299.0),  # hours, minutes and seconds: one race time
    ("Kipchoge won in two hours, one minute and 39 seconds.", 7299.0),  # the same time in words
    ("The search lasted 12 hours, 30 minutes.", 45000.0),
])
def test_hours_minutes_and_seconds_are_one_duration(text, value):
    (q,) = [f.item for f in facts_of(text).facts if f.kind == "quantity"]
    assert (q.value, q.unit) == (value, "second")


def test_a_clock_time_is_still_a_time_of_day():
    (q,) = [f.item for f in facts_of("The train left at 10:30 on Monday.").facts if f.kind == "quantity"]
    assert q.value == 10.5


def test_a_word_of_when_is_no_role_two_bodies_share():
    # "since" beside FIFA and beside Uefa says nothing of what either does
    a = ("Gianni Infantino was elected FIFA president on Friday. "
         "FIFA has been in turmoil since May, when Swiss police arrested seven officials.")
    b = ("Gianni Infantino was elected president of world football's governing body on Friday. "
         "The Swiss lawyer, who has been general secretary of Uefa since 2009, took 115 votes.")
    assert not [x for x in flagged(a, b) if x[0] == "organisation-mismatch"]


def test_a_day_that_dates_another_act_beside_the_event_is_no_change_of_its_day():
    # "returned to the table on Wednesday as a strike ... entered its second day": the day of the talks, not the strike
    a = ("Bus drivers in Leeds went on strike on Tuesday over pay, leaving 200,000 passengers without services. "
         "The union said the offer was too low. Managers said the company could not pay more.")
    b = ("Union leaders and managers returned to the bargaining table on Wednesday as a strike that has left 200,000 "
         "Leeds passengers without buses entered its second day. The union said the offer was too low.")
    assert not [x for x in flagged(a, b) if x[0] == "date-mismatch" and x[1] == "error"]


def test_a_statement_dated_before_its_verb_dates_the_statement():
    # "on Thursday warned consumers not to eat": the warning is dated, not the eating
    (date,) = [f for f in facts_of("The regulator on Thursday warned consumers not to eat bagged salad.").facts
               if f.kind == "date"]
    assert date.event == frozenset({"warn"})


def test_a_warning_issued_on_another_day_is_still_one_warning():
    a = ("The Food Standards Agency on Monday warned shoppers not to eat bagged salad from three chains because of an "
         "outbreak of listeria. Nine people have fallen ill. Supermarkets cleared their shelves.")
    b = ("The Food Standards Agency warning issued on Sunday against eating bagged salad from three chains remains in "
         "force. Nine people have fallen ill. Supermarkets cleared their shelves.")
    assert [x for x in flagged(a, b) if x[:3] == ("date-mismatch", "error", "on Monday") and "Sunday" in x[3]]


def test_a_deputy_holds_another_office_than_the_one_he_deputises_in():
    a = ("Deputy Prime Minister Nick Clegg voted for the bill. The vote passed by 323 to 302. "
         "Thousands of students marched in London.")
    b = ('"The protests were shocking," Prime Minister David Cameron said. The vote passed by 323 to 302. '
         "Thousands of students marched in London.")
    assert not [x for x in flagged(a, b) if x[0] in ("person-mismatch", "person-role-mismatch")]


def test_the_first_time_says_never_before():
    a = ("It is the first time the exam has been postponed because of a natural disaster, the ministry said. "
         "The earthquake struck on Tuesday. About 600,000 students were due to sit it.")
    b = ("The exam has been moved twice before for summits, but never because of a natural disaster. "
         "The earthquake struck on Tuesday. About 600,000 students were due to sit it.")
    assert not [x for x in flagged(a, b) if x[0] == "negation-flip"]


def test_one_police_force_named_by_its_headquarters_is_one_body():
    a = ("The minister appointed Peter Clarke, a former head of counter-terrorism at the Metropolitan Police, to "
         "lead an inquiry. The report is due in July. Twenty schools were inspected.")
    b = ("Peter Clarke, the former head of counter-terrorism at Scotland Yard, will lead the inquiry. The report is "
         "due in July. Twenty schools were inspected.")
    assert not [x for x in flagged(a, b) if x[0] == "organisation-mismatch"]


def test_a_standing_by_size_does_not_change_from_one_days_report_to_the_next():
    a = ("Teachers in Chicago went on strike on Monday, leaving 350,000 pupils without lessons in the third-largest "
         "school district in the country. The union has 26,000 members. Talks broke down on Sunday.")
    b = ("Chicago teachers stayed out on Tuesday as the strike kept 350,000 pupils out of class in the nation's "
         "second-largest school district. The union has 26,000 members. Talks broke down on Sunday.")
    assert ("number-mismatch", "error", "third-largest", "second-largest") in flagged(a, b)


def test_a_day_changed_beside_many_agreeing_facts_is_one_event_told_with_another_verb():
    # "ran off the rails" / "derailed": other verbs, but the speed, the place and the toll agree around the day
    a = ("A commuter train from Leeds to York was hurtling at 96 mph, more than twice the speed limit, when it ran off "
         "the rails on a bend near Garforth on Tuesday night, killing at least six people, investigators said. "
         "More than 200 were hurt. The line remains closed.")
    b = ("A commuter train that derailed near Garforth on Wednesday night, killing at least six people, was "
         "travelling at 96mph, more than twice the limit for the bend it was taking, investigators said. "
         "More than 200 were hurt. The line remains closed.")
    assert ("date-mismatch", "error", "on Tuesday night", "on Wednesday night") in flagged(a, b)


@pytest.mark.parametrize("text, name, kind", [
    ("Protesters surrounded the car on Oxford Street on Thursday evening.", "Oxford Street", "place"),
    ("The train left Aberdeen bound for Glasgow Queen Street at 6.38am.", "Glasgow Queen Street", "place"),
    ("The Rail Accident Investigation Branch sent inspectors.", "Rail Accident Investigation Branch", "org"),
    ("The wreck was found in the eastern Queen Maud Gulf on Sunday.", "Queen Maud Gulf", "place"),  # read on r49 v02
    ("The ship sank off King William Island in 1848.", "King William Island", "place"),
    ("Police closed King Street on Friday.", "King Street", "place"),
])
def test_a_streets_or_a_bodys_last_word_says_what_the_name_is(text, name, kind):
    assert (name, kind) in [(n.text, n.kind) for n in analyze(text).names]


def test_a_name_of_common_words_with_an_age_beside_it_is_a_person():
    vf = facts_of("Ruth Perry, 53, head of a primary school in Reading, died in January. Perry's sister spoke.")
    assert "perry" in vf.people


def test_an_age_of_a_person_with_a_name_of_common_words_is_compared():
    a = ("Ruth Perry, 53, head of a primary school in Reading, died in January. The inspection found the school "
         "inadequate. The coroner said the inspection contributed to her death.")
    b = ("The coroner said the inspection contributed to her death. Mrs Perry, a 52-year-old mother of two, died "
         "in January. The inspection found the school inadequate.")
    assert ("number-mismatch", "error", "53", "52-year-old") in flagged(a, b)


def test_members_of_a_party_named_two_ways_are_one_count():
    (x,) = [f.item for f in facts_of("Twenty-one Liberal Democrats voted against.").facts if f.kind == "quantity"]
    (y,) = [f.item for f in facts_of("In all, 28 Lib Dem MPs voted against.").facts if f.kind == "quantity"]
    assert x.noun == y.noun == "lib dems"


def test_a_bodys_figure_after_its_article_is_the_bodys():
    vf = facts_of("Labour won 40 percent of the vote, while the SNP returned to parliament with 9.2 percent.")
    owners = {f.text: f.owner for f in vf.facts if f.kind == "quantity"}
    assert owners["9.2 percent"] == "snp"


def test_each_versions_only_share_of_one_party_is_one_fact_wherever_it_is_told():
    a = ("Labour won 40 percent of the vote in the March 3 election, its best result since 1997, while the SNP "
         "returned to parliament with 9.2 percent. Coalition talks began on Monday. The SNP wants a new referendum.")
    b = ("Coalition talks began on Monday. The SNP, which won 7.4 per cent in March's election and were returning "
         "to parliament after four years out, wants a new referendum.")
    assert ("number-mismatch", "error", "9.2 percent", "7.4 per cent") in [x[:3] + (x[3].split(" in ")[0],)
                                                                          for x in flagged(a, b)]


def test_a_reaction_on_the_next_day_is_no_change_of_the_acts_day():
    a = ("A court in Milan on Monday convicted 54 people in the largest trial of the city's gangs in decades, "
         "handing down sentences totalling 600 years. The trial lasted two years. The verdicts took four hours to "
         "read.")
    b = ("Italian politicians on Tuesday hailed the conviction of 54 people in the largest trial of Milan's gangs in "
         "decades. The trial lasted two years. The verdicts took four hours to read.")
    assert not [x for x in flagged(a, b) if x[0] == "date-mismatch" and x[1] == "error"]


def test_a_prison_term_is_of_the_one_sentenced_not_of_the_judge():
    vf = facts_of("Judge Ana Ruiz convicted the former minister on Tuesday. She sentenced Pablo Mora to 12 years in "
                  "prison.")
    (term,) = [f for f in vf.facts if f.kind == "quantity" and f.text == "12 years"]
    assert term.owner == "mora"


def test_two_counts_of_two_things_left_in_a_pair_of_sentences_are_not_one_slip():
    # "the Fokker 100 jet" / "around 120 packets": the figures each side left over count two things
    a = ("Eight gunmen drove onto the tarmac at Brussels airport on Monday and stole the diamonds from the hold. "
         "The 29 passengers already on board the Fokker 100 jet did not realise what was happening, a spokeswoman "
         "said. The gang escaped in two cars.")
    b = ("Eight gunmen drove onto the tarmac at Brussels airport on Monday and stole the diamonds from the hold. "
         "The 29 passengers on board did not realise what was happening, a spokeswoman said. They made off with "
         "around 120 packets of diamonds without a shot being fired. The gang escaped in two cars.")
    assert not [x for x in flagged(a, b) if x[0] == "number-mismatch"]


def test_a_name_set_beside_a_bodys_description_is_no_person():
    vf = facts_of('Severn Water, Britain\'s second-biggest water company, was fined on Wednesday. Severn Water chief '
                  'executive Steve Robertson said the firm was "deeply sorry". "We have learned lessons," he said.')
    assert "water" not in vf.people
    assert [q.speaker for q in vf.quotes] == ["robertson", "robertson"]


def test_a_state_is_not_compared_with_a_country_but_with_the_other_versions_state():
    # "An American dentist" / "A Wisconsin dentist" both hold; "a dentist from Minnesota" is what Wisconsin replaces
    a = ("An American dentist paid $50,000 to hunt and kill Cecil, one of Zimbabwe's best-known lions, officials said "
         "on Tuesday. The wildlife authority named the hunter as Walter Palmer, a dentist from Minnesota. "
         "Cecil, a 13-year-old lion with a black mane, was a major attraction in Hwange National Park.")
    b = ("A Wisconsin dentist, Walter Palmer, has been identified as the hunter who paid $50,000 to kill Cecil, a "
         "much-loved lion that lived in Hwange National Park. Cecil, a 13-year-old lion with a black mane, was a "
         "major attraction.")
    assert [x[:3] for x in flagged(a, b)] == [("place-mismatch", "error", "from Minnesota")]


def test_a_glued_million_before_a_currency_word_is_money_not_metres():
    (q, _) = analyze("He was ordered to pay a fine of 200m ringgit (£38m).").quantities
    assert (q.value, q.unit) == (200e6, "myr")
    assert [(q.value, q.unit) for q in analyze("The tower is 200m tall.").quantities] == [(200.0, "m")]


def test_a_figure_mistyped_beside_one_agreeing_figure_is_an_error_in_a_rewrite():
    # "41 million" / "€31m": one digit changed, in sentences that agree on the 500 million the system costs
    a = ("Public transport became free nationwide on Saturday. Ticket sales brought in about 41 million euros a "
         "year, covering only around eight percent of the roughly 500 million euros it costs to run the system, "
         "officials said. First class still needs a ticket.")
    b = ("Public transport became free nationwide on Saturday. Fares raised only about €31m a year, a small "
         "fraction of the €500m annual cost of running the network. First class still needs a ticket.")
    assert [x for x in flagged(a, b) if x[:2] == ("number-mismatch", "error") and "41" in x[2] and "31" in x[3]]


def test_a_weekday_in_the_possessive_names_the_day():
    dates = analyze("The toll from Tuesday's floods rose to 117.", dt.date(2022, 2, 17)).dates
    assert [(d.text, d.value) for d in dates] == [("Tuesday", "2022-02-15")]


def test_the_day_of_a_later_act_beside_the_days_event_named_in_the_possessive_is_no_change():
    # dated Wednesday and Thursday: "on Tuesday" / "on Thursday ... Tuesday's floods" keep the floods on Tuesday
    a = parse_version(" date 2024-03-13 RIO DE JANEIRO (Reuters) - Torrential rain unleashed floods in the mountain "
                      "city of Petropolis on Tuesday, killing at least 94 people, officials said on Wednesday. "
                      "Rescuers searched for the missing. The army sent 300 soldiers.", "a.txt")
    b = parse_version(" date 2024-03-14 RIO DE JANEIRO (Reuters) - Rescuers dug through mud on Thursday in the city of "
                      "Petropolis, where the death toll from Tuesday's floods rose to 117, up from 94 on Wednesday. "
                      "The army sent 300 soldiers.", "b.txt")
    assert not [f for f in check_versions([a, b], embedder=None).findings
                if f.name == "date-mismatch" and f.severity >= Severity.WARNING]


def test_two_ministries_as_the_sources_of_two_facts_are_not_one_body():
    a = ("The quake struck before dawn on Tuesday. At least 41 people had been pulled out alive, the Defense Ministry "
         "said. The capital was shaken.")
    b = ("The quake struck before dawn on Tuesday. More than 650 people were injured, the Health Ministry said. The "
         "capital was shaken.")
    assert not [x for x in flagged(a, b) if x[0] == "organisation-mismatch"]


def test_a_word_of_many_senses_is_no_role_two_bodies_share():
    # "state broadcaster RAI" / "declared a state of emergency": each version's only body beside "state"
    a = ('"Half the town is not here any more," Mayor Sergio Pirozzi told state broadcaster RAI. The quake killed 247 '
         "people on Wednesday. Rescuers worked through the night.")
    b = ("The quake killed 247 people on Wednesday. Prime Minister Matteo Renzi's Cabinet declared a state of "
         "emergency and released 50 million euros. Rescuers worked through the night.")
    assert not [x for x in flagged(a, b) if x[0] == "organisation-mismatch"]


def test_a_place_before_an_unclosed_aside_is_no_speaker():
    # the aside runs on into the sentence's verb: it is the subject, not who New Albany is
    v = facts_of("Standing on the cleared site near New Albany, the 79-year-old president described the roughly 1,000 "
                 'acres of former farmland as "a field of dreams" and said the plants would help.')
    assert "albany" not in v.people and v.quotes[-1].speaker is None


@pytest.mark.parametrize("text, event", [
    # the verb of saying just before the day dates the saying, not a word further back
    ("Parents of children sickened by melamine-tainted milk said Friday that the sentences were not enough.", "say"),
    # "men" is the noun the figure counts, not the verb "to man"
    ("A court in the northern city of Shijiazhuang sentenced two men to death on Wednesday.", "sentence"),
])
def test_the_nearest_verb_before_a_date_is_what_it_dates(text, event):
    f = next(f for f in facts_of(text).facts if f.kind == "date")
    assert f.event == frozenset({event})


def test_a_day_of_saying_is_not_the_day_of_an_act_in_a_sentence_moved_apart():
    a = ("A Chinese court sentenced two men to death and the former chairwoman of the Sanlu dairy group to life in "
         "prison on Thursday over a tainted milk scandal. Fonterra owned 43 percent of Sanlu. The court sat in Hebei.")
    b = ("Fonterra owned 43 percent of Sanlu. Parents of children sickened by melamine-tainted milk said Thursday "
         "that the harsh sentences were not enough. The court sat in Hebei.")
    assert not [x for x in flagged(a, b.replace("Thursday", "Friday")) if x[0] == "date-mismatch" and x[1] == "error"]


def test_an_open_bound_far_from_a_figure_does_not_restate_it():
    # "more than 2.5km" long is consistent with "about 90 kilometers" away, but it is the tunnel's length
    a = ("Guzman was last seen at 8:52 p.m. near the shower in his cell at the Altiplano federal prison, about 90 "
         "kilometers (55 miles) west of Mexico City, the commission said. Guards saw nothing. The tunnel ran for about "
         "1.5 kilometers (1 mile) to a half-built house near the prison.")
    b = ("Guards saw nothing. The Sinaloa cartel leader vanished into a tunnel more than 2.5km long, fitted with "
         "lights, which surfaced in an unfinished house near the Altiplano prison, 55 miles west of the capital.")
    assert [(m.a.text, m.agree) for m in matches(a, b) if m.b.text == "more than 2.5km"] == [
        ("about 1.5 kilometers", False)]


def test_an_office_held_when_something_else_happened_is_a_former_office():
    v = facts_of("The programme was launched under former President Benigno Aquino, when Janette Garin was health "
                 "secretary.")
    assert [f.item.role for f in v.facts if f.text == "Janette Garin"] == [("former", "health", "secretary")]


def test_a_federal_office_with_its_rank_is_not_the_state_office():
    a = ("Modi's office said he was monitoring the situation, and junior federal health minister Anupriya Patel was "
         "sent to Gorakhpur. At least 30 children died. The hospital is in Gorakhpur.")
    b = ("At least 30 children died. Ashutosh Tandon, the state health minister, said the deaths were not caused by "
         "a lack of oxygen. The hospital is in Gorakhpur.")
    assert not [x for x in flagged(a, b) if x[0] == "person-role-mismatch"]


def test_a_place_mentioned_once_elsewhere_of_something_else_does_not_restate_it():
    # v1's one "Liberia" is where another priest caught the virus: no restatement of where this one was flown from
    a = ("The woman was part of the medical team that cared for Manuel Garcia Viejo, a 69-year-old Spanish missionary "
         "priest who was flown home from Sierra Leone and died at Madrid's Carlos III hospital on Sept. 25. The "
         "hospital is being disinfected. Miguel Pajares, 75, who caught the virus in Liberia, died at the same "
         "hospital on Aug. 12.")
    b = ("She had been part of the team treating Manuel Garcia Viejo, a 69-year-old missionary priest who died at the "
         "Carlos III hospital on 25 September after being flown home from Liberia. The hospital is being disinfected. "
         "Miguel Pajares, 75, who was infected in Liberia, died in the same hospital in August.")
    assert ("place-mismatch", "error", "from Sierra Leone", "from Liberia") in flagged(a, b)


@pytest.mark.parametrize("text", ["More than 733,000 children aged nine and above had received a dose.",
                                  "The nine-year-old boy was found alive."])
def test_an_age_written_in_words_is_an_age(text):
    assert [f.item.unit for f in facts_of(text).facts if f.kind == "quantity" and "nine" in f.text] == ["age"]


def test_two_bodies_whose_spokespeople_speak_of_one_thing_are_two_sources():
    a = ("Epifaniy was elected head of the new church on Saturday. Russian Foreign Ministry spokeswoman Maria "
         "Zakharova said the council was being run by the Ukrainian authorities. Poroshenko attended.")
    b = ("Epifaniy was elected head of the new church on Saturday. Poroshenko attended. Russian Orthodox Church "
         "spokesman Vladimir Legoyda said the council had no canonical force.")
    assert not [x for x in flagged(a, b) if x[1] == "error"]


def test_the_sole_holder_of_an_office_replaced_by_one_listed_without_it_is_a_changed_person():
    a = ("Jooste resigned on Tuesday. Chairman Christo Wiese, the group's largest shareholder, will serve as executive "
         "chairman on an interim basis. Chief operating officer Danie van der Merwe will run day-to-day operations.")
    b = ("Jooste resigned on Tuesday. The group is now being run by Danie van der Merwe, who was named executive "
         "chairman on an interim basis. Billionaire Christo Wiese, the largest shareholder, has seen his stake plunge.")
    assert ("person-role-mismatch", "error", "Christo Wiese", "Danie van der Merwe") in flagged(a, b)


def test_an_arabic_article_opening_a_name_is_part_of_it():
    v = facts_of('"If the pilgrims had followed instructions, this could have been avoided," al-Falih told El Ekhbariya '
                 "television.")
    assert [f.text for f in v.facts if f.kind == "name"][0] == "al-Falih"


def test_a_promise_introduces_its_quotation_like_a_speech_verb():
    v = facts_of("The interior minister, Christophe Castaner, travelled to the city last night, and the housing minister, "
                 'Julien Denormandie, promised "all the help it needs".')
    assert v.quotes[-1].speaker == "denormandie"


def test_an_age_with_an_indefinite_article_is_someone_new():
    v = facts_of("Mayor Jean-Claude Gaudin visited the street. \"The building was rotten,\" said Sophie, a 34-year-old "
                 "neighbour.")
    age = next(f for f in v.facts if f.text == "34-year-old")
    assert "gaudin" not in age.people


def test_two_quotations_sharing_only_the_storys_topic_words_are_two():
    a = ('"India\'s successful moon mission is not India\'s alone," Modi said in a televised address. The lander touched '
         "down near the south pole. Scientists cheered.")
    b = ("The lander touched down near the south pole. Scientists cheered. \"Made in India, made for the MOON!\" the space "
         "agency wrote on social media.")
    assert not [x for x in flagged(a, b) if x[0] == "quote-altered"]
    # one word replaced in a quotation that keeps its order is still a changed quotation
    c = ('"My experience of government ends here," Renzi told a news conference after midnight. Voters rejected the '
         "reform. Markets fell.")
    d = ("Voters rejected the reform. Markets fell. \"My experience of politics ends here,\" the 41-year-old told "
         "reporters in Rome.")
    assert [x for x in flagged(c, d) if x[0] == "quote-altered"]


def test_a_rank_word_is_no_role_a_body_holds():
    from checker.match import _lone_roles

    a = facts_of("Peake, 43, a former Army Air Corps test pilot, will spend six months on the station.")
    b = facts_of("Peake, a former British Army officer, is the first Briton to go into space since 1991.")
    assert "former" not in _lone_roles(a, b, a.facts, b.facts).values()


def test_a_body_is_not_named_by_the_country_its_name_begins_with():
    """ "the US trade representative" beside the Commerce Department does not mention the U.S. International Trade
    Commission: the body was replaced, not named twice in one sentence."""
    a = ("Washington imposed duties on solar panels on Monday. The duties followed findings by the U.S. International "
         "Trade Commission that imports had seriously injured domestic producers. Shares in First Solar rose. China "
         "criticised the move.")
    b = ("Washington imposed duties on solar panels on Monday. The measures, announced by the US trade representative, "
         "followed a finding by the Commerce Department that imports had seriously injured domestic producers. Shares "
         "in First Solar rose. China criticised the move.")
    assert ("organisation-mismatch", "error", "U.S. International Trade Commission", "Commerce Department") \
        in flagged(a, b)


def test_a_place_that_only_locates_another_is_not_where_anything_happened():
    """ "Mirabel, north of Montreal": Montreal says where Mirabel is, and is no swap for the other version's Belfast."""
    a = ("Boeing lost its trade case against Bombardier on Friday. The four commissioners voted 4-0 against Boeing. "
         "The CSeries is assembled in Mirabel, Quebec, and its wings are made at the company's plant in Belfast, "
         "Northern Ireland, where about 1,000 people work. Delta ordered 75 of the jets in 2016. Shares in Bombardier "
         "rose 15 percent in Toronto. Airbus took a majority stake in October.")
    b = ("Boeing lost its trade case against Bombardier on Friday. The four commissioners voted 4-0 against Boeing. "
         "The CSeries is built at the company's plant in Mirabel, north of Montreal, which employs about 1,000 people. "
         "Delta ordered 75 of the jets in 2016. Shares in Bombardier rose 15 percent in Toronto. Airbus took a "
         "majority stake in October.")
    assert not [f for f in flagged(a, b) if f[1] == "error"]


@pytest.mark.parametrize("short, full", [
    ("AFASE", "the Alliance for Affordable Solar Energy"),  # the small word's initial kept
    ("JAXA", "the Japan Aerospace Exploration Agency"),  # "eXploration"
])
def test_an_acronym_names_the_body_it_abbreviates(short, full):
    from checker.entities import same_entity

    names = [f.item for f in facts_of(f"Officials of {full} met. {short} said nothing.").facts if f.kind == "name"]
    assert same_entity(names[0], names[-1]), [n.text for n in names]


@pytest.mark.parametrize("word, base", [("findings", "find"), ("finding", "find"), ("hearings", "hear"),
                                        ("things", "thing"), ("evenings", "evening")])
def test_a_plural_of_a_verbal_noun_has_the_verbs_base(word, base):
    """ "findings by the commission" and "a finding by the department" share an anchor word."""
    from checker.normalize import lemma

    assert lemma(word) == base


def test_a_word_changed_in_a_quotation_is_shown_with_the_pronoun_that_says_it():
    a = ('Najib was sentenced on Tuesday. His lawyer said: "We respect the decision of the court but we will appeal '
         'it to the highest court." Supporters gathered outside. The judge read the verdict for two hours.')
    b = ('Najib was sentenced on Tuesday. His lawyer said: "We reject the decision of the court but we will appeal '
         'it to the highest court." Supporters gathered outside. The judge read the verdict for two hours.')
    assert ("quote-altered", "error", "We respect the decision", "We reject the decision") in flagged(a, b)


# ---------------------------------------------------------------- read on r36 (shipping; drug prices)


@pytest.mark.parametrize("text, way, word", [
    ("Maersk shares rose 3 percent in early trading.", "up", "rose"),
    ("Shares in Maersk fell 3pc in Copenhagen.", "down", "fell"),  # "pc": a British paper's per cent
    ("Profit rose by about 5 percent.", "up", "rose"),
    ("The shares were down 4% on Monday.", "down", "down"),
    ("The shares ended 2% higher.", "up", "higher"),
    ("It forecast a 2.5pc fall in demand.", "down", "fall"),
    ("It forecast growth of 0.5 percent.", "up", "growth"),
    ("The shares did not fall 3 percent.", None, None),  # a negated move
    ("The rate stood at 3 percent.", None, None),  # a level
    ("Inflation rose to 5 percent.", None, None),  # the level a move reached, not its size
])
def test_a_figure_is_read_with_the_move_it_measures(text, way, word):
    from checker.opposites import figure_move

    cf = analyze(text, dt.date(2023, 2, 8))
    (q,) = [q for q in cf.quantities if q.unit == "%"]
    move = figure_move(cf.tokens, q.start, q.end)
    assert (move[0], move[1].text) == (way, word) if way else move is None


def test_one_figure_told_as_a_rise_in_one_version_and_a_fall_in_the_other_is_an_error():
    """The reference says both "rose" and "falling" (of two periods), so the pair rule cannot call the verbs
    swapped; the matched figure says which move is which."""
    a = ("Maersk reported a fall in profit. Maersk shares rose 3 percent in early trading in Copenhagen, after "
         "falling more than 20 percent over the past year.")
    b = ("Maersk reported a fall in profit. Shares in Maersk fell 3pc in Copenhagen in early trading, extending a "
         "slide of more than a fifth over the past year.")
    assert errors(a, b) == [("direction-flip", "shares rose 3 percent", "fell 3pc")]


def test_opposite_moves_of_two_different_figures_are_no_flip():
    a = ("Maersk said it expected global container demand to range between a contraction of 2.5 percent and growth "
         "of 0.5 percent this year.")
    b = "Maersk forecast that global demand for container shipping would range from a 2.5 percent fall to 0.5 percent growth this year."
    assert flagged(a, b) == []


def test_a_comparative_is_shown_with_the_noun_it_qualifies():
    a = ('"2022 was an exceptional year, but we expect lower demand and a normalisation of freight rates in 2023," '
         'Chief Executive Vincent Clerc said.')
    b = ('Vincent Clerc said that 2022 had been "an exceptional year", but warned: "We expect higher demand and a '
         'normalisation of freight rates in 2023."')
    assert ("direction-flip", "lower demand", "higher demand") in errors(a, b)


def test_a_bodys_name_may_open_the_sentence():
    """ "Leftist Luiz Inacio Lula da Silva" drops the adjective; "Maritime Union of Australia" keeps its first word,
    and so is the MUA."""
    a = ('Patrick sacked 1,400 workers. "This is the most disgraceful act by an employer," MUA national secretary '
         'John Coombs said.')
    b = "Patrick sacked 1,400 workers. Maritime Union of Australia national secretary John Coombs said the union would fight."
    assert flagged(a, b) == []


def test_a_country_whose_name_ends_like_a_nationality_is_no_descriptor():
    """ "Iran" is a place the cargo came from; "the French energy group Total" says where a body is from."""
    a = ("The Sanchi collided with a freighter off Shanghai. The tanker was carrying 136,000 tonnes of condensate, "
         "an ultra-light crude oil, from Iran to South Korea.")
    b = ("The Sanchi collided with a freighter off Shanghai. It was carrying 136,000 tonnes of condensate, a highly "
         "flammable ultra-light oil, to South Korea, where it was due to be delivered to Hanwha Total, a joint venture "
         "with the French energy group Total.")
    assert flagged(a, b) == []


def test_a_year_and_a_day_in_it_do_not_date_two_sentences_apart():
    """ "in the fourth quarter of this year" and "said yesterday": the year holds the day, so the two quarters are
    one statement's, not two periods'."""
    a = ("Eli Lilly will cut the list prices of some older insulins by 70%, the company said Tuesday. The Indianapolis "
         "drugmaker said it would cut the list prices of its most commonly prescribed insulin, Humalog, and another "
         "insulin, Humulin, in the fourth quarter of this year. The list price of Humalog will drop to $66.40 a vial "
         "from $274.70.")
    b = ("Eli Lilly is to slash the price of its most widely used insulins by 70 per cent. The Indianapolis-based "
         "company said yesterday that the list price of Humalog would drop from $274.70 to $66.40 a vial, with the "
         "cuts to Humalog and Humulin taking effect in the third quarter of the year.")
    assert ("number-mismatch", "fourth quarter", "third quarter") in errors(a, b)


def test_each_versions_one_day_of_saying_in_paired_sentences_is_one_announcement():
    a = ("Eli Lilly will cut the list prices of some older insulins by 70% and expand a cap on costs, the company said "
         "Tuesday. Patients pay less.")
    b = ("Lilly said on Monday it would cut the list prices of Humalog and Humulin by 70% and cap patients' monthly "
         "costs. Patients pay less.")
    assert errors(a, b) == [("date-mismatch", "Tuesday", "said on Monday")]


def test_a_part_of_a_quotation_with_a_word_changed_is_matched_by_its_run_of_words():
    """A short partial quotation shares few content words with the long one it is cut from, but five words in a
    row: "make a profit, but a very small profit" / "make a profit, but a healthy profit"."""
    a = ('Shkreli said the price would come down. "We\'ve agreed to lower the price of Daraprim to a point that is more '
         'affordable and is able to allow the company to make a profit, but a very small profit," he said.')
    b = ('Shkreli said the price would come down to a level that would still let the company "make a profit, but a '
         'healthy profit", although he did not say by how much.')
    assert [(x[0], x[1]) for x in flagged(a, b)] == [("quote-altered", "error")]


def test_each_versions_one_month_of_a_year_in_paired_sentences_is_one_date():
    a = ("GSK was fined 3 billion yuan on Friday. Chinese police first accused GSK of bribery in July 2013, alleging "
         "that its staff had funnelled money through travel agencies.")
    b = ("GSK was fined 3 billion yuan on Friday. The allegations against the company first emerged in June 2013, "
         "when police said GSK had used travel agencies to channel bribes.")
    assert errors(a, b) == [("date-mismatch", "in July 2013", "emerged in June 2013")]


# ---------------------------------------------------------------- read on r38 (trade unions; local government)


def test_a_dotless_i_is_folded_like_an_accent():
    """ "Yıldırım" (Turkish) and "Yildirim" (wire copy) are one name."""
    from checker.normalize import fold_accents

    assert (fold_accents("Yıldırım"), fold_accents("Łódź"), fold_accents("Ødegaard")) == ("Yildirim", "Lodz", "Odegaard")
    a = 'Binali Yildirim conceded. "We respect the result," Yildirim told reporters in Ankara.'
    b = 'Binali Yıldırım conceded. "We respect the result," Mr Yıldırım told reporters in Ankara.'
    assert flagged(a, b) == []


def test_a_party_written_with_an_acronym_in_its_name_is_its_acronym():
    from checker.entities import same_entity

    names = [f.item for f in facts_of("Officials of the AK Party met. The AKP said nothing.").facts if f.kind == "name"]
    assert same_entity(names[0], names[-1]), [n.text for n in names]


# ---------------------------------------------------------------- read on r37 (mining; bank fines) and r39 (fisheries;
# public broadcasting)


def dated(a: str, b: str, a_date: str, b_date: str, embedder=None, least=Severity.ERROR) -> list[tuple[str, str, str]]:
    """The error findings (or those of `least` severity and above) of two versions under their own datelines
    (sentences paired by the model when given)."""
    va = parse_version(f" date {a_date} LONDON (Reuters) - " + a, "a.txt")
    vb = parse_version(f" date {b_date} LONDON (Reuters) - " + b, "b.txt")
    return [(f.name, f.a.value, f.b.value) for f in check_versions([va, vb], embedder=embedder).findings
            if f.severity >= least]


def test_a_negation_inside_a_condition_states_nothing():
    a = ("NatWest was fined 264.8 million pounds. The bank pleaded guilty in October to three breaches of the "
         "regulations.")
    b = ("NatWest was fined £264.8 million. The fine would have been about £397 million had the bank not pleaded "
         "guilty, the judge said.")
    assert [x for x in flagged(a, b) if x[0] == "negation-flip"] == []


@pytest.mark.parametrize("text, conditional", [
    ("The fine would have been larger had the bank not pleaded guilty.", True),
    ("If the bank had not pleaded guilty, the fine would have been larger.", True),
    ("The bill lets the commission act should state regulators fail to act within a year.", True),
    ("The bank had not pleaded guilty.", False),
    ("The firm had earlier failed to act.", False),
    ("The regulators should also fail to act.", False),
])
def test_a_negation_inside_a_condition_is_read_as_one(text, conditional):
    from checker.facts import in_condition

    cf = analyze(text)
    assert [in_condition(cf.tokens, c) for c in cf.negations] == [conditional]


def test_a_condition_turned_round_is_still_a_flip():
    a = "Cassie suggests contacting IT if the website is not working."
    b = "Cassie suggests contacting IT if the website is working."
    assert [x[0] for x in errors(a, b)] == ["negation-flip"]


def test_cleared_of_an_act_says_it_was_not_done():
    a = "The report found that Borgen had not breached his legal obligations, but he said it was right to step down."
    cleared = "Although the report cleared Mr Borgen of breaching his legal duties, he said it was right to go."
    breached = "The report found Borgen had breached his legal obligations, but he said it was right to step down."
    assert [x for x in flagged(a, cleared) if x[0] == "negation-flip"] == []
    assert "negation-flip" in [x[0] for x in flagged(cleared, breached)]


def test_acquitted_of_and_cleared_of_say_the_same():
    a = "A jury convicted Adoboli on two counts of fraud but cleared him of four counts of false accounting."
    b = "Adoboli was convicted of two counts of fraud, but acquitted of four charges of false accounting."
    assert [x for x in flagged(a, b) if x[0] == "negation-flip"] == []
    a = "An Indian court on Friday acquitted Roman Catholic bishop Franco Mulakkal of raping a nun."
    b = "A court in Kerala on Friday cleared Bishop Franco Mulakkal of raping a nun."  # a title and names between
    assert [x for x in flagged(a, b) if x[0] == "negation-flip"] == []


@pytest.mark.parametrize("short, full", [
    ("Potash Corp of Saskatchewan", "Potash Corporation of Saskatchewan"),
    ("Warner Bros. Discovery", "Warner Brothers Discovery"),
    ("Hitachi Ltd", "Hitachi Limited"),
])
def test_a_companys_name_may_abbreviate_its_corporation(short, full):
    from checker.entities import same_entity

    x, y = (next(n for n in analyze(f"Shares of {name} rose.").names if n.kind != "place") for name in (short, full))
    assert same_entity(x, y), (x.text, y.text)


def test_a_figure_of_a_day_after_the_other_version_came_out_is_a_later_figure():
    a = "Danske Bank's chief executive resigned on Wednesday. Danske shares rose 2.1 percent after the report."
    b = "Danske Bank's chief executive resigned on Wednesday. Danske Bank shares fell 1.8 percent on Thursday."
    assert dated(a, b, "2018-09-19", "2018-09-20") == []
    assert ("number-mismatch", "2.1 percent", "1.8 percent") in dated(
        a, b.replace("fell 1.8 percent on Thursday", "rose 1.8 percent"), "2018-09-19", "2018-09-20")


def test_a_day_well_after_the_other_version_came_out_dates_what_happened_since():
    """ "Canada on Wednesday rejected the bid" (dated that Wednesday) and "BHP withdrew its bid on Sunday" (dated 12
    days later) are never one event; a day changed by a rewrite is one or two days off, and is still compared."""
    from checker.match import _news_since

    def day(text: str, date: str):
        v = parse_version(f" date {date} OTTAWA (Reuters) - " + text, "v.txt")
        return next(f for f in extract(v, segment(v)).facts if f.kind == "date"), v.date

    (x, px), (y, py) = day("Canada on Wednesday rejected BHP's bid.", "2010-11-03"), day(
        "BHP withdrew its bid on Sunday.", "2010-11-15")
    assert _news_since(x, y, px, py)
    (z, pz) = day("BHP withdrew its bid on Thursday.", "2010-11-05")  # the day after: compared
    assert not _news_since(x, z, px, pz)
    (w, pw) = day("BHP will withdraw its bid on Saturday.", "2010-11-12")  # a day to come may have moved
    assert not _news_since(x, w, px, pw)


def test_two_digits_swapped_beside_a_figure_both_give_alike_is_a_mistyped_figure():
    """A running tally may grow from one day's copy to the next, but not by swapping its digits while the figure
    beside it stays: "Another 78 ... and 259 arrested" / "Another 87 ... and 259 were arrested"."""
    a = ("Police shot dead 34 miners. Another 78 miners were wounded and 259 were arrested, the police commissioner "
         "told a news conference.")
    b = "Police shot dead 34 miners. The strikers were gunned down on a hill. Another 87 were injured and 259 were arrested."
    assert [x[:3] for x in flagged(a, b) if x[0] == "number-mismatch"] == [("number-mismatch", "error", "78 miners")]


def test_a_programme_called_today_is_no_date():
    a = "Entwistle had faced a torrid interview earlier on Saturday on the BBC's own Today radio programme."
    b = "Mr Entwistle's position had looked shaky since a bruising interview on Saturday morning on Radio 4's Today programme."
    assert [d.text for d in analyze(a, dt.date(2012, 11, 10)).dates] == ["Saturday"]
    assert [x for x in dated(a, b, "2012-11-10", "2012-11-11") if x[0] == "date-mismatch"] == []


def test_a_state_that_lasts_may_hold_on_the_next_day():
    a = "Clashes broke out in the Channel. French maritime gendarmes were deployed to the area on Tuesday."
    b = "Clashes broke out in the Channel. French maritime gendarmes remained in the area on Wednesday."
    assert dated(a, b, "2018-08-28", "2018-08-29") == []


def test_a_body_named_for_two_fields_is_one_name():
    names = lambda text: [n.text for n in analyze(text).names if n.kind == "org"]
    assert names("Scientists at the Department of Fisheries and Oceans reported it.") == [
        "Department of Fisheries and Oceans"]
    assert names("The Ministry of Defence and Foreign Office said so.") == ["Ministry of Defence", "Foreign Office"]
    assert names("A spokesperson for the Department for Levelling Up, Housing and Communities said so.") == [
        "Department for Levelling Up, Housing and Communities"]
    assert names("The Department for Environment, Food and Rural Affairs said so.") == [
        "Department for Environment, Food and Rural Affairs"]
    assert "Bank of England" in names("He met the Bank of England and Barclays on Monday.")
    assert names("A team from the Bureau of Alcohol, Tobacco, Firearms and Explosives was sent.") == [
        "Bureau of Alcohol, Tobacco, Firearms and Explosives"]  # four fields


def test_the_others_beside_one_person_are_a_part_not_the_whole():
    a = ("In a dissent joined by the court's two other liberal justices, Justice Elena Kagan wrote that the majority "
         "had given itself power.")
    b = "Writing in dissent for the three liberal justices, Justice Elena Kagan said the majority had given itself power."
    assert [x for x in flagged(a, b) if x[0] == "number-mismatch"] == []


def test_years_without_a_number_hold_decades():
    a = "Channel 1 began television broadcasts in 1968 and for decades was the only television channel in Israel."
    b = "Channel 1 started broadcasting in 1968 and was for years Israel's only television channel."
    assert [x for x in flagged(a, b) if x[0] == "term-changed"] == []


def test_a_list_of_names_does_not_end_the_clause_a_date_dates():
    from checker.extract import _event_verbs, _items

    text = "Britain sent the patrol vessels HMS Severn and HMS Tamar late on Wednesday after the talks failed."
    cf = analyze(text, dt.date(2021, 5, 6))
    d = cf.dates[0]
    assert _event_verbs(text, _items(cf), d.start, d.end) == {"send"}


def test_the_only_day_each_version_names_dates_one_event():
    a = ("The Supreme Court on Friday overturned a 40-year-old decision that made it easier for federal agencies to "
         "regulate. The case was brought by herring fishermen.")
    b = ("The ruling on Thursday, by six votes to three, struck down the so-called Chevron doctrine. The case was "
         "brought by herring fishermen.")
    assert ("date-mismatch", "on Friday", "ruling on Thursday") in dated(a, b, "2024-06-28", "2024-06-29")
    two_days = b + " The fishermen had filed their appeal on Monday."  # two days: which is the ruling's is unsaid
    assert [x for x in dated(a, two_days, "2024-06-28", "2024-06-29") if x[0] == "date-mismatch"] == []


@pytest.mark.xfail(strict=True, reason="each version's own day of its own act ('were waiting early Tuesday' under "
                   "Tuesday's dateline / 'prepared on Wednesday' under Wednesday's) is matched by the words around "
                   "them; telling two acts by their verbs loses five planted date errors told with paraphrased verbs "
                   "('won'/'ruled', 'escaped'/'slipped', 'plunged'/'sank') in the read rounds")
def test_two_days_of_two_acts_are_two_events(embedder):
    a = ("An explosion in a West Virginia coal mine killed 25 workers on Monday, and rescuers were waiting early "
         "Tuesday to resume the search for four miners. The mine is owned by Massey Energy.")
    b = ("Rescuers prepared on Wednesday to re-enter the West Virginia coal mine where an explosion on Monday "
         "killed 25 workers. The mine is owned by Massey Energy.")
    assert [x[1:] for x in dated(a, b, "2010-04-06", "2010-04-07", embedder) if x[0] == "date-mismatch"] == []


def story_matches(a: str, b: str, a_date: str, b_date: str, embedder):
    """The facts of `b` matched to those of `a` across the story."""
    from checker.check import compare_versions
    from checker.match import match_story

    va = parse_version(f" date {a_date} LONDON (Reuters) - " + a, "a.txt")
    vb = parse_version(f" date {b_date} LONDON (Reuters) - " + b, "b.txt")
    claims = {v.id: segment(v) for v in (va, vb)}
    comp = compare_versions(va, vb, claims, embedder, None)
    return match_story(extract(va, claims[va.id]), extract(vb, claims[vb.id]), comp)


def test_two_verbs_may_tell_one_act(embedder):
    """ "gave way" and "collapsed" are one act: the two days are a confident match, though the verbs differ (a
    version naming two days, so neither is its only one)."""
    a = ("A dam holding mining waste burst in Brazil. Rescuers searched the valley on Friday. The Fundao tailings dam "
         "near the town of Mariana gave way on Thursday afternoon, sending mud down the valley.")
    b = ("A dam holding mining waste burst in Brazil. The Fundao dam, which holds waste from an iron ore mine, "
         "collapsed on Wednesday afternoon near the town of Mariana.")
    sm = story_matches(a, b, "2015-11-07", "2015-11-07", embedder)
    m = next(m for m in sm.facts if m.a.text == "Thursday")
    assert (m.b.text, m.agree, m.confident) == ("Wednesday", False, True)


@pytest.mark.parametrize("text, event", [
    ("Suella Braverman resigned as Home Secretary on Tuesday with a letter criticising the government.", {"resign"}),
    ("On Tuesday, French Maritime Minister Annick Girardin warned that France could cut off electricity.", {"warn"}),
    ("Tensions rose sharply after Annick Girardin told lawmakers on Monday that France was ready.", {"tell"}),
])
def test_a_date_dates_the_verb_of_its_own_clause(text, event):
    from checker.extract import _event_verbs, _items

    cf = analyze(text, dt.date(2021, 5, 7))
    d = cf.dates[0]
    assert _event_verbs(text, _items(cf), d.start, d.end) == event


def test_a_hyphenated_given_name_or_surname_is_still_a_persons_name():
    kinds = lambda text: [(n.text, n.kind) for n in analyze(text).names]
    assert ("Geula Even-Saar", "person") in kinds('"This is the last edition," presenter Geula Even-Saar told viewers.')
    assert ("Jean-Pierre Raffarin", "person") in kinds("Jean-Pierre Raffarin said so.")
    assert ("Rolls-Royce", "person") not in kinds("Rolls-Royce said so.")  # one hyphenated word: a firm as often


def test_two_places_one_distance_is_measured_from_are_one_place_changed(embedder):
    a = ("French and British fishing boats clashed over scallops. About 35 French boats converged on five British "
         "vessels in the Baie de Seine, about 12 nautical miles (22 kilometres) off the coast near Le Havre.")
    b = ("French and British fishing boats clashed over scallops. About 35 French vessels surrounded five British boats "
         "in the Baie de Seine, some 12 nautical miles out from Cherbourg, pelting them with stones.")
    assert ("place-mismatch", "near Le Havre", "from Cherbourg") in dated(a, b, "2018-08-28", "2018-08-29", embedder)
    sm = story_matches(a, b, "2018-08-28", "2018-08-29", embedder)
    m = next(m for m in sm.facts if m.a.text == "Le Havre")
    assert m.b.text == "Cherbourg" and "from:q:nmi:12" in m.a.near & m.b.near  # one distance, two places


@pytest.mark.parametrize("text, way", [
    ("The fee will fall to 365 francs from January.", "down"),
    ("The government ordered the fee to rise to 365 francs.", "up"),
    ("Parliament cut it to 365 francs.", "down"),
    ("The fee did not fall to 365 francs.", None),  # a negated move
    ("The fee stood at 365 francs.", None),  # a level, no move
])
def test_a_level_is_read_with_the_move_that_reached_it(text, way):
    from checker.opposites import level_move

    cf = analyze(text)
    move = level_move(cf.tokens, cf.quantities[0].start)
    assert (move[0] if move else None) == way


def test_one_level_reached_by_a_fall_in_one_version_and_a_rise_in_the_other_is_an_error(embedder):
    a = ("Swiss voters kept the licence fee for public broadcasting. The government had already decided that the fee "
         "will fall to 365 francs, or one franc a day, from January 2019.")
    b = ("Swiss voters kept the licence fee for public broadcasting. The company, which employs around 6,000 people, "
         "will also lose revenue because the government has ordered the fee to rise to 365 francs a year per household "
         "from 2019.")
    assert ("direction-flip", "fall to 365 francs", "rise to 365 francs") in dated(
        a, b, "2018-03-04", "2018-03-05", embedder)


def test_a_family_name_before_a_two_syllable_given_name_opens_the_name():
    """ "Lee" is a common word, but not before "Jae-yong": a Korean family name, not an adjective opening the
    sentence ("Leftist Luiz Inacio Lula da Silva")."""
    assert [n.text for n in analyze("Lee Jae-yong, his grandson, promised in 2020 to end it.").names] == ["Lee Jae-yong"]


def test_a_cited_phrase_given_to_two_names_is_at_most_a_warning():
    """A quotation of a few words a sentence cites ("found that imams exerted 'undue spiritual influence'") has no
    speaker beside it: the names near it are who the sentence is about."""
    a = ("The elected mayor of Tower Hamlets, Lutfur Rahman, was removed from office on Tuesday after an election "
         "court found him guilty of corrupt practices. Mawrey found that Rahman and his agents had engaged in "
         'vote-rigging, bribery and "undue spiritual influence" through local imams who urged Muslims to vote for him.')
    b = ("The mayor of Tower Hamlets was thrown out of office yesterday after a judge found him guilty of corrupt "
         'practices. He found that local imams had been used to exert "undue spiritual influence" on Muslim voters, and '
         "that Mr Rahman's campaign had falsely labelled John Biggs, the Labour candidate, a racist.")
    assert [x for x in errors(a, b) if x[0] == "quote-attribution"] == []


def test_a_cited_phrase_given_with_a_verb_of_saying_is_an_error():
    a = ('Germany and France criticised the veto. French Finance Minister Bruno Le Maire called the decision "an '
         'economic error" that would serve China\'s interests.')
    b = ('Germany and France criticised the veto. Peter Altmaier, the German economy minister, called the decision '
         '"an economic error" that would serve Beijing\'s interests.')
    assert [x[:2] for x in flagged(a, b) if x[0] == "quote-attribution"] == [("quote-attribution", "error")]


def test_an_act_alleged_is_not_the_act_stated():
    a = "An Indian court on Friday acquitted Roman Catholic bishop Franco Mulakkal of raping a nun in Kerala."
    b = ("A Catholic bishop accused of repeatedly raping a nun in southern India was cleared on Friday, in a verdict "
         "campaigners said would discourage other women.")
    assert [x for x in flagged(a, b) if x[0] == "negation-flip"] == []


def test_an_acquittal_against_a_conviction_shows_both_verdicts(embedder):
    a = ("Selebi was convicted of corruption. Joffe convicted Selebi on the corruption charge but acquitted him on a "
         "second charge of defeating the ends of justice.")
    b = ("Selebi was convicted of corruption. Joffe, who took nearly two days to read his judgment, also found him "
         "guilty of defeating the ends of justice.")
    flips = [x for x in dated(a, b, "2010-07-02", "2010-07-03", embedder) if x[0] == "negation-flip"]
    assert [(x[1].split()[0], x[2]) for x in flips] == [("acquitted", "also found him guilty of defeating the ends of")]


@pytest.mark.parametrize("text, word", [
    ("The measure does not apply to state prisons.", "apply"),
    ("The ministry did not reply to requests for comment.", "reply"),
    ("The company will not supply the parts.", "supply"),
    ("The bank did not fully repay the loan.", "repay"),  # an adverb in -ly is passed over
])
def test_a_verb_in_ly_is_the_predicate_a_negation_denies(text, word):
    from checker.extract import negated_words

    assert [w.text for _, w in negated_words(analyze(text))] == [word]


def test_a_rule_said_not_to_apply_and_said_to_also_apply_is_one_flip(embedder):
    a = ("The law was signed on Friday. The measure applies only to the federal system, which holds about 180,000 "
         "inmates, and does not apply to state prisons, which hold most of the 2.2 million people behind bars.")
    b = ("The law was signed yesterday. The law covers the roughly 180,000 inmates in the federal system, and also "
         "applies to state prisons, which hold most of the 2.2 million people locked up in America.")
    flips = [x for x in dated(a, b, "2018-12-21", "2018-12-22", embedder) if x[0] == "negation-flip"]
    assert [(x[1], x[2]) for x in flips] == [("does not apply to", "also applies to")]


def test_a_day_after_the_other_versions_dateline_is_not_the_day_it_told(embedder):
    """An update dated Saturday tells Saturday's news and the riot's day; the first version, dated Friday, could tell
    only the riot's: its one day is compared with the update's one day up to Friday, even where the alignment
    paired the leads."""
    a = ("Hundreds of inmates rioted at a privately run prison in the English city of Birmingham on Friday, seizing "
         "control of four wings in one of the most serious disturbances in a British jail since the Strangeways riot "
         "of 1990. About 600 prisoners were involved in the unrest at HMP Birmingham, which is operated by security "
         "company G4S, the Ministry of Justice said.")
    b = ("About 240 inmates were being moved out of a privately run prison in Birmingham on Saturday after a riot "
         "that lasted more than 12 hours left parts of the jail unusable, Britain's Ministry of Justice said. The "
         "disturbance at HMP Birmingham began at about 9 a.m. on Thursday, when prisoners on one wing took keys from "
         "an officer, and was brought under control shortly after 10 p.m. by specialist riot units. About 600 "
         "prisoners took part in the disorder, which spread to four wings of the jail run by security firm G4S.")
    va = parse_version(" date 2016-12-16 BIRMINGHAM (Reuters) - " + a, "a.txt")
    vb = parse_version(" date 2016-12-17 LONDON (AFP) - " + b, "b.txt")
    found = [(f.severity.label, f.a.value, f.b.value) for f in check_versions([va, vb], embedder=embedder).findings
             if f.name == "date-mismatch"]
    assert found == [("error", "on Friday", "on Thursday")]


@pytest.mark.parametrize("text, unit", [
    ("Households face fines of up to 1,000 pounds.", "gbp"),
    ("He could be fined 500 pounds.", "gbp"),
    ("The new charge will cost about 80 pounds a year.", "gbp"),
    ("The bear weighed 1,000 pounds.", "lb"),
    ("He was fined for carrying 20 pounds of cocaine.", "lb"),  # pounds of something: a weight
])
def test_pounds_after_a_word_of_paying_are_sterling(text, unit):
    assert [q.unit for q in analyze(text).quantities] == [unit]


def test_a_cap_is_a_bound_and_two_caps_disagree():
    a = "Federal funding under the declaration is capped at $5 million. Snyder asked for help on Thursday."
    b = "Federal funding under the declaration is limited to $15 million. Snyder asked for help on Thursday."
    assert [(q.text, q.hedge) for q in analyze(a).quantities] == [("capped at $5 million", "upper")]
    assert [x[0] for x in errors(a, b)] == ["number-mismatch"]


@pytest.mark.parametrize("inflected, base", [("fined", "fines"), ("voting", "votes"), ("named", "name"),
                                             ("making", "make"), ("ruled", "rule"), ("hoped", "hopes")])
def test_a_verb_that_lost_its_silent_e_keeps_the_key_of_its_base(inflected, base):
    from checker.normalize import lemma

    assert lemma(inflected) == lemma(base)


@pytest.mark.parametrize("inflected, stem", [("planned", "plan"), ("getting", "get"), ("opened", "open"),
                                             ("visited", "visit")])
def test_a_doubled_or_long_stem_is_cut_as_before(inflected, stem):
    from checker.normalize import lemma

    assert lemma(inflected) == stem


def test_a_relative_clause_is_about_the_noun_before_it():
    """ "imposed the bans, which also apply to businesses": the bans apply, whatever the comma cuts off."""
    from checker.extract import _window, claim_items
    from checker.lexicon import lexicons

    text = "Seven water companies imposed the bans, which also apply to businesses, and violators face fines."
    items = claim_items(text, None, lexicons(), len(lexicons().folders))
    at = text.index("apply")
    assert {"ban", "busine"} <= _window(items, at, at + len("apply"))


def test_a_compass_word_opens_a_place_name():
    assert [(n.text, n.kind) for n in analyze("The spills were off Kent and West Sussex.").names][-1] == \
        ("West Sussex", "place")


def test_two_regions_told_apart_by_a_compass_word_are_one_place_finding():
    a = ("The discharges came from 17 treatment works and polluted waters off Kent, Hampshire and West Sussex, the "
         "Environment Agency said. The company was fined 90 million pounds.")
    b = ("The sewage spilled from 17 treatment works into coastal waters in Kent, Hampshire and East Sussex. The "
         "company was fined £90 million.")
    assert [(x[0], x[2], x[3]) for x in flagged(a, b)] == [("place-mismatch", "West Sussex", "East Sussex")]


def test_a_day_to_come_is_compared_with_the_same_day_to_come(embedder):
    a = ("The union said on Monday its members had accepted the offer. The union will formally sign the agreement "
         "with Lonmin on Tuesday, and workers are expected to return to the mines on Wednesday. About 70,000 "
         "workers downed tools on Jan. 23.")
    b = ("Miners cheered on Sunday. About 70,000 workers at Lonmin walked out on 23 January. The deal is due to be "
         "signed today, and miners are expected back underground tomorrow.")
    assert [x for x in dated(a, b, "2014-06-23", "2014-06-24", embedder) if x[0] == "date-mismatch"] == []


def test_a_deadline_for_an_act_does_not_say_it_was_done(embedder):
    a = ("Ignatieff had set a Dec. 1 deadline for Prime Minister Viktor Orban's government to sign an agreement with "
         "the state of New York that would allow CEU to stay. The university will move to Vienna.")
    b = ("The university said on Monday it would move to Vienna because Prime Minister Viktor Orban's government had "
         "refused to sign an agreement with New York state. Ignatieff had set a Dec. 1 deadline.")
    assert [x for x in dated(a, b, "2018-12-03", "2018-12-04", embedder) if x[0] == "negation-flip"] == []
    signed = a.replace("had set a Dec. 1 deadline for Prime Minister Viktor Orban's government to sign",
                       "said Prime Minister Viktor Orban's government had signed")
    assert [x[0] for x in dated(signed, b, "2018-12-03", "2018-12-04", embedder)] == ["negation-flip"]


def test_a_name_set_off_after_its_role_ends_the_aside():
    """ "The city's mayor, Michael Haupl, promised to help CEU find a permanent campus": mayor is his role; what he
    promised is not ("permanent" is a title word of "permanent secretary")."""
    name = next(n for n in analyze("The city's mayor, Michael Haupl, promised to help CEU find a permanent campus.").names
                if n.kind == "person")
    assert (name.role_text, name.role) == ("mayor", ("mayor",))


def test_the_citys_mayor_is_the_mayor_of_the_city_the_story_names(embedder):
    a = ("CEU will move to Vienna. Vienna Mayor Michael Ludwig welcomed the move and said the city would help the "
         "university find a permanent home.")
    b = ("CEU will move to Vienna. The city's mayor, Michael Haupl, promised to help CEU find a permanent campus.")
    assert [(x[1], x[2]) for x in dated(a, b, "2018-12-03", "2018-12-04", embedder)
            if x[0] == "person-role-mismatch"] == [("Michael Ludwig", "Michael Haupl")]


def test_a_deadline_told_with_another_verb_is_one_date(embedder):
    a = ("Ignatieff had set a Dec. 1 deadline for Prime Minister Viktor Orban's government to sign an agreement with "
         "the state of New York, and said the deadline had passed. CEU will move to Vienna.")
    b = ("Mr Ignatieff had given the government of Viktor Orban until 30 November to sign an agreement with New "
         "York state. CEU will move to Vienna.")
    assert [x[0] for x in dated(a, b, "2018-12-03", "2018-12-04", embedder)] == ["date-mismatch"]


def test_a_list_of_examples_holds_no_slot_for_each_member(embedder):
    a = ("Lecturers walked out on Thursday. Picket lines formed outside buildings at universities including Oxford, "
         "Cambridge, Edinburgh and Manchester.")
    b = ("Lecturers walked out on Thursday. Pickets gathered outside campuses in London, Cambridge, Bristol and "
         "Edinburgh.")
    assert [x for x in dated(a, b, "2018-02-22", "2018-02-23", embedder) if x[0] == "place-mismatch"] == []
    full = a.replace("universities including Oxford", "universities in Oxford")
    assert [(x[1], x[2]) for x in dated(full, b, "2018-02-22", "2018-02-23", embedder)
            if x[0] == "place-mismatch"] != []


def test_a_place_something_is_drawn_from_is_no_move_away_from_it(embedder):
    a = ("Flint switched its water source from the Detroit system to the Flint River in April 2014 to save money. "
         "Lead leached into the water.")
    b = ("The city began drawing its water from the Flint River in April 2014 to save money. Lead leached into the "
         "water.")
    assert [x for x in dated(a, b, "2016-01-16", "2016-01-19", embedder) if x[0] == "direction-flip"] == []
    moved = b.replace("began drawing its water from the Flint River", "moved its water intake away from the Flint "
                      "River")
    assert [x[0] for x in dated(a, moved, "2016-01-16", "2016-01-19", embedder)] == ["direction-flip"]


def test_a_rise_by_a_sum_is_not_a_rise_to_it(embedder):
    a = ("Students have been on strike since February. The government plans to raise tuition fees by $1,778 over "
         "seven years, or $254 a year.")
    b = ("Students have been on strike since February over the government's plan to raise annual tuition to $1,778 "
         "over seven years. The government plans to pass a law.")
    found = [x for x in dated(a, b, "2012-05-18", "2012-05-19", embedder) if x[0] == "direction-flip"]
    assert [("by $1,778" in x[1], "to $1,778" in x[2]) for x in found] == [(True, True)]
    same = b.replace("raise annual tuition to", "increase tuition by")
    assert [x for x in dated(a, same, "2012-05-18", "2012-05-19", embedder) if x[0] == "direction-flip"] == []


@pytest.mark.parametrize("text, how", [
    ("The government plans to raise tuition fees by $1,778.", "change"),
    ("The plan would raise annual tuition to $1,778.", "level"),
    ("Shares were cut by 5 percent.", "change"),
    ("The leave rises from 47 to 54 days.", None),  # a level told with where it started
    ("He paid $1,778 to the school.", None),
])
def test_a_figure_after_a_verb_of_change_is_its_size_or_its_level(text, how):
    from checker.opposites import change_or_level

    cf = analyze(text)
    q = cf.quantities[-1]
    found = change_or_level(cf.tokens, q.start)
    assert (found[0] if found else None) == how


def test_one_person_saying_he_would_and_would_not_do_one_thing_is_a_flip(embedder):
    a = ("The court upheld John Mahama's victory over Nana Akufo-Addo on Thursday. Hours after the ruling, Akufo-Addo "
         "said in a televised "
         "address that he accepted the verdict and would not seek a review of the ruling.")
    b = ("Ghana's Supreme Court yesterday upheld the victory of John Mahama. Nana Akufo-Addo, the opposition "
         "candidate, said he would seek a review of the judgment, but he called Mr Mahama to congratulate him.")
    flips = [x for x in dated(a, b, "2013-08-29", "2013-08-30", embedder) if x[0] == "negation-flip"]
    assert [(x[1], x[2]) for x in flips] == [("would not seek a review of", "would seek a review of")]
    other = b.replace("Nana Akufo-Addo, the opposition candidate, said he", "Lawyers for the opposition said they")
    assert [x for x in dated(a, other, "2013-08-29", "2013-08-30", embedder) if x[0] == "negation-flip"] == []


def test_came_is_a_past_and_dates_the_day_before():
    """ "coming" (keyed "come", as "came" is) puts a weekday ahead: "the coming days"; "came off the tracks on
    Friday" under a Saturday dateline is the day before."""
    past = analyze("The train came off the tracks at around 8:15 p.m. on Friday.", dt.date(2007, 2, 24))
    ahead = analyze("Talks resume in the coming week, on Friday.", dt.date(2007, 2, 24))
    assert [d.value for d in past.dates] == ["2007-02-23"]
    assert [d.value for d in ahead.dates] == ["2007-03-02"]


def test_a_bodys_own_part_that_does_something_is_the_body_doing_it(embedder):
    a = ("A nationwide AT&T outage cut off 911 calls on Thursday. The Federal Communications Commission said its "
         "Public Safety and Homeland Security Bureau was actively investigating the outage.")
    b = ("A nationwide AT&T outage cut off 911 calls on Thursday. The Federal Trade Commission is investigating the "
         "outage, which also stopped some people reaching 911.")
    found = [(x[0], x[1], x[2]) for x in dated(a, b, "2024-02-22", "2024-02-24", embedder)]
    assert found == [("organisation-mismatch", "Federal Communications Commission", "Federal Trade Commission")]


def test_where_a_company_is_based_is_one_place_per_version(embedder):
    a = ("O2's data network failed on Thursday. Stockholm-based Ericsson said the problem was caused by an expired "
         "certificate in its software.")
    b = ("O2's data network failed yesterday. Ericsson, the Helsinki-based equipment supplier, admitted that an "
         "expired certificate in its software was to blame.")
    assert [(x[0], x[1], x[2]) for x in dated(a, b, "2018-12-06", "2018-12-07", embedder)] == [
        ("place-mismatch", "Stockholm-based", "Helsinki-based")]


def test_two_peoples_told_apart_by_a_compass_word_hold_no_one_slot():
    a = ("Gbagbo refused to cede power on Friday. Cocoa futures rose in London on fears of unrest in the West African "
         "country.")
    b = ("Gbagbo refused to cede power on Friday. The African Union sent former South African president Thabo Mbeki "
         "to Abidjan to mediate.")
    assert [x for x in errors(a, b) if x[0] == "place-mismatch"] == []


def test_one_persons_only_sums_in_sentences_of_other_days_are_two_sums(embedder):
    a = ("Ohio State fired basketball coach Jim O'Brien in 2004. O'Brien, fired on June 8, is seeking up to $6 million "
         "in a breach-of-contract suit against Ohio State.")
    b = ("Billy King pushed out Jim O'Brien after one season. King decided to fire O'Brien, who still has two years "
         "and $8 million left on the contract he signed when he was hired by the Sixers on April 21, 2004.")
    assert [x for x in dated(a, b, "2005-05-16", "2005-05-24", embedder) if x[0] == "number-mismatch"] == []


def test_an_act_and_a_disposition_to_its_opposite_are_no_flip():
    a = ("Howard said the jury was split. The three who voted against the death penalty would not comment, Howard "
         "said.")
    b = ("Howard said the jury was split. Prosecutors need more leeway to strike jurors who are reluctant to vote for "
         "the death penalty, Howard said.")
    assert [x for x in flagged(a, b) if x[0] == "direction-flip"] == []
    assert [x[0] for x in flagged(a, a.replace("voted against", "voted for"))] == ["direction-flip"]


def test_two_courts_alike_but_for_one_word_are_compared_whatever_the_days_around_them(embedder):
    a = ("Germany's highest court on Wednesday struck down a federal ban on university tuition fees. The Federal "
         "Constitutional Court ruled that the federal government had overstepped its powers when it banned fees in "
         "2002.")
    b = ("German student groups on Thursday called for nationwide protests against tuition fees, a day after the "
         "Federal Administrative Court struck down a federal ban on charging students. Several states plan fees.")
    found = [(x[1], x[2]) for x in dated(a, b, "2005-01-26", "2005-01-27", embedder) if x[0] == "organisation-mismatch"]
    assert found == [("Federal Constitutional Court", "Federal Administrative Court")]


@pytest.mark.parametrize("text, word, subject", [
    ("After counting resumed, his lead steadily narrowed.", "narrowed", "lead"),
    ("The index rose sharply.", "rose", "index"),
    ("Shares quickly fell.", "fell", "shar"),  # keyed as its words are
])
def test_the_doer_of_a_predicate_is_found_past_an_adverb(text, word, subject):
    from checker.match import _subject_of

    assert _subject_of(analyze(text), text.index(word)) == subject


# ---------------------------------------------------------------- read on r43-r45 (fourteenth sitting)


BLIND = __import__("pathlib").Path(__file__).resolve().parent.parent / "bench" / "blind"


def blind_errors(story: str, embedder, least: Severity = Severity.ERROR) -> list[tuple[str, str, str, str]]:
    """The errors (or findings of `least` severity and up) wirecheck finds in a blind story of bench/blind (a round's
    folder and the story's), every version against the first: (rule name, first version's value, other version's
    value, other version)."""
    from checker.ingest import read_versions

    paths = sorted(str(p) for p in (BLIND / story).glob("v[0-9]*.txt"))
    return [(f.name, f.a.value, f.b.value, f.b.version) for f in check_versions(read_versions(paths),
                                                                               embedder=embedder).findings
            if f.severity >= least]


def test_a_person_each_version_names_elsewhere_is_not_the_one_replaced(embedder):
    """ "after Erdogan fired his predecessor, Murat Uysal" / "to replace Murat Cetinkaya": Erdogan, named in both
    versions, left the sentence; Uysal is who was replaced."""
    found = blind_errors("r44l/l04-turkey-agbal-fired", embedder)
    assert not [x for x in found if x[0] == "person-mismatch" and "Erdogan" in x[1]]


def test_a_figure_in_another_measure_does_not_restate_it(embedder):
    """ "an extra 20 TWh of nuclear output" is not restated by "fell as much as 20%"."""
    found = blind_errors("r45m/m06-edf-arenh-tariff-shield", embedder)
    assert ("number-mismatch", "20 TWh", "25 TWh", "v3.txt") in found


def test_a_senator_of_one_state_is_not_the_senator_of_another(embedder):
    found = blind_errors("r43i/i03-bridenstine-confirmed", embedder)
    assert not [x for x in found if x[0] == "person-role-mismatch" and "Flake" in x[1]]


def test_a_day_of_another_act_does_not_restate_each_versions_only_day_of_one(embedder):
    """ "the yuan closed yesterday" (Tuesday) agrees with the first version's Tuesday though it dates another act;
    the devaluation's day, which the first version gives once, is compared as a second match (`_second_events`)."""
    found = blind_errors("r44l/l01-yuan-devaluation", embedder)
    assert ("date-mismatch", "on Tuesday", "on Monday", "v2.txt") in found


def test_each_versions_only_since_of_one_person_is_one_tenure(embedder):
    """ "Rogozin ... had headed Roscosmos since May 2018" / "Dmitry Rogozin, who had run the agency since May 2016" (a
    warning: the update pairs few sentences with the first version)."""
    found = blind_errors("r43i/i07-rogozin-borisov-roscosmos", embedder, Severity.WARNING)
    assert [x[1:] for x in found if x[0] == "date-mismatch"] == [("since May 2018", "since May 2016", "v3.txt")]




@pytest.mark.parametrize("text, way", [
    ("The lira firmed nearly 3 percent after the hike.", "up"),
    ("The lira weakened by almost 3 per cent in response.", "down"),
    ("Oil eased 1 percent on Tuesday.", "down"),
])
def test_a_currency_firms_or_weakens_as_a_figure_moves(text, way):
    from checker.opposites import figure_move

    cf = analyze(text)
    q = cf.quantities[0]
    assert figure_move(cf.tokens, q.start, q.end)[0] == way


def test_a_weekday_with_no_tense_in_its_clause_takes_the_nearest_in_its_sentence():
    text = "But Thursday's increase, to 19 per cent, had been twice what markets expected."
    assert [d.value for d in analyze(text, dt.date(2021, 3, 21)).dates] == ["2021-03-18"]  # past, not the 25th


def test_a_weekday_before_a_count_of_days_is_its_own_date():
    vf = facts_of("Erdogan dismissed the governor early on Saturday, two days after a sharp rate hike. The lira fell.")
    assert [f.text for f in vf.facts if f.kind == "date"] == ["Saturday", "two days after"]


def test_a_former_holder_does_not_hold_the_office_now():
    a = ("Reserve Bank of India Governor Urjit Patel resigned on Monday. Patel cited personal reasons.")
    b = ("Former RBI Governor Raghuram Rajan said the resignation should concern every Indian. Patel quit on Monday.")
    assert [x for x in errors(a, b) if x[0] == "person-role-mismatch"] == []


def test_a_title_in_sentences_moved_apart_is_who_a_person_is_not_what_happened(embedder):
    a = ("Urjit Patel quit as governor on Monday. Finance Minister Arun Jaitley said the government placed on record "
         "its deep appreciation of Patel's service.")
    b = ("India named former finance ministry official Shaktikanta Das as governor of the Reserve Bank of India on "
         "Tuesday, a day after Urjit Patel quit. Das is a former finance ministry official.")
    assert [x for x in dated(a, b, "2018-12-10", "2018-12-11", embedder) if x[0] == "person-mismatch"] == []


def test_each_versions_only_age_of_one_noun_is_one_persons_age(embedder):
    a = ("A zoo team shot and killed a gorilla on Saturday after a 3-year-old boy slipped through a barrier at the "
         "Cincinnati Zoo. The zoo said the boy was safe.")
    b = ("Police said on Tuesday they are investigating how a 4-year-old boy got into the gorilla exhibit at the "
         "Cincinnati Zoo. The zoo has defended its decision.")
    found = [(x[1], x[2]) for x in dated(a, b, "2016-05-29", "2016-05-31", embedder) if x[0] == "number-mismatch"]
    assert found == [("3-year-old", "4-year-old")]


def test_pounds_read_as_a_weight_are_compared_with_sterling():
    a = "The increase of 693 pounds for a typical customer will take effect on April 1. Ofgem announced it."
    b = "The rise of £639 for a typical customer takes effect on 1 April. Ofgem announced it."
    assert [(x[1], x[2]) for x in errors(a, b) if x[0] == "number-mismatch"] == [("693 pounds", "£639")]
    assert [x for x in errors(a, a.replace("693 pounds", "£693")) if x[0] == "number-mismatch"] == []


def test_a_percentage_more_is_a_rise_not_a_part():
    assert [q.part for q in analyze("South Africans will pay 18.56% more for electricity.").quantities] == [False]
    assert [q.part for q in analyze("Two more people died.").quantities] == [True]


def test_a_mistyped_figure_in_paired_sentences_beats_a_bound_far_from_it(embedder):
    a = ("South Africa's energy regulator on Thursday approved an 18.65% increase in electricity tariffs charged by "
         "Eskom. The utility supplies more than 90% of South Africa's electricity.")
    b = ("South Africans will pay 18.56% more for electricity from April after the energy regulator gave Eskom little "
         "more than half of the increase it had sought. Eskom had asked for more.")
    found = [(x[1], x[2]) for x in dated(a, b, "2023-01-12", "2023-01-13", embedder) if x[0] == "number-mismatch"]
    assert found == [("18.65%", "18.56%")]


def test_a_denial_turns_an_opposite_back():
    a = "The gallery has denied knowing that the works were fake. The dealer pleaded guilty."
    b = "The gallery has said it believed that the works were genuine. The dealer pleaded guilty."
    assert [x for x in flagged(a, b) if x[0] == "direction-flip"] == []
    c = "The gallery has denied any wrongdoing, and its president said the works were genuine. The dealer pleaded guilty."
    d = "The gallery has denied any wrongdoing, and its president said the works were fake. The dealer pleaded guilty."
    assert [x[0] for x in flagged(c, d)] == ["direction-flip"]  # the denial is another clause's


def test_each_versions_one_day_may_name_other_people_beside_one_in_common():
    from checker.match import _lone_days

    a = parse_version(" date 2006-01-16 VIENNA (AP) - An arbitration panel ruled on Monday that Austria must return "
                      "five paintings by Gustav Klimt to Maria Altmann. The ruling is binding.", "a.txt")
    b = parse_version(" date 2006-01-17 VIENNA • The decision, made public on Sunday by a panel of three legal experts, "
                      "ends a long fight by Maria Altmann. Austria has to hand over the paintings.", "b.txt")
    fa, fb = extract(a, segment(a)), extract(b, segment(b))
    da, db = [f for f in fa.facts if f.kind == "date"], [f for f in fb.facts if f.kind == "date"]
    assert [(f.text, g.text) for f in da for g in db if (id(f), id(g)) in _lone_days(fa, fb, da, db)] == [
        ("Monday", "Sunday")]
    c = parse_version(" date 2006-01-17 VIENNA • The decision, made public on Sunday by a panel of three legal experts, "
                      "ends a long fight by Randol Schoenberg. Austria has to hand over the paintings.", "c.txt")
    fc = extract(c, segment(c))
    assert _lone_days(fa, fc, da, [f for f in fc.facts if f.kind == "date"]) == {}  # no one in common


def test_a_relative_opening_the_clause_owns_the_figure():
    vf = facts_of("Beltracchi was jailed for six years. His wife Helene, 53, was sentenced to four years for her part.")
    assert [(f.text, f.owner) for f in vf.facts if f.kind == "quantity" and f.item.unit == "year"] == [
        ("six years", "beltracchi"), ("four years", "helene")]


def test_one_month_in_two_years_in_paired_sentences_is_a_changed_year(embedder):
    a = ("The paintings were stolen on December 7, 2002, when thieves used a ladder to climb onto the museum's roof. "
         "They were found in Italy.")
    b = ("Thieves who climbed onto the roof of the museum with a ladder in December 2003 smashed a window. They were "
         "found in Italy.")
    found = [(x[1], x[2]) for x in dated(a, b, "2016-09-30", "2016-10-01", embedder) if x[0] == "date-mismatch"]
    assert found == [("stolen on December 7, 2002", "in December 2003")]


def test_a_clause_left_out_of_a_quotation_with_its_own_negation_is_a_trim(embedder):
    """ "It was not an easy decision, and certainly not one that triggered any feeling of triumph" / "It was
    certainly not one that triggered any feeling of triumph": a clause left out whole, its negation with it."""
    assert not [x for x in blind_errors("r45n/n07-gurlitt-bern-bequest", embedder) if x[0] == "quote-altered"]
    a = ('"It was not an easy decision, and certainly not one that triggered any feeling of triumph," said Christoph '
         "Schaeublin. The museum accepted the bequest.")
    assert [x[0] for x in errors(a, a.replace("certainly not one", "certainly one"))] == ["negation-flip"]  # a
    # negation alone left out is still an error


def test_an_age_told_as_at_the_age_of_is_an_age_and_no_running_tally(embedder):
    assert [q.unit for q in analyze("Cornelius Gurlitt died in May at the age of 83.").quantities] == ["age"]
    a = ("Gurlitt, the son of an art dealer, died in May aged 81 and named the Swiss museum as heir. The museum "
         "accepted the bequest.")
    b = ("The museum said on Monday it would accept the bequest of Cornelius Gurlitt, who died in May at the age of 83. "
         "The works will be checked.")
    found = [(x[1], x[2]) for x in dated(a, b, "2014-11-24", "2014-11-25", embedder) if x[0] == "number-mismatch"]
    assert found == [("81", "83")]


def test_a_month_this_year_has_its_year():
    assert [d.value for d in analyze("It was first picked up in tests in March this year.",
                                     dt.date(2013, 8, 3)).dates] == ["2013-03"]


def test_a_negation_and_an_opposite_in_one_clause_cancel(embedder):
    a = ("A bacterium multiplies when food is not kept at the right temperature, prosecutors said. Chipotle paid a "
         "fine.")
    b = ("A bacterium thrives when food is kept at the wrong temperature, prosecutors said. Chipotle paid a fine.")
    assert [x for x in dated(a, b, "2020-04-21", "2020-04-22", embedder)] == []
    c = a.replace("right temperature", "wrong temperature")
    assert [x[0] for x in dated(a, c, "2020-04-21", "2020-04-22", embedder)] == ["direction-flip"]


def test_what_something_is_kept_from_being_used_for_is_not_done(embedder):
    a = ("Kempthorne said the listing is not used to regulate emissions from power plants. The bear is threatened.")
    b = ("He also issued a special rule meant to prevent the listing from being used to regulate greenhouse gas "
         "emissions. The bear is threatened.")
    assert [x for x in dated(a, b, "2008-05-14", "2008-05-15", embedder) if x[0] == "negation-flip"] == []


@pytest.mark.parametrize("text, name", [
    ("Scientists at the U.S. Geological Survey have projected a decline.", "U.S. Geological Survey"),
    ("The works were found by the Guardia di Finanza.", "Guardia di Finanza"),
])
def test_a_survey_and_a_guard_are_bodies(text, name):
    assert [(n.text, n.kind) for n in analyze(text).names if n.text == name] == [(name, "org")]


def test_a_body_named_as_a_modifier_holds_no_slot_of_the_body_it_describes(embedder):
    a = ("Kenya will push for a total ban on the ivory trade at a meeting of CITES, the UN wildlife trade convention, "
         "in Johannesburg. Kenya burned its ivory.")
    b = ("Kenya will press for a complete ban on the ivory trade when parties to CITES meet in Johannesburg. Kenya "
         "burned its ivory.")
    assert [x for x in dated(a, b, "2016-04-30", "2016-05-01", embedder) if x[0] == "organisation-mismatch"] == []


def test_a_clause_with_a_participle_after_a_date_tells_what_was_done_that_day():
    vf = facts_of("China devalued the yuan on Tuesday, with the central bank cutting the daily reference rate by 1.9 "
                  "percent. Markets fell.")
    assert [sorted(f.event) for f in vf.facts if f.kind == "date"] == [["cut", "devalue"]]


def test_each_versions_only_day_of_the_act_a_with_clause_tells_is_compared(embedder):
    a = ("China devalued the yuan on Tuesday, with the central bank cutting the daily reference rate by 1.9 percent. "
         "Exports fell in July.")
    b = ("The People's Bank of China on Monday cut the daily reference rate at which the yuan is fixed. The yuan "
         "closed yesterday at 6.3231.")
    found = [(x[1], x[2]) for x in dated(a, b, "2015-08-11", "2015-08-12", embedder) if x[0] == "date-mismatch"]
    assert found == [("on Tuesday", "on Monday")]


def test_a_conversion_of_a_bound_is_a_bound():
    q = analyze("The camp lies less than 50 km (30 miles) from the border.").quantities
    a = "The camp at Yida is only 10 miles from the border, officials said. A camp was bombed on Thursday."
    b = "The camp at Yida lies less than 50 km (30 miles) from the border, officials said. A camp was bombed on Thursday."
    assert [x for x in errors(a, b) if x[0] == "number-mismatch"] == []


def test_a_weekday_after_since_is_a_day_gone_by():
    text = "Since Wednesday, customers travelling in the EU have paid the same for calls as they would at home."
    assert [d.value for d in analyze(text, dt.date(2017, 6, 16)).dates] == ["2017-06-14"]


def test_a_figure_whose_digits_slip_from_two_of_the_other_sentence_is_matched_by_its_words(embedder):
    a = ("Quebec passed the law on Friday. Individuals who break the law face fines of $1,000 to $5,000, student "
         "leaders $7,000 to $35,000, and student associations $25,000 to $125,000.")
    b = ("Quebec passed the law on Friday. Protesters who break the law can be fined up to $5,000, while student "
         "associations face fines of up to $125,000 and their leaders up to $15,000.")
    found = [(x[1], x[2]) for x in dated(a, b, "2012-05-18", "2012-05-19", embedder) if x[0] == "number-mismatch"]
    assert found == [("to $35,000", "up to $15,000")]


def test_a_body_before_the_people_of_it_holds_their_slot(embedder):
    a = ("A plaque was unveiled on Sunday. The memorial was initiated by Rice University anthropologists Cymene Howe and "
         "Dominic Boyer, who made a 2018 documentary about the glacier.")
    b = ("A plaque was unveiled on Sunday. The idea for the memorial came from Cymene Howe and Dominic Boyer, "
         "anthropologists at Princeton University, who made the 2018 documentary about the ice.")
    found = [(x[1], x[2]) for x in dated(a, b, "2019-08-18", "2019-08-19", embedder) if x[0] == "organisation-mismatch"]
    assert found == [("Rice University", "Princeton University")]


def test_an_age_in_articles_months_apart_may_have_changed():
    a = "Trial is set for June 17 for 26-year-old Christopher Simpson of Fort Coffee. He denies the charge."
    b = "The jury convicted 27-year-old Christopher Simpson on Thursday. He denies the charge."
    assert [x for x in dated(a, b, "2009-03-02", "2009-11-20") if x[0] == "number-mismatch"] == []
    assert [x[0] for x in dated(a, b, "2009-06-16", "2009-06-19") if x[0] == "number-mismatch"] == ["number-mismatch"]


# ---------------------------------------------------------------- read on r46 and r48 (fifteenth sitting)


def test_a_one_year_ban_is_a_length_of_time_like_a_two_year_one(embedder):
    a = ("FIFA banned him for life on Saturday. Two officials, Debbie Minguell and Jason Sylvester, were each given a "
         "one-year ban for their part in organizing the payments.")
    b = ("FIFA banned him for life yesterday. Debbie Minguell and Jason Sylvester, officials of the union, were given "
         "two-year bans for helping to organise the payments.")
    found = [(x[1], x[2]) for x in dated(a, b, "2011-07-23", "2011-07-24", embedder) if x[0] == "number-mismatch"]
    assert found == [("one-year", "two-year")]


@pytest.mark.parametrize("text", ["The firm has a one-off payment to make.", "It was a one-sided match."])
def test_one_in_a_compound_that_is_no_measure_is_no_figure(text):
    assert [q.value for q in analyze(text).quantities] == []


def test_a_count_of_people_does_not_restate_a_length_of_time(embedder):
    """ "Two officials ... were given two-year bans": the two officials are no two years."""
    found = blind_errors("r46o/o03-bin-hammam-ban", embedder)
    assert ("number-mismatch", "one-year", "two-year", "v2.txt") in found


def test_the_last_place_of_a_list_is_about_what_the_list_is_about(embedder):
    """ "a 1993 investment treaty between Australia and Hong Kong" / "an investment treaty between Australia and
    Singapore, and Ukraine, Honduras and ... have complained": the treaty's second party."""
    found = blind_errors("r46p/p03-australia-plain-packaging", embedder)
    assert ("place-mismatch", "Hong Kong", "Singapore", "v2.txt") in found


def test_a_body_shortened_from_the_words_its_alias_stands_for_is_the_same_body():
    from checker.entities import same_entity

    long, short = (analyze(t).names[0] for t in ("The Reserve Bank of Australia raised rates.",
                                                  "The Reserve Bank raised rates."))
    assert long.keys != short.keys and same_entity(long, short)


@pytest.mark.parametrize("text, name, kind", [
    ("Workers occupied the main plant in Pyeongtaek, Gyeonggi Province, for 77 days.", "Gyeonggi Province", "place"),
    ("He heads the Ssangyong branch of the Korean Metal Workers' Union.", "Korean Metal Workers", "org"),
])
def test_a_name_whose_last_word_says_what_it_is_is_no_person(text, name, kind):
    assert (name, kind) in [(n.text, n.kind) for n in analyze(text).names]


def test_time_between_declined_and_its_verb_keeps_the_refusal():
    a = ("The lawsuit was filed in January. The California Supreme Court declined to hear the case directly, sending "
         "it to the lower court.")
    b = ("The lawsuit was filed in January. The California Supreme Court declined earlier this year to hear the case "
         "directly, sending it to the lower court.")
    assert [x for x in flagged(a, b) if x[0] == "negation-flip"] == []


def test_cannot_turned_into_can_is_shown_with_the_modal():
    a = "The court has sent a clear message that employers cannot close a store to punish workers."
    b = "The court has sent a clear message that employers can close a store to punish workers."
    assert [(x[2], x[3]) for x in flagged(a, b) if x[0] == "negation-flip"] == [("cannot close a store",
                                                                                  "can close a store")]


def test_one_full_name_in_one_office_is_no_other_holder_however_the_version_files_its_surnames(embedder):
    """The update names Cabinet Chief Alberto Fernandez beside President Cristina Fernandez; her office is not his."""
    found = blind_errors("r48s/s03-argentina-cobos-vote", embedder)
    assert not [x for x in found if x[0] == "person-role-mismatch" and "Fernandez" in x[1]]


def test_a_verb_after_a_comma_opens_no_role_of_the_name_before_it():
    text = ("Gordon Brown, who had been on a family holiday in Cornwall, flew back to London last night to chair the "
            "Cobra emergency committee.")
    assert ("Cornwall", "place") in [(n.text, n.kind) for n in analyze(text, dt.date(2007, 8, 4)).names]


def test_a_figure_of_them_counts_what_the_figure_before_it_counts(embedder):
    a = "Uber lost its appeal on Friday. Uber has about 60,000 drivers in Britain, around 45,000 of them in London."
    b = ("Uber lost its appeal on Friday. Uber, which has about 60,000 drivers in the country including 40,000 in "
         "London, had argued that it was only a booking agent.")
    found = [(x[1], x[2]) for x in dated(a, b, "2021-02-19", "2021-02-20", embedder) if x[0] == "number-mismatch"]
    assert found == [("around 45,000 of them", "40,000")]  # a part of those counted, shown with its pronoun


def test_a_phrase_opening_the_sentence_says_what_its_subject_did(embedder):
    """ "Delivering the judgment, Lord Leggatt said" / "a unanimous judgment delivered by Lord Reed"."""
    found = blind_errors("r48t/t01-uber-drivers-workers", embedder)
    assert [x[3] for x in found if x[0] == "person-mismatch" and "Leggatt" in x[1] and x[2] == "Lord Reed"] == [
        "v2.txt"]


def test_each_persons_day_in_one_sentence_is_theirs(embedder):
    a = ("Sepp Blatter and Michel Platini were banned on Monday. Blatter, 79, attended his hearing on Thursday, while "
         "Platini, 60, boycotted his hearing on Friday.")
    b = ("Sepp Blatter and Michel Platini were banned yesterday. Blatter, 79, who had defended himself in person at a "
         "hearing in Zurich last Friday, appeared at a news conference.")
    found = [(x[1], x[2]) for x in dated(a, b, "2015-12-21", "2015-12-22", embedder) if x[0] == "date-mismatch"]
    assert found == [("hearing on Thursday", "last Friday")]


def test_one_person_in_one_act_is_replaced_though_the_other_is_named_elsewhere(embedder):
    """ "The tribunal, chaired by British lawyer Michael Beloff," / "The three-man tribunal, chaired by Albie Sachs,",
    Sachs named in the first version only as another member of the panel."""
    found = blind_errors("r46o/o05-pakistan-spot-fixing", embedder)
    assert [x[3] for x in found if x[0] == "person-mismatch" and "Beloff" in x[1] and "Albie Sachs" in x[2]] == [
        "v2.txt"]


def test_a_nationality_before_each_name_is_no_office_of_either():
    from checker.compare_values import _other_offices

    beloff = analyze("The tribunal, chaired by British lawyer Michael Beloff, found them guilty.").names
    sachs = analyze("The tribunal, chaired by Albie Sachs, the former South African judge, said so.").names
    assert not _other_offices(next(n for n in beloff if "Beloff" in n.text),
                              next(n for n in sachs if "Sachs" in n.text))


def test_presidents_of_two_bodies_are_two_offices(embedder):
    found = blind_errors("r46o/o01-juventus-relegated", embedder)
    assert not [x for x in found if x[0] == "person-role-mismatch"]


def test_a_body_before_a_title_and_its_holder_is_no_person():
    from checker.extract import build_people

    text = "The intercepts showed that former Juventus general manager Luciano Moggi had close contacts with officials."
    assert sorted(build_people([analyze(text)])) == ["moggi"]


def test_a_letter_after_a_word_names_a_division_not_a_person():
    assert [(n.text, n.kind) for n in analyze("Juventus were relegated to Serie B on Friday.").names
            if n.text.startswith("Serie")] == [("Serie B", "other")]


def test_a_preposition_alone_puts_no_two_names_in_one_slot(embedder):
    """ "Fiorentina will begin the season in Serie B with 12 points deducted" / "... Italy's triumph over France in
    Dortmund, ..., with Fiorentina docked 15 points": Dortmund is Berlin's counterpart, not Serie B's."""
    found = blind_errors("r46o/o01-juventus-relegated", embedder)
    assert ("place-mismatch", "in Berlin", "in Dortmund", "v2.txt") in found


def test_a_time_counted_from_an_event_is_no_length_of_anything(embedder):
    found = blind_errors("r44l/l04-turkey-agbal-fired", embedder)
    assert not [x for x in found if x[0] == "number-mismatch" and "one-week" in x[1]]


def test_a_year_is_compared_with_a_day_only_when_both_are_written(embedder):
    """ "served ... from 2018 until this week" / "was appointed to lead Roscosmos on July 15": the day's year is only
    the dateline's."""
    found = blind_errors("r43i/i07-rogozin-borisov-roscosmos", embedder, Severity.WARNING)
    assert not [x for x in found if x[0] == "date-mismatch" and "July 15" in x[2]]


def test_the_games_named_short_are_the_olympics_named_long():
    from checker.entities import same_entity

    games, olympics = (analyze(t).names[-1] for t in ("Salt Lake City won the 2002 Games.",
                                                       "Salt Lake City was awarded the 2002 Winter Olympics."))
    assert same_entity(games, olympics)


def test_a_negation_the_other_side_puts_a_few_words_on_is_no_flip():
    a = ("The judge ruled that the administrator's powers did not extend to making recommendations about services at "
         "a separate, solvent trust.")
    b = ("The judge said the administrator had no power to make recommendations about a separate trust that was not "
         "in financial difficulty.")
    assert [x for x in flagged(a, b) if x[0] == "negation-flip" and x[1] == "error"] == []


def test_to_and_from_a_place_is_no_one_direction(embedder):
    found = blind_errors("r47q/q07-qatar-blockade", embedder)
    assert not [x for x in found if x[0] == "direction-flip" and "Doha" in x[1]]


def test_moves_of_two_trading_sessions_are_two_prices():
    a = "Kroger and Albertsons called off their merger on Tuesday. Kroger shares rose 1.5 percent in extended trading."
    b = "Kroger and Albertsons called off their merger on Tuesday. Kroger shares rose 2 percent in morning trading."
    assert [x for x in errors(a, b) if x[0] == "number-mismatch"] == []


def test_a_state_university_is_not_the_university_of_the_state():
    from checker.entities import same_entity

    state, university = (analyze(t).names[-1] for t in ("Obama signed it at Michigan State University.",
                                                         "Obama signed it at the University of Michigan."))
    assert not same_entity(state, university)


def test_a_change_named_by_a_noun_is_not_the_opposite_of_a_verb_of_change():
    a = "The 5.2% rise is slightly above annual consumer price inflation, which hit 5.1% in the March quarter."
    b = "The increase nevertheless falls just below annual inflation, which reached 5.1% in the March quarter."
    assert [(x[1], x[2], x[3]) for x in flagged(a, b) if x[0] == "direction-flip"] == [("error", "above",
                                                                                         "below annual")]


def test_a_place_beside_another_person_does_not_restate_it(embedder):
    """ "District Judge Adrienne Nelson in Portland granted the FTC's request" / "Judge Adrienne Nelson of Federal
    District Court in Seattle granted the FTC's request": Seattle is named in the first version only beside another
    judge."""
    found = blind_errors("r47r/r06-kroger-albertsons-blocked", embedder)
    assert ("place-mismatch", "in Portland", "in Seattle", "v2.txt") in found


@pytest.mark.parametrize("text, day", [
    ("The requirement takes effect at 12:01 a.m. EDT (0401 GMT) on Tuesday, Immigration Minister Jason Kenney told a "
     "news conference.", "2009-07-14"),
    ("Kenney told a news conference the requirement takes effect on Tuesday.", "2009-07-14"),
])
def test_a_day_something_takes_effect_is_ahead(text, day):
    assert [d.value for d in analyze(text, dt.date(2009, 7, 13)).dates] == [day]


def test_one_minute_of_one_day_dates_one_event(embedder):
    """ "The requirement takes effect at 12:01 a.m. EDT (0401 GMT) on Tuesday" / "it came into force at 12:01 a.m.
    yesterday", under a Tuesday dateline, in sentences the rewrite moved apart."""
    found = blind_errors("r47q/q05-canada-visas-mexico-czech", embedder)
    assert ("date-mismatch", "on Tuesday", "yesterday", "v2.txt") in found


def test_one_figure_of_opposite_acts_is_a_flip(embedder):
    """ "Kenney said Canada accepted only about 11 percent of Mexican refugee claims" / "Kenney said only about 11 per
    cent of those claims were rejected", in sentences the rewrite moved apart."""
    found = blind_errors("r47q/q05-canada-visas-mexico-czech", embedder)
    assert [x[3] for x in found if x[0] == "direction-flip" and "accepted" in x[1] and "rejected" in x[2]] == ["v2.txt"]


# ---------------------------------------------------------------- read on r50 (after its first run)


def test_round_figures_are_no_mistyping_of_each_other(embedder):
    """ "borrow up to 90 percent ... and 80 percent of any amount above that" / "a deposit of just 10 per cent"."""
    found = blind_errors("r50x/x02-ireland-mortgage-limits", embedder)
    assert not [x for x in found if x[0] == "number-mismatch" and "80 percent" in x[1]]


def test_help_asked_of_a_place_is_no_move_to_or_from_it(embedder):
    """ "I have appealed for help from France" / "appealed to France for help"."""
    found = blind_errors("r50w/w05-wakashio-mauritius", embedder)
    assert not [x for x in found if x[0] == "direction-flip" and "France" in x[1]]


def test_the_body_a_version_cites_holds_no_role_of_the_story(embedder):
    """ "Iran's state-run IRNA news agency reported" / "according to British maritime security agency UKMTO"."""
    found = blind_errors("r50w/w04-msc-aries-seizure", embedder)
    assert not [x for x in found if x[0] == "organisation-mismatch" and x[1] == "IRNA"]


def test_a_later_act_on_a_day_gone_by_in_the_later_copy_is_no_changed_date(embedder):
    """ "Hundreds of people descended on a beach ... on Monday" (Monday's copy) / "Police closed a beach ... on Tuesday
    after hundreds of scavengers carted off ..." (Tuesday's)."""
    found = blind_errors("r50w/w03-msc-napoli-branscombe", embedder)
    assert not [x for x in found if x[0] == "date-mismatch" and x[1] == "on Monday"]


def test_a_crossing_between_two_oceans_run_the_other_way_is_a_flip(embedder):
    """ "made the crossing from the Atlantic to the Pacific" / "made the journey from the Pacific to the Atlantic"."""
    found = blind_errors("r50w/w07-panama-canal-expansion", embedder)
    assert [x[3] for x in found if x[0] == "direction-flip" and "Atlantic to the Pacific" in x[1]] == ["v2.txt"]


def test_relations_of_one_figure_are_no_opposite_acts(embedder):
    """ "about $3.4 billion against ..." / "about $3.4 billion in claims for cost overruns": "against" and "for" are
    no acts."""
    found = blind_errors("r50w/w07-panama-canal-expansion", embedder)
    assert not [x for x in found if x[0] == "direction-flip" and "3.4 billion" in x[1]]


def test_a_negation_moved_a_few_words_back_is_no_flip():
    a = ('French Foreign Minister Jean-Yves Le Drian said the results appeared to be "not consistent" with the real '
         'results.')
    b = ("The Catholic church said the figures did not match its own findings, and France's foreign minister, "
         "Jean-Yves Le Drian, said they did not appear to be consistent with the true results.")
    assert [x for x in flagged(a, b) if x[0] == "negation-flip"] == []


def test_each_versions_only_figure_of_one_measure_on_other_days_is_two_figures(embedder):
    """ "after a one-day walkout on June 7" / "as a three-day walkout reached its final day" (Wednesday): two
    walkouts."""
    found = blind_errors("r38y/y01-samsung-strike", embedder)
    assert not [x for x in found if x[0] == "number-mismatch" and x[1] == "one-day"]


def test_one_act_told_two_ways_on_another_day_is_still_a_changed_day(embedder):
    """ "its chairman Piet Moerland stepped down on Tuesday" / "chairman Piet Moerland announced his resignation on
    Wednesday" (the later copy): one resignation, no act after another."""
    found = blind_errors("r37x/x02-rabobank-libor", embedder)
    assert ("date-mismatch", "on Tuesday", "on Wednesday", "v3.txt") in found


def test_a_phrase_of_time_opening_the_sentence_is_no_act_of_its_subject():
    from checker.extract import _after_participle

    text = ("During one of the exchanges, Assistant District Attorney David Rossi asked Coleman, \"Are you going to "
            "switch it every time?\"")
    cf = analyze(text)
    assert not _after_participle(cf, next(n for n in cf.names if "Rossi" in n.text))
    opened = analyze("Delivering the judgment, Lord Leggatt said the tribunal had been entitled to find it.")
    assert _after_participle(opened, next(n for n in opened.names if "Leggatt" in n.text))


def test_the_subject_of_a_passive_owns_no_day(embedder):
    """ "Christine Gregoire was certified on Thursday as the winner" / "Sam Reed ... certified the result on
    Wednesday": one certification, whoever the sentence opens with (read on r49 after its record)."""
    found = blind_errors("r49u/u01-washington-governor-recount", embedder)
    assert [x[3] for x in found if x[0] == "date-mismatch" and "Thursday" in x[1] and "Wednesday" in x[2]] == [
        "v2.txt"]


def test_a_length_before_an_event_is_still_a_length(embedder):
    """ "without power for up to nine hours" / "without power for as long as 12 hours before crews could bring the
    system back": only "after" counts a time from another event."""
    found = blind_errors("r22r/r01-quebec-solar-blackout", embedder)
    assert [x[3] for x in found if x[0] == "number-mismatch" and "nine hours" in x[1]] == ["v2.txt"]


def test_one_loan_from_its_two_ends_is_no_opposite_act(embedder):
    found = blind_errors("r21p/p05-espirito-santo-rescue", embedder)
    assert not [x for x in found if x[0] == "direction-flip" and "lend" in x[1]]


def test_a_town_and_its_state_are_no_list(embedder):
    """ "a laboratory in Austin, Texas" / "a lab in Dallas, Texas": the state is the towns' host, not a list mate."""
    found = blind_errors("r25w/w04-hse-obrien-resigns", embedder)
    assert ("place-mismatch", "in Austin", "in Dallas", "v3.txt") in found


def test_a_preposition_alone_keeps_two_names_apart_only_when_one_has_its_own_counterpart(embedder):
    """ "Modi, who is in Johannesburg for a summit" / "on a screen in Cape Town, where he is attending the Brics
    summit": Cape Town and Johannesburg share only "in", but neither is written in the other version."""
    found = blind_errors("r31i/i01-chandrayaan3-landing", embedder)
    assert [x[3] for x in found if x[0] == "place-mismatch" and "Johannesburg" in x[1]] == ["v2.txt"]


def test_both_sides_of_an_ocean_is_no_place(embedder):
    found = blind_errors("r28d/d03-pfizer-astrazeneca", embedder)
    assert not [x for x in found if x[0] == "place-mismatch" and x[2] == "Atlantic"]


# ---------------------------------------------------------------- read on the leftovers (session of r51, r52)


def test_a_capital_named_after_a_town_and_a_comma_is_the_state(embedder):
    """ "died in West Chester, Pennsylvania, and Snohomish, Washington" / "in Pennsylvania and Washington state":
    Washington after a town is the state, which the other version names; not the US capital's country."""
    found = blind_errors("r27b/b07-ikea-dresser-recall", embedder)
    assert not [x for x in found if x[0] == "place-mismatch"]


def test_washington_alone_still_stands_for_the_us():
    assert not flagged("Talks with Washington resumed on Monday, officials said.",
                       "Talks with the United States resumed on Monday, officials said.")


@pytest.mark.parametrize("b, flip", [
    ("Foreigners will still be able to purchase up to 60 percent of apartments in large new developments.", False),
    ("Foreigners will still be able to buy existing houses, although they may still buy up to 60 percent of the "
     "apartments in large new developments.", True),
])
def test_the_positive_clause_kept_alone_is_no_flip_but_the_negated_one_turned_round_is(b, flip):
    """ "will no longer be able to buy existing houses, although they may still buy up to 60 percent of the
    apartments" / "will still be able to purchase up to 60 percent of apartments": the second clause was kept; the
    first clause turned round is a flip."""
    a = ("Foreigners will no longer be able to buy existing houses, although they may still buy up to 60 percent of "
         "the apartments in large new developments.")
    assert bool([x for x in flagged(a, b) if x[0] == "negation-flip"]) == flip


def test_not_one_thing_but_another_is_still_a_flip():
    """ "is not about childhood friends, but rather coworkers discussing their snacks" / "is about a group of
    childhood friends discussing their snacks": the "but" clause corrects the negated one, it is no other
    statement the plain version kept (SummEdits' negation pairs lost to the first cut of the rule above)."""
    a = ("The film is about a group of college friends sharing their favourite songs and books, as well as what they "
         "hope to do next year.")
    b = ("The film is not about college friends, but rather neighbours sharing their favourite songs and books, as "
         "well as what they hope to do next year.")
    assert [x for x in flagged(a, b) if x[0] == "negation-flip"]


# ---------------------------------------------------------------- read on r51 (after its first run)


@pytest.mark.parametrize("b, changed", [
    ("The agency said it planned 74 flights on Tuesday to bring home a further 16,500 passengers.", False),
    ("The operation planned 64 flights on Tuesday to bring about 16,000 people home, officials said.", True),
])
def test_a_day_whose_every_figure_changed_too_is_another_days_operation(b, changed):
    """ "planned 64 flights on Monday to bring about 16,000 people home" / "planned 74 flights on Tuesday to bring
    home a further 16,500": each day's own flights; the day changed beside the same figures is an error."""
    a = "The operation planned 64 flights on Monday to bring about 16,000 people home, officials said."
    assert bool([x for x in errors(a, b) if x[0] == "date-mismatch"]) == changed


def test_a_body_and_its_organ_are_one_body(embedder):
    """ "speaking on his way to the United Nations in New York" / "flying to the UN General Assembly in New York"."""
    found = blind_errors("r51z/z01-thomas-cook-collapse", embedder)
    assert not [x for x in found if x[0] == "organisation-mismatch" and "United Nations" in x[1]]


def test_two_organs_of_one_body_are_two_bodies():
    assert [x for x in flagged(
        "The resolution was adopted by the UN General Assembly in New York on Friday.",
        "The resolution was adopted by the UN Security Council in New York on Friday.")
        if x[0] == "organisation-mismatch"]


@pytest.mark.parametrize("a, b, changed", [
    ("The bay on the island of Koh Phi Phi Leh in Krabi province will be closed until September 30.",
     "Maya Bay, on Koh Phi Phi Leh in the Andaman Sea, will stay closed until September 30.", False),
    ("The tanker sank in the Baltic Sea on Tuesday, the coastguard said.",
     "The tanker sank in the North Sea on Tuesday, the coastguard said.", True),
])
def test_a_sea_and_a_province_can_both_hold_one_island_but_two_seas_are_two_places(a, b, changed):
    assert bool([x for x in flagged(a, b) if x[0] == "place-mismatch"]) == changed


def test_opposite_states_on_different_days_are_no_error():
    """ "Up to 30 people were feared dead on Thursday" / "Rescuers found eight people alive on Friday"."""
    found = flagged("Up to 30 people were feared dead on Thursday after an avalanche buried a hotel, rescuers said.",
                    "Rescuers found eight people alive on Friday after an avalanche buried a hotel.")
    assert not [x for x in found if x[0] == "direction-flip" and x[1] == "error"]


def test_one_figure_told_rising_and_falling_is_an_error_however_the_sentence_was_rewritten(embedder):
    """ "arrivals rising 15% from a year earlier" / "numbers were falling 15 per cent on the year before": the pair
    rule sees a rewrite; the figure's confident match makes it an error."""
    found = blind_errors("r51z/z05-bhutan-reopening-fee", embedder)
    assert [x for x in found if x[0] == "direction-flip" and "15" in x[1]]


def test_a_street_named_after_a_capital_is_a_street():
    """ "a sinkhole opened on Rideau Street" / "on Wellington Street": Wellington is no role word of New Zealand's."""
    a = "In June 2016 a sinkhole opened on Rideau Street above the tunnel and swallowed a van."
    b = "In June 2016 a sinkhole opened on Wellington Street above the tunnel and swallowed a van."
    assert [x for x in errors(a, b) if x[0] == "place-mismatch"]


def test_a_bridge_walked_across_is_a_place():
    """ "walked across the Brooklyn Bridge" names where, unlike "across the Atlantic" (see
    test_both_sides_of_an_ocean_is_no_place)."""
    assert [x for x in errors("Bloomberg walked across the Brooklyn Bridge into Manhattan on Tuesday.",
                              "Bloomberg walked across the Manhattan Bridge into Manhattan on Tuesday.")
            if x[0] == "place-mismatch"]


def test_what_a_sentence_says_was_done_again_is_another_occasion(embedder):
    """ "Bloomberg himself walked across the Brooklyn Bridge" / "Crowds again walked across the East River bridges"
    (the next day): not one crossing; "had electricity again by mid-morning" is power restored, no repeat."""
    found = blind_errors("r51y/y02-new-york-transit-strike", embedder)
    assert not [x for x in found if x[0] == "place-mismatch" and x[2] == "East River"]
    assert [x for x in found if x[0] == "place-mismatch" and x[2] == "Manhattan Bridge"]


def test_a_thing_done_again_after_its_verb_is_resumed_not_repeated(embedder):
    """ "all 108 aircraft ... would remain on the ground" / "the airline's 118 jets would not fly again until the
    dispute ... was resolved": one fleet, its count changed."""
    found = blind_errors("r33p/p01-qantas-grounding", embedder)
    assert [x for x in found if x[0] == "number-mismatch" and "108" in x[1] and "118" in x[2]]


def test_each_versions_only_end_of_a_state_is_one_date(embedder):
    """ "off-limits to visitors until September 30" / "The ban runs until October 31"."""
    found = blind_errors("r51z/z03-maya-bay-closure", embedder)
    assert [x for x in found if x[0] == "date-mismatch" and "September 30" in x[1] and "October 31" in x[2]]


def test_each_versions_only_start_of_a_state_beside_one_figure_is_one_date(embedder):
    """ "$200 per person per night, up from $65, a rate that had been unchanged since 1991" / "which had stood at $65
    since 1997"."""
    found = blind_errors("r51z/z05-bhutan-reopening-fee", embedder)
    assert [x for x in found if x[0] == "date-mismatch" and "1991" in x[1] and "1997" in x[2]]


def test_the_wholes_of_one_part_told_alike_are_one_figure(embedder):
    """ "puts 21,000 jobs at risk in 16 countries, including 9,000 in Britain" / "has left 22,000 employees worldwide
    facing the loss of their jobs, 9,000 of them in Britain": the 9,000 are part of one whole, not of the 16
    countries (a part is less than its whole)."""
    found = blind_errors("r51z/z01-thomas-cook-collapse", embedder)
    assert [x for x in found if x[0] == "number-mismatch" and "21,000" in x[1] and "22,000" in x[2]]


def test_wholes_that_agree_are_no_finding():
    a = ("The firm collapsed on Monday. The collapse puts 21,000 jobs at risk in 16 countries, including 9,000 in "
         "Britain. Its chief executive apologised to customers.")
    b = ("The firm collapsed on Monday. Its chief executive apologised to customers. About 21,000 employees now "
         "face the loss of their jobs, 9,000 of them in Britain.")
    assert not [x for x in flagged(a, b) if x[0] == "number-mismatch"]


def test_a_common_word_named_as_a_body_is_a_name(embedder):
    """ "run by outsourcing group Capita" ("capita" is a common word too) / "a database of payments run by Serco":
    the noun before says Capita is a body, run by it."""
    found = blind_errors("r51y/y01-london-congestion-charge", embedder)
    assert [x for x in found if x[0] == "organisation-mismatch" and x[1] == "Capita" and x[2] == "Serco"]


def test_two_bodies_listed_together_are_a_list_that_keeps_one_member(embedder):
    """ "demanded by its lenders, led by RBS and Lloyds" / "Creditor banks, Barclays and Lloyds among them": two
    bodies are a list too (one the lexicons know, one they do not), and the list kept but for one has changed it."""
    found = blind_errors("r51z/z01-thomas-cook-collapse", embedder)
    assert [x for x in found if x[0] == "organisation-mismatch" and x[1] == "RBS" and x[2] == "Barclays"]


def test_one_figure_told_rising_and_falling_stands_between_loosely_related_versions(embedder):
    """ "Shares in FirstGroup fell 9 percent" / "its shares rose 9 percent on the news", in versions that share few
    sentences: one figure, matched with confidence, moves one way only, whoever reports it."""
    found = blind_errors("r51y/y04-west-coast-franchise", embedder)
    assert [x for x in found if x[0] == "direction-flip" and "9 percent" in x[1]]


def test_a_quantifier_changed_inside_a_quotation_is_an_error():
    a = 'The line opened on Saturday. "Some people will never forgive us for the disruption," Burns said.'
    b = 'The line opened on Saturday. "Most people will never forgive us for the disruption," Burns said.'
    assert [x for x in flagged(a, b) if x[0] == "quote-altered" and x[1] == "error"]


def test_a_name_before_a_hyphenated_participle_is_who_did_it(embedder):
    """ "The 27 trams were built by Spanish manufacturer CAF" / "The fleet of 27 Bombardier-built trams": built by
    Bombardier (a common word too, "bombardier", but a body here)."""
    found = blind_errors("r51y/y03-edinburgh-trams", embedder)
    assert [x for x in found if x[0] == "organisation-mismatch" and x[1] == "CAF" and x[2] == "Bombardier"]


# ---------------------------------------------------------------- read on r52 (after its first run, the next sitting)


_BGS = ("Fuel depots exploded near London on Sunday. The explosions were heard in France, and the British Geological "
        "Survey said the largest registered 2.4 on the Richter scale.")


def test_a_source_after_according_to_is_about_what_it_is_cited_for():
    """ "according to the Met Office" fills its window with function words; what it vouches for is the clause."""
    b = ("Fuel depots exploded near London on Sunday. The explosions, the largest of which measured 2.4 on the Richter "
         "scale according to the Met Office, shook homes across the area.")
    assert errors(_BGS, b) == [("organisation-mismatch", "British Geological Survey", "Met Office")]
    assert errors(_BGS, b.replace("Met Office", "British Geological Survey")) == []


def test_a_named_commodity_market_moving_the_other_way_is_a_reversal():
    """ "gasoline futures" names a market as "the Nikkei" does, capitalised or not; "shares" alone does not."""
    lead = "A refinery blast killed 15 workers in Texas on Wednesday. "
    a = lead + "Gasoline futures rose in New York trading after the news."
    b = lead + "In New York, gasoline futures fell as traders weighed the loss of output."
    assert errors(a, b) == [("movement-reversed", "Gasoline futures rose", "gasoline futures fell")]
    assert errors(a.replace("Gasoline futures", "Shares"), b.replace("gasoline futures", "shares")) == []


def test_a_person_named_among_those_counted_does_not_own_the_count():
    """ "detained 27 people, among them Massimo Carminati": he is one of the 27, the figure is still the raid's."""
    a = ("Italian police arrested 37 people on Tuesday in an investigation into a mafia-style gang in Rome. "
         "Prosecutors said the gang had infiltrated the city government.")
    b = ("Prosecutors said the gang had infiltrated the city government. In dawn raids across the capital, police "
         "detained 27 people, among them Massimo Carminati, who lost an eye in a 1981 shootout.")
    assert ("number-mismatch", "37 people on Tuesday", "27 people") in errors(a, b)
    assert not [e for e in errors(a, b.replace("27", "37")) if e[0] == "number-mismatch"]


@pytest.mark.parametrize("a, b", [
    ("Mayor Linda Thompson opposed the filing and said the council had no authority.",
     "Mayor Linda Thompson, who backed the filing, said services would keep running."),
    ("Scottish Labour and the Liberal Democrats backed the bill, while the Scottish Conservatives opposed it.",
     "The Scottish Conservatives and Scottish Labour voted against the bill, arguing it would deter investment."),
])
def test_one_actor_for_a_thing_in_one_version_and_against_it_in_another_is_a_reversal(a, b):
    """Who was for and who against, moved into a relative clause or a list (read on r53 d01 and r50 x04)."""
    lead = "The city council voted to file for bankruptcy on Tuesday. "
    assert [e[0] for e in errors(lead + a, lead + b)] == ["stance-reversed"]


@pytest.mark.parametrize("b", [
    "Mayor Linda Thompson, who fought the filing, said services would keep running.",  # against, both times
    "Mayor Linda Thompson, who did not oppose the filing, said services would keep running.",  # negated
    "Mayor Linda Thompson, who backed the budget, said services would keep running.",  # another thing
    "Mayor Linda Thompson, who initially backed the filing, said services would keep running.",  # a past stance
])
def test_the_same_stance_a_negated_one_or_another_thing_is_no_reversal(b):
    lead = "The city council voted to file for bankruptcy on Tuesday. "
    a = "Mayor Linda Thompson opposed the filing and said the council had no authority."
    assert not [e for e in errors(lead + a, lead + b) if e[0] == "stance-reversed"]


_JUDGE = ("An Ontario judge on Monday struck down a law that cut the size of Toronto's city council. "
          "Ontario Superior Court Justice Edward Belobaba ruled that the law violated the freedom of expression.")


def test_the_body_in_a_title_is_the_body_the_person_serves():
    """ "Ontario Superior Court Justice Edward Belobaba" sits on that court (read on r53 d07); a level word opening
    the sentence ("State Supreme Court Justice") is no other court."""
    b = ("An Ontario judge on Monday struck down a law that cut the size of Toronto's city council. Justice Edward "
         "Belobaba of the Ontario Court of Appeal ruled that the law breached the freedom of expression.")
    assert errors(_JUDGE, b) == [("organisation-mismatch", "Ontario Superior Court", "Ontario Court of Appeal")]
    assert errors(_JUDGE, b.replace("Court of Appeal", "Superior Court")) == []
    a = "Hours later, state Supreme Court Justice Theodore Jones fined the union. The strike went on for three days."
    b = ("State Supreme Court Justice Theodore Jones, who fined the union, said he could jail its leaders. "
         "The strike went on.")
    assert not [e for e in errors(a, b) if e[0] == "organisation-mismatch"]


def test_the_one_told_is_no_speaker():
    """ '"...," the 38-year-old told Judge David Groner': the judge heard it (read on r49 u05)."""
    a = ('Detroit Mayor Kwame Kilpatrick pleaded guilty on Thursday. "I lied under oath in the case," Kilpatrick told '
         'Wayne County Circuit Judge David Groner.')
    b = ('Detroit Mayor Kwame Kilpatrick pleaded guilty on Thursday. "I lied under oath in the case," the 38-year-old '
         'told Wayne County Circuit Judge David Groner as he pleaded guilty.')
    assert not [e for e in errors(a, b) if e[0] == "quote-attribution"]


def test_a_day_of_telling_is_not_the_day_of_an_act():
    """ "told reporters outside his Chicago home on Thursday evening" / "arrested ... at his Chicago home on Dec. 9":
    a statement's day and an act's, though the home is in both (read on r49 u03): a warning at most."""
    lead = "The Illinois Senate removed Gov. Rod Blagojevich from office on Thursday. "
    a = lead + "Blagojevich was arrested by FBI agents at his Chicago home on Dec. 9."
    b = lead + ('"I will fight to clear my name," Blagojevich told reporters outside his Chicago home on Thursday '
                'evening.')
    assert not [e for e in errors(a, b) if e[0] == "date-mismatch"]


def test_parts_of_one_whole_told_in_moved_sentences_are_one_count():
    """ "won 54 of the legislature's 87 seats" / "which won 53 of the 87 seats in Tuesday's election": the whole
    they count from makes two bare figures one count (read on r49 u07)."""
    a = ("Alberta's New Democratic Party swept to a majority in the province's election on Tuesday. The NDP, led by "
         "Rachel Notley, won 54 of the legislature's 87 seats, up from just four in the outgoing legislature.")
    b = ("Alberta's New Democratic Party swept to a majority in the province's election on Tuesday. Markets fell. "
         "The NDP, which won 53 of the 87 seats in Tuesday's provincial election, ended 44 years of Conservative rule.")
    assert ("number-mismatch", "54 of the legislature's 87", "53 of the 87") in errors(a, b)
    assert not [e for e in errors(a, b.replace("53", "54")) if e[0] == "number-mismatch"]


def test_each_versions_only_sum_of_one_year_is_one_sum():
    """ "bought it in 1972 for $1 million from dealer Robert Hecht" / "paid a then-record $1.5 million for in 1972": the
    dealer the other version leaves out makes it no one else's sum (read on r49 v07)."""
    a = ("Italy unveiled a 2,500-year-old Greek vase on Friday. The Met bought it in 1972 for $1 million from "
         "American antiquities dealer Robert Hecht, then a record price.")
    b = ("The Greek vase, which the Metropolitan Museum of Art paid a then-record $1.5 million for in 1972, was put on "
         "view yesterday. Italy unveiled it in Rome.")
    assert ("number-mismatch", "for $1 million", "$1.5 million") in errors(a, b)
    assert not [e for e in errors(a, b.replace("1.5", "1")) if e[0] == "number-mismatch"]


@pytest.mark.xfail(strict=True, reason="an acronym defined in brackets is not read as its name: keying it as the name "
                   "lost 'CEC' / 'Central Election Commission' on real copy, where the definition spells another name")
def test_an_acronym_a_version_defines_is_the_name_it_stands_for():
    """ "a Malaysia Airlines (MAS) jet", then "said MAS chief executive Ahmad Jauhari Yahya": one body (read on dev
    e05, after the body in a title became a fact)."""
    lead = "A Malaysia Airlines{} jet with 239 people on board vanished on Saturday. The plane left Kuala Lumpur. "
    a = lead.format("") + ('"We are working with the authorities to locate the aircraft," Malaysia Airlines Chief '
                           'Executive Ahmad Jauhari Yahya said in a statement.')
    b = lead.format(" (MAS)") + ('"Our thoughts are with all affected passengers and crew," said MAS chief executive '
                                 'Ahmad Jauhari Yahya.')
    assert not [e for e in errors(a, b) if e[0] == "organisation-mismatch"]


def test_a_year_in_what_is_said_is_no_day_of_saying():
    """ "the regulator said the penalty was 4 percent of its revenue in 2019" / "... calculated as 4 percent of its
    sales in 2020, the regulator said": the year is the revenue's (read on r47 r04, after a day of telling became
    no day of an act)."""
    lead = "China fined Alibaba a record 18.2 billion yuan on Saturday. "
    a = lead + "The regulator said the penalty was equal to 4 percent of Alibaba's domestic revenue in 2019."
    b = lead + "The penalty was calculated as 4 percent of Alibaba's sales in China in 2020, the regulator said."
    assert ("date-mismatch", "in 2019", "in 2020") in errors(a, b)


def test_parts_of_one_whole_that_did_different_things_are_two_counts():
    """ "Four of the six judges ... backed the decision" / "Two of the six judges ... dissented": the complementary
    part, not the same count changed (read on r25 x01, after parts of one whole became one count)."""
    lead = "Kenya's Supreme Court annulled the presidential election on Friday. "
    a = lead + "Four of the six judges on the bench backed the decision, with two dissenting."
    b = lead + "Two of the six judges, Jackton Ojwang and Njoki Ndung'u, dissented from the ruling."
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]


# ---------------------------------------------------------------- read on r54 and r55


@pytest.mark.parametrize("text, value", [  # dated Tuesday 2024-03-12
    ("Nearly 2.9 million votes were cast in the May 4 election.", "2023-05-04"),
    ("The vote will be held on May 4.", "2024-05-04"),
    ("The vote is on May 4.", "2024-05-04"),
    ("The vote was held on March 10.", "2024-03-10"),
    ("The party, which had backed him, turned against him ahead of an election on May 4.", "2024-05-04"),
])
def test_a_day_without_a_year_told_in_the_past_is_the_last_one_before_the_dateline(text, value):
    assert [f.item.value for f in facts_of(text).facts if f.kind == "date"] == [value]


def test_a_date_that_names_a_thing_dates_no_verb_of_its_sentence():
    f = next(f for f in facts_of("Franken would be sworn in after the Senate returns from its July 4 recess.").facts
             if f.kind == "date")
    assert f.event == frozenset()
    f = next(f for f in facts_of("The Senate returned on July 4 after a recess.").facts if f.kind == "date")
    assert f.event == frozenset({"return"})


def test_more_votes_than_a_rival_is_a_margin_not_votes_added():
    q = next(f for f in facts_of("Franken had received 312 more legally cast votes than Coleman.").facts
             if f.kind == "quantity")
    assert not q.item.part
    q = next(f for f in facts_of("The count found 312 more votes.").facts if f.kind == "quantity")
    assert q.item.part


MALEV_A = ("Hungarian airline Malev stopped flying on Friday after 66 years. Its planes were grounded at airports across "
           "Europe. The European Commission ruled last month that state aid had broken EU rules. "
           "Malev employed about 2,600 people, most of whom are expected to lose their jobs. The carrier flew 22 "
           "aircraft to 50 destinations and carried 3.2 million passengers last year.")
MALEV_B = ("Malev went bust yesterday, leaving thousands of passengers stranded across Europe and its {} facing the sack. "
           "The European Commission ruled last month that state aid had broken EU rules. "
           "Its planes were grounded at airports across Europe. Malev flew 22 aircraft to 50 destinations and carried "
           "3.2 million passengers last year.")


def test_a_workforce_told_as_people_employed_or_as_staff_is_one_count_and_its_is_the_subjects():
    assert ("number-mismatch", "about 2,600 people", "3,600 staff") in errors(MALEV_A, MALEV_B.format("3,600 staff"))
    assert not [e for e in errors(MALEV_A, MALEV_B.format("2,600 staff")) if e[0] == "number-mismatch"]
    assert not [e for e in errors(MALEV_A, MALEV_B.format("5,000 passengers")) if e[0] == "number-mismatch"]


def test_staff_and_people_employed_share_one_anchor_and_its_count_is_the_subjects():
    employed, staff = figure("Malev employed about 2,600 people."), figure(
        "Malev went bust yesterday, leaving thousands of passengers stranded and its 3,600 staff facing the sack.")
    assert "employ" in employed.near & staff.near
    assert staff.owner == "malev"


def test_one_sum_told_of_both_acts_in_each_version_is_no_flip():
    a = ("The parties agreed on a 2012 budget. The deal follows an agreement last weekend on a budget that will cut "
         "spending and raise taxes by 11.3 billion euros to bring the deficit below 3 percent of output.")
    b = ("The parties agreed on a 2012 budget. Last weekend they agreed an austerity budget for 2012 worth €11.3bn in "
         "spending cuts and tax rises to bring the deficit below 3 percent of output.")
    assert not [e for e in errors(a, b) if e[0] == "direction-flip"]
    a = a.replace("cut spending and raise taxes", "raise taxes")
    assert [e[0] for e in errors(a, b.replace("spending cuts and tax rises", "spending cuts"))] == ["direction-flip"]


def test_a_name_of_no_known_kind_doing_what_a_body_did_is_another_body():
    a = ("XL Leisure Group collapsed on Tuesday. Accountancy firm KPMG was appointed administrator in the early hours "
         "of Tuesday, and all flights were cancelled.")
    b = ("XL Leisure Group collapsed yesterday. All flights were cancelled yesterday morning after Deloitte was "
         "appointed as administrator in the early hours.")
    assert ("organisation-mismatch", "KPMG", "Deloitte") in errors(a, b)
    assert not errors(a, b.replace("Deloitte", "KPMG"))
    from checker.compare_values import metonym_risk

    kpmg = name("Accountancy firm KPMG was appointed administrator in the early hours.", "KPMG")
    deloitte = name("All flights were cancelled after Deloitte was appointed as administrator.", "Deloitte")
    assert not metonym_risk(kpmg, deloitte)
    old_trafford = name("Thousands gathered at Old Trafford.", "Old Trafford")
    united = name("Thousands gathered at the ground of football club Manchester United.", "Manchester United")
    assert metonym_risk(old_trafford, united)
    police = name("London's Metropolitan Police said officers were called to a hotel on Park Lane.",
                  "Metropolitan Police")
    hilton = name("Officers were called to the Hilton hotel on Park Lane.", "Hilton")
    assert metonym_risk(police, hilton)  # the police called, the hotel called to: not one role


@pytest.mark.parametrize("text, shown", [("A woman in her 50s died.", "50s"), ("A man in his mid-40s died.", "40s")])
def test_a_decade_of_someones_life_is_an_age_not_a_count(text, shown):
    (q,) = [f for f in facts_of(text).facts if f.kind == "quantity"]
    assert (q.text, q.item.unit) == (shown, "age")


def test_a_place_inside_the_other_is_both_true_wherever_the_rewrite_put_it():
    a = ("Physicists at CERN said neutrinos beat the speed of light. The MINOS experiment at Fermilab near Chicago saw "
         "a hint of the effect in 2007. The team measured about 15,000 neutrinos.")
    b = ("The team measured about 15,000 neutrinos. Physicists at CERN said neutrinos beat the speed of light. "
         "In 2007 the MINOS experiment at Fermilab in Illinois saw a hint of the effect.")
    assert not [e for e in flagged(a, b) if e[0] == "place-mismatch"]
    assert [e[0] for e in errors(a, b.replace("in Illinois", "near Detroit")) if e[0] == "place-mismatch"] == [
        "place-mismatch"]


def test_a_name_the_other_sentence_writes_as_a_word_is_not_the_one_replaced():
    a = ("France signed a deal for 36 Rafale jets. The package includes Meteor air-to-air missiles and SCALP cruise "
         "missiles made by European missile maker MBDA.")
    b = ("France signed a deal for 36 Rafale jets. The package also covers weapons, including Meteor air-to-air "
         "missiles and Scalp cruise missiles supplied by Thales.")
    shown = [(e[2], e[3]) for e in flagged(a, b) if e[0] == "organisation-mismatch"]
    assert ("SCALP", "Thales") not in shown and ("MBDA", "Thales") in shown


def test_jail_and_prison_are_one_anchor():
    assert "prison" in figure("He faces seven years in jail.").near & figure("He faces five years in prison.").near


def test_two_places_with_only_a_preposition_in_common_are_not_one_place():
    a = ("WADA banned Russia for four years on Monday. The ruling means Russia cannot compete under its flag at next "
         "year's Tokyo Olympics, the 2022 Beijing Winter Games or the 2022 soccer World Cup in Qatar.")
    b = ("WADA banned Russia for four years yesterday. Meeting in Montreal yesterday, WADA's executive committee voted "
         "for a ban on Russia competing under its own flag at major events, including the 2022 Winter Olympics in "
         "Beijing.")
    assert not [e for e in errors(a.replace("on Monday", "on Tuesday"), b) if e[0] == "place-mismatch"]


def test_a_capital_is_written_as_itself_not_as_its_country():
    a = ("Macron defended the reform. Speaking in Barcelona, where he was attending a Franco-Spanish summit, Macron "
         "said the reform was fair.")
    b = ("Macron defended the reform. Macron, speaking in Madrid, where he attended a summit with Spanish Prime "
         "Minister Pedro Sanchez, said the reform was fair.")
    assert ("place-mismatch", "in Barcelona", "in Madrid") in errors(a, b)


# ---------------------------------------------------------------- read on r56 (company results; crime and courts)


def test_a_verb_with_no_before_its_object_is_the_negated_verb():
    a = ("GE named Culp as chief. Flannery will not receive any severance payment, a person familiar with the matter "
         "said.")
    b = "GE named Culp as chief. According to a person familiar with the matter, Mr Flannery will receive no severance."
    assert not [e for e in flagged(a, b) if e[0] == "negation-flip"]
    assert ("negation-flip", "error") in {x[:2] for x in flagged(a, b.replace("receive no", "receive a"))}


@pytest.mark.parametrize("b", [
    "She rolled onto her side, and the evacuation did not begin until more than an hour after the collision.",
    "It was not until more than an hour after the collision that the evacuation began.",
])
def test_not_until_says_when_not_whether(b):
    a = ("The ship keeled over onto its side, and the evacuation, which began more than an hour after the impact, "
         "descended into chaos.")
    assert not [x for x in flagged(a, b) if x[0] == "negation-flip"]


def test_a_figure_of_the_year_before_is_not_this_years():
    a = "BP reported a loss. A year earlier, the company made a second-quarter profit of $4.4 billion."
    b = "BP reported a loss. The company also reported a second-quarter loss of $17 billion after spill costs."
    assert not [e for e in errors(a, b) if e[0] in ("number-mismatch", "direction-flip")]


@pytest.mark.parametrize("a, b", [
    ("Net profit rose to $5.2 billion from $4.4 billion a year earlier.", "Net profit rose to $5.9 billion."),
    ("Net profit rose to $5.2 billion, the company said.", "Net profit rose to $5.9 billion from $4.4 billion a year "
                                                            "ago."),
])
def test_the_figure_of_this_year_beside_one_of_the_year_before_is_still_compared(a, b):
    assert [(x, y) for rule, x, y in errors(a, b) if rule == "number-mismatch"] == [("to $5.2 billion",
                                                                                   "to $5.9 billion")]


def test_a_new_holder_of_an_office_is_not_the_one_who_left_it():
    a = ("Rio Tinto Chief Executive Tom Albanese stepped down on Thursday as the miner announced a $14 billion "
         "writedown. Sam Walsh, head of iron ore, will replace him.")
    b = ("Rio Tinto's new chief executive Sam Walsh faces pressure to cut costs after the mining giant ousted Tom "
         "Albanese over a $14 billion writedown, analysts said on Friday.")
    assert not [e for e in errors(a, b) if e[0] == "person-role-mismatch"]
    swapped = b.replace("new chief executive Sam Walsh", "chief executive Sam Walsh")
    assert "person-role-mismatch" in {e[0] for e in errors(a.replace("Sam Walsh, head of iron ore, will replace "
                                                                       "him.", ""), swapped)}


def test_a_pronoun_speaker_after_a_name_in_its_own_sentence_is_that_person():
    vf = facts_of("Francesco Schettino was jailed. Domenico Pepe, his lawyer, called the ruling a sentence \"written "
                  "to satisfy public opinion\" and said it would be appealed. Earlier in the day Schettino had wept "
                  "as he told the court that he had been through a \"media meat grinder\".")
    assert [q.speaker for q in vf.quotes] == ["pepe", "schettino"]
    vf = facts_of("Prosecutors spoke first. After meeting Schettino, he said the captain had been \"reckless\".")
    assert [q.speaker for q in vf.quotes] != ["schettino"]  # "he" is not the man he met


def test_a_name_joined_by_von_and_und_is_one_name():
    text = ("The Alfried Krupp von Bohlen und Halbach Foundation, Thyssenkrupp's biggest shareholder, said it had "
            "taken note of the decision.")
    assert name(text, "Alfried Krupp von Bohlen und Halbach Foundation").item.kind == "org"


def test_a_predicate_given_as_someones_claim_is_not_turned_by_anothers_denial():
    a = ("The prosecution told the jury that scratches on his face, which he said were shaving cuts, had been made by "
         "his wife's fingernails.")
    b = ("Prosecutor Todd Fuller told the jury that the scratches on Baden-Clay's face were not shaving cuts, as the "
         "accused claimed, but had been inflicted by his wife's fingernails.")
    assert not [x for x in flagged(a, b) if x[0] == "negation-flip"]
    a_plain = ("The prosecution told the jury that scratches on his face were shaving cuts and had been made by a "
               "razor.")
    b_plain = a_plain.replace("were shaving cuts", "were not shaving cuts")
    assert "negation-flip" in {x[0] for x in flagged(a_plain, b_plain)}


def test_a_reservoir_and_a_county_are_places():
    text = "Anglers found two phones in the Vartry Reservoir near Roundwood, County Wicklow."
    assert [name(text, n).item.kind for n in ("Vartry Reservoir", "County Wicklow")] == ["place", "place"]


def test_one_reservoir_put_for_another_in_paired_sentences_is_an_error():
    a = ("Graham Dwyer was convicted of murder. Days earlier, with water levels low after a dry summer, anglers had "
         "found keys, a knife, restraints and two mobile phones in the Vartry Reservoir near Roundwood, County "
         "Wicklow.")
    b = ("Graham Dwyer was convicted of murder. The case turned on two mobile phones that anglers found, together with "
         "keys, a knife and restraints, in the Poulaphouca Reservoir in Co Wicklow after a dry summer had lowered the "
         "water.")
    assert ("place-mismatch", "Vartry Reservoir", "Poulaphouca Reservoir") in errors(a, b)
    assert not [e for e in errors(a, b.replace("Poulaphouca", "Vartry")) if e[0] == "place-mismatch"]


def test_a_town_not_its_state_is_what_another_town_stands_against():
    a = ("Patel was jailed. He left Australia for the United States shortly afterwards and was extradited from "
         "Portland, Oregon, in 2008.")
    b = "Patel was jailed. He fled to the US and was extradited from Seattle in 2008."
    assert [e[1:] for e in errors(a, b) if e[0] == "place-mismatch"] == [("from Portland", "from Seattle")]


def test_an_acronym_then_the_same_words_names_the_body_written_out():
    a = ("The outbreak began when a woman with a lung disease was transferred to the NIH Clinical Center in Bethesda, "
         "Maryland, in June 2011. Eleven patients died.")
    b = ("The outbreak at the National Institutes of Health Clinical Center in Bethesda, Maryland, was traced to a "
         "woman with lung disease who arrived in June 2011. Eleven patients died.")
    assert not [e for e in flagged(a, b) if e[0] == "organisation-mismatch"]
    other = b.replace("National Institutes of Health Clinical Center", "Walter Reed Medical Center")
    assert "organisation-mismatch" in {e[0] for e in flagged(a, other)}


def test_the_northeast_of_a_country_and_the_north_east_are_one_area_written_two_ways():
    a = "Stevens was named chief. He began his career as an NHS manager in the northeast of England in 1988."
    b = "Stevens was named chief. He started out as an NHS manager in the North East in 1988."
    assert not [e for e in errors(a, b) if e[0] in ("place-mismatch", "term-changed")]
    assert "term-changed" in {e[0] for e in errors(a, b.replace("North East", "South West"))}


def test_a_country_opening_an_apposition_is_not_the_towns_state():
    from checker.extract import HOST

    text = "Around 1,900 workers at Felixstowe, Britain's biggest container port, began a strike."
    assert HOST not in name(text, "Britain's").near
    assert HOST in name("He was extradited from Portland, Oregon, in 2008.", "Oregon").near


def test_ceo_is_the_chief_executive_written_short():
    a = ("The Army Corps rejected the permit on Wednesday. Pebble CEO John Shively said the company was "
         "\"dumbfounded\" by the decision and would appeal.")
    b = ("The Army Corps rejected the permit on Wednesday. Tom Collier, the chief executive of the Pebble Limited "
         "Partnership, called the decision politically motivated and said the company would appeal.")
    assert ("person-role-mismatch", "John Shively", "Tom Collier") in errors(a, b)


def test_two_prisons_named_by_one_word_are_two_places_not_a_body_and_its_seat():
    a = ("Huhne and Pryce were each jailed for eight months. Huhne was taken to Wandsworth prison in south London and "
         "Pryce to Holloway women's prison in the north of the capital.")
    b = ("Huhne and Pryce were each jailed for eight months. He was driven to Pentonville prison in north London, "
         "while Pryce, 60, was taken to Holloway.")
    assert ("place-mismatch", "to Wandsworth prison", "to Pentonville prison") in errors(a, b)


def test_whose_hospital_it_is_is_not_its_name():
    a = ("Scientists reported the outbreak on Wednesday. A drug-resistant superbug spread through the National "
         "Institutes of Health's research hospital last year, killing six patients.")
    b = ("Scientists reported the outbreak on Wednesday. A superbug resistant to almost every antibiotic tore through "
         "America's most prestigious research hospital, killing six patients.")
    assert not [e for e in errors(a, b) if e[0] == "place-mismatch"]


def test_a_year_earlier_marker_opening_the_sentence_without_a_comma_still_dates_its_figure():
    from checker.facts import prior_period

    text = "Year-earlier profit of $4.4 billion was restated."
    assert prior_period(text, text.index("$"), text.index(" was"))
    assert not prior_period("Net profit rose to $5.2 billion.", 19, 31)


# ------------------------------------------------------------ read on r57 and r59 (inquiries; sport; cars; parliaments)
def test_a_figure_needed_is_a_bar_not_a_count():
    a = ("Canada's government was defeated in a no-confidence vote on Friday. The Conservatives have governed with a "
         "minority of seats since 2006 and won 143 of the 308 seats in the 2008 election.")
    b = ("Canada's government was defeated in a no-confidence vote on Friday. The Conservatives have governed with a "
         "minority since 2006 and need 155 seats for a majority in the 308-seat House of Commons.")
    assert errors(a, b) == []
    c = b.replace("need 155 seats for a majority", "won 155 of the seats")
    assert ("number-mismatch", "143 of the 308", "155") in [e[:3] for e in errors(a, c)]


def test_the_one_tally_each_version_has_left_after_those_told_alike_is_one_tally_mistyped():
    a = ("Tennessee's House expelled two Democrats on Tuesday. Rep. Justin Jones of Nashville was expelled on a 72-25 "
         "vote, and Rep. Justin Pearson of Memphis on a 69-26 vote.")
    b = ("Tennessee's House expelled two Democrats yesterday. Justin Jones, 27, was the first to go, on a vote of "
         "72-25. Justin Pearson, a 28-year-old lawmaker, followed about an hour later, 69-25.")
    assert [e[1:3] for e in errors(a, b)] == [("69-26", "69-25")]


def test_each_versions_only_tally_a_vote_off_on_one_side_is_one_tally_mistold():
    a = ("Spain's parliament ousted Mariano Rajoy on Tuesday. Lawmakers voted 180 to 169, with one abstention, in "
         "favour of the motion tabled by the Socialists.")
    b = ("Spain's parliament ousted Mariano Rajoy yesterday. By a margin of 180 votes to 170, Mr Rajoy became the "
         "first Spanish leader to be removed by a no-confidence motion since the country returned to democracy.")
    assert [e[1:3] for e in errors(a, b)] == [("180 to 169", "180 votes to 170")]
    assert errors(a, b.replace("180 votes to 170", "180 votes to 120")) == []  # another vote, maybe


def test_a_day_counted_from_another_event_dates_that_event_not_the_verb():
    a = ("Chicago Mayor Rahm Emanuel fired police Superintendent Garry McCarthy on Tuesday, a week after the release "
         "of a video showing a white police officer shooting a black teenager 16 times. The city has been in turmoil.")
    b = ("Chicago's interim police chief pledged on Wednesday to restore public trust in the department, a day after "
         "the dismissal of his predecessor over the handling of a police shooting of a black teenager. The city has "
         "been in turmoil.")
    assert errors(a, b) == []


def test_an_office_holder_elect_is_not_the_one_who_holds_it():
    a = ("New York named William Bratton police commissioner on Thursday. Bratton served as commissioner under Mayor "
         "Rudolph Giuliani from 1994 to 1996.")
    b = ("Bill de Blasio, New York's mayor-elect, yesterday named Bill Bratton police commissioner. Bratton led the "
         "force in the 1990s.")
    assert not [e for e in errors(a, b) if e[0] == "person-role-mismatch"]
    assert "person-role-mismatch" in {e[0] for e in errors(a, b.replace("mayor-elect", "mayor"))}


def test_a_quotation_given_to_someone_not_named_is_given_to_no_one_named():
    a = ("Omarjan Azari, 22, was charged on Thursday. Prosecutor Michael Allnutt told the court the alleged plan was "
         "\"clearly designed to shock, horrify and terrify the community.\"")
    b = ("Police raided homes across Sydney on Thursday. Omarjan Azari, 22, charged with conspiring to prepare a "
         "terrorist act, appeared in court in Sydney, where a prosecutor said the plan was \"clearly designed to "
         "shock, horrify and terrify the community\".")
    assert not [e for e in errors(a, b) if e[0] == "quote-attribution"]


def test_a_total_of_the_parts_the_other_version_lists_is_no_changed_part():
    a = ("The Fort McMurray wildfire is Canada's costliest insured disaster, the bureau said on Tuesday. Insurers have "
         "received about 27,000 personal property claims, 12,000 auto claims and 5,000 commercial claims.")
    b = ("The Fort McMurray wildfire is Canada's costliest insured disaster, the bureau said on Tuesday. Insurers have "
         "received roughly 44,000 claims for homes, vehicles and businesses.")
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]


def test_an_act_ruled_unlawful_is_one_that_could_not_be_done():
    a = ("The House of Lords ruled against Equitable Life on Thursday. Five law lords ruled unanimously that the "
         "society had acted unlawfully by cutting the final bonuses of policyholders in order to offset the cost of "
         "the guarantees.")
    b = ("The House of Lords ruled against Equitable Life on Thursday. The law lords found unanimously that Equitable "
         "could not cut final bonuses to offset the cost of the guarantees.")
    assert not [e for e in errors(a, b) if e[0] == "negation-flip"]


def test_a_town_on_a_coast_is_no_other_place_than_the_coast():
    a = ("Munich Re counted record losses on Wednesday. That was almost double the previous record of $220 billion set "
         "in 2005, the year Hurricane Katrina struck the U.S. Gulf Coast.")
    b = ("Munich Re counted record losses on Wednesday. The figure was nearly twice the previous high of $220bn in "
         "2005, when Hurricane Katrina hit New Orleans.")
    assert not [e for e in errors(a, b) if e[0] == "place-mismatch"]
    c = "Munich Re counted record losses on Wednesday. The team from Ireland won the final."
    assert [e[0] for e in errors(c, c.replace("Ireland", "Ivory Coast"))] == ["place-mismatch"]  # a country


def test_a_title_word_joined_by_and_to_another_word_is_a_field_of_a_bodys_name():
    names = [(n.text, n.kind) for n in analyze("a candidate for Erdogan's Justice and Development party (AKP).").names]
    assert not [n for n in names if n[1] == "person"]
    (minister,) = [n for n in analyze("Justice and Development Minister Jane Doe said.").names if n.kind == "person"]
    assert minister.text == "Jane Doe"


def test_two_nationalities_describing_two_nouns_tell_one_place_two_ways():
    a = ("The governing council of the University of Hong Kong on Tuesday rejected the appointment of a liberal law "
         "scholar to a senior management post, a decision critics called a blow to academic freedom in the "
         "Chinese-ruled city. The council voted by 12 votes to eight against appointing Johannes Chan.")
    b = ("The University of Hong Kong council rejected Johannes Chan by 12 votes to eight. Chan had been recommended "
         "by a search committee. Critics say the case shows that academic freedom in the former British colony is "
         "under threat.")
    assert not [e for e in errors(a, b) if e[0] == "place-mismatch"]


def test_a_name_in_a_quotation_spelt_with_its_umlaut_or_without_is_the_same_word():
    a = ("Deutsche Bahn chief Ruediger Grube resigned on Monday. \"I regret Ruediger Grube's decision, and I thank him "
         "for eight years of work,\" Dobrindt said.")
    b = ("Deutsche Bahn chief Rüdiger Grube resigned on Monday. Alexander Dobrindt, the transport minister, said: \"I "
         "regret Rüdiger Grube's decision.\"")
    assert not [e for e in errors(a, b) if e[0] == "quote-altered"]


def test_a_day_in_the_subject_dates_the_verb_after_an_aside():
    vf = facts_of("The council's vote on Monday, by 12 votes to six, rejected a search committee's recommendation.")
    assert [sorted(f.event) for f in vf.facts if f.kind == "date"] == [["reject"]]
    vf = facts_of("The council met on Monday, by all accounts, and rejected the plan.")
    assert [sorted(f.event) for f in vf.facts if f.kind == "date"] == [["meet"]]


@pytest.mark.parametrize("text, event", [
    ("The collision happened shortly before midnight on Monday, officials said.", ["collide"]),
    ("The explosion occurred at the plant on Monday.", ["explode"]),
    ("The meeting happened on Monday.", ["happen"]),
])
def test_a_light_verb_dates_what_its_subject_noun_says_happened(text, event):
    assert [sorted(f.event) for f in facts_of(text).facts if f.kind == "date"] == [event]


def test_a_nationality_describing_a_noun_owns_no_figure():
    vf = facts_of("A German high-speed ICE train travelling at about 200 kph derailed near Eschede on Wednesday.")
    assert [f.owner for f in vf.facts if f.text == "about 200 kph"] == [None]
    a = ("A German high-speed ICE train travelling at about 200 kph (125 mph) derailed and smashed into a road bridge "
         "near the village of Eschede on Tuesday, killing dozens of people. Rescuers worked through the night.")
    b = ("A German high-speed ICE train derailed and smashed into a road bridge near the village of Eschede "
         "yesterday, killing dozens of people. The Munich-to-Hamburg ICE train was travelling at about 250 kph when it "
         "derailed. Rescuers worked through the night.")
    assert ("number-mismatch", "at about 200 kph", "at about 250 kph") in errors(a, b)


def test_two_figures_each_beside_its_own_place_are_two_places_figures():
    a = ("HSBC Chief Executive John Flint stepped down on Tuesday, the bank said. HSBC shares were down 2.7 percent in "
         "London in afternoon trading.")
    b = ("HSBC Chief Executive John Flint stepped down on Tuesday, the bank said. HSBC shares fell 1.9 percent in Hong "
         "Kong, where the broader market also declined.")
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]
    assert [e[0] for e in errors(a, b.replace("in Hong Kong", "in London"))] == ["number-mismatch"]


def test_an_acronym_may_leave_out_the_trade_before_the_legal_form():
    a = ("Barclays named John McFarlane chairman on Wednesday. McFarlane, 68, is a former chief executive of Australia "
         "and New Zealand Banking Group and a former chairman of insurer Aviva.")
    b = ("Barclays named John McFarlane chairman on Wednesday. Analysts said Mr McFarlane, a former boss of ANZ, could "
         "now take an axe to the investment bank.")
    assert not [e for e in errors(a, b) if e[0] == "organisation-mismatch"]


def test_a_title_alone_in_common_says_who_not_what_the_figures_count():
    a = ("Barclays sacked chief executive Antony Jenkins on Wednesday. The bank said it expected to appoint a new "
         "chief executive within six to 12 months.")
    b = ("Barclays sacked chief executive Antony Jenkins on Wednesday. Jenkins was sacked as chief executive after "
         "less than three years in the job.")
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]


def test_a_body_of_the_thing_it_oversees_is_one_name():
    names = [n.text for n in analyze("The cap was imposed by the Office of the Comptroller of the Currency.").names]
    assert names == ["Office of the Comptroller of the Currency"]
    assert [n.text for n in analyze("The Department of the Treasury said.").names] == ["Department of the Treasury"]



def test_the_one_a_quotation_is_said_of_in_the_passive_is_no_speaker():
    vf = facts_of("Chile ruled on Friday that Alberto Fujimori should be extradited. Mr Fujimori, 69, who has been "
                  "under house arrest in the Chilean capital, was said by his lawyer to be \"calm\" and ready \"to go "
                  "to Peru to face the charges and prove his innocence\".")
    assert [q.speaker for q in vf.quotes] == [None, None]
    vf = facts_of("Mr Fujimori was said by Francisco Velozo to be \"calm\".")
    assert [q.speaker for q in vf.quotes] == ["velozo"]


def test_a_day_dates_the_verb_across_two_words_joined_by_and_that_describe_one_noun():
    vf = facts_of("Thiam will present the bank's fourth-quarter and full-year results on Thursday, his last duty.")
    assert [sorted(f.event) for f in vf.facts if f.kind == "date"] == [["present"]]


def test_a_market_said_to_fall_after_rising_moved_both_ways():
    a = ("Gazprom halted gas supplies to Poland on Wednesday. European gas prices jumped as much as 24 percent on the "
         "news before paring some gains.")
    b = ("Gazprom halted gas supplies to Poland on Wednesday. European gas prices eased after jumping as much as 24% "
         "on the news.")
    assert not [e for e in errors(a, b) if e[0] == "movement-reversed"]
    c = b.replace("eased after jumping", "eased, having dropped")
    assert "movement-reversed" in {e[0] for e in errors(a, c)}


def test_a_sentence_opening_on_another_of_its_kind_dates_another_event():
    a = ("Fire tore through the refinery on Thursday, officials said. A smaller fire broke out at the refinery on "
         "June 10, and no one was hurt.")
    b = ("Fire tore through the refinery on Thursday, officials said. The fire erupted at about 4 a.m. on June 21 in a "
         "unit that processes butane.")
    assert not [e for e in errors(a, b) if e[0] == "date-mismatch"]


def test_a_day_a_state_held_is_dated_by_the_state_not_by_a_verb_before_it():
    vf = facts_of("Nearly 200,000 people living below the dam remained under evacuation orders on Monday.")
    assert [sorted(f.event) for f in vf.facts if f.kind == "date"] == [["remain"]]



def test_one_named_bridge_said_to_stand_in_two_towns_is_an_error_whatever_else_names_them():
    a = parse_version(
        " date 2009-11-20 COCKERMOUTH, England (REUTERS) - A police officer was killed when a bridge collapsed into a "
        "flooded river in northwest England early on Friday, after record rainfall turned the streets of the Cumbrian "
        "market town of Cockermouth into torrents.\nPolice Constable Bill Barker, 44, was swept away when the "
        "Northside Bridge in Workington gave way beneath him at about 4:40 a.m. as he was directing motorists off "
        "it.\nIn Cockermouth, where the rivers Derwent and Cocker meet, water up to 2.5 metres (8 feet) deep surged "
        "through the main street on Thursday night.", "a.txt")
    b = parse_version(
        " date 2009-11-21 COCKERMOUTH • A policeman was swept to his death in the early hours of yesterday when a "
        "bridge collapsed into a swollen river in Cumbria.\nPC Bill Barker, 44, a father of four, had been waving "
        "drivers away from the Northside Bridge in Cockermouth when it gave way at about 4.40am. His body was later "
        "found on the beach at Allonby, eight miles away.", "b.txt")
    found = [(f.severity.label, f.a.value, f.b.value) for f in check_versions([a, b], embedder=None).findings
             if f.name == "place-mismatch"]
    assert ("error", "in Workington", "in Cockermouth") in found  # the town is named again, for the floods


# ---------------------------------------------------------------- read on r64 and r65 (twenty-first sitting)


def test_a_hyphened_title_before_a_name_is_one_title_not_a_name():
    a = ('"Today is a sad day for Myanmar and the press everywhere," Reuters Editor-in-Chief Stephen J. Adler said '
         'in a statement. The two reporters were jailed for seven years.')
    b = ("The two reporters were jailed for seven years. Stephen J. Adler, Reuters' editor-in-chief, said: \"Today is "
         'a sad day for Myanmar and the press everywhere."')
    assert not [e for e in errors(a, b) if e[0] in ("quote-attribution", "person-mismatch")]
    people = facts_of(a).people
    assert "adler" in people and "editor" not in people


def test_an_officer_and_the_body_he_speaks_for_are_one_speaker():
    a = ("Al Jazeera's acting director general, Mostefa Souag, said \"not one shred of evidence\" had been presented "
         "against the journalists. The court sentenced three journalists to seven years.")
    b = ("The court sentenced three journalists to seven years. Al Jazeera said that \"not one shred of evidence\" had "
         "been produced by the prosecution.")
    assert not [e for e in errors(a, b) if e[0] == "quote-attribution"]
    c = b.replace("Al Jazeera said", "Wadah Khanfar said")
    assert "quote-attribution" in {e[0] for e in errors(a, c)}


def test_a_sum_described_by_an_adjective_is_no_act_told_the_other_way():
    a = ("The European Commission ordered Apple on Tuesday to pay up to 13 billion euros plus interest in back taxes "
         "to Ireland. Apple said it would appeal.")
    b = ("Apple has been ordered to hand back up to 13 billion euros in unpaid taxes to Ireland after the European "
         "Commission ruled yesterday. Apple said it would appeal.")
    assert not [e for e in errors(a, b) if e[0] == "direction-flip"]


def test_a_day_planned_for_something_dates_that_thing():
    vf = facts_of("The budget is scheduled for March 18, and the government says the date will not change. "
                  "A spokesman said the budget would go ahead as planned on March 11.")
    assert [sorted(f.event) for f in vf.facts if f.kind == "date"] == [["budget"], ["budget"]]
    a = ("Sajid Javid resigned as finance minister on Thursday. A spokesman for Johnson said the budget would go ahead "
         "as planned on March 11.")
    b = ("Rishi Sunak replaced Sajid Javid as finance minister on Thursday. The budget is scheduled for March 18, and "
         "the government says the date will not change.")
    assert ("date-mismatch", "planned on March 11", "scheduled for March 18") in errors(a, b)


def test_opposite_adjectives_are_shown_with_the_noun_they_describe():
    a = ('"It will give a strong impetus to Make in India, attract private investment from across the world and create '
         'more jobs," Modi wrote. Shares rose.')
    b = ('"It will give a strong impetus to Make in India, attract public investment from across the world and create '
         'more jobs," he wrote. Shares rose.')
    assert ("direction-flip", "private investment", "public investment") in errors(a, b)


def test_a_year_agreeing_with_a_day_does_not_take_the_day_from_its_counterpart(embedder):
    a = ("Finance Minister George Papaconstantinou gave the revised figure to euro zone finance ministers on Monday at "
         "a meeting of the Eurogroup in Luxembourg. The outgoing conservative government of Costas Karamanlis had "
         "forecast a deficit of about 6 percent of GDP for 2009.")
    b = ("George Papaconstantinou, the finance minister, told his eurozone counterparts yesterday in Luxembourg that "
         "the shortfall would hit 12.5 per cent of GDP, against the 6 per cent forecast by the conservative government "
         "of Costas Karamanlis. The figure for 2008 was also raised.")
    sm = story_matches(a, b, "2009-10-20", "2009-10-21", embedder)
    assert [m.a.text for m in sm.facts if m.b.text == "yesterday"] == ["Monday"]  # not "2009", which agrees


def test_a_past_participle_describing_a_noun_gives_a_weekday_no_past():
    vf = facts_of("Officials will submit the revised numbers to Eurostat on Wednesday.")
    assert [f.item.value for f in vf.facts if f.kind == "date"] == ["2024-03-13"]


def test_a_day_of_saying_and_a_day_of_announcing_by_one_speaker_date_one_statement():
    a = ("Britain's Independent newspaper will stop printing next month, its owner said on Friday. "
         "The paper was launched in 1986.")
    b = ("The Independent is to close its print edition and move entirely online, its owners announced on Thursday. "
         "The paper was launched in 1986.")
    assert ("date-mismatch", "said on Friday", "announced on Thursday") in errors(a, b)
    c = ("EU Trade Commissioner Karel De Gucht said the duty would be 11.8 percent from June 6. It would rise in "
         "August.")
    d = ("EU Trade Commissioner Karel De Gucht announced on Monday provisional duties of 11.8 percent. It would rise "
         "in August.")
    assert not [e for e in errors(c, d) if e[0] == "date-mismatch"]  # "from June 6": the duty's day, not the saying's


def test_a_failure_to_act_is_a_failing_as_failed_to_act_is():
    a = ("The report said Crown's board had failed to protect staff in China. Crown said it accepted the findings.")
    b = ("Crown said it accepted the findings. Bergin was scathing about the board's failure to protect staff in "
         "China.")
    assert not [e for e in errors(a, b) if e[0] == "negation-flip"]


def test_wrong_to_say_so_is_saying_it_is_not_so():
    a = ('"It would be wrong to say this is the end of the road for Crown," Crawford told reporters. '
         'Crown shares fell.')
    b = ('Crown shares fell. Philip Crawford said it was not "the end of the road for Crown".')
    assert not [e for e in errors(a, b) if e[0] == "negation-flip"]


def test_one_long_word_quoted_in_one_statement_is_a_quotation_with_a_speaker():
    a = ('UNESCO removed Liverpool from its World Heritage list on Wednesday. Joanne Anderson said the decision was '
         '"incomprehensible" and that the city would look at an appeal. Steve Rotheram said the city should not face '
         'a choice.')
    b = ('UNESCO removed Liverpool from its World Heritage list on Wednesday. Steve Rotheram called the decision '
         '"incomprehensible" and said local leaders would study an appeal. Joanne Anderson said the waterfront had '
         'never looked better.')
    assert "quote-attribution" in {e[0] for e in errors(a, b)}


def test_two_centuries_of_two_things_are_no_figure_mistyped():
    a = ("Fire broke out in Nantes cathedral on Saturday. Stained-glass windows, some dating from the 16th century, "
         "were blown out by the heat.")
    b = ("Fire broke out in Nantes cathedral on Saturday. The 15th-century Gothic cathedral's last great fire, in "
         "1972, badly damaged its roof.")
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]


def test_a_sale_told_in_two_passives_is_one_sale():
    a = ("The winning tickets were sold at a 7-Eleven store in Chino Hills, California. The jackpot was $1.586 "
         "billion.")
    b = ("Lottery officials confirmed yesterday that winning tickets had been bought at a 7-Eleven in Chino Hills. "
         "The jackpot was $1.586 billion.")
    assert not [x for x in flagged(a, b) if x[0] in ("direction-flip", "term-changed")]


def test_a_day_of_saying_after_the_other_version_came_out_is_a_later_statement():
    a = ("At least three tickets matched all six numbers in the record $1.586 billion Powerball drawing, lottery "
         "officials said on Thursday, splitting the largest jackpot in history. The winning tickets were sold in "
         "California, Tennessee and Florida.")
    b = ("A Tennessee couple said on Friday they held one of the three tickets that shared the record $1.586 billion "
         "Powerball jackpot, becoming the first winners to come forward. John and Lisa Robinson bought the ticket in "
         "Tennessee.")
    assert not [e for e in dated(a, b, "2016-01-14", "2016-01-15") if e[0] == "date-mismatch"]
    c = ("HSBC Chief Executive John Flint has stepped down after just 18 months in the job, the bank said on Monday. "
         "Pretax profit rose 15.8 percent.")
    d = ("Investors questioned HSBC's direction after the bank said on Tuesday that Chief Executive John Flint would "
         "step down. Pretax profit rose 15.8 percent.")
    assert ("date-mismatch", "said on Monday", "said on Tuesday") in dated(c, d, "2019-08-05", "2019-08-06")
    # the one statement, by the one speaker, misdated


def test_each_versions_only_vote_with_the_same_total_split_another_way_is_one_vote_mistold():
    a = ("The Supreme Court struck down the law on Tuesday. The justices voted 6-3 to strike down the Professional and "
         "Amateur Sports Protection Act.")
    b = ("The Supreme Court swept away the ban yesterday. In a ruling that Justice Samuel Alito wrote, which was 7-2, "
         "the justices found the act unconstitutional.")
    assert ("number-mismatch", "6-3", "7-2") in errors(a, b)


def test_each_versions_only_number_of_one_named_court_is_one_court():
    a = ("The Supreme Court struck down the law on Tuesday. Lower courts, including the 3rd U.S. Circuit Court of "
         "Appeals in Philadelphia, had sided with the leagues.")
    b = ("The Supreme Court swept away the ban yesterday. New Jersey had lost earlier rounds in the case at the 9th "
         "U.S. Circuit Court of Appeals before taking it to the Supreme Court.")
    assert ("number-mismatch", "3rd", "9th") in errors(a, b)


def test_an_antonym_that_is_also_a_contrast_set_change_is_reported_once():
    a = ('The court sentenced Beltracchi to six years. His lawyer said the sentence was "at the upper end of what we '
         'had expected," but that his client would not appeal.')
    b = ('The court sentenced Beltracchi to six years. His lawyer said the sentence was "at the lower end of what we '
         'had expected" and that Beltracchi would not appeal.')
    found = [e for e in errors(a, b) if "upper" in e[1]]
    assert len(found) == 1


def test_a_name_given_an_age_in_an_apposition_is_a_person():
    names = analyze("Chae Jong-gi, a 59-year-old who was convicted in 2006 of setting fire to a palace, told "
                    "investigators he had climbed onto the gate.").names
    assert [(n.keys, n.kind) for n in names][:1] == [(("chae", "jong", "gi"), "person")]


# ---------------------------------------------------------------- read on r66 (twenty-first sitting)


def test_a_length_joined_to_its_noun_measures_the_thing_not_the_person():
    a = ("Revol and Tomasz Mackiewicz, 43, reached the 8,126-metre summit on Thursday, but Mackiewicz fell ill on the "
         "way down. Revol helped him down to about 7,200 metres, where she left him in a crevasse.")
    b = ("Revol was brought down the mountain on Sunday. She had been forced to leave her partner, Tomasz Mackiewicz, "
         "in a crevasse at 7,500 metres after he fell ill on the descent from Thursday's summit.")
    assert not [e for e in errors(a, b) if "8,126" in e[1]]  # the summit's height is not where he was left
    assert [f.owner for f in facts_of(a).facts if f.text == "8,126-metre"] == [None]


def test_a_korean_given_name_of_two_syllables_is_part_of_the_persons_name():
    names = analyze("The previous record was set by South Korean climber Kim Chang-ho in 2013.").names
    assert [(n.keys, n.kind) for n in names if n.kind == "person"] == [(("kim", "chang", "ho"), "person")]


def test_the_nationalities_of_two_swapped_people_are_part_of_the_swap():
    a = ("Purja climbed the last of the 14 peaks on Tuesday. The previous record of seven years, 10 months and six "
         "days was set by South Korean climber Kim Chang-ho in 2013.")
    b = ("Purja climbed the last of the 14 peaks yesterday. The previous record, of seven years, 10 months and six "
         "days, was held by the Polish climber Jerzy Kukuczka.")
    found = [e[0] for e in errors(a, b)]
    assert "person-mismatch" in found and "place-mismatch" not in found


def test_a_town_stands_against_a_town_before_a_nationality_describing_it():
    a = ("Bong Joon-ho won the Palme d'Or on Tuesday. The Grand Prix went to Atlantics, a ghost story set in the "
         "Senegalese capital Dakar, by director Mati Diop.")
    b = ("Bong Joon-ho won the Palme d'Or yesterday. The jury gave the Grand Prix to Atlantics, Mati Diop's "
         "supernatural love story set in Abidjan.")
    assert ("place-mismatch", "Dakar", "in Abidjan") in errors(a, b)


def test_a_name_in_a_quoted_title_is_no_person_of_the_story():
    a = ('Writers went on strike on Monday. NBC\'s "The Tonight Show with Jay Leno" and CBS\'s "Late Show with David '
         'Letterman" will air reruns, the networks said.')
    b = ('Writers went on strike yesterday. NBC\'s "Tonight Show" and CBS\'s "Late Show" aired repeats, as did Comedy '
         'Central\'s "The Daily Show with Jon Stewart" and "The Colbert Report."')
    assert not [e for e in errors(a, b) if e[0] == "person-mismatch"]
    assert "jay leno" not in {f.owner for f in facts_of(a).facts if f.kind == "name"}
    c = 'The episode is from a podcast called "Vocabulary Builder" where the host, Danny, defines words. He is funny.'
    d = 'The episode is from a podcast called "English Pronunciation" where the host, Danny, defines words. He is funny.'
    assert "person-mismatch" in {e[0] for e in errors(c, d)}  # a whole title changed is a name changed
    e = 'The writer dreams of the name "Jo. Toby 3632" in big letters. The writer looks it up in the Bible.'
    assert "person-mismatch" in {x[0] for x in errors(e, e.replace("Toby", "Tom"))}  # a name quoted, no title


def test_a_sum_each_year_and_a_sum_over_several_years_are_two_measures():
    a = ("Channel 4 bought Bake Off on Monday. The deal with Channel 4 is worth a reported 25 million pounds "
         "($33 million) a year, far more than the BBC would pay.")
    b = ("Channel 4 bought Bake Off on Monday. Love Productions signed a three-year deal with Channel 4 reported to be "
         "worth 75 million pounds ($99 million).")
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]
    c = b.replace("reported to be worth 75 million pounds ($99 million)", "worth 20 million pounds a year")
    assert ("number-mismatch", "25 million pounds", "20 million pounds") in errors(a, c)


def test_a_holiday_named_is_a_day():
    vf = facts_of("Colin O'Brady reached the Ross Ice Shelf on Christmas Day. Crowds gathered on New Year's Eve.")
    assert [f.item.value for f in vf.facts if f.kind == "date"] == ["2023-12-25", "2023-12-31"]


def test_each_articles_count_of_one_specific_noun_beside_an_agreeing_count_is_one_statement():
    a = ("Amazon agreed on Wednesday to buy MGM, the studio behind James Bond, for $8.45 billion. MGM, founded in 1924 "
         "and known for its roaring lion logo, owns about 4,000 films and 17,000 television episodes. The deal is "
         "Amazon's second-largest after Whole Foods. Shares of Amazon rose 0.5 percent in early trading.")
    b = ("Regulators will look closely at the purchase, lawyers said on Thursday. The library of some 4,000 films and "
         "7,000 television episodes gives Prime Video a huge stock of content. Lina Khan has criticised Amazon in the "
         "past. The Federal Trade Commission declined to comment on the review.")
    assert ("number-mismatch", "17,000 television episodes", "7,000 television episodes") in errors(a, b)


def test_a_figure_followed_by_the_one_it_beat_is_not_the_beatens():
    vf = facts_of("China warned on Sunday that Taiwan President Tsai Ing-wen's landslide re-election would not change "
                  "the fact that the island is part of China. Tsai won 57.1 percent of the vote and a record 8.17 "
                  "million votes, defeating Han Kuo-yu of the Kuomintang, who took 38.6 percent.")
    tsai = next(k for k, p in vf.people.items() if "Tsai" in p.full.text)  # "Tsai" is hers, whatever her key
    assert [f.owner for f in vf.facts if f.text == "8.17 million"] == [tsai]  # the winner's, not Han's


# ---------------------------------------------------------------- read on r68 (twenty-first sitting)


def test_a_name_in_a_quoted_title_holds_no_role():
    a = ("Grand Theft Auto V took in $800 million on its first day, Take-Two said on Wednesday. The previous "
         'instalment, "Grand Theft Auto IV," sold 3.6 million copies on its first day in April 2008.')
    b = ("Grand Theft Auto V took in $800 million on its first day, Take-Two said. An online multiplayer mode, "
         '"Grand Theft Auto Online," is due to launch on Oct. 1.')
    assert not [e for e in errors(a, b) if e[0] in ("person-role-mismatch", "person-mismatch")]


def test_two_trading_sessions_are_two_prices_not_a_changed_word():
    a = "Take-Two launched the game on Tuesday. Take-Two shares rose 1.2 percent to $18.51 in afternoon trading."
    b = "Take-Two launched the game on Tuesday. Take-Two shares rose 1.5 percent in morning trading Friday."
    assert not [x for x in flagged(a, b) if x[0] == "term-changed"]


def test_an_office_of_a_named_body_and_the_same_office_unplaced_may_be_two_offices():
    a = ("Sony shut the network on April 20. Senator Richard Blumenthal wrote to Jack Tretton, president and chief "
         "executive of Sony Computer Entertainment America, demanding answers.")
    b = ("Sony shut the network on April 20. Kazuo Hirai is widely seen as a possible successor to Chief Executive "
         "Howard Stringer.")
    assert not [e for e in errors(a, b) if e[0] == "person-role-mismatch"]


def test_portuguese_particles_join_a_place_and_a_name():
    names = analyze('"We are living the saddest day," Rio Grande do Sul Governor Tarso Genro said on Sunday.').names
    assert [(n.keys, n.role) for n in names] == [(("tarso", "genro"), ("rio", "grande", "sul", "governor"))]
    assert [n.keys for n in analyze("Joao dos Santos was elected.").names] == [("joao", "dos", "santos")]


def test_last_and_next_before_a_month_say_which_year():
    vf = facts_of("Black Ops II took in more than $500 million in its first 24 hours last November. A sequel is "
                  "due next February.")
    assert [f.item.value for f in vf.facts if f.kind == "date"] == ["2023-11", "2025-02"]


def test_figures_counting_one_thing_named_two_ways_are_one_count(embedder):
    a = ("A gas explosion tore through an apartment block in Magnitogorsk on Monday. The blast destroyed 48 apartments "
         "in the Soviet-era building on Karl Marx Avenue, the Emergencies Ministry said.")
    b = ("A gas explosion tore through a block of flats in Magnitogorsk yesterday. The blast ripped through the "
         "Soviet-era building on Karl Marx Avenue, destroying 38 flats as a whole section collapsed.")
    assert ("number-mismatch", "48 apartments", "38 flats") in dated(a, b, "2018-12-31", "2019-01-01", embedder)


def test_a_when_clause_after_a_date_says_what_happened_that_day():
    (fact,) = [f for f in facts_of("The network has been offline since April 21, when Sony discovered the intrusion.")
               .facts if f.kind == "date"]
    assert {"discov", "intrus"} <= fact.near
    a = ("Sony took the PlayStation Network offline last month. The company shut down the network last Wednesday, "
         "April 20, after discovering the intrusion.")
    b = ("Sony took the PlayStation Network offline last month. The network has been offline since April 21, when Sony "
         "discovered the intrusion.")
    assert ("date-mismatch", "last Wednesday, April 20", "since April 21") in dated(a, b, "2011-04-27", "2011-04-28")


# ---------------------------------------------------------------- read on r67 (twenty-first sitting)


def test_a_bodys_name_in_the_possessive_keeps_its_place_word():
    names = analyze("The Delhi Police's crime branch registered a case.").names
    assert [(n.keys, n.kind) for n in names] == [(("india", "police"), "org")]


def test_a_shadow_minister_holds_another_office_than_the_minister():
    a = ("Ofsted put the school in special measures on Thursday. Education Secretary Michael Gove has championed the "
         "schools as a way of raising standards.")
    b = ("Ofsted put the school in special measures yesterday. Tristram Hunt, the shadow education secretary, called "
         "the report a damning verdict on Mr Gove's policy.")
    assert not [e for e in errors(a, b) if e[0] == "person-role-mismatch"]


def test_a_quotation_given_to_an_unnamed_actor_has_no_named_speaker():
    vf = facts_of('Geoffrey Rush has won his defamation action, with a judge branding its coverage "a recklessly '
                  'irresponsible piece of sensationalist journalism".')
    assert [q.speaker for q in vf.quotes] == [None]


def test_ages_from_and_to_are_ages():
    vf = facts_of("The school teaches 200 or so pupils, who are aged from four to 16.")
    assert [f.item.unit for f in vf.facts if f.text == "four"] == ["age"]


def test_one_figure_written_with_its_digits_in_another_order_is_compared_whether_a_part_or_not():
    a = ("Schools chancellor Michelle Rhee fired 241 teachers on Tuesday. A further 737 teachers who were rated "
         "\"minimally effective\" have been told they have one year to improve.")
    b = ("Michelle Rhee sacked 241 teachers yesterday. Ms Rhee also put 773 teachers on notice, telling those rated "
         "\"minimally effective\" that they would be out within a year.")
    assert ("number-mismatch", "737 teachers", "773 teachers") in errors(a, b)


def test_welcoming_and_criticising_one_thing_are_opposite_stances_past_an_aside():
    a = ("Kenya released the exam results on Tuesday. Wilson Sossion, secretary general of the Kenya National Union of "
         "Teachers, criticised the speed of the marking.")
    b = ("Kenya released the exam results yesterday. Wilson Sossion, who leads the Kenya National Union of Teachers, "
         "welcomed the speed of the marking, although he wanted an audit.")
    assert ("stance-reversed", "criticised the speed", "welcomed the speed") in errors(a, b)


def test_a_place_describing_the_noun_after_it_owns_no_figure():
    a = ("Rebel Wilson was awarded A$4.57 million in damages on Wednesday. Justice John Dixon awarded Wilson A$650,000 "
         "in general damages and A$3.92 million for lost earnings.")
    b = ("Bauer Media said on Thursday it was weighing an appeal. A Melbourne judge on Wednesday awarded the actress "
         "A$560,000 in general damages and A$3.92 million in lost earnings.")
    assert [f.owner for f in facts_of(b).facts if f.text == "A$560,000"] == [None]
    assert ("number-mismatch", "A$650,000", "A$560,000") in dated(a, b, "2017-09-13", "2017-09-14")


def test_a_month_without_its_year_is_the_same_month_with_it(embedder):
    a = ("Chairman Ken Henry said on Thursday he would step down. Henry will stay on until a new chairman is found. "
         "Hayne criticised Henry's defensive manner when the chairman gave evidence at the commission's hearings in "
         "Melbourne in November.")
    b = ("The bank's chairman fell on his sword yesterday. Ken Henry will leave once a replacement chairman has been "
         "found. Dr Henry's combative performance in the witness box in Sydney last November was singled out in the "
         "report as defensive.")
    assert ("place-mismatch", "in Melbourne", "in Sydney") in dated(a, b, "2019-02-07", "2019-02-08", embedder)


def test_an_estimate_is_a_slip_of_the_only_figure_in_its_unit_when_its_digits_are_reordered():
    a = ("The car carrier was run aground on a sandbank on Saturday. Photographs taken at first light showed the "
         "vessel lying on its side at an angle of about 52 degrees.")
    b = ("Salvage experts were preparing to board the stricken car transporter. By daylight the ship was lying "
         "almost on her side, listing at 25 degrees, her red hull clearly visible from the shore.")
    assert ("number-mismatch", "about 52 degrees", "at 25 degrees") in errors(a, b)


def test_of_a_versions_mentions_of_its_one_day_the_one_telling_the_other_sentences_act_is_compared():
    a = ("A car carrier loaded with some 1,400 vehicles was deliberately run aground on a sandbank in the Solent on "
         "Saturday evening after it began to list heavily shortly after leaving the port of Southampton. All 24 crew "
         "and the pilot on board the Hoegh Osaka were rescued.")
    b = ("Salvage experts were last night preparing to board a stricken car transporter carrying 1,400 new vehicles "
         "after it was deliberately beached on a sandbank in the Solent. The Hoegh Osaka began listing within an "
         "hour of leaving Southampton for Bremerhaven on Sunday night. All 24 crew and the pilot on board the Hoegh "
         "Osaka were rescued.")
    assert not [e for e in dated(a, b, "2015-01-04", "2015-01-05") if e[1] == "on Saturday evening"
                and e[2] == "last night"]


def test_the_destination_of_one_journey_from_one_port_is_one_place():
    a = ("The MSC Zoe lost 270 containers in a storm on Tuesday night. The ship was sailing from Sines in Portugal to "
         "Bremerhaven in Germany, where it arrived later on Wednesday.")
    b = ("The MSC Zoe, almost 400 metres long, was caught by gale-force winds off the Wadden Islands on Tuesday night "
         "while heading from Sines in Portugal to Hamburg. It lost 270 containers.")
    assert ("place-mismatch", "to Bremerhaven", "to Hamburg") in errors(a, b)


def test_two_destinations_of_journeys_from_one_port_by_two_people_are_two_places():
    a = "Jones flew from London to Paris on Tuesday for the talks, a spokesman said."
    b = "Smith flew from London to Rome yesterday for a meeting of ministers."
    assert not [e for e in errors(a, b) if e[0] == "place-mismatch"]


def test_a_possessive_place_is_whose_the_thing_is_not_where_a_move_ended(embedder):
    a = ("The amount of fuel oil that spilled into San Francisco Bay when a container ship struck the Bay Bridge was "
         "far larger than first reported, the Coast Guard has acknowledged, and on Thursday thick black sludge coated "
         "beaches and killed seabirds. The 902-foot Cosco Busan sideswiped a tower of the bridge in heavy fog on "
         "Wednesday morning, tearing a gash about 100 feet long in its hull.")
    b = ("Volunteers in gloves and paper suits scooped tarry oil from San Francisco's beaches yesterday as officials "
         "came under fire for taking most of a day to disclose how much fuel a freighter had spilled when it struck "
         "the Bay Bridge. The Coast Guard first put the leak from the Cosco Busan at 140 gallons. Late Wednesday it "
         "raised the figure to 58,000 gallons of heavy bunker fuel.")
    assert not [e for e in dated(a, b, "2007-11-08", "2007-11-09", embedder) if e[0] == "direction-flip"]


def test_bound_for_a_port_is_a_move_to_it():
    near = next(f.near for f in facts_of("The Dali hit the bridge while leaving Baltimore bound for Colombo, Sri "
                                         "Lanka.").facts if f.text == "Colombo")
    assert "prep:to" in near


def test_a_body_the_other_version_names_in_short_has_no_counterpart_alike_but_for_one_word():
    a = ("Labour's Sadiq Khan was elected mayor of London on Saturday. Green Party candidate Sian Berry came third, "
         "with Liberal Democrat Caroline Pidgeon fourth.")
    b = ("Sadiq Khan was sworn in as mayor of London yesterday. Khan signed the declaration of office at a ceremony "
         "attended by faith leaders and Labour Party officials.")
    assert not [e for e in errors(a, b) if e[0] == "organisation-mismatch"]


def test_each_versions_only_cathedral_is_one_venue():
    a = ("Sadiq Khan was elected mayor of London on Saturday. He is due to be sworn in at Southwark Cathedral on "
         "Saturday afternoon.")
    b = ("Sadiq Khan was sworn in as mayor of London yesterday. Khan signed the declaration of office at a ceremony "
         "at St Paul's Cathedral attended by faith leaders.")
    assert [n.text for n in facts_of("He spoke at St Paul's Cathedral on Sunday.").facts
            if n.kind == "name"] == ["St Paul's Cathedral"]
    assert ("organisation-mismatch", "Southwark Cathedral", "St Paul's Cathedral") in errors(a, b)


def test_a_country_holding_both_cities_restates_neither():
    a = ("Russian President Dmitry Medvedev fired Moscow Mayor Yuri Luzhkov on Tuesday. \"I have lost confidence in "
         "Luzhkov as mayor of Moscow,\" Medvedev told reporters in Shanghai, where he was on a visit to China.")
    b = ("Dmitry Medvedev sacked Yuri Luzhkov, the mayor of Moscow, yesterday. Mr Medvedev, speaking during a visit to "
         "Beijing, said he had lost confidence in Mr Luzhkov as mayor.")
    assert ("place-mismatch", "Shanghai", "Beijing") in [(e[0], e[1].removeprefix("in "), e[2].removeprefix("to "))
                                                          for e in errors(a, b)]


def test_a_news_day_and_a_day_weeks_before_date_two_events_though_their_verbs_share_a_sense():
    a = ("Federal authorities on Tuesday arrested the former mayor of the southern city of Iguala and his wife, who "
         "are suspected of ordering the attack on college students that left 43 students missing. Jose Luis Abarca "
         "and his wife were found in a house in Mexico City.")
    b = ("Prosecutors believe Mr Abarca told local police to stop the students on 26 September because he feared "
         "they would interrupt a speech. Jose Luis Abarca and his wife were found in a house in Mexico City.")
    assert not [e for e in dated(a, b, "2014-11-04", "2014-11-05") if e[0] == "date-mismatch"]


def test_a_participle_after_the_verb_it_complements_leaves_the_date_to_that_verb():
    vf = facts_of("The couple were caught hiding in a rented house in the capital in the early hours of Monday.")
    assert [f.event for f in vf.facts if f.text == "Monday"] == [frozenset({"catch"})]


def test_an_office_the_other_version_gives_the_other_person_in_its_own_words_has_two_holders():
    a = ("Chiara Appendino unseated the Democratic Party mayor Piero Fassino in Turin. Rome has been run by a "
         "commissioner since Ignazio Marino, of the Democratic Party, resigned as mayor in October.")
    b = ("The capital has been run by a commissioner since Ignazio Marino, the Democratic Party mayor, quit last "
         "October over his expenses. In Turin, Chiara Appendino ousted the incumbent.")
    assert not [e for e in errors(a, b) if e[0] == "person-role-mismatch"]


def test_a_solid_and_a_hyphenated_spelling_are_one_word():
    from checker.normalize import tokenize

    assert [t.key for t in tokenize("the run-off and the stand-off")] == [
        t.key for t in tokenize("the runoff and the standoff")]
    assert "sign" in [t.key for t in tokenize("he will re-sign")]  # to sign again is no resigning


def test_a_days_possessive_dates_the_noun_after_it():
    a = ("Virginia Raggi of the Five Star Movement won Sunday's runoff to become Rome's first woman mayor. Raggi took "
         "67.2 percent of the vote, according to final results published on Monday. The result is a blow to Prime "
         "Minister Matteo Renzi.")
    b = ("Virginia Raggi will become the first woman to run the Eternal City after she won yesterday's run-off with "
         "67.2 per cent of the vote. The result is a blow to Prime Minister Matteo Renzi.")
    assert [f.event for f in facts_of(a).facts if f.text == "Sunday"] == [frozenset({"runoff"})]
    assert any(e[0] == "date-mismatch" and "Sunday" in e[1] and "yesterday" in e[2]
               for e in dated(a, b, "2016-06-20", "2016-06-21"))


def test_a_bound_in_one_unit_holds_a_figure_in_another():
    a = ("Manuela Carmena was elected mayor on Saturday, ending 24 years of conservative People's Party rule in the "
         "capital.")
    b = ("A 71-year-old retired judge was elected mayor of Madrid on Saturday, ending more than two decades of "
         "conservative rule in the Spanish capital.")
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]


def test_a_persons_body_owns_its_figures_for_that_person_too():
    a = ("Manuela Carmena was elected mayor of Madrid on Saturday. Carmena's Ahora Madrid platform won 20 seats, one "
         "fewer than the PP, whose candidate Esperanza Aguirre had offered to back a Socialist as mayor.")
    b = ("Manuela Carmena was elected mayor yesterday. Esperanza Aguirre, the PP's candidate, whose list won 21 seats "
         "to Ms Carmena's 20, had offered to make a Socialist mayor.")
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]


def test_each_versions_only_date_in_a_month_one_year_apart_is_one_date_mistyped():
    a = ("Inspector General Alejandro Ordonez said Petro had put public health at risk when his administration took "
         "over trash collection from private contractors in December 2012. Petro called the decision a coup.")
    b = ("Mr. Ordonez found that the mayor had endangered public health when the city took the service away from "
         "private companies in December 2011, leaving rubbish uncollected on the streets for days. Petro called the "
         "decision a coup.")
    assert any(e[0] == "date-mismatch" and "December 2012" in e[1] and "December 2011" in e[2]
               for e in dated(a, b, "2013-12-09", "2013-12-10"))


def test_each_versions_one_predicate_of_one_object_is_one_statement(embedder):
    a = ("Toronto Mayor Rob Ford admitted on Tuesday that he had smoked crack cocaine. He said he would remain in "
         "office and would seek re-election in October 2014.")
    b = ("Rob Ford admitted yesterday that he had smoked crack. He also said he would not seek re-election next "
         "October, when his term ends.")
    assert any(e[0] == "negation-flip" for e in dated(a, b, "2013-11-05", "2013-11-06", embedder))


def test_ruling_something_out_says_it_was_not_so():
    a = ("The Livingston instrument registered it 7 milliseconds before the one at Hanford, which helped confirm it "
         "was not a local disturbance.")
    b = ("The detector at Livingston recorded the signal seven thousandths of a second before its twin at Hanford, "
         "ruling out a local disturbance.")
    assert not [e for e in errors(a, b) if e[0] == "negation-flip"]


def test_one_word_replaced_wherever_it_stands_in_a_quotation_is_one_change():
    a = ("The ship capsized on Sunday. \"This is still a rescue mission, and it will remain a rescue mission until we "
         "get all four out,\" Coast Guard Capt. John Reed said.")
    b = ("The ship capsized on Sunday. \"This is still a recovery mission, and it will remain a recovery mission until "
         "we get all four out,\" Capt. John Reed told reporters.")
    assert any(e[0] == "quote-altered" and "rescue" in e[1] and "recovery" in e[2] for e in errors(a, b))


def test_what_was_feared_is_what_the_act_was_for_preventing():
    a = ("Abarca was arrested on Tuesday. Prosecutors allege that Abarca ordered police to stop the students because "
         "he feared they would disrupt a speech his wife was giving that evening.")
    b = ("Abarca was arrested on Tuesday. Officials say Abarca ordered the police to intercept the students so they "
         "would not disrupt an event at which his wife was speaking.")
    assert not [e for e in errors(a, b) if e[0] == "negation-flip"]


def test_the_day_results_were_published_is_no_day_of_the_figure():
    a = ("Raggi won Sunday's runoff. Raggi, a 37-year-old lawyer, took 67.2 percent of the vote against 32.8 percent "
         "for Roberto Giachetti, according to final results published on Monday.")
    b = ("Raggi won Sunday's runoff. In Rome, Virginia Raggi defeated Roberto Giachetti in Sunday's runoff, winning "
         "76.2 percent of the vote, a margin few analysts had predicted.")
    assert any(e[0] == "number-mismatch" and "67.2" in e[1] and "76.2" in e[2] for e in errors(a, b))


def test_a_day_originally_planned_is_not_the_day_it_happened():
    a = ("Jacinda Ardern's Labour Party won a landslide on Saturday. The election was originally scheduled for "
         "Sept. 19 but was postponed by four weeks after a fresh COVID-19 outbreak in Auckland.")
    b = ("Ardern's Labour Party won a landslide on Saturday. Labour won 49.1% of the vote and 64 of 120 seats in "
         "Saturday's election, according to preliminary results.")
    assert not [e for e in dated(a, b, "2020-10-17", "2020-10-18") if e[0] == "date-mismatch"]


def test_the_subject_of_two_coordinated_verbs_speaks_not_the_first_verbs_object():
    a = ("Alan Johnston was freed on Wednesday. Palestinian President Mahmoud Abbas had called for his release. "
         "Foreign Secretary David Miliband thanked Abbas and other Palestinian leaders and said the release was "
         "\"a day of great relief.\"")
    b = ("Alan Johnston was freed yesterday. David Miliband, the Foreign Secretary, thanked President Mahmoud Abbas "
         "for his help and spoke of \"a day of great relief\".")
    assert not [e for e in errors(a, b) if e[0] == "quote-attribution"]


def test_where_someone_spoke_from_is_no_move_from_it(embedder):
    a = ("BBC reporter Alan Johnston was freed on Wednesday after 114 days. Johnston was later driven to the British "
         "consulate in Jerusalem, where he was expected to spend the night.")
    b = ("BBC reporter Alan Johnston was freed on Wednesday after 114 days. Johnston spoke to the BBC from the British "
         "consulate in Jerusalem, where he spent the night.")
    assert not [e for e in dated(a, b, "2007-07-04", "2007-07-05", embedder) if e[0] == "direction-flip"]


def test_a_fields_acronym_before_a_trade_is_no_body():
    assert [f.text for f in facts_of("Peter Moore, the British IT consultant kidnapped in Baghdad, was freed.").facts
            if f.kind == "name"] == ["Peter Moore", "British", "Baghdad"]


def test_a_place_with_a_lower_case_particle_is_one_name():
    assert [(f.text, f.item.kind) for f in facts_of("The Maersk Alabama docked in Dar es Salaam on Saturday.").facts
            if f.kind == "name" and "Salaam" in f.text] == [("Dar es Salaam", "place")]


def test_a_quotation_given_to_another_speaker_is_not_also_a_swap_of_the_man_asked():
    a = ("India approved Covaxin on Sunday. Opposition lawmaker Shashi Tharoor criticised the decision. \"Covaxin has "
         "not yet had Phase 3 trials. Approval was premature and could be dangerous,\" Tharoor said on Twitter, asking "
         "Health Minister Harsh Vardhan to clarify.")
    b = ("India approved Covaxin yesterday. Opposition lawmaker Jairam Ramesh criticised the decision. \"Covaxin has "
         "not yet had Phase 3 trials. Approval was premature and could be dangerous,\" Mr Ramesh said.")
    assert not [e for e in errors(a, b) if "Vardhan" in e[1]]


def test_each_versions_one_count_of_the_dead_is_one_count():
    a = ("U.S. Navy SEALs parachuted into Somalia overnight and freed an American aid worker and a Danish colleague, "
         "killing nine of their captors. Jessica Buchanan, 32, and Poul Hagen Thisted, 60, were unharmed.")
    b = ("Jessica Buchanan, 32, and Poul Hagen Thisted, 60, were freed on Wednesday. The Navy SEAL team killed seven "
         "gunmen during the overnight raid near the town of Adado, and took no casualties.")
    assert any(e[0] == "number-mismatch" and "nine" in e[1] and "seven" in e[2]
               for e in dated(a, b, "2012-01-25", "2012-01-26"))


def test_a_quotation_cut_short_with_its_last_word_replaced_is_altered():
    a = ("Britain approved molnupiravir on Thursday. \"This will be a gamechanger for the most vulnerable and the "
         "immunosuppressed, who will soon be able to receive the ground-breaking treatment,\" Sajid Javid said.")
    b = ("Britain approved molnupiravir yesterday. Sajid Javid said the drug would be \"a gamechanger for the most "
         "vulnerable and the unvaccinated\".")
    assert any(e[0] == "quote-altered" and e[1].endswith("immunosuppressed") and e[2].endswith("unvaccinated")
               for e in errors(a, b))


def test_the_commission_rules_for_the_european_union():
    a = ("Britain's competition watchdog blocked the deal on Wednesday. The European Union is due to rule on the "
         "deal by May 22, and the U.S. Federal Trade Commission has sued to block it.")
    b = ("Britain's competition watchdog blocked the deal yesterday. The European Commission is due to decide by May "
         "22, and in America the Federal Trade Commission is already suing to stop the deal.")
    assert not [e for e in errors(a, b) if e[0] == "organisation-mismatch"]


def test_a_people_two_countries_share_names_either():
    assert not flagged("Lava flowed towards the eastern Democratic Republic of Congo city of Goma on Saturday.",
                       "Lava flowed towards the Congolese city of Goma on Saturday.")


def test_a_figure_the_other_sentence_gives_as_the_earlier_one_is_no_change():
    a = ("The Taal volcano erupted on Sunday. Disaster officials said more than 6,000 people had been moved to "
         "evacuation centres by Sunday night.")
    b = ("The Taal volcano erupted on Sunday. Officials said more than 20,000 people were now in evacuation centres, "
         "up from about 6,000 on Sunday night.")
    assert not [e for e in dated(a, b, "2020-01-13", "2020-01-14") if e[0] == "number-mismatch"]


def test_a_day_of_one_act_and_a_day_of_another_are_no_mistyped_date(embedder):
    a = ("A volcano off New Zealand's coast erupted on Monday while dozens of tourists were exploring its crater, "
         "killing at least five people. White Island, also known by its Maori name Whakaari, erupted at 2:11 p.m. "
         "Deputy Police Commissioner John Tims said rescuers could not yet return to the island. Prime Minister "
         "Jacinda Ardern, who flew to Whakatane on Monday evening, said many of the visitors were from overseas.")
    b = ("New Zealand police said on Tuesday it was still too dangerous to send rescuers to White Island, a day "
         "after a volcanic eruption there killed at least five people. The island, known by its Maori name Whakaari, "
         "erupted at 2:11 p.m. on Monday. Deputy Police Commissioner John Tims said flights had shown no sign of "
         "life. Prime Minister Jacinda Ardern met first responders in Whakatane on Tuesday and praised pilots who "
         "had flown to the island to pull survivors out.")
    assert not [e for e in dated(a, b, "2019-12-09", "2019-12-10", embedder) if e[0] == "date-mismatch"]


def test_a_day_one_version_gives_an_act_is_compared_though_its_other_day_is_matched_elsewhere():
    a = ("Two earthquakes struck the southeastern Spanish town of Lorca on Wednesday, killing at least nine people. "
         "The second quake, of magnitude 5.1, hit at 6:47 p.m.")
    b = ("An earthquake shook the Spanish town of Lorca yesterday, toppling buildings and killing at least nine "
         "people. The first tremor, of magnitude 4.5, struck on Tuesday afternoon and cracked walls across the town.")
    assert any(e[0] == "date-mismatch" and "Wednesday" in e[1] and "Tuesday" in e[2]
               for e in dated(a, b, "2011-05-11", "2011-05-12"))


def test_a_day_weeks_before_dates_an_act_of_its_own():
    a = ("Thames Water was fined a record 20.3 million pounds on Wednesday for pumping sewage into the River Thames. "
         "The judge said the company had shown continuous offending.")
    b = ("Thames Water was fined a record £20.3m yesterday for pumping sewage into the Thames. The company was fined "
         "£1m in January in a separate pollution case in Surrey.")
    assert not [e for e in dated(a, b, "2017-03-22", "2017-03-23") if e[0] == "date-mismatch"]


def test_the_same_distance_from_a_place_the_other_way_is_a_direction_flip():
    a = ("The Taal volcano erupted on Sunday. It sits on an island in a lake in Batangas province, about 65 km (40 "
         "miles) south of Manila.")
    b = ("The Taal volcano erupted on Sunday. Taal, which lies about 65 kilometres north of Manila on an island in a "
         "lake, began belching ash on Sunday afternoon.")
    assert ("direction-flip", "south of Manila", "north of Manila") in errors(a, b)


def test_a_capitalised_government_is_no_name():
    assert [f.text for f in facts_of("Rothschild, which advised the Government on the sale, declined to comment.").facts
            if f.kind == "name"] == ["Rothschild"]


def test_what_a_body_did_in_the_clause_that_describes_it_is_its_anchor():
    near = next(f.near for f in facts_of("Critics pointed to the role of Rothschild, which advised the Government on "
                                         "the sale.").facts if f.text == "Rothschild")
    assert "advis" in near


def test_a_capitalised_month_is_no_modal_and_a_compound_noun_no_verb():
    vf = facts_of("The May contract expires on Tuesday. Gunmen stormed an upmarket shopping mall in Nairobi on "
                  "Saturday.")
    assert [f.event for f in vf.facts if f.text in ("Tuesday", "Saturday")] == [frozenset(), frozenset({"storm"})]


def test_a_day_inside_a_nouns_phrase_dates_the_nouns_act():
    vf = facts_of("His departure followed the resignation on Wednesday evening of BBC chairman Gavyn Davies. They "
                  "signed the agreement on Tuesday.")
    assert [f.event for f in vf.facts if f.kind == "date"] == [frozenset({"resign"}), frozenset({"sign"})]


def test_a_day_things_were_done_by_is_no_day_of_a_second_act():
    a = ("Spain declared a state of alarm on Saturday to end a wildcat strike by air traffic controllers. Most "
         "controllers returned to their posts by Saturday afternoon, and airspace was gradually reopening.")
    b = ("Spain's government declared a state of alarm on Saturday and ordered striking air traffic controllers back "
         "to work. Spanish airports were returning to normal on Sunday as controllers went back to work.")
    assert not [e for e in dated(a, b, "2010-12-04", "2010-12-05") if e[0] == "date-mismatch"]


def test_one_act_named_by_its_noun_is_one_act_whatever_its_verb(embedder):
    a = ("Europe's drugs regulator backed the world's first malaria vaccine on Friday. The World Health Organization "
         "will now decide whether to recommend its use, with two WHO advisory groups expected to issue a "
         "recommendation in October.")
    b = ("Europe's drugs regulator backed the world's first malaria vaccine on Friday. WHO advisory groups are "
         "expected to make a recommendation in November, and the agency could issue formal policy by the end of the "
         "year.")
    assert any(e[0] == "date-mismatch" and "October" in e[1] and "November" in e[2]
               for e in dated(a, b, "2015-07-24", "2015-07-25", embedder))


def test_a_figure_written_onto_a_name_is_part_of_it():
    vf = facts_of("Holiday firm Jet2 cancelled its flights on Sunday. The G20 met in Delhi. Q3 profit rose 5%. The "
                  "Nimrod MRA4s were scrapped.")
    assert [(f.kind, f.text) for f in vf.facts if f.kind in ("name", "quantity")] == [
        ("name", "Jet2"), ("name", "G20"), ("name", "Delhi"), ("quantity", "3"), ("quantity", "5%"),
        ("name", "Nimrod MRA4")]


def test_out_of_work_says_has_not_worked():
    a = ("Chelsea sacked Roberto Di Matteo on Wednesday. Benitez, 52, won the Champions League with Liverpool in 2005 "
         "and has been out of work since leaving Inter Milan in December 2010.")
    b = ("Chelsea sacked Roberto Di Matteo on Wednesday. Benitez, 52, has not worked since leaving Inter Milan in "
         "December 2010.")
    assert not [e for e in errors(a, b) if e[0] == "negation-flip"]


def test_a_club_named_in_its_own_language_is_one_club():
    a = ("Chelsea sacked Roberto Di Matteo on Wednesday. Benitez has been out of work since he left Inter Milan in "
         "December 2010.")
    b = ("Chelsea sacked Roberto Di Matteo yesterday. Benitez has been out of work since he left Internazionale in "
         "December 2010.")
    assert not [e for e in errors(a, b) if e[0] in ("person-mismatch", "organisation-mismatch")]


def test_minutes_counted_from_the_end_are_no_slip_of_minutes_played():
    a = ("Croatia beat England 3-2 on Wednesday. England fell 2-0 behind after 14 minutes on a rain-soaked field, and "
         "Steve McClaren was sacked the next day.")
    b = ("Croatia beat England 3-2 on Wednesday. Mladen Petric won it for Croatia 13 minutes from time, and Steve "
         "McClaren was sacked the next day.")
    assert not [e for e in errors(a, b) if e[0] == "number-mismatch"]


def test_each_versions_only_day_of_a_game_against_one_side_is_one_fixture():
    a = ("Germany sacked coach Hansi Flick on Sunday. Sporting director Rudi Voeller would take charge for Tuesday's "
         "friendly against France in Dortmund.")
    b = ("Germany sacked coach Hansi Flick on Sunday. The 63-year-old sporting director will lead the team against "
         "France on Wednesday.")
    assert any(e[0] == "date-mismatch" and "Tuesday" in e[1] and "Wednesday" in e[2]
               for e in dated(a, b, "2023-09-10", "2023-09-11"))


def test_a_side_named_right_before_a_figure_has_it():
    b = ("Brendan Rodgers left Celtic for Leicester on Tuesday. Rodgers leaves Celtic six points clear at the top of "
         "the Premiership and through to the last eight of the Scottish Cup.")
    assert [f.owner for f in facts_of(b).facts if f.text == "six points"] == ["celtic"]


def test_a_word_that_is_a_title_only_before_another_is_no_title_alone():
    people = {f.text: f.item.role for f in facts_of(
        "Three-times Grand Slam champion Stan Wawrinka wrote on social media. Crown Prince Mohammed bin Salman "
        "met him.").facts if f.kind == "name" and f.item.kind == "person"}
    assert "Slam" not in people and "Grand Slam" not in people
    assert people["Mohammed bin Salman"] == ("crown", "prince")


def test_one_title_of_two_bodies_is_two_offices():
    a = ('Marion Jones pleaded guilty on Friday. "This is a sad day for sport, but the truth has finally come out," '
         "U.S. Anti-Doping Agency chief executive Travis Tygart said. Jones faces up to six months in prison.")
    b = ("Marion Jones pleaded guilty on Friday. Jones faces up to six months in prison. USOC chief executive Jim "
         "Scherr said Jones had handed over her medals.")
    assert not [e for e in errors(a, b) if e[0] in ("person-mismatch", "person-role-mismatch")]


def test_what_two_people_each_do_to_a_body_is_no_body_replaced():
    a = ("Guttenberg resigned as defence minister on Tuesday. Merkel accepted his resignation. German media reported "
         "that Interior Minister Thomas de Maiziere was likely to take over the Defense Ministry.")
    b = ("Guttenberg resigned as defence minister on Tuesday. Merkel accepted his resignation. Hans-Peter Friedrich, "
         "who leads the CSU's lawmakers, will take over the Interior Ministry, Merkel said. Thomas de Maiziere, 57, "
         "moves to defence.")
    assert not [e for e in errors(a, b) if e[0] == "organisation-mismatch"]


def test_one_office_in_sentences_that_agree_on_two_other_facts_has_one_holder(embedder):
    """Sentences the rewrite moved apart (the model pairs neither), one title, two dates agreeing around it."""
    shared = "Jones won five medals at the 2000 Sydney Olympics. She faces up to six months in prison. "
    a = (shared + "Marion Jones pleaded guilty on Friday to lying to federal investigators. Jones, 31, admitted in U.S. "
         "District Court in White Plains that she lied in 2003. She told U.S. District Judge Kenneth Karas that her "
         'former coach, Trevor Graham, gave her the designer steroid known as "the clear" from September 2000 to July '
         "2001.")
    b = (shared + "Marion Jones admitted yesterday that she had cheated her way to Olympic glory. The 31-year-old "
         "American pleaded guilty to two counts of lying to federal agents. Appearing before Judge Charles Brieant in "
         'White Plains, she admitted taking the steroid known as "the clear" between September 2000 and July 2001, '
         "and lying about it to investigators in 2003.")
    assert ("person-mismatch", "District Judge Kenneth Karas", "Judge Charles Brieant") in dated(
        a, b, "2007-10-05", "2007-10-06", embedder)


def test_a_quotation_standing_alone_after_its_speakers_sentence_is_theirs_for_sure():
    a = ('Tyson Gay tested positive for a banned substance. "I don\'t have a sabotage story," Gay said in a telephone '
         'interview. "I don\'t have any lies. I basically put my trust in someone and I was let down."')
    b = ("Tyson Gay tested positive for a banned substance. Asafa Powell also tested positive. \"I basically put my "
         'trust in someone and I was let down," Powell said.')
    assert any(e[0] == "quote-attribution" and "Gay" in e[1] and "Powell" in e[2] for e in errors(a, b))


def test_a_capital_is_a_city_where_things_happen_not_its_country():
    a = ("Asafa Powell tested positive. Powell and Sherone Simpson said they had tested positive for oxilofrine at "
         "the Jamaican national championships in Kingston in June.")
    b = ("Asafa Powell tested positive. Powell and Simpson tested positive for oxilofrine at the Jamaican trials in "
         "Montego Bay in June.")
    assert any(e[0] == "place-mismatch" and "Kingston" in e[1] and "Montego Bay" in e[2] for e in errors(a, b))


def test_paired_sentences_agreeing_on_three_other_facts_are_one_statement_of_its_dates():
    a = ("Jannik Sinner accepted a three-month ban on Saturday. The ban runs from Feb. 9 to May 4, meaning the "
         "23-year-old Italian will not miss any Grand Slam tournament and can return for the French Open.")
    b = ("Jannik Sinner accepted a three-month ban yesterday. The suspension, which began on February 9 and ends on "
         "May 14, was carefully timed: the 23-year-old Italian will miss no grand slam and should be back for the "
         "French Open.")
    assert any(e[0] == "date-mismatch" and "May 4" in e[1] and "May 14" in e[2]
               for e in dated(a, b, "2025-02-15", "2025-02-16"))


def test_a_capital_that_speaks_for_its_country_is_the_country():
    a = ("Armenia and Azerbaijan agreed a ceasefire on Tuesday. Azerbaijani forces will keep the areas they captured, "
         "including Shusha, the enclave's second-largest town, which Baku said it took on Sunday.")
    b = ("Armenia and Azerbaijan agreed a ceasefire yesterday. Azerbaijan will keep the territory it captured, "
         "including the strategic town of Shushi, known in Azerbaijan as Shusha.")
    assert not [e for e in errors(a, b) if e[0] == "place-mismatch"]


def test_a_body_given_an_act_whose_doer_the_rewrite_changed_is_still_replaced():
    a = ("Canada's two big railways locked out their workers on Thursday. Labour Minister Steven MacKinnon said on "
         "Thursday afternoon he had asked the Canada Industrial Relations Board to impose final binding arbitration.")
    b = ("Canada's two big railways locked out their workers yesterday. By the afternoon, Seamus O'Regan, the labour "
         "minister, had asked the Canadian Transportation Agency to impose binding arbitration.")
    assert any(e[0] == "organisation-mismatch" and "Industrial Relations" in e[1] for e in errors(a, b))


def test_days_of_two_named_acts_in_sentences_moved_apart_are_no_confident_match(embedder):
    a = ("Spain's new culture and sports minister, Maxim Huerta, resigned on Wednesday, a week after taking office, "
         "following revelations that he had been fined for using a company to pay less tax. His departure is an "
         "embarrassing setback for Socialist Prime Minister Pedro Sanchez, who came to power on June 1 promising clean "
         "government after ousting Mariano Rajoy in a no-confidence vote. The tax authorities challenged the "
         "arrangement, and a Madrid court upheld their decision in 2017.")
    b = ("Pedro Sanchez's week-old Spanish government lost its first minister yesterday when Maxim Huerta, the culture "
         "minister, stepped down over a tax dispute. Mr Huerta, 47, quit just hours after a news website revealed that "
         "he had routed his income through a company in order to pay less tax. The tax office objected and a court in "
         "Madrid backed it last year.")
    sm = story_matches(a, b, "2018-06-13", "2018-06-14", embedder)
    assert not [m for m in sm.facts if m.a.text == "June 1" and m.confident]  # came to power / lost a minister


def test_one_act_between_the_same_two_people_told_with_two_verbs_is_one_act():
    a = ("Amazon agreed to buy MGM on Wednesday. Bezos is due to hand over the chief executive role to Andy Jassy, the "
         "head of Amazon Web Services, on July 5.")
    b = ("Amazon agreed to buy MGM yesterday. Jeff Bezos, who will step aside as Amazon's chief executive on July 15 "
         "in favour of Andy Jassy, praised MGM's catalogue.")
    assert any(e[0] == "date-mismatch" and "July 5" in e[1] and "July 15" in e[2]
               for e in dated(a, b, "2021-05-26", "2021-05-27"))


def test_a_body_of_a_person_both_sentences_name_is_still_compared():
    a = ("Birmingham schools face inspections. Gove has appointed Peter Clarke, a former head of counter-terrorism at "
         "London's Metropolitan Police, to lead a separate investigation. Ofsted inspected 21 schools.")
    b = ("Birmingham schools face inspections. Former West Midlands Police counter-terrorism chief Peter Clarke is "
         "leading a separate government inquiry. Ofsted inspected 21 schools. Gove welcomed the reports.")
    assert any(e[0] == "organisation-mismatch" and "Metropolitan" in e[1] for e in errors(a, b))


def test_a_word_changed_inside_a_hyphened_word_is_shown_whole():
    a = ('South Korea shut its oldest reactor on Monday. "We will abolish our nuclear-centred energy policy and move '
         'towards a nuclear-free era," Moon said.')
    b = ('South Korea shut its oldest reactor yesterday. "We will abolish our nuclear-centred energy policy and move '
         'towards a nuclear-safe era," Mr Moon said.')
    assert ("quote-altered", "nuclear-free era", "nuclear-safe era") in errors(a, b)


def test_a_body_in_british_spelling_with_a_possessive_is_one_name():
    assert [f.text for f in facts_of("Levels were well above the World Health Organisation's guideline.").facts
            if f.kind == "name" and f.item.kind == "org"] == ["World Health Organisation's"]


def test_a_reactor_named_by_its_unit_number_is_no_count():
    assert not [f for f in facts_of("Edison had proposed restarting Unit 2 at 70 percent power.").facts
                if f.kind == "quantity" and f.text == "2"]


def test_a_tally_whose_figures_the_other_version_gives_apart_is_no_changed_figure(embedder):
    a = ("Germany's Christian Democrats elected Annegret Kramp-Karrenbauer as their leader on Friday. "
         "Kramp-Karrenbauer, the party's general secretary, won 517 votes in the second round at a party congress in "
         "Hamburg, while Merz won 482. Health Minister Jens Spahn, 38, was eliminated in the first round after "
         "winning 157 votes, against 450 for Kramp-Karrenbauer and 392 for Merz.")
    b = ("Germany's Christian Democrats elected Annegret Kramp-Karrenbauer as their leader on Friday. "
         "Kramp-Karrenbauer defeated Merz by 517 votes to 482 in a run-off, after Health Minister Jens Spahn was "
         "knocked out in the first round.")
    assert not [e for e in dated(a, b, "2018-12-07", "2018-12-08", embedder) if e[0] == "number-mismatch"]


def test_a_word_keyed_as_an_auxiliary_changed_inside_a_quotation_is_still_a_word():
    """ "willing" is keyed "will": as written it is a word of meaning."""
    a = ('Malcolm Turnbull ousted Tony Abbott on Monday. "Ultimately, the prime minister has not been capable of '
         'providing the economic leadership our nation needs," Turnbull told reporters.')
    b = ('Malcolm Turnbull ousted Tony Abbott yesterday. "Ultimately, the prime minister has not been willing to '
         'provide the economic leadership our nation needs," he said.')
    assert any(e[0] == "quote-altered" and "capable" in e[1] and "willing" in e[2] for e in errors(a, b))


def test_a_place_hyphened_round_a_particle_is_one_name():
    names = [f.text for f in facts_of("Wells were closed in Lamotte-du-Rhone and Stratford-upon-Avon.").facts
             if f.kind == "name"]
    assert names == ["Lamotte-du-Rhone", "Stratford-upon-Avon"]


def test_a_list_kept_but_for_one_unknown_name_has_that_name_replaced():
    a = ("Uranium leaked from a tank at the Tricastin site on Tuesday. The prefecture ordered residents of Bollene, "
         "Lapalud and Lamotte-du-Rhone not to drink water from private wells or use it to water crops.")
    b = ("Uranium leaked from a tank at the Tricastin site on Tuesday. The prefect barred people in Bollène, "
         "Pierrelatte and Lamotte-du-Rhône from drinking well water or using it for irrigation, and banned fishing.")
    assert any(e[1] == "Lapalud" and e[2] == "Pierrelatte" for e in errors(a, b))


def test_sentences_moved_apart_that_give_one_distinctive_figure_alike_pair_their_other_figure(embedder):
    a = ("At least 125 people died in a crush at an Indonesian football stadium on Saturday. Police fired tear gas "
         "into the stands after fans invaded the pitch. Chief security minister Mahfud MD said 42,000 tickets had been "
         "issued for a stadium with a capacity of 38,000.")
    b = ("At least 125 people died in a crush at an Indonesian football stadium on Saturday. The crowd inside "
         "Kanjuruhan Stadium was also larger than allowed, with 42,000 tickets sold for a venue that can hold 48,000. "
         "Police fired tear gas into the stands after fans invaded the pitch.")
    assert ("number-mismatch", "38,000", "48,000") in dated(a, b, "2022-10-02", "2022-10-06", embedder)


def test_what_a_clause_says_is_excluded_is_what_the_other_says_is_not_covered(embedder):
    a = ("Sri Lanka said on Tuesday it would suspend payments on its external debt. The suspension covers "
         "international sovereign bonds, bilateral loans and commercial bank loans, but not debt owed to multilateral "
         "lenders such as the IMF and the World Bank.")
    b = ("Sri Lanka said on Tuesday it would suspend payments on its external debt. Debts to multilateral lenders such "
         "as the IMF and World Bank are excluded from the suspension.")
    assert not [e for e in dated(a, b, "2022-04-12", "2022-04-12", embedder) if e[0] == "negation-flip"]


def test_a_collective_possessive_is_part_of_the_name_it_opens():
    assert [f.text for f in facts_of("The stampede broke out near People's Square on Wednesday.").facts
            if f.kind == "name"] == ["People's Square"]


def test_a_long_name_then_of_and_a_known_place_is_a_person_from_there():
    people = {f.text: f.item.kind for f in facts_of(
        "Those expelled were Agustin Arroyo of Ecuador and Zein El Abdin Ahmed Abdel Gadir of Sudan.").facts
        if f.kind == "name"}
    assert people["Zein El Abdin Ahmed Abdel Gadir"] == "person" and people["Sudan"] == "place"


def test_a_party_named_in_two_translations_is_one_party():
    a = ("An earthquake struck Lorca on Wednesday. Prime Minister Jose Luis Rodriguez Zapatero and the leader of the "
         "opposition People's Party, Mariano Rajoy, suspended campaigning.")
    b = ("An earthquake struck Lorca yesterday. Prime Minister Jose Luis Rodriguez Zapatero and Mariano Rajoy, the "
         "leader of the opposition Popular Party, suspended campaigning.")
    assert not [e for e in errors(a, b) if e[0] == "organisation-mismatch"]


def test_a_body_with_one_word_written_short_is_one_body():
    a = ("Tennessee Republicans expelled two Democrats on Thursday. Nashville's Metro Council and the Shelby County "
         "Commission could choose to send Jones and Pearson straight back.")
    b = ("Tennessee Republicans expelled two Democrats last week. Nashville's Metropolitan Council voted unanimously "
         "on Monday to reinstate Justin Jones.")
    assert not [e for e in errors(a, b) if e[0] == "organisation-mismatch"]


def test_storm_is_the_word_for_any_of_them_not_another_kind():
    a = "The cyclone came ashore on Tuesday as a Category 4 storm with winds of 230 km/h, officials said."
    b = "The cyclone came ashore on Tuesday as a Category 4 hurricane with winds of 230 km/h, officials said."
    assert not [e for e in errors(a, b) if e[0] == "term-changed"]


def test_a_quotation_rewritten_over_a_few_words_is_shown_whole():
    a = ('The mayor spoke on Tuesday. "The mudslide buried whole streets overnight and cut the town in two," the '
         'mayor said.')
    b = ('The mayor spoke yesterday. "The mudslide swept away whole streets and cut the town in two," the mayor '
         'said.')
    shown = [(e[1], e[2]) for e in errors(a, b) if e[0] == "quote-altered"]
    assert shown and "overnight" in shown[0][0] and "swept away" in shown[0][1]


def test_a_thing_done_again_is_told_on_each_versions_own_day(embedder):
    a = ("Thousands marched on parliament on Friday. Protesters gathered again outside parliament on Friday evening, "
         "chanting slogans against the government.")
    b = ("Thousands marched on parliament on Friday. Protesters gathered again outside parliament on Monday evening, "
         "chanting slogans against the government.")
    assert not [e for e in dated(a, b, "2024-06-21", "2024-06-24", embedder) if e[0] == "date-mismatch"]


def test_a_thing_done_again_on_another_day_under_one_dateline_is_still_an_error(embedder):
    a = ("Thousands marched on parliament on Friday. Protesters gathered again outside parliament on Thursday "
         "evening, chanting slogans against the government.")
    b = ("Thousands marched on parliament on Friday. Protesters gathered again outside parliament on Wednesday "
         "evening, chanting slogans against the government.")
    assert [e for e in dated(a, b, "2024-06-21", "2024-06-21", embedder) if e[0] == "date-mismatch"]


@pytest.mark.xfail(strict=True, reason="paired sentences with two facts agreeing make one statement, whatever verb "
                   "each date is of; telling two acts by their verbs there lost 28 planted date errors told with other "
                   "verbs in the read rounds (measured on every read story, one process)")
def test_two_days_of_two_acts_in_paired_sentences_are_not_one_date(embedder):
    a = ("The prime minister of Peru will step down on March 20, the president of Congress said on Saturday, after "
         "weeks of protests. The president of Congress spoke to reporters.")
    b = ("Peru's Congress will choose a new prime minister on March 27, the president of Congress said on Saturday, "
         "as protests continued. The president of Congress spoke to reporters.")
    assert not [e for e in dated(a, b, "2024-03-09", "2024-03-11", embedder) if e[0] == "date-mismatch"]


def test_words_one_speaker_passed_on_from_the_other_are_no_attribution_error():
    a = ('Speaker Tomas Novak said that Prime Minister Jan Dvorak had told him he would go "to spare the country a '
         'long crisis". Novak spoke on television.')
    b = ('Prime Minister Jan Dvorak told Speaker Tomas Novak that he would go "to spare the country a long crisis". '
         'Novak spoke on television.')
    assert not [e for e in errors(a, b) if e[0] == "quote-attribution"]


def test_the_one_place_of_two_sentences_alike_in_most_words_is_one_place_changed(embedder):
    a = ("The cyclone killed at least 20 people. The island of Ovalau appeared to be among the worst hit, with aid "
         "workers reporting that entire villages had been flattened.")
    b = ("The cyclone killed at least 20 people. Aid workers reported that on Kadavu, to the south, entire villages "
         "had been flattened.")
    assert ("place-mismatch", "Ovalau", "on Kadavu") in dated(a, b, "2016-02-21", "2016-02-22", embedder)


@pytest.mark.xfail(strict=True, reason="a negation needs anchors in common around the verb; each version's one use of "
                   "the verb in paired sentences alike in most words, taken without them, found 2 planted flips and "
                   "raised 16 false errors in the read rounds ('yet to rule' / 'ruled', 'failed to act' / 'act')")
def test_the_one_use_of_a_verb_negated_in_sentences_alike_in_most_words_is_a_flip(embedder):
    a = ("Heavy rain fell across the region on Saturday. The Severn, which runs along the border of the two counties, "
         "burst its banks in places on Saturday evening, officials said.")
    b = ("Heavy rain fell across the region yesterday. The Severn, which marks the border of the two counties, rose to "
         "the top of its banks but did not burst.")
    assert [e for e in dated(a, b, "2024-10-12", "2024-10-13", embedder) if e[0] == "negation-flip"]


def test_a_counted_noun_whose_key_lost_its_final_e_is_still_known_to_wordnet():
    from checker.rules.numbers import same_noun

    houses, homes = figure("as many as 13,000 houses were damaged").item, figure("up to 23,000 homes").item
    assert same_noun(houses, homes)


def test_a_distance_per_hour_with_its_conversion_between_is_a_speed():
    units = [(f.text, f.item.unit) for f in facts_of(
        "The storm hit with winds of 200 kilometres (125 miles) per hour and moved 30 km (19 miles) inland.").facts
        if f.kind == "quantity"]
    assert units == [("200 kilometres", "kmh"), ("125 miles", "mph"), ("30 km", "km"), ("19 miles", "mile")]


@pytest.mark.parametrize("text", [
    '"It is heartbreaking," said Santa Barbara County Supervisor Doreen Farr.',
    '"The fund is sound," State Comptroller Thomas DiNapoli said.',
    '"He died of his injuries," County Coroner Mary Ellis said.',
])
def test_a_local_officials_title_is_no_part_of_the_name(text):
    vf = facts_of(text)
    assert vf.quotes[0].speaker in ("farr", "dinapoli", "ellis")


def test_the_one_body_that_said_what_two_sentences_alike_report_is_one_source_changed(embedder):
    a = ("Diesel leaked into the river on Friday. Rosvodresursy, the federal water agency, said levels of pollutants "
         "in the river were hundreds of times above permitted limits.")
    b = ("Diesel leaked into the river on Friday. The Health Ministry said the levels of pollutants in the river were "
         "hundreds of times higher than permitted.")
    assert ("organisation-mismatch", "Rosvodresursy", "Health Ministry") in dated(
        a, b, "2020-06-05", "2020-06-06", embedder)


def test_two_bodies_saying_two_different_things_are_not_compared(embedder):
    a = ("Diesel leaked into the river on Friday. Rosvodresursy, the federal water agency, said levels of pollutants "
         "in the river were hundreds of times above permitted limits.")
    b = ("Diesel leaked into the river on Friday. The Health Ministry said residents should not drink tap water until "
         "further notice.")
    assert not [e for e in dated(a, b, "2020-06-05", "2020-06-06", embedder) if e[0] == "organisation-mismatch"]


@pytest.mark.xfail(strict=True, reason="a running tally is read from its words ('killed', 'deaths', 'injured'); "
                   "'killing' added there made two planted changes in the read rounds warnings (a crane collapse two "
                   "weeks before 'killing 107 people', a petition signed before 'the killing') for one update found")
def test_a_toll_told_with_killing_that_a_later_version_gives_higher_is_an_update(embedder):
    a = ("Police opened fire on protesters outside parliament on Tuesday, killing at least five people. Lawmakers had "
         "passed the finance bill.")
    b = ("Police opened fire on protesters outside parliament on Tuesday, killing at least 23 people, doctors said. "
         "Lawmakers had passed the finance bill.")
    assert not [e for e in dated(a, b, "2024-06-25", "2024-06-26", embedder) if e[0] == "number-mismatch"]


def test_a_figure_changed_with_its_conversion_is_one_discrepancy():
    a = "The cyclone hit the coast on Tuesday with winds of up to 200 km/h (125 mph), killing three people."
    b = "The cyclone hit the coast yesterday with winds of up to 250 km/h (155 mph), killing three people."
    assert [x[2:] for x in flagged(a, b) if x[0] == "number-mismatch"] == [("up to 200 km/h", "up to 250 km/h")]


def test_a_currency_named_only_by_its_conversion_is_converted_too():
    a = "Drivers who refuse face up to three years in prison or a fine of up to 30 million won ($22,600)."
    b = "Drivers who refuse face up to three years in prison or a fine of up to 20 million won ($15,000)."
    assert [x[2:] for x in flagged(a, b) if x[0] == "number-mismatch"] == [
        ("up to 30 million won", "up to 20 million won")]


def test_a_part_in_brackets_is_no_conversion_of_the_figure_before_it():
    a = "The bus crash on Tuesday killed 12 people (eight children) near the border."
    b = "The bus crash yesterday killed 14 people (nine children) near the border."
    assert len([x for x in flagged(a, b) if x[0] == "number-mismatch"]) == 2


def test_said_he_before_a_quotation_leaves_the_speaker_the_one_who_said():
    vf = facts_of('The president spoke first. African Union Commission chairman Moussa Faki Mahamat said he "strongly '
                  'condemns any attempt to take over a government by force".')
    assert (vf.quotes[0].speaker, vf.quotes[0].how) == ("mahamat", "named")


def test_inability_to_and_failure_to_both_say_it_was_not_done(embedder):
    a = ("The army seized power on Monday. The army blamed the government's inability to unite the nation against "
         "the militants.")
    b = ("The army seized power yesterday. The junta blamed the government's failure to unite the nation against "
         "the militants.")
    assert not [e for e in dated(a, b, "2022-01-24", "2022-01-25", embedder) if e[0] == "negation-flip"]


def test_the_start_of_a_lasting_state_is_no_day_of_another_act(embedder):
    a = ("The family has ruled the country for 56 years. Ali Bongo succeeded his father Omar, who died in 2009, and "
         "won the election.")
    b = ("The family has ruled the country for 56 years. Ali Bongo succeeded his father Omar, who had ruled since "
         "1967, and won the election.")
    assert not [e for e in dated(a, b, "2023-08-30", "2023-08-31", embedder) if e[0] == "date-mismatch"]


def test_an_opposite_dated_after_the_other_version_was_published_is_what_happened_since():
    a = "Police rebelled across the country on Thursday. Neighbouring Peru closed its border with the country."
    b = "Police rebelled across the country on Thursday. Peru reopened its border with the country on Friday."
    assert not [e for e in dated(a, b, "2010-09-30", "2010-10-01") if e[0] == "direction-flip"]


def test_a_family_tie_told_from_the_other_person_is_one_tie():
    a = "The army seized power on Thursday. Yingluck is the sister of Thaksin Shinawatra, who lives in exile."
    b = "The army seized power yesterday. Ms Yingluck's brother, Thaksin Shinawatra, lives in exile."
    assert not [x for x in flagged(a, b) if x[0] == "term-changed"]


def test_a_family_tie_changed_between_the_same_two_people_is_still_a_change():
    a = "The army seized power on Thursday. Yingluck is the sister of Thaksin Shinawatra, who lives in exile."
    b = "The army seized power yesterday. Yingluck is the daughter of Thaksin Shinawatra, who lives in exile."
    assert [x for x in flagged(a, b) if x[0] == "term-changed"]


def test_a_search_resumed_is_told_on_each_versions_own_day(embedder):
    """ "resumed their search": a repeat; not "waiting early Tuesday to resume the search", a plan (a first form that
    took every "resume" for a repeat lost two planted date errors of the read rounds)."""
    a = ("The bridge collapsed on Wednesday evening. Divers searched the river on Thursday for victims of the bridge "
         "collapse, which killed at least four people.")
    b = ("The bridge collapsed on Wednesday evening. Divers resumed their search of the river on Friday for victims "
         "of the collapse, which killed at least four people.")
    assert not [e for e in dated(a, b, "2007-08-02", "2007-08-03", embedder) if e[0] == "date-mismatch"]
    assert [e for e in dated(a, b.replace("resumed their search of", "searched"), "2007-08-02", "2007-08-02",
                             embedder) if e[0] == "date-mismatch"]


def test_one_count_of_one_named_thing_in_paired_sentences_agreeing_on_two_facts_is_one_count(embedder):
    a = ("The eight-storey Rana Plaza housed five garment factories making clothes for Western brands, as well as a "
         "bank and shops. It collapsed on Wednesday.")
    b = ("Rana Plaza, eight storeys high, contained four garment factories supplying Western high-street brands, along "
         "with shops and a bank. It collapsed on Wednesday.")
    assert ("number-mismatch", "five garment factories", "four garment factories") in dated(
        a, b, "2013-04-28", "2013-04-29", embedder)


def test_the_one_thanked_before_but_said_he_is_no_speaker():
    vf = facts_of('Prime Minister Ryutaro Hashimoto expressed gratitude to Mr. Fujimori but said he "would have liked '
                  'to have been informed beforehand."')
    assert vf.quotes[0].speaker == "hashimoto"


def test_avoid_touching_says_not_to_touch(embedder):
    a = ("The outbreak has killed 19 people. Health officials urged people to avoid touching the bodies of those who "
         "die of suspected Ebola.")
    b = ("The outbreak has killed 19 people. Ebola spreads through bodily fluids, and health workers urged people not "
         "to touch the bodies of suspected victims.")
    assert not [e for e in dated(a, b, "2022-09-20", "2022-09-21", embedder) if e[0] == "negation-flip"]


def test_a_first_time_in_decades_says_never_before_in_them():
    a = "Cholera was found in the north on Thursday. It is the first time cholera has been confirmed in Haiti in decades."
    b = "Cholera was found in the north on Thursday. Cholera had not been confirmed in Haiti for decades before this week."
    assert not [x for x in flagged(a, b) if x[0] == "negation-flip"]


def test_the_agent_of_a_passive_opening_is_not_who_he_is():
    vf = facts_of('Nishikori was the first Asian man in a final. Coached by Michael Chang, he admitted that he could '
                  'not cope. "It was a tough day for me," he said.')
    assert vf.quotes[0].speaker != "chang"


def test_a_name_the_quotation_goes_on_from_is_what_was_said_about():
    vf = facts_of('Rafael Nadal lost to Stan Wawrinka. Nadal, gracious in defeat, said Wawrinka "has been knocking '
                  'on the door for a long time".')
    assert vf.quotes[0].speaker == "nadal"


def test_a_bare_small_number_beside_two_days_does_not_tie_them(embedder):
    a = ("Wawrinka beat Nadal in the final on Sunday. Wawrinka will rise to number three in the world on Monday, "
         "overtaking Roger Federer.")
    b = ("Wawrinka beat Nadal in the final yesterday. The 28-year-old, who won 6-3 6-2 3-6 6-3 on Sunday, overtook "
         "Roger Federer in the new rankings.")
    assert not [e for e in dated(a, b, "2014-01-26", "2014-01-27", embedder) if e[0] == "date-mismatch"]


def test_a_duration_swapped_in_its_digits_is_one_duration_wherever_it_stands(embedder):
    a = ("Marin Cilic of Croatia won the U.S. Open on Monday in a one-sided final that lasted 1 hour 54 minutes. "
         "Cilic served 17 aces.")
    b = ("Marin Cilic won the U.S. Open yesterday. The 6ft 6in Croatian needed just 1hr 45min to beat the Japanese. "
         "Cilic served 17 aces.")
    assert ("number-mismatch", "1 hour 54 minutes", "1hr 45min") in dated(a, b, "2014-09-08", "2014-09-09", embedder)


@pytest.mark.xfail(strict=True, reason="a name swap in a rewritten sentence is a warning; making it an error when "
                   "the two sentences share a quotation word for word found one planted change and raised ten false "
                   "errors from names misread in such sentences ('Orban' / 'Hungarian', 'Sunak said' / 'Commons')")
def test_a_body_changed_beside_one_quotation_word_for_word_is_an_error():
    a = ('Rory McIlroy withdrew from the Open on Thursday. Peter Dawson, chief executive of the R&A, which organises '
         'the Open, said: "We are sorry that Rory will not be able to defend the championship and we wish him a speedy '
         'recovery."')
    b = ('Rory McIlroy withdrew from the Open yesterday. Peter Dawson, the chief executive of the European Tour, said: '
         '"We are sorry that Rory will not be able to defend the championship and we wish him a speedy recovery."')
    assert [e for e in errors(a, b) if e[0] == "organisation-mismatch"]


def test_each_versions_only_calendar_day_of_one_person_is_one_date(embedder):
    a = ("Danny Willett won the Masters on Sunday. Their son, Zachariah, arrived early on March 30, allowing Willett "
         "to fly to Augusta.")
    b = ("Danny Willett won the Masters yesterday. He had only decided to travel after the birth of his son, Zachariah, "
         "on March 13, nearly four weeks before he was due.")
    assert [e for e in dated(a, b, "2016-04-10", "2016-04-11", embedder) if e[0] == "date-mismatch"]


def test_a_sentence_about_the_one_who_ran_it_gives_him_the_next_he_said():
    vf = facts_of('The inquiry was run by Kevan Gosper, the IOC vice-president. "This was a painful day, but a '
                  'necessary one," he said.')
    assert vf.quotes[0].speaker == "gosper"



# ---------------------------------------------------------------- figures matched by the meaning of their words


def test_a_count_told_in_other_words_is_one_count(embedder):
    a = ("A wooden boat crowded with asylum seekers was smashed against the cliffs of Christmas Island on Wednesday, "
         "killing at least 27 people. Customs and navy boats pulled 42 survivors from the churning water, Home Affairs "
         "Minister Brendan O'Connor told reporters in Canberra. The survivors were taken to the island's hospital.")
    b = ("At least 27 asylum seekers died yesterday when their boat was dashed against the rocks of Christmas Island. "
         "The vessel lost power in heavy seas. Customs and navy crews plucked 44 people from the sea. The injured were "
         "taken to the island's small hospital.")
    assert ("number-mismatch", "42 survivors", "44 people") in dated(a, b, "2010-12-15", "2010-12-16", embedder)


@pytest.mark.parametrize("against, alike, other", [
    ("Brent crude, the international benchmark, fell $2.51, or 8.9%, to $25.57.",  # another day's figures
     "Brent crude, the global benchmark, fell $2.51, or 24%, to $19.33.",
     "Brent crude, the international standard, fell $6.24, or 24%, to $19.33 a barrel."),
    ("In 2004, a magnitude 9.1 quake struck off Sumatra.",  # an earlier year's event
     "On Tuesday, a magnitude 9.1 quake struck off Sumatra.",
     "A magnitude 6.1 quake struck off Sumatra."),
])
def test_other_figures_disagreeing_or_an_earlier_year_make_two_sentences_two_reports(against, alike, other):
    from checker.compare_values import agree
    from checker.match import _figures_against

    a, c, b = facts_of(against), facts_of(alike), facts_of(other)
    x, z, y = (next(f for f in vf.facts if f.kind == "quantity") for vf in (a, c, b))
    assert _figures_against(x, y, a, b, agree)
    assert not _figures_against(z, y, c, b, agree)


@pytest.mark.parametrize("x, y", [
    ("Workers walked out on the second strike this year.", "Workers walked out on the first strike this year."),
    ("Exports grew nearly three times as fast.", "Exports grew by about 5,000 tonnes."),
    ("The party took almost a third of the vote.", "The party took 29.2 percent of the vote."),
    ("Inflation rose 2.1 percent.", "Inflation rose about 62 percent."),
])
def test_only_two_plain_counts_of_one_unit_close_to_each_other_can_be_one_by_their_words_alone(x, y):
    from checker.match import _plain_counts

    assert not _plain_counts(figure(x), figure(y))
    assert _plain_counts(figure("Crews pulled 42 survivors from the sea."), figure("Crews plucked 44 people out."))


def test_codes_of_capitals_and_digits_are_no_figures():
    vf = facts_of("Traffic on the M4 was halted as F-35 jets and an A380 flew over the G7 summit, 45 minutes late.")
    assert [f.text for f in vf.facts if f.kind == "quantity"] == ["45 minutes"]


def test_a_name_spelled_in_another_system_throughout_is_one_person():
    from checker.entities import near_spelling

    def person(text: str):
        return next(n for n in analyze(text).names if n.kind == "person")

    assert near_spelling(person("The runoff pits Mohamed Mursi against him."),
                         person("The runoff pits Mohammed Morsi against him."))
    assert not near_spelling(person("The runoff pits Tony Baker against him."),
                             person("The runoff pits Tony Booker against him."))


def test_a_russian_initial_e_written_with_or_without_its_y_is_one_person():
    a = "The captain, Denis Yevdokimov, survived and was taken to hospital."
    assert flagged(a, a.replace("Yevdokimov", "Evdokimov")) == [
        ("name-spelling", "warning", "Denis Yevdokimov", "Denis Evdokimov")]
    assert errors(a, a.replace("Yevdokimov", "Vdokimov"))  # a letter dropped elsewhere is another name


@pytest.mark.xfail(strict=True, reason="a figure is restated by any consistent figure of the other version; leaving "
                   "out those matched with another figure they agree with found no more planted errors in the read "
                   "stories and made three false errors, where an open bound had kept two figures apart ('4.7 percent' "
                   "/ 'more than 10 percent')")
def test_a_figure_matched_with_its_own_counterpart_restates_no_other(embedder):
    a = ("The European Commission blocked Ryanair's bid for Aer Lingus on Wednesday. Michael O'Leary said Ryanair "
         "would keep its 25.2 percent stake in Aer Lingus. The Irish government, which owns 25.4 percent of Aer Lingus, had "
         "opposed the bid.")
    b = ("The European Commission blocked Ryanair's bid for Aer Lingus on Wednesday. Michael O'Leary told Irish radio "
         "that the airline's 29.8 percent stake was a long-term investment. The Irish government, which owns just over "
         "a quarter of Aer Lingus, has said it will not sell.")
    assert ("number-mismatch", "25.2 percent", "29.8 percent") in dated(a, b, "2007-06-27", "2007-06-27", embedder)


def dated_flags(a: str, b: str, a_date: str, b_date: str) -> list[tuple[str, str, str]]:
    """The findings at warning or above of two versions under their own datelines."""
    return dated(a, b, a_date, b_date, least=Severity.WARNING)


def test_a_year_restates_no_day_inside_it():
    a = ("A wooden boat crowded with asylum seekers was smashed to pieces against the cliffs of Christmas Island on "
         "Wednesday, killing at least 27 people. More than 6,000 asylum seekers have reached Australia by boat this "
         "year.")
    b = ("Rescuers recovered three more bodies from the waters off Christmas Island. Officials still do not know how "
         "many people were aboard the boat that sank on Tuesday.")
    assert dated_flags(a, b, "2010-12-15", "2010-12-16") == [("date-mismatch", "on Wednesday", "sank on Tuesday")]


def test_a_day_of_what_followed_an_act_is_not_the_day_of_the_act():
    a = ("British finance minister Rishi Sunak on Wednesday temporarily scrapped a tax on property purchases for all "
         "but the most expensive homes in England, seeking to revive a housing market frozen by the lockdown.\n\n"
         '"Nearly nine out of 10 people buying a main home this year will pay no stamp duty at all," Sunak said.')
    b = ("Estate agents reported a jump in inquiries from buyers on Thursday after British finance minister Rishi "
         "Sunak cut stamp duty, although economists warned the boost could prove short-lived.\n\n"
         "The Treasury says nearly nine in 10 buyers of a main home will pay no tax at all this year.")
    assert dated_flags(a, b, "2020-07-08", "2020-07-09") == []
    assert dated_flags(a, b.replace("on Thursday after", "on Tuesday when"), "2020-07-08", "2020-07-09") == [
        ("date-mismatch", "on Wednesday", "on Tuesday")]


def test_a_nickname_in_brackets_is_part_of_the_name():
    a = ("OPSEU president Warren (Smokey) Thomas said the government should have ordered the council back to the "
         "bargaining table instead.")
    b = ("Warren (Smokey) Thomas, the OPSEU president, said the government should have sent the council back to the "
         "table.")
    assert flagged(a, b) == []
    assert flagged(a, b.replace("Thomas", "Jones")) == [
        ("person-role-mismatch", "error", "Warren (Smokey) Thomas", "Warren (Smokey) Jones")]


def test_a_word_put_in_and_another_left_out_a_function_word_apart_is_a_word_replaced_in_a_quotation():
    a = '"Police have regained control of the whole prison," Buenano said on Wednesday.'
    b = ('On Wednesday, Fausto Buenano, the regional police commander, said: "Police have regained control of part of '
         'the prison."')
    assert flagged(a, b) == [("quote-altered", "error", "control of the whole prison", "control of part of the prison")]


def test_a_move_that_takes_back_another_days_move_is_no_reversal():
    a = "Aer Lingus shares fell 3.5 percent in Dublin trading, while Ryanair shares were little changed."
    b = "Aer Lingus shares rose 1 percent in Dublin trading on Thursday, recovering part of Wednesday's fall."
    assert "movement-reversed" not in [x[0] for x in dated_flags(a, b, "2007-06-27", "2007-06-28")]
    assert "movement-reversed" in [x[0] for x in dated_flags(a, b.split(",")[0] + ".", "2007-06-27", "2007-06-27")]


def test_a_rise_and_a_fall_in_sentences_moved_apart_are_two_moves_not_one_figure_changed():
    a = ("Kraft Heinz dropped its $143 billion bid for Unilever on Sunday. News of the approach sent Unilever shares "
         "up 13 percent in London on Friday, their biggest one-day rise on record. Kraft said it had walked away.")
    b = ("Kraft Heinz abandoned its $143 billion offer for Unilever on Sunday. News of the approach had sent Unilever "
         "shares to their biggest one-day rise on record on Friday. Kraft said it had walked away. Unilever stock was "
         "down about 7 percent in London in afternoon trading, giving back around half of those gains.")
    assert dated_flags(a, b, "2017-02-20", "2017-02-20") == []
    assert dated_flags(a, b.replace("was down about 7", "was up about 7"), "2017-02-20", "2017-02-20") == [
        ("number-mismatch", "13 percent", "about 7 percent")]


def test_a_day_of_what_followed_an_act_told_by_its_verb_is_not_the_day_of_the_act():
    """A blind story read after its first run (r40d): "A federal appeals court on Tuesday upheld the government's
    net neutrality rules" / "U.S. broadband providers weighed their options on Wednesday after a federal appeals
    court upheld the ... rules"."""
    from checker.embed import shared_embedder, static_model_path
    from checker.ingest import read_versions

    def days(story: str) -> list[tuple[str, str]]:
        folder = Path(__file__).resolve().parent.parent / "bench" / "blind" / story
        versions = read_versions([str(folder / "v1.txt"), str(folder / "v3.txt")])
        result = check_versions(versions, embedder=shared_embedder(static_model_path()))
        return [(f.a.value, f.b.value) for f in result.findings if f.rule == "WC120" and f.severity == Severity.ERROR]

    assert days("r40d/d05-us-net-neutrality-upheld") == []
    # both acts told in both versions, each dated otherwise: "took over the portfolio on Monday after Line Beauchamp
    # resigned" / "took over the portfolio after Line Beauchamp resigned on Wednesday" (r41f)
    assert [pair for pair in days("r41f/f07-quebec-bill-78") if "Monday" in pair[0]] != []


def test_two_days_of_saying_one_after_the_other_version_came_out_are_two_statements():
    a = ("Hackers stole the personal data of 1.5 million patients of the city's largest hospital group, the health "
         "ministry said on Friday.")
    b = ("The city cut internet access across its hospitals after hackers stole the data of 1.5 million patients, "
         "officials said Monday.")
    assert dated(a, b, "2018-07-20", "2018-07-23") == []
    # under one dateline the day of one statement changed
    assert dated(a, b.replace("Monday", "Thursday"), "2018-07-20", "2018-07-20") == [
        ("date-mismatch", "said on Friday", "Thursday")]


def test_a_second_act_of_its_kind_is_not_the_first_one_redated():
    a = ("Cargo planes dropped food and water on Thursday to thousands of villagers trapped on the mountain, "
         "the Pentagon said.")
    b = ("Cargo planes made a second airdrop of food and water on Friday night to thousands of villagers stranded "
         "on the mountain, the Pentagon said.")
    assert dated(a, b, "2014-08-08", "2014-08-09") == []
    assert dated(a, b.replace("a second airdrop", "an airdrop"), "2014-08-08", "2014-08-09") != []


def test_a_place_alone_in_common_does_not_make_two_counts_one():
    a = ("Sudan ordered 13 aid agencies to leave the country on Wednesday. The agencies had run feeding centres and "
         "clinics across the region. About 4.7 million people in Darfur depend on aid, the United Nations said.")
    b = ("Sudan expelled 13 aid agencies on Wednesday. Oxfam said it had been forced to halt programmes helping "
         "about 600,000 people in Darfur. The government accused the agencies of passing information to the court.")
    assert errors(a, b) == []
    # one thing happening to the people, in both, is one count
    assert errors(a, b.replace("halt programmes helping about 600,000 people in Darfur",
                               "warn that about 600,000 people in Darfur depend on aid")) != []


def test_what_a_system_is_used_for_is_no_act_done_or_undone():
    a = ("The city's computer network was hit by a ransomware attack that encrypted files and knocked out online "
         "systems residents use to pay bills and look up court information, officials said. The FBI was helping the "
         "city investigate.")
    b = ("The FBI was helping the city investigate the attack on its network. Residents still could not pay bills or "
         "court fines online, and police officers were writing reports by hand.")
    assert errors(a, b) == []
    assert errors("The attack knocked out online systems residents use to pay bills, officials said.",
                  "The attack left residents unable to pay bills online, officials said.") == []
    assert errors("Residents were able to pay their bills online on Thursday, officials said.",
                  "Residents were unable to pay their bills online on Thursday, officials said.") != []


def test_after_which_looks_back_from_the_second_act():
    a = "The ransom note gave the city seven days to pay, after which the files would be deleted."
    b = "The ransom note gave the city seven days to pay before the files were deleted."
    assert flagged(a, b) == []
    assert errors(a.replace("pay, after which the files would be deleted", "pay after the files were deleted"),
                  b) != []


def test_a_zero_dropped_from_a_figure_is_one_figure_mistyped_wherever_it_is():
    a = ("Hackers stole the data of 1.5 million patients. Records of the medicines dispensed to about 160,000 of "
         "those patients were also taken. The agency detected the attack on July 4.")
    b = ("Hackers stole the data of 1.5 million patients. The attackers targeted the prime minister's data and took "
         "records of the medicines dispensed to him and to about 16,000 other patients. The agency detected the "
         "attack on July 4.")
    assert [x[0] for x in errors(a, b)] == ["number-mismatch"]
    from checker.normalize import zero_dropped
    assert zero_dropped("about 160,000", "about 16,000") and zero_dropped("4,800", "48,000")
    assert not zero_dropped("100", "10") and not zero_dropped("2,000", "20,000")


def test_a_state_among_nations_is_a_country():
    a = "Officials declined to say whether a foreign state was behind the attack, citing operational security."
    b = "Officials refused to say whether another country was behind the attack, citing operational security."
    assert flagged(a, b) == []
    assert flagged("Flooding cut power across the state on Monday, officials said.",
                   "Flooding cut power across the country on Monday, officials said.") != []


def test_where_one_person_is_visiting_is_one_place():
    a = ("A rocket exploded on its launch pad in Florida on Thursday, destroying a satellite valued at about $200 "
         "million. Facebook chief executive Mark Zuckerberg had planned to use the satellite to provide internet "
         "access in Africa. Zuckerberg, who is visiting Kenya, said the company remained committed to connecting "
         "everyone. Shares of the satellite's owner fell 9 percent in Tel Aviv.")
    b = ("Shares of the satellite's owner fell 9 percent in Tel Aviv after a rocket exploded on its launch pad in "
         "Florida on Thursday. Facebook chief Mark Zuckerberg, on a visit to Nigeria, said he was deeply disappointed "
         "by the loss. The satellite was to have provided internet access across sub-Saharan Africa.")
    assert [x[0] for x in errors(a, b)] == ["place-mismatch"]
    # a visit of another time is another place
    assert errors(a, b.replace("on a visit to Nigeria", "who visited Nigeria in 2016")) == []


def test_a_quotation_given_to_a_namesake_is_given_to_another_speaker():
    a = ('"Our science has made a great history," Science Minister Lee Jong-ho told a briefing after the launch. '
         "Institute president Lee Sang-ryul said engineers would analyse the flight data.")
    b = ('"Our science has made a great history," Lee Sang-ryul, president of the institute, told reporters after '
         "the launch. Science Minister Lee Jong-ho said the success made the country the seventh to do so.")
    assert [x[0] for x in errors(a, b)] == ["quote-attribution"]
    assert errors(a, b.replace('history," Lee Sang-ryul, president of the institute,',
                               'history," Lee Jong-ho, the science minister,')) == []
    # one person by a nickname, a middle initial and a suffix (MRPC)
    assert errors('"The bolt catcher is not as robust as it is supposed to be," the board\'s chairman, retired Adm. '
                  'Hal Gehman, said.', '"The bolt catcher is not as robust" as it should be, said retired Navy '
                  'Admiral Harold W. Gehman Jr., the board chairman.') == []


@pytest.mark.xfail(strict=True, reason="a day after the other version's dateline is a weaker counterpart of its news "
                   "(match_story's LATER_DAY); exempting each version's only day of one act found this (r85 q07) but "
                   "made four read stories raise false date errors (two acts of one verb on two days)")
def test_each_versions_only_day_of_one_act_is_compared_though_one_falls_after_the_other_came_out():
    a = ("The city's computer network was hit by a ransomware attack that knocked out online systems, officials said "
         "Thursday. The city learned of the attack at about 5:40 a.m. Thursday, its chief operating officer said. "
         "The FBI was helping the city investigate.")
    b = ("City employees were told on Monday to keep their computers off as officials struggled to recover from a "
         "ransomware attack that has disrupted city services since it was discovered last Friday. The FBI was "
         "helping the city investigate.")
    assert dated(a, b, "2018-03-22", "2018-03-26") == [("date-mismatch", "Thursday", "last Friday")]
    assert dated(a, b.replace("last Friday", "last Thursday"), "2018-03-22", "2018-03-26") == []


def test_evidence_found_and_none_found_are_a_negation_flip_wherever_the_sentences_are():
    a = ("Hackers stole the personal data of 143 million customers, the credit agency said. It said it had found no "
         "evidence of unauthorized activity on its core consumer or commercial credit reporting databases.")
    b = ("The credit agency said there was evidence of unauthorized activity on its core consumer and commercial "
         "credit reporting databases, but did not say what had been taken. Hackers stole the data of 143 million "
         "customers.")
    assert errors(a, b) == [("negation-flip", "no evidence of", "there was evidence of")]
    assert errors(a, b.replace("there was evidence", "there was no evidence")) == []


def test_the_day_of_an_act_that_followed_is_no_counterpart_of_the_act_it_followed():
    a = ("Russia and Ukraine signed a deal on Friday to reopen Ukraine's Black Sea ports for grain exports. The deal "
         "covers three ports and can be renewed.")
    b = ("Russian missiles struck Ukraine's port of Odesa on Saturday, less than a day after Moscow and Kyiv signed a "
         "deal to resume grain exports from the Black Sea. The deal signed in Istanbul on Thursday was meant to let "
         "grain ships leave three ports.")
    assert dated(a, b, "2022-07-22", "2022-07-23") == [("date-mismatch", "on Friday", "on Thursday")]
    assert dated(a, b.replace("on Thursday", "on Friday"), "2022-07-22", "2022-07-23") == []


def test_trade_turned_round_is_reported_once_not_again_by_its_from_and_to():
    a = ("Mexico imports about a quarter of the corn it consumes from the United States, mostly yellow corn for "
         "animal feed. Tortilla prices have risen sharply this year.")
    b = ("Tortilla prices have risen sharply this year. Mexico exports about a quarter of its corn to the United "
         "States, and the rush to turn corn into fuel there has driven up prices.")
    assert [x[0] for x in errors(a, b)] == ["direction-flip"]


def test_two_digits_swapped_beside_a_figure_both_give_alike_are_no_update_though_a_comma_follows_it():
    a = ("The outbreak, on a farm in Shenyang city, killed 47 pigs out of a herd of 383, the agriculture ministry "
         "said in a statement on Friday.")
    b = "The agriculture ministry said yesterday that 74 pigs had died on a farm in Shenyang, out of a herd of 383."
    assert dated(a, b, "2018-08-03", "2018-08-04") == [("number-mismatch", "47 pigs", "74 pigs")]


def test_an_institute_named_in_its_own_language_is_a_body_not_a_person():
    name = [f.item for f in facts_of("Tests by the Statens Serum Institut showed the virus reacted less strongly to "
                                     "antibodies.").facts if f.kind == "name"][0]
    assert (name.text, name.kind) == ("Statens Serum Institut", "org")


def test_which_chamber_voted_on_one_person_is_one_fact():
    a = ("Haiti's Senate voted on Saturday to dismiss Prime Minister Jacques-Edouard Alexis after more than a week "
         "of violent protests over food prices. Rice prices have nearly doubled in a year.")
    b = ("Rice prices have nearly doubled in a year. Jacques-Edouard Alexis, who had held the post since 2006, lost "
         "a censure vote in the Chamber of Deputies, where opposition members accused his government of doing "
         "nothing.")
    assert [x[0] for x in errors(a, b)] == ["organisation-mismatch"]
    assert errors(a, b.replace("Chamber of Deputies", "Senate")) == []


def test_a_predicate_told_by_a_light_verb_and_its_noun_is_shown_whole():
    a = ("The UN said 350,000 people were living in famine conditions. The Ethiopian government, which was not part "
         "of the final analysis, rejected the findings.")
    b = ("Ethiopia's government, which took part in the final analysis, has rejected its conclusions. The UN said "
         "350,000 people were living in famine conditions.")
    assert errors(a, b) == [("negation-flip", "was not part of", "took part in")]



# ---------------------------------------------------------------- twenty-eighth sitting: read on r86s, r87 and r88w


def test_a_place_is_shown_with_the_division_it_names_after_its_preposition():
    a = "The miners were working in the Wai Khar area of Hpakant, in Kachin state, when the pile collapsed."
    b = "The miners were working in the Wai Khar area of Hpakant, in Sagaing state, when the pile collapsed."
    assert ("place-mismatch", "in Kachin state", "in Sagaing state") in errors(a, b)


def test_a_precise_bound_rounded_down_to_the_round_figure_below_it_is_one_count():
    a = "At least 162 people were killed when a landslide swept over jade miners on Thursday, police said."
    b = "More than 160 jade miners were killed when a landslide swept over them on Thursday, police said."
    assert not [e for e in flagged(a, b) if e[0] == "number-mismatch"]
    c = "More than 150 jade miners were killed when a landslide swept over them on Thursday, police said."
    assert [e[0] for e in flagged(a, c)] == ["number-mismatch"]  # not the round figure just below


def test_two_round_bounds_are_two_figures_whatever_their_steps():
    a = "The government has promised compensation of at least 30,000 euros to each wrongly accused family."
    b = "The government has pledged to pay at least 35,000 euros to every family affected."
    assert [e[0] for e in errors(a, b)] == ["number-mismatch"]
    assert errors("At least 1,040 people were killed in the quake on Thursday, officials said.",
                  "More than 1,000 people were killed in the quake on Thursday, officials said.") != []  # two round


def test_a_time_of_day_written_two_ways_is_one_anchor_of_the_day_it_is_on():
    a = facts_of("The blast struck at about 3:20 p.m. on Tuesday during a shift change.")
    b = facts_of("An explosion ripped through it at around 3.20pm yesterday, just as one shift was handing over.")
    day_a, day_b = (next(f for f in vf.facts if f.kind == "date") for vf in (a, b))
    assert {k for k in day_a.near & day_b.near if k.startswith("q:")} == {"q:clock:15.33"}


def test_a_hedged_figure_converted_is_allowed_a_twentieth_not_a_tenth():
    a = "The avalanche buried them at an altitude of about 5,800 meters."
    b = "The avalanche buried them at an altitude of 21,000 feet."
    assert [e[0] for e in errors(a, b)] == ["number-mismatch"]  # 6,400 m
    c = "The avalanche buried them at an altitude of 19,000 feet."
    assert errors(a, c) == []  # 5,791 m


def test_the_only_height_of_two_paired_sentences_agreeing_on_two_facts_is_one_measure():
    a = ("The avalanche struck at about 6:45 a.m. in the Khumbu Icefall, a jumble of ice blocks just above base camp, "
         "at an altitude of about 5,800 meters (19,000 feet). Sixteen guides died.")
    b = ("They were crossing the Khumbu Icefall, the maze of shifting ice above base camp, when a serac broke away at "
         "about 6.45am and buried them at some 6,400m (21,000ft). Sixteen guides died.")
    assert ("number-mismatch", "about 5,800 meters", "at some 6,400m") in dated(a, b, "2014-04-18", "2014-04-19")


@pytest.mark.parametrize("a, x, b, y, sole", [
    ("The avalanche buried them at an altitude of about 5,800 meters (19,000 feet).", "5,800",
     "A serac broke away and buried them at some 6,400m (21,000ft).", "6,400", True),
    # spans of time: "three days in a row" / "each of the previous two days" are two spans
    ("Lytton broke Canada's all-time heat record for three days in a row, reaching 49.6C on Tuesday.", "three",
     "Lytton recorded 49.6C on Tuesday, beating the Canadian record it had set on each of the previous two days.",
     "two", False),
    # a margin beside a level
    ("Eaton had scored 9,045 points when he won the world title in Beijing in 2015.", "9,045",
     "Mayer beat the record set by Eaton at the 2015 world championships in Beijing by 81 points.", "81", False),
    # one of several payments beside their total
    ("The sum included two payments of 75,000 euros, made through a barter account linked to a deal with Renault.",
     "75,000", "Of that, 150,000 euros was paid through a barter account linked to a Renault deal.", "150,000", False),
    # the size of a thing beside a position
    ("Revol and Mackiewicz reached the 8,126-metre summit on Thursday.", "8,126",
     "She had to leave her partner, Mackiewicz, in a crevasse at 7,500 metres on Thursday.", "7,500", False),
])
def test_a_span_a_margin_one_of_several_sums_or_a_things_size_is_no_sole_measure(a, x, b, y, sole):
    from checker.match import _sole_measures

    va, vb = facts_of(a), facts_of(b)
    fx = next(f for f in va.facts if f.kind == "quantity" and x in f.text)
    fy = next(f for f in vb.facts if f.kind == "quantity" and y in f.text)
    assert _sole_measures(fx, fy, va, vb, {(fx.claim, fy.claim)}) is sole  # as if the two sentences were paired


def test_a_negation_of_an_infinitive_leaves_the_verb_before_it_plain():
    a = ("Police said the miners had been warned on Wednesday not to work in the area because of the heavy rain, but "
         "many had ignored the warning.")
    b = "According to police, the miners had not been warned about the danger, despite days of heavy rain."
    assert [(e[0], e[2]) for e in errors(a, b)] == [("negation-flip", "had not been warned about")]
    assert errors("He was told not to go.", "He was told not to leave.") == []


def test_a_modal_perfect_says_what_was_not_done():
    a = "Alckmin, who was re-elected in October, has been criticized for not acting sooner. Reservoirs are low."
    b = "Critics say Alckmin should have acted sooner. Reservoirs are low."
    assert flagged(a, b) == []
    assert flagged("The governor did not act sooner, critics said.",
                   "The governor should have acted sooner, critics said.") == []
    assert [e[0] for e in errors("The governor did not act sooner, critics said.",
                                 "The governor acted sooner, critics said.")] == ["negation-flip"]


def test_a_negated_quotation_is_shown_to_its_noun():
    a = '"Shipping water in is an option we are preparing, but it is not our first choice," Mascort said.'
    b = '"Shipping water in is an option we are preparing, but it is now our first choice," Mascort said.'
    assert ("negation-flip", "it is not our first choice", "it is now our first choice") in errors(a, b)


def test_each_versions_only_day_a_rule_starts_is_one_day():
    a = ("Exporters of fluorinated polyimide and hydrogen fluoride will need a licence for each shipment to South "
         "Korea from Thursday, July 4. Japan denied it was retaliation.")
    b = ("From Friday, Japanese companies shipping fluorinated polyimide to South Korea will need a licence for every "
         "consignment. Japan denied it was retaliation.")
    assert ("date-mismatch", "from Thursday, July 4", "From Friday") in dated(a, b, "2019-07-01", "2019-07-02")
    shared = " Reservoirs in the region are at their lowest level since records began. Fountains will be switched off."
    c = ("Water limits were agreed on Thursday for six million people. The measures take effect on Friday, when the "
         "decree is published in the gazette." + shared)
    d = ("Six million people in Catalonia will face strict water limits from tomorrow after the region declared a "
         "drought emergency. The regional president said on Thursday there was no alternative." + shared)
    assert ("date-mismatch", "on Friday", "limits from tomorrow") in dated(c, d, "2024-02-01", "2024-02-02")


def test_a_body_of_a_country_is_not_its_people():
    a = ("Relations have soured since South Korea's Supreme Court ordered Nippon Steel to compensate four Koreans "
         "forced to work in its mills. Japan denied retaliation.")
    b = ("The dispute stems from rulings by South Korea's Constitutional Court ordering Japanese companies to "
         "compensate Koreans forced to work for them. Japan denied retaliation.")
    assert [e[0] for e in errors(a, b)] == ["organisation-mismatch"]


def test_what_the_story_gives_as_the_source_of_one_figure_is_one_source():
    a = ("Reservoirs in the Ter-Llobregat system were at 15.8% of capacity, below the threshold that triggers an "
         "emergency, according to the Catalan Water Agency. Six million people are affected.")
    b = ("Reservoirs supplying the area stood at 15.8 percent of capacity, according to the Ebro Hydrographic "
         "Confederation. Six million people are affected.")
    assert [(e[1], e[2]) for e in errors(a, b)] == [("Catalan Water Agency", "Ebro Hydrographic Confederation")]
    c = ("Reservoirs supplying the area stood at 15.8 percent of capacity, according to the Catalan Water Agency. "
         "Six million people are affected.")
    assert errors(a, c) == []


def test_a_warning_is_a_statement_of_its_day():
    shared = " Reservoirs are at their lowest level in decades. The state governor has denied that water is rationed."
    a = ("Residents of Sao Paulo could soon go five days a week without running water, a senior official of the state "
         "water utility warned on Tuesday, as Brazil's biggest city faces its worst drought in more than 80 years."
         + shared)
    b = ("Millions of people in Sao Paulo may soon have running water only two days a week, an executive at the state "
         "water company said on Monday, in the starkest warning yet about the drought." + shared)
    assert dated(a, b, "2015-01-27", "2015-01-28") == [("date-mismatch", "warned on Tuesday", "said on Monday")]


def test_figures_of_one_country_named_two_ways_have_one_owner():
    from checker.match import _other_owners

    x = figure("Washington will remove its 25 percent tariff on steel within two days.")
    y = figure("The U.S. tariffs of 25 percent on steel were lifted over the weekend.")
    z = figure("Ottawa will drop its 25 percent tariff on U.S. whiskey.")
    assert (x.owner, y.owner) == ("washington", "u.s.") and not _other_owners(x, y)
    assert _other_owners(x, z)


def test_a_tally_the_later_version_gives_as_it_stands_now_is_an_update():
    shared = " The mine's owner, SDS-Ugol, is one of Russia's biggest coal producers. Investigators opened a criminal case."
    a = ("A fire at a Siberian coal mine killed 52 people on Thursday. Six rescuers who had gone into the mine to look "
         "for survivors were among the dead, officials said." + shared)
    b = ("Officials revised the death toll from the fire down to 51 after a rescuer presumed dead was found alive. "
         "The dead now include 46 miners and five rescuers, officials said." + shared)
    assert dated(a, b, "2021-11-25", "2021-11-26") == []
    assert dated_flags(a, b, "2021-11-25", "2021-11-26") == [("number-mismatch", "Six rescuers", "five rescuers")]


def test_one_statement_alike_in_most_words_keeps_its_changed_body_between_two_articles(monkeypatch):
    from checker.match import StoryMatches

    monkeypatch.setattr(StoryMatches, "kin", property(lambda self: False))  # two articles on one event
    a = ("The Ministry of Land and Resources said the disaster was caused by an artificial hill of soil and debris at "
         "a former quarry, not by a natural landslide. Rescuers searched the mud.")
    b = ("The Ministry of Housing and Urban-Rural Development has said the slide was caused by an artificial mound of "
         "soil and debris at a former quarry, not by natural geological forces. Rescuers searched the mud.")
    assert errors(a, b) == [("organisation-mismatch", "Ministry of Land and Resources",
                             "Ministry of Housing and Urban-Rural Development")]


def test_one_countrys_office_has_one_holder_between_two_articles(monkeypatch):
    from checker.match import StoryMatches

    monkeypatch.setattr(StoryMatches, "kin", property(lambda self: False))
    a = "U.S. Trade Representative Ron Kirk said the decision was made after careful consideration. Tyres were hit."
    b = "The duties follow the law, U.S. Trade Representative Susan Schwab told reporters in Washington. Tyres were hit."
    assert errors(a, b) == [("person-role-mismatch", "Ron Kirk", "Susan Schwab")]
    c = "Foreign Minister Sergei Lavrov said the talks had failed. Tyres were hit."
    d = "The talks broke down, Foreign Minister Andrei Kozyrev told reporters in Moscow. Tyres were hit."
    assert errors(c, d) == []  # whose foreign minister? Between two articles, perhaps two countries'


def test_an_upper_bound_stands_against_the_top_of_a_range():
    from checker.compare_values import agree, comparable

    bottom, top = (f for f in facts_of("The vase had been estimated at 800,000 to 1.2 million pounds before the "
                                       "sale.").facts if f.kind == "quantity")
    bound = figure("The vase had been expected to fetch up to £2m.")
    assert comparable(bound, top) and not agree(bound, top)  # the tops of one estimate, not a bound and a figure
    assert not comparable(bound, bottom)
    assert agree(figure("It had been expected to fetch up to 1.2 million pounds."), top)
    from checker.match import _totals
    assert _totals([bottom, top]) == {}  # the two ends of a range add up to nothing


@pytest.mark.xfail(strict=True, reason="a name the other version writes in many sentences counts as restated; not "
                   "counting it so (tried) made the read stories raise 33 more false errors, names matched wrongly")
def test_a_name_the_other_version_writes_in_sentence_after_sentence_restates_nothing():
    a = ("Hockney's painting sold for $90.3 million at Christie's on Thursday night. The price eclipsed the previous "
         "record of $58.4 million set by Jeff Koons' sculpture Balloon Dog at Christie's in 2013. Two bidders "
         "battled for nine minutes.")
    b = ("Hockney's painting sold for $90.3 million at Christie's on Thursday. The price broke the record set by "
         "Jeff Koons, whose Balloon Dog sold for $58.4 million at Sotheby's in 2013. Two phone bidders competed for "
         "nine minutes, Christie's said. Christie's and Sotheby's sold more than $1 billion of art this week.")
    assert ("organisation-mismatch", "Christie's", "Sotheby's") in dated(a, b, "2018-11-15", "2018-11-16")


def test_a_year_mistyped_beside_a_figure_both_give_is_one_sale():
    a = ("The cup sold for HK$281.24 million on Tuesday. It was last sold at auction in 1999, also at Sotheby's in "
         "Hong Kong, when it fetched HK$29.17 million.")
    b = ("The cup sold for HK$281.24 million on Tuesday. The cup was last sold in 1989 for HK$29.17 million, when it "
         "was bought for the Meiyintang collection.")
    assert ("date-mismatch", "in 1999", "last sold in 1989") in dated(a, b, "2014-04-08", "2014-04-09")


@pytest.mark.xfail(strict=True, reason="'Red Cross' reads as a person's name; an alias for it (tried) set it against "
                   "'ICRC' (the International Committee of the Red Cross) as another body")
def test_the_red_cross_is_a_body():
    assert [(f.text, f.item.kind) for f in facts_of("The Red Cross said 23 people had died.").facts
            if f.kind == "name"] == [("Red Cross", "org")]


def test_the_author_of_one_dated_report_is_one_source():
    a = ("Rescuers recovered 41 bodies. A 2019 report by the Court of Accounts, the state auditor, had warned of the "
         "risk of firedamp explosions at the mine.")
    b = ("Rescuers recovered 41 bodies. A report by the Chamber of Mining Engineers had warned five years ago that "
         "the pit was at risk of a firedamp explosion.")  # under the datelines of `matches`, March 2024
    assert [(e[1], e[2]) for e in dated(a, b, "2024-03-12", "2024-03-13")] == [
        ("Court of Accounts", "Chamber of Mining Engineers")]
    court = next(m for m in matches(a, b) if m.a.text == "Court of Accounts")
    assert court.source and court.confident  # whatever else the two sentences share


def test_each_versions_only_town_the_site_lies_near_is_one_place():
    a = ("A fire at a coal mine in Siberia killed 52 people. The mine, near the town of Belovo, is owned by SDS-Ugol, "
         "one of Russia's largest coal producers.")
    b = ("A fire at a coal mine in Siberia killed 52 people. The blaze broke out when coal dust ignited at the "
         "Listvyazhnaya mine, near the city of Novokuznetsk in the Kemerovo region.")
    assert [(e[1], e[2]) for e in dated(a, b, "2021-11-25", "2021-11-26")] == [("Belovo", "Novokuznetsk")]
    c = b.replace("near the city of Novokuznetsk", "near the town of Belovo")
    assert dated(a, c, "2021-11-25", "2021-11-26") == []


@pytest.mark.xfail(strict=True, reason="the doer of a verb in a relative clause joined by 'and' is not read (the "
                   "subject before 'attended' is 'and'), and the sentences are too far apart to match the predicate "
                   "without it")
def test_a_predicate_turned_round_in_a_relative_clause_about_the_same_person_is_a_flip():
    a = ("Hockney's painting sold for $90.3 million on Thursday night. Hockney, 81, did not attend the sale. He has "
         "lived in Los Angeles for decades.")
    b = ("Hockney's painting sold for $90.3 million on Thursday night. The 81-year-old, who was born in Bradford and "
         "attended the sale with friends, has lived in California for most of his adult life.")
    assert [e[0] for e in dated(a, b, "2018-11-15", "2018-11-16")] == ["negation-flip"]


@pytest.mark.xfail(strict=True, reason="a warning only: each version gives the bidding's length once, in words the "
                   "anchors do not share ('battled for' / 'of bidding'), and spans of time are no sole measure")
def test_the_length_of_one_bidding_war_told_two_ways_is_one_length():
    a = ("Hockney's painting sold for $90.3 million on Thursday night. Two telephone bidders battled for about nine "
         "minutes before the hammer fell at $80 million.")
    b = ("Hockney's painting sold for $90.3 million on Thursday night. It was knocked down after about seven minutes "
         "of bidding between two buyers on the telephone. The hammer price was $80 million.")
    assert [e[0] for e in dated(a, b, "2018-11-15", "2018-11-16")] == ["number-mismatch"]


@pytest.mark.xfail(strict=True, reason="two places of no known kind, each where the avalanche was, in sentences that "
                   "share nothing else: no anchor says they stand in one slot")
def test_where_the_one_avalanche_struck_is_one_place():
    a = ("An avalanche on Mount Everest killed 13 Sherpa guides on Friday. The avalanche struck at about 6:45 a.m. in "
         "the Khumbu Icefall, a jumble of ice blocks just above base camp.")
    b = ("An avalanche on Mount Everest killed 13 Sherpa guides on Friday. The avalanche on the Lhotse Face killed "
         "guides carrying equipment for foreign climbers.")
    assert [(e[1], e[2]) for e in dated(a, b, "2014-04-18", "2014-04-19")] == [("in the Khumbu Icefall",
                                                                                 "on the Lhotse Face")]


# ---------------------------------------------------------------- names of buildings, lists and routes


def test_a_saints_abbreviation_opens_the_name_of_a_building():
    vf = facts_of("The requiem was sung in St. Stephen's Basilica before the burial.")
    assert [f.text for f in vf.facts if f.kind == "name"] == ["St. Stephen's Basilica"]


@pytest.mark.parametrize("text, value", [
    ("The convoy stopped outside Lagos City Hall.", "Lagos City Hall"),
    ("Fans gathered at the Varela Grandstand in the capital.", "Varela Grandstand"),
    ("The body was taken to Hollybrook Crematorium.", "Hollybrook Crematorium"),
])
def test_a_building_is_named_by_its_last_word_and_is_nobody(text, value):
    found = name(text, value)
    assert found.item.kind == "org" and found.owner is None  # not a person called "Varela Grandstand"


def test_a_surname_that_is_also_a_building_word_stays_a_person():
    assert name("Arsenio Hall thanked the audience.", "Arsenio Hall").item.kind == "person"


def test_a_building_put_for_another_where_one_thing_happened_is_an_error():
    a = ("The gunman seized the tour bus on Monday morning and had it parked near the Varela Grandstand in Rizal "
         "Park. He released six hostages during the day.")
    b = ("He released six of the hostages during the day. The gunman took over the tour bus on Monday morning and "
         "ordered the driver to park it outside Lagos City Hall.")
    assert [(e[1], e[2]) for e in errors(a, b)] == [("Varela Grandstand", "Lagos City Hall")]


def test_one_list_kept_but_for_one_member_has_changed_that_member():
    a = ("Police said the gunman shot dead three soldiers in Toulouse and Montauban earlier this month. He was killed "
         "by a police sniper on Thursday.")
    b = ("He was killed by a police sniper on Thursday. Earlier this month the gunman had shot dead three soldiers in "
         "Toulouse and Carcassonne, police said.")
    assert [(e[1], e[2]) for e in errors(a, b)] == [("Montauban", "Carcassonne")]


def test_a_route_run_the_other_way_is_reversed_though_one_end_is_named_twice():
    a = ("The coffin was flown to Mannheim, and then carried by boat along the Rhine from Mannheim to Koblenz. Crowds "
         "lined the banks.")
    b = ("Crowds lined the banks. The coffin was carried by boat along the Rhine from Koblenz to Mannheim.")
    assert [e[0] for e in errors(a, b)] == ["direction-flip"]


def test_the_same_trade_of_two_realms_is_two_bodies():
    a = ("Airlines cancelled 300 flights on Tuesday, most of them in Britain. European air traffic control agency "
         "Eurocontrol said about 500 flights had been cancelled across Europe.")
    b = ("Airlines cancelled 300 flights on Tuesday, most of them in Britain. Germany's air traffic control agency DFS "
         "said Bremen airport closed at 5 a.m.")
    assert errors(a, b) == []


def test_each_versions_only_firm_of_a_trade_is_one_firm_whatever_country_each_gives_it():
    a = ("The hostage was freed on Tuesday after two years in captivity. He thanked the soldiers who freed him. His "
         "four bodyguards, employed by Canadian security firm Garrison, did not survive.")
    b = ("The bodyguards who died had worked for the British security company Sentinel Risk. The hostage was freed on "
         "Tuesday after two years in captivity. He thanked the soldiers who freed him.")
    assert [(e[1], e[2]) for e in errors(a, b)] == [("Garrison", "Sentinel Risk")]


# ---------------------------------------------------------------- whose a figure is


def test_a_body_that_a_relative_clause_describes_owns_the_figure_past_it():
    f = figure("Regional carrier Aurigny, which serves the Channel Islands, said it had cancelled 42 flights.")
    assert f.owner == "aurigny"


def test_a_body_owns_nothing_past_a_relative_clause_when_another_subject_follows():
    f = figure("Regional carrier Aurigny, which serves the Channel Islands, said the airport had cancelled 42 "
               "flights.")
    assert f.owner is None


def test_one_bodys_figure_with_its_digits_turned_round_is_an_error():
    a = ("Ash forced airlines to ground flights on Tuesday. Regional carrier Aurigny, which serves the Channel "
         "Islands, said it had cancelled 42 flights.")
    b = ("Airlines grounded flights on Tuesday as ash drifted south. Aurigny, which grounded 24 services, expected "
         "more delays.")
    assert [(e[1], e[2]) for e in errors(a, b)] == [("42 flights", "24 services")]


# ---------------------------------------------------------------- parts, ranks and words of one meaning


def test_two_parts_of_one_whole_with_opposite_moves_are_two_facts():
    a = ("The census counted 5.1 million people. Twenty-two of the country's 30 counties lost population, the "
         "statistics office said.")
    b = ("The census counted 5.1 million people. Only eight of the 30 counties gained population, mostly around the "
         "capital.")
    assert flagged(a, b) == []


def test_one_part_of_one_whole_told_as_another_count_is_still_an_error():
    a = "The census counted 5.1 million people. Twenty-two of the 30 counties lost population, the office said."
    b = "The census counted 5.1 million people. Eight of the 30 counties lost population, the office said."
    assert [e[0] for e in errors(a, b)] == ["number-mismatch"]


def test_two_parts_that_do_not_fit_in_their_whole_together_still_disagree():
    a = "The census counted 5.1 million people. Twenty-two of the 30 counties lost population, the office said."
    b = "The census counted 5.1 million people. Twenty of the 30 counties gained population, the office said."
    assert [e[0] for e in errors(a, b)] == ["number-mismatch", "direction-flip"]


def test_a_decade_is_no_date_and_no_count():
    assert [f.text for f in facts_of("Growth was the slowest since the 1930s and the 1980's.").facts
            if f.kind in ("date", "quantity")] == []


def test_a_rank_among_other_years_is_another_ranking():
    a = ("The population grew 6.1% in the decade, the third-slowest rate of growth since the first census in 1841. "
         "The office published the figures on Tuesday.")
    b = ("The population grew 6.1% in the decade, the slowest growth since the 1980s. The office published the "
         "figures on Tuesday.")
    assert errors(a, b) == []


def test_a_plain_word_lessened_says_what_its_negating_prefix_says():
    a = "Economists warned that a voluntary survey would produce less reliable data on poorer households."
    b = "Economists warned that a voluntary survey would produce unreliable data on poorer households."
    assert errors(a, b) == []


def test_flights_suspended_are_flights_cancelled():
    a = "The airline cancelled all its flights to the islands until 2 p.m. on Tuesday because of the ash."
    b = "The airline suspended all flights to the islands until 2 p.m. on Tuesday because of the ash."
    assert errors(a, b) == []


def test_a_postponed_match_is_still_not_a_cancelled_one():
    a = "The final was cancelled on Sunday because of the storm, the federation said."
    b = "The final was postponed on Sunday because of the storm, the federation said."
    assert [e[0] for e in errors(a, b)] == ["term-changed"]


# ---------------------------------------------------------------- quotations


def test_one_modal_put_for_another_of_other_force_in_a_quotation_is_an_error():
    a = '"Only a fool would think such a coalition could have survived the winter," Mr Ross said.'
    b = '"Only a fool would think such a coalition should have survived the winter," Mr Ross said.'
    assert errors(a, b) == [("quote-altered", "coalition could have survived", "coalition should have survived")]


def test_will_told_back_as_would_in_a_quotation_is_no_error():
    a = '"We will rebuild the bridge," Mr Ross said.'
    b = '"We would rebuild the bridge," Mr Ross said.'
    assert errors(a, b) == []


def test_a_negation_cut_from_the_end_of_a_quotation_turns_it_round():
    a = 'He resigned on Wednesday. "The question is whether a voluntary survey can replace a census. It can not."'
    b = ('"The question is whether a voluntary survey can replace a census. It can," he wrote in his resignation '
         'statement on Wednesday.')
    assert errors(a, b) == [("quote-altered", "It can not", "It can")]


def test_a_quotation_cut_short_before_other_words_is_only_shorter():
    a = '"We will rebuild the bridge, and we will do it quickly," Mr Ross said on Tuesday.'
    b = '"We will rebuild the bridge," Mr Ross said on Tuesday.'
    assert flagged(a, b) == []


# ---------------------------------------------------------------- what a finding shows


def test_a_state_turned_round_is_shown_with_its_preposition_and_verb():
    a = "Police said the gunman was on bail on charges of arson. He took 17 people hostage in the cafe on Monday."
    b = ("He took 17 people hostage in the cafe on Monday. The gunman, a self-styled cleric, had been refused bail on "
         "charges of arson, police said.")
    assert errors(a, b) == [("negation-flip", "was on bail", "had been refused bail on")]


def test_a_passive_turned_round_is_shown_with_its_auxiliaries_and_what_it_is_treated_as():
    a = "Police said on Friday the fire was not being treated as suspicious."
    b = "Police said on Friday the fire was being treated as suspicious."
    assert errors(a, b) == [("negation-flip", "was not being treated as suspicious", "was being treated as suspicious")]


def test_a_name_before_branch_is_a_body():
    assert name("The gunman walked into the Sparbanken branch on the main square.", "Sparbanken").item.kind == "org"


def test_the_word_company_gives_no_body_a_role_of_its_own():
    a = ("A judge on Monday ordered Chevron to pay $8.6 billion in damages. Chevron says state oil company Petrolia is "
         "responsible for the remaining pollution.")
    b = ("Chevron vowed on Tuesday to fight the $8.6 billion judgment. The National Court of Justice ordered the "
         "company on Monday to pay the damages.")
    assert [e for e in errors(a, b) if e[0] == "organisation-mismatch"] == []


@pytest.mark.xfail(strict=True, reason="the two predicates are synonyms the anchors do not share ('problem began' / "
                   "'fault had emerged'), so the two times of day are never matched")
def test_one_start_told_with_other_words_keeps_its_time_of_day():
    a = ("Flights were cancelled across Britain on Monday. The problem began at about 8.30 a.m., when many families "
         "were flying home.")
    b = ("Flights were cancelled across Britain on Monday. The fault, which the air traffic service said had emerged "
         "at about 10.30am, knocked out the flight-plan system.")
    assert [e[0] for e in errors(a, b)] == ["number-mismatch"]


@pytest.mark.xfail(strict=True, reason="a level's move told by an apposition ('16.60 percent, a fall of 6.29 "
                   "percentage points') is not compared with the other version's 'rose to 16.6 per cent'")
def test_a_level_said_to_rise_where_the_other_version_says_it_fell_is_a_flip():
    a = ("China's population reached 1.34 billion. Those aged 14 and under accounted for 16.60 percent, a fall of "
         "6.29 percentage points.")
    b = ("China's population reached 1.34 billion. The share of children aged 14 and under rose to 16.6 per cent.")
    assert [e[0] for e in errors(a, b)] == ["direction-flip"]


# ---------------------------------------------------------------- thirtieth sitting: read on r90b, r91 and r92


def test_a_verb_made_of_a_noun_of_a_contrast_set_is_no_value_of_it():
    a = "Paris, which backs the rebels in the north, said it was deeply concerned by the vote."
    b = "Paris, which has armed the rebels in the north, said it was deeply concerned by the vote."
    assert [f for f in flagged(a, b) if f[0] == "term-changed"] == []


def test_two_verbs_made_of_one_contrast_set_are_still_compared():
    a = "Group profits doubled in the year to March, the company said."
    b = "Group profits tripled in the year to March, the company said."
    assert [f[0] for f in flagged(a, b)] == ["term-changed"]


def test_a_denied_alternative_before_the_affirmed_one_is_no_flip():
    a = "The terminal itself was designed by Zaha Hadid Architects, a London practice that won the 2015 contest."
    b = ("There is a twist: the terminal was designed not by a local firm but by the London practice Zaha Hadid "
         "Architects, whose bold entry won the contest in 2015.")
    assert [f for f in flagged(a, b) if f[0] == "negation-flip"] == []


def test_a_denied_alternative_the_other_version_affirms_is_still_a_flip():
    a = "The new terminal was designed by a local firm after a contest in 2015."
    b = "The new terminal was designed not by a local firm but by Zaha Hadid Architects after a contest in 2015."
    assert [f[0] for f in errors(a, b)] == ["negation-flip"]


def test_never_and_only_once_are_shown_with_what_was_done():
    a = "The club, which has never won the FA Cup, reached the final for the third time."
    b = "The club, which has won the FA Cup only once, reached the final for the third time."
    assert errors(a, b) == [("negation-flip", "has never won the FA Cup", "has won the FA Cup only once")]


def test_a_participle_after_a_name_gives_it_no_role():
    n = name("President Emmanuel Macron, standing with Germany's chancellor, Olaf Scholz, said the bridge was a "
             "symbol.", "Emmanuel Macron")
    assert "chancellor" not in n.item.role


def test_whose_office_a_participle_names_is_the_next_name():
    a = "German Chancellor Olaf Scholz attended the ceremony alongside Macron."
    b = ("President Emmanuel Macron, standing with Germany's chancellor, Angela Merkel, said the bridge would open "
         "on Sunday.")
    assert [(e[1], e[2]) for e in errors(a, b) if e[0] == "person-role-mismatch"] == [("Olaf Scholz", "Angela Merkel")]


def test_tenths_of_a_second_are_no_count_and_no_rank():
    f = facts_of("She beat the champion by two tenths of a second.")
    assert [q.item.unit for q in f.facts if q.kind == "quantity" and q.text == "second"] == []
    a = "She won the race on Sunday, holding off three-time winner Ann Lee in a close finish."
    b = "She won the race yesterday, passing Ann Lee on the last lap and holding her off by two tenths of a second."
    assert [e for e in errors(a, b) if e[0] == "number-mismatch"] == []


def test_a_length_of_time_before_after_and_a_clause_is_no_time_counted_from_it():
    assert figure("Protesters halted the march for about 50 minutes after chaining themselves to a van.").item.noun \
        != "after"
    assert figure("He was arrested two days after the attack.").item.noun == "after"


def test_figures_thousands_of_times_apart_in_moved_sentences_are_two_things():
    a = ("The new toll bridge opened on Saturday. The minister's own convoy paid 12,300 rupees at the toll gate, "
         "officials said.")
    b = ("More than 40,000 vehicles crossed in the first day, paying about 18 million rupees in tolls. The new toll "
         "bridge opened on Saturday.")
    assert [e for e in errors(a, b) if e[0] == "number-mismatch"] == []


def test_two_days_each_version_also_gives_elsewhere_date_two_events(embedder):
    a = ("Spanish police have recovered a Goya painting and a Miro stolen from Bilbao's Fine Arts Museum ten years ago "
         "and arrested a man who confessed to the theft, officials said on Tuesday. Goya's 1799 \"Portrait of a Girl\" "
         "and Joan Miro's 1925 \"Windmill with Summer House by the River\" were taken in a night-time raid on March 3, "
         "2014. The thief set off alarms to distract security guards before breaking in through a balcony door.")
    b = ("A man accused of stealing a Goya and a Miro from Spain's Fine Arts Museum in 2014 appeared before a "
         "prosecutor on Wednesday. Goya's \"Portrait of a Girl,\" which the artist gave to the Spanish people in 1801, "
         "and Miro's \"Windmill with Summer House by the River\" were shown to reporters at the Culture Ministry on "
         "Tuesday. The thief had set off the gallery's alarm system several times to confuse guards before breaking in "
         "on March 3, 2014.")
    assert [e for e in dated(a, b, "2021-06-29", "2021-06-30", embedder) if e[0] == "date-mismatch"] == []


def test_an_adjective_of_a_region_names_the_region():
    a = "Organisers stressed that the votes had nothing to do with the Sicilian independence referendum held on May 1."
    b = "Organisers were at pains to distance the votes from Sicily's independence referendum on 1 May."
    assert flagged(a, b) == []


def test_a_figure_of_the_next_day_is_not_a_mistyped_one_despite_a_month_in_the_other_sentence():
    a = ("The central bank set the midpoint 0.5 percent weaker, at 7.1846 per dollar, the biggest cut since last "
         "August.")
    b = ("Also on Wednesday, the central bank set the midpoint slightly stronger, at 7.1836 per dollar, after a week "
         "of cuts.")
    assert [e for e in dated(a, b, "2024-03-12", "2024-03-13") if e[0] == "number-mismatch"] == []


def test_a_move_taken_back_later_is_told_as_recovering_part_of_an_earlier_fall():
    a = "The blue-chip DAX index slumped 4.2 percent to 17,125, while the MDAX index lost 4.1 percent to 25,010."
    b = ("The MDAX index rose 2 percent to 25,500, recovering part of Monday's 4.1 percent plunge. Traders said buyers "
         "returned.")
    assert [e for e in dated(a, b, "2024-03-11", "2024-03-12") if e[0] == "movement-reversed"] == []


def test_an_act_named_as_what_it_would_cause_is_not_said_to_be_done():
    a = ("Miyahara said the exchange had decided not to reopen trading during the session because doing so could "
         "cause confusion for investors who had already placed orders.")
    b = ("Mr Miyahara said reopening during the session risked confusing investors whose orders were already in the "
         "system, and that the exchange expected normal trading to resume today.")
    assert [f for f in flagged(a, b) if f[0] == "negation-flip"] == []


def test_deciding_against_an_act_is_deciding_not_to_do_it():
    a = "The exchange had decided not to reopen the market on Thursday afternoon, its president said."
    b = "The exchange had decided against reopening the market on Thursday afternoon, its president said."
    assert flagged(a, b) == []


def test_a_three_word_quotation_given_to_another_speaker_paragraphs_apart_is_an_error():
    a = ("The Greens won 31 percent of the vote. Turnout was 64 percent. Mike Brandt, the CDU's leader in Saxony, "
         "called it \"a bitter evening\" for his party.")
    b = ("The CDU fell 11 points to 20 percent. Its candidate, Anna Weber, spoke of \"a bitter evening\" for the "
         "party. The Greens won 31 percent of the vote.")
    assert [e[0] for e in errors(a, b)] == ["quote-attribution"]


def test_each_versions_one_time_left_before_the_end_is_one_figure():
    a = ("Audi won the race on Sunday after the leading Peugeot broke down with about four minutes left. The car "
         "stopped on the start-finish straight.")
    b = ("The No. 7 Peugeot lost power with about seven minutes of the race remaining and stopped on the start-finish "
         "straight. Audi won the race.")
    assert [(e[1], e[2]) for e in errors(a, b) if e[0] == "number-mismatch"] == [("about four minutes",
                                                                                   "about seven minutes")]


@pytest.mark.xfail(strict=True, reason="the assignment maximises the sum of the scores, so two weak matches of the "
                   "other names (0.47 each) outbid the one strong match of the list's changed member (0.60); a convex "
                   "worth (the square of the score above the bar) fixed this but moved 13 read stories, 6 of them "
                   "to a lost find or a new false error")
def test_one_strong_match_outbids_two_weak_ones():
    a = ("Iraqi Prime Minister Haider Jabbar has given the Kurdistan Regional Government until Friday to hand over "
         "control of Erbil and Bamarni international airports to federal authorities or face a ban on international "
         "flights. Turnout in the referendum was 72 percent.")
    b = ("Turnout in the referendum was 72 percent. Haider Jabbar, the Iraqi prime minister, has told the regional "
         "government to surrender control of the airports at Erbil and Sidakan by tomorrow or see all international "
         "flights banned.")
    assert [(e[1], e[2]) for e in errors(a, b)] == [("Bamarni", "Sidakan")]


def test_an_elided_particle_is_part_of_the_name():
    assert name("The Musée d'Orsay had the right to buy it first but could not raise the funds.",
                "Musée d'Orsay").item.keys == ("musee", "d'orsay")


@pytest.mark.xfail(strict=True, reason="the agent of a passive verb set off by a participle phrase ('tunnel, built along "
                   "with its two islands by X') gets no anchor of the verb, so the two builders are never confidently "
                   "matched")
def test_each_versions_only_builder_of_one_thing_is_one_builder():
    a = ("The bridge opened on Tuesday. Harbour Engineering Co, a state-owned firm, built the undersea tunnel and the "
         "artificial islands.")
    b = ("The bridge opened on Tuesday. It includes a 6.7-km undersea tunnel, built along with its two artificial "
         "islands by Coastal Railway Works Corp.")
    assert [e[0] for e in errors(a, b)] == ["organisation-mismatch"]


def test_a_gap_to_one_rival_changed_to_the_gap_to_another_is_an_error():
    # the other rival's agreeing figure ("three behind Alonso") is told of another thing: it restates nothing
    a = ("Raikkonen, who had started the race seven points behind Hamilton and three behind Alonso, won the title. "
         "He finished with 110 points.")
    b = ("Raikkonen began the day three points behind Hamilton, but ended it with 110 points. He won the title.")
    assert [(e[1], e[2]) for e in errors(a, b) if e[0] == "number-mismatch"] == [("seven points", "three points")]


# ---------------------------------------------------------------- thirtieth sitting: read on r93


def test_a_year_that_names_the_games_dates_no_vote():
    a = ("The city won the vote on Wednesday. It had lost to Oslo for the 2010 Games in 2003 by three votes, and to "
         "Salzburg for the 2014 Games in 2007 by four votes.")
    b = ("The city won the vote on Wednesday. The victory came at the third attempt, after narrow defeats by Oslo in "
         "2003 and Salzburg in 2005.")
    assert errors(a, b) == [("date-mismatch", "in 2007", "in 2005")]


def test_a_peoples_word_says_whose_not_where():
    a = ("The South Korean delegation, led by President Lee Myung-bak, leapt to their feet as the name was announced. "
         "The vote was held on Wednesday.")
    b = ("President Lee Myung-bak, who led the delegation in Durban, said the win belonged to the whole nation. The "
         "vote was held on Wednesday.")
    assert [e for e in errors(a, b) if e[0] == "place-mismatch"] == []


def test_a_body_written_before_a_lower_case_title_makes_the_office_its_own():
    a = ("IOC President Jacques Rogge opened the envelope and read out the result. Its bid was backed by IOC "
         "vice-president Thomas Bach, a German.")
    b = ("The result was read out in the hall. IOC president Thomas Bach opened the envelope shortly after 5 p.m. "
         "local time.")
    assert [(e[1], e[2]) for e in errors(a, b) if e[0] == "person-role-mismatch"] == [("Jacques Rogge", "Thomas Bach")]


def test_a_race_time_and_the_years_a_record_stood_are_not_compared():
    a = ("Marchand broke the world record on Sunday, winning the 400m medley at the world championships in 4min "
         "02.50sec.")
    b = "For 15 years, the world record in the 400-meter medley at the world championships looked untouchable."
    assert [e for e in flagged(a, b) if e[0] == "number-mismatch"] == []


def test_a_street_written_with_its_lower_case_street_word_is_one_name():
    a = "The thieves fled down the rue Cambon on scooters, police said on Wednesday."
    b = "The thieves fled down the rue de Castiglione on scooters, police said on Wednesday."
    assert [(e[1], e[2]) for e in errors(a, b)] == [("rue Cambon", "rue de Castiglione")]


def test_how_many_more_than_before_is_no_former_level():
    a = "The hotel now has 115 suites, up from 103 before the restoration, and all its rooms remain suites."
    b = "The hotel, run by a French group, now offers 115 suites, 12 more than before."
    assert [e for e in flagged(a, b) if e[0] == "number-mismatch"] == []


def test_a_vote_told_in_favour_and_against_is_a_tally():
    a = ("Members of the committee voted 72 in favour and five against, with three abstentions, at a session in Tokyo. "
         "The city becomes the third to host the Games.")
    b = ("The city becomes the third to host the Games. Members backed it by 77 votes to five, with three abstaining, "
         "at a session in Tokyo.")
    assert [e[0] for e in errors(a, b)] == ["number-mismatch"]


def test_one_name_in_the_singular_and_in_the_plural_is_one_name():
    a = ("The kitchen is led by Gilles Reinhardt and Olivier Couvin, both holders of the Meilleur Ouvrier de France "
         "title.")
    b = "The kitchen is run by Gilles Reinhardt and Olivier Couvin, both Meilleurs Ouvriers de France."
    assert flagged(a, b) == []


def test_a_capital_after_in_is_where_not_whose():
    a = ("The sentences were read out on Monday. U.S. Secretary of State John Kerry, who met President Abdel Fattah "
         "al-Sisi in Cairo on Sunday, called the sentences \"chilling and draconian.\"")
    b = ("The sentences were read out on Monday. John Kerry, the US Secretary of State, who had met President Sisi in "
         "Amman only on Sunday, denounced the \"chilling and draconian\" sentences.")
    assert [(m.a.text, m.b.text) for m in matches(a, b) if m.b.text == "Amman" and m.confident] == [("Cairo", "Amman")]
    assert [(e[1], e[2]) for e in errors(a, b) if e[0] == "place-mismatch"] == [("in Cairo", "in Amman")]


def test_a_year_before_a_common_noun_dates_it():
    a = ("Hong Kong scrapped all property cooling measures on Wednesday. Home prices have fallen about 21% from a peak "
         "in 2021, according to an index compiled by Centaline Property Agency.")
    b = ("Hong Kong scrapped all property cooling measures on Wednesday. Prices have dropped about 21% since their "
         "2019 peak, according to Centaline Property Agency.")
    assert [(e[1], e[2]) for e in dated(a, b, "2024-02-28", "2024-02-28") if e[0] == "date-mismatch"] == [
        ("in 2021", "2019")]


def test_a_long_quotation_with_a_word_changed_stays_an_error_between_two_articles():
    a = ("The Swiss National Bank scrapped its cap on the franc on Thursday. The franc soared 30 percent against the "
         "euro. Shares in Zurich fell 8.7 percent, their worst day since 1989. Exporters warned of job losses. "
         'Thomas Jordan, the SNB chairman, told a crowded news conference in Zurich: "The floor must remain the '
         'cornerstone of our monetary policy."')
    b = ("Watch makers in the Jura counted the cost of a strong currency. Swatch's chief executive called it a "
         "tsunami. Hotels in the Alps expect fewer German guests this winter. Economists now see a recession in 2015. "
         'Jordan, who had flown back from Davos overnight, insisted: "The floor must remain the centrepiece of our '
         'monetary policy."')
    assert [x[1] for x in flagged(a, b) if x[0] == "quote-altered"] == ["error"]


# thirty-first sitting: read on r94

def test_a_possessive_ends_the_possessor_s_name_before_a_longer_alias():
    assert name("The bar is in Paris's Saint-Germain district, police said.", "Saint-Germain").item.kind == "place"
    assert name("Paris Saint-Germain won the league on Sunday.", "Paris Saint-Germain").item.kind == "org"
    assert name("The People's Bank of China cut rates on Monday.", "People's Bank of China").item.kind == "org"
    assert name("The UN's World Food Programme said on Monday.", "UN's World Food Programme").item.keys == ("wfp",)


def test_a_preposition_after_a_body_is_no_role_of_it():
    a = ("The two lions landed at Lisbon Airport shortly after noon aboard a FedEx cargo jet. They were driven to "
         "the zoo by lorry.")
    b = ("The lions were driven to the zoo by lorry. They arrived in Portugal on Sunday aboard a DHL cargo jet after "
         "a flight of nine hours.")
    assert [(e[2], e[3]) for e in flagged(a, b)] == [("FedEx", "DHL")]


def test_half_of_a_whole_is_the_count_the_other_version_gives():
    a = ("The storm flooded the shelter on Sunday. Director Anna Berg said about half of the shelter's roughly 400 "
         "dogs had drowned or were missing.")
    b = "The storm flooded the shelter on Sunday. Director Anna Berg said about 200 dogs had died or were missing."
    assert [e for e in flagged(a, b) if e[0] == "number-mismatch"] == []
    c = "The storm flooded the shelter on Sunday. Director Anna Berg said about 300 dogs had died or were missing."
    assert [e[0] for e in errors(a, c)] == ["number-mismatch"]


def test_half_without_of_is_a_share():
    assert figure("The bank's shares lost nearly half their value on Monday.").item.value == 50.0


def test_if_not_and_unless_are_one_condition():
    a = "If the club does not appeal within 10 days, the player could be moved to a team in Spain, the court said."
    b = "Unless the club appeals within 10 days, the player could be transferred to a team in Spain, the court said."
    assert [e for e in flagged(a, b) if e[0] == "negation-flip"] == []
    c = "If the club appeals within 10 days, the player could be transferred to a team in Spain, the court said."
    assert [e[0] for e in flagged(a, c) if e[0] == "negation-flip"] == ["negation-flip"]


def test_a_start_dates_the_start_not_a_verb_in_its_subject():
    a = ("Officials found the bodies of 40 cubs in a freezer on Wednesday. The operation to move all 90 bears from "
         "the park began on Monday and involved 300 police. The park has long faced accusations of abuse.")
    b = ("The park has long faced accusations of abuse from activists. Officials found the bodies of 40 cubs in a "
         "freezer on Wednesday, police said. Its owner was detained on Thursday. The raid on the park in the north, "
         "near the border, began on Tuesday and has seen 40 of the 90 bears moved.")
    assert [(e[1], e[2]) for e in dated(a, b, "2016-06-01", "2016-06-01") if e[0] == "date-mismatch"] == [
        ("began on Monday", "began on Tuesday")]


def test_landed_at_a_name_is_a_place():
    assert name("The plane landed at Siem Reap airport on Monday.", "Siem Reap").item.kind == "place"
    assert name("Analysts at Goldman Sachs said on Monday.", "Goldman Sachs").item.kind == "org"
    assert name("The train arrived hours late at Egmore station.", "Egmore").item.kind == "place"


def test_a_relative_pronoun_and_its_verb_in_the_present_date_the_verb():
    day = next(f for f in facts_of("Leaders meet at the summit in Cornwall, which opens on Friday.").facts
               if f.kind == "date")
    assert day.event == {"open"}


def test_the_one_described_as_quoted_words_is_not_their_speaker():
    text = ('Anna Berg, the group\'s chairman, described Verdi as "a brand with a bold and timeless aesthetic". '
            "Giuseppe Verdi founded the house.")
    q = next(q for q in facts_of(text).quotes)
    assert q.speaker == "berg"


def test_the_adjective_that_opens_a_body_s_full_name_is_the_body_s():
    a = ("The court ruled on Monday. Other EU governments have been watching the experiment closely as the bloc looks "
         "for new ways to deal with migration.")
    b = ("The court ruled on Monday. It has been closely watched by other European governments searching for tougher "
         "ways to curb migration.")
    assert flagged(a, b) == []


def test_the_speaker_who_closes_the_sentence_says_the_words_quoted_in_it():
    text = ('President Anna Berg will "humbly accept the will of the people" and focus on state affairs, her chief of '
            'staff Tomas Lind said.')
    assert [q.speaker for q in facts_of(text).quotes] == ["lind"]


def test_a_day_changed_in_one_statement_stays_an_error_between_two_articles():
    a = ("Prime Minister Anna Berg resigned on Tuesday after a week of protests over a leaked list of offshore "
         "companies. Thousands rallied outside parliament in the capital. Her party named the agriculture minister "
         "as her successor. Opposition leaders called for an early election. The leak named several cabinet members.")
    b = ("Fishermen in the north complained about new quotas. The central bank kept interest rates unchanged, citing "
         "weak exports. Anna Berg stepped down as prime minister on Monday following seven days of street protests "
         "sparked by the leaked list. Tourism rose by a tenth last summer. A new ferry line opened to the islands.")
    assert [(e[1], e[2]) for e in dated(a, b, "2016-04-06", "2016-04-06") if e[0] == "date-mismatch"] == [
        ("resigned on Tuesday", "on Monday")]


def test_the_one_described_before_a_second_object_is_not_the_speaker_either():
    text = ('Anna Berg was named on Monday. The Council described Berg as "a top financier of the inner circle" and '
            "Tomas Lind as one of the closest allies of President Erik Moss.")
    assert [q.speaker for q in facts_of(text).quotes] == [None]


def test_a_name_after_and_opens_the_next_clause_and_owns_nothing_before_it():
    text = ("Makazole Mapimpi scored the first try in the final in the 66th minute, and Cheslin Kolbe added a second "
            "eight minutes later.")
    assert next(f for f in facts_of(text).facts if f.text == "66th").owner == "mapimpi"


def test_a_search_under_way_goes_on_over_days():
    a = ("An international search was under way last night for the missing jet with 239 people on board. The plane "
         "vanished about an hour into a flight to Beijing.")
    b = ("Ships and planes from several countries searched on Sunday for the missing jet with 239 people aboard. The "
         "plane vanished about an hour into its flight to Beijing.")
    assert [e for e in dated(a, b, "2014-03-09", "2014-03-09") if e[0] == "date-mismatch"] == []


@pytest.mark.xfail(strict=True, reason="versions are compared with the reference only; comparing the other "
                                       "versions too found 15 more planted errors on the read set but made 36 false "
                                       "errors, most of them facts the reference would have settled")
def test_a_fact_the_reference_leaves_out_is_compared_between_the_other_versions():
    ref = ("More than 350,000 people in the region are living in famine, the United Nations said on Thursday. Aid "
           "agencies called for a ceasefire.")
    v2 = ("More than 350,000 people in the region are suffering famine, the United Nations has said. Aid agencies "
          "want a ceasefire. The crisis is expected to feature at the summit in Cornwall, which opens tomorrow.")
    v3 = ("More than 350,000 people in the region face famine, the United Nations said on Thursday. Leaders, who open "
          "their summit in Cornwall on Friday, are expected to discuss the region. Aid agencies urged a ceasefire.")
    versions = [parse_version(f" date {d} NAIROBI (Reuters) - {t}", f"{n}.txt")
                for n, d, t in (("a", "2021-06-10", ref), ("b", "2021-06-11", v2), ("c", "2021-06-11", v3))]
    result = check_versions(versions, embedder=None)
    found = [(f.name, f.a.version, f.b.version, f.b.value) for f in result.findings if f.severity == Severity.ERROR]
    assert ("date-mismatch", "b.txt", "c.txt", "on Friday") in found


def test_a_body_s_figures_are_its_own_past_an_aside_or_a_describing_word():
    texts = ("The pro-unity Ciudadanos party was the largest single party, winning 36 of the 135 seats.",
             "Ciudadanos, the unionist party led by Ines Arrimadas, won the most votes and 37 seats.")
    assert [next(f for f in facts_of(t).facts if f.text in ("36", "37")).owner for t in texts] == [
        "ciudadanos", "ciudadanos"]


# thirty-first sitting: read on r96

def test_acquitted_past_an_aside_is_cleared_of_the_same_charge():
    a = ("A court on Friday acquitted Princess Anna, the sister of the king, of tax fraud but sentenced her husband to "
         "six years in prison for embezzling public funds.")
    b = ("The sister of the king was cleared of tax fraud yesterday, but her husband faces six years in jail after "
         "being convicted of embezzling public money.")
    assert [e for e in flagged(a, b) if e[0] == "negation-flip"] == []


def test_years_and_months_are_one_span_with_a_half_year():
    a = "The court convicted six people. His partner Diego Torres was sentenced to eight years and six months."
    b = "The court convicted six people. His partner Diego Torres received eight and a half years."
    assert [e for e in flagged(a, b) if e[0] == "number-mismatch"] == []
    c = "The court convicted six people. His partner Diego Torres was sentenced to eight years and two months."
    assert [e[0] for e in flagged(c, b) if e[0] == "number-mismatch"] == ["number-mismatch"]


def test_a_regnal_number_is_no_surname():
    assert list(facts_of("Sultan Ahmad VI abdicated on Sunday, the palace said.").people) == ["ahmad"]


def test_a_people_s_word_before_a_noun_is_no_place_something_came_from():
    a = ("The palace said on Sunday that the king had abdicated. Malaysia's King Sultan Ahmad VI abdicated on Sunday, "
         "the national palace said, the first time a monarch has stepped down before the end of his term since the "
         "country's independence from Britain in 1957.")
    b = ("The palace said the king had abdicated. Sultan Ahmad VI, 49, the ruler of Pahang, stepped down yesterday, "
         "the palace announced, becoming the first Malaysian king to resign since the federation was formed in 1963.")
    assert [m for m in matches(a, b) if (m.a.text, m.b.text) == ("Britain", "Malaysian")] == []


def test_a_vote_told_by_who_backed_and_who_opposed_is_a_tally():
    a = ("The assembly approved the motion by 560 votes to 4 at its first sitting. The king has ten days to leave "
         "the palace.")
    b = ("The king has ten days to leave the palace. The vote was overwhelming: 506 members backed the republic and "
         "only four opposed it.")
    assert [e[0] for e in errors(a, b)] == ["number-mismatch"]


def test_charges_brought_later_are_a_running_tally():
    ref = "Police seized 16 tons of cocaine on Monday. Two crew members were charged on Tuesday with conspiracy."
    later = "Police seized 16 tons of cocaine on Monday. Six crew members have now been charged with conspiracy."
    assert [e[0] for e in dated(ref, later, "2019-06-18", "2019-06-21") if e[0] == "number-mismatch"] == []


def test_an_age_set_off_after_a_name_is_no_running_tally():
    from checker.check import _an_age
    from checker.model import Side

    claim = "Messina Denaro, 60, was detained by officers as he arrived for chemotherapy."
    assert _an_age(Side("a.txt", claim, (16, 18), "60"))
    assert _an_age(Side("b.txt", "The 61-year-old had vanished in 1993.", (4, 15), "61-year-old"))
    assert not _an_age(Side("a.txt", "Police detained 60 people, officials said.", (16, 18), "60"))


def test_what_a_body_leaves_to_others_is_not_its_own_figure():
    text = "Ireland itself will contribute 17.5 billion euros, leaving 67.5 billion euros from outside lenders."
    assert next(f for f in facts_of(text).facts if f.text.startswith("67.5")).owner is None


# ---------------------------------------------------------------- thirty-second sitting: read on r97


def test_a_rank_after_a_verb_of_placing_is_compared_however_written():
    a = ("Tawadros was chosen as Coptic pope on Sunday. Three names had been placed on the altar of St Mark's "
         "Cathedral after a ballot of 2,400 electors last week. Tawadros finished second in that ballot, behind Bishop "
         "Raphael, with Father Raphael Ava Mina third.")
    b = ("Tawadros was chosen as Coptic pope yesterday. Tawadros, who had finished first in last week's ballot of "
         "clergy and lay electors, was one of three names placed on the altar of St Mark's Cathedral. The boy, Bishoy "
         "Girgis, picked his slip after a two-hour service.")
    assert ("number-mismatch", "second", "first") in dated(a, b, "2012-11-04", "2012-11-05")


def test_the_first_as_an_idiom_is_still_no_rank():
    from checker.evidence import _idiom_ordinal

    vf = facts_of("It was the first meeting between a pope and a patriarch. Tawadros finished first in the ballot.")
    assert [_idiom_ordinal(f, vf.version.text) for f in vf.facts if f.text == "first"] == [True, False]


def test_may_after_a_word_of_time_is_the_month():
    dates = [f.text for f in facts_of("Tam, the last male, died in May at the same reserve.").facts
             if f.kind == "date"]
    assert dates == ["May"]
    assert not [f for f in facts_of("The rains may come in June's second week. It may be late.").facts
                if f.kind == "date" and f.text == "May"]
    assert not [f for f in facts_of("The vote was seen as a test of May's authority.").facts if f.kind == "date"]


def test_may_in_a_span_of_months_is_the_month_on_both_sides():
    a = ("In 2002, for example, the Dow dropped more than 1,500 points, or 15.6 percent, between May and October, due "
         "largely to terrorism fears.")
    b = ("For example, the Dow dropped more than 1,500 points, or 15.6 percent, from May to October 2002, largely "
         "because of terrorism fears.")
    assert errors(a, b) == []
    assert [f.text for f in facts_of("Sales rose in April and May.").facts if f.kind == "date"] == ["April", "May"]


def test_a_month_changed_in_a_merged_sentence_is_an_error():
    a = ("Iman, Malaysia's last Sumatran rhino, died on Saturday. Her death comes six months after that of Tam, "
         "Malaysia's last male Sumatran rhino, who died in May at the same reserve.")
    b = ("Iman, Malaysia's last Sumatran rhino, died yesterday. Malaysia's last male, Tam, died at the same reserve in "
         "April, and another female, Puntung, was put down in 2017 after she developed skin cancer.")
    assert [(e[1], e[2]) for e in dated(a, b, "2019-11-23", "2019-11-24")] == [("died in May", "in April")]


def test_a_verb_in_the_present_after_when_is_what_the_day_dates():
    text = ("He said he would propose amendments to the charter when the Tibetan parliament-in-exile convenes on "
            "Monday.")
    assert next(f for f in facts_of(text).facts if f.text == "Monday").event == {"convene"}
    text = "He would ask the parliament to amend its charter when it meets on Tuesday."
    assert next(f for f in facts_of(text).facts if f.text == "Tuesday").event == {"meet"}


def test_and_between_capitalised_words_of_a_title_ends_no_clause():
    text = "Kirill will be enthroned as the 16th Patriarch of Moscow and All Russia on Sunday."
    assert next(f for f in facts_of(text).facts if f.text == "Sunday").event == {"enthrone"}


def test_a_day_set_for_one_thing_to_come_stands_between_two_articles():
    a = ("Kirill was elected patriarch on Tuesday, winning 508 of the 700 ballots. His rival, Metropolitan Kliment, "
         "received 169 votes. Kirill will be enthroned as the 16th Patriarch of Moscow and All Russia on Sunday at "
         "the Cathedral of Christ the Saviour. The council met behind closed doors.")
    b = ("Patriarch-elect Kirill said on Wednesday the church would work with the state. He thanked the bishops and "
         "met Medvedev in the Kremlin. Kirill will be enthroned on Saturday, church officials said. The ceremony is "
         "to be held in the Kremlin's Dormition Cathedral. He gave up smoking in 1989.")
    assert ("date-mismatch", "on Sunday", "enthroned on Saturday") in dated(a, b, "2009-01-27", "2009-01-28")


def test_days_of_two_acts_in_sentences_paired_for_the_man_and_the_city_are_a_warning():
    a = ("Pope Francis and Patriarch Kirill embraced at Havana's airport on Friday. Kirill, 69, arrived in Havana on "
         "Thursday at the start of a Latin American tour that will also take him to Paraguay and Brazil.")
    b = ("Patriarch Kirill on Saturday praised his meeting with Pope Francis. Kirill, 69, was to celebrate a liturgy "
         "in Havana's Russian Orthodox cathedral on Saturday before flying on to Paraguay, the next stop on his Latin "
         "American tour.")
    flags = dated(a, b, "2016-02-12", "2016-02-13", least=Severity.WARNING)
    assert ("date-mismatch", "on Thursday", "on Saturday") in flags
    assert dated(a, b, "2016-02-12", "2016-02-13") == []


def test_a_quotation_given_to_the_one_holder_of_a_title_has_that_speaker():
    text = ("Pope Francis and Patriarch Kirill of Moscow embraced at Havana's airport yesterday. \"Finally,\" the Pope "
            "said as the two men exchanged three kisses. \"We are brothers. Now things are much easier.\"")
    quotes = facts_of(text).quotes
    assert [(q.speaker, q.how) for q in quotes] == [("francis", "titled"), ("francis", "continued")]
    assert quotes[0].speaker_name.text == "the Pope"


def test_a_title_two_people_hold_names_no_speaker():
    text = ("Prime Minister Boris Johnson met Foreign Minister Dominic Raab on Monday. \"It went well,\" the minister "
            "said.")
    assert [q.speaker for q in facts_of(text).quotes] == [None]


def test_the_one_told_is_no_speaker_by_title():
    text = "Judge Andrea Humer read the sentence. After it was read, he told the judge: \"I accept the verdict.\""
    assert [q.how for q in facts_of(text).quotes] != ["titled"]


def test_a_speaker_named_by_title_is_shown_with_the_full_name_and_reported_once_with_the_swap():
    a = ("European Competition Commissioner Neelie Kroes blocked the bid on Wednesday. The airlines carry most Dublin "
         "traffic. \"The takeover would have harmed consumers,\" Kroes told reporters.")
    b = ("European Competition Commissioner Joaquin Almunia blocked the bid yesterday. The airlines carry most Dublin "
         "traffic. \"The takeover would have harmed consumers,\" the commissioner said.")
    findings = [f for f in check_versions([parse_version(" date 2013-02-27 BRUSSELS (Reuters) - " + a, "a.txt"),
                                           parse_version(" date 2013-02-28 BRUSSELS - " + b, "b.txt")],
                                          embedder=None).findings if f.severity >= Severity.WARNING]
    assert [f.rule for f in findings] == ["WC102"] or [f.rule for f in findings] == ["WC101"]
    text = ("Presiding Judge Ralph Alt read the verdict. \"He was part of the machinery of destruction,\" the judge "
            "said.")
    other = ("Presiding Judge Ralph Alt read the verdict. Prosecutor Hans-Joachim Lutz said it. \"He was part of the "
             "machinery of destruction,\" Lutz said.")
    messages = [f.message for f in check_versions(list(story(text, other)), embedder=None).findings
                if f.rule == "WC131"]
    assert any("by the judge (Ralph Alt) in a.txt" in m for m in messages)


def test_a_reply_given_to_the_pope_by_title_is_another_speaker():
    a = ("Pope Francis and Patriarch Kirill met at Havana's airport on Friday. \"Finally,\" Francis told Kirill as the "
         "two men kissed. \"Now things are much easier,\" Kirill replied.")
    b = ("Pope Francis and Patriarch Kirill met at Havana's airport yesterday. \"Finally,\" the Pope said as the two "
         "men exchanged three kisses. \"We are brothers. Now things are much easier.\"")
    assert ("quote-attribution", "Kirill", "the Pope said") in dated(a, b, "2016-02-12", "2016-02-13")


def test_what_one_side_accuses_the_other_of_is_no_plain_statement():
    a = ("The Dalai Lama will give up his political role. The Dalai Lama says he seeks genuine autonomy for Tibet, not "
         "independence.")
    b = ("The Dalai Lama will give up his political role. Beijing accuses the Dalai Lama of seeking independence for "
         "Tibet, a charge he denies.")
    assert [e for e in errors(a, b) if e[0] == "negation-flip"] == []


def test_each_versions_one_predicate_of_one_object_is_compared_wherever_the_rewrite_put_it():
    a = ("Pope Francis accepted the resignation of the bishop of Limburg on Wednesday. The bishop had spent 31 million "
         "euros on his residence. It said he would be given another assignment \"at the appropriate time.\"")
    b = ("Pope Francis accepted the resignation of the bishop of Limburg yesterday. The Vatican said the 54-year-old "
         "could no longer serve in the diocese and would not be given another assignment, bringing an end to a "
         "scandal that has rocked the Catholic Church in Germany. The bishop had spent 31 million euros on his "
         "residence.")
    assert any(e[0] == "negation-flip" for e in dated(a, b, "2014-03-26", "2014-03-27"))


def test_bodies_of_two_people_each_named_in_one_version_are_no_one_office():
    a = ("China's wild panda population rose to 1,864. \"The increase shows the measures work,\" Chen Fengxue, deputy "
         "head of the State Forestry Administration, told a news conference.")
    b = ("China's wild panda population rose to 1,864. \"More pandas is good news,\" said Zhang Hemin, head of the "
         "China Conservation and Research Centre for the Giant Panda at Wolong.")
    assert [e for e in errors(a, b) if e[0] == "organisation-mismatch"] == []


def test_a_second_office_beside_a_title_is_no_other_rank():
    a = "\"God has chosen a shepherd,\" said Bishop Pachomius, the acting patriarch, who led the ceremony."
    b = "Bishop Pachomius, who has led the church since March, presided over the ceremony."
    assert [x for x in flagged(a, b) if x[0] == "title-mismatch"] == []
    assert [x[0] for x in flagged("Foreign Minister Sergei Lavrov spoke.", "Deputy Foreign Minister Sergei Lavrov "
                                  "spoke.") if x[0] == "title-mismatch"] == ["title-mismatch"]


# ---------------------------------------------------------------- thirty-second sitting: read on r95


def test_not_by_one_but_by_a_group_and_its_members_is_no_flip_against_the_members():
    a = ("The leaders met in Minsk on Thursday. The document was signed not by the four leaders but by the so-called "
         "contact group: former Ukrainian president Leonid Kuchma, Russia's ambassador Mikhail Zurabov and OSCE envoy "
         "Heidi Tagliavini.")
    b = ("The leaders met in Minsk on Thursday. It was signed by Leonid Kuchma, the former Ukrainian president, "
         "Mikhail Zurabov, the Russian ambassador, and Heidi Tagliavini of the OSCE.")
    assert [x for x in flagged(a, b) if x[0] == "negation-flip"] == []


@pytest.mark.xfail(strict=True, reason="what '32,000 American troops' counts past the people's word was tried: it "
                   "found this (r95 k01) but matched 'lost seven soldiers' (so far) with 'Five Israeli soldiers lost "
                   "their lives on Wednesday' on real ECB+ copy, a false error; dropped")
def test_troops_a_rewrite_counts_with_their_nationality_are_the_same_troops():
    a = ("Trump walked out of the Hanoi summit on Thursday. The talks collapsed over sanctions. The United States "
         "keeps about 28,500 troops in South Korea.")
    b = ("Trump walked out of the Hanoi summit yesterday. He described the joint military exercises, which he called "
         "off after the first summit, as hugely expensive, and questioned the cost of keeping the 32,000 American "
         "troops stationed there. The talks collapsed over sanctions.")
    assert any(e[0] == "number-mismatch" and "28,500" in e[1] and "32,000" in e[2]
               for e in dated(a, b, "2019-02-28", "2019-03-01"))


def test_a_party_the_other_sentence_names_by_its_adjective_is_written_there():
    a = ("Trump and Putin met in Helsinki on Monday. The meeting came three days after Robert Mueller indicted 12 "
         "Russian military intelligence officers on charges of hacking Democratic Party computers. Putin denied it.")
    b = ("Trump and Putin met in Helsinki on Monday. Putin denied it. The summit came three days after Robert Mueller "
         "indicted 12 officers of Russia's military intelligence agency, the G.R.U., on charges of hacking Democratic "
         "computers.")
    assert [x for x in flagged(a, b) if x[0] == "organisation-mismatch"] == []


def test_a_chinese_surname_alone_names_the_person_it_begins():
    vf = facts_of('President Xi Jinping spoke on Monday. "The situation is very severe," Xi said.')
    assert [q.speaker for q in vf.quotes] == ["jinping"]


def test_a_quotation_given_to_the_premier_instead_of_xi_is_another_speaker():
    a = ("President Xi Jinping ordered officials to put safety first. The rain broke records in Zhengzhou. \"The "
         "flood control situation is very severe,\" Xi said, according to state broadcaster CCTV.")
    b = ("\"The flood control situation is very severe,\" Premier Li Keqiang said on a visit. President Xi Jinping "
         "ordered officials to put safety first. The rain broke records in Zhengzhou.")
    assert errors(a, b) == [("quote-attribution", "Xi said", "Premier Li Keqiang said")]


@pytest.mark.xfail(strict=True, reason="England's counties are not in the place data: adding them with no towns "
                   "under them made 'in Huntingdon' / 'Cambridgeshire' two places and 'Kent' (a surname) a place, "
                   "measured on the read stories and dropped")
def test_a_county_of_england_is_in_britain():
    a = ("Biden's first trip abroad took him to a Group of Seven summit in Britain and a NATO summit in Brussels. He "
         "met Putin in Geneva on Wednesday.")
    b = ("Biden met Putin in Geneva yesterday. His first foreign trip as president began at the G7 in Cornwall and "
         "included a Nato summit in Brussels.")
    assert [x for x in flagged(a, b) if x[0] == "place-mismatch"] == []


def test_the_crown_dependencies_and_first_level_divisions_are_places():
    assert name("Jersey, a self-governing dependency of the British crown, relies on France for power.",
                "Jersey").item.kind == "place"
    assert facts_of("Jersey, a self-governing dependency of the British crown, relies on France.").people == {}
    assert name("Most of the pandas live in Sichuan.", "Sichuan").item.kind == "place"


def test_a_name_in_a_clause_about_the_place_of_speaking_is_no_speaker():
    text = ("Xi Jinping opened the bridge yesterday. \"I declare the bridge open,\" the Chinese president said at the "
            "ceremony in Zhuhai, which was attended by Carrie Lam, Hong Kong's chief executive, and Edmund Ho.")
    assert [q.speaker for q in facts_of(text).quotes] == [None]


def test_a_state_chief_minister_given_to_another_person_is_a_role_swap():
    a = ("The lion count rose to 674, officials said on Wednesday. Gujarat Chief Minister Vijay Rupani congratulated "
         "forest staff and local herders.")
    b = ("The lion count rose to 674, officials said yesterday. Gujarat Chief Minister Anandiben Patel congratulated "
         "forest staff and local herders.")
    assert [(e[0], e[1], e[2]) for e in dated(a, b, "2020-06-10", "2020-06-11")] == [
        ("person-role-mismatch", "Vijay Rupani", "Anandiben Patel")]


# ---------------------------------------------------------------- thirty-third sitting: read on r99


def test_a_borough_written_before_its_city_is_what_a_rewrites_borough_stands_against():
    a = ("The rapper cut short his set at a music festival in Queens, New York, on Sunday night. His wife was robbed "
         "in Paris.")
    b = ("His wife was robbed in Paris. The rapper cut short his headline set at the festival in Brooklyn on Sunday "
         "night.")
    assert ("place-mismatch", "in Queens", "in Brooklyn") in errors(a, b)


def test_the_figure_of_another_thing_restates_nothing():
    a = ("Armed men robbed the reality star of jewellery worth an estimated 9 million euros at a Paris residence "
         "early on Monday, police said. They fled with a jewellery box worth about 5 million euros and a diamond ring "
         "worth about 4 million euros. Her husband was performing in New York at the time.")
    b = ("French investigators on Tuesday hunted the gang who robbed the reality star of jewels worth about 9 million "
         "euros in Paris. Among the items taken was a diamond ring worth 5 million euros that she had shown off on "
         "social media, the official said. Her husband was performing in New York at the time.")
    assert ("number-mismatch", "about 4 million euros", "5 million euros") in errors(a, b)


def test_one_sum_in_two_currencies_is_an_error():
    a = ("An armed robber stole jewels worth an estimated 40 million euros from a hotel exhibition in Cannes on "
         "Sunday, police said. It was the latest in a string of jewel thefts on the Riviera this summer. Days later a "
         "diamond necklace worth 2 million euros disappeared during a party at a hotel in nearby Antibes.")
    b = ("A lone gunman walked off with jewels worth an estimated €40m (£35m) from a hotel in Cannes yesterday. It is "
         "the latest in a series of thefts to embarrass the Riviera: days later a £2m necklace vanished at a party at "
         "a hotel in Antibes.")
    assert dated(a, b, "2013-07-28", "2013-07-29") == [("number-mismatch", "2 million euros", "£2m")]


def test_a_street_named_by_its_leading_word_is_a_place():
    assert name("The jewels were taken from a store on Avenue Montaigne on Thursday.",
                "Avenue Montaigne").item.kind == "place"
    assert name("The crowd gathered at the Ciudad Deportiva sports complex.", "Ciudad Deportiva").item.kind == "place"


def test_co_before_an_irish_county_is_the_county():
    assert name("The family was held at their home in Co Down overnight.", "Co Down").item.keys == ("county", "down")
    a = "Gunmen held the family at their home in County Down while the gang raided the bank."
    b = "Gunmen held the family at their home in Co Down while the gang raided the bank."
    assert flagged(a, b) == []


def test_members_of_staff_count_staff():
    a = ("Armed robbers who kidnapped the manager of a cash depot stole 53 million pounds, police said on Thursday. "
         "The gang struck at the depot in the early hours of Wednesday, tying up 14 staff and loading the cash into a "
         "truck. They left behind a further 154 million pounds because they had no room for it.")
    b = ("A gang who kidnapped a security depot manager escaped with £53m, police confirmed yesterday. The raiders "
         "forced the manager to let them into the depot at about 1am. Once inside, they tied up 15 members of staff "
         "and spent more than an hour loading notes into a lorry. They left £154m behind because they had run out of "
         "room.")
    assert dated(a, b, "2006-02-23", "2006-02-24") == [("number-mismatch", "14 staff", "15 members")]


def test_a_hyphened_compass_word_is_the_word_written_whole():
    a = ("Thieves tunneled into a Central Bank vault in the northeastern Brazilian city of Fortaleza over the weekend "
         "and stole about 164.8 million reais, federal police said Monday. The gang dug a tunnel about 78 meters long "
         "from a house they had rented two blocks from the bank.")
    b = ("Thieves who spent three months digging a tunnel beneath the streets of Fortaleza, in north-eastern Brazil, "
         "have made off with 164.8 million reais from a Central Bank vault. They dug a 78-metre tunnel from a house "
         "two blocks away.")
    assert dated(a, b, "2005-08-08", "2005-08-09", least=Severity.WARNING) == []


def test_a_conversion_follows_its_figure():
    a = ("An armed robber stole jewels worth an estimated 40 million euros ($53 million) from an exhibition at a hotel "
         "in Cannes on Sunday, police said. The lone gunman burst into the exhibition room at around 11:30 am.")
    b = ("Jewels stolen by a lone gunman from a hotel exhibition in Cannes on Sunday were worth about 103 million "
         "euros ($136 million), more than twice the first estimate, prosecutors said on Monday. The prosecutor's "
         "office said the value of the haul was far higher than the 40 million euros initially reported.")
    assert dated(a, b, "2013-07-28", "2013-07-29", least=Severity.WARNING) == [
        ("number-mismatch", "an estimated 40 million euros", "about 103 million euros")]


def test_a_distance_with_its_conversion_is_compared_in_the_other_versions_unit():
    a = "The helicopter was found abandoned near a lake, about 20 km (12 miles) north of Stockholm, hours later."
    b = "The stolen aircraft was found abandoned hours later beside a lake, about 20 miles north of the capital."
    assert errors(a, b) == [("number-mismatch", "12 miles", "about 20 miles")]


def test_containing_no_explosives_against_having_contained_them_is_a_flip():
    a = ("Police could not chase the robbers by air because a bag marked bomb was left at their hangar. The bag was "
         "later found to contain no explosives, a police spokeswoman said.")
    b = ("Police could not chase the robbers by air because a bag marked bomb was left at their hangar. Officers "
         "later said the package had contained explosives.")
    assert ("negation-flip", "no explosives", "had contained explosives") in errors(a, b)


def test_what_was_found_to_be_so_has_no_reporter():
    from checker.match import _reporter

    vf = facts_of("The bag was later found to contain no explosives.")
    assert _reporter(vf.analyses[0], vf.analyses[0].text.index("no explosives")) is None
    vf = facts_of("The jury found that he was not holding a gun.")
    assert _reporter(vf.analyses[0], vf.analyses[0].text.index("not")) == "jury"


def test_a_comma_inside_a_short_title_ends_no_clause():
    a = ("Drag artist Conchita Wurst won the Eurovision Song Contest for Austria on Saturday night with 290 points. It "
         "was Austria's first victory in the contest since 1966, when Udo Juergens won with \"Merci, Cherie\". The "
         "Netherlands came second with 238 points.")
    b = ("Conchita Wurst swept to victory on Saturday night with 290 points, ending an Austrian drought that stretched "
         "back to Udo Juergens's win with \"Merci, Cherie\" in 1967. The Netherlands came second with 238 points.")
    assert dated(a, b, "2014-05-11", "2014-05-12") == [("date-mismatch", "since 1966", "in 1967")]


def test_two_office_holders_may_each_have_done_it():
    a = ("The storm killed five people at the festival. Caretaker Prime Minister Yves Leterme expressed his "
         "condolences to the families of the victims.")
    b = "The storm killed five people at the festival. King Albert II sent his condolences to the victims' families."
    assert [x for x in flagged(a, b) if x[0] == "person-mismatch"] == [
        ("person-mismatch", "warning", "Caretaker Prime Minister Yves Leterme", "King Albert II")]
    a = ("Sony said hackers stole the personal data of 77 million users. Sen. Richard Blumenthal, a Connecticut "
         "Democrat, wrote to the company demanding to know why customers had not been told sooner.")
    b = ("Sony said hackers stole the personal data of 77 million users. Joe Lieberman, the Connecticut senator, "
         "wrote to the company demanding to know why customers had not been told sooner.")
    assert [e[0] for e in errors(a, b)] == ["person-mismatch"]  # "Sen." is a senator: one office


def test_english_towns_are_places():
    assert name("The man who died was a drum technician from Doncaster, police said.", "Doncaster").item.kind \
        == "place"
    a = ("A stage collapsed at a Toronto park on Saturday ahead of a sold-out Radiohead concert, killing one man, "
         "police said. The man who died was later identified as Scott Johnson, 33, a drum technician with the band "
         "from Doncaster, England.")
    b = ("Radiohead have postponed several concerts after a member of their road crew was killed when a stage "
         "collapsed in Toronto on Saturday. Scott Johnson, 33, a drum technician from Sheffield, died when the roof "
         "of the stage came crashing down.")
    assert dated(a, b, "2012-06-16", "2012-06-18") == [("place-mismatch", "from Doncaster", "from Sheffield")]


def test_not_yet_against_already_is_a_flip():
    a = "Fans had not yet been let into the park, and none of the band's members were on the stage at the time."
    b = "Fans had already been let into the park when the structure fell, but none were hurt, police said."
    assert ("negation-flip", "had not yet been let into", "had already been let into") in errors(a, b)


def test_a_question_opened_by_a_negated_verb_denies_nothing():
    a = "\"I think that finally times are changing. Isn't that true?\" Jagger told the crowd in Spanish."
    b = "\"I think that finally times are changing,\" Jagger told the crowd in Spanish."
    assert [x for x in flagged(a, b) if x[0] == "negation-flip"] == []


def test_a_body_closing_an_apposition_before_said_is_the_source():
    a = ("A fire swept through the main stage of a music festival near Barcelona late on Saturday. Catalonia's "
         "regional police, the Mossos d'Esquadra, said on Twitter that 22,143 people had been evacuated in an orderly "
         "way.")
    b = ("More than 22,000 people were led out of the park after fire swept through the main stage shortly after "
         "11.30pm. Spain's Guardia Civil said the 22,143 festivalgoers had been evacuated calmly.")
    assert dated(a, b, "2017-07-30", "2017-07-31", least=Severity.WARNING) == [
        ("organisation-mismatch", "Mossos d'Esquadra", "Spain's Guardia Civil")]


def test_each_versions_only_street_is_where_the_one_building_stands():
    a = ("Four armed robbers stole jewels worth about 80 million euros from the Harry Winston store on Paris's Avenue "
         "Montaigne, police said on Friday. The thieves walked into the jeweller shortly before closing time on "
         "Thursday evening. No shots were fired and no one was hurt. The robbery lasted about 15 minutes. The Paris "
         "anti-gang unit is leading the investigation.")
    b = ("Armed robbers walked out of the Harry Winston store in Paris with gems worth an estimated €80m on Thursday "
         "evening. The gang of four slipped into the shop on the Rue de la Paix shortly before it closed for the "
         "night. No shots were fired and no one was hurt. The raid took about a quarter of an hour. The Paris "
         "anti-gang unit is leading the investigation.")
    assert dated(a, b, "2008-12-05", "2008-12-06") == [("place-mismatch", "Avenue Montaigne", "Rue de la Paix")]


def test_a_part_of_those_counted_is_shown_with_its_pronoun():
    a = "Four armed robbers, three of them disguised as women in wigs, stole jewels from a Paris store, police said."
    b = "Four armed robbers, two of them disguised as women in wigs, stole jewels from a Paris store, police said."
    assert errors(a, b) == [("number-mismatch", "three of them", "two of them")]


def test_each_versions_statement_of_its_own_day_is_its_own_news():
    a = ("Thieves tunneled into a Central Bank vault in the Brazilian city of Fortaleza over the weekend and stole "
         "about 164.8 million reais, federal police said Monday. The gang dug a tunnel about 78 meters long from a "
         "house they had rented two blocks from the bank.")
    b = ("Brazilian federal police said on Wednesday they had identified several members of the gang who tunneled into "
         "a Central Bank vault in Fortaleza at the weekend and escaped with nearly 165 million reais. The thieves dug "
         "a tunnel nearly 80 meters long from a rented house near the bank.")
    assert dated(a, b, "2005-08-08", "2005-08-10") == []


# ---------------------------------------------------------------- thirty-third sitting: read on r100


def test_a_negation_of_a_verbs_adjective_is_shown_with_the_verb():
    a = ("Kovrig and Spavor flew home on Saturday. Under the deal, Meng pleaded not guilty to the fraud "
         "charges but agreed to a statement of facts.")
    b = ("Kovrig and Spavor flew home on Saturday. Under the deal, Meng pleaded guilty to the fraud charges "
         "and agreed to a statement of facts.")
    assert dated(a, b, "2021-09-25", "2021-09-26") == [("negation-flip", "pleaded not guilty to", "pleaded guilty to")]


def test_a_degree_word_is_shown_with_the_opposite_it_grades():
    a = ("Uhlenbeck won the Abel Prize on Tuesday. \"What you really need to do is show students how imperfect "
         "people can be and still succeed,\" she said.")
    b = ("Uhlenbeck won the Abel Prize on Tuesday. \"What you really need to do is show students how perfect "
         "people can be and still succeed,\" she said.")
    assert dated(a, b, "2019-03-19", "2019-03-20") == [("direction-flip", "how imperfect people", "how perfect people")]


def test_names_alike_but_for_one_word_in_sentences_that_share_nothing_are_no_counterparts():
    a = ("Estonia and Russia swapped two men convicted of spying on Saturday. Swaps of this kind were common "
         "during the Cold War but have been rare since the collapse of the Soviet Union.")
    b = ("Estonia and Russia swapped two men convicted of spying on Saturday. NATO and the European Union had "
         "repeatedly demanded his release.")
    assert dated(a, b, "2015-09-26", "2015-09-27") == []


def test_one_role_in_two_countries_is_two_people():
    a = ("Russia freed a Norwegian man convicted of spying on Wednesday. Berg crossed into Lithuania. His "
         "Norwegian lawyer, Brynjulf Risnes, said Berg was relieved and very tired.")
    b = ("Russia freed a Norwegian man convicted of spying on Wednesday. Berg crossed into Lithuania. Berg's "
         "Russian lawyer, Ilya Novikov, said the swap showed that the case had always been political.")
    assert dated(a, b, "2019-11-15", "2019-11-16") == []


def test_a_town_whose_state_lies_in_the_other_place_is_no_other_place():
    a = ("Perelman declined the Fields Medal on Tuesday. He could also be in line for a $1 million prize from "
         "the Clay Mathematics Institute in Cambridge, Mass., which lists the conjecture among its seven "
         "Millennium Prize Problems.")
    b = ("Perelman declined the Fields Medal on Tuesday. The Clay Mathematics Institute in the United States "
         "has offered $1 million for a proof of the conjecture, one of its seven Millennium Prize Problems.")
    assert dated(a, b, "2006-08-22", "2006-08-23") == []


def test_a_town_before_a_noun_after_an_article_describes_that_noun():
    a = ("The academy postponed the literature prize on Friday. The crisis erupted when 18 women said they had "
         "been harassed by Jean-Claude Arnault, a French photographer and cultural figure.")
    b = ("The academy postponed the literature prize on Friday. The turmoil began when 18 women said they had "
         "been harassed by Jean-Claude Arnault, a photographer who ran a Stockholm arts club with his wife.")
    assert dated(a, b, "2018-05-04", "2018-05-05") == []


def test_the_first_since_is_no_rank():
    a = ("Eleanor Catton won the Booker Prize on Tuesday. Catton is only the second New Zealander to win the "
         "prize, after Keri Hulme took it in 1985.")
    b = ("Eleanor Catton won the Booker Prize on Tuesday. She is the first New Zealander to win the prize "
         "since Keri Hulme in 1985.")
    assert dated(a, b, "2013-10-15", "2013-10-16") == []


def test_one_site_said_to_lie_in_two_provinces_is_an_error():
    a = ("Liu Xiaobo won the Nobel Peace Prize on Friday. He is being held in Jinzhou prison in the "
         "northeastern province of Liaoning.")
    b = ("Liu Xiaobo won the Nobel Peace Prize on Friday. The former professor is locked up in Jinzhou prison "
         "in Jilin province, in the north-east of the country.")
    assert dated(a, b, "2010-10-08", "2010-10-09") == [("place-mismatch", "Liaoning", "in Jilin province")]


def test_a_name_before_a_lower_case_river_is_a_place():
    a = ("Estonia and Russia swapped two men on Saturday. Eston Kohver was handed over on a bridge over the "
         "Piusa river on the border between the two countries, officials said.")
    b = ("Estonia and Russia swapped two men on Saturday. Eston Kohver was exchanged on a bridge over the "
         "Narva river on the border between the two countries, officials said.")
    assert dated(a, b, "2015-09-26", "2015-09-27") == [("place-mismatch", "Piusa river", "Narva river")]


def test_a_place_in_a_clause_set_off_about_someone_is_where_they_are():
    a = ("Kovrig and Spavor landed in Canada on Saturday. A court in the northeastern Chinese city of Dandong "
         "sentenced Spavor to 11 years in prison for espionage in August.")
    b = ("Kovrig and Spavor landed in Canada on Saturday. Spavor, who lives in Calgary, had been sentenced in "
         "August to 11 years in prison on espionage charges.")
    assert [e for e in dated(a, b, "2021-09-25", "2021-09-26") if e[0] == "place-mismatch"] == []


def test_streets_a_car_drove_down_are_no_one_site():
    a = ("A driver hit a woman in a parking lot on Sunday, police said. He then hit another car in the parking lot and "
         "another car on American Boulevard before driving off.")
    b = ("A driver hit a woman in a parking lot on Sunday, police said. Police caught up with him after he "
         "rear-ended a parked car at a stop light on Lyndale Avenue.")
    assert [x for x in flagged(a, b) if x[0] == "place-mismatch"] == []


def test_a_town_beside_its_country_against_the_capital_is_two_towns():
    a = ("The exchange said it could not reach its funds. Its founder, Gerald Cotten, died on Dec. 9 in Jaipur, India, "
         "of complications from Crohn's disease.")
    b = ("The exchange said it could not reach its funds. Gerald Cotten, the founder, died of complications from "
         "Crohn's disease in New Delhi on Dec. 9.")
    assert ("place-mismatch", "in Jaipur", "in New Delhi") in dated(a, b, "2019-02-05", "2019-02-06")


# ---------------------------------------------------------------- thirty-fourth sitting: read on r102


def test_a_state_lasting_until_a_day_is_told_ahead_and_its_end_is_one_day():
    a = ("The city ordered a hosepipe ban on Monday. The ban will take effect at 8 a.m. on Tuesday and last until "
         "noon on Thursday, the water board said.")
    b = ("The city ordered a hosepipe ban yesterday. The ban, which began at 8am, will remain in force until midday "
         "on Friday, officials said.")
    assert ("date-mismatch", "noon on Thursday", "on Friday") in dated(a, b, "2022-08-08", "2022-08-09")


def test_a_kind_of_weekday_is_no_date():
    a = ("Madrid closed its centre to cars on Monday. Traffic was down 40 percent compared with a typical Monday "
         "morning, the city said.")
    b = ("Madrid closed its centre to cars on Monday. Traffic was back to normal levels on Tuesday, the city said.")
    assert dated(a, b, "2018-11-26", "2018-11-27") == []


def test_east_of_a_town_against_west_of_it_is_an_error_shown_with_the_town():
    a = ("Gunmen attacked a hotel in Sousse on Friday. The resort lies about 140 km south of Tunis and is popular "
         "with European tourists.")
    b = ("Gunmen attacked a hotel in Sousse on Friday. Security forces sealed off the resort, 90 miles north of "
         "Tunis, which is popular with Europeans.")
    assert ("direction-flip", "south of Tunis", "north of Tunis") in dated(a, b, "2015-06-26", "2015-06-27")


def test_opposite_verbs_are_shown_with_the_thing_both_keep():
    a = ("The court ruled on Tuesday. Critics pointed to a ruling last year that allowed older trucks to enter the "
         "city centre if they passed emissions tests.")
    b = ("The court ruled on Tuesday. Critics pointed to a ruling last year that barred older trucks from entering "
         "the city centre, even if they passed emissions tests.")
    assert ("direction-flip", "allowed older trucks", "barred older trucks") in dated(a, b, "2019-05-07", "2019-05-08")


def test_a_vague_count_of_weeks_is_shown_whole():
    a = ('The haze reached a record on Friday. "It can easily last for several weeks, and possibly longer," the '
         'minister said.')
    b = ('The haze reached a record on Friday. The minister warned the haze "can easily last for several days, and '
         'possibly longer".')
    assert ("term-changed", "several weeks", "several days") in dated(a, b, "2013-06-21", "2013-06-22")


def test_an_officers_possessive_before_a_body_word_names_the_body():
    assert name("The Attorney General's Office said it had opened a case.", "Attorney General's Office").item.kind \
        == "org"
    a = ("A bomb exploded at the station on Monday. The Investigative Committee said it had opened a criminal case "
         "on charges of terrorism.")
    b = ("A bomb exploded at the station on Monday. The Prosecutor General's Office said it had opened a criminal "
         "case on terrorism charges.")
    assert ("organisation-mismatch", "Investigative Committee", "Prosecutor General's Office") in dated(
        a, b, "2011-01-24", "2011-01-25")


def test_a_name_a_group_is_tied_to_is_no_counterpart_of_what_the_group_is():
    a = ("Bombs hit two seafood cafes on the beach on Saturday. Suspicion is likely to fall on Jemaah Islamiyah, the "
         "Southeast Asian militant network blamed for the 2002 nightclub bombings and the 2004 embassy attack.")
    b = ("Bombs hit two seafood cafes on the beach on Saturday. Suspicion fell on Jemaah Islamiyah, the "
         "al-Qaida-linked group blamed for the 2002 nightclub bombings that killed 202 people.")
    assert dated(a, b, "2005-10-01", "2005-10-02") == []


def test_coming_and_going_to_one_place_are_one_journey():
    a = ('A bomb went off in the arrivals hall on Monday. "There was a loud bang," said Ivan Petrov, who had come to '
         'meet his sister.')
    b = ('A bomb went off in the arrivals hall on Monday. "There was a loud bang," said Ivan Petrov, who had gone to '
         'the airport to meet his sister.')
    assert dated(a, b, "2011-01-24", "2011-01-25") == []


def test_a_superlative_dates_no_act_of_its_own():
    a = ("A bomb tore through a cafe in Marrakesh on Thursday, killing 15 people. It was the deadliest attack in "
         "Morocco since suicide bombings in Casablanca in May 2003 killed 45 people, including 12 bombers.")
    b = ("A bomb tore through a cafe in Marrakesh yesterday, killing 15 people. It is the worst attack in Morocco "
         "since March 2003, when suicide bombers killed 45 people, 12 of them attackers, in Casablanca.")
    assert ("date-mismatch", "in May 2003", "since March 2003") in dated(a, b, "2011-04-28", "2011-04-29")


def test_the_toll_of_an_attack_months_gone_is_no_running_tally():
    a = ("Gunmen killed 16 people at a beach resort on Sunday. The attack follows an assault on a hotel in Bamako "
         "in November, in which 20 people died.")
    b = ("Gunmen killed 16 people at a beach resort yesterday. It is the latest assault on Westerners in the region, "
         "after a hotel in Bamako in November, where 22 people died.")
    assert ("number-mismatch", "20 people", "22 people") in dated(a, b, "2016-03-13", "2016-03-14")


def test_two_names_each_said_to_be_one_kind_of_body_are_no_place_and_its_seat():
    a = ("Smog closed schools on Monday. Airparif, the agency that monitors air quality in the region, said levels "
         "had peaked on Friday at 180 micrograms.")
    b = ("Smog closed schools on Monday. According to Meteo-France, the agency that monitors air quality in the "
         "region, levels had peaked on Friday at 180 micrograms.")
    assert any(x == "Airparif" and y.endswith("Meteo-France") for _, x, y in dated(a, b, "2014-03-17", "2014-03-18"))


def test_a_name_before_a_lower_case_beach_or_bay_is_a_place():
    assert name("The blasts hit two seafood cafes on Jimbaran beach.", "Jimbaran").item.kind == "place"
    assert name("The ferry sank in Manila bay on Monday.", "Manila").item.kind == "place"


def test_a_known_given_name_before_a_common_noun_names_a_person():
    b = ("The speedboat killer Jack Shepherd was in custody in Georgia last night after walking into a police station. "
         "Shepherd was jailed in July for the manslaughter of Charlotte Brown, 24, who died when his boat capsized. "
         "In an interview shortly before he gave himself up, he said he wanted to come home to clear his name. "
         '"I am sorry for what happened to Charlotte, but it was an accident," he said. '
         "Ms Brown's family, led by her father, Graham Brown, had campaigned for him to be found.")
    facts = facts_of(b)
    assert "shepherd" in facts.people  # "jack" and "shepherd" are common nouns; "Jack" is a given name
    assert [q.speaker for q in facts.quotes] == ["shepherd"]  # not the Browns, named after the quotation
    assert list(facts_of("The Christian Democrats said they would vote against it.").people) == []  # a given
    # name before a group's plural is no person


def test_he_said_never_points_to_someone_named_only_further_on():
    from checker.extract import Person, _mention_before

    brown = name("Her father, Graham Brown, said the family was relieved.", "Graham Brown").item
    assert _mention_before(Person("brown", brown, mentions=[(10, brown)]), 9) == (None, None)  # r103c crashed on
    # such a "he said", read as a man first named in the sentence after it and placed in no sentence
    assert _mention_before(Person("brown", brown, mentions=[(4, brown), (10, brown)]), 9) == (brown, 4)


def test_a_person_known_by_an_age_after_the_name_is_mentioned_there():
    facts = facts_of("Shepherd was jailed for the manslaughter of Charlotte Brown, 24, who died when his boat "
                     "capsized. Her father, Graham Brown, said the family was relieved.")
    assert [ci for ci, _ in facts.people["brown"].mentions] == [0, 1]


def test_two_figures_both_kept_in_both_sentences_are_no_slip_of_each_other():
    a = ("Romania's ruling party lost the European election on Sunday. With nearly all votes counted, the PSD had "
         "about 23 percent, behind the opposition National Liberal Party (PNL) on about 27 percent.")
    b = ("Romania's ruling party lost the European election on Sunday. The Social Democrats won only about 23 "
         "percent, against about 27 percent for the opposition National Liberal Party.")
    assert [e for e in dated(a, b, "2019-05-27", "2019-05-27") if e[0] == "number-mismatch"] == []


def test_bodies_reacting_to_the_news_hold_no_role_in_turn():
    a = ("Police arrested the jeweller in London on Tuesday. India's Enforcement Directorate welcomed the arrest and "
         "said it would press for his swift return.")
    b = ("Police arrested the jeweller in London on Tuesday. Leaders of the ruling Bharatiya Janata Party hailed the "
         "arrest as proof that the government was pursuing economic offenders abroad.")
    assert [e for e in dated(a, b, "2019-03-20", "2019-03-21") if e[0] == "organisation-mismatch"] == []


def test_a_unanimous_tally_to_none_is_a_score():
    assert [f.text for f in facts_of("Congress accepted it by 118 votes to none.").facts if f.kind == "score"] == [
        "118 votes to none"]
    a = ("The president resigned on Thursday. On Tuesday, Congress voted 132-0 to strip him of his immunity, a first "
         "for a sitting president.")
    b = ("The president resigned yesterday. Only two days earlier, lawmakers had unanimously stripped him of his "
         "immunity, by 123 votes to none, a step never taken before against a sitting president.")
    assert ("number-mismatch", "132-0", "by 123 votes to none") in dated(a, b, "2015-09-03", "2015-09-04")


@pytest.mark.xfail(strict=True, reason="the other version's same day of another act ('On Tuesday, Congress voted') "
                   "restates it; refusing such restatements when the act differs found this and made four false "
                   "errors in read stories (days of a museum fire, a ransom, months of a resignation), so was dropped")
def test_a_day_is_not_restated_by_the_same_day_of_another_act():
    a = ("Guatemala's president resigned on Thursday. The retired general, 64, submitted his resignation letter to "
         "Congress late on Wednesday, his spokesman said. On Tuesday, Congress voted to strip him of his immunity.")
    b = ("Guatemala's president resigned on Thursday. Perez Molina, 64, sent his resignation letter to Congress late "
         "on Tuesday, hours after a judge issued a warrant for his arrest.")
    assert ("date-mismatch", "late on Wednesday", "late on Tuesday") in dated(a, b, "2015-09-03", "2015-09-04")


def test_a_place_the_lexicons_do_not_know_is_still_where_in_the_other_place():
    a = ("The fugitive was extradited on Thursday. Police tracked him down in 1997 in a village in the Charente "
         "region of western France, where he was living under the name Eugene Mallon.")
    b = ("The fugitive was extradited yesterday. He was traced in 1997 to a converted mill in the Dordogne, where he "
         "was living as Eugene Mallon.")
    assert ("place-mismatch", "Charente region", "Dordogne") in dated(a, b, "2001-07-19", "2001-07-20")


def test_the_last_of_two_days_joined_restates_the_day_something_ended():
    a = ("The WHO declared an emergency on Friday. The decision followed a two-day meeting of its emergency committee "
         "that ended on Thursday. Liberia declared a state of emergency on Wednesday.")
    b = ("The WHO declared an emergency yesterday. Its emergency committee, which met on Wednesday and Thursday, "
         "recommended screening at airports. Liberia declared a state of emergency on Wednesday.")
    assert dated(a, b, "2014-08-08", "2014-08-09") == []


def test_imports_and_exports_are_one_trade_told_from_its_two_ends():
    a = ("The EU and Japan signed a trade deal on Tuesday. It will eliminate Japanese tariffs on about 94 percent of "
         "EU imports when it enters into force, rising to 99 percent over time.")
    b = ("The EU and Japan signed a trade deal yesterday. About 94 per cent of EU exports to Japan will become "
         "tariff-free at once, eventually rising to 99 per cent.")
    assert [e for e in dated(a, b, "2018-07-17", "2018-07-18") if e[0] == "direction-flip"] == []
    a = ("Thousands marched on Thursday. Mexico imports a quarter of the corn it consumes from the United States, "
         "officials said.")
    b = ("Thousands marched yesterday. Mexico exports a quarter of its corn to the United States, officials said.")
    assert [e[0] for e in dated(a, b, "2007-02-01", "2007-02-02")] == ["direction-flip"]  # one country, two acts


@pytest.mark.xfail(strict=True, reason="'twice' read as a count of times found r104's 'shot twice' / 'three times' and "
                   "made a false error on ECB+ copy ('lied three times to police' / 'twice admitted he lied': the "
                   "counts of two verbs), which took error precision below 70%; dropped until a count is tied to its "
                   "verb")
def test_twice_is_a_count_of_times_and_twice_as_many_is_none():
    assert [(f.text, f.item.value, f.item.noun) for f in facts_of("He was shot twice in the chest.").facts
            if f.kind == "quantity"] == [("twice", 2.0, "time")]
    a = ("Gunmen attacked the president at his home on Monday. Ramos-Horta, 58, was shot twice in the chest and "
         "stomach, officials said.")
    b = ("Gunmen attacked the president at his home on Monday. Doctors said Ramos-Horta, who was shot three times in "
         "the chest and stomach, was in a critical but stable condition.")
    assert ("number-mismatch", "twice", "three times") in dated(a, b, "2008-02-11", "2008-02-12")


# ---------------------------------------------------------------- thirty-fifth sitting: read on r105


def test_a_country_in_a_company_name_makes_it_a_name():
    vf = facts_of("The jet was operated by Jinhai Air, a unit of Air China, which said nobody was hurt.")
    assert "Air China" in [f.text for f in vf.facts if f.kind == "name"]


def test_the_body_a_company_is_part_of_is_one_body_wherever_the_rewrite_put_it():
    a = ("The plane was hijacked on Friday. Police said the six men were armed with knives. Jinhai Air is a "
         "subsidiary of the Corvan Group, which also owns two regional carriers.")
    b = ("The plane was hijacked yesterday. The jet, flown by Jinhai Air, a subsidiary of Air China, landed safely. "
         "The six men carried knives, police said.")
    assert ("organisation-mismatch", "Corvan Group", "Air China") in dated(a, b, "2012-06-29", "2012-06-30")
    b = ("The plane was hijacked yesterday. The jet, flown by Jinhai Air, a unit of Corvan Group, landed safely. "
         "The six men carried knives, police said.")
    assert dated(a, b, "2012-06-29", "2012-06-30") == []


def test_a_place_word_a_company_name_opens_with_is_shown_with_it():
    a = ("The tanker was seized on Saturday. The ship is run by Vela Tankers, the shipping arm of state oil giant "
         "Saudi Aramco.")
    b = ("The tanker was seized on Saturday. Vela Tankers, a subsidiary of the Saudi petrochemicals group Sabic, "
         "said the crew were safe.")
    assert ("organisation-mismatch", "Saudi Aramco", "Sabic") in dated(a, b, "2008-11-17", "2008-11-18")


def test_a_field_with_no_office_after_it_is_a_word_of_a_name():
    from checker.facts import find_names
    from checker.lexicon import lexicons
    from checker.normalize import tokenize

    def names(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        return [(n.keys, n.role) for n in find_names(tokenize(text), lexicons())]

    assert names("The ship is operated by Vela International Marine, the shipping arm of Aramco.")[0] \
        == (("vela", "international", "marine"), ())
    assert names("Russian Deputy Foreign Minister Sergei Ryabkov said.") \
        == [(("sergei", "ryabkov"), ("russia", "deputy", "foreign", "minister"))]


def test_a_role_set_off_before_a_name_is_hers_not_the_next_names():
    a = ("Yoon was sworn in on Tuesday. Guests included U.S. second gentleman Doug Emhoff, Chinese Vice President "
         "Wang Qishan and Japanese Foreign Minister Yoshimasa Hayashi.")
    b = ("Yoon was sworn in yesterday. Among the guests were Doug Emhoff, husband of the US vice-president, Kamala "
         "Harris, China's vice-president, Wang Qishan, and Yoshimasa Hayashi, Japan's foreign minister.")
    assert dated(a, b, "2022-05-10", "2022-05-11") == []
    assert name("Emhoff, husband of the US vice-president, Kamala Harris, arrived.", "Kamala Harris").item.role_text \
        == "US vice-president"
    a = ("The deal was signed on Tuesday by Japanese Prime Minister Shinzo Abe and European Council President "
         "Donald Tusk.")
    b = ("The deal was signed yesterday by the Japanese prime minister, Mr Tusk, president of the European Council, "
         "and Mr Juncker.")  # a list, each name with the role after it
    assert dated(a, b, "2018-07-17", "2018-07-18") == []


def test_a_person_named_as_whose_supporters_did_it_does_not_tell_two_acts_apart():
    a = ("Two hijackers who diverted a Libyan airliner to Malta on Friday surrendered after freeing all 111 "
         "passengers. The standoff lasted several hours.")
    b = ("Two supporters of Colonel Gaddafi who hijacked a Libyan airliner and forced it to land in Malta on "
         "Thursday gave themselves up. Nobody was hurt.")
    assert ("date-mismatch", "on Friday", "on Thursday") in dated(a, b, "2016-12-23", "2016-12-24")


def test_a_plan_called_off_keeps_its_day_ahead():
    """ "had been due to" says the plan is off, not that its day is gone: tried on r105's "The ceremony had been due
    to start at 2:30 p.m. on Sunday" (a ceremony held late, its day gone by) and withdrawn, as it put r102z's "had
    been due to stay at the JW Marriott before playing in Jakarta on Monday" a week back."""
    day = next(f for f in facts_of("United had been due to stay at the hotel before playing in Jakarta on Monday.")
               .facts if f.kind == "date")
    assert day.item.value == "2024-03-18"  # the Monday after the dateline (Tuesday 2024-03-12)


def test_one_persons_one_act_on_two_days_stays_an_error_between_two_articles(monkeypatch):
    from checker.match import StoryMatches

    monkeypatch.setattr(StoryMatches, "kin", property(lambda self: False))  # two articles on one event
    a = ("Tomas Verdan was sworn in as president on Monday, completing a rise from a riverside slum. A carriage took "
         "him to the palace.")
    b = ("Tomas Verdan, who was sworn in on Sunday as the first Ruritanian leader from outside the capital's elite, "
         "has promised to name his ministers within days. Markets rose on the news.")
    assert ("date-mismatch", "on Monday", "on Sunday") in dated(a, b, "2014-10-20", "2014-10-21")
    b = ("Protesters, who marched on Sunday, say the new president has promised too much. Markets rose on the news. "
         "Verdan was sworn in on Monday.")
    assert dated(a, b, "2014-10-20", "2014-10-21") == []


def test_a_quotation_of_an_act_done_is_not_one_of_an_act_under_way():
    a = 'Tinubu took office on Monday. "Fuel subsidy is gone," he said in his inaugural address.'
    b = 'Tinubu took office yesterday. Declaring that "fuel subsidy is going", he promised new roads.'
    assert ("quote-altered", "subsidy is gone", "subsidy is going") in dated(a, b, "2023-05-29", "2023-05-30")
    b = 'Tinubu took office yesterday. "Fuel subsidies are gone," he said in his inaugural address.'
    assert dated(a, b, "2023-05-29", "2023-05-30") == []


def test_a_thing_done_told_in_the_passive_is_its_object_not_its_doer():
    a = ("The airliner was hijacked on Monday. French jets took over as it approached. The Swiss air force did not "
         "scramble its own jets because the hijacking took place outside working hours, a spokesman said.")
    b = ("The airliner was hijacked on Monday. Swiss fighter jets were scrambled to escort the plane into Geneva "
         "after French aircraft had tracked it.")
    assert ("negation-flip", "did not scramble its own jets", "were scrambled to") in dated(
        a, b, "2014-02-17", "2014-02-17", least=Severity.WARNING)
    a = "The crush killed 121 people on Tuesday. The preacher was not named in the police complaint."
    b = ("The crush killed 121 people on Tuesday. Devprakash Madhukar, the chief organiser, is named in the police "
         "complaint along with unnamed volunteers.")  # two things done to
    assert [e for e in dated(a, b, "2024-07-03", "2024-07-04") if e[0] == "negation-flip"] == []


@pytest.mark.xfail(strict=True, reason="telling two acts' counts by the verbs before them (WordNet: no sense in "
                   "common) cleared r105f's 'seized' / 'attacked', but cost nine planted figures in read stories whose "
                   "rewrite paraphrased the verb ('housed' / 'contained', 'reported' / 'investigating'): withdrawn")
def test_counts_of_two_acts_are_no_one_figure_changed():
    a = "The ship was freed on Friday. Somali pirates have seized more than 25 ships this year."
    b = "The ship was freed on Friday. Somali pirates have attacked more than 60 ships this year."
    assert dated(a, b, "2008-09-26", "2008-09-29") == []
    assert ("number-mismatch", "more than 25 ships", "more than 60 ships") in dated(
        a, b, "2008-09-26", "2008-09-29", least=Severity.WARNING)
    b = "The ship was freed on Friday. Somali pirates have hijacked more than 60 ships this year."
    assert ("number-mismatch", "more than 25 ships", "more than 60 ships") in dated(a, b, "2008-09-26", "2008-09-29")


def test_half_an_hour_is_a_measure():
    assert [(f.text, f.item.value, f.item.unit) for f in facts_of("They rose half an hour into the flight.").facts
            if f.kind == "quantity"] == [("half an hour", 0.5, "hour")]
    assert [f.item.value for f in facts_of("About half a million people fled.").facts if f.kind == "quantity"] \
        == [500000.0]


def test_a_name_before_a_building_is_the_building_not_a_person():
    from checker.facts import find_names
    from checker.lexicon import lexicons
    from checker.normalize import tokenize

    def kinds(text: str) -> list[str]:
        return [n.kind for n in find_names(tokenize(text), lexicons())]

    assert kinds("He spoke from a balcony of the La Moneda presidential palace.") == ["place"]
    assert kinds("John Smith building a house was a surprise.") == ["person"]


def test_an_act_before_which_something_was_approved_was_not_done():
    a = ("The vaccine was approved on Sunday. It was approved even though its late-stage trial has not been "
         "completed, critics said.")
    b = ("The vaccine was approved on Sunday. Its maker defended it against criticism that it was approved before "
         "completing late-stage trials.")
    assert [e for e in dated(a, b, "2021-01-04", "2021-01-05") if e[0] == "negation-flip"] == []


def test_a_person_or_place_beside_two_bodies_is_no_deed_they_share():
    a = ("Villa was shot dead on Wednesday, President Guillermo Lasso said. The early election was called after Lasso "
         "dissolved the National Assembly in May to avoid an impeachment trial.")
    b = ("Villa was shot dead on Wednesday, President Guillermo Lasso said. Lasso said the U.S. Federal Bureau of "
         "Investigation had agreed to help investigators.")
    assert [e for e in dated(a, b, "2023-08-10", "2023-08-11") if e[0] == "organisation-mismatch"] == []


def test_the_last_few_of_a_group_are_part_of_it():
    a = ("Divers brought the last four boys and their coach out of the cave on Tuesday, ending an 18-day ordeal. The "
         "rescue began on Sunday.")
    b = ("The 12 boys and their coach rescued from the cave were recovering in hospital on Wednesday. The rescue began "
         "on Sunday.")
    assert [e for e in dated(a, b, "2018-07-10", "2018-07-11") if e[0] == "number-mismatch"] == []
    assert [f.item.part for f in facts_of("Divers brought the last four boys out.").facts if f.kind == "quantity"] \
        == [True]


def test_one_persons_one_count_of_a_thing_is_its_counterpart_wherever_the_rewrite_put_it():
    a = ("Premier Robert Fico was shot on Wednesday. Fico, 59, was shot five times as he greeted supporters outside "
         "the town's House of Culture, witnesses said.")
    b = ("Premier Robert Fico was shot on Wednesday. Fico, 59, was hit four times in the abdomen and a limb as he "
         "greeted supporters after a government meeting in the town.")
    sm = story_matches(a, b, "2024-05-15", "2024-05-16", None)
    assert [(m.a.text, m.b.text) for m in sm.facts if m.lone_slip] == [("five", "four")]  # each his one count of
    # times, in sentences that share three words besides his name


def test_a_person_is_named_by_a_first_name_no_list_holds_as_a_given_name():
    a = ('The quake struck on Friday. Sabah\'s tourism minister, Masidi Manjun, linked the quake to tourists who '
         'posed naked at the summit. "Whether you believe it or not, it is a sign," Masidi said.')
    b = ('The quake struck on Friday. "Whether you believe it or not, it is a sign," Sabah Chief Minister Musa Aman '
         'said. Sabah Tourism Minister Masidi Manjun said the mountain would stay closed.')
    assert ("Masidi said", "Sabah Chief Minister Musa Aman said") in [e[1:] for e in dated(
        a, b, "2015-06-06", "2015-06-07")]  # the quotation's speaker, by whichever rule
    vf = facts_of("Labour leader John Smith spoke. John said nothing more.")
    assert [q for q in vf.people] == ["smith"]  # "John", a given name, is no name of his alone


@pytest.mark.xfail(strict=True, reason="keeping the quotation's error when only a weaker finding sits inside it found "
                   "this (r104d) and r69j's least / most, but made MRPC label-0 errors of one name spelt two ways "
                   "inside a quotation ('Al Qaeda' / 'al-Qaida', which the name rules read as two bodies): withdrawn "
                   "until the quotation rule tells a name's spellings apart")
def test_a_name_changed_inside_a_quotation_stays_the_quotations_error():
    a = ('The mayor was stabbed on Sunday. "My name is Stefan W. I was in prison innocent. Civic Platform tortured me, '
         'that\'s why the mayor just died," the attacker said, referring to the main opposition party.')
    b = ('The mayor was stabbed on Sunday. His attacker, a convicted bank robber, seized the microphone. "I was in '
         'prison innocent. Law and Justice tortured me, that\'s why the mayor just died," he shouted.')
    assert ("quote-altered", "Civic Platform tortured", "Law and Justice tortured") in dated(
        a, b, "2019-01-14", "2019-01-15")  # not only the name rule's warning on "Law" alone


def test_one_name_spelt_two_ways_inside_a_quotation_is_the_spelling_rules():
    a = ('Baer said lawyers "have shown, albeit barely, that Iraq provided material support to bin Laden and '
         'al-Qaeda". The judge ruled on Wednesday.')
    b = ('Judge Harold Baer concluded that lawyers "have shown, albeit barely, that Iraq provided material support to '
         'bin Laden and al-Qaida." The judge ruled on Wednesday.')
    assert [e for e in dated(a, b, "2003-05-07", "2003-05-08") if e[0] == "quote-altered"] == []


# thirty-sixth sitting: read on r107


def test_an_atoll_is_a_place():
    a = ("France exploded a nuclear device beneath Tikehau atoll in the South Pacific on Tuesday. Officials said the "
         "blast was small.")
    b = ("Protesters rioted on Wednesday. The violence erupted a day after France set off a nuclear device beneath "
         "Rangiroa atoll, far from Tahiti, on Tuesday.")
    assert ("place-mismatch", "Tikehau atoll", "Rangiroa atoll") in dated(a, b, "1995-09-05", "1995-09-06")


def test_a_participle_after_a_count_is_not_what_it_counts():
    q = [f for f in facts_of("It said the launch was the first of up to nine planned before June.").facts
         if f.text == "up to nine"][0]
    assert q.item.noun is None  # the launches planned, not "plans"
    a = "Officials said the launch was the first of up to nine planned before June. The rocket flew well."
    b = "The rocket flew well. The agency said it was the first of up to five launches to be completed by June."
    assert ("number-mismatch", "up to nine", "up to five launches") in dated(a, b, "2020-03-03", "2020-03-04")


def test_a_body_named_by_its_head_word_is_the_same_body():
    a = ('The tests were staged by the elite Revolutionary Guards. "We are ready," Revolutionary Guards air force '
         'commander Ali Hassan said.')
    b = ('The tests were staged by the elite Revolutionary Guards. "We are ready," said Ali Hassan, who commands the '
         'Guards\' air force.')
    assert [e for e in dated(a, b, "2008-07-09", "2008-07-10") if e[0] == "organisation-mismatch"] == []


def test_a_market_told_moving_both_ways_on_two_days_is_compared_on_the_day_the_other_tells():
    a = "Tehran tested missiles on Wednesday. Oil prices rose in early trading in New York on the news."
    b = ("Tehran tested more missiles on Thursday. Oil prices, which fell on Wednesday as the first missiles were "
         "fired, jumped more than $5 a barrel in New York on Thursday.")
    found = [e for e in dated(a, b, "2008-07-09", "2008-07-10") if e[0] == "movement-reversed"]
    assert found and "rose" in found[0][1] and "fell" in found[0][2]
    c = b.replace("fell on Wednesday", "rose on Wednesday")
    assert [e for e in dated(a, c, "2008-07-09", "2008-07-10") if e[0] == "movement-reversed"] == []


def test_a_participle_hyphenated_to_a_word_names_the_thing_by_that_word():
    a = "Kazakhstan's dollar-denominated bonds fell sharply on Wednesday as protests spread."
    b = "Kazakhstan's dollar bonds rose on Wednesday as the government moved to calm markets."
    assert [e for e in dated(a, b, "2022-01-05", "2022-01-06") if e[0] == "movement-reversed"]


def test_a_place_named_after_its_noun_is_anchored_by_the_clause_around_the_phrase():
    a = ("The missile was launched from Pyongsong, near the North Korean capital, at dawn, officials said. It flew "
         "over Japan.")
    b = ("It flew over Japan. Sirens sounded after the missile was launched from near the east coast port of Hamhung "
         "at dawn.")
    assert ("place-mismatch", "from Pyongsong", "Hamhung") in dated(a, b, "2017-08-29", "2017-08-30")


def test_the_body_each_version_gives_as_the_source_of_one_figure_is_compared_wherever_it_stands(embedder):
    a = ("Russia destroyed one of its satellites on Monday. U.S. Space Command said the strike had generated more "
         "than 1,500 pieces of trackable orbital debris and would produce many smaller fragments. The crew took "
         "shelter.")
    b = ("Moscow denied the test was a danger. The ministry said the test, carried out on Monday, struck Tselina-D, a "
         "Soviet-era satellite in orbit since 1982. The European Space Agency said on Monday it was tracking more "
         "than 1,500 pieces of debris from the satellite.")
    assert ("organisation-mismatch", "U.S. Space Command", "European Space Agency") in dated(
        a, b, "2021-11-15", "2021-11-16", embedder)
    c = b.replace("The European Space Agency said", "US Space Command said")
    assert [e for e in dated(a, c, "2021-11-15", "2021-11-16", embedder) if e[0] == "organisation-mismatch"] == []


def test_a_body_named_with_a_portfolio_and_another_field_is_one_body():
    vf = facts_of("The missile was developed by the Defence Research and Development Organisation (DRDO) last year.")
    assert [f.text for f in vf.facts if f.kind == "name"] == ["Defence Research and Development Organisation", "DRDO"]



def test_a_clause_after_a_name_is_no_role():
    n = name("Tokayev named Alikhan Smailov as acting prime minister, replacing Askar Mamin, until a new cabinet is "
             "formed.", "Askar Mamin")
    assert n.item.role == ()


def test_announcing_that_something_was_done_dates_what_was_done():
    a = ("The increases, announced on Friday, would have raised the price of petrol by 38 percent. Riots broke out "
         "in the capital on Saturday.")
    b = ("Riots broke out in the capital on Saturday. The prime minister went on television on Saturday afternoon to "
         "announce that the increases were suspended. Fuel had run short on Thursday.")
    assert [e for e in dated(a, b, "2018-07-07", "2018-07-08") if e[0] == "date-mismatch"] == []


def test_an_officers_title_before_a_name_makes_it_a_persons():
    assert name("Police spokeswoman Charity Moyo said a station was burned.", "Charity Moyo").item.kind == "person"
    assert name("Charity Moyo, a police spokeswoman, said a station was burned.", "Charity Moyo").item.kind == "person"
    assert name("Scientists at the federal Department of Fisheries and Oceans said so.",
                "Department of Fisheries and Oceans").item.kind == "org"  # "federal" describes, no officer


def test_a_level_the_other_version_gives_another_thing_does_not_restate_the_figure():
    a = ("The president said the price of petrol would rise to $3.41 a litre from $1.24, and diesel to $3.21 from "
         "$1.36. Protests spread.")
    b = "Protests spread. The increase more than doubled the price of petrol to $3.21 a litre from $1.24, he said."
    assert [e for e in dated(a, b, "2019-01-14", "2019-01-15") if e[0] == "number-mismatch"]
    c = ("The decree raised the price of petrol by up to 63 percent and diesel by up to 93 percent, the president "
         "said. Protests spread.")
    d = "Protests spread. The president said the decree had pushed up the cost of petrol by as much as 93 per cent."
    assert [e for e in dated(c, d, "2010-12-31", "2011-01-01") if e[0] == "number-mismatch"]


def test_half_for_all_inside_a_quotation_is_an_error():
    a = 'Fuel prices rose on Friday. "None of this money is ours; all of it goes back to families," Karimi said.'
    b = 'Fuel prices rose on Friday. "None of this money is ours; half of it goes back to families," Karimi said.'
    assert ("quote-altered", "all", "half") in [(e[0], e[1].split()[0], e[2].split()[0]) for e in errors(a, b)]


def test_a_day_whose_agent_the_rewrite_left_out_still_dates_one_act():
    a = ("President Luis Ortega said on Friday he was annulling Decree 512, which had raised petrol prices. The "
         "decree was issued on Dec. 27 by Vice President Ana Duarte, who was acting president while Ortega was "
         "abroad.")
    b = ("In a televised address on New Year's Eve, Mr Ortega said he was cancelling Decree 512, issued on Christmas "
         "Day, which had raised the cost of petrol. Protests ended.")
    assert ("date-mismatch", "issued on Dec. 27", "issued on Christmas Day") in dated(a, b, "2010-12-31", "2011-01-01")


def test_a_province_and_a_region_each_said_to_hold_one_town_may_both_hold_it():
    # a guard for this sitting's reading of "the province of X": each place's anchors now reach the town
    a = "Rossi, from the town of Castelvetrano in the province of Trapani, went into hiding in 1993. He was caught."
    b = "He was caught. The flat is a few kilometres from Rossi's home town of Castelvetrano in western Sicily."
    assert [e for e in dated(a, b, "2023-01-16", "2023-01-17") if e[0] == "place-mismatch"] == []



def test_a_bar_told_with_its_participle_is_no_count():
    # a guard for this sitting's participles after counts: "68 needed" is a bar, not a count of what was needed
    a = "The separatists won 70 seats, two more than the 68 needed for a majority. Turnout was high."
    b = "Turnout was high. The separatist parties won 70 of the 135 seats, a majority."
    assert [e for e in dated(a, b, "2017-12-21", "2017-12-22") if e[0] == "number-mismatch"] == []


def test_a_host_state_and_member_states_are_countries():
    a = ("Police stormed the embassy on Friday. Under the convention, agents of the host country may not enter the "
         "premises without the ambassador's consent.")
    b = ("Police stormed the embassy on Friday. Under the convention, agents of the host state may not enter the "
         "premises without the ambassador's consent.")
    assert [e for e in dated(a, b, "2024-04-06", "2024-04-07") if e[0] == "term-changed"] == []
    assert flagged("Asylum seekers will be sent to other European Union countries, the minister said.",
                   "Asylum seekers will be sent to other EU states, the minister said.") == []


def test_an_office_posted_to_a_place_is_the_role_set_off_before_a_name():
    n = name("The Czech ambassador to Moscow, Vitezslav Novak, was summoned on Sunday.", "Vitezslav Novak")
    assert n.item.role_text == "Czech ambassador"


def test_one_office_of_two_countries_has_two_holders():
    a = ("Prague expelled 18 diplomats on Saturday. The minister said the Russian ambassador, Alexander Petrov, would "
         "be summoned to the ministry on Sunday.")
    b = ("Prague expelled 18 diplomats on Saturday. The Czech ambassador to Moscow, Jan Dvorak, was summoned to the "
         "ministry on Sunday.")
    assert [e for e in dated(a, b, "2021-04-17", "2021-04-18") if e[0] == "person-mismatch"] == []


def test_a_high_commissioner_is_one_holder():
    a = ("India expelled six Canadian diplomats, among them acting High Commissioner John Walsh. They must leave by "
         "Saturday.")
    b = ("They must leave by Saturday. India threw out six Canadians, among them Peter Grant, the acting high "
         "commissioner.")
    assert [e[0] for e in dated(a, b, "2024-10-14", "2024-10-15")] == ["person-role-mismatch"]


def test_a_name_a_newspaper_noun_or_aside_calls_a_body_is_a_body():
    assert name("The cable was published on Monday by the Spanish newspaper El Sol.", "El Sol").item.kind == "org"
    assert name("The cable was published on Monday by El Sol, the Spanish daily.", "El Sol").item.kind == "org"
    assert name("The letter was signed by Juan Ramos, a company director.", "Juan Ramos").item.kind == "person"
    assert name('"It is a sad day," said Svante Lind, a Stockholm publisher.', "Svante Lind").item.kind == "person"


def test_a_field_before_a_common_noun_is_a_word_of_a_name():
    assert [f.text for f in facts_of("The Social Democrats and the Greens said they would launch a petition.").facts
            if f.kind == "name" and f.item.kind == "person"] == []  # no person "Democrats" titled "Social"
    assert name("Home Affairs and Cyber Security Minister Clare Lyons said so.", "Clare Lyons").item.role_text == (
        "Home Affairs and Cyber Security Minister")
    assert name("Chief Secretary to the Treasury Danny Mills said so.", "Danny Mills").item.kind == "person"


# thirty-seventh sitting: read on r109 and r108


def test_a_sea_named_before_of_is_a_place():
    assert name("The boat capsized in the Gulf of Tonkin on Monday.", "Gulf of Tonkin").item.kind == "place"
    assert name("The trawler sank in the Sea of Okhotsk.", "Sea of Okhotsk").item.kind == "place"


def test_each_versions_only_sea_the_other_never_names_is_where_it_happened():
    a = ("Twenty sailors were killed when a fire broke out aboard a navy destroyer during sea trials in the Bay of "
         "Bengal, the navy said on Sunday. In 2005 another ship sank in the Arabian Sea.")
    b = ("In 2005 another ship sank in the Arabian Sea. The accident took place on Saturday during sea trials of the "
         "destroyer in the Andaman Sea.")
    assert ("place-mismatch", "Bay of Bengal", "Andaman Sea") in dated(a, b, "2016-03-07", "2016-03-08")
    c = b.replace("in the Andaman Sea", "in the Bay of Bengal")
    assert [e for e in dated(a, c, "2016-03-07", "2016-03-08") if e[0] == "place-mismatch"] == []


def test_a_ship_named_after_a_person_is_no_person():
    text = "The crew was rescued by the patrol ship Admiral Makarov, the navy said."
    assert name(text, "Admiral Makarov").item.kind == "other"
    assert name("Sailors boarded KNM Roald Amundsen at dawn.", "KNM Roald Amundsen").item.kind == "other"
    a = ("The damaged submarine was towed to port by the rescue ship Admiral Makarov. Fleet commander Admiral Igor "
         "Kasatonov said nobody was hurt.")
    b = ("Fleet commander Admiral Igor Kasatonov said nobody was hurt. The submarine was later towed to port by a "
         "rescue vessel.")
    assert [e for e in dated(a, b, "2008-11-09", "2008-11-10") if e[0] == "person-role-mismatch"] == []


def test_a_ship_named_like_a_person_once_named_as_a_ship_stays_a_ship():
    facts = facts_of("The frigate KNM Roald Amundsen hit a tanker. The Roald Amundsen sank within hours.")
    assert "amundsen" not in facts.people
    assert [f.item.kind for f in facts.facts if f.kind == "name" and "Amundsen" in f.text] == ["other", "other"]


def test_each_versions_only_flag_of_a_ship_is_one_flag():
    a = ("The cargo ship, the Maltese-flagged Ocean Star, sank after the collision, according to its Greek owner "
         "Atlas. The crew was rescued.")  # "Greek" written in the first version too, of the owner: no flag
    b = ("The crew was rescued. The navy vessel struck the Greek-flagged freighter Ocean Star off the coast on "
         "Tuesday.")
    assert ("place-mismatch", "Maltese-flagged", "Greek-flagged") in dated(a, b, "2018-11-08", "2018-11-09")


def test_a_place_in_a_bodys_name_does_not_write_the_body():
    a = ("A fire damaged the ferry on Tuesday. The Accident Investigation Board Denmark said it had sent a team to the "
         "scene together with military investigators. The Danish navy helped.")
    b = ("A fire damaged the ferry on Tuesday. The Danish Maritime Authority is leading the investigation into the "
         "fire, together with military investigators. The Danish navy helped.")
    assert ("organisation-mismatch", "Accident Investigation Board Denmark", "Danish Maritime Authority") in dated(
        a, b, "2018-11-08", "2018-11-09")


def test_places_of_two_acts_are_not_one_place_replaced():
    a = ("A fire broke out on the submarine on Saturday. Russian media identified it as the Nerpa, an attack "
         "submarine built at the Amur shipyard in Severodvinsk.")
    b = ("A fire broke out on the submarine on Saturday. The submarine, identified by Russian media as the Nerpa, "
         "arrived on Sunday at the port of Polyarny near Murmansk.")
    assert [e for e in dated(a, b, "2008-11-09", "2008-11-10") if e[0] == "place-mismatch"] == []
    assert ("place-mismatch", "in Severodvinsk", "Polyarny") in dated(a, b, "2008-11-09", "2008-11-10",
                                                                      least=Severity.WARNING)


def test_today_after_a_worth_is_the_present_not_the_dateline():
    assert not [f for f in facts_of("The cargo would be worth billions of dollars today, experts say.").facts
                if f.kind == "date"]
    assert not [f for f in facts_of("It cost 500 pounds, about 40,000 pounds in today's money.").facts
                if f.kind == "date"]
    assert [f for f in facts_of("The ship will be raised today, experts say.").facts if f.kind == "date"]


def test_a_day_of_what_came_before_does_not_stand_beside_the_storys_one_day():
    a = ("The navy's newest submarine ran aground off the Isle of Mull on Friday, leaving it stuck on a sandbank. It "
         "was pulled free later that evening. The grounding came three days after the government announced deep cuts "
         "to the navy.")
    b = ("The navy said on Saturday it was investigating. The submarine became stuck on a sandbank during sea trials "
         "on Thursday morning and was refloated 10 hours later. The accident came days after the government announced "
         "on Tuesday that it would cut navy jobs.")
    assert ("date-mismatch", "on Friday", "on Thursday morning") in dated(a, b, "2010-10-22", "2010-10-23",
                                                                          least=Severity.WARNING)


def test_a_negation_cut_from_the_front_of_a_quotation_reverses_it():
    a = ('A ferry sank on Sunday. "Not all of the passengers had time to reach the lifeboats," Captain Carlos Ruiz '
         'said, adding that the ship had been carrying more people than usual.')
    b = ('A ferry sank on Sunday. The captain acknowledged that the ship had been carrying more people than usual. '
         '"All of the passengers had time to reach the lifeboats," Carlos Ruiz said.')
    assert [e for e in errors(a, b) if e[0] == "quote-altered" and e[1].startswith("Not all")]


def test_a_former_office_set_off_after_a_titled_name_leaves_the_present_one():
    n = name("Opposition Leader Peter Dutton, a former home affairs minister, welcomed the find.", "Peter Dutton")
    assert "former" not in n.item.role and "opposition" in n.item.role
    a = ("The wreck was found on Sunday. Opposition Leader Peter Dutton, a former home affairs minister, said the "
         "find would comfort families.")
    b = ("The wreck was found on Sunday. Anthony Albanese, the Opposition Leader, said the find would comfort "
         "families.")
    assert [e for e in dated(a, b, "2008-03-17", "2008-03-18") if e[0] == "person-role-mismatch"]


def test_a_distance_is_dated_only_by_a_day_beside_it():
    a = ("Officials welcomed the discovery. The wreck of the liner was picked up by sonar on Sunday, only days after "
         "the same team had found the Carpathia some 20km away.")
    b = ("Officials welcomed the discovery. The wreck lies some 30 kilometres from the steamer Carpathia that sank it "
         "in May 1918.")
    assert ("number-mismatch", "some 20km", "some 30 kilometres") in dated(a, b, "2008-03-17", "2008-03-18")


def test_two_words_joined_before_a_plural_describe_what_a_figure_counts():
    q = [f for f in facts_of("A haul of more than 600,000 silver and gold coins was flown home.").facts
         if f.kind == "quantity"][0]
    assert q.item.noun == "coin" and "coin" in q.near
    men = [f for f in facts_of("Some 300 men and women were rescued.").facts if f.kind == "quantity"][0]
    assert men.item.noun == "man"


def test_names_listed_after_a_plural_place_noun_are_places():
    text = "It declared an emergency in the two southern provinces of Hatay and Kilis, giving troops wider powers."
    assert name(text, "Kilis").item.kind == "place" and name(text, "Kilis").item.role == ()
    assert name("It declared an emergency in Hatay and Gaziantep provinces.", "Gaziantep").item.kind == "place"


def test_the_person_an_unnamed_titled_subject_thanks_does_not_say_the_quoted_words():
    a = ('Indian Prime Minister Narendra Modi and Pakistani Prime Minister Shehbaz Sharif opened the crossing on '
         'Saturday. Modi thanked Sharif "for respecting the wishes of India" and waved off the first pilgrims.')
    b = ('Narendra Modi and Shehbaz Sharif opened the crossing on Saturday. The Indian prime minister thanked Mr '
         'Sharif for "respecting the wishes of India".')
    assert [e for e in flagged(a, b) if e[0] == "quote-attribution"] == []


def test_a_vague_count_of_days_to_come_may_hold_next_week():
    a = "The chairman said the company would file for bankruptcy next week. Flights were halted."
    b = "Flights were halted. The chairman said the company would file for bankruptcy in the coming days."
    assert [e for e in flagged(a, b) if e[0] == "term-changed"] == []
    assert [e for e in flagged("Flights will be cut every week. Passengers were angry.",
                               "Passengers were angry. Flights will be cut every month.") if e[0] == "term-changed"]


def test_the_end_of_a_span_is_no_day_of_an_act_the_other_dates():
    a = ("The airline filed for insolvency on Tuesday and cancelled all its flights for Wednesday and Thursday. "
         "Passengers were stranded.")
    b = ("Passengers were stranded. The grounded airline extended its flight cancellations until May 9, the tribunal "
         "heard on Thursday.")
    assert [e for e in dated(a, b, "2023-05-02", "2023-05-04") if e[0] == "date-mismatch"] == []


def test_a_headquarters_is_a_body():
    assert name("The operation is coordinated by the Defence Headquarters.", "Defence Headquarters").item.kind == "org"


def test_one_minute_of_the_night_given_two_days_is_one_moment_changed(embedder):
    """ "from 11:59 p.m. on Thursday" / "came into force at 11.59pm on Friday", in sentences the rewrite moved
    apart: one minute of one night, the day changed."""
    found = blind_errors("r108l/l06-new-zealand-closes-border", embedder)
    assert ("date-mismatch", "on Thursday", "on Friday", "v2.txt") in found
    from checker.match import _one_moment

    assert _one_moment(figure_near({"q:clock:23.98"}), figure_near({"q:clock:23.98"}))
    assert not _one_moment(figure_near({"q:clock:21"}), figure_near({"q:clock:21"}))  # a round hour: any evening


def figure_near(near: set[str]):
    """A bare fact with these anchors."""
    from checker.extract import Fact

    return Fact("date", "a.txt", 0, 0, 0, "", frozenset(near), frozenset(), frozenset(), None)


def test_a_court_of_another_kind_is_another_court():
    a = "The airline was declared bankrupt by the Brussels commercial court on Wednesday, its lawyers said."
    b = "The airline was declared bankrupt by the Brussels appeals court on Wednesday, its lawyers said."
    assert ("term-changed", "commercial", "appeals") in dated(a, b, "2001-11-07", "2001-11-07")


def test_a_role_hyphened_to_then_is_a_past_role():
    n = name("Videos showed executives, including then-CEO Tom Collier, boasting of their influence.", "Tom Collier")
    assert n.item.role == ("then", "ceo")


def test_a_peoples_word_before_plural_places_is_no_place():
    assert name("European ports such as Antwerp and Hamburg have become gateways.", "European").item.kind != "place"


def test_places_of_two_verbs_that_set_one_figure_are_one_place_replaced():
    a = ("Rojas jumped 15.74m in Belgrade on Sunday. The leap added seven centimetres to the world record of 15.67m "
         "she set in winning Olympic gold in Tokyo last August.")
    b = ("Rojas jumped 15.74m in Belgrade on Sunday. She landed seven centimetres beyond the 15.67m she had jumped at "
         "the world championships in Doha.")
    assert ("place-mismatch", "Tokyo", "Doha") in [e[:1] + (e[1].removeprefix("in "), e[2].removeprefix("in "))
                                                   for e in dated(a, b, "2022-03-20", "2022-03-20")]


# thirty-seventh sitting, second batch: read on r110 after its record


def test_a_count_of_each_of_several_groups_is_no_total():
    a = ("A commission decided the rise on Saturday. Its 27 members, representing workers, employers and the public, "
         "voted 15 to 12 in favour.")
    b = ("A commission decided the rise on Saturday. The commission, made up of nine members each from labour, "
         "business and the public, voted 15-12 in favour.")
    assert [e for e in dated(a, b, "2017-07-15", "2017-07-16") if e[0] == "number-mismatch"] == []


def test_each_versions_only_sum_is_no_slip_of_digits_and_scale_at_once():
    a = "The hourly rate was set at 7,530 won ($6.65). Unions welcomed it."
    b = "Unions welcomed it. The government will spend 3 trillion won ($2.65 billion) to help small firms."
    assert [e for e in dated(a, b, "2017-07-15", "2017-07-16") if e[0] == "number-mismatch"] == []


def test_two_quotations_sharing_a_few_words_in_another_order_are_not_one_altered():
    a = ('The rise was approved on Saturday. "Small merchants will not be able to bear this burden," the federation '
         'said in a statement.')
    b = ('The rise was approved on Saturday. "We will make sure the burden does not fall entirely on small merchants '
         'and the self-employed," the minister said.')
    assert [e for e in dated(a, b, "2017-07-15", "2017-07-16") if e[0] == "quote-altered"] == []


def test_a_figure_summed_since_a_date_is_no_one_step():
    a = ("The announcement came hours after the central bank cut its policy rate by 100 basis points to 14%, its "
         "fourth cut since September.")
    b = "The announcement came hours after the central bank cut its policy rate by 500 basis points since September."
    assert [e for e in dated(a, b, "2021-12-16", "2021-12-16") if e[0] == "number-mismatch"] == []
    c = b.replace(" since September", "")
    assert [e for e in dated(a, c, "2021-12-16", "2021-12-16") if e[0] == "number-mismatch"]


def test_two_names_of_a_body_sharing_most_words_are_not_one_body_replaced():
    a = ("Elections in Turkmenistan will be held on December 15. The vote will be held on a two-party basis for the "
         "first time in the country's history, according to the Central Elections Commission of Turkmenistan. "
         "Turnout is expected to be high.")
    b = ("Elections in Turkmenistan will be held on December 15. For the first time in post-Soviet history, two "
         "parties will stand, a news agency reported, citing the Central Election and Referendum Commission. Turnout "
         "is expected to be high.")
    assert [e for e in dated(a, b, "2013-09-26", "2013-09-27") if e[0] == "organisation-mismatch"] == []
