"""Each rule on one-sentence pairs: it fires on the change it names and stays silent on benign edits.

Single-claim pairs need no embedding model, so these run in milliseconds.
"""
from __future__ import annotations

import datetime as dt

import pytest

from checker.check import check_texts
from checker.model import Severity

WED = dt.date(2022, 1, 12)
THU = dt.date(2022, 1, 13)


def flags(a: str, b: str, a_date=None, b_date=None) -> list[tuple[str, str, str, str]]:
    result = check_texts(a, b, a_date, b_date)
    return [(f.name, f.severity.label, f.a.value, f.b.value) for f in result.findings if f.severity >= Severity.WARNING]


@pytest.mark.parametrize(
    "a, b, rule, severity, a_value, b_value",
    [
        ("Russian Deputy Foreign Minister Alexander Grushko will brief reporters.",
         "Russian Deputy Foreign Minister Sergei Ryabkov will brief reporters.",
         "person-role-mismatch", "error", "Alexander Grushko", "Sergei Ryabkov"),
        ("The plan was drafted by Finance Minister Paulo Leite last year.",
         "The plan was drafted by Finance Minister Paulo Leitte last year.",
         "name-spelling", "warning", "Paulo Leite", "Paulo Leitte"),
        ("The talks were held in Geneva on Monday.", "The talks were held in Vienna on Monday.",
         "place-mismatch", "error", "Geneva", "Vienna"),
        ("The proposal came from the European Commission last week.",
         "The proposal came from the European Parliament last week.",
         "organisation-mismatch", "error", "European Commission", "European Parliament"),
        ("The company sold the unit for $2.5 billion in 1998.", "The company sold the unit for $1.8 billion in 1998.",
         "number-mismatch", "error", "$2.5 billion", "$1.8 billion"),
        ("Unemployment rose to 2.5% in March.", "Unemployment rose to 3.5 per cent in March.",
         "number-mismatch", "error", "2.5%", "3.5 per cent"),
        ("Thirty people were injured in the blast.", "40 people were injured in the blast.",
         "number-mismatch", "error", "Thirty", "40"),
        ("More than 100,000 troops are massed on the border.", "100,000 troops are massed on the border.",
         "number-mismatch", "warning", "More than 100,000", "100,000"),
        ("The council met in 2019 for the last time.", "The council met in 2018 for the last time.",
         "date-mismatch", "error", "2019", "2018"),
        ("The board did not approve the merger.", "The board approved the merger.",
         "negation-flip", "error", "did not", "approved"),
        ("The index rose 0.3% in early trading.", "The index fell 0.3% in early trading.",
         "direction-flip", "error", "rose", "fell"),
        ('"It has been a very difficult week for all of us," she said.',
         '"It has been a very hard week for everyone," she said.',
         "quote-altered", "warning", "difficult", "hard"),  # two changes: a quotation tidied, a warning
        ('"It has been a very difficult week for all of us," she said.',
         '"It has been a very difficult year for all of us," she said.',
         "term-changed", "error", "week", "year"),
        ("The fire burned for three weeks.", "The fire burned for three months.",
         "number-mismatch", "error", "three weeks", "three months"),
        ("The flag was painted yellow.", "The flag was painted green.", "term-changed", "error", "yellow", "green"),
        ("It is a non-binding resolution.", "It is a binding resolution.", "negation-flip", "error", "non-binding", "binding"),
        # equal figures are paired where they stand first: the second 1s of "2-1" / "1-1"
        ("Arsenal won the match 2-1 on Saturday.", "Arsenal won the match 1-1 on Saturday.",
         "number-mismatch", "error", "2", "1"),
        # "forgets to look" says the look did not happen; "hinder" is the opposite of "help"
        ("The guard looks at the screen.", "The guard forgets to look at the screen.",
         "negation-flip", "error", "looks", "forgets"),
        ("The new rules help small firms.", "The new rules hinder small firms.", "direction-flip", "error", "help", "hinder"),
        # a year-like number that counts something is a count
        ("By Monday 1567 cases had been reported.", "By Monday 1898 cases had been reported.",
         "number-mismatch", "error", "1567", "1898"),
        # the negative verb is itself the antonym: nothing cancels it
        ("The film fails in connecting with audiences.", "The film succeeds in connecting with audiences.",
         "direction-flip", "error", "fails", "succeeds"),  # antonyms: "fails" negates only with "to" after it
        ("The talks failed to reach a deal.", "The talks reached a deal.", "negation-flip", "error", "failed", ""),
        # a year before a capitalised name is a year, not a count ("1898 cases")
        ("After the 1994 Miss Universe pageant she acted.", "After the 2004 Miss Universe pageant she acted.",
         "date-mismatch", "error", "1994", "2004"),
        ("He made seven tackles and one interception.", "He made seven tackles and two interceptions.",
         "number-mismatch", "error", "one", "two"),
        ("The town lies southeast of the capital.", "The town lies east of the capital.",
         "term-changed", "error", "southeast", "east"),
        ("He took in his nephew after his brother died.", "He took in his nephew after his father died.",
         "term-changed", "error", "brother", "father"),
        ("It is an American fantasy-comedy series.", "It is an American fantasy-thriller series.",
         "term-changed", "error", "comedy", "thriller"),
        ("The AMA opposed the bill on Monday.", "The American Bar Association opposed the bill on Monday.",
         "organisation-mismatch", "error", "AMA", "American Bar Association"),
    ],
)
def test_rule_fires(a, b, rule, severity, a_value, b_value):
    got = flags(a, b)
    assert any(r == rule and s == severity and a_value in av and b_value in bv for r, s, av, bv in got), got


def test_weekday_and_yesterday_resolve_to_the_same_day():
    assert flags("The alliance met Russia on Wednesday.", "The alliance met Russia yesterday.", WED, THU) == []


def test_a_year_changed_in_one_place_and_kept_in_another_is_a_date_mismatch():
    got = flags("The club was relegated in 2008, and in August 2008 he signed for Stoke.",
                "The club was relegated in 2009, and in August 2008 he signed for Stoke.")
    assert got == [("date-mismatch", "error", "relegated in 2008", "relegated in 2009")]


def test_a_year_and_a_day_in_that_year_are_one_time():
    assert flags("The deal, agreed in 2019, closed on March 19, 2019.", "The deal closed on March 19, 2019.") == []


def test_undated_weekdays_are_an_error_in_an_edit_and_a_warning_in_a_rewrite():
    assert flags("The mine collapsed on Thursday.", "The mine collapsed on Friday.") == [
        ("date-mismatch", "error", "collapsed on Thursday", "collapsed on Friday")]
    got = flags("Wal-Mart has expanded its anti-discrimination policy to protect gay employees, officials said Tuesday.",
                "Wal-Mart will now include gays and lesbians in its anti-discrimination policy, officials said Wednesday.")
    assert [(r, s) for r, s, *_ in got] == [("date-mismatch", "warning")]


def test_weekday_resolving_to_another_day_is_a_date_mismatch():
    got = flags("The alliance met Russia on Tuesday.", "The alliance met Russia yesterday.", WED, THU)
    assert [(r, s) for r, s, *_ in got] == [("date-mismatch", "error")]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Moscow's behaviour towards Ukraine is centred on the build-up.", "Moscow's behavior toward Ukraine is centered on the buildup."),
        ("Passenger trains are not expected to begin running until the autumn.",
         "Passenger trains will not start until the fall."),  # one season, British and American
        ("Mr Stoltenberg said Nato was ready.", "Stoltenberg said NATO was ready."),
        ("The U.S. said the talks were useful.", "The United States said the talks were useful."),
        ("Washington said the talks were useful.", "The US said the talks were useful."),
        ("Moscow wasn't ready to commit.", "Russia was not ready to commit."),
        ("Deputy Secretary of State Sherman will speak.", "Deputy Secretary of State Wendy Sherman will speak."),
        ("Inflation reached 2.5 per cent.", "Inflation reached 2.5%."),
        ("The convoy was 40 km long.", "The convoy was 40 kilometres long."),
        ("The convoy was 40 km (25 miles) long.", "The convoy was 25 miles long."),
        ("Shares rose to $247.7 billion.", "Shares rose to $247 billion."),
        ("More than 100,000 troops are massed there.", "More than one hundred thousand troops are massed there."),
        ("The deal is worth $1.8bn.", "The deal is worth 1.8 billion dollars."),
        ("The baby weighed 14.7 pounds.", "The baby weighed about 15 pounds."),
        ("The population is 1.6 million.", "The population is 1,600,000."),
        ("Fifty-seven people were hurt.", "57 people were hurt."),
        ("Moscow sent mixed messages, signalling satisfaction.", "Moscow sent mixed messages, signaling satisfaction."),
        # an acronym of the written words, though "American" is folded to the United States' key
        ("The ABA said the rule was unfair.", "The American Bar Association said the rule was unfair."),
    ],
)
def test_benign_variation_is_silent(a, b):
    assert flags(a, b) == []


def test_checking_a_text_against_itself_finds_nothing():
    text = "Russian Deputy Foreign Minister Alexander Grushko said 30 people died on Monday in Kyiv."
    assert check_texts(text, text + " ").findings == []


@pytest.mark.parametrize(
    "a, b",
    [
        ("The design is flexible.", "The design is inflexible."),
        ("The method works by adding noise.", "The method works by reducing noise."),
        ("The tool can decode messages.", "The tool can encode messages."),
        ("The study uses pre-stimulus activity.", "The study uses post-stimulus activity."),
        ("Astronomers captured a megacluster of galaxies.", "Astronomers captured a minicluster of galaxies."),
        ("Revenue was $3 billion, representing growth of 5%.", "Revenue was $3 billion, representing a decline of 5%."),
        ("Staff must delete the app from their phones.", "Staff must keep the app on their phones."),
    ],
)
def test_opposites_by_prefix_and_inflection_are_direction_flips(a, b):
    assert [r for r, *_ in flags(a, b)] == ["direction-flip"]


@pytest.mark.parametrize("a, b", [
    ("EADS would ask the Air Force for a briefing before deciding.", "EADS would ask the Air Force for a debriefing before deciding."),
    ("The company will port the software to phones.", "The company will import the software to phones."),
])
def test_a_prefix_that_makes_a_word_of_its_own_is_no_negation(a, b):
    """ "de-", "im-", "dis-" also make new words ("debriefing", "import"): opposites by prefix only where WordNet does
    not know the two words apart; "un-" and "non-" only negate."""
    assert "direction-flip" not in [r for r, *_ in flags(a, b)]


def test_a_negation_cancelling_an_antonym_is_silent():
    assert flags("The decision was an easy one.", "The decision was not a difficult one.") == []
    assert flags("The talks did not fail.", "The talks succeeded.") == []  # two negations in one change


def test_a_negation_and_an_antonym_in_two_clauses_are_two_flips():
    """Cancelling is local to one change: the negation of one clause does not excuse the antonym of another."""
    got = flags("The plans are flexible and can be customized.", "The plans are inflexible and cannot be customized.")
    assert {(r, s) for r, s, *_ in got} == {("negation-flip", "error"), ("direction-flip", "error")}


@pytest.mark.parametrize(
    "a, b",
    [
        ("He said he was ill, not drunk.", "He said he was not ill, but drunk."),
        ("The client is currently not insured and gets several discounts.",
         "The client is currently insured and gets no discounts."),
    ],
)
def test_a_negation_moved_to_another_word_in_an_edit_is_a_flip(a, b):
    """Both versions negate once, but not the same word: two flips, not one negation moved."""
    assert ("negation-flip", "error") in {(r, s) for r, s, *_ in flags(a, b)}


@pytest.mark.parametrize(
    "a, b",
    [
        ("Tyco said the loan had not been forgiven, and he repaid it.", "Tyco said the loan was not forgiven, and he repaid it."),
        ("Massachusetts does not have a state death penalty.", "Massachusetts has no state death penalty."),
        ("The court had no jurisdiction over those crimes.", "The court did not have jurisdiction over those crimes."),
        ("The client is not currently insured.", "The client is currently not insured."),
    ],
)
def test_a_negation_moved_within_the_phrase_it_negates_is_silent(a, b):
    assert flags(a, b) == []


def test_a_negation_after_a_hedge_is_shown_with_the_verb_before_the_hedge():
    assert flags("A police analysis concluded that the voice was probably his, according to French media.",
                 "A police analysis concluded that the voice was probably not his, according to French media.") == [
        ("negation-flip", "error", "was probably his", "was probably not his")]


def test_an_opposite_is_shown_with_its_determiner():
    """ "no winners" / "no losers": without its "no" the value says the opposite of the sentence."""
    assert flags("The judge said there were no winners in this case.",
                 "The judge said there were no losers in this case.") == [
        ("direction-flip", "error", "were no winners", "were no losers")]


def test_an_opposite_the_diff_cut_from_its_counterpart_round_a_shared_the_is_still_found():
    """ "the" of "the public" matched to "the reactors": the diff splits "the public opposes" / "Japanese support"."""
    found = flags("Opinion polls show a majority of the public opposes restarting reactors.",
                  "Polls show that a majority of Japanese support restarting the reactors, though many also say they "
                  "worry about safety.")
    assert [(r, s) for r, s, *_ in found] == [("direction-flip", "error")]


def test_a_place_is_shown_with_the_facility_it_names():
    assert flags("Two Italians were detained at Cairo airport as they tried to leave.",
                 "Two Italians were detained at Alexandria airport as they tried to leave.") == [
        ("place-mismatch", "error", "at Cairo airport", "at Alexandria airport")]


def test_a_time_counted_back_is_no_span():
    assert flags("An Austrian museum agreed to pay $19 million to keep a painting that was seized in New York more "
                 "than a decade ago as Nazi loot.",
                 "After more than 12 years of legal wrangling, an Austrian museum agreed to pay $19 million to keep a "
                 "painting seized as Nazi loot.") == []
    assert flags("The painting was seized two years ago.", "The painting was seized three years ago.") == [
        ("number-mismatch", "error", "two years", "three years")]


def test_a_negated_phrasal_verb_is_shown_with_its_particle():
    assert flags("Ambrose said the F-35 had not been ruled out, but officials would look at others.",
                 "Ambrose said the F-35 had been ruled out, but officials would look at others.") == [
        ("negation-flip", "error", "had not been ruled out", "had been ruled out")]


@pytest.mark.parametrize("a, b", [
    ("Tesla has kept its no-union policy in Sweden.", "Tesla has kept its policy in Sweden."),  # a compound
    ("Tesla refused to sign a collective agreement.", "The strike followed Tesla's refusal to sign a collective agreement."),
])
def test_a_compound_with_no_and_a_refusal_are_read_as_written(a, b):
    """ "no-union policy" names a policy, it negates nothing; "refusal to sign" refuses as "refused to sign" does."""
    assert [r for r, *_ in flags(a, b) if r == "negation-flip"] == []


def test_a_passive_turned_round_is_shown_with_its_auxiliary():
    assert flags("A rival bill from the Berlin Senate was rejected by voters.",
                 "A rival bill from the Berlin Senate was approved by voters.") == [
        ("direction-flip", "error", "was rejected", "was approved")]


def test_a_question_left_unanswered_is_no_statement_turned():
    """ "did not say by how much" leaves the amount open; "did not say whether" withdraws what was said."""
    assert flags("The price would come down, he said.", "The price would come down, although he did not say by how much.") == []
    assert [r for r, *_ in flags("He said the plant would close.", "He did not say whether the plant would close.")] == [
        "negation-flip"]


def test_a_verb_of_ceasing_negates_the_verb_after_it():
    assert flags("The company paid dividends in 2009.", "The company stopped paying dividends in 2009.") == [
        ("negation-flip", "error", "paid dividends", "stopped paying dividends")]
    assert flags("Police stopped the attack.", "Police halted the attack.") == []


@pytest.mark.parametrize("a, b", [("I dont know him.", "I don't know him."), ("The ISM noted that growth slowed.", "The ISM said that growth slowed.")])
def test_negation_cues_are_read_from_the_written_word(a, b):
    assert flags(a, b) == []


def test_an_entity_swap_is_an_error_in_an_edit_and_a_warning_in_a_rewrite():
    """Past 30% of the words changed, the name in the same slot may belong to another clause of the rewrite."""
    a = "The proposal came from the European Commission last week, officials in Brussels said on Monday."
    edit = "The proposal came from the European Parliament last week, officials in Brussels said on Monday."
    rewrite = "The proposal came from the European Parliament last week, diplomats told reporters in the Belgian capital."
    assert ("organisation-mismatch", "error", "European Commission", "European Parliament") in flags(a, edit)
    assert ("organisation-mismatch", "warning", "European Commission", "European Parliament") in flags(a, rewrite)


def test_a_body_before_a_title_stands_for_a_person_not_for_another_body():
    a = '"We will not support legislation that takes away the rights of workers," Horwath said.'
    assert flags(a, a.replace("Horwath said", "the NDP leader said")) == []
    assert flags(a.replace("Horwath", "the NDP leader"), a.replace("Horwath", "the OPSEU leader")) == [
        ("organisation-mismatch", "error", "NDP", "OPSEU")]  # one body's office for another's


@pytest.mark.parametrize(
    "a, b",
    [
        # acronyms with an ampersand, or spelled out with small words between
        ("Profits at Procter & Gamble rose sharply.", "Profits at P&G rose sharply."),
        ("The suit was filed under the Freedom of Information Act last year.", "The suit was filed under the FOIA last year."),
        ("Delegates met before the WTO summit on trade.", "Delegates met before the World Trade Organization summit on trade."),
        # an acronym that keeps the small word's initial
        ("The Alliance for Affordable Solar Energy said 242,000 jobs were at risk.",
         "The alliance, AFASE, said 242,000 jobs were at risk."),
        ("A search team from the Japan Aerospace Exploration Agency found it.", "A JAXA search team found it."),
        # a vague span of time and a counted one that it may hold
        ("The ruling ended decades of wrangling.", "The ruling ended half a century of wrangling."),
        # the EU's adjective and its acronym
        ("The United States sought tariffs on $11.2 billion of EU goods.",
         "The United States sought tariffs on $11.2 billion of European goods."),
        # US party and state: "R-Ohio" is "Republican of Ohio"
        ("Senator John Smith, Republican of Ohio, said he would vote no.", "Senator John Smith, R-Ohio, said he would vote no."),
        # a longer form of the same body, and stock codes beside a name
        ("The envoy appealed to the Security Council on Monday.", "The envoy appealed to the U.N. Security Council on Monday."),
        ("Investors waited for Ford Motor Co. F.N to report.", "Investors waited for Ford Motor Co. (nyse: GM - news) to report."),
        # idioms that look like negations, and a negation only inside an added clause
        ("Voters had nothing but praise for the mayor.", "Voters had warm praise for the mayor."),
        ("Two soldiers were wounded in the attack.", "Two soldiers were wounded in the attack, neither seriously."),
        # a prefix the tokenizer split off, and two opposites both versions use
        ("Most of the plants were non- operative in May.", "Most of the plants were inoperative in May."),
        ("The non-profit group said it would sue.", "The nonprofit group said it would sue."),
        # "one" counts only before a noun it counts
        ("One of the two men was hurt.", "One of the pair was injured."),
        ("Officials said one man died.", "Officials said a man died."),
        ("Sales of the firm's cars fell below forecasts in the north, above them in the south.",
         "Sales of the firm's cars came in above forecasts in the south, below them in the north."),
        # times in different zones, and a figure inside a decade
        ("Polls in the east close at 8pm EST.", "Polls in the east close at 1am GMT."),
        ("The author, 83, still writes daily.", "The author, in his 80s, still writes daily."),
    ],
)
def test_benign_rewording_of_names_negations_and_figures_is_silent(a, b):
    assert flags(a, b) == []


@pytest.mark.parametrize(
    "a, b, rule, a_value, b_value",
    [
        # the new name is one the sentence already uses elsewhere, so it has a counterpart there
        ("Arkane Studios is a Japanese video game developer based in Lyon, France.",
         "Arkane Studios is a French video game developer based in Lyon, France.", "place-mismatch", "Japanese", "French"),
        ("Her brother died shortly before Goldie was born; her sister Patti Hawn is a publicist.",
         "Her brother died shortly before Patti was born; her sister Patti Hawn is a publicist.",
         "person-mismatch", "Goldie", "Patti"),
        # a later bare surname belongs to the rival full name, not to the replaced one
        ("Johann Maria Farina's formula has been made in Cologne since 1709 by Farina.",
         "Giovanni Maria Farina's formula has been made in Cologne since 1709 by Farina.",
         "person-mismatch", "Johann Maria Farina's formula", "Giovanni Maria Farina's formula"),
        # the replaced name lives on elsewhere ("Russian"), and the new one brings its article along
        ("Activists marked the anniversary of Russia's invasion outside the Russian embassy.",
         "Activists marked the anniversary of the U.S.'s invasion outside the Russian embassy.",
         "place-mismatch", "Russia's", "U.S."),
    ],
)
def test_a_name_replaced_by_one_mentioned_elsewhere_is_a_swap(a, b, rule, a_value, b_value):
    assert flags(a, b) == [(rule, "error", a_value, b_value)]


def test_a_second_mention_turned_into_a_nickname_with_its_article_is_no_swap():
    # "the Huskies" are UConn's teams: a name of no known kind gaining an article may be a nickname
    assert flags("Since his arrival at UConn in 1990, UConn has won six national titles.",
                 "Since his arrival at UConn in 1990, the Huskies have won six national titles.") == []


@pytest.mark.parametrize(
    "a, b, a_value, b_value",
    [
        ("Jane drags the family through the neighborhood caroling.",
         "Ruth drags the family through the neighborhood caroling.", "Jane", "Ruth"),
        ("Errol then takes all of the money.", "Biggs then takes all of the money.", "Errol", "Biggs"),
    ],
)
def test_a_first_word_name_replaced_in_an_unchanged_sentence_is_a_swap(a, b, a_value, b_value):
    assert flags(a, b) == [("person-mismatch", "error", a_value, b_value)]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Officials said the bridge would reopen.", "Police said the bridge would reopen."),
        ("Handset market share rose in the second quarter.", "Nokia's market share rose in the second quarter."),
    ],
)
def test_a_first_word_that_is_english_or_possessive_is_no_name_swap(a, b):
    assert flags(a, b) == []


def test_names_that_differ_in_their_numeral_are_different():
    got = flags("The game is set during World War III.", "The game is set during World War II.")
    assert [(s, a, b) for _, s, a, b in got] == [("error", "World War III", "World War II")]
    assert flags("Queen Elizabeth II visited Paris.", "Elizabeth visited Paris.") == []


def test_places_sharing_a_role_word_are_still_a_place_swap():
    """ "embassy" after both names is no person's role: nothing else would report the swap."""
    assert flags("Activists dumped paint at the gates of the London Russian embassy.",
                 "Activists dumped paint at the gates of the London Mexican embassy.") == [
        ("place-mismatch", "error", "Russian", "Mexican")]


def test_a_studio_name_is_an_organisation_not_a_title_before_a_name():
    got = flags("It was released on DVD by Universal Pictures Home Entertainment.",
                "It was released on DVD by 20th Century Fox Home Entertainment.")
    assert [(r, s) for r, s, *_ in got] == [("organisation-mismatch", "error")]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Jim Smith, Wittig's attorney, said Smith would appeal.", "James Smith, Wittig's attorney, said Smith would appeal."),
        ("Dean Harold Meyers, 53, was killed at a gas station.", "Dean H. Meyers, 53, was killed at a gas station."),
        ("State Department official John S. Wolf will lead the group.",
         "John S. Wolf, an assistant secretary of state, will lead the group."),
        ("AMD will own 60 percent and Fujitsu owns 40 percent.", "Fujitsu will own 40 percent and AMD 60 percent."),
    ],
)
def test_nicknames_initials_generic_titles_and_reordered_names_are_silent(a, b):
    assert flags(a, b) == []


@pytest.mark.parametrize(
    "a, b, why",
    [
        ("The studio earned $41.3-million at the box office.", "The studio earned $41.3 at the box office.",
         "'million' in one version only"),
        ("Shares of Acme Corp fell $1.20, or 8 percent, to $13.75.",
         "Shares of Globex Inc fell $3.10, or 2 percent, to $96.40.", "about different things"),
        ("The index rose 33 percent over the past 15 months.", "The index is up 9 percent in the past six weeks.",
         "about different things"),
    ],
)
def test_figures_that_need_not_contradict_are_warnings(a, b, why):
    got = check_texts(a, b).findings
    assert got and all(f.severity == Severity.WARNING and why in f.why for f in got if f.rule == "WC110"), got


def test_every_figure_of_one_subject_changed_stays_an_error():
    """Market figures of one index at two times of day: an editor wants them reconciled. A day named on one
    side only is detail, not another period."""
    got = flags("The Dow fell 86.56 points, or 0.94 percent, to 9,109.99.",
                "The Dow fell 79.43 points, or 0.86 percent, to 9,117.12 on Friday.")
    assert {s for _, s, *_ in got} == {"error"} and len(got) == 3


def test_a_changed_bound_is_an_error():
    """"At least two" and "at least three" can both hold, but the writer asserts a figure: "killed at least three"."""
    assert flags("The blast killed at least two people.", "The blast killed at least three people.") == [
        ("number-mismatch", "error", "at least two people", "at least three people")]


@pytest.mark.parametrize(
    "a, b, a_value, b_value",
    [
        # precise figures that only share trailing zeros are not a round figure and its rounding
        ("The album has sold 1,316,000 copies.", "The album has sold 1,329,000 copies.", "1,316,000", "1,329,000"),
        ("The film has grossed over $515 million.", "The film has grossed over $516 million.", "$515 million", "$516 million"),
        ("It was the thirteenth largest opening.", "It was the fourteenth largest opening.", "thirteenth", "fourteenth"),
        # "80 million" is written as 80: not a round figure standing for 81 million
        ("The film has grossed $80 million worldwide.", "The film has grossed $81 million worldwide.",
         "$80 million", "$81 million"),
        # zeros written after the decimal point are precise: "$3.500 billion" is not a rounding of 3.515
        ("Revenue is expected at $3.515 billion.", "Revenue is expected at $3.500 billion.",
         "$3.515 billion", "$3.500 billion"),
        # a figure cut short, not rounded, that loses much of itself: 1.9% is no 1%
        ("Earnings grew by 1.9% in the quarter.", "Earnings grew by 1% in the quarter.", "1.9%", "1%"),
        ("The film grossed $14.75 million.", "The film grossed $14 million.", "$14.75 million", "$14 million"),
    ],
)
def test_a_precise_figure_changed_a_little_is_an_error(a, b, a_value, b_value):
    assert [(r, s) for r, s, av, bv in flags(a, b) if a_value in av and b_value in bv] == [("number-mismatch", "error")]


def test_an_equal_figure_counting_another_thing_is_not_shared():
    got = flags("The film holds a score of 26 out of 100, based on 23 critics.",
                "The film holds a score of 25 out of 100, based on 26 critics.")
    assert [(r, s, av, bv) for r, s, av, bv in got] == [
        ("number-mismatch", "error", "26 out of 100", "25 out of 100"),
        ("number-mismatch", "error", "on 23 critics", "on 26 critics")]


def test_hyphenated_number_words_join_tens_and_units_only():
    from checker.facts import analyze
    assert [q.value for q in analyze("Fifty-seven people and twenty-one cars").quantities] == [57, 21]
    assert [q.value for q in analyze("the comedy Brooklyn Nine-Nine").quantities] == [9, 9]


@pytest.mark.parametrize(
    "a, b, a_value, b_value",
    [
        ("The film received mixed reviews from critics.", "The film received mixed-to-positive reviews from critics.",
         "mixed", "mixed-to-positive"),
        ("The film received mixed to negative reviews.", "The film received mixed reviews.", "mixed to negative", "mixed"),
        ("The film received mixed to positive reviews.", "The film received positive reviews.", "mixed to positive", "positive"),
        # two names of one value are a rewording; different values are not, in either spelling
        ("The film received favorable reviews.", "The film received mixed reviews.", "favorable", "mixed"),
    ],
)
def test_a_value_become_a_range_to_another_value_is_a_term_change(a, b, a_value, b_value):
    assert flags(a, b) == [("term-changed", "error", a_value, b_value)]


def test_an_office_replaced_by_another_is_a_term_change():
    assert flags("Lawmakers met the prosecutor general in Kyiv.", "Lawmakers met the prime minister in Kyiv.") == [
        ("term-changed", "error", "prosecutor", "minister")]
    assert flags("Lawmakers met the foreign secretary in London.", "Lawmakers met the foreign minister in London.") == []


def test_two_values_exchanged_in_place_are_a_term_change():
    assert flags("He was born to an African-American father, and a mother of Irish descent.",
                 "He was born to an African-American mother, and a father of Irish descent.") == [
        ("term-changed", "error", "father", "mother")]


@pytest.mark.parametrize(
    "a, b, a_value, b_value",
    [
        ("Astronomers captured the cluster.", "Biologists captured the cluster.", "Astronomers", "Biologists"),
        ("The episode is told by a teenager.", "The episode is told by an adult.", "teenager", "adult"),
        ("Sales rose 5% in the quarter.", "Profit rose 5% in the quarter.", "Sales", "Profit"),
        ("They went by train.", "They went by airplane.", "train", "airplane"),
    ],
)
def test_sciences_stages_of_life_accounts_and_vehicles_are_contrast_sets(a, b, a_value, b_value):
    assert flags(a, b) == [("term-changed", "error", a_value, b_value)]


@pytest.mark.parametrize("a, b", [("Sales rose 5% in the quarter.", "Revenue rose 5% in the quarter."),
                                  ("They went by plane.", "They went by aircraft.")])
def test_two_names_of_one_value_are_a_rewording(a, b):
    assert flags(a, b) == []


def test_a_military_rank_replaced_by_another_is_a_term_change():
    assert flags("John Krasinski plays PFC Harrigan.", "John Krasinski plays Cpl Harrigan.") == [
        ("term-changed", "error", "PFC", "Cpl")]


def test_a_debut_is_a_first():
    assert flags("It is her debut album.", "It is her second album.") == [("number-mismatch", "error", "debut", "second album")]
    assert flags("It is her debut album.", "It is her first album.") == []
    assert flags("He made his debut in 2001.", "He made his first appearance in 2001.") == []


def test_a_range_of_words_outside_one_attribute_is_silent():
    assert flags("The film received favourable reviews.", "The film received positive reviews.") == []
    assert flags("Talks went from bad to worse.", "Talks went from bad to worse on Monday.") == []


def test_a_score_is_compared_place_by_place():
    assert flags("The Jets won by a score of 14-10.", "The Jets won by a score of 17-14.") == [
        ("number-mismatch", "error", "14", "17"), ("number-mismatch", "error", "10", "14")]
    assert flags("United lost 1-3 at home.", "United lost 3-1 at home.") == [
        ("number-mismatch", "warning", "1-3", "3-1")]
    assert flags("The game finished 0-0 in Madrid.", "The game finished 0-0 in Madrid on Sunday.") == []


@pytest.mark.parametrize(
    "a, b, a_value, b_value",
    [
        ("He threw for 194 yards and a touchdown as Philadelphia won.",
         "He threw for 194 yards and 2 touchdowns as Philadelphia won.", "a", "2 touchdowns"),
        ("The song debuted at number one on the chart.", "The song debuted at number two on the chart.", "one", "two"),
        ("As of April 7, one officer had died from the virus.", "As of April 7, twelve officers had died from the virus.",
         "one officer", "twelve officers"),
    ],
)
def test_a_figure_in_the_place_of_a_or_one_is_a_number_change(a, b, a_value, b_value):
    assert flags(a, b) == [("number-mismatch", "error", a_value, b_value)]


def test_a_figure_added_beside_a_is_not_a_change_of_a():
    assert flags("He scored a goal.", "He scored a goal and two assists.") == []


def test_nearly_means_close_to_and_below():
    assert flags("Fifty-six people were hurt in the blast.", "Nearly fifty people were hurt in the blast.") == [
        ("number-mismatch", "error", "Fifty-six people", "Nearly fifty people")]
    assert flags("The index has climbed 21.2 percent.", "The index has climbed nearly 20 percent.") == [
        ("number-mismatch", "error", "21.2 percent", "nearly 20 percent")]
    assert flags("The baby weighed 14.7 pounds.", "The baby weighed nearly 15 pounds.") == []
    assert flags("The baby weighed 15.3 pounds.", "The baby weighed just over 15 pounds.") == []


def test_a_round_figure_for_a_precise_one_is_silent():
    assert flags("The stadium holds 60,000 people.", "The stadium holds 59,619 people.") == []


@pytest.mark.parametrize(
    "a, b",
    [
        ("The film grossed $14.5 million.", "The film grossed $15 million."),  # a half rounds up
        ("The film grossed $14.2 million.", "The film grossed $14,284,031."),  # cut short, losing under 1%
        ("Spending will rise to $247 billion.", "Spending will rise to $247.7 billion."),
    ],
)
def test_a_figure_rounded_or_cut_short_by_a_hair_is_silent(a, b):
    assert flags(a, b) == []


def test_a_figure_of_one_digit_is_no_rounding_of_its_half():
    assert flags("The Fed cut its key rate from 1 percent to zero.", "The Fed cut its key rate from 1.5 percent to zero.") == [
        ("number-mismatch", "error", "from 1 percent", "from 1.5 percent")]


def test_one_figure_changed_among_shared_ones_stays_an_error():
    got = flags("Shares fell $1.20, or 8 percent, to $13.75.", "Shares fell $1.20, or 9 percent, to $13.75.")
    assert got == [("number-mismatch", "error", "8 percent", "9 percent")]


def test_times_of_day_in_one_zone_are_compared():
    assert [(r, s) for r, s, *_ in flags("Polls close at 8pm on Tuesday.", "Polls close at 9pm on Tuesday.")] == [
        ("number-mismatch", "error")]


def test_an_acronym_read_against_thousands_of_small_words_does_not_recurse():
    """Spelled-out acronyms are matched word by word, not recursively: a long run cannot exhaust the stack."""
    assert isinstance(flags("The WHO met on Monday.", "The World " + "of " * 3000 + "Health met on Monday."), list)


@pytest.mark.parametrize(
    "a, b, a_value, b_value",
    [
        ("The band plays country music.", "The band plays funk music.", "country", "funk"),
        ("He played drums on the record.", "He played flute on the record.", "drums", "flute"),
        ("The match was abandoned because of rain.", "The match was postponed because of rain.", "abandoned", "postponed"),
        ("She was nominated twice for the award.", "She was nominated once for the award.", "twice", "once"),
        ("The film received widespread acclaim.", "The film received a negative reception.", "acclaim", "negative"),
        ("The film was poorly received.", "The film was met with mixed reviews.", "poorly", "mixed"),
    ],
)
def test_genres_instruments_fates_of_events_repeats_and_receptions_are_contrast_sets(a, b, a_value, b_value):
    assert flags(a, b) == [("term-changed", "error", a_value, b_value)]


@pytest.mark.parametrize("a, b", [("The band plays rap music.", "The band plays hip-hop music."),
                                  ("The match was cancelled because of rain.", "The match was abandoned because of rain."),
                                  ("The film was panned by critics.", "The film was poorly received by critics.")])
def test_two_names_of_one_genre_fate_or_reception_are_a_rewording(a, b):
    assert flags(a, b) == []


def test_a_spelled_ordinal_replaced_by_its_opposite_is_a_direction_flip():
    assert flags("The first film in the series was a hit.", "The last film in the series was a hit.") == [
        ("direction-flip", "error", "first film", "last film")]
    assert flags("It was their third straight week of gains.", "It was their three straight weeks of gains.") == []


def test_a_day_and_year_written_without_a_space_are_a_date():
    assert flags("He was born on May 3,1981 in Ohio.", "He was born on June 25, 1981 in Ohio.") == [
        ("date-mismatch", "error", "born on May 3,1981", "born on June 25, 1981")]
    assert flags("The fund holds 1,500 shares.", "The fund holds 1500 shares.") == []


def test_on_no_team_in_one_version_and_on_a_named_team_in_the_other_is_an_affiliation_change():
    assert flags("Smith, a free agent, trained alone on Monday.", "Smith, of the Buffalo Bills, trained alone on Monday.") == [
        ("affiliation-changed", "error", "free agent", "Buffalo Bills")]
    assert flags("He is a tight end who is currently a free agent.", "He is a tight end for the Buffalo Bills of the NFL.") == [
        ("affiliation-changed", "warning", "free agent", "Buffalo Bills")]


def test_a_free_agent_in_both_versions_is_no_affiliation_change():
    assert flags("Smith, a free agent, trained on Monday.", "Smith, a free agent, trained on Monday with Joe Burrow.") == []
    assert flags("He became a free agent after leaving the Bills.", "He became a free agent after leaving the Buffalo Bills.") == []


@pytest.mark.parametrize(
    "a, b, a_value, b_value",
    [
        ("One quarter of all cases are in the city.", "One fifth of all cases are in the city.", "One quarter", "One fifth"),
        ("Two-thirds of voters backed him.", "Half of voters backed him.", "Two-thirds", "Half"),
        ("One in five voters backed him.", "A third of voters backed him.", "One in five voters", "A third"),
        ("The city has a quarter of a million people.", "The city has 400,000 people.", "a quarter of a million people",
         "400,000 people"),
    ],
)
def test_a_changed_fraction_is_a_number_change(a, b, a_value, b_value):
    assert flags(a, b) == [("number-mismatch", "error", a_value, b_value)]


@pytest.mark.parametrize(
    "a, b",
    [
        ("A quarter of voters backed him.", "25 per cent of voters backed him."),
        ("A third of voters backed him.", "34 per cent of voters backed him."),
        ("One in five voters backed him.", "20% of voters backed him."),
        ("The city has a quarter of a million people.", "The city has 250,000 people."),
        ("The city has half a million people.", "The city has 500,000 people."),
        ("Half of the staff left.", "Half the staff left."),
    ],
)
def test_a_fraction_and_its_percentage_or_count_agree(a, b):
    assert flags(a, b) == []


def test_a_word_after_an_unchanged_number_is_compared_as_a_term():
    assert flags("156 insurgents and 17 soldiers died.", "156 civilians and 17 soldiers died.") == [
        ("term-changed", "error", "insurgents", "civilians")]
    # a unit joined to its figure by a hyphen is the figure's unit, as "12 months" / "12 weeks" is
    assert flags("It was a 12-month period of growth.", "It was a 12-week period of growth.") == [
        ("number-mismatch", "error", "12-month", "12-week")]
    assert flags("It was a 12-month period of growth.", "It was an 18-week period of growth.") == [
        ("number-mismatch", "error", "12-month", "18-week")]
    assert flags("The 184.5-kilometre stage was hard.", "The roughly 115-mile stage was hard.") == []


def test_a_place_that_gains_new_is_another_place():
    assert flags("He was raised in Singapore and Hampshire, US.", "He was raised in Singapore and New Hampshire, US.") == [
        ("place-mismatch", "error", "Hampshire", "New Hampshire")]
    assert flags("The summit was held in New Delhi on Monday.", "The summit was held in Delhi on Monday.") == []
    assert flags("Talks resumed in South Korea on Monday.", "Talks resumed in Korea on Monday.") == []


@pytest.mark.parametrize(
    "a, b, a_value, b_value",
    [
        ("The minister secretly moved the funds.", "The minister publicly moved the funds.", "secretly", "publicly"),
        ("The podcast lists the benefits of the diet.", "The podcast lists the drawbacks of the diet.", "benefits", "drawbacks"),
        ("The city defends itself from the rebels.", "The city surrenders to the rebels.", "city defends", "city surrenders"),  # with what defends
    ],
)
def test_hidden_and_open_benefit_and_drawback_defence_and_surrender_are_opposites(a, b, a_value, b_value):
    assert flags(a, b) == [("direction-flip", "error", a_value, b_value)]


@pytest.mark.parametrize(
    "a, b, a_value, b_value",
    [
        ("It is the most populous city in the state.", "It is the 11th-most populous city in the state.", "most", "11th-most"),
        ("It is the largest bank in Spain.", "It is the second largest bank in Spain.", "largest", "second largest"),
    ],
)
def test_an_ordinal_before_a_shared_superlative_changes_the_rank(a, b, a_value, b_value):
    assert flags(a, b) == [("number-mismatch", "error", a_value, b_value)]


def test_an_ordinal_before_a_word_that_only_ends_in_est_is_no_rank():
    assert flags("They joined the protest on Monday.", "They joined the second protest on Monday.") == []
    assert flags("It is the largest bank in Spain.", "It is the first largest bank in Spain.") == []


def test_one_of_the_best_against_the_best_is_a_warning():
    assert flags("He is regarded as one of the greatest drivers.", "He is regarded as the greatest driver.") == [
        ("number-mismatch", "warning", "one of the greatest", "the greatest")]
    assert flags("He is one of the members of the club.", "He is the member of the club.") == []


@pytest.mark.parametrize(
    "a, b, a_value, b_value",
    [
        ("He played semi-professional football for the club.", "He played professional football for the club.",
         "semi-professional", "professional"),
        ("He lives with his half-brother in Ohio.", "He lives with his step brother in Ohio.", "half-brother", "step brother"),
        ("She is the co-founder of the firm.", "She is the founder of the firm.", "co-founder", "founder"),
        ("She met her stepbrother in Ohio.", "She met her brother in Ohio.", "stepbrother", "brother"),
    ],
)
def test_a_bound_prefix_added_dropped_or_replaced_is_a_term_change(a, b, a_value, b_value):
    assert flags(a, b) == [("term-changed", "error", a_value, b_value)]


def test_a_spaced_half_is_no_bound_prefix():
    assert flags("He lives with his half brother in Ohio.", "He lives with his brother in Ohio.") == []


def test_half_dropped_before_a_word_of_no_kin_leaves_a_kind_of_the_same_thing():
    a = "Network Rail said the crossing's lights and half-barriers had been working normally."
    assert flags(a, a.replace("half-barriers", "barriers")) == []


def test_a_hyphenated_nationality_that_grows_or_shrinks_is_a_place_change():
    assert flags("She is a German-American actress.", "She is an American actress.") == [
        ("place-mismatch", "error", "German-American", "American")]
    assert flags("The US-Japanese talks resumed.", "The Japanese talks resumed with the US.") == []
    assert flags("The US-led force attacked.", "The American-led force attacked.") == []


def test_a_nationality_in_lower_case_replaced_in_place_is_a_place_change():
    assert flags("He is a japanese actor.", "He is a Chinese actor.") == [("place-mismatch", "error", "japanese", "Chinese")]


def test_a_full_name_opening_the_sentence_replaced_by_another_is_a_swap():
    assert flags("Sam Slater released a solo album in 2006.", "Hammond released a solo album in 2006.") == [
        ("person-mismatch", "error", "Sam Slater", "Hammond")]


def test_a_given_name_with_hardly_a_letter_in_common_is_another_person_though_the_initial_agrees():
    a = "It features Shahrukh Khan and Anushka Sharma; the first film with Khan and Sharma."
    b = "It features Salmaan Khan and Anushka Sharma; the first film with Khan and Sharma."
    assert flags(a, b) == [("person-mismatch", "error", "Shahrukh Khan", "Salmaan Khan")]
    assert flags("Nick Smith met Jim Jones, and Nicholas said Jones was late.",
                 "Nick Smith met James Jones, and Nicholas said Jones was late.") == []


def test_a_relative_put_in_a_persons_place_is_another_person():
    assert flags("John Osteen died six days later.", "John Osteen's father died six days later.") == [
        ("person-mismatch", "error", "John Osteen", "John Osteen's father")]
    assert flags("Parrado's aunt believes her nephew will be persecuted.",
                 "Maria Parrado believes her nephew will be persecuted.") == []


def test_two_words_exchanging_places_in_an_unchanged_sentence_is_a_change():
    a = "Staff must delete TikTok from their work devices, and delete it from their personal devices too."
    b = "Staff must delete TikTok from their personal devices, and delete it from their work devices too."
    assert [(r, s) for r, s, *_ in flags(a, b)] == [("term-changed", "error")]
    assert [(r, s) for r, s, *_ in flags("Smith beat Jones in the final on Sunday.", "Jones beat Smith in the final on Sunday.")] == [
        ("term-changed", "error")]


@pytest.mark.parametrize("a, b", [
    ("Talks between the US and the EU resumed on Monday.", "Talks between the EU and the US resumed on Monday."),
    ("It offers plans to a new client and discounts for new customers.",
     "It offers plans to a new customer and discounts for new clients."),
])
def test_a_reordered_list_or_two_synonyms_trading_places_is_no_exchange(a, b):
    assert flags(a, b) == []


def test_opposite_prefixes_across_a_hyphen_are_a_direction_flip():
    assert flags("Pandora's Cluster, a megacluster of galaxies, was imaged.",
                 "Pandora's Cluster, a mini-cluster of galaxies, was imaged.") == [
        ("direction-flip", "error", "megacluster", "mini-cluster")]


def test_a_range_closed_in_one_version_and_open_in_the_other_is_a_date_change():
    assert flags("He co-created the series (2013–2018) and a sitcom.", "He co-created the series (2013–present) and a sitcom.") == [
        ("date-mismatch", "error", "2018", "present")]
    assert flags("She served as mayor in 2018 and 2019.", "She served as mayor at present and in 2019.") == []


def test_what_became_of_a_person_is_a_contrast_set():
    assert flags("Police said the gunman was killed on Monday.", "Police said the gunman was arrested on Monday.") == [
        ("term-changed", "error", "killed", "arrested")]
    assert flags("Two people were killed in the blast.", "Two people were wounded in the blast.") == [
        ("term-changed", "error", "killed", "wounded")]
    assert flags("Two people were killed in the blast.", "Two people died in the blast.") == []


def test_one_change_two_rules_see_is_reported_once():
    assert flags("A woman was found dead in the house.", "A man was found dead in the house.") == [
        ("direction-flip", "error", "woman", "man")]


@pytest.mark.parametrize("a, b", [
    ("The board questions his commitment to Latinos.", "The board questions his commitment to Hispanics."),
    ("Police will be deployed to the Solomons next week.", "Police will be deployed to Solomon Islands next week."),
])
def test_two_names_of_one_group_or_country_are_silent(a, b):
    assert flags(a, b) == []


def test_a_year_before_a_verb_is_a_year_not_a_count():
    assert flags("Opening Day 2014 is shown with Ali.", "Opening Day 2000 is shown with Ali.") == [
        ("date-mismatch", "error", "2014", "2000")]
    assert flags("There were 1898 cases in the county.", "There were 1567 cases in the county.") == [
        ("number-mismatch", "error", "1898 cases", "1567 cases")]


def test_a_bound_is_the_figure_as_written():
    assert flags("The film grossed $488 million worldwide.", "The film grossed over $489 million worldwide.") == [
        ("number-mismatch", "error", "$488 million", "over $489 million")]
    assert flags("The film grossed $489.3 million worldwide.", "The film grossed over $489 million worldwide.") == []


def test_a_role_held_now_in_one_version_and_over_in_the_other_is_a_warning():
    assert flags("He is a Mexican footballer who currently plays for Club León.",
                 "He is a former Mexican footballer who played for Club León.") == [
        ("term-changed", "warning", "currently", "former")]
    assert flags("The former minister spoke on Monday.", "The minister spoke on Monday.") == []


def test_a_role_set_off_by_commas_before_the_name_is_the_persons_role():
    assert flags("Chief Financial Officer Johan Ekberg said the company had cash.",
                 "The chief financial officer, Peter Sandell, said the group had cash.") == [
        ("person-role-mismatch", "error", "Johan Ekberg", "Peter Sandell")]
    assert flags("Talks were held with South Korea's vice foreign minister, Kim Dong-woo.",
                 "Talks were held with Vice Foreign Minister Park Ji-hoon.") == [
        ("person-role-mismatch", "error", "Kim Dong-woo", "Park Ji-hoon")]


@pytest.mark.parametrize(
    "a, b",
    [
        # one title in capitals before the name and in lower case after it
        ("Chief Executive Karin Lindqvist said output fell.", "Karin Lindqvist, the chief executive, said output fell."),
        # a plural title in a list holds the same title
        ("Ann Lee, vice-president of purchasing, left.", "Ann Lee and Bo Ma, vice-presidents for marketing and purchasing, left."),
        # a title that only says more, with no other rank
        ("Regional president Elena Daltri asked Rome for help.", "The region's president, Elena Daltri, asked Rome for help."),
    ],
)
def test_one_title_written_differently_is_no_title_mismatch(a, b):
    assert flags(a, b) == []


def test_a_title_that_gains_a_rank_is_still_a_title_mismatch():
    assert flags("Foreign Minister Sergei Lavrov spoke.", "Deputy Foreign Minister Sergei Lavrov spoke.") == [
        ("title-mismatch", "warning", "Foreign Minister", "Deputy Foreign Minister")]


def test_a_word_is_not_read_as_another_with_an_s_it_never_takes():
    # "news" is no plural of "new", so "a news conference" / "old trains" is no new/old flip
    assert flags("The plan will replace 212 ageing trains, Ferrer told a news conference.",
                 "Ferrer told reporters that 212 old trains would be replaced.") == []


def test_ignoring_a_thing_is_not_doing_it():
    assert flags("Unions said the plan did not address staff shortages.",
                 "Unions said staff shortages had been ignored by the plan.") == []
    assert flags("The plan addressed staff shortages.", "The plan ignored staff shortages.") == [
        ("negation-flip", "error", "addressed staff shortages", "ignored staff shortages")]


def test_two_approximate_figures_are_one_margin_apart_not_two():
    assert flags("He diverted about 2.3 million euros of public money.",
                 "He siphoned off some €2.8m of public funds.") == [
        ("number-mismatch", "error", "about 2.3 million euros", "some €2.8m")]
    assert flags("The baby weighed about 14.7 pounds.", "The baby weighed about 15 pounds.") == []


def test_one_value_on_each_side_of_a_rewrite_is_a_term_warning():
    assert flags("Solhaug, who took silver in the same event two years ago in Munich, hit the front with 300 metres to go.",
                 "A bronze medallist in the event in Munich two years ago, Solhaug made her move with 300m left.") == [
        ("term-changed", "warning", "silver", "bronze")]
    # time units are restated in rewrites ("48 hours" / "two days"), and a list of values says nothing
    assert flags("Rescuers searched for 48 hours before the storm hit the coast.",
                 "The storm hit the coast after rescuers had spent two days searching.") == []
    assert flags("She won gold, silver and bronze medals over the years in Munich.",
                 "Over the years she took a bronze medal in Munich.") == []


def test_a_two_syllable_given_name_is_one_name():
    from checker.facts import analyze

    names = [n.text for n in analyze("Vice Foreign Minister Park Ji-hoon met Kim Dong-woo in a US-led forum.").names]
    assert "Park Ji-hoon" in names and "Kim Dong-woo" in names and not any("led" in n for n in names)


def test_a_person_named_in_one_version_and_described_by_nationality_in_the_other_is_no_place_swap():
    assert flags("The talks were led by Vice Foreign Minister Park Ji-hoon. Park said the talks had also covered "
                 "missile launches.", "The talks were led by Vice Foreign Minister Park Ji-hoon. The South Korean "
                 "envoy said the talks had also covered missile launches.") == []
    # but two nationalities are, even when the gazetteer knows only one of them
    assert flags("The Israeli team arrived on Monday.", "The European team arrived on Monday.") == [
        ("place-mismatch", "error", "Israeli", "European")]


def test_a_weekday_in_a_forecast_resolves_forward():
    # dated Wednesday: "expect ... on Thursday" is tomorrow, the next day's "today"
    assert flags("Forecasters expect the rain to ease on Thursday.", "The rain is forecast to ease today.",
                 dt.date(2024, 9, 4), dt.date(2024, 9, 5)) == []


def test_a_bare_index_move_is_in_points():
    assert flags("The Nasdaq composite index rose 13.70 to 1700.34.",
                 "The Nasdaq composite index gained 13.73 points to 1,700.34.") == [
        ("number-mismatch", "error", "13.70", "13.73 points")]


def test_a_hedge_loosens_a_precise_figure_by_its_precision_not_by_a_tenth():
    assert flags("The euro hit its highest since mid-2001, around 1.5292, earlier.",
                 "The euro hit its highest since mid-2001, 1.5261, earlier.") == [
        ("number-mismatch", "error", "around 1.5292", "1.5261")]
    # a round figure under a hedge still covers the figures it rounds
    assert flags("Police said about 300 people were arrested.", "Police said 320 people were arrested.") == []


def test_a_hedge_has_nothing_to_round_in_a_figure_as_round_as_its_own():
    assert flags("The probe passed about 7,800 miles above Pluto's surface.",
                 "The probe passed 7,700 miles above Pluto's surface.") == [
        ("number-mismatch", "error", "about 7,800 miles", "7,700 miles")]
    assert flags("The probe passed about 7,800 miles above Pluto's surface.",
                 "The probe passed 7,763 miles above Pluto's surface.") == []  # a finer figure, rounded
    assert flags("The mass was put at about 125.3 gigaelectronvolts.",
                 "The mass was put at 125 gigaelectronvolts.") == []  # a coarser figure: a rounding of it
    assert flags("Each winner takes home $224,000 in prize money.",
                 "Each winner takes home about $225,000 in prize money.") == []  # rounded to the nearest five


def test_a_bound_with_a_digit_changed_is_the_same_count_mistyped():
    assert flags("She was 36 weeks pregnant when her appointment was cancelled.",
                 "She was at least 26 weeks pregnant when her appointment was cancelled.") == [
        ("number-mismatch", "error", "36 weeks", "at least 26 weeks")]
    assert flags("Police said 57 people were arrested.", "Police said at least 50 people were arrested.") == []


def test_the_same_weekday_read_a_week_apart_is_one_day():
    # dated Monday, "would affect flights on Wednesday" has no future word and reads as last Wednesday;
    # the next day's "will hit flights on Wednesday" reads forward: a bare weekday may mean either
    assert flags("The walkout would affect all departures on Wednesday and Thursday.",
                 "The strike will hit every departure on Wednesday and Thursday.",
                 dt.date(2026, 7, 20), dt.date(2026, 7, 21)) == []


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Pilots want a rise over a year and a half.", 1.5, "year"),
        ("It took two and a half years.", 2.5, "year"),
        ("She was 5 1/2 months pregnant.", 5.5, "month"),
        ("The works took 3½ years.", 3.5, "year"),
        ("A bottle holds 2 ½ servings.", 2.5, None),
    ],
)
def test_halves_and_written_fractions_belong_to_their_figure(text, value, unit):
    from checker.facts import analyze

    assert [(q.value, q.unit) for q in analyze(text).quantities] == [(value, unit)]


def test_a_year_and_a_half_is_eighteen_months():
    assert flags("Pilots want 8.5% over 18 months; the airline offers 5% over two years.",
                 "Pilots want 8.5% over a year and a half; the airline offers 5% over 24 months.") == []


def test_the_same_figure_in_another_currency_is_a_number_change():
    assert flags("Cocoa traded at 4,910 pounds a tonne in London.", "Cocoa traded at $4,910 a tonne in London.") == [
        ("number-mismatch", "error", "at 4,910 pounds", "at $4,910")]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Exporters said they were unable to honour contracts.", "Exporters said they could not honour contracts."),
        ("Temperatures topped 44 degrees Celsius in Andalusia.", "The thermometer climbed above 44C in Andalusia."),
        ("AEMET spokeswoman Lucia Ferran said the heat would last.", "Lucía Ferrán, a spokeswoman for AEMET, said the heat would last."),
        ("A man was taken to hospital on Thursday evening after a tree fell.", "A man was taken to hospital last night after a tree fell."),
        ("Dr. Nomvula Dlamini, director of the WHO's tuberculosis programme, said it works.",
         "Dr Nomvula Dlamini said it works."),
        ("The Rome-based agency raised its forecast.", "The UN agency raised its forecast."),
    ],
)
def test_benign_rewordings_found_by_blind_stories_are_silent(a, b):
    assert flags(a, b) == []


def test_relative_years_and_months_resolve_against_the_dateline():
    assert flags("The agency expects wheat output in 2026 to fall below last year's level.",
                 "It expects wheat output this year to fall short of the 2025 level.",
                 dt.date(2026, 3, 6), dt.date(2026, 3, 7)) == []
    assert flags("The line will resume sailings through Suez from March.",
                 "The line will send its ships back through Suez from next month.",
                 dt.date(2026, 2, 3), dt.date(2026, 2, 4)) == []
    assert flags("The painting sold at auction on Wednesday.", "The painting, by an artist who died in 2009, sold last night.",
                 dt.date(2024, 6, 26), dt.date(2024, 6, 27)) == []


def test_a_full_name_misspelt_anywhere_in_a_rewrite_is_a_spelling_warning():
    assert flags("The victim, 54-year-old father of three Anthony Kiernan, was found in his car shortly after 11pm.",
                 "Anthony Kiernen, a father of three aged 54, was found in his car shortly after 23:00.") == [
        ("name-spelling", "warning", "Anthony Kiernan", "Anthony Kiernen")]


def test_a_quotation_shortened_at_an_ellipsis_is_not_altered():
    assert flags('"I have dreamed of this since I was six years old, and I still can\'t believe it happened," he said.',
                 '"I have dreamed of this since I was six years old ... I still cannot believe it happened," he said.') == []


def test_a_hedge_after_the_figure_is_a_hedge():
    assert flags("Floods killed at least 46 people.", "Floods killed 46 or more people.") == []
    assert flags("Floods killed at least 46 people.", "Floods killed 40 or more people.") == [
        ("number-mismatch", "error", "at least 46 people", "40 or more people")]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Professor Moira Rennie, who found the comet, died.", "Prof Moira Rennie, who found the comet, died."),
        ("Detective Sergeant Ann Lee led the inquiry.", "Det Sgt Ann Lee led the inquiry."),
        # a verb after the comma starts no appositive title
        ("Vanderpol CEO Pieter de Ruyter will become chairman of the board.",
         "Vanderpol's boss, Pieter de Ruyter, will chair its supervisory board."),
        # a nationality standing for the person the other version names
        ('"He will get more minutes," the 52-year-old Portuguese said.', '"He will get more minutes," Almeida said.'),
        # ages written three ways
        ("Rennie died aged 84 in Edinburgh.", "Rennie, the 84-year-old astronomer, died in Edinburgh."),
        # basis points are hundredths of a percentage point
        ("The bank cut its rate by 25 basis points.", "The bank lowered its rate by a quarter of a percentage point."),
    ],
)
def test_benign_rewordings_found_by_the_third_round_are_silent(a, b):
    assert flags(a, b) == []


def test_a_capital_or_a_country_is_still_a_place():
    assert flags("They reached Bedford at 6:55 PM.", "They reached London at 6:55 PM.") == [
        ("place-mismatch", "error", "Bedford", "London")]
    assert flags("The talks were held in Portugal on Monday.", "The talks were held in Almeida on Monday.") == [
        ("place-mismatch", "error", "in Portugal", "in Almeida")]


def test_changes_a_rewrite_moves_are_still_found():
    # an age written two ways
    assert flags("The 24-year-old has agreed a four-and-a-half-year contract.",
                 "The Dutch striker, 26, has signed a deal running until 2028.") == [
        ("number-mismatch", "warning", "24-year-old", "26")]
    # a place in the same words of a reordered sentence
    assert flags("Born in Belluno in 1933, the son of a carpenter, he left school at 14.",
                 "The son of a carpenter, he was born in Treviso in 1933 and left school at 14.") == [
        ("place-mismatch", "warning", "in Belluno", "in Treviso")]
    # one quotation given to two people
    assert flags('"Jorrit is exactly the kind of forward we have been looking for," Celtic head of football '
                 'operations Fraser Dunlop said.', '"Jorrit is exactly the kind of forward we have been looking for," '
                 "said Graeme Lockhart, Celtic's director of football.") == [
        ("quote-attribution", "error", "Fraser Dunlop said",
         "said Graeme Lockhart, Celtic's director of football")]
    # a rate step in basis points and in percentage points
    assert flags("Most analysts had forecast a 100 basis-point reduction in a Reuters poll.",
                 "Most economists polled by Reuters had expected a reduction of half a percentage point.") == [
        ("number-mismatch", "warning", "100 basis-point", "half a percentage point")]


def test_a_weekday_a_week_from_a_calendar_date_is_that_date():
    # dated Wednesday Oct 15, "is to begin on Monday" has no future word and reads as Oct 13
    assert flags("Nigeria will launch a measles campaign on Oct. 20, the ministry said.",
                 "Nigeria is to begin a measles drive on Monday, the ministry said.",
                 dt.date(2025, 10, 14), dt.date(2025, 10, 15)) == []


def test_no_before_a_figure_is_the_number_sign():
    assert flags("He will wear the number nine shirt.", "He will wear the No 9 shirt.") == []
    assert flags("There is no 5G coverage in the valley.", "There is 5G coverage in the valley.") == [
        ("negation-flip", "error", "There is no 5", "There is 5")]


@pytest.mark.parametrize(
    "a, b",
    [
        # a bare "$" in a Sydney paper is the wire's Australian dollar
        ("The plan will cost A$412 million over four years.", "The plan will cost $412m over four years."),
        # the per cent sign written three ways inside a quotation
        ('"Inflation is below the RBI\'s 4 per cent target," she said.', '"Inflation is below the RBI\'s 4% target," she said.'),
        ("Permian Crest Chief Executive Dana Ruiz will lead it.", "Permian Crest CEO Dana Ruiz will lead it."),
        ("World No. 3 Alessia Romano won in straight sets.", "Alessia Romano won in straight sets."),
        ("The company will build a battery factory in Java.", "The company will build a battery plant in Java."),
        ("De la Cruz was second on a stage of the Vuelta last year.", "De la Cruz was runner-up on a stage yesterday."),
    ],
)
def test_benign_rewordings_found_by_the_fourth_round_are_silent(a, b):
    assert flags(a, b, dt.date(2024, 7, 13), dt.date(2024, 7, 14)) == []


def test_the_same_amount_in_an_explicitly_other_dollar_is_a_change():
    assert flags("The plan will cost A$412 million.", "The plan will cost US$412m.") == [
        ("number-mismatch", "error", "A$412 million", "US$412m")]


def test_a_range_written_in_the_other_order_is_the_same_range():
    assert flags("It would cut review times from about seven years to two.",
                 "It would shrink reviews to two years from about seven.") == []
    assert flags("He served 2 years in prison.", "He served 2 months in prison.") == [
        ("number-mismatch", "error", "2 years", "2 months")]


def test_a_changed_duration_is_not_another_period():
    assert flags("Customers get up to 30% off and a 30-day free trial.",
                 "Customers get up to 20% off and a 15-day free trial.") == [
        ("number-mismatch", "error", "up to 30%", "up to 20%"), ("number-mismatch", "error", "30-day", "15-day")]


@pytest.mark.parametrize("text, name", [
    ('The crew was commanded by Francis R. "Dick" Scobee, 46.', ("francis", "r", "dick", "scobee")),
    ("Earvin “Magic” Johnson scored 20 points.", ("earvin", "magic", "johnson")),
])
def test_a_nickname_in_quotation_marks_is_part_of_the_name(text, name):
    from checker.facts import analyze

    assert name in [n.keys for n in analyze(text).names]


def test_a_day_is_shown_with_the_part_of_it_the_copy_names():
    got = flags("Police fired on protesters on Wednesday night.", "Police fired on protesters on Tuesday night.",
                dt.date(2024, 3, 14), dt.date(2024, 3, 14))
    assert [f[2:] for f in got if f[0] == "date-mismatch"] == [("on Wednesday night", "on Tuesday night")]


def test_a_place_named_as_part_of_a_wider_one_may_contain_the_other():
    got = flags("The second ceremony was held in southern England.", "The second ceremony was held in Kent.")
    assert [(r, s) for r, s, *_ in got] == [("place-mismatch", "warning")]  # Kent is in southern England
    got = flags("The ceremony was held in southern Italy.", "The ceremony was held in southern Spain.")
    assert [(r, s) for r, s, *_ in got] == [("place-mismatch", "error")]  # two areas: one does not hold the other


@pytest.mark.xfail(strict=True, reason="a negation beside another verb is a flip ('grappling' / 'not concerned', "
                   "'very' / 'too' expensive: SummEdits); telling 'will stand' / 'will not be lowered' from those needs "
                   "the verbs' meaning. Read on r19; a WordNet-sense test cost 4 points of SummEdits negation")
def test_a_negation_with_a_verb_of_the_opposite_sense_is_a_paraphrase():
    assert flags("Grades that had been raised by the moderation process will stand.",
                 "Grades that had been raised by the moderation process will not be lowered.") == []


def test_a_negation_with_a_reworded_word_in_a_minimal_edit_is_an_error():
    assert [f[:2] for f in flags("The remote was not very expensive for a remote control.",
                                 "The remote was too expensive for a remote control.")] == [("negation-flip", "error")]


def test_a_negated_noun_phrase_is_shown_to_its_noun():
    assert [f[2:] for f in flags("The grades awarded were not a fair reflection of their work, she said.",
                                 "The grades awarded were a fair reflection of their work, she said.")] == [
        ("were not a fair reflection", "were a fair reflection")]


def test_one_person_at_the_head_of_two_bodies_is_an_error_in_a_rewrite():
    # the person and the office agree, so the body is the changed fact whatever else was reworded
    assert ("organisation-mismatch", "error", "Robert Koch Institute", "Federal Institute for Risk Assessment") in flags(
        '"It is the sprouts," Reinhard Burger, president of the Robert Koch Institute, Germany\'s disease control '
        'agency, told a news conference in Berlin.',
        '"It is the sprouts," said Reinhard Burger, president of the Federal Institute for Risk Assessment, at a press '
        'conference in Berlin.')


@pytest.mark.parametrize("a, b", [
    ("The International Organization for Migration said it was the biggest loss of life in the Channel.",
     "The U.N. migration agency said it was the biggest loss of life in the Channel."),
    ("The World Health Organization said the outbreak was contained.",
     "The UN health agency said the outbreak was contained."),
])
def test_a_un_agency_named_by_what_it_does_is_the_same_agency(a, b):
    assert [f for f in flags(a, b) if f[0] == "organisation-mismatch"] == []


def test_a_speed_in_km_per_hour_is_a_speed():
    assert flags("The train was travelling on a stretch where the speed limit is 80 km/h, investigators said.",
                 "The train was travelling on a stretch where the speed limit is 90km/h, investigators said.") == [
        ("number-mismatch", "error", "80 km/h", "90km/h")]


def test_a_negating_verb_that_moved_in_its_sentence_is_no_flip():
    assert flags("Auditor EY refused last Thursday to sign off the accounts.",
                 "Auditor EY last week refused to sign off the accounts.") == []


def test_a_place_naming_a_body_is_shown_with_it():
    assert [f[2:] for f in flags("The Munich district court later appointed Michael Jaffe as administrator.",
                                 "The Frankfurt district court later appointed Michael Jaffe as administrator.")
            if f[0] == "place-mismatch"] == [("Munich district court", "Frankfurt district court")]


def test_a_negated_phrase_ending_in_an_article_is_shown_as_far_as_it_goes():
    # the article is the last word: nothing after it to show, and no crash looking for it
    assert flags("The plan did not win the", "The plan won the") == [
        ("negation-flip", "error", "did not win the", "won the")]


def test_declining_to_do_a_thing_is_not_doing_it():
    a = "Bild put the value of the haul at up to 1 billion euros, but officials declined to confirm any figure."
    b = "Bild put the value of the haul at up to 1 billion euros, a figure officials would not confirm."
    assert not [x for x in flags(a, b) if x[0] == "negation-flip"]
    assert [x[:2] for x in flags("Officials declined to confirm the figure.", "Officials confirmed the figure.")] == [
        ("negation-flip", "error")]


def test_declined_to_a_level_is_a_fall_not_a_refusal():
    assert not [x for x in flags("Shares declined to a record low on Monday.", "Shares fell to a record low on Monday.")
                if x[0] == "negation-flip"]


def test_a_refusal_added_at_the_end_after_but_is_new_information():
    a = "The bank said withdrawals had been higher than normal but declined to give figures."
    b = "The bank said withdrawals had been higher than normal."
    assert not [x for x in flags(a, b) if x[0] == "negation-flip"]


def test_a_negated_tail_trimmed_from_the_end_of_a_quotation_is_a_trim():
    a = '"Nobody expected this from Wolfsburg at the start of the season, not even me."'
    b = '"Nobody expected this from Wolfsburg at the start of the season."'
    assert not [x for x in flags(a, b) if x[0] == "negation-flip"]
    assert [x[:2] for x in flags('"We expected this, he said."', '"We never expected this, he said."')
            if x[0] == "negation-flip"] == [("negation-flip", "error")]


def test_a_novel_is_a_book_but_no_film():
    a = "The judges could not separate the two books."
    assert not [x for x in flags(a, "The judges could not separate the two novels.") if x[0] == "term-changed"]
    assert [x for x in flags("The judges praised the novel.", "The judges praised the film.") if x[0] == "term-changed"]


def test_a_verb_negated_in_one_version_and_plain_in_the_other_is_a_flip_though_each_negates_once():
    a = ("Finance Minister Anton Siluanov ruled out capital controls, saying the government had no plans to restrict "
         "the movement of money.")
    b = ("Finance Minister Anton Siluanov did not rule out capital controls, but said the government would first try "
         "other measures.")
    assert [x[:2] for x in flags(a, b) if x[0] == "negation-flip"] == [("negation-flip", "error")]


@pytest.mark.parametrize("a, b", [
    # the negation moved onto the verb that governs the word it negated
    ("Stack said he did no work for Triumph until 1999, when a grand jury began investigating Silvester.",
     "Stack testified that he was not asked to do any work for Triumph until June 1999."),
    # the plain word is in the clause its own side negates
    ('Gibson said in a statement that "neither I nor my film are anti-Semitic."',
     "Gibson said in a statement that he and his film are not anti-Semitic."),
    # one clause, the negation moved within it
    ('"Ms. Stewart is being prosecuted not because of who she is, but because of what she did," Comey said.',
     '"Martha Stewart is not being prosecuted for who she is but for what she did."'),
])
def test_one_negation_moved_within_its_statement_is_no_flip(a, b):
    assert not [x for x in flags(a, b) if x[0] == "negation-flip" and x[1] == "error"]


def test_a_day_told_again_is_another_day_of_the_same_thing():
    a = "Pickets gathered at the port's main gates from early on Sunday morning."
    b = "Pickets were again at the port gates on Monday morning."
    assert not [x for x in flags(a, b, WED, THU) if x[0] == "date-mismatch"]
    assert [x[0] for x in flags(a, b.replace("again ", ""), WED, THU)] == ["date-mismatch"]


def test_a_word_the_reference_says_as_well_replaces_nothing():
    a = ("Canada's foreign ministry said it was gravely concerned about the arrests of women's rights activists and "
         "urged Saudi authorities to release them immediately.")
    b = "Canada's foreign ministry called for the release of jailed women's rights activists."
    assert [f for f in flags(a, b) if f[0] == "direction-flip"] == []
    assert [f[:2] for f in flags("Police said the arrests of the activists were lawful.",
                                 "Police said the release of the activists was lawful.") if f[0] == "direction-flip"] \
        == [("direction-flip", "error")]


def test_a_part_of_the_calendar_is_no_changed_span_of_time_but_a_counted_span_is():
    # "for most of the year" / "outside the summer months": when, not how long
    assert not [f for f in flags("Motorists will pay 4.90 euros to cross for most of the year.",
                                 "Drivers will pay 4.90 euros to cross outside the summer months.")
                if f[0] == "term-changed"]
    assert [f for f in flags("Earnings per share rose 40.6% from the previous year.",
                             "Earnings per share rose 40.6% from the previous quarter.") if f[0] == "term-changed"]
    # two durations whose number is left unsaid are each of its own size: "adding hours" / "adding minutes"
    assert [f[0] for f in flags("The airlines had to fly a roundabout route, adding hours to journey times.",
                                "The airlines had to fly a roundabout route, adding minutes to journey times.")] == [
        "term-changed"]


def test_a_figure_all_but_equal_to_one_elsewhere_in_the_sentence_is_compared_with_it():
    # "with 7:42 left" / "with 14:05 left ... with 7:41 to go": the record basket's time is 7:42 against 7:41
    got = flags("Hansbrough scored the record basket with 7:42 left in the first half against Evansville.",
                "Hansbrough tied the record with 14:05 left in the first half, then broke it against Evansville with "
                "7:41 to go.")
    assert [(r, av, bv) for r, s, av, bv in got if r == "number-mismatch"] == [("number-mismatch", "7:42", "7:41")]


def test_a_figure_and_its_conversion_are_compared_in_their_own_units():
    got = flags("The probe passed about 7,800 miles (12,500 kilometers) above the surface on Tuesday.",
                "The probe passed within 7,700 miles (12,400 km) of the surface on Tuesday.")
    assert ("number-mismatch", "error", "about 7,800 miles", "7,700 miles") in got


def test_no_more_than_negates_as_not_more_does():
    assert not [x for x in flags("The Senate argued that the state could not afford more.",
                                 "The Senate argued that the state could afford no more than 4%.")
                if x[0] == "negation-flip"]


def test_a_compass_word_hyphened_in_one_version_is_the_same_word():
    a = "She was admitted to a hospital in Alcorcon, a suburb southwest of Madrid, early on Monday."
    b = "She was taken to hospital in Alcorcon, south-west of Madrid, early yesterday."
    assert not [f for f in flags(a, b) if f[0] == "term-changed"]
    assert [f for f in flags(a, b.replace("south-west", "north-east")) if f[0] == "term-changed"]


def test_and_older_bounds_a_figure_as_and_above_does():
    a = "More than 733,000 children aged nine and above have received a dose of Dengvaxia."
    b = "More than 733,000 children aged 9 and older have been given a shot of Dengvaxia."
    assert not flags(a, b)


OWED = "The hospital owed {} million rupees to the supplier."


@pytest.mark.parametrize("a, b, conflict", [
    (OWED.format("about 6.8"), OWED.format("some 6.3"), True),
    (OWED.format("about 6.8"), OWED.format("some 6.9"), False),
    ("The team counted about 15,000 neutrinos.", "The team counted some 16,000 neutrinos.", True),  # one step, but
    ("About 17 workers were hurt.", "About 15 workers were hurt.", True),  # a coarse one; and two steps
    ("About 25 workers were hurt.", "About 25 workers were hurt, police said.", False),
    ("Kraft bought Cadbury for about 11.5 billion pounds.", "Kraft bought Cadbury for £11.9bn.", True),
    ("The baby weighed about 15 pounds at birth.", "The baby weighed 14.7 pounds at birth.", False),
])
def test_a_hedge_moves_a_figure_a_few_steps_of_its_written_precision(a, b, conflict):
    assert bool([f for f in flags(a, b) if f[0] == "number-mismatch"]) == conflict


def test_a_lead_in_one_version_trims_from_a_quotation_turns_nothing_round():
    a = '"We have been denied justice because not a single abuser will face a court as a result of this report," Kelly said.'
    b = '"Not a single abuser will face a court as a result of this report," he said.'
    assert not [f for f in flags(a, b) if f[0] == "negation-flip"]


def test_a_ban_on_doing_a_thing_says_what_cannot_does():
    a = "The ruling means Russia cannot compete under its flag at next year's Tokyo Olympics."
    b = "WADA voted unanimously for a four-year ban on Russia competing under its own flag at major events."
    assert not [f for f in flags(a, b) if f[0] == "negation-flip"]


def test_a_verb_of_breaking_a_thing_cancels_its_opposite():
    a = "A five-judge bench ruled by a majority of three to two that the practice was unconstitutional."
    b = ("The five judges split three to two, with the majority finding that the practice was un-Islamic and violated "
         "the constitutional guarantee of equality.")
    assert not [f for f in flags(a, b) if f[0] == "direction-flip"]
    assert [f for f in flags(a, a.replace("unconstitutional", "constitutional")) if f[0] == "direction-flip"]


@pytest.mark.parametrize("x, y", [("yearly", "annual"), ("grey", "gray")])
def test_two_words_for_one_value_of_a_set_are_a_rewording(x, y):
    a = f"The law limits {x} rent increases to 7 percent for the painted flats."
    b = f"The law caps {y} rent increases at 7 percent for the painted flats."
    assert not [f for f in flags(a, b) if f[0] == "term-changed"]


def test_a_turned_statement_shows_its_verb_and_the_pronoun_that_says_it():
    """The finding shows who expects what, so the editor sees the clause, not a lone word."""
    assert flags('"We expect to enter into talks with the European Union," he said.',
                 '"We do not expect to enter into talks with the European Union," he said.') == [
        ("negation-flip", "error", "We expect to", "We do not expect to")]
    assert flags("The drug should now become standard of care, he said.",
                 "The drug should not yet become standard of care, he said.") == [
        ("negation-flip", "error", "should now become standard", "should not yet become standard")]


# read on r52 (industrial accidents; pensions), after its first run was recorded


@pytest.mark.parametrize("a, b", [
    ("He steered the bill through the Senate, he said.", "He steered the bill through the upper house, he said."),
    ("The House passed the bill on Friday.", "The lower house passed the bill on Friday."),
])
def test_a_chamber_named_by_its_level_is_that_chamber(a, b):
    assert not [f for f in flags(a, b) if f[0] == "term-changed"]


def test_the_other_chamber_is_still_a_change():
    a, b = "He steered the bill through the Senate, he said.", "He steered the bill through the lower house, he said."
    assert flags(a, b) == [("term-changed", "error", "Senate", "house")]


def test_co_before_a_group_names_its_members():
    """ "Some co-workers" are workers; one holder told apart by "co-" ("the co-founder") is still a change."""
    assert flags("Some workers escaped by jumping from windows.",
                 "Some co-workers escaped by jumping from windows.") == []
    assert flags("She is the co-founder of the firm.", "She is the founder of the firm.") == [
        ("term-changed", "error", "co-founder", "founder")]


def test_a_refinery_is_a_plant_but_not_a_mine():
    assert flags("The refinery opened in 1917.", "The plant opened in 1917.") == []
    assert flags("The mine opened in 1917.", "The refinery opened in 1917.") == [
        ("term-changed", "error", "mine", "refinery")]


def test_r_dollar_is_the_brazilian_real():
    assert flags("The government hoped to save more than 1 trillion reais.",
                 "The government hoped to save more than R$1tn.") == []


@pytest.mark.parametrize("water", ["the Savannah River", "the Ohio River"])
def test_a_town_stands_on_a_river(water):
    a = "The blast at the plant in Port Wentworth happened at about 7:15 p.m."
    b = f"The blast at the plant on {water} happened at about 7:15 p.m."
    assert not [f for f in flags(a, b) if f[0] == "place-mismatch"]
    assert flags(a, a.replace("Port Wentworth", "Garden City")) == [
        ("place-mismatch", "error", "in Port Wentworth", "in Garden City")]


def test_a_degree_turned_round_shows_what_it_grades():
    """The editor reads "less profitable" / "more profitable", not "is less" / "is more" (read on r53 d04)."""
    assert flags('He said: "Drug trafficking is less profitable."',
                 'He said: "Drug trafficking is more profitable."') == [
        ("direction-flip", "error", "is less profitable", "is more profitable")]


def test_voting_no_is_the_answer_cast_not_a_negation():
    """ "who voted no" says what "who voted against it" says (read on r53 d02); "no" / "yes" is still a flip."""
    a = '"We had two days to read it," said Alderman Scott Waguespack, who voted against it.'
    b = '"We had two days to read it," complained Scott Waguespack, one of five aldermen who voted no.'
    assert flags(a, b) == []
    assert flags("Five aldermen voted no on the deal.", "Five aldermen voted yes on the deal.") == [
        ("direction-flip", "error", "voted no", "voted yes")]


@pytest.mark.parametrize("noun", ["accountants", "accountancy firm", "auditor"])
def test_a_name_after_a_noun_of_a_body_is_an_organisation(noun):
    """ "accountants Deloitte" / "accountants PwC": two firms, not two people who may be one (read on r53 c01)."""
    a = f"The company has asked {noun} Deloitte to carry out an independent investigation."
    assert flags(a, a.replace("Deloitte", "PwC")) == [("organisation-mismatch", "error", "Deloitte", "PwC")]


def test_the_games_are_the_olympics():
    """One event, two names ("Winter Olympics" / "Winter Games"); the other season's is another (read on r46 o02)."""
    a = "Salt Lake City was awarded the 2002 Winter Olympics in 1995."
    assert flags(a, "Salt Lake City was chosen to host the 2002 Winter Games in 1995.") == []
    assert flags(a, a.replace("Winter Olympics", "Summer Games")) == [
        ("organisation-mismatch", "error", "Winter Olympics", "Summer Games")]


def test_a_persons_figure_when_they_did_a_thing_is_their_age():
    assert flags("The woman was about 30 years old when she died, and her brain was small.",
                 "The skeleton of a woman, who was about 20 when she died, was dug out of the cave.") == [
        ("number-mismatch", "error", "about 30 years old", "about 20")]
    assert flags("The woman was about 30 when she died.", "The woman was about 30 years old when she died.") == []


def test_a_flip_shows_what_is_negated_and_who_or_what_it_is_about():
    assert flags("The Commission ruled that the aid had broken EU rules.",
                 "The Commission ruled that the aid had not broken EU rules.") == [
        ("negation-flip", "error", "had broken EU rules", "had not broken EU rules")]
    assert flags('"There is evidence of metal fatigue," Sumwalt said.',
                 "Sumwalt said there was no evidence of metal fatigue.") == [
        ("negation-flip", "error", "There is evidence of", "there was no evidence of")]
    assert flags('Sumwalt said a blade had broken off. "There is evidence of metal fatigue," Sumwalt told reporters.',
                 "Sumwalt said a blade had snapped off, but that there was no evidence of metal fatigue.") == [
        ("negation-flip", "error", "There is evidence of", "there was no evidence of")]


def test_a_negated_predicate_left_out_of_a_coordination_is_no_flip():
    assert flags("The bones are not fossilised and are so fragile that they crumble, Brown said.",
                 "Dr Brown said the bones were so fragile that they crumble.") == []
    assert [f[0] for f in flags("The bones are not fossilised and are fragile.",
                                "The bones are fossilised and are fragile.")] == ["negation-flip"]


def test_a_verb_of_becoming_takes_its_direction_from_the_comparative_after_it():
    assert flags("The company shrank last year.", "The company grew smaller last year.") == []
    assert flags("The company shrank last year.", "The company grew last year.") == [
        ("direction-flip", "error", "company shrank", "company grew")]


def test_a_limit_of_what_may_be_done_is_the_limit_told_as_a_bound():
    assert [f[0] for f in flags("Cash withdrawals have been limited to 60 euros a day.",
                                "Greeks were restricted to withdrawing €50 a day.")] == ["number-mismatch"]
    assert flags("Cash withdrawals have been limited to 60 euros a day.",
                 "Greeks were restricted to withdrawing 60 euros a day.") == []


def test_a_place_inside_the_other_is_no_change_and_two_places_side_by_side_are():
    assert flags("The neutrinos were measured at Fermilab near Chicago.",
                 "The neutrinos were measured at Fermilab in Illinois.") == []
    assert flags("The trial ran in the West African country.", "The trial ran northwest of Ouagadougou.") == []
    assert [f[0] for f in flags("The hub is in Cushing, Oklahoma.", "The hub is in Cushing, Texas.")] == [
        "place-mismatch"]
    assert [f[0] for f in flags("The site lies north-west of Johannesburg.", "The site lies north-west of Pretoria.")
            ] == ["place-mismatch"]


def test_a_maximum_penalty_is_the_bound_up_to_says():
    assert [f[0] for f in flags("Endangering an aircraft carries a maximum penalty of five years in prison.",
                                "Those responsible face up to seven years in jail for endangering an aircraft.")] == [
        "number-mismatch"]
    assert flags("Endangering an aircraft carries a maximum penalty of five years in prison.",
                 "Those responsible face up to five years in jail for endangering an aircraft.") == []


# ---------------------------------------------------------------- read on r58 (hospitals; environment decisions)


def test_failed_with_an_adverb_before_to_is_a_negation():
    a = "Badenier said the project had not adequately addressed the resettlement of local families."
    b = "He said the developers had failed properly to address the resettlement of local families."
    assert not [f for f in flags(a, b) if f[0] == "negation-flip"]


def test_an_opposite_is_shown_with_its_degree_word():
    a = "\"It is a triumph for justice, but the amount is too low for the harm that was done,\" Fajardo said."
    b = "\"It is a triumph for justice, but the amount is too high for the harm that was done,\" Fajardo said."
    assert [(f[2], f[3]) for f in flags(a, b) if f[0] == "direction-flip"] == [("is too low", "is too high")]


def test_last_thursday_in_thursdays_copy_is_a_week_ago_and_says_which_thursday():
    a = "A first attempt to repeal the tax was defeated in the Senate last Thursday after a dispute over an amendment."
    b = "A first attempt collapsed in the Senate on Monday amid a row over an amendment."
    thu, fri = dt.date(2014, 7, 17), dt.date(2014, 7, 18)
    assert ("date-mismatch", "error", "last Thursday", "on Monday") in flags(a, b, thu, fri)
    b_right = b.replace("on Monday", "on Thursday, July 10,")
    assert not [f for f in flags(a, b_right, thu, fri) if f[0] == "date-mismatch"]


def test_a_later_days_news_is_not_the_earlier_versions_figure_or_place():
    a = "Rio's shares closed down 1.3 percent in London."
    b = "Rio's shares fell 3.2 percent in Sydney on Friday."
    thu, fri = dt.date(2013, 1, 17), dt.date(2013, 1, 18)
    assert not [f for f in flags(a, b, thu, fri) if f[1] == "error"]
    same_day = "Rio's shares closed down 3.2 percent in London on Thursday."
    assert ("number-mismatch", "error") in {f[:2] for f in flags(a, same_day, thu, fri)}


@pytest.mark.parametrize("b", [
    "A new presidential election must be held within 90 days, the commission said on Saturday.",
    "Justice Jones, who fined the union $1.5 million for each day of the strike, said on Saturday he could jail them.",
])
def test_a_later_day_of_another_clause_does_not_date_the_figure(b):
    a = ("A new presidential election must be held within 60 days." if "90" in b
         else "Justice Jones fined the union $1 million for each day of the strike.")
    fri, sat = dt.date(2017, 9, 1), dt.date(2017, 9, 2)
    assert "number-mismatch" in {f[0] for f in flags(a, b, fri, sat) if f[1] == "error"}


# ------------------------------------------------------------ read on r57 and r59 (inquiries; sport; cars; parliaments)
def test_a_decade_is_ten_years_and_the_span_it_restates_is_its_counterpart():
    a = "Mitsubishi Motors' shares closed at 733 yen, their biggest one-day fall in more than a decade."
    b = "Mitsubishi shares plunged 15 per cent to 733 yen, the biggest fall in more than ten years."
    assert not [x for x in flags(a, b) if x[0] == "number-mismatch"]
    assert [x[:2] for x in flags("It was the biggest fall in more than a decade.", "It was the biggest fall in more "
                                 "than 20 years.") if x[0] == "number-mismatch"] == [("number-mismatch", "error")]
    assert not flags("It was the biggest fall in half a century.", "It was the biggest fall in 50 years.")


def test_never_against_only_once_is_shown_with_the_count_that_stands_for_the_negation():
    a = '"That has never happened before in Canadian history," Liberal leader Michael Ignatieff told the chamber.'
    b = '"That has happened only once before in Canadian history," said Michael Ignatieff, the Liberal leader.'
    (flip,) = [x for x in flags(a, b) if x[0] == "negation-flip"]
    assert flip[1] == "error" and "never" in flip[2] and "only once" in flip[3]


def test_keeping_a_seat_is_the_opposite_of_losing_it():
    a = ("A third Democrat, Rep. Gloria Johnson of Knoxville, kept her seat after the vote to expel her fell one short "
         "of the two-thirds majority needed.")
    b = "A third Democrat, Gloria Johnson, who is white, lost her seat in a separate vote the same day."
    assert [x[:4] for x in flags(a, b) if x[0] == "direction-flip"] == [("direction-flip", "error", "kept", "lost")]



def test_a_word_changed_in_a_negated_quotation_is_shown_with_the_negation():
    a = '"No one in government knew because they did not want to know," committee member Stewart Hosie told reporters.'
    b = 'Stewart Hosie, a member of the committee, said no one in government knew "because they did not need to know".'
    assert [f[2:] for f in flags(a, b) if f[0] == "quote-altered"] == [("did not want to know", "did not need to know")]


def test_a_body_is_shown_with_the_acronym_written_after_it():
    a = "The threat level was raised on the advice of the Australian Security Intelligence Organisation (ASIO)."
    b = "The threat level was raised on the advice of the Australian Federal Police (AFP)."
    assert ("Australian Security Intelligence Organisation (ASIO)", "Australian Federal Police (AFP)") in [
        f[2:] for f in flags(a, b) if f[0] == "organisation-mismatch"]


def test_opposites_in_sentences_of_two_different_years_are_each_years_own():
    a = "Lloyd's of London made a profit of 2.1 billion pounds in 2016, it said on Thursday."
    b = "Lloyd's of London reported a loss of 2 billion pounds for 2017 on Thursday."
    assert [x[:2] for x in flags(a, b) if x[0] == "direction-flip"] in ([], [("direction-flip", "warning")])
    assert [x[:2] for x in flags(a, b.replace("2017", "2016")) if x[0] == "direction-flip"] == [
        ("direction-flip", "error")]


def test_a_noun_in_ing_is_not_its_verbs_noun():
    assert not flags("Holyland, a sprawling luxury apartment complex on a hill.",
                     "Holyland, a sprawling luxury housing complex on a hill.")
    assert [x[0] for x in flags("Holyland, a luxury apartment complex.", "Holyland, a luxury hotel complex.")] == [
        "term-changed"]


def test_a_negated_sentence_left_out_of_the_start_of_a_quotation_is_a_trim():
    a = '"We will not panic. We have to see the market, and the market will correct itself," Badri told reporters.'
    b = '"We have to see the market, and the market will correct itself."'
    assert not [x for x in flags(a, b) if x[0] == "negation-flip"]


def test_a_negated_noun_is_shown_with_the_verb_past_its_auxiliary():
    assert flags("A ransom was paid, he said.", "No ransom was paid, he said.") == [
        ("negation-flip", "error", "A ransom was paid", "No ransom was paid")]


def test_a_predicate_rewritten_at_the_end_of_a_quotation_is_no_word_replaced():
    assert flags("\"I think we should leave them as they are,\" said Lott during a hearing.",
                 "\"I think we should hesitate,\" Olympia Snowe said at a hearing.")[:1] == [
        ("quote-altered", "warning", "think we should leave them as they are", "think we should hesitate")]


def test_a_figure_the_other_sentence_rounds_to_is_no_restatement():
    a = ("`` On Metacritic , the film has a score of 99 out of 100 , based on 4 critics , indicating `` '' generally "
         "unfavorable reviews '' '' .  ''")
    assert flags(a, a.replace("99", "26")) == [("number-mismatch", "error", "99 out of 100", "26 out of 100")]


def test_a_count_in_a_quoted_title_restates_no_count():
    a = ("`` They have released three singles from the album , each with a music video : `` '' New World Torture '' '' "
         "in October 2014 ; `` '' Four Walls '' '' in November 2014 ; and `` '' Trophies of Violence '' '' in January "
         "2015.  ''")
    b = ("`` They have released four singles from the album , each with a music video : `` '' New World Torture '' '' "
         "in October 2014 ; `` '' Four Walls '' '' in November 2014 ; `` '' Trophies of Violence '' '' in January 2015 "
         "; and `` '' Our Legacy '' '' in March 2015.  ''")
    assert ("number-mismatch", "error", "three singles", "four singles") in flags(a, b)


def test_the_commission_is_one_organ_of_the_union_and_not_another():
    a = "Employees of the European Commission are now forced to delete TikTok from their work devices."
    assert flags(a, a.replace("European Commission", "EU")) == []
    assert flags(a, a.replace("European Commission", "EU Parliament")) == [
        ("organisation-mismatch", "error", "European Commission", "EU Parliament")]


def test_a_kind_that_several_vehicles_belong_to_is_no_other_vehicle():
    a = "The helicopter was found burnt out a short time later in Gonesse, north of Paris."
    assert flags(a, a.replace("helicopter", "aircraft")) == []
    assert flags(a, a.replace("helicopter", "plane")) == [("term-changed", "error", "helicopter", "plane")]


def test_two_titles_of_one_person_are_no_term_changed():
    a = ("Finance Minister Alistair Darling told parliament the government was examining whether it could legally "
         "recover the money.")
    b = ("Chancellor of the Exchequer Alistair Darling said the government was looking at whether it could recover "
         "the money.")
    assert [x for x in flags(a, b) if x[1] == "error"] == []


@pytest.mark.xfail(strict=True, reason="a sum of parts ('18 people in the limo and two pedestrians' / 'Twenty people') "
                   "was tried and dropped: read as sums, 'five confirmed cases and one recovery' / 'six confirmed "
                   "cases' lost four VitaminC flips at error")
def test_a_total_the_other_version_tells_by_its_parts_is_no_other_figure():
    a = ("A stretch limousine carrying 17 people to a birthday celebration crashed into a parked SUV, killing all 18 "
         "people in the limo and two pedestrians, authorities said Sunday.")
    b = ("Twenty people died when a stretch limousine taking a group of friends to a birthday party smashed into a "
         "parked car, killing everyone on board and two men standing nearby.")
    assert [x for x in flags(a, b) if x[0] == "number-mismatch"] == []


def test_a_figure_and_a_part_of_it_add_up_to_no_total():
    a = "The government has confirmed a total of 41 positive cases including 29 recoveries and one death."
    assert [x[2:] for x in flags(a, a.replace("41", "42")) if x[0] == "number-mismatch"] == [
        ("41 positive", "42 positive")]


def test_a_count_and_another_count_beside_it_are_no_parts_of_a_total():
    a = "As of 4 March, there were five confirmed cases and one recovery in Romania."
    assert [x[2:] for x in flags(a, a.replace("five", "six")) if x[0] == "number-mismatch"] == [
        ("five confirmed cases", "six confirmed cases")]  # what the figure counts, past the word describing it



def test_a_verb_of_refusing_before_an_infinitive_negates_it_like_no():
    assert flags("Ursel Reisen confirmed it operated the coach, but gave no details other than to say the passengers "
                 "were of mixed ages.", "Ursel Reisen confirmed it had been operating the coach, but declined to give "
                 "details of the passengers other than to say they were of mixed ages.") == []  # an MRPC label-0 pair


def test_a_region_and_a_state_the_place_data_puts_in_two_countries_cannot_contain_each_other():
    assert flags("He was raised in Singapore and Bavaria.", "He was raised in Singapore and Texas.") == [
        ("place-mismatch", "error", "Bavaria", "Texas")]
