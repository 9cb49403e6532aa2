package tagger

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
)

// tagCase is one input and the expressions expected in it, written
// "text|TYPE|value|mod" (mod optional). A case passes when exactly these
// expressions are found, in order.
type tagCase struct {
	dct, order string
	in         string
	want       []string
}

var tagCases = []tagCase{
	// A holiday's name after a verb of naming ("called", "dubbed", "known
	// as") is a name given to another day, no date of the holiday; the
	// holiday named plainly stays a date.
	{"", "", "The fair opened on June 14, 1898, a day the newspapers dubbed Mother's Day.", []string{"June 14, 1898|DATE|1898-06-14"}},
	{"", "", "The strikers returned on October 3, 1919, which the strikers called Christmas Day.", []string{"October 3, 1919|DATE|1919-10-03"}},
	{"", "", "The strikers returned on October 3, 1919, and stayed out again on Christmas.", []string{"October 3, 1919|DATE|1919-10-03", "Christmas|DATE|1919-12-25"}},
	// "N days a month" is how often, a SET P1M, as "two days a week" is
	// P1W and "twice a month" P1M.
	{"", "", "In 1922 the county clinic opened only three days a month.", []string{"1922|DATE|1922", "three days a month|SET|P1M"}},
	{"", "", "The ferry ran two days a month through the winter of 1889.", []string{"two days a month|SET|P1M", "the winter of 1889|DATE|1889-WI"}},
	// "March" opening a heading or a sentence before "to", "on", "for"
	// and a capitalized word that is no word of time is a march, as
	// "the March to the Sea" is; "March to May" stays the months.
	{"", "", "The strike began on May 1, 1894.\nMarch on Chicago\nThe strikers set out on May 9.", []string{"May 1, 1894|DATE|1894-05-01", "May 9|DATE|1894-05-09"}},
	{"", "", "The veterans camped by the river in 1932. March for Jobs, as they called it, drew thousands.", []string{"1932|DATE|1932"}},
	{"", "", "The rains came in 1931. March to May was the wettest spell on record.", []string{"1931|DATE|1931", "March|DATE|1931-03", "May|DATE|1931-05"}},
	// A date that closes a long subject, in an "in" phrase of it, right
	// before the main verb in the past perfect, looks back: it does not
	// move the story's year for the bare months after it.
	{"", "", "The strike was settled in March 1922. The sinking of the company's ship by a mine in June 1921 had shaken the owners. In October the mills reopened.", []string{"March 1922|DATE|1922-03", "June 1921|DATE|1921-06", "October|DATE|1922-10"}},
	{"", "", "The dam was finished in May 1936. The loss of two barges and a crane in a storm in April 1935 had delayed the work. In July the turbines turned.", []string{"May 1936|DATE|1936-05", "April 1935|DATE|1935-04", "July|DATE|1936-07"}},
	// A day of saying that closes a sentence about a day ahead ("will
	// open on Monday, officials announced Friday.") is no day of the
	// story: a bare clock time after it is the planned day's.
	{"2024-03-06", "", "The library will reopen its main branch on Saturday, the city announced Wednesday. Doors open at 9 a.m., and a ribbon cutting follows at 10 a.m.", []string{"Saturday|DATE|2024-03-09", "Wednesday|DATE|2024-03-06", "9 a.m.|TIME|2024-03-09T09:00", "10 a.m.|TIME|2024-03-09T10:00"}},
	{"2024-03-06", "", "The library reopened its main branch on Saturday, the city said Monday. Doors opened at 9 a.m.", []string{"Saturday|DATE|2024-03-02", "Monday|DATE|2024-03-04", "9 a.m.|TIME|2024-03-02T09:00"}},
	// A weekday between a verb of saying and a modal is the subject of
	// what was said, a day ahead ("said Thursday would be"), not the day
	// of saying ("said Thursday it would").
	{"2024-03-06", "", "The mayor said Friday would be the last day to register.", []string{"Friday|DATE|2024-03-08"}},
	{"2024-03-06", "", "The mayor said Monday would be a holiday for city workers.", []string{"Monday|DATE|2024-03-11"}},
	{"2024-03-06", "", "The mayor said Monday it would close the pool.", []string{"Monday|DATE|2024-03-04"}},
	// A reading of the small hours after one of the evening (from 6
	// p.m.) of the same day is the next morning's, the count going on
	// through the night; "As of 2 a.m." with a past perfect tells the
	// state at that time, no look back.
	{"2024-03-06", "", "Voting ended at 7 p.m. Tuesday. As of 2 a.m., officials had tallied 80 percent of the ballots.", []string{"7 p.m. Tuesday|TIME|2024-03-05T19:00", "2 a.m.|TIME|2024-03-06T02:00"}},
	{"2024-03-06", "", "The fire broke out at 6:30 p.m. Tuesday. Crews contained it at 1 a.m.", []string{"6:30 p.m. Tuesday|TIME|2024-03-05T18:30", "1 a.m.|TIME|2024-03-06T01:00"}},
	// A list that gives its verb once ("open to nurses in May, people
	// aged 50 to 64 in June, and ...") is no figure set off by commas:
	// the age picks out people, and the months follow the verb.
	{"2022-02-10", "", "Under the plan, boosters open to nurses in April, people aged 50 to 64 in May, and everyone else in the summer.", []string{"April|DATE|2022-04", "May|DATE|2022-05", "the summer|DATE|2022-SU"}},
	// "could"/"might" with a verb of a turn of events foreseen ("peak",
	// "crest", "arrive", as "make landfall") is a possibility ahead, even
	// reported after a past "said ... that".
	{"2024-03-06", "", "The forecaster said on a call this morning that the flu season could peak in late April, and she urged people to get shots within the next two weeks.", []string{"this morning|TIME|2024-03-06TMO", "late April|DATE|2024-04|END", "the next two weeks|DURATION|P2W"}},
	{"2024-03-06", "", "Hydrologists warned in a bulletin that the river might crest in late April, and they told farmers to move cattle.", []string{"late April|DATE|2024-04|END"}},
	// A noun in apposition after the date's comma with a relative clause
	// on it (", a tool that can", ", a move which will") describes the
	// noun: its modal or future does not date the sentence's own verb.
	{"2024-03-06", "", "The startup released its new offline translation app on Tuesday, a tool that can read menus aloud.", []string{"Tuesday|DATE|2024-03-05"}},
	{"2024-03-06", "", "The bank announced deep cuts to its branch network on Monday, a step which will save it 40 million euros.", []string{"Monday|DATE|2024-03-04"}},
	// A clock reading between a verb and its day is one phrase, however
	// many tokens "11:30 p.m." makes: the verb before it is as near the
	// day as a verb after a comma ("the lease ends at 11:30 p.m. on
	// Friday, and the tenant said" reads Friday by "ends").
	{"2024-03-06", "", "The lease ends at 11:30 p.m. on Friday, and the tenants' lawyer said an eviction could follow.", []string{"11:30 p.m.|TIME|2024-03-08T23:30", "Friday|DATE|2024-03-08"}},
	{"2024-03-06", "", "The ferry leaves at 6:45 a.m. on Saturday, and the harbor master said crews were ready.", []string{"6:45 a.m.|TIME|2024-03-09T06:45", "Saturday|DATE|2024-03-09"}},
	// "aged" before a number is an age, no past verb: a schedule's
	// present keeps its months ahead.
	{"2022-02-10", "", "Booster shots open to adults in April, people aged 50 to 64 in May.", []string{"April|DATE|2022-04", "May|DATE|2022-05"}},
	{"2022-02-10", "", "Residents aged 80 and older can book from March.", []string{"March|DATE|2022-03"}},
	// A participle of expectation after "than" ("than expected", "than
	// hoped", "than forecast") is the comparison's reduced clause, not a
	// verb looking ahead: the clause's own verb gives a bare month its
	// tense ("more than doubled" stays the verb).
	{"2022-02-10", "", "Ticket sales were weaker than expected in November.", []string{"November|DATE|2021-11"}},
	{"2022-02-10", "", "The harvest had been smaller than hoped in October, the cooperative said.", []string{"October|DATE|2021-10"}},
	{"2022-02-10", "", "Exports will be stronger than forecast in November.", []string{"November|DATE|2022-11"}},
	// A holiday named before "Day" ("Armistice Day", "Mother's Day") takes
	// a year written after it, and a year phrase after it ("the following
	// year") gives it its year, as "Christmas Day 1914" and "Christmas Day
	// the following year" do.
	{"", "", "The cemetery was laid out in 1920. On Armistice Day the following year the first stone was set.", []string{"1920|DATE|1920", "Armistice Day|DATE|1921-11-11", "the following year|DATE|1921"}},
	{"", "", "The guns fell silent in 1918, and on Remembrance Day 1925 the cenotaph was unveiled.", []string{"1918|DATE|1918", "Remembrance Day 1925|DATE|1925-11-11"}},
	// "midafternoon", "midmorning" written solid, as American papers do,
	// are in narrative the part of the day the paragraph is on, as
	// "mid-afternoon" is; not before a noun.
	{"", "", "The strikers marched on September 7, 1922. By midafternoon the mills were shut.", []string{"September 7, 1922|DATE|1922-09-07", "midafternoon|TIME|1922-09-07TAF|MID"}},
	{"", "", "The convoy left port on March 2, 1943, and at midmorning its escorts turned back.", []string{"March 2, 1943|DATE|1943-03-02", "midmorning|TIME|1943-03-02TMO|MID"}},
	{"", "", "The crew ate a midmorning meal in 1943.", []string{"1943|DATE|1943"}},
	// "mid-afternoon", "mid-morning" written with a hyphen before a
	// pronoun or a possessive ("his", "its", "their") opens the clause:
	// no compound like "an early-morning flight", but the part of the
	// day the story is on.
	{"", "", "The brigade crossed the ford on May 3, 1863. By mid-afternoon its batteries were in place.", []string{"May 3, 1863|DATE|1863-05-03", "mid-afternoon|TIME|1863-05-03TAF|MID"}},
	{"", "", "The rebels stormed the bridge on 9 June 1798, and by mid-morning their pikemen held the town.", []string{"9 June 1798|DATE|1798-06-09", "mid-morning|TIME|1798-06-09TMO|MID"}},
	{"", "", "The passengers took an early-morning ferry in 1902.", []string{"1902|DATE|1902"}},
	// A range whose end is a part of a day ("to the morning of", "to
	// the evening of") is still a range: the part of the day stays
	// outside, as at its start, and the start takes the end's year.
	{"", "", "The blockade lasted from August 2 to the evening of September 19, 1870.", []string{"August 2|DATE|1870-08-02", "September 19, 1870|DATE|1870-09-19"}},
	{"", "", "The riots ran from the night of 11 July to the morning of 14 July 1863.", []string{"11 July|DATE|1863-07-11", "14 July 1863|DATE|1863-07-14"}},
	// A bare season joined by "and" or "or" to any season just tagged
	// ("That spring", "the following spring") is a season of the same
	// story, as after "the spring".
	{"", "", "The mill opened in May 1871. That summer and autumn the looms never stopped.", []string{"May 1871|DATE|1871-05", "That summer|DATE|1871-SU", "autumn|DATE|1871-FA"}},
	{"", "", "The canal was begun in 1825. In the following spring or summer, Clinton inspected it.", []string{"1825|DATE|1825", "the following spring|DATE|1826-SP", "summer|DATE|1826-SU"}},
	{"", "", "The depot burned in August 1864. That summer and fall Hood's cavalry raided the line.", []string{"August 1864|DATE|1864-08", "That summer|DATE|1864-SU", "fall|DATE|1864-FA"}},
	// "N units later" narrowed at once by a month or day in apposition,
	// when the story is known only to its year, is that month or day of
	// the year, at the unit's granularity.
	{"", "", "The railroad reached the river in 1869. Four days later, on May 14, the first train crossed.", []string{"1869|DATE|1869", "Four days later|DATE|1869-05-14", "May 14|DATE|1869-05-14"}},
	{"", "", "The colony was founded in 1630; two weeks later, on August 9, the settlers elected a council.", []string{"1630|DATE|1630", "two weeks later|DATE|1630-W32", "August 9|DATE|1630-08-09"}},
	// A year written with two digits ("'64") in a story without a DCT is
	// in the century that keeps it closest to the year the story is in;
	// with no year named yet, in the last hundred years.
	{"", "", "Lincoln won a second term in November 1864. The volunteers of '61 had mostly gone home.", []string{"November 1864|DATE|1864-11", "'61|DATE|1861"}},
	{"", "", "The gold rush began in 1898. By the spring of '01 the claims were exhausted.", []string{"1898|DATE|1898", "the spring of '01|DATE|1901-SP"}},
	{"", "", "The company was founded in 1976. The crash of '87 nearly ruined it.", []string{"1976|DATE|1976", "'87|DATE|1987"}},
	// "fall" joined by "and" or "or" to a season with the article is the
	// season too (American usage) in a sentence of the past, before a
	// stop, a comma or the clause's subject; a verb in the present is
	// left alone.
	{"", "", "The brigade was raised in 1862. Through the spring and fall it guarded the railroad.", []string{"1862|DATE|1862", "the spring|DATE|1862-SP", "fall|DATE|1862-FA"}},
	{"", "", "Work on the fort began in 1814; in the summer or fall, the walls were finished.", []string{"1814|DATE|1814", "the summer|DATE|1814-SU", "fall|DATE|1814-FA"}},
	{"", "", "Water levels rise in the spring and fall in the summer.", []string{"the spring|DATE|XXXX-SP", "the summer|DATE|XXXX-SU"}},
	// A bare plural unit before "after" or "before" after a clause in the
	// past is the distance between two events, when the clause is a
	// passive with an irregular participle ("was sworn in", "were
	// driven"), and however many abbreviation points stand in its place
	// phrase ("at a U.N. office").
	{"", "", "The new cabinet was sworn in at the old palace in Lima days before the coup.", []string{"days|DURATION|PXD"}},
	{"", "", "The envoys were driven from the capital weeks before the war.", []string{"weeks|DURATION|PXW"}},
	{"", "", "The old regent had been overthrown by his nephew months before the famine.", []string{"months|DURATION|PXM"}},
	{"", "", "The treaty was signed at a U.N. office in Geneva days before the vote.", []string{"days|DURATION|PXD"}},
	// A second bare day of the month after "and" before a subject
	// pronoun ends its phrase, as before a comma: the pronoun opens the
	// clause the days are the time of.
	{"", "", "The mill burned in 1871. On August 3 and 4 they searched the ruins.", []string{"1871|DATE|1871", "August 3|DATE|1871-08-03", "4|DATE|1871-08-04"}},
	{"", "", "The court sat on 9 May 1926, and on May 10 or 11 she testified.", []string{"9 May 1926|DATE|1926-05-09", "May 10|DATE|1926-05-10", "11|DATE|1926-05-11"}},
	{"", "", "The fleet reached Cadiz on March 2, 1805. By March 5 and 6 we had counted 14 ships.", []string{"March 2, 1805|DATE|1805-03-02", "March 5|DATE|1805-03-05", "6|DATE|1805-03-06"}},
	// "on the first day", "on the fourth day" in the body of an article
	// without a DCT, where a background has taken the story back before
	// the span of days the lead named, count the days of that span.
	{"", "", "Rhea County trial\nThe Dayton schoolbook trial was held in Rhea County, Tennessee, from July 10 to 21, 1925, and ended with the conviction of a substitute teacher for teaching evolution, a verdict overturned on a technicality two years later.\nBackground\nThe Butler Act was signed by Governor Austin Peay on March 21, 1925. The American Civil Liberties Union, founded in 1920, offered in May to defend any teacher who would test it, and a group of Dayton businessmen persuaded a young football coach to be that teacher.\nTrial\nThe jury was chosen on the first day, and on the fourth day the defense called its first scientist, whose testimony the judge refused to let the jury hear, to the anger of the reporters from the northern papers.", []string{"July 10|DATE|1925-07-10", "21, 1925|DATE|1925-07-21", "two years later|DATE|1927", "March 21, 1925|DATE|1925-03-21", "1920|DATE|1920", "May|DATE|1925-05", "the first day|DATE|1925-07-10", "the fourth day|DATE|1925-07-13"}},
	// In an article without a DCT, a bare day in the body that the lead
	// named first with its year (the day of the event, not the start of
	// a span) is that day, when a background section has taken the story
	// back to earlier years: the body comes back to the lead's event.
	{"", "", "Harlan mine fire\nThe Harlan mine fire began on November 3, 1952, in the No. 4 mine of the Harlan Fuel Company in eastern Kentucky, and killed 41 miners, the worst loss of life in the county's coal fields.\nHistory\nThe mine opened in 1908 on the north bank of the river and grew with the railroad. A new shaft was sunk in 1937, and the first coal came up it on October 30, to the cheers of the whole town.\nThe fire\nOn November 3 a cable sparked in the lower gallery while the day shift was at work, and the next day smoke reached the main shaft, cutting off the forty-one men still working in the galleries below it.", []string{"November 3, 1952|DATE|1952-11-03", "1908|DATE|1908", "1937|DATE|1937", "October 30|DATE|1937-10-30", "November 3|DATE|1952-11-03", "the next day|DATE|1952-11-04"}},
	{"", "", "Millbrook dam failure\nThe Millbrook dam failed on March 9, 1931, flooding the valley below it and destroying the mill villages of Eastbrook and Hollis, with the loss of some ninety lives along the river.\nBackground\nThe dam was finished in 1911 after four years of work by the county water board. Its gates were first closed on March 2, and the lake filled within a month, to the pride of the engineers who had built it.\nCollapse\nOn March 9 the keeper saw water seeping through the east wall of the dam, and he rode down the valley on horseback to warn the mill villages before the whole wall gave way in the early afternoon.", []string{"March 9, 1931|DATE|1931-03-09", "1911|DATE|1911", "four years|DURATION|P4Y", "March 2|DATE|1911-03-02", "a month|DURATION|P1M", "March 9|DATE|1931-03-09", "the early afternoon|TIME|1931-03-09TAF|START"}},
	// A flashback in a clause opened by "that" ends where a second "that"
	// clause joined to it by ", and that" begins: the two are parallel
	// objects of one verb, and a bare month in the second is the story's.
	{"", "", "The inquiry closed on October 4, 1958. Its report said that the dam had been raised in 1949, and that the rains in August had loosened its base.", []string{"October 4, 1958|DATE|1958-10-04", "1949|DATE|1949", "August|DATE|1958-08"}},
	{"", "", "The trial opened on May 2, 1927. The defense showed that the bank had failed in 1921, and that the loans in January were forged.", []string{"May 2, 1927|DATE|1927-05-02", "1921|DATE|1921", "January|DATE|1927-01"}},
	// An earlier year in a noun phrase in apposition whose head takes an
	// irregular participle that is a past form too ("a tanker built in
	// 1938", "a collier bought in 1951"), or whose head has a proper adjective
	// before it ("a Norwegian freighter launched in 1929"), is background:
	// the bare day after it stays in the story's year.
	{"", "", "The tanker caught fire on March 3, 1951. The Marisol, a tanker built in 1938, had docked at Baytown on February 27.", []string{"March 3, 1951|DATE|1951-03-03", "1938|DATE|1938", "February 27|DATE|1951-02-27"}},
	{"", "", "The harbor froze on January 9, 1934. The Tordal, a Norwegian freighter launched in 1929, reached the pier on January 5.", []string{"January 9, 1934|DATE|1934-01-09", "1929|DATE|1929", "January 5|DATE|1934-01-05"}},
	{"", "", "The storm struck on October 2, 1950. The Kalliope, a Greek steamer built in 1919 and refitted after the war, sailed from Mobile on September 28.", []string{"October 2, 1950|DATE|1950-10-02", "1919|DATE|1919", "September 28|DATE|1950-09-28"}},
	{"", "", "The blast came on June 6, 1962. The Halvard, a Danish collier bought in 1951, had anchored off the mole on June 1.", []string{"June 6, 1962|DATE|1962-06-06", "1951|DATE|1951", "June 1|DATE|1962-06-01"}},
	// A clause opened by "after" or "because" and set off by a comma
	// right after the expression tells of its own event: its past does
	// not put the expression, named under the main verb, behind.
	{"2023-01-17", "", "The drivers' union announced two more strikes on 9 and 10 March, after members rejected the offer last week.", []string{"9|DATE|2023-03-09", "10 March|DATE|2023-03-10", "last week|DATE|2023-W02"}},
	{"2023-01-17", "", "The union held a strike on 9 March, after members rejected the offer.", []string{"9 March|DATE|2022-03-09"}},
	{"2023-01-17", "", "The drivers' union announced two more 24-hour strikes on 9 and 10 March, after members rejected the offer last week.", []string{"24-hour|DURATION|PT24H", "9|DATE|2023-03-09", "10 March|DATE|2023-03-10", "last week|DATE|2023-W02"}},
	// A closing quotation mark ends the phrase: "for a generation" at
	// the end of a quotation is a length of time (PXY), as it is before a
	// full stop.
	{"2019-10-08", "", "The union said the deal would \"set back the industry for a generation\".", []string{"a generation|DURATION|PXY"}},
	{"2019-10-08", "", "Critics called it \"the worst budget for a generation\" on Tuesday.", []string{"a generation|DURATION|PXY", "Tuesday|DATE|2019-10-08"}},
	// A past act in an aside set off by commas (", who cut the duty on
	// beer and wine in the budget statement in March,") dates its own
	// month, though more than ten words stand between "who" and the
	// month and the main verb after the aside looks ahead.
	{"2023-06-06", "", "The treasurer, who raised the duty on beer and wine for small brewers in the budget statement in March, will speak to the industry next week.", []string{"March|DATE|2023-03", "next week|DATE|2023-W24"}},
	{"2023-06-06", "", "The union, which said in the strike ballot that members would walk out in February, will meet again soon.", []string{"February|DATE|2024-02"}},
	{"2023-06-06", "", "The regulator, which fined the two water companies for sewage spills into the rivers in February, will report again soon.", []string{"February|DATE|2023-02"}},
	// A capital "Future" after a lower-case "the" and before a
	// capitalized word, inside a sentence, begins a name ("the Future
	// Made in Australia plan"); "the future" alone is still FUTURE_REF.
	{"2021-03-02", "", "The grant came from the Future Made in Britain plan in 2020.", []string{"2020|DATE|2020"}},
	{"2021-03-02", "", "The party's plan is called the Future First programme, launched in 2020.", []string{"2020|DATE|2020"}},
	{"2021-03-02", "", "Savings were moved into the Future Growth Fund last year.", []string{"last year|DATE|2020"}},
	{"2021-03-02", "", "The mayor said the town must plan for the future.", []string{"the future|DATE|FUTURE_REF"}},
	// A day and month with no year after "the" and before a capitalized
	// noun heading a name ("Revolution", "Movement", "Regime") is part of
	// the name, as "the February Revolution" is; a lower-case noun keeps
	// it a day.
	{"", "", "Officers of the 17 July Revolution took power in 1968.", []string{"1968|DATE|1968"}},
	{"", "", "The students of the 9th of December Movement were arrested in 1935.", []string{"1935|DATE|1935"}},
	{"", "", "In 1936 the 4 August Regime banned the parties.", []string{"1936|DATE|1936"}},
	{"", "", "In 1936 the 4 August decree banned the parties.", []string{"1936|DATE|1936", "4 August|DATE|1936-08-04"}},
	// A feast followed by "in" or "of" and a year ("on Easter Monday in
	// 1916") is the feast of that year, whether or not a year was named
	// before; the year is an expression of its own.
	{"", "", "The garrison mutinied on Whit Monday in 1857.", []string{"Whit Monday|DATE|1857-06-01", "1857|DATE|1857"}},
	{"", "", "The port was rebuilt in 1902. The strikers marched on Christmas Eve in 1911.", []string{"1902|DATE|1902", "Christmas Eve|DATE|1911-12-24", "1911|DATE|1911"}},
	{"", "", "The treaty was signed in 1919. At Christmas in the capital the crowds were thin.", []string{"1919|DATE|1919", "Christmas|DATE|1919-12-25"}},
	// "the feast of St X" names the saint's day as "St X's Day" does,
	// spanning "the", of the year meant or the year that follows it.
	{"", "", "The garrison held out through 1604 and surrendered on the feast of St Andrew.", []string{"1604|DATE|1604", "the feast of St Andrew|DATE|1604-11-30"}},
	{"", "", "The charter was sealed on the Feast of Saint Nicholas, 1481, in the abbey.", []string{"the Feast of Saint Nicholas, 1481|DATE|1481-12-06"}},
	{"", "", "The chapel of St George was rebuilt in 1480.", []string{"1480|DATE|1480"}},
	// "every" or "each" before a day of the year with a spelled ordinal
	// ("every first of December") is a SET of that day, as "every 1st of
	// December" is.
	{"", "", "Since 1986 the republic has kept every first of December as a holiday.", []string{"1986|DATE|1986", "every first of December|SET|XXXX-12-01"}},
	{"", "", "Each fourth of July the veterans paraded through the town.", []string{"Each fourth of July|SET|XXXX-07-04"}},
	// A happening named by "of" and its day and month ("the decree of 5
	// August", "the strike of March 3") is the day the story dated it
	// by, however far the story has moved on since; with no such date, the
	// day of the story's year.
	{"", "", "The governor signed the charter on 5 August 1906. Riots followed in 1908, and a new regime came in 1921. Today the charter of 5 August is taught in schools.", []string{"5 August 1906|DATE|1906-08-05", "1908|DATE|1908", "1921|DATE|1921", "Today|DATE|PRESENT_REF", "5 August|DATE|1906-08-05"}},
	{"", "", "The dockers walked out on March 3, 1931. The union was banned in 1934. Veterans of the strike of March 3 met again in 1961.", []string{"March 3, 1931|DATE|1931-03-03", "1934|DATE|1934", "March 3|DATE|1931-03-03", "1961|DATE|1961"}},
	{"", "", "The rebels entered the city in 1909. The decree of 16 July deposed the king.", []string{"1909|DATE|1909", "16 July|DATE|1909-07-16"}},
	// A bare plural unit after "after" going on with "in" or "at" and a
	// place or state is the stretch spent there, each unit of "days or
	// weeks" its own expression (not before a date, nor at the head of a
	// sentence).
	{"2015-09-08", "", "The climbers were flown out after days or weeks in the camp, the guide said.", []string{"days|DURATION|PXD", "weeks|DURATION|PXW"}},
	{"2015-09-08", "", "The crew returned to port after months at sea.", []string{"months|DURATION|PXM"}},
	{"2015-09-08", "", "The mill reopened after weeks in March.", []string{"March|DATE|2015-03"}},
	// A bare plural unit after a modal and "be" ending its clause is the
	// wait, the "before" clause left to the context: a stretch of
	// unknown length (not "there may be days when").
	{"2015-09-08", "", "Repairs to the dam are under way, but the engineers warned that it could be months.", []string{"months|DURATION|PXM"}},
	{"2015-09-08", "", "A vaccine might be years away, the researchers said.", []string{"years|DURATION|PXY"}},
	{"2015-09-08", "", "There may be days when the ferry cannot sail.", nil},
	// An attribution after the expression tells when it was said, also
	// when its speaker is named with a possessive: the future before it
	// decides the day.
	{"2015-09-08", "", "The city will hold a memorial service for the victims at 11 a.m. Thursday, the mayor's office said.", []string{"11 a.m. Thursday|TIME|2015-09-10T11:00"}},
	{"2015-09-08", "", "The airline will resume its flights to the island at 6 a.m. Friday, the company's chief executive said.", []string{"6 a.m. Friday|TIME|2015-09-11T06:00"}},
	{"2015-09-08", "", "Crews will start repaving the bridge at 9 p.m. Friday, the county's road agency said in a statement.", []string{"9 p.m. Friday|TIME|2015-09-11T21:00"}},
	{"2015-09-08", "", "The museum reopened its galleries to visitors at 10 a.m. Saturday, the city's parks department said.", []string{"10 a.m. Saturday|TIME|2015-09-05T10:00"}},
	// "past" before a month or a weekday is the preposition, outside the
	// span; the date is read on its own ("this past Monday" is the
	// determiner).
	{"1997-10-20", "", "The strike could go on past Nov. 1, union leaders said.", []string{"Nov. 1|DATE|1997-11-01"}},
	{"1997-10-22", "", "Officials met this past Monday.", []string{"this past Monday|DATE|1997-10-20"}},
	// A month before a noun of figures names what they cover, over
	// before they come out, whatever the tense of the release.
	{"1994-03-10", "", "The February trade figures will be published next Thursday.", []string{"February|DATE|1994-02", "next Thursday|DATE|1994-03-17"}},
	{"1994-03-10", "", "Analysts expect January factory orders to rise when the data come out on Monday.", []string{"January|DATE|1994-01", "Monday|DATE|1994-03-14"}},
	// A plan held until now with "had planned to" or "had intended to",
	// kept or given up, is the nearest such day, as "was due to" is.
	{"1995-12-19", "", "Negotiators had planned to resume talks on Jan. 8, a spokesman said.", []string{"Jan. 8|DATE|1996-01-08"}},
	{"1995-12-19", "", "The firm had planned to launch the product in February.", []string{"February|DATE|1996-02"}},
	// A condition under "would" ("if", "unless", "until" with a past
	// verb) looks ahead from the saying, by the sequence of tenses; one
	// with "had" looks back.
	{"1993-04-14", "", "The union said last month that its members would stay out until the company restored their pay on May 1.", []string{"last month|DATE|1993-03", "May 1|DATE|1993-05-01"}},
	{"1993-04-14", "", "The minister said in February that talks would go on unless the rebels broke the truce before June 1.", []string{"February|DATE|1993-02", "June 1|DATE|1993-06-01"}},
	{"1993-04-14", "", "He said the team would have won if the referee had not stopped the game on April 2.", []string{"April 2|DATE|1993-04-02"}},
	// "Local" capitalized inside a sentence before a number names a
	// union branch, not a year; the adjective keeps the year.
	{"1996-03-12", "", "Members of Local 1985 of the electrical workers union walked out on Monday.", []string{"Monday|DATE|1996-03-11"}},
	{"1996-03-12", "", "The dispute was settled by Teamsters Local 2001, a spokeswoman said.", nil},
	{"1996-03-12", "", "Local 1990 figures were revised.", []string{"1990|DATE|1990"}},
	// A second past perfect in the sentence of a flashback runs on from
	// the flashback's month, not a year further back.
	{"", "", "The war began in February 1904. The admiral had arrived in November, and the fleet had sailed on 13 December.", []string{"February 1904|DATE|1904-02", "November|DATE|1903-11", "13 December|DATE|1903-12-13"}},
	{"", "", "The war began on 8 February 1904. The admiral had arrived in March, and the fleet had sailed on 13 April.", []string{"8 February 1904|DATE|1904-02-08", "March|DATE|1903-03", "13 April|DATE|1903-04-13"}},
	// The present of a clause of time under a future or a modal tells of
	// what is to come.
	{"2024-06-12", "", "It will be days before the line is reopened on Friday.", []string{"days|DURATION|PXD", "Friday|DATE|2024-06-14"}},
	{"2024-06-12", "", "It may be weeks before power is restored to the valley on Friday.", []string{"weeks|DURATION|PXW", "Friday|DATE|2024-06-14"}},
	// A change that holds from a weekday, told in the present with no
	// past in its sentence, starts on the one to come.
	{"2016-06-03", "", "Fares rise from Monday.", []string{"Monday|DATE|2016-06-06"}},
	{"2016-06-03", "", "Parking charges in the town centre go up by 20p from Thursday, the council said.", []string{"Thursday|DATE|2016-06-09"}},
	{"2016-06-03", "", "The pool was shut from Monday.", []string{"Monday|DATE|2016-05-30"}},
	// A holiday naming a kind of thing made for it is no date.
	{"2009-03-20", "", "Easter eggs went on sale in January.", []string{"January|DATE|2009-01"}},
	{"2010-12-01", "", "Fresh Christmas trees will be sold from Saturday.", []string{"Saturday|DATE|2010-12-04"}},
	// "late" or "early" after a counted unit is the adjective of a delay,
	// no mod of the date after it.
	{"2008-12-19", "", "The train arrived two hours late on Monday.", []string{"two hours|DURATION|PT2H", "Monday|DATE|2008-12-15"}},
	{"2008-12-19", "", "The ferry left 20 minutes early yesterday.", []string{"20 minutes|DURATION|PT20M", "yesterday|DATE|2008-12-18"}},
	// What was moved from a time had been planned for it: the nearest
	// such, ahead or behind; a season before "so that" or "because" ends
	// its phrase.
	{"2016-06-03", "", "The repairs were brought forward from the autumn.", []string{"the autumn|DATE|2016-FA"}},
	{"2016-06-03", "", "The vote, put back from March, will be held next week.", []string{"March|DATE|2016-03", "next week|DATE|2016-W23"}},
	{"2016-06-03", "", "The work was brought forward from the winter so that crews can finish early.", []string{"the winter|DATE|2016-WI"}},
	// A number glued to a capital letter names a road or a model, no year.
	{"2016-06-03", "", "Traffic on the A1307 was held up for an hour in 2015.", []string{"an hour|DURATION|PT1H", "2015|DATE|2015"}},
	{"2019-04-02", "", "Resurfacing of the B1245 near the school starts on Monday.", []string{"Monday|DATE|2019-04-08"}},
	// A participle of habit after its noun ("usually emptied") tells of a
	// standing arrangement, no past event: the main verb dates the day.
	{"2014-03-04", "", "Bins usually emptied on Good Friday will be collected a day later.", []string{"Good Friday|DATE|2014-04-18", "a day later|DATE|2014-04-19"}},
	{"2011-12-21", "", "Waste normally picked up on New Year's Day will be taken on 3 January.", []string{"New Year's Day|DATE|2012-01-01", "3 January|DATE|2012-01-03"}},
	// After "for" a count of days from a weekday is a stretch starting on
	// it, the DURATION and the day apart ("a week from Friday" alone is
	// one date).
	{"2016-06-03", "", "The pool will shut for two weeks from Monday.", []string{"two weeks|DURATION|P2W", "Monday|DATE|2016-06-06"}},
	{"2016-06-03", "", "The lane will be closed for four days from Wednesday.", []string{"four days|DURATION|P4D", "Wednesday|DATE|2016-06-08"}},
	// A later year, written or "next year", frames the plan told in its
	// sentence: a bare month after it is that year's.
	{"2022-03-10", "", "Next year the show will open in October.", []string{"Next year|DATE|2023", "October|DATE|2023-10"}},
	{"2022-03-10", "", "In 2024 the orchestra will tour Japan in November.", []string{"2024|DATE|2024", "November|DATE|2024-11"}},
	{"2022-03-10", "", "The fair will return next year and move to June.", []string{"next year|DATE|2023", "June|DATE|2023-06"}},
	// A past act that picks out people ("a driver who crashed ... in
	// July") dates its month however long the clause, a road's number
	// ("the A40") no break in it.
	{"2018-09-24", "", "A driver who crashed into a shop on the A40 in July will be sentenced next week.", []string{"July|DATE|2018-07", "next week|DATE|2018-W40"}},
	{"2018-09-24", "", "A man who stole two bikes from the station car park in August will appear in court next month.", []string{"August|DATE|2018-08", "next month|DATE|2018-10"}},
	// A plan set off by commas after its noun ("originally due to be
	// played on ...") is the nearest such day, kept or missed, whatever
	// the main clause says is planned now.
	{"2019-11-20", "", "The hearing, first due to open on 4 November, has been moved to the spring.", []string{"4 November|DATE|2019-11-04", "the spring|DATE|2020-SP"}},
	{"2021-04-20", "", "The final, first due to be held on 9 March, will take place in June.", []string{"9 March|DATE|2021-03-09", "June|DATE|2021-06"}},
	{"2018-05-15", "", "The ferry, due to sail on 1 June, will leave a day late.", []string{"1 June|DATE|2018-06-01", "a day|DURATION|P1D"}},
	// A clause opened by "after" or "because" right after the expression
	// and running to the sentence's end tells of its own past event; the
	// main clause's present dates the expression.
	{"2023-02-06", "", "Tenants face a rent increase of 7 per cent from May after the housing association lost its appeal.", []string{"May|DATE|2023-05"}},
	{"2023-02-06", "", "Parking charges in the town centre rise from March after councillors approved the plan.", []string{"March|DATE|2023-03"}},
	{"2023-02-06", "", "The library closed in March after the council withdrew its funding.", []string{"March|DATE|2022-03"}},
	// A narrative's day runs on into the next paragraph while no other
	// date is named: a part of the day there is that day's.
	{"", "", "The rebels held the airport by dawn on 25 April 1974.\n\nCrowds ignored the broadcasts. During the afternoon thousands gathered in the square.", []string{"dawn|TIME|1974-04-25TMO", "25 April 1974|DATE|1974-04-25", "the afternoon|TIME|1974-04-25TAF"}},
	// A news section under a heading of its own goes on from its last
	// date into its next paragraph, even a date a year before the DCT.
	{"2022-11-03", "", "The two sides agreed on Wednesday to a truce.\n\nBackground\n\nThe war began on 4 November 2020. Rebel forces retook the capital on 28 June 2021, and by October they had pushed south.\n\nThe government declared a state of emergency on 2 November as the rebels advanced.", []string{"Wednesday|DATE|2022-11-02", "4 November 2020|DATE|2020-11-04", "28 June 2021|DATE|2021-06-28", "October|DATE|2021-10", "2 November|DATE|2021-11-02"}},
	// A clock reading in brackets with its own day, the same moment on
	// another clock, leaves the story on the day of the reading before it.
	{"2019-04-10", "", "Polls opened at 7 a.m. (2200 GMT Tuesday) and will close at 5 p.m.", []string{"7 a.m.|TIME|2019-04-10T07:00", "2200 GMT Tuesday|TIME|2019-04-09T22:00", "5 p.m.|TIME|2019-04-10T17:00"}},
	{"2019-04-10", "", "The blast hit the port at 2 a.m. on Wednesday (1900 GMT Tuesday). Rescuers arrived at 3 a.m.", []string{"2 a.m.|TIME|2019-04-10T02:00", "Wednesday|DATE|2019-04-10", "1900 GMT Tuesday|TIME|2019-04-09T19:00", "3 a.m.|TIME|2019-04-10T03:00"}},
	// A bare unit between "until" and "before"/"after" is how near the
	// end came to an event, a stretch of unknown length.
	{"2021-08-20", "", "Artillery shelled the city until minutes before the truce.", []string{"minutes|DURATION|PTXM"}},
	{"2021-08-20", "", "She kept campaigning until days before the vote.", []string{"days|DURATION|PXD"}},
	{"2021-08-20", "", "The talks will go on until hours before the deadline.", []string{"hours|DURATION|PTXH"}},
	// A bare unit after a past verb and a place named, before "after" or
	// "before", is the distance between two events, as after a place in
	// lower case.
	{"2008-05-15", "", "Wen, who flew to Sichuan hours after the quake, told rescuers.", []string{"hours|DURATION|PTXH"}},
	{"2021-08-20", "", "The minister met Smith minutes before the vote.", []string{"minutes|DURATION|PTXM"}},
	{"2021-08-20", "", "The president visited Haiti weeks after the earthquake.", []string{"weeks|DURATION|PXW"}},
	// A clock time of a report's release is the report's day, not that of
	// the event it tells of; other clock times stay on the event's day.
	{"2019-08-09", "", "Flooding on Tuesday killed 40 people, officials said Friday. The figure was announced at a news conference at 11 a.m.", []string{"Tuesday|DATE|2019-08-06", "Friday|DATE|2019-08-09", "11 a.m.|TIME|2019-08-09T11:00"}},
	{"2017-02-23", "", "The toll from Sunday's landslide rose to 31, the ministry said Wednesday.\n\nThe new count, released at 6 p.m., included two children.", []string{"Sunday|DATE|2017-02-19", "Wednesday|DATE|2017-02-22", "6 p.m.|TIME|2017-02-22T18:00"}},
	{"2019-08-09", "", "Flooding on Tuesday killed 40 people, officials said Friday. The river burst its banks at 4 p.m.", []string{"Tuesday|DATE|2019-08-06", "Friday|DATE|2019-08-09", "4 p.m.|TIME|2019-08-06T16:00"}},
	// A day something was put off to, told in the past, is the nearest
	// such day, passed or ahead; "has extended" still looks ahead.
	{"2015-07-14", "", "The parties then extended it to July 7 and again to July 10.", []string{"July 7|DATE|2015-07-07", "July 10|DATE|2015-07-10"}},
	{"2021-03-20", "", "The board postponed the hearing to March 2, then cancelled it.", []string{"March 2|DATE|2021-03-02"}},
	{"2021-03-20", "", "The council has extended the ban to March 31.", []string{"March 31|DATE|2021-03-31"}},
	// An aside of two participles joined by "and", each with its agent,
	// still dates its weekday, whatever the main clause's future says.
	{"2019-05-16", "", "The accord, drafted by mediators from the African Union and signed by both generals in Addis Ababa on Monday, opens the way for a civilian government that will rule until elections.", []string{"Monday|DATE|2019-05-13"}},
	{"2019-05-16", "", "The bill, written by two senators from rural states and passed by the chamber on Tuesday, sets rules that will take effect next year.", []string{"Tuesday|DATE|2019-05-14", "next year|DATE|2020"}},
	// An "until" closed off by a comma before the date ends a past
	// stretch of its own clause; the past verb dates the weekday.
	{"2016-02-10", "", "Troops shelled the town until minutes before the truce, hitting 40 targets on Sunday.", []string{"minutes|DURATION|PTXM", "Sunday|DATE|2016-02-07"}},
	{"2016-02-10", "", "Miners blocked the road until talks with the governor, lifting the barricades on Monday.", []string{"Monday|DATE|2016-02-08"}},
	{"2016-02-10", "", "The road will stay closed until repairs are done, reopening on Monday.", []string{"Monday|DATE|2016-02-15"}},
	// "votes" after an amount ("half a million votes", "thousands of
	// votes") is the noun, no verb of a schedule: the past verb dates the
	// weekday.
	{"2011-05-04", "", "The ruling party led the count by half a million votes on Monday night.", []string{"Monday night|DATE|2011-05-02"}},
	{"2011-05-04", "", "Her rival had won tens of thousands of votes on Sunday.", []string{"Sunday|DATE|2011-05-01"}},
	{"2011-05-04", "", "The council votes on Friday.", []string{"Friday|DATE|2011-05-06"}},
	// The "am" of a clock reading is no present of "be": the past verb
	// before it still dates the weekday after it.
	{"2024-11-27", "", "The ferry sank at 6 am on Sunday.", []string{"6 am|TIME|2024-11-24T06:00", "Sunday|DATE|2024-11-24"}},
	{"2019-03-06", "", "The tremor hit at 3:40 am local time on Monday, the institute said.", []string{"3:40 am|TIME|2019-03-04T03:40", "Monday|DATE|2019-03-04"}},
	{"2010-06-16", "", "Rescuers reached the village at 5 am on Monday.", []string{"5 am|TIME|2010-06-14T05:00", "Monday|DATE|2010-06-14"}},
	// Irregular pasts tell the past as "-ed" does: a later month than the
	// DCT's after one is last year's.
	{"2024-06-10", "", "The garrison withstood the assault in August.", []string{"August|DATE|2023-08"}},
	{"2024-06-10", "", "Floods overran the valley in September.", []string{"September|DATE|2023-09"}},
	{"2024-06-10", "", "The regiment retook the bridge on Aug. 12.", []string{"Aug. 12|DATE|2023-08-12"}},
	{"2024-06-10", "", "The council forbade the march in July.", []string{"July|DATE|2023-07"}},
	// A weekday after a capitalised colour ("Golden Thursday"), or after a
	// capitalised word it is called by ("dubbed Manic Monday", "known as
	// Mad Sunday"), is the name of a day, no date.
	{"", "", "The union won the vote on 3 August 1931, a day its members came to call Golden Thursday.", []string{"3 August 1931|DATE|1931-08-03"}},
	{"", "", "The rally on 2 June 1950, which the papers dubbed Manic Monday, drew thousands.", []string{"2 June 1950|DATE|1950-06-02"}},
	{"", "", "The march of 5 March 1922 became known as Mad Sunday. On Tuesday the leaders met.", []string{"5 March 1922|DATE|1922-03-05", "Tuesday|DATE|1922-03-07"}},
	// The day an article opens with, named again without its year after a
	// background of several earlier years, is that day, though the
	// background's last years come after its other ones.
	{"", "", "The senator was shot on 3 March 1975 as he left a theatre.\n\nHe had led the party since 1960. He was minister from 1960 to 1966 and again from 1970.\n\nOn the evening of Monday, 3 March the senator went to the theatre.", []string{"3 March 1975|DATE|1975-03-03", "1960|DATE|1960", "1960|DATE|1960", "1966|DATE|1966", "1970|DATE|1970", "Monday, 3 March|DATE|1975-03-03"}},
	// (In a text written a paragraph to a line, the lead is its first
	// line: a later year named in it is no story since.)
	{"", "", "The mayor was shot on 4 April 1968 as he left the town hall; the gunman, who died in 1998, was never tried.\nThe mayor had led the council since 1955. He served from 1955 to 1961 and again from 1964.\nOn Thursday, 4 April he spoke to the council in the morning.", []string{"4 April 1968|DATE|1968-04-04", "1998|DATE|1998", "1955|DATE|1955", "1955|DATE|1955", "1961|DATE|1961", "1964|DATE|1964", "Thursday, 4 April|DATE|1968-04-04", "the morning|TIME|1968-04-04TMO"}},
	{"", "", "The bank failed on October 14, 1907. He ran it from 1885 to 1892 and again from 1899. On October 14 depositors crowded the doors.", []string{"October 14, 1907|DATE|1907-10-14", "1885|DATE|1885", "1892|DATE|1892", "1899|DATE|1899", "October 14|DATE|1907-10-14"}},
	// A bare ordinal day after a story dated only by its year is a day of
	// that year and an unknown month; what follows still counts from the
	// year.
	{"", "", "In 1640 the Scots crossed the Tweed. On the 17th they reached Newcastle. In May they marched south.", []string{"1640|DATE|1640", "the 17th|DATE|1640-XX-17", "May|DATE|1640-05"}},
	{"", "", "The siege began in 1683. By the 12th the walls were breached.", []string{"1683|DATE|1683", "the 12th|DATE|1683-XX-12"}},
	// A biography that gave its subject's life in brackets in its first
	// sentence may tell the death with no date: the story is then on the
	// day the brackets gave, and a bare day after it takes its year.
	{"", "", "Jan Kowal (3 May 1801 – 9 June 1870) was a Polish painter.\n\nHe settled in Paris in 1851. He died suddenly at his studio, aged 69, and was buried on 14 June.", []string{"3 May 1801|DATE|1801-05-03", "9 June 1870|DATE|1870-06-09", "1851|DATE|1851", "14 June|DATE|1870-06-14"}},
	{"", "", "Ada Brenner (1822–1889) was an English botanist.\n\nShe retired to Bath in 1871. She died there of pneumonia, and her herbarium went to Kew in April.", []string{"1822|DATE|1822", "1889|DATE|1889", "1871|DATE|1871", "April|DATE|1889-04"}},
	{"", "", "Anna Roos (c. 1620 – 1671) was a Flemish engraver.\n\nHer plates were sold in 1669 and used until 1790. She died in Antwerp in poverty and was buried on 3 May.", []string{"c. 1620|DATE|1620|APPROX", "1671|DATE|1671", "1669|DATE|1669", "1790|DATE|1790", "3 May|DATE|1671-05-03"}},
	{"", "", "Karl Vogt (5 May 1790 – 11 March 1861) was a German chemist.\n\nHe moved to Bonn in 1840. He died of cholera and was buried two days later.", []string{"5 May 1790|DATE|1790-05-05", "11 March 1861|DATE|1861-03-11", "1840|DATE|1840", "two days later|DATE|1861-03-13"}},
	{"", "", "Ada Brenner (1822–1889) was an English botanist.\n\nShe retired to Bath in 1871. She died there eight years later, and her herbarium went to Kew in April.", []string{"1822|DATE|1822", "1889|DATE|1889", "1871|DATE|1871", "eight years later|DATE|1879", "April|DATE|1879-04"}},
	// A part of the day that ends a relative clause in the past, before
	// the main clause's verb, is that part of the story's day.
	{"", "", "The gale struck the coast on 3 March 1881. The wave which rose in the night flattened the harbour wall.", []string{"3 March 1881|DATE|1881-03-03", "the night|TIME|1881-03-03TNI"}},
	{"", "", "On 9 June 1897 a flood that started in the morning carried away the mill.", []string{"9 June 1897|DATE|1897-06-09", "the morning|TIME|1897-06-09TMO"}},
	{"", "", "On 2 May 1901 the men who worked in the morning shift struck.", []string{"2 May 1901|DATE|1901-05-02"}},
	// A history told across the ages has moved on when a later decade or
	// century was named after the story's date: a year a century on is
	// the history going on, not a look ahead.
	{"", "", "The abbey was consecrated in the spring of 1132. In the 1530s the monks were expelled; the buildings were sold in 1641. The church burned in June.", []string{"the spring of 1132|DATE|1132-SP", "the 1530s|DATE|153", "1641|DATE|1641", "June|DATE|1641-06"}},
	{"", "", "The mission was founded on 2 February 1611.\n\nIts church was rebuilt in stone in 1745. In April a hurricane tore off the roof.", []string{"2 February 1611|DATE|1611-02-02", "1745|DATE|1745", "April|DATE|1745-04"}},
	{"", "", "The guild received its charter on 3 March 1402.\n\nIn the 16th century its trade declined, and in 1580 it was dissolved. Two years later its hall was sold.", []string{"3 March 1402|DATE|1402-03-03", "the 16th century|DATE|15", "1580|DATE|1580", "Two years later|DATE|1582"}},
	// "current" ending its noun phrase (before a verb, a preposition or
	// the sentence's end) is the noun, a flow of water or air, no time;
	// the adjective before its noun stays PRESENT_REF.
	{"", "", "The raft left the island in June 1872, but a strong current drove it back to the reef.", []string{"June 1872|DATE|1872-06"}},
	{"", "", "In 1911 the surveyors found that the current of the strait reversed twice a day.", []string{"1911|DATE|1911", "twice a day|SET|P1D"}},
	{"", "", "The boat capsized in March 1903 and the crew were carried away by the current.", []string{"March 1903|DATE|1903-03"}},
	{"2019-05-02", "", "Current registered members will vote on the plan.", []string{"Current|DATE|PRESENT_REF"}},
	// A clock reading in words before "last night", "tomorrow morning"
	// (a broadcast's spoken time) is one TIME of that day, as in figures.
	{"2001-02-28", "", "The quake struck at ten fifty-four yesterday morning, and the last aftershock came at eleven-twenty last night.", []string{"ten fifty-four yesterday morning|TIME|2001-02-27T10:54", "eleven-twenty last night|TIME|2001-02-27T23:20"}},
	{"2001-02-28", "", "Schools will reopen at eight tomorrow morning.", []string{"eight tomorrow morning|TIME|2001-03-01T08:00"}},
	// A clock reading before "last night", "yesterday morning" or a
	// weekday with its part of the day is one TIME of that day, and the
	// part of the day names the half of a reading that names none.
	{"1997-03-26", "", "The first call came at 9:40 last night, a police spokesman said.", []string{"9:40 last night|TIME|1997-03-25T21:40"}},
	{"1997-03-26", "", "The ship docked at 6:15 yesterday morning.", []string{"6:15 yesterday morning|TIME|1997-03-25T06:15"}},
	{"1997-03-26", "", "The talks broke up at 10:30 Monday night without a deal.", []string{"10:30 Monday night|TIME|1997-03-24T22:30"}},
	{"1997-03-26", "", "Monday night at 10:30 the talks broke up.", []string{"Monday night|DATE|1997-03-24", "10:30|TIME|1997-03-24T22:30"}},
	// A bare stretch joined by "and" to "could be weeks before", the verb
	// left out, is a stretch too.
	{"1996-07-19", "", "Investigators said it would be days before the wreckage is raised and weeks before the cause is known.", []string{"days|DURATION|PXD", "weeks|DURATION|PXW"}},
	// A state ordered to last "through" or "until" a weekday lasts ahead
	// of the order, as a forecast's "through Wednesday" does.
	{"2002-01-15", "", "The governor ordered state offices closed through Thursday because of the ice.", []string{"Thursday|DATE|2002-01-17"}},
	{"2002-01-15", "", "The prime minister ordered all flags lowered until Saturday.", []string{"Saturday|DATE|2002-01-19"}},
	{"2002-01-15", "", "State offices were closed through Monday.", []string{"Monday|DATE|2002-01-14"}},
	// To go a bare stretch of time without something is to spend it so.
	{"1993-02-02", "", "Miners in the north have gone months without wages, and some families went weeks without heat.", []string{"months|DURATION|PXM", "weeks|DURATION|PXW"}},
	{"1993-02-02", "", "The village has gone years without a doctor.", []string{"years|DURATION|PXY"}},
	// A weekday's event on a calendar, named in the possessive in a clause
	// in the present, is still to come; its results, or the past tense,
	// tell of the one just held.
	{"1999-05-20", "", "The prime minister is not standing in Monday's election, his aides say.", []string{"Monday|DATE|1999-05-24"}},
	{"2001-11-07", "", "Both teams are without their captains for Saturday's final.", []string{"Saturday|DATE|2001-11-10"}},
	{"2001-11-07", "", "Saturday's election results are still being counted.", []string{"Saturday|DATE|2001-11-03"}},
	{"2001-11-07", "", "Observers say Saturday's vote was fair.", []string{"Saturday|DATE|2001-11-03"}},
	// "N units ago" dating a past event brings a news story back to the
	// DCT's time: bare months after it are not the older year's.
	{"2002-10-08", "", "The dispute began in May 1998. Talks collapsed five months ago, and strikes in June and July closed the mines.", []string{"May 1998|DATE|1998-05", "five months ago|DATE|2002-05", "June|DATE|2002-06", "July|DATE|2002-07"}},
	{"1991-09-12", "", "The rebels first rose in March 1987. Their leader was captured a year ago and in December he was tried.", []string{"March 1987|DATE|1987-03", "a year ago|DATE|1990", "December|DATE|1990-12"}},
	// "As in YEAR," opening a sentence compares the story with that year,
	// which is no time of the story.
	{"", "", "The army crossed the Drina on 12 August 1914. As in 1876, the invaders were thrown back, and in December they left Belgrade.", []string{"12 August 1914|DATE|1914-08-12", "1876|DATE|1876", "December|DATE|1914-12"}},
	// A year that dates the thing compared with after "than in the" is no
	// time of the story.
	{"", "", "The rising was crushed on 9 October 1863. Losses were heavier than in the revolt of 1848. In November the leaders were hanged.", []string{"9 October 1863|DATE|1863-10-09", "1848|DATE|1848", "November|DATE|1863-11"}},
	// Two ordinal days joined by a hyphen or a slash, a night between
	// them, are two days of the story's month.
	{"", "", "The fleet left port on 3 June 1944. On the night of the 5th-6th the first troops landed.", []string{"3 June 1944|DATE|1944-06-03", "the 5th|DATE|1944-06-05", "6th|DATE|1944-06-06"}},
	{"", "", "The siege opened on 11 March 1799. The town was stormed on the 17th/18th.", []string{"11 March 1799|DATE|1799-03-11", "the 17th|DATE|1799-03-17", "18th|DATE|1799-03-18"}},
	{"", "", "On 2 May 1916 the 3rd-4th Battalions attacked.", []string{"2 May 1916|DATE|1916-05-02"}},
	// A part of the day after "and", before the verb of a second
	// predicate of the subject, is that part of the story's day.
	{"", "", "The brigade crossed the ford on 6 September 1862 and by the afternoon had reached the town.", []string{"6 September 1862|DATE|1862-09-06", "the afternoon|TIME|1862-09-06TAF"}},
	{"", "", "The rebels stormed the arsenal on 14 May 1848 and in the evening took the palace.", []string{"14 May 1848|DATE|1848-05-14", "the evening|TIME|1848-05-14TEV"}},
	// A treaty or a line of an earlier year after the story's verb is what
	// the story acts on: the clause's time is the story's.
	{"", "", "The rebels crossed the river on 8 May 1871 and were driven back behind the frontier of 1867 in July.", []string{"8 May 1871|DATE|1871-05-08", "1867|DATE|1867", "July|DATE|1871-07"}},
	{"", "", "The dictator fell on 2 March 1852. The assembly restored the constitution of 1847 in September.", []string{"2 March 1852|DATE|1852-03-02", "1847|DATE|1847", "September|DATE|1852-09"}},
	{"", "", "The war ended on 2 March 1852. The treaty of 1847 had been signed in September.", []string{"2 March 1852|DATE|1852-03-02", "1847|DATE|1847", "September|DATE|1847-09"}},
	// An ordinal day before a bare noun in -ing or of weather that is the
	// subject of the next verb is the day.
	{"", "", "The truce began on 4 August 1903. On the 19th fighting broke out again, and by the 26th snow had closed the passes.", []string{"4 August 1903|DATE|1903-08-04", "the 19th|DATE|1903-08-19", "the 26th|DATE|1903-08-26"}},
	{"", "", "The city was encircled on 2 May 1863. Until the 14th shelling continued without pause.", []string{"2 May 1863|DATE|1863-05-02", "the 14th|DATE|1863-05-14"}},
	{"", "", "The corps crossed on 3 June 1916. On the 5th landing craft ferried the guns over.", []string{"3 June 1916|DATE|1916-06-03"}},
	// A season with the article joined by "and" to a season just named is
	// a season of the same story.
	{"", "", "The rebels took the fort in 1797. They held it through the spring and the summer; the relief came in October.", []string{"1797|DATE|1797", "the spring|DATE|1797-SP", "the summer|DATE|1797-SU", "October|DATE|1797-10"}},
	{"", "", "The canal was dug in the autumn of 1821 and the winter by gangs of Irish labourers.", []string{"the autumn of 1821|DATE|1821-FA", "the winter|DATE|1821-WI"}},
	{"", "", "The garrison starved in the summer of 1640 and the winter campaign failed.", []string{"the summer of 1640|DATE|1640-SU"}},
	// A weekday with "next" or "this" right after a clock time is the
	// time's day, as a bare weekday is.
	{"2017-01-16", "", "Junior doctors will walk out at 8 a.m. next Monday.", []string{"8 a.m.|TIME|2017-01-23T08:00", "next Monday|DATE|2017-01-23"}},
	{"2017-01-18", "", "The polls close at 9 p.m. this Friday.", []string{"9 p.m.|TIME|2017-01-20T21:00", "this Friday|DATE|2017-01-20"}},
	// A part of the day with "on" and a day right after it is that day's:
	// "in the evening on Monday" as "at 9 p.m. on Monday".
	{"2021-05-20", "", "The river burst its banks in the evening on Monday.", []string{"the evening|TIME|2021-05-17TEV", "Monday|DATE|2021-05-17"}},
	{"2021-05-20", "", "Talks will resume in the afternoon on Friday.", []string{"the afternoon|TIME|2021-05-21TAF", "Friday|DATE|2021-05-21"}},
	// "at least another week" is a week and maybe more: the stretch
	// keeps its "at least" before "another".
	{"2019-11-21", "", "The road will stay closed for at least another two months, engineers said.", []string{"at least another two months|DURATION|P2M|EQUAL_OR_MORE"}},
	// "just", "only" or "barely" before a bare unit and "before" or
	// "after" make it the short distance between two events; a bare unit
	// before "from" and an -ing form tells how near something came.
	{"2024-09-25", "", "Two earlier bids collapsed over the summer, the second just hours before a court hearing.", []string{"the summer|DATE|2024-SU", "hours|DURATION|PTXH"}},
	{"2024-09-25", "", "The strike had left the airline days from running out of fuel.", []string{"days|DURATION|PXD"}},
	// "by morning" after an evening named earlier in the same sentence is
	// the next morning, even in the past perfect: the perfect runs on from
	// the evening, it is no flashback.
	{"2021-05-20", "", "Gunmen stormed the village at nightfall on Monday and had fled into the hills by morning.", []string{"nightfall|TIME|2021-05-17TEV", "Monday|DATE|2021-05-17", "morning|TIME|2021-05-18TMO"}},
	// A plural not in -s ("people", "men", "children") ends the object
	// of a past verb as one in -s does: the infinitive after it tells the
	// purpose, and the past verb dates the day.
	{"2022-10-14", "", "The charity said on Friday it had sent 30 young men to clear the drains over the weekend.", []string{"Friday|DATE|2022-10-14", "the weekend|DATE|2022-W40-WE"}},
	{"2020-02-07", "", "The council said it had hired 40 local people to sweep the streets on Sunday.", []string{"Sunday|DATE|2020-02-02"}},
	// A four-digit number without its comma counts the bare plural after
	// it when a word of approximation, "with" or a past verb comes
	// before ("some 1800 men", "captured 1200 wagons", "asked for 2500
	// blankets"); after a preposition or "the" it is a year ("In 1990
	// prices rose", "the 1848 revolutions").
	{"", "", "In 1777 the British lost some 1800 men at Saratoga, and the rebels captured 1200 muskets.", []string{"1777|DATE|1777"}},
	{"", "", "The garrison asked for 2500 blankets in 1812, and in 1813 prices rose.", []string{"1812|DATE|1812", "1813|DATE|1813"}},
	// An attribution set off after the date may run on with adverbials
	// of its own ("said on Monday ahead of the auction"): it still tells
	// only when it was said, and the date before it is read by "will".
	{"2019-05-15", "", "The agency will announce the full list of winning bids in September, a senior official said on Monday ahead of the auction.", []string{"September|DATE|2019-09", "Monday|DATE|2019-05-13"}},
	{"2019-05-15", "", "The airline will resume its flights to the island in early March, its chief executive told reporters on Monday after the board meeting.", []string{"early March|DATE|2020-03|START", "Monday|DATE|2019-05-13"}},
	// A speaker named after ", and" opens a clause of his own: the day
	// before it is read by its own clause's verb, not by his "said".
	{"2021-03-10", "", "The club's next home game is at 3 p.m. on Saturday, and Pell said the ground would be full.", []string{"3 p.m.|TIME|2021-03-13T15:00", "Saturday|DATE|2021-03-13"}},
	{"2021-03-10", "", "The talks collapsed on Friday, and Kowal said no new date had been set.", []string{"Friday|DATE|2021-03-05"}},
	// An apposition whose relative clause, with no pronoun, is in the past
	// perfect is an aside: the story goes on after its closing comma.
	{"", "", "The rebels reached Perth in September 1715. Stirling, a castle the crown had garrisoned in 1708, was blockaded on the 14th, and the earl arrived the same day.", []string{"September 1715|DATE|1715-09", "1708|DATE|1708", "the 14th|DATE|1715-09-14", "the same day|DATE|1715-09-14"}},
	// A relative clause opened by "whose" in the past perfect, closed before
	// the subject's own verb in the simple past, is background, and the
	// date after it is the story's own.
	{"", "", "The revolt lasted from 1591 to 1594. The earl, whose lands had been seized in 1586, raised his clans in May 1590. His castle fell in September.", []string{"1591|DATE|1591", "1594|DATE|1594", "1586|DATE|1586", "May 1590|DATE|1590-05", "September|DATE|1590-09"}},
	// An apposition whose relative clause, with no pronoun, looks ahead
	// with "would" is an aside: the story goes on after its closing comma.
	{"", "", "The garrison marched out in May 1704. Its colonel, the hero of the ballads a poet would write in 1790, was shot on the 12th, and the town fell three days later.", []string{"May 1704|DATE|1704-05", "1790|DATE|1790", "the 12th|DATE|1704-05-12", "three days later|DATE|1704-05-15"}},
	// (an apostrophe does not end the apposition)
	{"", "", "The army besieged Brussels in January 1746. Its general, the Maréchal de Saxe of the memoirs his aide's son would print in 1757, took the town on the 20th, and the citadel fell five days later.", []string{"January 1746|DATE|1746-01", "1757|DATE|1757", "the 20th|DATE|1746-01-20", "five days later|DATE|1746-01-25"}},
	{"", "", "The court left London in March 1711. The duke, the patron of the opera Handel would write in 1720, died on the 3rd, and the king was told the next day.", []string{"March 1711|DATE|1711-03", "1720|DATE|1720", "the 3rd|DATE|1711-03-03", "the next day|DATE|1711-03-04"}},
	// A relative clause in the past perfect in an apposition dates its own
	// event, an aside, wherever its date stands in it.
	{"", "", "The siege ended on 4 October 1871. Haller, a printer who had been jailed for sedition after the riots of 1848, had been appointed mayor in May.", []string{"4 October 1871|DATE|1871-10-04", "1848|DATE|1848", "May|DATE|1871-05"}},
	// A season before the "to" of an infinitive of purpose is the season.
	{"", "", "The admiral was dismissed in 1652. He was recalled in the spring to command the fleet again.", []string{"1652|DATE|1652", "the spring|DATE|1652-SP"}},
	// An ordinal day before a bare plural that is the subject of the
	// next verb is the day: "the 9th rebels" would leave "had" no subject.
	{"", "", "The siege began on 2 June 1849. By the 9th rebels had cut the aqueduct, and on the 12th deserters opened the gate.", []string{"2 June 1849|DATE|1849-06-02", "the 9th|DATE|1849-06-09", "the 12th|DATE|1849-06-12"}},
	// A past perfect after a date its sentence told in the past perfect
	// runs forward from it: no look back a year.
	{"", "", "The strike broke out on 3 March 1920. The union had signed a contract with the mills in May 1918, but the owners had broken it in October.", []string{"3 March 1920|DATE|1920-03-03", "May 1918|DATE|1918-05", "October|DATE|1918-10"}},
	// A verb in -ed after a name in apposition, its phrase closed by "but"
	// and a new clause, is the sentence's verb: its date is the story's.
	{"", "", "The republic was proclaimed in 1912. A guild had been formed in 1890. Its founder, Marco Vidal, landed at the harbour on 9 May 1905, but his men were arrested in July.", []string{"1912|DATE|1912", "1890|DATE|1890", "9 May 1905|DATE|1905-05-09", "July|DATE|1905-07"}},
	// A story that has not given its year keeps none when it runs on
	// from December into January: there is no year to add one to.
	{"", "", "The rebels crossed the river on 18 December. Their leader, who had been born in 1851, was wounded on 22 December. In January they reached the coast, and on 3 January the port fell.", []string{"18 December|DATE|XXXX-12-18", "1851|DATE|1851", "22 December|DATE|XXXX-12-22", "January|DATE|XXXX-01", "3 January|DATE|XXXX-01-03"}},
	{"", "", "The rebels crossed the river on 18 December. By mid-January they had reached the coast, and on 2 February the port fell.", []string{"18 December|DATE|XXXX-12-18", "mid-January|DATE|XXXX-01|MID", "2 February|DATE|XXXX-02-02"}},
	// The condition of a threat or a warning lies ahead of it, whatever
	// the tense of the telling.
	{"2022-09-14", "", "Shopkeepers in the old town were threatened with heavy fines if they opened before 1 October.", []string{"1 October|DATE|2022-10-01"}},
	{"2022-09-14", "", "The landlord warned tenants on Monday that unless they paid in full by November they would be evicted.", []string{"Monday|DATE|2022-09-12", "November|DATE|2022-11"}},
	// A count of days set against a schedule is a margin, not a stretch
	// from the day named to the DCT: the story stays on that day.
	{"2022-05-11", "", "The ferry left Dover on Monday, two days ahead of schedule. It docked at dusk in heavy rain.", []string{"Monday|DATE|2022-05-09", "two days|DURATION|P2D", "dusk|TIME|2022-05-09TEV"}},
	// "for" and a bare unit before the "of" of a verb that takes one:
	// the stretch, the "of" the verb's ("thanked for years of service"
	// is no stretch).
	{"", "", "Fishermen on the lake had complained for years of falling catches.", []string{"years|DURATION|PXY"}},
	{"", "", "The old guard warned for decades of a war with the north, and the board thanked her for years of service.", []string{"decades|DURATION|PXDE"}},
	// A section under a heading of its own tells its own story: a new
	// paragraph in it goes on from the section's last date, not from
	// the DCT the news counted from.
	{"2021-06-09", "", "The port reopened on Tuesday, officials said last week.\n\nBackground\n\nThe harbour was dredged in 1988. A new quay was ordered in February 2009.\n\nWork was slow. In May the contractor walked off the site, and the following month the city sued.", []string{"Tuesday|DATE|2021-06-08", "last week|DATE|2021-W22", "1988|DATE|1988", "February 2009|DATE|2009-02", "May|DATE|2009-05", "the following month|DATE|2009-06"}},
	// (without the heading, a new paragraph may come back to the news)
	{"2021-06-09", "", "The port reopened on Tuesday, officials said last week. The harbour was dredged in 1988. A new quay was ordered in February 2009.\n\nWork was slow. In May the contractor walked off the site.", []string{"Tuesday|DATE|2021-06-08", "last week|DATE|2021-W22", "1988|DATE|1988", "February 2009|DATE|2009-02", "May|DATE|2021-05"}},
	// A later year in brackets after a name, in a relative clause on
	// someone, is an aside too: the story goes on from its month.
	{"", "", "The Swedes took Narva in November 1700. Peter, whose victory at Poltava (1709) was still years away, rebuilt his army. In January he ordered the church bells melted down.", []string{"November 1700|DATE|1700-11", "1709|DATE|1709", "January|DATE|1701-01"}},
	// "fell by three quarters" is the fraction 3/4, a share of what
	// changed; a count of quarters that is no change's measure is time.
	{"", "", "Grain shipments from the port dropped by nearly three quarters in 1847.", []string{"1847|DATE|1847"}},
	{"", "", "The mill's output was reduced by three quarters after the fire of 1871.", []string{"1871|DATE|1871"}},
	{"", "", "Sales fell for three quarters in a row in 1931.", []string{"three quarters|DURATION|P3Q", "1931|DATE|1931"}},
	// A later year in brackets after a written work's title is its
	// writer's, and the story goes on in its own year.
	{"", "", "The fortress fell on 3 March 1812. A surgeon recounted the horrors of the siege in Letters from Badajoz (1819). On 9 April the army marched south.", []string{"3 March 1812|DATE|1812-03-03", "1819|DATE|1819", "9 April|DATE|1812-04-09"}},
	{"", "", "The strike began in May 1926. Her novel The Iron Street (1931) was set in the mill towns. In June the miners held out alone.", []string{"May 1926|DATE|1926-05", "1931|DATE|1931", "June|DATE|1926-06"}},
	{"", "", "The regiment landed in Crimea in September 1854. It fought at Inkerman (1855). In October it was sent home.", []string{"September 1854|DATE|1854-09", "1855|DATE|1855", "October|DATE|1855-10"}},
	// A participle after a comma that follows a clause with its own verb
	// in the past tells of the noun before it: an earlier year there is
	// background, and the story goes on from its month.
	{"", "", "The siege of Riga began in July 1700. The elector wanted Livonia, taken by the Swedes in 1621. In September he withdrew.", []string{"July 1700|DATE|1700-07", "1621|DATE|1621", "September|DATE|1700-09"}},
	{"", "", "The siege of Riga began in July 1700. The elector, who had signed the pact in 1699, wanted Livonia, taken by the Swedes in 1621. The following month he withdrew.", []string{"July 1700|DATE|1700-07", "1699|DATE|1699", "1621|DATE|1621", "The following month|DATE|1700-08"}},
	// A treaty in force until an event dated after it looks ahead, also
	// when the event's name holds an apostrophe.
	{"", "", "The peace signed at Nijmegen in August 1678 ended the war. It remained in force until the Nine Years' War broke out in 1688. That autumn the troops went home.", []string{"August 1678|DATE|1678-08", "1688|DATE|1688", "That autumn|DATE|1678-FA"}},
	// "the following month" looking ahead with "would" in an aside about
	// a life counts from the story's day, not from the birth year.
	{"", "", "The rebels took the town on 3 June 1685. Their leader (he had been born in Rotterdam in 1649, the son of a king and his mistress, and would be beheaded on Tower Hill the following month) proclaimed himself king. On the 20th he was crowned at Taunton.", []string{"3 June 1685|DATE|1685-06-03", "1649|DATE|1649", "the following month|DATE|1685-07", "the 20th|DATE|1685-06-20"}},
	{"", "", "The fort surrendered on 9 March 1781. Its commander (born at Nantes in 1730, he would die of fever the following week) marched out with the honours of war.", []string{"9 March 1781|DATE|1781-03-09", "1730|DATE|1730", "the following week|DATE|1781-W11"}},
	// A day a day or two off the one the lead dates the story's start by,
	// named without its year after background of earlier years (and
	// decades), is in the lead's year; the lead's later years do not
	// move the story.
	{"", "", "The Natchez revolt of 1729 was a rising against the French of Louisiana. Beginning on 28 November 1729, it destroyed Fort Rosalie and lasted until 1731.\n\nBackground\nThe French had built the fort in 1716. In the 1720s the colonists took more land, and in 1723 the commandant had burned two villages.\n\nThe rising\nThe attack was planned for 29 November. On the 28th the warriors came to the fort with gifts, and the next day the killing was over.", []string{"1729|DATE|1729", "28 November 1729|DATE|1729-11-28", "1731|DATE|1731", "1716|DATE|1716", "the 1720s|DATE|172", "1723|DATE|1723", "29 November|DATE|1729-11-29", "the 28th|DATE|1729-11-28", "the next day|DATE|1729-11-29"}},
	{"", "", "The Second Maroon War of 1795 was fought in Jamaica. It began on 12 August 1795 and ended in 1796.\n\nBackground\nThe Maroons had signed a treaty in 1739, and in the 1780s the planters pressed on their lands.\n\nThe war\nOn 11 August the governor declared martial law.", []string{"1795|DATE|1795", "12 August 1795|DATE|1795-08-12", "1796|DATE|1796", "1739|DATE|1739", "the 1780s|DATE|178", "11 August|DATE|1795-08-11"}},
	// "had" before a determiner is the verb of having, no past perfect:
	// the month after it goes on in the story's year.
	{"", "", "The blockade of Cadiz began in January 1810. The French opened their batteries on 5 February, but they had no mortars until late March, when a convoy arrived from Seville.", []string{"January 1810|DATE|1810-01", "5 February|DATE|1810-02-05", "late March|DATE|1810-03|END"}},
	{"", "", "The garrison was relieved in October 1762. The town had a governor of its own from May, and he had to ration bread until December.", []string{"October 1762|DATE|1762-10", "May|DATE|1762-05", "December|DATE|1762-12"}},
	// A year in brackets after a name dates an earlier thing, not the
	// story, which goes on in its month after the sentence; inside the
	// sentence the year still counts.
	{"", "", "The army crossed the river on 4 May 1809. Its marshal, whose victories at Jena (1806) and Friedland (1807) now seemed far away, hesitated for a week. In June he withdrew.", []string{"4 May 1809|DATE|1809-05-04", "1806|DATE|1806", "1807|DATE|1807", "now|DATE|PRESENT_REF", "a week|DURATION|P1W", "June|DATE|1809-06"}},
	{"", "", "Marlborough reached the Danube in June 1704. His first campaign in Flanders (1702) lay behind him. In August he met Eugene.", []string{"June 1704|DATE|1704-06", "1702|DATE|1702", "August|DATE|1704-08"}},
	// A clause in brackets is an aside to its closing bracket however
	// long it runs, and the story's month goes on after it.
	{"", "", "The fleet sailed from Brest on 3 March 1741. Its admiral (born at Rouen in 1688 as the second son of a rich shipowner, he would be lost with all hands in a storm off the coast of Newfoundland in November 1746) put into Cadiz, and on the 12th he took on water.", []string{"3 March 1741|DATE|1741-03-03", "1688|DATE|1688", "November 1746|DATE|1746-11", "the 12th|DATE|1741-03-12"}},
	// A past perfect in an aside looks back from the later month of the
	// story's year its main clause goes on to name.
	{"", "", "The blockade began on 8 February 1808. The consul, who had landed at the port in late March, was arrested on 14 April.", []string{"8 February 1808|DATE|1808-02-08", "late March|DATE|1808-03|END", "14 April|DATE|1808-04-14"}},
	{"", "", "The war opened on 9 January 1675. Its general, who had taken the town in May, died on 2 June.", []string{"9 January 1675|DATE|1675-01-09", "May|DATE|1675-05", "2 June|DATE|1675-06-02"}},
	// A past perfect in a relative clause on the subject, with its object,
	// is no flashback: the subject's own verb in the simple past dates
	// the sentence; a date inside the relative clause stays its own.
	{"", "", "The siege began on 3 March 1702. The men who had taken the outer fort were sent home in April.", []string{"3 March 1702|DATE|1702-03-03", "April|DATE|1702-04"}},
	{"", "", "The revolt broke out on 2 June 1848. The students who had taken shelter in the university held out until 15 August.", []string{"2 June 1848|DATE|1848-06-02", "15 August|DATE|1848-08-15"}},
	{"", "", "The siege began on 3 March 1702. The gunners who had manned the walls surrendered in May.", []string{"3 March 1702|DATE|1702-03-03", "May|DATE|1702-05"}},
	{"", "", "The revolt broke out on 2 June 1848. Those who had seized the arsenal in October were shot.", []string{"2 June 1848|DATE|1848-06-02", "October|DATE|1847-10"}},
	// A past perfect looks back from the date its sentence goes on to
	// name, not from the story's last one.
	{"", "", "The fortress was blockaded from May 1648. Its governor, who had signed the capitulation on 30 October, marched out on 4 January 1649.", []string{"May 1648|DATE|1648-05", "30 October|DATE|1648-10-30", "4 January 1649|DATE|1649-01-04"}},
	// (also with a short phrase between the verb and the count)
	{"", "", "He fled to Rome in 1520. He was writing to his brother two years later, begging for money. That winter he died.", []string{"1520|DATE|1520", "two years later|DATE|1522", "That winter|DATE|1522-WI"}},
	{"", "", "The abbey fell in 1536. Its last prior, who wrote forty years later, called it a theft. That winter the monks dispersed.", []string{"1536|DATE|1536", "forty years later|DATE|1576", "That winter|DATE|1536-WI"}},
	{"", "", "Naples fell in 326 BC. Livy, writing under Augustus three hundred years later, blamed the Samnites. That winter the consuls raised new legions.", []string{"326 BC|DATE|BC0326", "three hundred years later|DATE|BC0026", "That winter|DATE|BC0326-WI"}},
	// "taken" in the passive is seized, not a length of time taken: "was
	// taken the next year" is a date; "had taken the next decade" a stretch.
	{"", "", "The fort fell in 1690. The town was taken the next year. The work had taken the next decade.", []string{"1690|DATE|1690", "the next year|DATE|1691", "the next decade|DURATION|P10Y"}},
	// A relative clause in the past perfect on the subject, closed before
	// the subject's verb in the simple past, makes no flashback of the
	// date after it, even one before the lead's last year.
	{"", "", "The revolt lasted from 1569 to 1573. The earl, who had fought in France, landed at Hartlepool in the autumn of 1569. He was captured the next year.", []string{"1569|DATE|1569", "1573|DATE|1573", "the autumn of 1569|DATE|1569-FA", "the next year|DATE|1570"}},
	// The year of a written work is the writer's, and the story goes on
	// in its own year after the sentence.
	{"", "", "The rebels took the town in 1381. Dobson, in a study of 1970, counted the dead. The next year the abbey was sacked.", []string{"1381|DATE|1381", "1970|DATE|1970", "The next year|DATE|1382"}},
	// "a year" that a source gives or names is a date left unsaid, no
	// length of time; "gave a year of his life" is one.
	{"", "", "The annals name a year but no month for the flood. Her brother gave a year of his life to the survey, and the charter states a year, nothing more.", []string{"a year|DURATION|P1Y"}},
	// A history that opens on "that autumn", "the following spring",
	// "the same year", with no date to count from, still names a season
	// or a year, one whose year the reader cannot tell.
	{"", "", "Rocks that fall from the cliff block the road, and the same year-round rules apply. The harbour froze that winter; that spring the fleet sailed.", []string{"that winter|DATE|XXXX-WI", "that spring|DATE|XXXX-SP"}},
	{"", "", "The fleet was refitted that autumn, and the admiral sailed for Sicily the following spring. He was recalled the same year.", []string{"that autumn|DATE|XXXX-FA", "the following spring|DATE|XXXX-SP", "the same year|DATE|XXXX"}},
	// A count of years right after "writing" dates the writer, not the
	// story, which goes on in its own year after the sentence.
	{"", "", "The abbey was burned in 1342. A monk, writing thirty years later, blamed the prior for it. In March the abbot was deposed.", []string{"1342|DATE|1342", "thirty years later|DATE|1372", "March|DATE|1342-03"}},
	{"", "", "The siege began in 1521. Its chronicler, writing some ten years afterwards, counted four thousand dead. That winter the town surrendered.", []string{"1521|DATE|1521", "some ten years afterwards|DATE|1531|APPROX", "That winter|DATE|1521-WI"}},
	// After any day before the DCT named earlier in its sentence (no
	// "after" or "before" between), "overnight" is the night after it.
	{"2014-08-08", "", "Rebels attacked the town on Monday and shelled it overnight.", []string{"Monday|DATE|2014-08-04", "overnight|TIME|2014-08-04TNI"}},
	// (An "after" in another clause does not set the night before.)
	{"2024-07-14", "", "Protesters returned to the streets on Saturday, a week after the disputed vote, and police said 40 people were arrested overnight.", []string{"Saturday|DATE|2024-07-13", "a week|DURATION|P1W", "overnight|TIME|2024-07-13TNI"}},
	{"2014-08-08", "", "Rebels attacked the town on Monday after shelling it overnight.", []string{"Monday|DATE|2014-08-04", "overnight|TIME|2014-08-03TNI"}},
	// What "may not" or "might not" happen yet lies ahead.
	{"2011-06-08", "", "Airports have been shut since Sunday, and officials said flights might not resume before the weekend.", []string{"Sunday|DATE|2011-06-05", "the weekend|DATE|2011-W23-WE"}},
	{"2019-01-16", "", "Officials said the mountain pass might not reopen before Saturday.", []string{"Saturday|DATE|2019-01-19"}},
	// A bare unit between what was done and a past clause of its own
	// after "after" or "before" is the distance between them, whatever
	// the words before it.
	{"2015-03-02", "", "The regulator has criticised the bank for selling the fund's riskiest bonds to pensioners weeks before the scandal broke.", []string{"weeks|DURATION|PXW"}},
	{"2015-03-02", "", "The firm is praised for publishing the company's accounts hours after the audit was finished.", []string{"hours|DURATION|PTXH"}},
	// An order in the past perfect, and what it bade, lie before the
	// story's time: the month of the infinitive is the one past.
	{"2019-05-20", "", "The ferry had been told to stop sailing in February after a safety check, officials said on Friday.", []string{"February|DATE|2019-02", "Friday|DATE|2019-05-17"}},
	{"2016-10-03", "", "The plant had been ordered to shut in August but kept running at night.", []string{"August|DATE|2016-08"}},
	// "by mid-month", "in mid-week", "at mid-year" are the middle of the
	// DCT's month, week or year; before a noun they are none.
	{"2016-08-04", "", "Output should recover by mid-month, after a stoppage in mid-week; the mid-year review is due.", []string{"mid-month|DATE|2016-08|MID", "mid-week|DATE|2016-W31|MID"}},
	// In a story without a DCT they are the middle of the month, week
	// or year the story is in, as "by the middle of the month".
	{"", "", "The blockade began on 3 April 1917, and by mid-month the city was short of bread.", []string{"3 April 1917|DATE|1917-04-03", "mid-month|DATE|1917-04|MID"}},
	{"", "", "The brigade landed in 1952. Until mid-year, it guarded the docks; the mid-year rotation came late.", []string{"1952|DATE|1952", "mid-year|DATE|1952|MID"}},
	{"", "", "The siege opened on Tuesday 9 May 1916, and by mid-week, the garrison was starving.", []string{"Tuesday 9 May 1916|DATE|1916-05-09", "mid-week|DATE|1916-W19|MID"}},
	// "the following week" after the early part of a month whose
	// opening day the paragraph named counts from that day; after a
	// month alone, or its late part, the week stays unknown.
	{"", "", "The dockers walked out on 2 March 1926. Pickets spread through the port in early March, and the owners gave way the following week.", []string{"2 March 1926|DATE|1926-03-02", "early March|DATE|1926-03|START", "the following week|DATE|1926-W10"}},
	{"", "", "The dockers walked out on 2 March 1926. Pickets spread through the port in late March, and the owners gave way the following week.", []string{"2 March 1926|DATE|1926-03-02", "late March|DATE|1926-03|END", "the following week|DATE|1926-WXX"}},
	// What is left for the weekend, told late in the week, is left for
	// the coming one; told on a Monday, for the one past.
	{"2024-10-11", "", "The jury was sent home for the weekend and the court adjourned for the weekend.", []string{"the weekend|DATE|2024-W41-WE", "the weekend|DATE|2024-W41-WE"}},
	{"2024-10-14", "", "The jury was sent home for the weekend.", []string{"the weekend|DATE|2024-W41-WE"}},
	// A school year is named by the year it begins, in August or
	// September: in June, the next one begins this year.
	{"2025-06-12", "", "The changes take effect from the next academic year, after a trial during the current school year.", []string{"the next academic year|DATE|2025", "the current school year|DATE|2024"}},
	{"2025-10-02", "", "Enrolment fell this school year and is expected to recover next school year.", []string{"this school year|DATE|2025", "next school year|DATE|2026"}},
	// "last" joined by "and" to a plural present is the verb: the length
	// alone is the expression.
	{"2025-06-12", "", "The holidays begin on 23 July and last six weeks, while exams start on Monday and last 10 days.", []string{"23 July|DATE|2025-07-23", "six weeks|DURATION|P6W", "Monday|DATE|2025-06-16", "10 days|DURATION|P10D"}},
	// A British point reading with a leading zero before its day is a
	// 24-hour TIME, no price.
	{"2023-01-25", "", "The work-to-rule starts at 00.01 on Saturday, and the shares closed at 12.30 on Monday.", []string{"00.01|TIME|2023-01-28T00:01", "Saturday|DATE|2023-01-28", "Monday|DATE|2023-01-23"}},
	// Colonless 24-hour readings after "between ... and" are TIMEs, not
	// years.
	{"2023-01-25", "", "Flights will be cancelled between 0600 and 1800 on Friday.", []string{"0600|TIME|2023-01-27T06:00", "1800|TIME|2023-01-27T18:00", "Friday|DATE|2023-01-27"}},
	// "the 2024-25 year" is one year named by the year it begins, as "the
	// 2024-25 school year".
	{"2024-01-16", "", "Schools will start the 2024-25 year on Aug. 12, and the 2023-24 year ends in May.", []string{"the 2024-25 year|DATE|2024", "Aug. 12|DATE|2024-08-12", "the 2023-24 year|DATE|2023", "May|DATE|2024-05"}},
	// The British "end" before a month or a year is its end, as "mid-"
	// its middle; the verb "end" before a dated day is none.
	{"2023-02-08", "", "Lenders expect rates to peak by end-June and to fall by end-2024, after debt stood at a record at end December. The talks end March 3.", []string{"end-June|DATE|2023-06|END", "end-2024|DATE|2024|END", "end December|DATE|2022-12|END", "March 3|DATE|2023-03-03"}},
	// A number that labels a batch or ends a code is no year.
	{"2023-02-08", "", "Tins with batch code 2301 and lot numbers ending in 1998 or 1999 were recalled on Tuesday.", []string{"Tuesday|DATE|2023-02-07"}},
	// "the pair", "the two" take a plural verb of the schedule.
	{"2022-07-05", "", "The pair meet for the 12th time on Thursday, and the two play again on Saturday.", []string{"Thursday|DATE|2022-07-07", "Saturday|DATE|2022-07-09"}},
	// A past act in a relative clause that picks out people dates the
	// act, whatever modal the main clause has.
	{"2021-09-09", "", "Diners who ate at the cafe in August should contact their doctor, and passengers who travelled on Monday can claim a refund.", []string{"August|DATE|2021-08", "Monday|DATE|2021-09-06"}},
	// A weekday as the subject of present "be" is still to come.
	{"2021-09-09", "", "Monday is a rest day for the riders. Friday is the deadline for entries.", []string{"Monday|DATE|2021-09-13", "Friday|DATE|2021-09-10"}},
	// A list of days after "of", as "the raids of 5 and 7 April".
	{"2021-09-09", "", "Jars with use-by dates of 10, 11 and 12 September have been withdrawn.", []string{"10|DATE|2021-09-10", "11|DATE|2021-09-11", "12 September|DATE|2021-09-12"}},
	// An event placed by the present of "be" or "fall" lies ahead.
	{"2023-06-22", "", "The retrial is in October and the next hearing is on 3 March, while half-term falls in late October.", []string{"October|DATE|2023-10", "3 March|DATE|2024-03-03", "late October|DATE|2023-10|END"}},
	// A 24-hour reading after "to" with its day is the end of a span of
	// time: "from 00:01 on Saturday to 23:59 on Monday".
	{"2024-03-13", "", "The walkout runs from 00:01 on Saturday to 23:59 on Monday, and the ban till 18:00 Friday.", []string{"00:01|TIME|2024-03-16T00:01", "Saturday|DATE|2024-03-16", "23:59|TIME|2024-03-18T23:59", "Monday|DATE|2024-03-18", "18:00 Friday|TIME|2024-03-15T18:00"}},
	// "for the following fortnight" is two weeks' length, as "for the
	// following two weeks" and "the next fortnight".
	{"2024-03-13", "", "Guards will stop work on Friday and refuse overtime for the following fortnight.", []string{"Friday|DATE|2024-03-15", "the following fortnight|DURATION|P2W"}},
	// A practice still kept is nowadays: "still sung today"; a state of
	// the news ("is still closed today") is the day.
	{"2022-09-14", "", "The hymn he wrote in 1911 is still sung today, and his method remains in use today.", []string{"1911|DATE|1911", "today|DATE|PRESENT_REF", "today|DATE|PRESENT_REF"}},
	{"2022-09-14", "", "The bridge, damaged in Monday's storm, is still closed today.", []string{"Monday|DATE|2022-09-12", "today|DATE|2022-09-14"}},
	// Days listed after "for", as after "on": each a DATE of the month
	// that ends the list.
	{"2023-05-02", "", "Nurses have called walkouts for 6, 7 and 9 June, and doctors for 20 and 21 June.", []string{"6|DATE|2023-06-06", "7|DATE|2023-06-07", "9 June|DATE|2023-06-09", "20|DATE|2023-06-20", "21 June|DATE|2023-06-21"}},
	// What it takes someone to do is a stretch of time, whoever stands
	// between the verb and the unit.
	{"2021-03-10", "", "It took the engineers months to find the leak, and it will take residents years to trust the water again.", []string{"months|DURATION|PXM", "years|DURATION|PXY"}},
	// An intention under a verb of saying looks ahead of the saying: its
	// "had" is the backshift of "have".
	{"2021-03-10", "", "The mayor said she had no plans to reopen the market on Saturday.", []string{"Saturday|DATE|2021-03-13"}},
	{"2021-03-10", "", "Police told reporters they had plans to close the bridge on Friday, weather permitting.", []string{"Friday|DATE|2021-03-12"}},
	// A plan's calendar dated in a later year goes on in it: a bare day
	// after "6 April 2026" in the same forward-looking sentence is 2026's.
	{"2025-02-10", "", "Under the new timetable the ferry would resume sailings on Monday 6 April 2026 and would run a summer service from 15 June to 30 September.", []string{"Monday 6 April 2026|DATE|2026-04-06", "15 June|DATE|2026-06-15", "30 September|DATE|2026-09-30"}},
	{"2025-02-10", "", "The museum will close on 1 March 2027 and will reopen on 12 October after the roof is replaced.", []string{"1 March 2027|DATE|2027-03-01", "12 October|DATE|2027-10-12"}},
	// A term of validity ended by an event told in a clause ("in force until
	// the second war broke out in 1848") looks ahead as "in force until 1848"
	// does, over a clause of up to seven words.
	{"", "", "The war ended in March 1846. The treaty that followed was in force until the second war broke out in 1848. That spring the governor was made a viscount.", []string{"March 1846|DATE|1846-03", "1848|DATE|1848", "That spring|DATE|1846-SP"}},
	{"", "", "The truce was signed on 2 May 1609. It remained in force until the war with Spain broke out in 1621. In June the envoys went home.", []string{"2 May 1609|DATE|1609-05-02", "1621|DATE|1621", "June|DATE|1609-06"}},
	// A year well after a story told by months or days, in a participle phrase
	// on the subject of a verb of lasting ("The barrier, confirmed in 1715,
	// remained in place until 1781"), tells what became of the subject: the
	// story goes on after the sentence. (Not before a verb of the story: "The
	// army, reinforced in 1534, marched on Quito".)
	{"", "", "The siege of the port began in March 1691. The harbour wall, rebuilt in 1715, remained in use until 1781. On 22 June the French opened the trenches.", []string{"March 1691|DATE|1691-03", "1715|DATE|1715", "1781|DATE|1781", "22 June|DATE|1691-06-22"}},
	{"", "", "The army landed in May 1532. The army, reinforced in 1534, marched on Quito. In June the city fell.", []string{"May 1532|DATE|1532-05", "1534|DATE|1534", "June|DATE|1534-06"}},
	// A span of years in brackets after a name or a reign ("Louis, whose reign
	// (1643–1715) was", "Hyder Ali (1720–1782) built") dates the person, an
	// aside: the story goes on after the bracket.
	{"", "", "The siege of Mons began in March 1691. Louis, whose reign (1643–1715) was the longest in European history, watched from a hill. In July he left for Versailles.", []string{"March 1691|DATE|1691-03", "1643|DATE|1643", "1715|DATE|1715", "July|DATE|1691-07"}},
	{"", "", "The fort was stormed on 4 May 1799. Its commander Arthur Wellesley (1769–1852) wrote home. In June the army marched north.", []string{"4 May 1799|DATE|1799-05-04", "1769|DATE|1769", "1852|DATE|1852", "June|DATE|1799-06"}},
	// "that night", "that evening" in the sentence of a day just counted back
	// ("The day before, ..., and that night") is that day's part, though the
	// story's day stays the later one.
	{"", "", "The pā fell on 11 January 1846. The day before, the guns had opened a breach, and that night most of the defenders slipped away.", []string{"11 January 1846|DATE|1846-01-11", "The day before|DATE|1846-01-10", "that night|TIME|1846-01-10TNI"}},
	{"", "", "The battle was fought on 5 May 1800. Two days earlier the army had camped by the river, and that evening it rained.", []string{"5 May 1800|DATE|1800-05-05", "Two days earlier|DATE|1800-05-03", "that evening|TIME|1800-05-03TEV"}},
	// "N units later" after a flashback that ended at a semicolon in its
	// sentence counts from the flashback's date, the last one named: "Its
	// walls had been breached in May 1452; two months later" is July 1452.
	{"", "", "The city fell on 9 June 1453. Its walls had been breached in May 1452; two months later the emperor sent to Rome for help.", []string{"9 June 1453|DATE|1453-06-09", "May 1452|DATE|1452-05", "two months later|DATE|1452-07"}},
	{"", "", "The port was blockaded on 4 February 1702. The envoys had landed at Lisbon in April; the treaty was signed a year later.", []string{"4 February 1702|DATE|1702-02-04", "April|DATE|1701-04", "a year later|DATE|1702"}},
	// A birth years after the story in a phrase set off by commas (", born in
	// Quebec in 1760,") tells who someone is: the story goes on after it.
	{"", "", "The fort surrendered on 2 June 1746. Its last commander's son, born in Quebec in 1760, told the story in his memoirs. In August the garrison was shipped to France.", []string{"2 June 1746|DATE|1746-06-02", "1760|DATE|1760", "August|DATE|1746-08"}},
	{"", "", "The old king died on 26 July 1533. The chronicler of the court, born in the capital in 1541, later wrote that the people mourned for weeks. The new king was crowned on 15 November.", []string{"26 July 1533|DATE|1533-07-26", "1541|DATE|1541", "weeks|DURATION|PXW", "15 November|DATE|1533-11-15"}},
	// A month in the past perfect before the first month of the story's season
	// ("the winter of 1777–78 ... It had lost Philadelphia in September 1777")
	// is a flashback, as one before the story's month is: the story goes on
	// from the season.
	{"", "", "The army spent the winter of 1777–78 at Valley Forge. It had lost Philadelphia in September 1777. In June the army marched out.", []string{"the winter of 1777–78|DATE|1777-WI", "September 1777|DATE|1777-09", "June|DATE|1778-06"}},
	{"", "", "The war began in the winter of 1853–54. The Turks had crossed the river in October 1853. On 6 May they stormed the island.", []string{"the winter of 1853–54|DATE|1853-WI", "October 1853|DATE|1853-10", "6 May|DATE|1854-05-06"}},
	// A date in the past perfect whose sentence goes on, past a semicolon,
	// counting days or weeks on from it ("; England declared war five days
	// later") is the story's own, no look back to the year before.
	{"", "", "The port was blockaded on 4 February 1702. The envoys had landed at Lisbon on 20 April; the treaty was signed two weeks later.", []string{"4 February 1702|DATE|1702-02-04", "20 April|DATE|1702-04-20", "two weeks later|DATE|1702-W18"}},
	{"", "", "The rebels seized the castle on 6 January 1536. The duke had reached York on 9 March; the rebels dispersed three days later.", []string{"6 January 1536|DATE|1536-01-06", "9 March|DATE|1536-03-09", "three days later|DATE|1536-03-12"}},
	// A past perfect after an opening clause of "Before" or "By the time" looks
	// back from the later event that clause names, not from the story's date: a
	// bare month or day later in the calendar is the story's year ("Before
	// that," is no clause and still looks back).
	{"", "", "The siege began on 3 March 1565. By the time the relief fleet sailed, the fort of St Elmo had fallen on 23 June.", []string{"3 March 1565|DATE|1565-03-03", "23 June|DATE|1565-06-23"}},
	{"", "", "The queen landed on 9 January 1643. Before the summer was out, the king had taken Bristol on 26 July.", []string{"9 January 1643|DATE|1643-01-09", "the summer|DATE|1643-SU", "26 July|DATE|1643-07-26"}},
	{"", "", "The army crossed on 2 March 1812. Before that, it had wintered in Poland in November.", []string{"2 March 1812|DATE|1812-03-02", "November|DATE|1811-11"}},
	// "last" after a negated auxiliary ("did not last", "would never last") is
	// the verb, not the determiner: the DURATION is the count alone.
	{"", "", "The first treaty did not last two years.", []string{"two years|DURATION|P2Y"}},
	{"", "", "The truce would never last a month, the envoys warned.", []string{"a month|DURATION|P1M"}},
	// A comma that closes a participle phrase on the subject ("Its first
	// governor, recalled by London in disgrace,") is followed by the subject's
	// own verb: a date in its clause tells the story, no aside.
	{"", "", "The colony became a state in 1901. Its first governor, recalled by London in disgrace, sailed for home in April 1868, reached Plymouth on 14 July, and in October he faced an inquiry.", []string{"1901|DATE|1901", "April 1868|DATE|1868-04", "14 July|DATE|1868-07-14", "October|DATE|1868-10"}},
	{"", "", "The rebellion was crushed in 1745. Lord Lovat, outlawed by the crown, escaped from Inverness in June 1716, landed in France on 9 August, and was pardoned in December.", []string{"1745|DATE|1745", "June 1716|DATE|1716-06", "9 August|DATE|1716-08-09", "December|DATE|1716-12"}},
	// A stretch someone spent from the story's date ("spent the next eighteen
	// months") moves the story to its end: a bare month or day after it is the
	// one nearest that end.
	{"", "", "Grey returned as governor in September 1861 and spent the next eighteen months having the road built. On 9 July the government ordered the villages cleared.", []string{"September 1861|DATE|1861-09", "the next eighteen months|DURATION|P18M", "9 July|DATE|1863-07-09"}},
	{"", "", "The exiled prince reached Breda in April 1649 and passed the following two years in intrigue. In May he sailed north.", []string{"April 1649|DATE|1649-04", "the following two years|DURATION|P2Y", "May|DATE|1651-05"}},
	{"", "", "The bishop was freed in October 1211 and spent the next fourteen months rebuilding his cathedral. In January he was summoned to Rome.", []string{"October 1211|DATE|1211-10", "the next fourteen months|DURATION|P14M", "January|DATE|1213-01"}},
	// A later event named after "until" that ends a superlative's record ("the
	// worst seen on that coast until the great gale of 1780") is measured
	// against, no time of the story, which goes on after the sentence.
	{"", "", "The storm of 12 March 1702 was the worst seen on that coast until the great gale of 1780. In April the fleet put to sea.", []string{"12 March 1702|DATE|1702-03-12", "1780|DATE|1780", "April|DATE|1702-04"}},
	{"", "", "The mine opened on 2 May 1850, the deepest in the county until the Wheal Jane shaft twenty years later. In June the first ore was raised.", []string{"2 May 1850|DATE|1850-05-02", "twenty years later|DATE|1870", "June|DATE|1850-06"}},
	{"", "", "At Lutzen on 16 November 1632 the Swedes won the costliest victory of the war until Nordlingen two years later. That winter the army rested in Saxony.", []string{"16 November 1632|DATE|1632-11-16", "two years later|DATE|1634", "That winter|DATE|1632-WI"}},
	// "writing N years later" after a writer's year (one who wrote in it, or
	// whose work appeared in it) counts from that year, though it was an aside,
	// and is a writer's year too: the story goes on after it.
	{"", "", "The treaty was signed on 3 May 1713. Bolingbroke, whose account appeared in 1752, defended it; Trevelyan, writing 180 years later, called it a betrayal. In June the fleet sailed home.", []string{"3 May 1713|DATE|1713-05-03", "1752|DATE|1752", "180 years later|DATE|1932", "June|DATE|1713-06"}},
	{"", "", "The fleet was scattered on 14 August 1588. The chronicler Camden wrote in 1615 that the wind had saved England. Froude, writing some 250 years later, gave the credit to the seamen. In September the last ships reached Spain.", []string{"14 August 1588|DATE|1588-08-14", "1615|DATE|1615", "some 250 years later|DATE|1865|APPROX", "September|DATE|1588-09"}},
	// An earlier year in a clause in brackets inside a sentence (a life told
	// in brackets) is an aside, as a later one there is: a bare month after it
	// is the story's.
	{"", "", "The mill reopened in June 1872. Its new owner, a Leeds merchant (he was born in 1831), hired two hundred hands, and in August the looms were running again.", []string{"June 1872|DATE|1872-06", "1831|DATE|1831", "August|DATE|1872-08"}},
	{"", "", "The siege began in May 1702. The governor of the town (he was appointed in 1695) refused to yield, and in July the walls were breached.", []string{"May 1702|DATE|1702-05", "1695|DATE|1695", "July|DATE|1702-07"}},
	{"", "", "In April 1848 two envoys were killed at the fort. A young captain (he was born in 1819 and would die in 1868) raised levies, and by July had shut the rebels up. In September the revolt spread.", []string{"April 1848|DATE|1848-04", "1819|DATE|1819", "1868|DATE|1868", "July|DATE|1848-07", "September|DATE|1848-09"}},
	// "Before" closing its clause counts back as "earlier" does, at the unit's
	// granularity: "four years before" a day is a year, "eight months before" a
	// month, "three weeks before" an ISO week.
	{"", "", "The fleet anchored off Cadiz on 14 June 1762. The admiral had been beaten there four years before.", []string{"14 June 1762|DATE|1762-06-14", "four years before|DATE|1758"}},
	{"", "", "The mine collapsed on 3 March 1911. Its owners had been warned eight months before.", []string{"3 March 1911|DATE|1911-03-03", "eight months before|DATE|1910-07"}},
	{"", "", "The ship sank on 9 October 1855. Her captain had sailed the same route three weeks before.", []string{"9 October 1855|DATE|1855-10-09", "three weeks before|DATE|1855-W38"}},
	// A week the story is on ("a week later", "two weeks later") is a date of
	// the story as a day is: a year a century ahead of it, or one in a sentence
	// that reaches to today, or one ending a state, looks ahead, and a bare
	// month after it is the story's.
	{"", "", "The envoys met on 2 May 1612. The pact was signed a week later at Kalmar, and the island stayed Danish until 1658. In June the fleet sailed home.", []string{"2 May 1612|DATE|1612-05-02", "a week later|DATE|1612-W19", "1658|DATE|1658", "June|DATE|1612-06"}},
	{"", "", "The rebels took the fort on 4 April 1796. The governor fled a week later; his house was pulled down in 1910. In May the rebels marched north.", []string{"4 April 1796|DATE|1796-04-04", "a week later|DATE|1796-W15", "1910|DATE|1910", "May|DATE|1796-05"}},
	{"", "", "The bridge was finished on 3 August 1823. It opened to traffic two weeks later, and it is still in use today, although a new deck was laid in 1990. In September the first mail coach crossed.", []string{"3 August 1823|DATE|1823-08-03", "two weeks later|DATE|1823-W33", "today|DATE|PRESENT_REF", "1990|DATE|1990", "September|DATE|1823-09"}},
	// A day and month alone in brackets beside another, the style mark
	// left out, is the same day in the other style: both take the year
	// after the bracket.
	{"", "", "The fleet sailed in May 1828. The envoy was killed in Tehran on 30 January (11 February) 1829.", []string{"May 1828|DATE|1828-05", "30 January|DATE|1829-01-30", "11 February|DATE|1829-02-11", "1829|DATE|1829"}},
	// A capitalized unit before "of" and a capitalized word names a day,
	// no length ("a day of mourning" is left as it was).
	{"", "", "Since 1952 Bolivia has observed a Day of the Sea every March.", []string{"1952|DATE|1952", "every March|SET|XXXX-03"}},
	{"", "", "The unions called a Day of Action for 3 May 1990.", []string{"3 May 1990|DATE|1990-05-03"}},
	// Counted decades and centuries earlier name the decade or century,
	// as they do later ("a decade earlier" compares like with like).
	{"", "", "In October 1838 the governor issued his manifesto. The old king had lost his throne three decades earlier.", []string{"October 1838|DATE|1838-10", "three decades earlier|DATE|180"}},
	{"", "", "The abbey was restored in May 1862. Two centuries earlier it had been sacked by soldiers.", []string{"May 1862|DATE|1862-05", "Two centuries earlier|DATE|16"}},
	// A relative clause after a comma, in the simple past, is the
	// month's own clause: a past perfect before it does not keep the year
	// from turning.
	{"", "", "The rising began on 10 October 1868. Within a month the rebels had taken the town, which they burned in January.", []string{"10 October 1868|DATE|1868-10-10", "a month|DURATION|P1M", "January|DATE|1869-01"}},
	{"", "", "The siege began on 2 November 1899. By then the Boers had cut the railway, which they held until February.", []string{"2 November 1899|DATE|1899-11-02", "February|DATE|1900-02"}},
	// An irregular participle ("bound", "driven", "chosen") opens an aside
	// between commas as one in -ed does: its earlier year is background.
	{"", "", "Bolivia declared war on 1 March 1879, and Peru, bound to it by a secret treaty of 1873, followed in April.", []string{"1 March 1879|DATE|1879-03-01", "1873|DATE|1873", "April|DATE|1879-04"}},
	{"", "", "The new emir arrived on 3 May 1881. His uncle, driven out of the city in 1868, returned in June.", []string{"3 May 1881|DATE|1881-05-03", "1868|DATE|1868", "June|DATE|1881-06"}},
	// A bare ordinal day before a one-word name's possessive and its noun,
	// the subject of a past verb, is a day ("On the 23rd Chelmsford's
	// column returned").
	{"", "", "The fort was invested on 22 March 1858. On the 25th Havelock's brigade stormed the outer wall.", []string{"22 March 1858|DATE|1858-03-22", "the 25th|DATE|1858-03-25"}},
	{"", "", "The battle was fought on 4 June 1859. In the early hours of the 5th Garibaldi's volunteers entered the town.", []string{"4 June 1859|DATE|1859-06-04", "the 5th|DATE|1859-06-05"}},
	// "the previous year", "the previous August" after a range look back
	// from its start, as "N years earlier" does ("the following year"
	// still counts from its end).
	{"", "", "The war with Sweden lasted from 1788 to 1790. The previous year the empress had toured the Crimea.", []string{"1788|DATE|1788", "1790|DATE|1790", "The previous year|DATE|1787"}},
	{"", "", "The Baltic war of 1788-90 was fought at sea. The Ottomans had declared war on Russia the previous August.", []string{"1788|DATE|1788", "90|DATE|1790", "the previous August|DATE|1787-08"}},
	{"", "", "The revolt lasted from 1798 to 1800. The following year the viceroy was recalled.", []string{"1798|DATE|1798", "1800|DATE|1800", "The following year|DATE|1801"}},
	// A year set off by commas before the sentence's past verb dates what
	// the sentence tells, not the plan before it: the story moves there.
	{"", "", "The rebels had held out into 1840. The failure of a plan to marry the queen to the pretender, in 1846, revived the cause. In September the first bands took the field.", []string{"1840|DATE|1840", "1846|DATE|1846", "September|DATE|1846-09"}},
	{"", "", "The old line had been abandoned in 1890. The collapse of a scheme to buy the railway, in 1902, ruined the company. By March its shares were worthless.", []string{"1890|DATE|1890", "1902|DATE|1902", "March|DATE|1902-03"}},
	// A bare ordinal day told in the past perfect, earlier in the month
	// than the story's day, lies before it in that month ("by the 13th"
	// and the simple past move on to the next month).
	{"", "", "The fort fell on 22 January 1849. Meanwhile, on the 13th, the main army had fought a battle on the river.", []string{"22 January 1849|DATE|1849-01-22", "the 13th|DATE|1849-01-13"}},
	{"", "", "The relief column reached the town on 24 May 1900. The garrison had eaten its last horses on the 17th.", []string{"24 May 1900|DATE|1900-05-24", "the 17th|DATE|1900-05-17"}},
	{"", "", "The fort fell on 22 January 1849. On the 13th the army marched north.", []string{"22 January 1849|DATE|1849-01-22", "the 13th|DATE|1849-02-13"}},
	// What was earlier than a span was before its start: "N years
	// earlier" after a range counts from its first date ("later" from its
	// last).
	{"", "", "The Crimean War (1853-56) was fought around the Black Sea. Ten years earlier the tsar had visited London.", []string{"1853|DATE|1853", "56|DATE|1856", "Ten years earlier|DATE|1843"}},
	{"", "", "The siege lasted from 3 to 9 May 1702. Two days earlier the garrison had been reinforced by sea.", []string{"3|DATE|1702-05-03", "9 May 1702|DATE|1702-05-09", "Two days earlier|DATE|1702-05-01"}},
	{"", "", "The rising lasted from 1798 to 1800. Two years later the viceroy was recalled.", []string{"1798|DATE|1798", "1800|DATE|1800", "Two years later|DATE|1802"}},
	// A past verb right after "during the summer" is the clause's: the
	// season ends before it.
	{"", "", "The army took the fort on 7 July 1827. Sickness during the summer halted operations.", []string{"7 July 1827|DATE|1827-07-07", "the summer|DATE|1827-SU"}},
	{"", "", "The fleet left port in May 1588. Storms during the autumn wrecked dozens of ships off Ireland.", []string{"May 1588|DATE|1588-05", "the autumn|DATE|1588-FA"}},
	// The weather of a season ("the heat of the summer", "the snows of
	// the winter") in a story told in the past is the season the story is
	// in; not when a noun goes on ("the winter campaign").
	{"", "", "The army crossed the pass in October 1812. The snows of the winter then closed it behind them.", []string{"October 1812|DATE|1812-10", "the winter|DATE|1812-WI"}},
	{"", "", "The garrison surrendered on 2 June 1741. The heat of the summer and fever in the camp kept the besiegers idle.", []string{"2 June 1741|DATE|1741-06-02", "the summer|DATE|1741-SU"}},
	{"", "", "The army crossed the pass in October 1812. The rains of the winter campaign ruined the roads.", []string{"October 1812|DATE|1812-10"}},
	// A bracket holding a birth and, after a semicolon, a look ahead is
	// one aside: the story's year comes back after the bracket.
	{"", "", "The rebels besieged the port a second time in October 1836. Diego Ortega (born 1793; he would himself be governor from 1840 to 1843) broke the line on Christmas Eve and entered the port the next morning.", []string{"October 1836|DATE|1836-10", "1793|DATE|1793", "1840|DATE|1840", "1843|DATE|1843", "Christmas Eve|DATE|1836-12-24", "the next morning|DATE|1836-12-25"}},
	{"", "", "The fleet sailed from Lisbon in March 1651. Its admiral (born 1610; he was to die in prison in 1668) sighted the cape on 9 June.", []string{"March 1651|DATE|1651-03", "1610|DATE|1610", "1668|DATE|1668", "9 June|DATE|1651-06-09"}},
	// A participle of expectation after its noun ("a vote expected at
	// 10 p.m.") looks ahead, no past verb: the clock time in a clause that
	// looks ahead does not take a day already past.
	{"2022-07-06", "", "The minister resigned on Monday. MPs will debate the motion for six hours before a vote expected at 10 p.m.", []string{"Monday|DATE|2022-07-04", "six hours|DURATION|PT6H", "10 p.m.|TIME|2022-07-06T22:00"}},
	{"2019-03-14", "", "The jury retired on Tuesday. The judge will recall it with a verdict anticipated at 3 p.m.", []string{"Tuesday|DATE|2019-03-12", "3 p.m.|TIME|2019-03-14T15:00"}},
	// A bare-form verb ("hit", "cut") after ", and" continues a predicate
	// told in the past: it is past too, whatever look-ahead verb stands in
	// a clause between ("as traders bet on a cut").
	{"2023-10-30", "", "The peso had weakened through the summer as traders bet on a rate cut, and hit a low of 19.2 per dollar in late September.", []string{"the summer|DATE|2023-SU", "late September|DATE|2023-09|END"}},
	{"2023-10-30", "", "Copper had slid over the spring as funds bet on slower growth, and hit a low of 3.60 dollars in mid-May.", []string{"the spring|DATE|2023-SP", "mid-May|DATE|2023-05|MID"}},
	{"2022-12-05", "", "Farmers had sown late as forecasters expected a drought, and cut their wheat in late November.", []string{"late November|DATE|2022-11|END"}},
	// A range of days set by a present perfect of a state lies ahead, as
	// "through Friday" does.
	{"2023-06-10", "", "The city has banned fireworks from Friday to Sunday because of the drought.", []string{"Friday|DATE|2023-06-16", "Sunday|DATE|2023-06-18"}},
	{"2021-10-02", "", "The port authority has closed the north terminal from Monday through Wednesday for repairs.", []string{"Monday|DATE|2021-10-04", "Wednesday|DATE|2021-10-06"}},
	// A weekday whose noun approaches, nears or looms lies ahead, and a
	// clock time after it is that day's.
	{"2024-04-06", "", "Officials are bracing for gridlock as Monday's rocket launch approaches. The engines will ignite at 9:42 a.m.", []string{"Monday|DATE|2024-04-08", "9:42 a.m.|TIME|2024-04-08T09:42"}},
	{"2023-09-13", "", "Traders are cautious as Friday's jobs report nears.", []string{"Friday|DATE|2023-09-15"}},
	{"2022-11-22", "", "Fans are restless as Sunday's derby draws near.", []string{"Sunday|DATE|2022-11-27"}},
	// A weekday's vote told in the present perfect of its outcome is over;
	// an infinitive closed off by a comma does not make it a plan.
	{"2019-05-24", "", "Ireland has voted to keep the old rules, turning down the change by a wide margin in Thursday's referendum.", []string{"Thursday|DATE|2019-05-23"}},
	{"2019-05-24", "", "The governing party has won Monday's election outright.", []string{"Monday|DATE|2019-05-20"}},
	{"2019-05-24", "", "The bishops have urged voters to reject the proposal in Sunday's referendum.", []string{"Sunday|DATE|2019-05-26"}},
	{"2019-05-24", "", "The party has not won a seat since 2001 and is campaigning hard before Sunday's election.", []string{"2001|DATE|2001", "Sunday|DATE|2019-05-26"}},
	{"2019-05-22", "", "The assembly has voted to postpone the budget, setting up Friday's vote on a stopgap measure.", []string{"Friday|DATE|2019-05-24"}},
	{"2019-05-22", "", "The committee has approved the treaty, clearing the way for Friday's vote in the full chamber.", []string{"Friday|DATE|2019-05-24"}},
	// The past of a clause of time after the date, under "would", is the
	// sequence of tenses, no past of the date.
	{"2016-04-08", "", "The founder said he would give up the post of chief executive at the annual meeting in September, and the chair after the board chose a successor.", []string{"September|DATE|2016-09"}},
	{"2016-04-08", "", "She told staff the depot would stop taking deliveries from outside firms in December, once the lease ran out.", []string{"December|DATE|2016-12"}},
	{"2016-04-08", "", "The chairman retired in September, after the board appointed a successor.", []string{"September|DATE|2015-09"}},
	// A vote's result told at a morning hour after its day is the next
	// day's: the count runs through the night.
	{"2017-06-09", "", "The Conservatives lost their majority in Thursday's general election. The final result was confirmed at 4:45 a.m. in Kensington.", []string{"Thursday|DATE|2017-06-08", "4:45 a.m.|TIME|2017-06-09T04:45"}},
	{"2017-06-09", "", "Turnout was high in Thursday's election. Polling stations closed at 10 p.m.", []string{"Thursday|DATE|2017-06-08", "10 p.m.|TIME|2017-06-08T22:00"}},
	// "end the year", "started the year": the year the figures run
	// through, the reference date's (the one just over in a January
	// report of how it closed).
	{"2021-09-14", "", "Strategists now expect copper to end the year below $9,000 a tonne.", []string{"now|DATE|PRESENT_REF", "the year|DATE|2021"}},
	{"2019-06-03", "", "The shares started the year at 212 pence and have lost a third since.", []string{"the year|DATE|2019"}},
	{"2023-01-09", "", "The yen closed the year 12 percent weaker against the dollar.", []string{"the year|DATE|2022"}},
	// A bare plural unit before "too late", "late", "overdue" or "behind
	// schedule" is how late, a stretch of unknown length.
	{"2022-05-11", "", "Critics said the ban on flaring came decades too late.", []string{"decades|DURATION|PXDE"}},
	{"2018-01-16", "", "The ferry from Calais arrived hours late, and passengers missed their trains.", []string{"hours|DURATION|PTXH"}},
	{"2020-07-21", "", "The council admitted that the new stadium is years behind schedule.", []string{"years|DURATION|PXY"}},
	{"2020-07-21", "", "One tenant called the rent freeze \"months too late\" for her family.", []string{"months|DURATION|PXM"}},
	// A conjunction opening a clause of its own ends "the summer": no
	// compound noun goes on with "as", "while" or "because".
	{"2023-11-14", "", "Bond yields climbed over the summer as inflation stayed high.", []string{"the summer|DATE|2023-SU"}},
	{"2021-12-02", "", "The pool was shut for the winter while its roof was repaired.", []string{"the winter|DATE|2021-WI"}},
	{"2019-10-08", "", "Ticket prices rose in the spring because demand outran supply.", []string{"the spring|DATE|2019-SP"}},
	// "Only in 1590 did", "Not until 1604 was": an inverted cleft looks
	// ahead as "it was only in 1590 that" does.
	{"", "", "The fleet sailed on 28 May 1588. Only in 1590 did the king admit the loss. On 19 July it was sighted off the Lizard.", []string{"28 May 1588|DATE|1588-05-28", "1590|DATE|1590", "19 July|DATE|1588-07-19"}},
	{"", "", "The war began in March 1585. Not until 1604 was peace made. In June the fleet sailed.", []string{"March 1585|DATE|1585-03", "1604|DATE|1604", "June|DATE|1585-06"}},
	// "only on" or "only in" after the verb, with a later year than the
	// story's, is the same focus: a look ahead, and the story goes on
	// after the sentence.
	{"", "", "The rebels took the port on 12 August 1847. The town was handed back to the crown only on 3 April 1849. In September the rebels marched inland.", []string{"12 August 1847|DATE|1847-08-12", "3 April 1849|DATE|1849-04-03", "September|DATE|1847-09"}},
	{"", "", "The railway reached the coast in May 1868, though the line was paid for only in 1875. In July the first trains ran to the harbour.", []string{"May 1868|DATE|1868-05", "1875|DATE|1875", "July|DATE|1868-07"}},
	// A later year naming, by "the ... of", the people or thing the
	// story's verb acted on is no time of the story.
	{"", "", "The pamphlet appeared on 4 March 1903 and inspired the strikers of 1926. In October the printer was arrested.", []string{"4 March 1903|DATE|1903-03-04", "1926|DATE|1926", "October|DATE|1903-10"}},
	{"", "", "The fort fell on 2 May 1799. Its walls were measured by the surveyors of 1868. On 9 May the French left the valley.", []string{"2 May 1799|DATE|1799-05-02", "1868|DATE|1868", "9 May|DATE|1799-05-09"}},
	// A death at another's hands years after the story's day looks ahead,
	// with what its sentence adds: the story goes on after it.
	{"", "", "The rebels entered the city on 4 May 1648. Their leader was hanged in 1651 and his head was shown on the bridge for a decade. In June the rebels sacked the abbey.", []string{"4 May 1648|DATE|1648-05-04", "1651|DATE|1651", "a decade|DURATION|P10Y", "June|DATE|1648-06"}},
	// "finally", "eventually", "at last" before a bare month say the wait
	// ended: the first such month after the last date, up to a year on.
	{"", "", "The talks opened in October 1921. The treaty was eventually signed in May.", []string{"October 1921|DATE|1921-10", "May|DATE|1922-05"}},
	{"", "", "Work on the dam stopped in August 1931. The engineers finally returned in April and finished the spillway.", []string{"August 1931|DATE|1931-08", "April|DATE|1932-04"}},
	{"", "", "The siege began in August 1870. The garrison at last surrendered in February.", []string{"August 1870|DATE|1870-08", "February|DATE|1871-02"}},
	{"", "", "The talks opened in October 1921. In May the rebels attacked.", []string{"October 1921|DATE|1921-10", "May|DATE|1921-05"}},
	// A past predicate joined by "and" to a would-clause, with no subject
	// of its own, goes on looking ahead with it.
	{"", "", "The flood struck on 31 July 1897. The mayor would enter parliament in 1905 and became a minister in May 1911. On 2 August the river fell.", []string{"31 July 1897|DATE|1897-07-31", "1905|DATE|1905", "May 1911|DATE|1911-05", "2 August|DATE|1897-08-02"}},
	{"", "", "The port was shelled on 8 March 1915. Its admiral would retire in 1922 and wrote his memoirs in June 1930. On 11 March the fleet withdrew.", []string{"8 March 1915|DATE|1915-03-08", "1922|DATE|1922", "June 1930|DATE|1930-06", "11 March|DATE|1915-03-11"}},
	{"", "", "The town fell on 26 October 1917. Its colonel would command a corps in 1941 and took a post in Rome in October 1944. On 28 October the army retreated.", []string{"26 October 1917|DATE|1917-10-26", "1941|DATE|1941", "October 1944|DATE|1944-10", "28 October|DATE|1917-10-28"}},
	// A relative clause after a comma that denies its verb until a later
	// date tells a fate ahead of the story, which goes on after it.
	{"", "", "The rebels took the bridge on 2 March 1921. They marched on the capital, which did not surrender until June 1922. On 9 March they reached the river.", []string{"2 March 1921|DATE|1921-03-02", "June 1922|DATE|1922-06", "9 March|DATE|1921-03-09"}},
	{"", "", "The fleet sailed on 10 August 1914. It blockaded the harbour, which did not open again until October 1915. On 20 August a cruiser was sunk.", []string{"10 August 1914|DATE|1914-08-10", "October 1915|DATE|1915-10", "20 August|DATE|1914-08-20"}},
	// A sentence passed on someone (convicted, sentenced, imprisoned,
	// jailed) is a fate told ahead of the story, as a death is.
	{"", "", "The mutiny began on 2 June 1917. Its leader was imprisoned in 1925. On 5 June the fleet sailed.", []string{"2 June 1917|DATE|1917-06-02", "1925|DATE|1925", "5 June|DATE|1917-06-05"}},
	{"", "", "The bridge was blown on 3 May 1916. The officer who gave the order was convicted in 1920. Two days later the army crossed.", []string{"3 May 1916|DATE|1916-05-03", "1920|DATE|1920", "Two days later|DATE|1916-05-05"}},
	{"", "", "The port was taken on 11 March 1941. Its governor was later sentenced in 1947 for the massacre. On 14 March the troops moved inland.", []string{"11 March 1941|DATE|1941-03-11", "1947|DATE|1947", "14 March|DATE|1941-03-14"}},
	{"", "", "The council met on 2 March 1793. Its president was beheaded in 1797. In June it voted the levy.", []string{"2 March 1793|DATE|1793-03-02", "1797|DATE|1797", "June|DATE|1793-06"}},
	// So does another end of a career told years ahead.
	{"", "", "The garrison capitulated on 4 July 1863; its commander was exiled and pardoned in 1867. In August the river was opened.", []string{"4 July 1863|DATE|1863-07-04", "1867|DATE|1867", "August|DATE|1863-08"}},
	{"", "", "The colonel was captured on 20 May 1916. He was exchanged, promoted and retired in 1922. On 2 June the regiment was withdrawn.", []string{"20 May 1916|DATE|1916-05-20", "1922|DATE|1922", "2 June|DATE|1916-06-02"}},
	// So when the story's last time is a time of the day.
	{"", "", "The fort fell on 3 May 1810 at dawn. Its commander was disgraced and died in 1820. In the autumn the Swedes attacked.", []string{"3 May 1810|DATE|1810-05-03", "dawn|TIME|1810-05-03TMO", "1820|DATE|1820", "the autumn|DATE|1810-FA"}},
	// A morning or an afternoon told after a clock time of the night of
	// the story's day is the next day's.
	{"", "", "The brigade crossed the river at 22:15 on 4 August 1916. In the morning the bridgehead was shelled.", []string{"22:15|TIME|1916-08-04T22:15", "4 August 1916|DATE|1916-08-04", "the morning|TIME|1916-08-05TMO"}},
	{"", "", "The boats landed at 23:05 on 9 May 1941, and by the afternoon the town had been taken. Two days later the enemy withdrew.", []string{"23:05|TIME|1941-05-09T23:05", "9 May 1941|DATE|1941-05-09", "the afternoon|TIME|1941-05-10TAF", "Two days later|DATE|1941-05-12"}},
	// (not after a clock time of the day, nor an evening after the night's)
	{"", "", "The brigade crossed the river at 10:15 on 4 August 1916. By the afternoon the bridgehead was shelled.", []string{"10:15|TIME|1916-08-04T10:15", "4 August 1916|DATE|1916-08-04", "the afternoon|TIME|1916-08-04TAF"}},
	// A feast of a fixed day before any year is named, in a narrative, is
	// that day of an unknown year, as "on 25 December" is (not dropped);
	// a movable feast is not.
	{"", "", "On Christmas Day the guns fell silent.", []string{"Christmas Day|DATE|XXXX-12-25"}},
	{"", "", "The truce began on Christmas Eve and ended on New Year's Day. Two days later the shelling resumed.", []string{"Christmas Eve|DATE|XXXX-12-24", "New Year's Day|DATE|XXXX-01-01", "Two days later|DATE|XXXX-01-03"}},
	// A year written after the day in the American way, a comma closing
	// it, still opens a range: the story starts at its first day.
	{"", "", "The offensive lasted from December 16, 1944, to January 25, 1945. On December 20 the town was cut off.", []string{"December 16, 1944|DATE|1944-12-16", "January 25, 1945|DATE|1945-01-25", "December 20|DATE|1944-12-20"}},
	{"", "", "The strike ran from Nov. 28, 1919, until Jan. 9, 1920. On Dec. 3 the mines closed.", []string{"Nov. 28, 1919|DATE|1919-11-28", "Jan. 9, 1920|DATE|1920-01-09", "Dec. 3|DATE|1919-12-03"}},
	{"", "", "The talks were held between October 30, 1921, and February 6, 1922. On November 12 the delegates met.", []string{"October 30, 1921|DATE|1921-10-30", "February 6, 1922|DATE|1922-02-06", "November 12|DATE|1921-11-12"}},
	// "The next day" with no date before it to count from is a day the
	// reader cannot tell, spanning "The", as "the following year" is a
	// year (not "next day" XXXX).
	{"", "", "The next day the rebels withdrew.", []string{"The next day|DATE|XXXX-XX-XX"}},
	{"", "", "The following week the court sat again.", []string{"The following week|DATE|XXXX-WXX"}},
	// A stretch "since" a date in a narrative puts the story after it, as
	// an open "from" does: a month that would fall before it is the next
	// year's (not in the past perfect, which looks back).
	{"", "", "The port had been blockaded since October 1812, and in February the first convoy broke through.", []string{"October 1812|DATE|1812-10", "February|DATE|1813-02"}},
	{"", "", "The mills had stood idle since August 1893. In March the marchers set out for Washington.", []string{"August 1893|DATE|1893-08", "March|DATE|1894-03"}},
	{"", "", "The port had been blockaded since October 1812. In February the governor had asked for help.", []string{"October 1812|DATE|1812-10", "February|DATE|1812-02"}},
	// In news the present passive of an event's staging is its
	// timetable, ahead ("is held from 14 to 18 June" written in February).
	{"2023-02-01", "", "The regatta is held from 14 to 18 June.", []string{"14|DATE|2023-06-14", "18 June|DATE|2023-06-18"}},
	{"2023-02-01", "", "The final is played on 2 July at Wembley.", []string{"2 July|DATE|2023-07-02"}},
	{"2023-02-01", "", "The final was played on 2 July at Wembley.", []string{"2 July|DATE|2022-07-02"}},
	// So is a movable feast, of an unknown month and day too (not its
	// weekday alone).
	{"", "", "On Easter Monday the rebels seized the post office.", []string{"Easter Monday|DATE|XXXX-XX-XX"}},
	{"", "", "On Good Friday the talks ended.", []string{"Good Friday|DATE|XXXX-XX-XX"}},
	// In news "could" or "might" before a verb, in what someone said,
	// tells of what may come (not a past ability, "could not", nor a past
	// possibility, "could have").
	{"2021-01-12", "", "The minister said talks could resume on Monday.", []string{"Monday|DATE|2021-01-18"}},
	{"2021-01-12", "", "Talks might resume on Monday, the minister said.", []string{"Monday|DATE|2021-01-18"}},
	{"2021-01-12", "", "The minister said the team could not play on Monday.", []string{"Monday|DATE|2021-01-11"}},
	{"2021-01-12", "", "He said he could have left on Monday.", []string{"Monday|DATE|2021-01-11"}},
	// A day the lead names without a year takes the year of the same day
	// told later with one: the lead sums up what the body tells.
	{"", "", "The siege of the port lasted from 2 May to 19 July.\n\nThe war had begun in August 1870. On 2 May 1871 the guns opened fire, and the town fell on 19 July 1871.", []string{"2 May|DATE|1871-05-02", "19 July|DATE|1871-07-19", "August 1870|DATE|1870-08", "2 May 1871|DATE|1871-05-02", "19 July 1871|DATE|1871-07-19"}},
	{"", "", "The landing came on 6 March and the last fort was taken on 11 April.\n\nThe expedition sailed in the winter of 1808. It reached the coast on 6 March, and on 11 April the flag was raised.", []string{"6 March|DATE|1809-03-06", "11 April|DATE|1809-04-11", "the winter of 1808|DATE|1808-WI", "6 March|DATE|1809-03-06", "11 April|DATE|1809-04-11"}},
	// (not from a day of another month, nor in news, where the DCT gives it)
	{"", "", "The siege of the port lasted from 2 May to 19 July.\n\nOn 3 May 1871 the guns opened fire.", []string{"2 May|DATE|XXXX-05-02", "19 July|DATE|XXXX-07-19", "3 May 1871|DATE|1871-05-03"}},
	// A year dated by someone's death after it (", four years before his
	// death") is a later life told ahead: the story goes on from its day.
	{"", "", "The redoubt was stormed on 8 September 1855. Its captor was made a marshal in 1860, four years before his death. A year later the fleet sailed home.", []string{"8 September 1855|DATE|1855-09-08", "1860|DATE|1860", "four years|DURATION|P4Y", "A year later|DATE|1856"}},
	{"", "", "The bridge was blown on 2 June 1916. The engineer became a peer in 1925, a year before her death. In July the line moved.", []string{"2 June 1916|DATE|1916-06-02", "1925|DATE|1925", "a year|DURATION|P1Y", "July|DATE|1916-07"}},
	// (a year less than two after the story's is the story's own)
	{"", "", "The redoubt was stormed on 8 September 1855. The general left in 1856, a month before his death. A year later the fleet sailed home.", []string{"8 September 1855|DATE|1855-09-08", "1856|DATE|1856", "a month|DURATION|P1M", "A year later|DATE|1857"}},
	{"", "", "The assault began on 9 June 1857. It was over by noon; its leader was captured later and hanged in 1859. The following evening the rebels withdrew.", []string{"9 June 1857|DATE|1857-06-09", "noon|TIME|1857-06-09T12:00", "1859|DATE|1859", "The following evening|DATE|1857-06-10"}},
	// A later year in a participle phrase on the subject of "would" is
	// part of the look ahead: the story goes on after the sentence.
	{"", "", "The first siege began on 3 May 1529. The sultan's grandson, born in 1560, would take the fortress. The sultan withdrew on 14 October.", []string{"3 May 1529|DATE|1529-05-03", "1560|DATE|1560", "14 October|DATE|1529-10-14"}},
	// A bare year a century or more after the story's day jumps to a later
	// age for its sentence; the story's bare days after it keep their
	// year.
	{"", "", "The king fell at the ford on 11 September 1297. His sword was dug up near the river in 1898 and put on show two years later. His brother was crowned on 2 November.", []string{"11 September 1297|DATE|1297-09-11", "1898|DATE|1898", "two years later|DATE|1900", "2 November|DATE|1297-11-02"}},
	// So does a later year in a sentence that reaches to the writer's
	// present ("is still sung today").
	{"", "", "The rebels won at the bridge on 11 June 1798. The general was disgraced, although a court cleared him in 1799, and the ballad about him is still sung today. The rebels took the town on 20 June.", []string{"11 June 1798|DATE|1798-06-11", "1799|DATE|1799", "today|DATE|PRESENT_REF", "20 June|DATE|1798-06-20"}},
	// The present tense of what still stands, or "to this day", reaches to
	// the writer's present as "today" does.
	{"", "", "The siege began on 3 March 1811. The town walls still stand and were restored in 1898. By April the garrison was starving.", []string{"3 March 1811|DATE|1811-03-03", "1898|DATE|1898", "April|DATE|1811-04"}},
	{"", "", "The chapel was consecrated on 12 June 1848. Its bell, recast in 1910, still hangs in the north tower. In July the bishop left for Rome.", []string{"12 June 1848|DATE|1848-06-12", "1910|DATE|1910", "July|DATE|1848-07"}},
	{"", "", "The treaty was signed on 9 May 1860. The border it drew was redrawn in 1920 and is disputed to this day. In June the envoys went home.", []string{"9 May 1860|DATE|1860-05-09", "1920|DATE|1920", "this day|DATE|PRESENT_REF", "June|DATE|1860-06"}},
	// An earlier year in an apposition that closes its sentence is
	// background to the person or thing named: the story's month goes on
	// after it.
	{"", "", "By late May 1644 the royal army stood before York. Its horse was led by Prince Rupert, a young prince born in 1619 who had first seen action at Breda in 1637. On the 2nd he crossed the moor.", []string{"late May 1644|DATE|1644-05|END", "1619|DATE|1619", "1637|DATE|1637", "the 2nd|DATE|1644-05-02"}},
	// So is one in an apposition whose participle has a name for its
	// subject ("a post Paul Kruger founded in 1854").
	{"", "", "The army took the town in March 1900, a post Paul Kruger founded in 1854. In May the army marched north.", []string{"March 1900|DATE|1900-03", "1854|DATE|1854", "May|DATE|1900-05"}},
	{"", "", "On 24 June 1812 the army crossed the Niemen. Its vanguard was led by Davout, a marshal born in 1770 who had won at Auerstedt in 1806. Four days later it reached Vilna.", []string{"24 June 1812|DATE|1812-06-24", "1770|DATE|1770", "1806|DATE|1806", "Four days later|DATE|1812-06-28"}},
	// A later year in brackets inside a sentence, followed there by the
	// future in the past, looks ahead; the story goes on after the
	// bracket in its own year.
	{"", "", "The first siege of the city began on 3 May 1529 (a second, in 1683, would end at the gates). The sultan withdrew on 14 October.", []string{"3 May 1529|DATE|1529-05-03", "1683|DATE|1683", "14 October|DATE|1529-10-14"}},
	{"", "", "The crown passed to his son in June 1422 (who, in 1461, was to lose it to his cousin), and in October the old queen died.", []string{"June 1422|DATE|1422-06", "1461|DATE|1461", "October|DATE|1422-10"}},
	{"", "", "The first siege of the town began on 3 May 1529 (the second, in 1683, ended at its gates). The sultan withdrew on 14 October.", []string{"3 May 1529|DATE|1529-05-03", "1683|DATE|1683", "14 October|DATE|1529-10-14"}},
	// A stretch "until" a later year in a relative clause closed by a
	// comma looks ahead of the story only up to that comma; so does one
	// whose end is an event dated by "in" ("until the court struck it
	// down in 1921").
	{"", "", "The duty was imposed in March 1765, a tax that stayed in force until 1801, and the colonies rose against it the following year.", []string{"March 1765|DATE|1765-03", "1801|DATE|1801", "the following year|DATE|1766"}},
	{"", "", "The charter was granted on 2 May 1670, which remained valid until parliament revoked it in 1870, and the first ships sailed in June.", []string{"2 May 1670|DATE|1670-05-02", "1870|DATE|1870", "June|DATE|1670-06"}},
	// In January and February "that winter" is the winter going on, named
	// by the year of the December it began in.
	{"", "", "The garrison surrendered on 12 January 1813. That winter the army rested at Vilna.", []string{"12 January 1813|DATE|1813-01-12", "That winter|DATE|1812-WI"}},
	{"", "", "The fleet sailed in February 1588, and through the rest of that winter it waited at Lisbon.", []string{"February 1588|DATE|1588-02", "the rest of that winter|DATE|1587-WI|END"}},
	{"", "", "The fleet sailed in November 1588, and that winter it waited at Lisbon.", []string{"November 1588|DATE|1588-11", "that winter|DATE|1588-WI"}},
	// A clause of time or cause after a bare day takes the past perfect
	// of what came first; the day's own clause, in the simple past, goes
	// on into the next year after a December.
	{"", "", "The old king died on 14 November 1612. His nephew took the city on 9 January, after its garrison had mutinied.", []string{"14 November 1612|DATE|1612-11-14", "9 January|DATE|1613-01-09"}},
	{"", "", "The siege began on 20 December 1703. The fort fell on 3 February because its wells had run dry.", []string{"20 December 1703|DATE|1703-12-20", "3 February|DATE|1704-02-03"}},
	{"", "", "The relief column left on 18 December 1643. It reached the town on 25 January, when the garrison had already surrendered.", []string{"18 December 1643|DATE|1643-12-18", "25 January|DATE|1644-01-25"}},
	{"", "", "The relief column left on 18 December 1643. It reached the town on 25 January, by which time the garrison had surrendered.", []string{"18 December 1643|DATE|1643-12-18", "25 January|DATE|1644-01-25"}},
	// A bare month after "Earl of", "Duke of", "the earldom of" names the
	// title's land, no month.
	{"", "", "Roger Mortimer, Earl of March, seized power in 1327.", []string{"1327|DATE|1327"}},
	{"", "", "The earldom of March passed to his grandson in 1381, and he died in March.", []string{"1381|DATE|1381", "March|DATE|1381-03"}},
	// "N years later" in apposition to a year in brackets restates it, as
	// after a bare year: "in 1799, nearly two centuries later".
	{"", "", "Smith began the survey in 1793 but did not publish his map until A Delineation of the Strata (1815), some twenty years later.", []string{"1793|DATE|1793", "1815|DATE|1815", "some twenty years later|DATE|1815|APPROX"}},
	// But a writer cited with his year in a clause in the present tense is
	// no time of the story.
	{"", "", "The treaty was signed on 10 February 1763. Under its terms, which historians such as Fred Anderson (2000) regard as a turning point, France ceded Canada. The following year Parliament passed the Sugar Act.", []string{"10 February 1763|DATE|1763-02-10", "2000|DATE|2000", "The following year|DATE|1764"}},
	{"", "", "The fortress fell in March 1453. Its garrison, Runciman (1965) argues, numbered fewer than eight thousand. In May the last assault began.", []string{"March 1453|DATE|1453-03", "1965|DATE|1965", "May|DATE|1453-05"}},
	// "the course of the year (month, decade)": the one the story is in.
	{"", "", "The famine began in the autumn of 1845, and over the course of the year the price of meal doubled.", []string{"the autumn of 1845|DATE|1845-FA", "the year|DATE|1845"}},
	{"", "", "The bank suspended payments on 14 May 1837; in the course of the month 600 firms failed.", []string{"14 May 1837|DATE|1837-05-14", "the month|DATE|1837-05"}},
	// "the course of the summer", "the height of the summer": the season
	// meant, the phrase around it outside.
	{"", "", "The canal was drained in May 1822, and over the course of the summer its banks were rebuilt.", []string{"May 1822|DATE|1822-05", "the summer|DATE|1822-SU"}},
	{"", "", "The first cases appeared in 1832. At the height of the summer the hospitals turned patients away.", []string{"1832|DATE|1832", "the summer|DATE|1832-SU"}},
	// A look back narrowed at once by a month or day in apposition dates
	// that month or day; the story goes on after the sentence.
	{"", "", "The new wing opened in April 1907. Two years earlier, in October, a fire had gutted the old one. In May the first patients arrived.", []string{"April 1907|DATE|1907-04", "Two years earlier|DATE|1905", "October|DATE|1905-10", "May|DATE|1907-05"}},
	{"", "", "The treaty was ratified in 1783. The previous year, on 30 November, the envoys had signed the preliminary articles.", []string{"1783|DATE|1783", "The previous year|DATE|1782", "30 November|DATE|1782-11-30"}},
	// A price or a measure per unit of time is no expression, whatever
	// the unit of money or measure: "a dollar a day", "threepence an hour".
	{"", "", "By 1850 a carpenter in San Francisco could earn a dollar an hour, and a cook threepence a meal more than in Boston.", []string{"1850|DATE|1850"}},
	{"", "", "The pumps lifted a ton of water a minute, and the mill ground a bushel of wheat a day.", []string{}},
	// "on the Wednesday" after a day written with its weekday counts from
	// that weekday, in the calendar the story is dated in (Old Style).
	{"", "", "The riots began on Friday, 2 June 1780. The troops were called out on the Wednesday.", []string{"Friday, 2 June 1780|DATE|1780-06-02", "Wednesday|DATE|1780-06-07"}},
	{"", "", "The siege began on Thursday, 3 March 1642. The garrison surrendered on the Sunday.", []string{"Thursday, 3 March 1642|DATE|1642-03-03", "Sunday|DATE|1642-03-06"}},
	// "between the spring and the autumn" bounds a change by two seasons,
	// as "from the spring to the summer".
	{"", "", "The mill reopened in 1784, and its workforce trebled between the spring and the winter.", []string{"1784|DATE|1784", "the spring|DATE|1784-SP", "the winter|DATE|1784-WI"}},
	// "By the morning of the 21st" opening its sentence, before the
	// subject's name, is the day, as "On the 21st Kennedy ...".
	{"", "", "The relief train left the capital on 12 March 1921. By the evening of the 13th Kronborg was in sight.", []string{"12 March 1921|DATE|1921-03-12", "the 13th|DATE|1921-03-13"}},
	{"", "", "The ice began to move on 2 April 1862, and in the early hours of the 4th Captain Reed cut the ship free.", []string{"2 April 1862|DATE|1862-04-02", "the 4th|DATE|1862-04-04"}},
	// A count that cannot be a year after "the autumn" opens the subject:
	// the season is an expression, as before "thousands of".
	{"", "", "The typhus camp opened in June 1847, and by the autumn 1,200 patients lay in its sheds.", []string{"June 1847|DATE|1847-06", "the autumn|DATE|1847-FA"}},
	{"", "", "The college was founded in 1824. Over the summer 40 students enrolled.", []string{"1824|DATE|1824", "the summer|DATE|1824-SU"}},
	// A later death in a relative clause set off by commas inside the
	// sentence looks ahead only there: the story goes on in its year.
	{"", "", "The mine was sunk in August 1868. Its owner, Samuel Pryce, who died in 1891, kept the shafts open through the slump. In October the first coal came up.", []string{"August 1868|DATE|1868-08", "1891|DATE|1891", "October|DATE|1868-10"}},
	{"", "", "The hall was built in 1702. Its architect, whose death in 1726 left the wings unfinished, chose a plain brick front. The following summer the roof went on.", []string{"1702|DATE|1702", "1726|DATE|1726", "The following summer|DATE|1703-SU"}},
	// "the decade (century) that followed" is the next one after the last
	// date, as "the following decade" and "the year that followed".
	{"", "", "The port was dredged in 1874. In the decade that followed, its trade tripled.", []string{"1874|DATE|1874", "the decade|DATE|188"}},
	{"", "", "The abbey was dissolved in 1539, and in the century that followed its stones were carted away.", []string{"1539|DATE|1539", "the century|DATE|16"}},
	// "that spring", "that summer" after a winter (named by the year it
	// begins) are the next year's: the seasons that follow it.
	{"", "", "The garrison was cut off by snow in the winter of 1693-94. That spring a relief column came up the river.", []string{"the winter of 1693-94|DATE|1693-WI", "That spring|DATE|1694-SP"}},
	{"", "", "The survey party wintered at the fort through the winter of 1820, and that summer it mapped the upper lakes.", []string{"the winter of 1820|DATE|1820-WI", "that summer|DATE|1821-SU"}},
	// The year a record stood until ("the largest ... until 1911") is no
	// time of the story, which goes on after the sentence.
	{"", "", "The fire broke out on 8 October 1871. Some 300 people died, the deadliest urban fire in the country until 1906. The mayor declared martial law on 11 October.", []string{"8 October 1871|DATE|1871-10-08", "1906|DATE|1906", "11 October|DATE|1871-10-11"}},
	{"", "", "The fair opened in May 1893 and drew 27 million visitors, the largest attendance of any exhibition until 1900. It closed on 30 October.", []string{"May 1893|DATE|1893-05", "1900|DATE|1900", "30 October|DATE|1893-10-30"}},
	// "the year after", "the day after" at a clause's end, with nothing
	// for "after" to govern, count on from the date just named, as "the
	// following year"; before a noun they are counted from an event.
	{"", "", "The college admitted its first students in 1749 and its first women the year after.", []string{"1749|DATE|1749", "the year after|DATE|1750"}},
	{"", "", "The barque left Hobart on 9 March 1841 and was sighted off the cape the day after, but never reached port.", []string{"9 March 1841|DATE|1841-03-09", "the day after|DATE|1841-03-10"}},
	{"", "", "The bank failed in 1873; the day after the failure, crowds gathered at its doors.", []string{"1873|DATE|1873"}},
	// A year before a noun, earlier than the story and inside its
	// sentence, names a thing: the story goes on in its own year.
	{"", "", "The second lock was finished in the spring of 1831, and the 1829 dam was raised that October.", []string{"the spring of 1831|DATE|1831-SP", "1829|DATE|1829", "that October|DATE|1831-10"}},
	{"", "", "The new charter was granted in 1702. The town council kept the 1688 seal, and in March it met in the old hall.", []string{"1702|DATE|1702", "1688|DATE|1688", "March|DATE|1702-03"}},
	// Months in a clause of what came every winter (spring, summer,
	// autumn), or "in most years", are any year's, as after "each year".
	{"", "", "The lighthouse was lit in 1791. Every winter its keepers were cut off from November to March. The lamp was replaced in May 1802.", []string{"1791|DATE|1791", "Every winter|SET|XXXX-WI", "November|DATE|XXXX-11", "March|DATE|XXXX-03", "May 1802|DATE|1802-05"}},
	{"", "", "The road was finished in 1934, though in most years it was blocked by snow until June.", []string{"1934|DATE|1934", "June|DATE|XXXX-06"}},
	// "seven days a week" alone is how often, every day of the week, a SET
	// as "six days a week"; joined to "24 hours a day" it is the idiom for
	// "all the time", no recurrence.
	{"", "", "From 1911 the ferry crossed the sound seven days a week.", []string{"1911|DATE|1911", "seven days a week|SET|P1W"}},
	{"", "", "The presses ran seven days a week, 24 hours a day, until the paper closed in 1967.", []string{"1967|DATE|1967"}},
	// "N months of the year" with no determiner is a share of any year:
	// "the year" names none, though it ends the phrase.
	{"", "", "By 1903 the pass was closed by snow for seven months of the year, and the mail came by dog sled.", []string{"1903|DATE|1903", "seven months|DURATION|P7M"}},
	{"", "", "The mission was founded in 1769. Its fields lay under water for three months of the year.", []string{"1769|DATE|1769", "three months|DURATION|P3M"}},
	{"", "", "The mill opened in 1921. Its exports fell in the first seven months of the year.", []string{"1921|DATE|1921", "the first seven months|DURATION|P7M", "the year|DATE|1921"}},
	// A later year in brackets with a verb of its own, after the story's
	// day, is a remark ahead: the story goes on from its day.
	{"", "", "The town was evacuated on 23 October 1962 (its monastery was rebuilt in 1997). That night the last troops left.", []string{"23 October 1962|DATE|1962-10-23", "1997|DATE|1997", "That night|TIME|1962-10-23TNI"}},
	{"", "", "The bridge was blown on 4 May 1945 (it was rebuilt in 1951). The next day the town surrendered.", []string{"4 May 1945|DATE|1945-05-04", "1951|DATE|1951", "The next day|DATE|1945-05-05"}},
	// A bare month that would fall before the span of months the lead gives
	// the story, in the last date's year, and inside it the year after, is
	// the span's: the body has come from its background to the story.
	{"", "", "The siege lasted from September 1870 to January 1871.\n\nThe city had last been besieged in 1815. On 19 September the Prussians closed the ring, and in late December the shelling began. On 5 January the forts were hit.", []string{"September 1870|DATE|1870-09", "January 1871|DATE|1871-01", "1815|DATE|1815", "19 September|DATE|1870-09-19", "late December|DATE|1870-12|END", "5 January|DATE|1871-01-05"}},
	{"", "", "The war was fought from October 1935 to May 1936.\n\nA clash at the wells on 5 December 1934 gave Rome its pretext. At dawn on 3 October the columns crossed the river.", []string{"October 1935|DATE|1935-10", "May 1936|DATE|1936-05", "5 December 1934|DATE|1934-12-05", "dawn|TIME|1935-10-03TMO", "3 October|DATE|1935-10-03"}},
	// (a prelude told forward in the year before the span stays in it)
	{"", "", "The war was fought from October 1853 to February 1856.\n\nIn February 1853 the envoy reached the city. He left on 21 May.", []string{"October 1853|DATE|1853-10", "February 1856|DATE|1856-02", "February 1853|DATE|1853-02", "21 May|DATE|1853-05-21"}},
	// The month a range in the lead began with, named again in the body,
	// is where the body starts telling it, in the range's first year.
	{"", "", "The blockade lasted from June 1948 to May 1949.\n\nThe first aircraft landed on 26 June.", []string{"June 1948|DATE|1948-06", "May 1949|DATE|1949-05", "26 June|DATE|1948-06-26"}},
	{"", "", "He served from June 2019 to May 2020. In June he became governor.", []string{"June 2019|DATE|2019-06", "May 2020|DATE|2020-05", "June|DATE|2020-06"}},
	// A later year in a relative clause on the subject, set off by commas
	// and in the simple past, tells the subject's fate ahead: the main verb
	// after it carries the story on from its day.
	{"", "", "The ceasefire took effect on 21 November 1962. The general, who died in 1972, resigned the following week.", []string{"21 November 1962|DATE|1962-11-21", "1972|DATE|1972", "the following week|DATE|1962-W48"}},
	{"", "", "The hill was taken on 4 July 1999. The captain, who was awarded the medal in 2000, died three days later. On the 11th the withdrawal began.", []string{"4 July 1999|DATE|1999-07-04", "2000|DATE|2000", "three days later|DATE|1999-07-07", "the 11th|DATE|1999-07-11"}},
	// Whatever it tells, a relative clause set off by commas whose year
	// lies a decade or more after the story's month or day is a remark
	// ahead of it: the main clause after it, and the story, stay where they
	// were. (A year close ahead may be the story moving: "The minister, who
	// took office in January 1882, received him. In June" is 1882's.)
	{"", "", "Fighting resumed on 8 June 1920. Colonel Brandt, who wrote a memoir of the campaign in 1951, led the first assault. The next day the line broke.", []string{"8 June 1920|DATE|1920-06-08", "1951|DATE|1951", "The next day|DATE|1920-06-09"}},
	{"", "", "The expedition sailed on 9 August 1845. The ship's doctor, whose letters were found in 1931, kept a diary. In September the ice closed in.", []string{"9 August 1845|DATE|1845-08-09", "1931|DATE|1931", "September|DATE|1845-09"}},
	{"", "", "The envoy arrived on 2 May 1881. The minister, who took office in January 1882, received him. In June the talks failed.", []string{"2 May 1881|DATE|1881-05-02", "January 1882|DATE|1882-01", "June|DATE|1882-06"}},
	// (an event the story moves to is no fate: it goes on from its date)
	{"", "", "France joined in February 1856. The rebellion, which broke out in May 1857, delayed the fleet. The envoy reached the coast in July.", []string{"February 1856|DATE|1856-02", "May 1857|DATE|1857-05", "July|DATE|1857-07"}},
	// An earlier war named with its years, or a range of years compared
	// with, is no time of the story, its second year no more than its first.
	{"", "", "The war ended on 21 November 1962. The toll was a fraction of that of the Korean War of 1950–53. In December the inquiry began.", []string{"21 November 1962|DATE|1962-11-21", "1950|DATE|1950", "53|DATE|1953", "December|DATE|1962-12"}},
	{"", "", "The offensive began in March 1918. It was compared with the retreat of 1914–15. In April the line broke.", []string{"March 1918|DATE|1918-03", "1914|DATE|1914", "15|DATE|1915", "April|DATE|1918-04"}},
	// A relative clause that gives a stretch whole, its start and its end,
	// sums up its noun: the story goes on from the start.
	{"", "", "The landing was part of a campaign that opened in April 1915 and closed in January 1916. In August a new landing was made at Suvla.", []string{"April 1915|DATE|1915-04", "January 1916|DATE|1916-01", "August|DATE|1915-08"}},
	{"", "", "The dispute led to a lockout, which began on 30 April 1926 and ended in February 1927. The general council gave in on 12 May.", []string{"30 April 1926|DATE|1926-04-30", "February 1927|DATE|1927-02", "12 May|DATE|1926-05-12"}},
	// An earlier year that dates a law or a treaty ("the Act of 1920") names
	// the document, not a time the story goes back to.
	{"", "", "In May 1921 the rebels burned the Custom House. The parliament created by the Act of 1920 met. In June the king came.", []string{"May 1921|DATE|1921-05", "1920|DATE|1920", "June|DATE|1921-06"}},
	{"", "", "The strike began on 3 March 1912. Its leaders cited the Constitution of 1909 and were arrested, and in April the mills reopened.", []string{"3 March 1912|DATE|1912-03-03", "1909|DATE|1909", "April|DATE|1912-04"}},
	// So is a line or a border drawn in an earlier year.
	{"", "", "In March 1962 the army moved forward. China rejected the McMahon Line of 1914 and in October it attacked.", []string{"March 1962|DATE|1962-03", "1914|DATE|1914", "October|DATE|1962-10"}},
	{"", "", "In March 1962 the army moved forward. China rejected the McMahon Line of 1914. In October it attacked.", []string{"March 1962|DATE|1962-03", "1914|DATE|1914", "October|DATE|1962-10"}},
	// (within its own clause the year stays the document's time)
	{"", "", "The republic was proclaimed in March 1921. The Treaty of 1920 was signed in August.", []string{"March 1921|DATE|1921-03", "1920|DATE|1920", "August|DATE|1920-08"}},
	// "the day after" closing a clause is the day after the one just
	// named, as "the next day"; "the day before" after a year named in
	// passing counts from the day the paragraph tells of.
	{"", "", "The navy shelled the port on 12 August 1914; it sank a cruiser the next day and a gunboat the day after.", []string{"12 August 1914|DATE|1914-08-12", "the next day|DATE|1914-08-13", "the day after|DATE|1914-08-14"}},
	{"", "", "On 25 May 1921 the rebels burned the Custom House. Elections under the Act of 1920 had been held the day before.", []string{"25 May 1921|DATE|1921-05-25", "1920|DATE|1920", "the day before|DATE|1921-05-24"}},
	// A clock time or a part of the day right before "N days later" is
	// that day's, as before "the next day".
	{"", "", "The armistice was signed on 4 June 1920 and took effect at noon two days later.", []string{"4 June 1920|DATE|1920-06-04", "noon|TIME|1920-06-06T12:00", "two days later|DATE|1920-06-06"}},
	{"", "", "The rebels crossed the river on 3 May 1848. They attacked at dawn three days later.", []string{"3 May 1848|DATE|1848-05-03", "dawn|TIME|1848-05-06TMO", "three days later|DATE|1848-05-06"}},
	// A count reached "by" a later date tells ahead how something grew:
	// the story goes on from its own month after the sentence.
	{"", "", "The relief began in June 1921. The first kitchens opened in August; there were 3,000 of them by the following spring. In October the rains came.", []string{"June 1921|DATE|1921-06", "August|DATE|1921-08", "the following spring|DATE|1922-SP", "October|DATE|1921-10"}},
	{"", "", "The airlift began in 1948. The first planes landed in July; there were 200 of them by the following May. The city had suffered by the end of the year.", []string{"1948|DATE|1948", "July|DATE|1948-07", "the following May|DATE|1949-05", "the end of the year|DATE|1948|END"}},
	// Every year of a list after "than in" is compared with, as the first
	// is: the story keeps its own year.
	{"", "", "The famine struck in 1847. More people emigrated in that year than in 1845 or 1846. In May the first ships sailed.", []string{"1847|DATE|1847", "that year|DATE|1847", "1845|DATE|1845", "1846|DATE|1846", "May|DATE|1847-05"}},
	{"", "", "The revolt spread in 1831. More villages burned in the spring of 1831 than in 1829 and 1830 together, and in June the army was sent in.", []string{"1831|DATE|1831", "the spring of 1831|DATE|1831-SP", "1829|DATE|1829", "1830|DATE|1830", "June|DATE|1831-06"}},
	// A prisoner "held until" a date months ahead is his fate told ahead:
	// the story goes on from its day after the sentence.
	{"", "", "The war began on 20 October 1962. The colonel was captured two days later and held until May 1963. On the 23rd the town was evacuated.", []string{"20 October 1962|DATE|1962-10-20", "two days later|DATE|1962-10-22", "May 1963|DATE|1963-05", "the 23rd|DATE|1962-10-23"}},
	{"", "", "The fort fell on 2 March 1871. Its general was taken prisoner and held until April 1872. On 5 March the army marched home.", []string{"2 March 1871|DATE|1871-03-02", "April 1872|DATE|1872-04", "5 March|DATE|1871-03-05"}},
	// (not in a story told by months, which may go on with the prisoner)
	{"", "", "The colonel was captured in May 1940 and held until June 1945. In July he returned home.", []string{"May 1940|DATE|1940-05", "June 1945|DATE|1945-06", "July|DATE|1945-07"}},
	// A stretch opened by "From" with no end puts the story in it: a bare
	// month after it that would fall before it began is the next year's.
	{"", "", "From late 1946 the government pursued a harder line. In June a new army was raised, and on 4 July it attacked.", []string{"late 1946|DATE|1946|END", "June|DATE|1947-06", "4 July|DATE|1947-07-04"}},
	{"", "", "From October 1923 the mark was replaced by a new currency. In May the last of the old notes were burned.", []string{"October 1923|DATE|1923-10", "May|DATE|1924-05"}},
	{"", "", "From October 1923 to 1925 the mark was replaced by a new currency. In May the last of the old notes were burned.", []string{"October 1923|DATE|1923-10", "1925|DATE|1925", "May|DATE|1925-05"}},
	// A month of a season's year before the season began, named in the
	// past perfect, looks back from the season: the story goes on from
	// the season after it.
	{"", "", "During the winter of 1998–99 the soldiers crossed the line. It was planned by the general, who had become chief in October 1998. On 3 May shepherds reported armed men.", []string{"the winter of 1998–99|DATE|1998-WI", "October 1998|DATE|1998-10", "3 May|DATE|1999-05-03"}},
	{"", "", "In the winter of 1905–06 the strikes spread. The minister, who had resigned in September 1905, fled abroad. On 9 March the army fired on the crowd.", []string{"the winter of 1905–06|DATE|1905-WI", "September 1905|DATE|1905-09", "9 March|DATE|1906-03-09"}},
	// A flashback in the past perfect that goes on after ", and" in the
	// simple past with a later day or month has caught up with the story's
	// background: what follows goes on from there.
	{"", "", "The republic fell in 1939.\nThe old king had abdicated in April 1931, and elections on 28 June returned a left majority. The new constitution was passed in December.", []string{"1939|DATE|1939", "April 1931|DATE|1931-04", "28 June|DATE|1931-06-28", "December|DATE|1931-12"}},
	{"", "", "The strike of 1926 ended in defeat.\nThe miners had rejected the wage cut in March 1925, and in July the government granted a subsidy. The commission began its work in October.", []string{"1926|DATE|1926", "March 1925|DATE|1925-03", "July|DATE|1925-07", "October|DATE|1925-10"}},
	{"", "", "The monarchy was restored in 1850.\nThe regent had fled in May 1848, and a rising of workers and students in the capital on 3 June toppled his ministers. The assembly met in September.", []string{"1850|DATE|1850", "May 1848|DATE|1848-05", "3 June|DATE|1848-06-03", "September|DATE|1848-09"}},
	// A capital "Future" after a lower-case "the" and a capitalized word
	// with "and" or "of" is a title or a name, no time.
	{"", "", "In 1962 he wrote Britain and the Future, a short book on Europe.", []string{"1962|DATE|1962"}},
	{"", "", "She founded the League of the Future in 1931.", []string{"1931|DATE|1931"}},
	{"", "", "He feared for Britain and the future of its empire in 1962.", []string{"1962|DATE|1962"}},
	// The year a historian's book or study came out ("whose study
	// appeared in 1991", "his history, published in 1962,") is the
	// writer's, as in "wrote in 1991": the story's days after it keep
	// the story's year.
	{"", "", "The strike began on 3 May 1926. The historian Alan Bullock, whose biography of Bevin appeared in 1960, thought the leaders lost their nerve. On 12 May the strike was called off.", []string{"3 May 1926|DATE|1926-05-03", "1960|DATE|1960", "12 May|DATE|1926-05-12"}},
	{"", "", "The rebels took the fort in June 1857. Kaye, in a history published in 1864, blamed the cartridges. In September the city fell.", []string{"June 1857|DATE|1857-06", "1864|DATE|1864", "September|DATE|1857-09"}},
	// A clause of "until" or "before" under "would" takes the past tense
	// but still looks ahead: the story goes on from its own year after it.
	{"", "", "The law came into force on 4 May 1911. It banned night work, a rule that would stand until the courts struck it down in 1932, and it set a ten-hour day. On 2 June the first fines were imposed.", []string{"4 May 1911|DATE|1911-05-04", "1932|DATE|1932", "ten-hour|DURATION|PT10H", "2 June|DATE|1911-06-02"}},
	{"", "", "The bank opened in March 1887 with a charter that would last until parliament revoked it in 1921. In October it issued its first notes.", []string{"March 1887|DATE|1887-03", "1921|DATE|1921", "October|DATE|1887-10"}},
	// "later in the decade", "later in the century" after a decade or
	// century is that decade's or century's later part, as after a year.
	{"", "", "Trade grew in the 1780s, and later in the decade it declined.", []string{"the 1780s|DATE|178", "later in the decade|DATE|178|END"}},
	{"", "", "Trade grew in the 14th century. Later in the century it declined.", []string{"the 14th century|DATE|13", "Later in the century|DATE|13|END"}},
	{"", "", "Trade grew in the 1780s. Later in the century it declined.", []string{"the 1780s|DATE|178", "Later in the century|DATE|17|END"}},
	// "the 4th and 3rd millennia BC": two DATEs, the first taking the
	// unit and era of the second, as "the 16th and 17th centuries".
	{"", "", "The temples were built in the 4th and 3rd millennia BC.", []string{"the 4th|DATE|BC3", "3rd millennia BC|DATE|BC2"}},
	{"", "", "The mounds date from the first and second millennia AD.", []string{"the first|DATE|0", "second millennia AD|DATE|1"}},
	// An ordinal after "by", "from", "until" that ends its phrase right
	// after a century was the last date named is a century with the word
	// left out; after a day it stays a day of the month.
	{"", "", "The abbey was rich in the 12th century, but by the 14th, its lands had been sold.", []string{"the 12th century|DATE|11", "the 14th|DATE|13"}},
	{"", "", "The town was founded in the 11th century and grew from the 13th.", []string{"the 11th century|DATE|10", "the 13th|DATE|12"}},
	{"", "", "The castle was built in the 12th century. On 4 May 1502 the siege began, and by the 10th the walls were breached.", []string{"the 12th century|DATE|11", "4 May 1502|DATE|1502-05-04", "the 10th|DATE|1502-05-10"}},
	// "each year" in a relative clause set off by a comma after a day
	// keeps the day's anniversary: the day itself is the one of the year
	// in view, not any year's.
	{"", "", "The charter was sealed in 1291; it is dated 1 August, which the Swiss mark each year as their national day.", []string{"1291|DATE|1291", "1 August|DATE|1291-08-01", "each year|SET|P1Y"}},
	{"", "", "The first issue came out in 1879. It was printed on 9 May, which the staff still celebrates every year with a dinner.", []string{"1879|DATE|1879", "9 May|DATE|1879-05-09", "every year|SET|P1Y"}},
	// "April Fool's Day", "April Fools' Day" is 1 April of the year meant,
	// one DATE, not the month.
	{"", "", "The paper ran its famous spaghetti hoax on April Fool's Day 1957.", []string{"April Fool's Day 1957|DATE|1957-04-01"}},
	{"", "", "The treaty was signed in March 1822, and the new tariff took effect on April Fools' Day.", []string{"March 1822|DATE|1822-03", "April Fools' Day|DATE|1822-04-01"}},
	// The end of a range named only as "the end of the century", "the
	// middle of the decade" is in the century or decade of the range's
	// start, not of a date named before; "the turn of the century" at a
	// range's end is the first turn after its start.
	{"", "", "The abbey was founded in 1121. Monks farmed the valley from the 1380s to the end of the century.", []string{"1121|DATE|1121", "the 1380s|DATE|138", "the end of the century|DATE|13|END"}},
	{"", "", "The port opened in 1802. Its trade grew from 1871 to the middle of the decade.", []string{"1802|DATE|1802", "1871|DATE|1871", "the middle of the decade|DATE|187|MID"}},
	{"", "", "The port opened in 1802. Its trade grew from 1871 to the turn of the century.", []string{"1802|DATE|1802", "1871|DATE|1871", "the turn of the century|DATE|19|START"}},
	// In January and February a bare "the winter" is the one that began
	// the December before (a winter is named by the year it begins).
	{"", "", "The blockade began on 12 January 1809. Through the winter the port was frozen, and in April the ships sailed.", []string{"12 January 1809|DATE|1809-01-12", "the winter|DATE|1808-WI", "April|DATE|1809-04"}},
	{"", "", "By February 1916 the lines had hardly moved. The winter was wet, and in March the rains came.", []string{"February 1916|DATE|1916-02", "The winter|DATE|1915-WI", "March|DATE|1916-03"}},
	{"", "", "The settlers landed in February 1642 and spent the winter in tents.", []string{"February 1642|DATE|1642-02", "the winter|DATE|1642-WI"}},
	// "but" after a season opens another predicate, no compound noun.
	{"", "", "The dykes were repaired in 1740. They held during the spring but gave way in August.", []string{"1740|DATE|1740", "the spring|DATE|1740-SP", "August|DATE|1740-08"}},
	{"", "", "In 1812 the army wintered at Vilna. It lost few men over the winter yet could not march in March.", []string{"1812|DATE|1812", "the winter|DATE|1812-WI", "March|DATE|1813-03"}},
	// An object pronoun before "a year" makes no rate of a number further
	// back: the length of time before or after an event.
	{"", "", "Either party could end the lease if one side denounced it a year before it expired.", []string{"a year|DURATION|P1Y"}},
	{"", "", "Two brothers bought it a week after the fire.", []string{"a week|DURATION|P1W"}},
	{"", "", "The mill shipped 300 tons a week.", nil},
	// A holiday's name given to a day ("kept as", "observed as") is no
	// date of its own.
	{"", "", "The colony became free on 4 September 1826, and the date is still observed as Independence Day.", []string{"4 September 1826|DATE|1826-09-04"}},
	{"", "", "The republic was proclaimed on 5 July 1811, a date still kept as Independence Day in Caracas.", []string{"5 July 1811|DATE|1811-07-05"}},
	{"", "", "The treaty was signed on 9 May 1865, and the day has been celebrated ever since as Christmas of the north.", []string{"9 May 1865|DATE|1865-05-09"}},
	{"", "", "The colony rose on 14 March 1820; the date is observed each year as Independence Day.", []string{"14 March 1820|DATE|1820-03-14", "each year|SET|P1Y"}},
	{"", "", "The town celebrated Independence Day, 1876, with fireworks.", []string{"Independence Day, 1876|DATE|1876-07-04"}},
	// "the X of the Nth" after a noun of a happening recalls the day the
	// story dated it by, however far the story has moved on; an ordinal
	// that counts a noun after it is no day.
	{"", "", "The garrison was shelled on 9 March 1917 and relieved on 2 April. Historians in 1960 still argued over the bombardment of the 9th.", []string{"9 March 1917|DATE|1917-03-09", "2 April|DATE|1917-04-02", "1960|DATE|1960", "the 9th|DATE|1917-03-09"}},
	{"", "", "The strike began on 4 May 1926. By 1930 the events of the 4th were half forgotten, as was the assault of the 4th Brigade.", []string{"4 May 1926|DATE|1926-05-04", "1930|DATE|1930", "the 4th|DATE|1926-05-04"}},
	// A capitalized name word before a two-word holiday makes the whole
	// another day's name, on another date; "US" and "American" keep it.
	{"", "", "In 1994 the exiles held a parade for Mexican Independence Day in Chicago.", []string{"1994|DATE|1994"}},
	{"", "", "From 2001 Korean Memorial Day was a public holiday, and the shops closed on Labor Day.", []string{"2001|DATE|2001", "Labor Day|DATE|2001-09-03"}},
	{"", "", "In 1958 the old soldiers marched on American Independence Day.", []string{"1958|DATE|1958", "Independence Day|DATE|1958-07-04"}},
	// A zone named by a place of more than one word, or a hyphenated one,
	// stands between a clock time and its day as "Moscow time" does.
	{"", "", "The first wave crossed the river at 23:30 on 6 March 1945; the second went in at 04:15 Trans-Danubian time on 8 March.", []string{"23:30|TIME|1945-03-06T23:30", "6 March 1945|DATE|1945-03-06", "04:15|TIME|1945-03-08T04:15", "8 March|DATE|1945-03-08"}},
	{"", "", "The ceasefire was signed at 14:00 on 2 May 1982, and it took effect at 09:00 Buenos Aires time on 4 May.", []string{"14:00|TIME|1982-05-02T14:00", "2 May 1982|DATE|1982-05-02", "09:00|TIME|1982-05-04T09:00", "4 May|DATE|1982-05-04"}},
	// An earlier year that dates what the story is compared with does not
	// move the story's time.
	{"", "", "The flood of March 1947 was worse than the floods of 1894. By 20 March the water stood six feet deep in the streets.", []string{"March 1947|DATE|1947-03", "1894|DATE|1894", "20 March|DATE|1947-03-20"}},
	{"", "", "In the spring of 1916 the Russians planned an offensive on the scale of the great German breakthroughs of 1915. It opened on 4 June.", []string{"the spring of 1916|DATE|1916-SP", "1915|DATE|1915", "4 June|DATE|1916-06-04"}},
	// A name written with letters outside ASCII is one word, and a subject
	// like any other: "On the 16th Piłsudski struck" names a day.
	{"", "", "The diet opened on 3 May 1791, and on the 5th Małachowski read the new constitution aloud.", []string{"3 May 1791|DATE|1791-05-03", "the 5th|DATE|1791-05-05"}},
	{"", "", "The talks resumed on 2 March 1946. On the 6th Hồ and Sainteny signed the accord.", []string{"2 March 1946|DATE|1946-03-02", "the 6th|DATE|1946-03-06"}},
	{"", "", "Fighting began on 8 October 1920. On the 9th Żeligowski entered the city.", []string{"8 October 1920|DATE|1920-10-08", "the 9th|DATE|1920-10-09"}},
	// A year earlier than the story's in the object of a comparison or a
	// quotation ("compared with", "Comparisons with", "quoting") dates the
	// thing compared or quoted, no time of the story.
	{"", "", "The fort was besieged from 10 June 1885. Observers compared its defenders with the garrison of Lucknow in 1857. In July the guns fell silent.", []string{"10 June 1885|DATE|1885-06-10", "1857|DATE|1857", "July|DATE|1885-07"}},
	{"", "", "The mission was cut off in June 1891. Its stand was likened at once to the defence of Rorke's Drift in 1879. The relief arrived in mid-August.", []string{"June 1891|DATE|1891-06", "1879|DATE|1879", "mid-August|DATE|1891-08|MID"}},
	{"", "", "The town was invested in May 1899. Comparisons with the Siege of Sevastopol of 1854 filled the papers. By 2 August the garrison had surrendered.", []string{"May 1899|DATE|1899-05", "1854|DATE|1854", "2 August|DATE|1899-08-02"}},
	{"", "", "On 4 July 1811 the congress declared independence, quoting the French Declaration of 1789. In late September it chose a president.", []string{"4 July 1811|DATE|1811-07-04", "1789|DATE|1789", "late September|DATE|1811-09|END"}},
	// The end of a term of validity looks ahead of the story, which goes
	// on from where it was.
	{"", "", "In March 1921 the two states signed a trade agreement, which remained in force until 1927. In May the first grain ships reached Odessa.", []string{"March 1921|DATE|1921-03", "1927|DATE|1927", "May|DATE|1921-05"}},
	// A state that lasted until a date followed by ", when" and a clause
	// in the simple past tells what happened on that date: the story moves
	// there.
	{"", "", "The colonel was arrested on 3 June 1931. The republic he had served lasted until 14 April 1936, when the army seized power. The following spring the new rulers dissolved parliament.", []string{"3 June 1931|DATE|1931-06-03", "14 April 1936|DATE|1936-04-14", "The following spring|DATE|1937-SP"}},
	{"", "", "The mill opened on 1 May 1880. It remained in the family until 3 March 1911, when a fire destroyed it. In June the workers left the valley.", []string{"1 May 1880|DATE|1880-05-01", "3 March 1911|DATE|1911-03-03", "June|DATE|1911-06"}},
	// A passive infinitive ("to be paid", "to be held") or an infinitive
	// after a noun of intention ("a plan to hold") schedules what is still
	// to come: its later date is a look ahead, and the story goes on.
	{"", "", "The loan was agreed on 4 May 1923, to be repaid in instalments until 1950. The first instalment fell due two months later.", []string{"4 May 1923|DATE|1923-05-04", "1950|DATE|1950", "two months later|DATE|1923-07"}},
	{"", "", "The junta took power in March 1962 and announced elections to be held in June 1965. On 20 April it dissolved the unions.", []string{"March 1962|DATE|1962-03", "June 1965|DATE|1965-06", "20 April|DATE|1962-04-20"}},
	{"", "", "In August 1942 the general drew up a plan to hold the river line until 1944. In October the enemy crossed it.", []string{"August 1942|DATE|1942-08", "1944|DATE|1944", "October|DATE|1942-10"}},
	// The future in the past looks ahead however long the apposition
	// between "would" and the date.
	{"", "", "The line was drawn on 8 December 1919. It would resurface, in slightly different form and under a new name, at Potsdam in 1945. On 10 January the army crossed it.", []string{"8 December 1919|DATE|1919-12-08", "1945|DATE|1945", "10 January|DATE|1920-01-10"}},
	// A later month of the story's year under "would" looks ahead too.
	{"", "", "The conference opened on 4 February 1945. Roosevelt, already ill, would die two months later. On the 11th the leaders signed the agreement.", []string{"4 February 1945|DATE|1945-02-04", "two months later|DATE|1945-04", "the 11th|DATE|1945-02-11"}},
	{"", "", "The talks opened on 4 March 1921. The treaty would be signed in October. In April the delegates met again.", []string{"4 March 1921|DATE|1921-03-04", "October|DATE|1921-10", "April|DATE|1921-04"}},
	{"", "", "The plan was first put forward in April 1911; the admiralty would adopt it, after years of quarrels between the services, only in 1936. In May the cabinet rejected it.", []string{"April 1911|DATE|1911-04", "years|DURATION|PXY", "1936|DATE|1936", "May|DATE|1911-05"}},
	{"", "", "The licence was granted on 4 June 1898 and was valid until December 1903. On 20 June the company bought its first lorry.", []string{"4 June 1898|DATE|1898-06-04", "December 1903|DATE|1903-12", "20 June|DATE|1898-06-20"}},
	// A night written with its two days belongs to the day it began on:
	// "that night" is the first day's, "the next day" the second.
	{"", "", "On the night of 9–10 June 1940 the regiment fell back to the river. Its colonel was killed that night, and the next day the bridges were blown.", []string{"9|DATE|1940-06-09", "10 June 1940|DATE|1940-06-10", "that night|TIME|1940-06-09TNI", "the next day|DATE|1940-06-10"}},
	{"", "", "The convoy left harbour on the night of 2–3 March 1943, and the following morning it was sighted by a patrol.", []string{"2|DATE|1943-03-02", "3 March 1943|DATE|1943-03-03", "the following morning|DATE|1943-03-03"}},
	{"", "", "The raid was planned for 2 March 1943. Fog lifted that night, and the next day the bombers flew.", []string{"2 March 1943|DATE|1943-03-02", "that night|TIME|1943-03-02TNI", "the next day|DATE|1943-03-03"}},
	// A count after a weekday and a comma is no day of the month: the
	// text is news, and "up from 290" is the base of a change, no year.
	{"2024-05-08", "", "On Monday, 312 patients were in intensive care, up from 290 a day earlier.", []string{"Monday|DATE|2024-05-06", "a day earlier|DATE|2024-05-05"}},
	{"2024-05-08", "", "312 patients were in care, up from 290.", nil},
	// "the week since X", "the decade to 2020": a stretch of that length
	// up to a point, as "the year to March".
	{"2024-05-08", "", "In the week since the vote, three ministers have quit.", []string{"the week|DURATION|P1W"}},
	{"2024-05-08", "", "Cases rose in the fortnight since the schools reopened.", []string{"the fortnight|DURATION|P2W"}},
	{"2024-05-08", "", "Prices rose 40 percent in the decade to 2020.", []string{"the decade|DURATION|P10Y", "2020|DATE|2020"}},
	// "the 2021-22 campaign" is a season of play, as "the 2021-22
	// season": one DATE, the year it began.
	{"2022-07-08", "", "He scored 20 goals in the 2021-22 campaign.", []string{"the 2021-22 campaign|DATE|2021"}},
	{"2022-07-08", "", "The 2022/23 campaign starts next month.", []string{"The 2022/23 campaign|DATE|2022", "next month|DATE|2022-08"}},
	// "the year" as a subject right after a year was named is that year;
	// "the year ended" is a fiscal year only before the date it ended.
	{"2016-03-02", "", "Last year was the wettest in Wales since 1910. Forecasters said the year had also been unusually mild.", []string{"Last year|DATE|2015", "1910|DATE|1910", "the year|DATE|2015"}},
	{"2016-03-02", "", "2012 was a hard one for the town. The mill closed in May. The year ended with a strike at the docks.", []string{"2012|DATE|2012", "May|DATE|2012-05", "The year|DATE|2012"}},
	{"2016-03-02", "", "In 2012 the mill closed. The year ended with a strike at the docks.", []string{"2012|DATE|2012"}},
	{"2016-03-02", "", "Revenue for the year ended Jan. 31 rose 4 percent.", []string{"the year|DURATION|P1Y", "Jan. 31|DATE|2016-01-31"}},
	{"2016-03-02", "", "It expects a loss for the year ending tomorrow.", []string{"the year|DURATION|P1Y", "tomorrow|DATE|2016-03-03"}},
	// "any previous year" is each year before, no one date.
	{"2022-01-12", "", "More visitors came than in any previous year.", nil},
	{"2022-01-12", "", "Sales were higher in the previous year.", []string{"the previous year|DATE|2021"}},
	// "the same month in any earlier year": the month of every year
	// compared, no one date.
	{"2022-01-12", "", "December was wetter than the same month in any other year.", []string{"December|DATE|2021-12"}},
	{"2022-01-12", "", "Sales rose 4% from the same month last year.", []string{"the same month|DATE|2021-01", "last year|DATE|2021"}},
	// A bare plural unit opening the sentence with "after" or "before",
	// the phrase closed by a comma: the distance, a stretch of unknown
	// length.
	{"2021-03-09", "", "Days after the flood receded, the council met in a school gym.", []string{"Days|DURATION|PXD"}},
	{"2021-03-09", "", "Only weeks before the final, the coach resigned.", []string{"weeks|DURATION|PXW"}},
	{"2021-03-09", "", "Years after the war ended the town was rebuilt.", nil},
	// The late part of the current month in a past-tense clause has not
	// come yet this year: it is last year's.
	{"2022-10-04", "", "The council rejected a similar plan in late October.", []string{"late October|DATE|2021-10|END"}},
	{"2022-10-28", "", "The council rejected a similar plan in early October.", []string{"early October|DATE|2022-10|START"}},
	{"2022-10-28", "", "The council will vote in late October.", []string{"late October|DATE|2022-10|END"}},
	// "last winter" said in January or February, while a winter is still
	// running ("this winter"), is the one before it.
	{"2019-02-05", "", "Gas bills are lower than they were last winter.", []string{"last winter|DATE|2017-WI"}},
	{"2020-01-21", "", "Snowfall this winter is well below what fell last winter.", []string{"this winter|DATE|2019-WI", "last winter|DATE|2018-WI"}},
	// A negative subject before a past verb and "until": the first one
	// came then, in the past ("No X were VERBed until January").
	{"2024-02-13", "", "No complaints were filed until January, when a tenant in Leeds wrote to the council.", []string{"January|DATE|2024-01"}},
	{"2019-05-07", "", "Nothing was heard from the crew until Friday.", []string{"Friday|DATE|2019-05-03"}},
	{"2019-05-07", "", "The road will stay closed until Friday.", []string{"Friday|DATE|2019-05-10"}},
	// "her" after a verb in the past is its object, not a possessive:
	// "last spring" ending the clause is a date.
	{"2013-11-06", "", "When I first interviewed her last spring, she was still teaching.", []string{"last spring|DATE|2013-SP"}},
	{"2013-11-06", "", "Detectives questioned her last week.", []string{"last week|DATE|2013-W44"}},
	{"2013-11-06", "", "She spent her last summer in Rome.", nil},
	// "the sixties and seventies": the second decade without its "the",
	// as "the 1960s and 1970s"; ages stay untagged.
	{"2016-04-13", "", "In the fifties and sixties the dock employed 3,000 men.", []string{"the fifties|DATE|195", "sixties|DATE|196"}},
	{"2016-04-13", "", "Most of the members are in their sixties and seventies.", nil},
	// In news a month in a present clause of yearly habit is any year's.
	{"2016-04-13", "", "Each year in May the village holds a rowing race on the lake.", []string{"Each year|SET|P1Y", "May|DATE|XXXX-05"}},
	{"2016-04-13", "", "The craft market is held every year in early December, and this year it opens on Friday.", []string{"every year|SET|P1Y", "early December|DATE|XXXX-12|START", "this year|DATE|2016", "Friday|DATE|2016-04-15"}},
	// The day a length of time is counted from, named after a long noun
	// phrase, is no day of the story.
	{"2018-03-14", "", "The second eruption of 9 May 2012 destroyed the village, less than three weeks after a smaller but far more frightening blast on 17 April 2012.\n\nMaria Sousa was selling fish in the harbour that morning.", []string{"9 May 2012|DATE|2012-05-09", "less than three weeks|DURATION|P3W|LESS_THAN", "17 April 2012|DATE|2012-04-17", "that morning|TIME|2012-05-09TMO"}},
	// In news "that evening" in the past points back to the last day
	// named, though a year was named since.
	{"2019-06-12", "", "The dam failed on 3 March 2014. Repairs were finished in 2017. Farmers who lost their herds that evening are still waiting for compensation.", []string{"3 March 2014|DATE|2014-03-03", "2017|DATE|2017", "that evening|TIME|2014-03-03TEV"}},
	// A past-tense clause after a year still to come tells of a month
	// before the report, not of that year.
	{"2013-09-10", "", "By 2040 the region will need twice as many nurses, officials say, and the health minister, who launched a training scheme in May, wants the first classes to open soon.", []string{"2040|DATE|2040", "May|DATE|2013-05"}},
	// "a generation ago" is the vague past: a generation is no calendar
	// unit.
	{"2016-05-11", "", "A generation ago most families in the valley kept a cow; two generations ago nearly all of them did.", []string{"A generation ago|DATE|PAST_REF", "two generations ago|DATE|PAST_REF"}},
	// An event named by its weekday that was called off had not yet
	// taken place: the nearest such day, not the last one behind.
	{"2016-09-09", "", "Organizers postponed Sunday's marathon because of the heat.", []string{"Sunday|DATE|2016-09-11"}},
	{"2016-09-09", "", "Storms called off Saturday's fireworks, the mayor's office said.", []string{"Saturday|DATE|2016-09-10"}},
	{"2016-09-12", "", "Storms called off Saturday's fireworks, and Sunday's race went ahead.", []string{"Saturday|DATE|2016-09-10", "Sunday|DATE|2016-09-11"}},
	// A clock reading before a noun names the time of the thing; the day
	// after "on" that dates the thing is the reading's too.
	{"2014-04-16", "", "Two passengers missed the 6:40 a.m. ferry on Monday and waited until noon.", []string{"6:40 a.m.|TIME|2014-04-14T06:40", "Monday|DATE|2014-04-14", "noon|TIME|2014-04-14T12:00"}},
	{"2014-04-16", "", "The 10 p.m. bulletin on Sunday was the first to mention the fire.", []string{"10 p.m.|TIME|2014-04-13T22:00", "Sunday|DATE|2014-04-13"}},
	// A weekday, or a pair joined by "and", that is the subject of a
	// present verb of seeming is still to come, as a forecast has it; the
	// past "looked" looks back.
	{"2017-03-08", "", "The rain moved east overnight. Thursday looks like the driest day for the school fair.", []string{"overnight|TIME|2017-03-07TNI", "Thursday|DATE|2017-03-09"}},
	{"2017-03-08", "", "The fog lifted by noon. Friday and Saturday seem likely to bring more of it.", []string{"noon|TIME|2017-03-08T12:00", "Friday|DATE|2017-03-10", "Saturday|DATE|2017-03-11"}},
	{"2017-03-08", "", "Monday and Tuesday looked calm on the radar.", []string{"Monday|DATE|2017-03-06", "Tuesday|DATE|2017-03-07"}},
	// An "until" clause set off by a comma after a date, with its own
	// subject and past verb, ends a past stretch at an event that came:
	// the date is read by the main clause, not as an end point ahead.
	{"2015-11-20", "", "Nobody heard from the climbers after the storm on Sept. 12, until a helicopter crew spotted their tent.", []string{"Sept. 12|DATE|2015-09-12"}},
	{"2021-10-04", "", "The villagers had no water for weeks after the dam burst in August, until the army brought in tankers.", []string{"weeks|DURATION|PXW", "August|DATE|2021-08"}},
	{"2021-10-06", "", "The road will stay shut from Monday, until crews have cleared the slide.", []string{"Monday|DATE|2021-10-11"}},
	// "a few moments ago", "a moment ago" in broadcast speech are the
	// vague recent past, as "a few minutes ago"; a bare "a few moments"
	// is none.
	{"2012-02-06", "", "The coach told reporters a few moments ago that the quarterback would start.", []string{"a few moments ago|DATE|PAST_REF"}},
	{"2012-02-06", "", "Several moments ago the ferry docked, and a moment ago the first passengers came ashore. Give us a few moments.", []string{"Several moments ago|DATE|PAST_REF", "a moment ago|DATE|PAST_REF"}},
	// After a spring the new year is the next one.
	{"", "", "In the spring of 1858 Zeng reorganised his fleet. Early in the new year the army moved again.", []string{"the spring of 1858|DATE|1858-SP", "Early in the new year|DATE|1859|START"}},
	// A day in apposition that is not the feast's: the words name that
	// day, no feast, and the date alone is the expression.
	{"", "", "In 1745 the army reached Derby. There, on Black Friday, 6 December, the council voted to retreat.", []string{"1745|DATE|1745", "6 December|DATE|1745-12-06"}},
	{"", "", "In 1999 the stores opened early on Black Friday, November 26.", []string{"1999|DATE|1999", "Black Friday|DATE|1999-11-26", "November 26|DATE|1999-11-26"}},
	// "the rest of the winter" is the season's end, as "the rest of the
	// year" is the year's; told in January or February, the rest or the
	// end of the winter is of the winter then going on.
	{"", "", "In July 1746 the army stayed for the rest of the summer.", []string{"July 1746|DATE|1746-07", "the rest of the summer|DATE|1746-SU|END"}},
	{"", "", "The army reached Inverness in February 1746 and spent the rest of the winter there.", []string{"February 1746|DATE|1746-02", "the rest of the winter|DATE|1745-WI|END"}},
	{"", "", "The party reached the coast in January 1911. The party spent the winter in a hut.", []string{"January 1911|DATE|1911-01", "the winter|DATE|1911-WI"}},
	// A year of a named era in apposition to the year just given is that
	// year.
	{"", "", "In 1868, the first year of the Meiji era, the capital moved to Tokyo.", []string{"1868|DATE|1868", "the first year of the Meiji era|DATE|1868"}},
	{"", "", "The boy emperor took the throne, and 1862, the first year of the Tongzhi era, opened with Zeng in command.", []string{"1862|DATE|1862", "the first year of the Tongzhi era|DATE|1862"}},
	// A heading's span of years may open its line before a colon or
	// stand in brackets at its end.
	{"", "", "The army wintered at Morristown in 1776.\n\n1777–1778: Saratoga and Valley Forge\nThe following spring Burgoyne marched south, and in July he took Ticonderoga.", []string{"1776|DATE|1776", "1777|DATE|1777", "1778|DATE|1778", "The following spring|DATE|1777-SP", "July|DATE|1777-07"}},
	{"", "", "The army wintered in 1770.\n\nThe war at sea (1778–1783)\nIn June the French fleet sailed.", []string{"1770|DATE|1770", "1778|DATE|1778", "1783|DATE|1783", "June|DATE|1778-06"}},
	// "a generation later" is "a generation", an unstated number of
	// years, as "hours later" is "hours".
	{"", "", "The peace was signed in 1648. A generation later, in 1672, France attacked.", []string{"1648|DATE|1648", "A generation|DURATION|PXY", "1672|DATE|1672"}},
	{"", "", "A generation of officers was lost in 1916.", []string{"1916|DATE|1916"}},
	// "a day" in apposition to the date just given, opening a clause on
	// it, names the date again: no length of time.
	{"", "", "The siege was lifted on 3 October 1574, a day the town still keeps.", []string{"3 October 1574|DATE|1574-10-03"}},
	{"", "", "The treaty was signed on 3 May 1921, a day Poles remember.", []string{"3 May 1921|DATE|1921-05-03"}},
	{"", "", "He stayed until 3 October 1574, a day longer than planned.", []string{"3 October 1574|DATE|1574-10-03", "a day|DURATION|P1D"}},
	// So does "a day of" and a short noun phrase closed by a comma or the
	// sentence's end, and "a year of", "a month of" after a year or a
	// month; not a phrase that may be the subject after a date opening
	// its sentence, nor one that runs on into a clause.
	{"", "", "The new bridge was opened on 3 May 1881, a day of bright sunshine, and trains crossed it at once.", []string{"3 May 1881|DATE|1881-05-03"}},
	{"", "", "The mill closed on 12 March 1902, a day of bitter frost.", []string{"12 March 1902|DATE|1902-03-12"}},
	{"", "", "Unrest spread through the ports in 1926, a year of strikes and lockouts.", []string{"1926|DATE|1926"}},
	{"", "", "On 5 May, a day of fighting cost the garrison its outer walls.", []string{"5 May|DATE|XXXX-05-05", "a day|DURATION|P1D"}},
	{"", "", "The town fell on 4 June 1881 after a day of fighting in the hills.", []string{"4 June 1881|DATE|1881-06-04", "a day|DURATION|P1D"}},
	{"", "", "The rain began on 4 June 1881, a day of the week when markets were held.", []string{"4 June 1881|DATE|1881-06-04", "a day|DURATION|P1D"}},
	// A bare winter whose sentence dates a day of it with its year is the
	// winter that holds that day.
	{"", "", "The rising of 1849\nOver the winter, while the court was in turmoil after the murder of the minister on 18 January 1849, the Magyars armed.", []string{"1849|DATE|1849", "the winter|DATE|1848-WI", "18 January 1849|DATE|1849-01-18"}},
	{"", "", "The war began in 1756. Over the winter, after the fleet sailed on 10 January 1757, the French rebuilt their walls.", []string{"1756|DATE|1756", "the winter|DATE|1756-WI", "10 January 1757|DATE|1757-01-10"}},
	// A campaigning season is named by its year: "the following
	// campaigning season" is the next year after the last date, "that
	// campaigning season" its year.
	{"", "", "The army went into winter quarters in November 1643. The following campaigning season opened with the siege of Newark.", []string{"November 1643|DATE|1643-11", "The following campaigning season|DATE|1644"}},
	{"", "", "The army took Bonn in 1703, and that campaigning season ended at Landau.", []string{"1703|DATE|1703", "that campaigning season|DATE|1703"}},
	{"", "", "The war resumed in 431 BC. The next campaign season brought the plague.", []string{"431 BC|DATE|BC0431", "The next campaign season|DATE|BC0430"}},
	// A holiday's night or morning is the holiday's day, spanning both
	// words, as "Wednesday night" is.
	{"", "", "In December 1776 Washington crossed the Delaware on Christmas night.", []string{"December 1776|DATE|1776-12", "Christmas night|DATE|1776-12-25"}},
	{"", "", "In 1916 the rebels met on Easter morning.", []string{"1916|DATE|1916", "Easter morning|DATE|1916-04-23"}},
	// "the winter" as the subject of what the season did, after "there"
	// or "then" too, is the season the story is in.
	{"", "", "In October 1812 the army left Moscow, and there the winter caught it on the open road.", []string{"October 1812|DATE|1812-10", "the winter|DATE|1812-WI"}},
	{"", "", "The siege began in March 1855. The summer saw three failed assaults.", []string{"March 1855|DATE|1855-03", "The summer|DATE|1855-SU"}},
	{"", "", "The siege began in March 1855. The summer offensive failed.", []string{"March 1855|DATE|1855-03"}},
	// "winter quarters" is a camp, no season.
	{"", "", "In 1675 the king left his army in winter quarters in Scania.", []string{"1675|DATE|1675"}},
	// A bare ordinal day before a list of names as the subject is a day
	// of the story's month.
	{"", "", "The siege opened on 2 May 1645, and on the 19th Lyme, Taunton and Weymouth were relieved.", []string{"2 May 1645|DATE|1645-05-02", "the 19th|DATE|1645-05-19"}},
	{"", "", "The fleet sailed on 2 May 1645, and on the 19th Drake, Hawkins and the rest reached Cadiz.", []string{"2 May 1645|DATE|1645-05-02", "the 19th|DATE|1645-05-19"}},
	{"", "", "The army crossed on 2 May 1645, and on the 19th Army, Navy and Air Force units met.", []string{"2 May 1645|DATE|1645-05-02"}},
	// "yearly" after a determiner before its noun tells what the thing is
	// ("a yearly tribute"), not that the clause's month came each year.
	{"", "", "The envoys came in 1612. They sailed home in July and promised the sultan a yearly tribute.", []string{"1612|DATE|1612", "July|DATE|1612-07", "yearly|SET|P1Y"}},
	{"", "", "The envoys came in 1612. The fair was held in July yearly.", []string{"1612|DATE|1612", "July|DATE|XXXX-07", "yearly|SET|P1Y"}},
	// A season later in the year of the story's day, in a relative clause
	// closing the sentence, looks ahead: the story goes on from its day.
	{"", "", "The rebels seized the arsenal on April 2, 1848, whose guns were carried to the capital over the winter. On May 9 they took the port.", []string{"April 2, 1848|DATE|1848-04-02", "the winter|DATE|1848-WI", "May 9|DATE|1848-05-09"}},
	{"", "", "The rebels seized the arsenal on April 2, 1848 and held it over the winter. In May they took the port.", []string{"April 2, 1848|DATE|1848-04-02", "the winter|DATE|1848-WI", "May|DATE|1849-05"}},
	// An earlier year in a participle phrase opening its sentence ("Born
	// on ...", "Founded in ...") is background to its subject, brackets
	// inside it too: the story goes on in its own year after the comma.
	{"", "", "The siege began in 1648. Born on 3 March 1601 (13 March by the Dutch reckoning, used there from 1582), the governor was then forty-seven. He surrendered the town on 9 May.", []string{"1648|DATE|1648", "3 March 1601|DATE|1601-03-03", "13 March|DATE|1601-03-13", "1582|DATE|1582", "9 May|DATE|1648-05-09"}},
	{"", "", "The strike began in 1912. Founded in 1820, the mill was the largest employer in the town. In May the workers marched.", []string{"1912|DATE|1912", "1820|DATE|1820", "May|DATE|1912-05"}},
	{"", "", "The strike began in 1912. Built in 1820 (and enlarged in 1865), the mill was the largest employer in the town. In May the workers marched.", []string{"1912|DATE|1912", "1820|DATE|1820", "1865|DATE|1865", "May|DATE|1912-05"}},
	// A section heading naming a span of years opens the section at the
	// span's start: a bare month under it, and "the following spring",
	// are of its first year; a range in running text ends where it ends.
	{"", "", "The army wintered on the coast in 1640.\n\nThe northern campaigns, 1641–1644\nThe following spring the army marched on York, and in May it took the city.", []string{"1640|DATE|1640", "1641|DATE|1641", "1644|DATE|1644", "The following spring|DATE|1641-SP", "May|DATE|1641-05"}},
	{"", "", "The war lasted from 1701 to 1714. The following spring the army was disbanded.", []string{"1701|DATE|1701", "1714|DATE|1714", "The following spring|DATE|1715-SP"}},
	// A verb in -ed after the comma that closes an aside on the subject is
	// the sentence's predicate, not a second aside: its year goes on with
	// the story ("Five years later" counts from 1868); an aside stacked on
	// the first is followed by the verb.
	{"", "", "The canal was finished in 1905. Morel, born in 1841 in a village near Lyon, joined the company in 1868 and worked in its drawing office for a decade, in which he drew the first plans. Five years later he was made chief engineer.", []string{"1905|DATE|1905", "1841|DATE|1841", "1868|DATE|1868", "a decade|DURATION|P10Y", "Five years later|DATE|1873"}},
	{"", "", "The mill was sold in 1880. The building, opened in 1820, enlarged in 1850, was then empty. In March it burned.", []string{"1880|DATE|1880", "1820|DATE|1820", "1850|DATE|1850", "March|DATE|1880-03"}},
	// After "midnight" ending a day, a reading of the small hours is the
	// next day's.
	{"", "", "The alarm sounded at 11.40pm on 4 June 2015. Smoke reached the stairs around midnight, and the first crew arrived at 12.20am.", []string{"11.40pm|TIME|2015-06-04T23:40", "4 June 2015|DATE|2015-06-04", "around midnight|TIME|2015-06-04T24:00|APPROX", "12.20am|TIME|2015-06-05T00:20"}},
	// "from the fall" in a plan is the season something starts; after a
	// word of harm or healing it is an accident.
	{"2015-06-17", "", "She will teach at the state university from the fall.", []string{"the fall|DATE|2015-FA"}},
	{"2015-06-17", "", "The new fares will apply from the fall, the agency said.", []string{"the fall|DATE|2015-FA"}},
	{"2015-06-17", "", "He is expected to recover from the fall.", nil},
	// A past-tense clause on "the end of the week/month" after the day
	// its paragraph tells of is that day's week or month, not the DCT's.
	{"2018-09-19", "", "The storm struck on Feb. 3, 2017. Power was back by the end of the week.", []string{"Feb. 3, 2017|DATE|2017-02-03", "the end of the week|DATE|2017-W05|END"}},
	{"2018-09-19", "", "The storm struck on Feb. 3, 2017. By the end of the month, 2,000 homes had been rebuilt.", []string{"Feb. 3, 2017|DATE|2017-02-03", "the end of the month|DATE|2017-02|END"}},
	{"2018-09-19", "", "The storm struck on Feb. 3, 2017. Repairs will be finished by the end of the month.", []string{"Feb. 3, 2017|DATE|2017-02-03", "the end of the month|DATE|2018-09|END"}},
	// A month a few months after the day a story is told of, in its
	// paragraph, is of that day's year, though it has come this year too.
	{"2018-09-19", "", "The storm struck on Feb. 3, 2017. Two people died that week, and the last roads reopened in May.", []string{"Feb. 3, 2017|DATE|2017-02-03", "that week|DATE|2017-W05", "May|DATE|2017-05"}},
	{"2018-09-19", "", "The plant exploded at 2 a.m. on Jan. 8, 2017. The last survivor left hospital in March.", []string{"2 a.m.|TIME|2017-01-08T02:00", "Jan. 8, 2017|DATE|2017-01-08", "March|DATE|2017-03"}},
	// Years named in a look back in the past perfect do not frame the
	// next sentence in the simple past: in news its bare month is the
	// last one, counted from the DCT.
	{"2019-03-14", "", "The depot, which opened in 1962, had failed two inspections, in 2009 and again in 2014. It reopened in October after repairs.", []string{"1962|DATE|1962", "2009|DATE|2009", "2014|DATE|2014", "October|DATE|2018-10"}},
	{"2019-03-14", "", "The depot failed two inspections, in 2009 and again in 2014. It reopened in October after repairs.", []string{"2009|DATE|2009", "2014|DATE|2014", "October|DATE|2014-10"}},
	// The start of what a decision brings about ("voted to ... from
	// November") is no time of the deciding: the nearest such month.
	{"2011-10-20", "", "The city council voted on Tuesday to ban smoking in parks from November.", []string{"Tuesday|DATE|2011-10-18", "November|DATE|2011-11"}},
	{"2011-10-20", "", "Shareholders voted last week to cut the dividend from January.", []string{"last week|DATE|2011-W41", "January|DATE|2012-01"}},
	// A reading of the small hours told after one late in the evening of
	// the same day is the next morning's; not in a look back in the past
	// perfect.
	{"2021-03-09", "", "The tanker caught fire on March 3. Tugs reached it at 10:40 p.m. and the blaze was out by 1:15 a.m.", []string{"March 3|DATE|2021-03-03", "10:40 p.m.|TIME|2021-03-03T22:40", "1:15 a.m.|TIME|2021-03-04T01:15"}},
	{"2021-03-09", "", "The warehouse fire started at 9:50 p.m. on Saturday. Crews had it contained at 2:30 a.m.", []string{"9:50 p.m.|TIME|2021-03-06T21:50", "Saturday|DATE|2021-03-06", "2:30 a.m.|TIME|2021-03-07T02:30"}},
	{"2021-03-09", "", "Guards saw the prisoners at 11 p.m. on Friday. They had slipped out at 2 a.m.", []string{"11 p.m.|TIME|2021-03-05T23:00", "Friday|DATE|2021-03-05", "2 a.m.|TIME|2021-03-05T02:00"}},
	// A day a few weeks after the full date that closed the last
	// paragraph goes on with its story across the paragraph break, when
	// the day is not yet come in the DCT's year (no news of last year).
	{"2024-03-08", "", "The museum reopened in late February.\n\nThe comet was first seen on August 27, 1910.\n\nAstronomers in Vienna confirmed it on September 4.", []string{"late February|DATE|2024-02|END", "August 27, 1910|DATE|1910-08-27", "September 4|DATE|1910-09-04"}},
	{"2022-04-19", "", "Crews finished the repairs last week.\n\nThe dam gave way on June 12, 1931.\n\nThe last of the bodies was found on July 3.", []string{"last week|DATE|2022-W15", "June 12, 1931|DATE|1931-06-12", "July 3|DATE|1931-07-03"}},
	// A deadline after "by" of what is needed or wanted now lies ahead:
	// "needs ... by Christmas", written in July, is this Christmas.
	{"2012-07-15", "", "The appeal needs another 50,000 pounds by Christmas.", []string{"Christmas|DATE|2012-12-25"}},
	{"2012-07-15", "", "The club wants a new manager in place by December.", []string{"December|DATE|2012-12"}},
	{"2012-07-15", "", "The club had wanted a new manager by December.", []string{"December|DATE|2011-12"}},
	// "to service", "to duty", "to port" after a verb of going are nouns,
	// not an infinitive of purpose that would put the date ahead.
	{"2012-10-23", "", "The ferry returned to service on Oct. 9 after repairs.", []string{"Oct. 9|DATE|2012-10-09"}},
	{"2012-10-23", "", "The officer was restored to duty on Oct. 2.", []string{"Oct. 2|DATE|2012-10-02"}},
	// A month or a season after "by" in what may happen ("could fall by
	// March") lies ahead, as a weekday does.
	{"2011-11-08", "", "Reservoirs could drop another ten feet by spring.", []string{"spring|DATE|2012-SP"}},
	{"2011-11-08", "", "Rents might rise 8 percent by March, the report said.", []string{"March|DATE|2012-03"}},
	// The odds a forecast gave are of a day to come, whatever the tense of
	// the giving (not across a verb: "the odds of a deal rose on Sunday").
	{"2013-04-17", "", "Meteorologists gave an 80 percent chance of clear skies for Saturday.", []string{"Saturday|DATE|2013-04-20"}},
	{"2013-04-17", "", "The service said there was a 30 percent chance of snow Friday night.", []string{"Friday night|DATE|2013-04-19"}},
	{"2013-04-17", "", "The odds of a settlement rose sharply on Monday.", []string{"Monday|DATE|2013-04-15"}},
	// What a passive says was expected ("had been expected by
	// mid-August", "was expected in August") is the nearest such month,
	// as "had expected" is: ahead of a July report, behind a November one.
	{"2013-07-24", "", "A ruling had been expected by mid-August.", []string{"mid-August|DATE|2013-08|MID"}},
	{"2013-07-24", "", "The report was expected in September but came out early.", []string{"September|DATE|2013-09"}},
	{"2013-11-20", "", "A ruling had been expected in September.", []string{"September|DATE|2013-09"}},
	// A past stretch ended "until" a month ("dragged on until March",
	// "paid $2.25 a trip until March") ended then, in the past; a thing
	// put off or suspended until a month may still be waiting for it.
	{"2012-12-05", "", "The negotiations dragged on until March.", []string{"March|DATE|2012-03"}},
	{"2012-12-05", "", "Commuters paid $4.50 a ride until April, when the fare went up.", []string{"April|DATE|2012-04"}},
	{"2012-12-05", "", "She worked at the mill until June.", []string{"June|DATE|2012-06"}},
	{"2012-12-05", "", "The vote was put off until March.", []string{"March|DATE|2013-03"}},
	// What is late or overdue was due before now: "due March 31" then
	// lies behind (but "will be late" says nothing of it).
	{"2016-06-02", "", "The audit, due March 31, is now two months overdue.", []string{"March 31|DATE|2016-03-31", "now|DATE|PRESENT_REF", "two months|DURATION|P2M"}},
	{"2016-09-20", "", "The state budget, due July 1, is already 11 weeks late.", []string{"July 1|DATE|2016-07-01", "11 weeks|DURATION|P11W"}},
	{"2016-09-20", "", "The state budget, due July 1, will be late again.", []string{"July 1|DATE|2017-07-01"}},
	// A clause joined by "and" after a past day has its own verb even when
	// an adjective that starts a holiday's name ("new", as in "New Year")
	// stands before its noun: the day is read by the past verb before it.
	{"2016-03-14", "", "Negotiators broke off talks at 11 p.m. Thursday, and no new meetings are scheduled.", []string{"11 p.m. Thursday|TIME|2016-03-10T23:00"}},
	// "a year earlier" than a year-long period reported ("the year to
	// March 29", "the fiscal year ended June 30") is the year before it,
	// named by the year it ends in, whether it has ended or not.
	{"2015-02-03", "", "The brewer expects profit for the year to March 29 to fall to 410 million pounds from 455 million pounds a year earlier.", []string{"the year|DURATION|P1Y", "March 29|DATE|2015-03-29", "a year earlier|DATE|2014"}},
	{"2015-08-12", "", "Revenue for the fiscal year ended June 30 rose to $4.1 billion from $3.7 billion a year earlier.", []string{"the fiscal year|DURATION|P1Y", "June 30|DATE|2015-06-30", "a year earlier|DATE|2014"}},
	// "the final three months of the year" is a part of the year, as "the
	// last three months": the year is a DATE of its own, whatever follows
	// (the test for "final" had been reached only through a lexicon entry
	// the word does not have).
	{"2017-10-19", "", "Figures for the final two quarters of the year are due in February.", []string{"the final two quarters|DURATION|P2Q", "the year|DATE|2017", "February|DATE|2018-02"}},
	// "the prior-year quarter" is the quarter reported a year back, as
	// "the year-ago quarter".
	{"2016-04-27", "", "First-quarter sales rose 9 percent from the prior-year quarter.", []string{"First-quarter|DATE|2016-Q1", "the prior-year quarter|DATE|2015-Q1"}},
	{"2016-04-27", "", "The prior-year results were restated.", nil},
	// "the year-ago period" is the period the report is on, a year back:
	// with no period named in its own sentence the quarter named before,
	// whatever month came up since (not after a span named since); in a
	// story with no quarter, the month its own sentence reports on.
	{"2021-07-29", "", "Earnings rose in the second quarter. The chief executive, who joined in March, said margins improved. Shipments were flat compared with the year-ago period.", []string{"the second quarter|DATE|2021-Q2", "March|DATE|2021-03", "the year-ago period|DATE|2020-Q2"}},
	{"2021-07-29", "", "Home sales in June fell 3 percent from the year-earlier period.", []string{"June|DATE|2021-06", "the year-earlier period|DATE|2020-06"}},
	// "the year-ago quarter" after a fiscal quarter and the day that ends
	// it in a relative clause (", which ended Sept. 28,") is that fiscal
	// quarter a year back, not the calendar quarter the day ends.
	{"2019-11-05", "", "Revenue in the fiscal first quarter, which ended Sept. 28, fell 3 percent from the year-ago quarter.", []string{"the fiscal first quarter|DATE|2019-Q1", "Sept. 28|DATE|2019-09-28", "the year-ago quarter|DATE|2018-Q1"}},
	{"2019-11-05", "", "Revenue in the third quarter, which ended Sept. 28, fell 3 percent from the year-ago quarter.", []string{"the third quarter|DATE|2019-Q3", "Sept. 28|DATE|2019-09-28", "the year-ago quarter|DATE|2018-Q3"}},
	{"2021-07-29", "", "Profit rose in the second quarter, which ended in June. For the first six months, sales were $3 billion. In the year-ago period, they were $2.6 billion.", []string{"the second quarter|DATE|2021-Q2", "June|DATE|2021-06", "the first six months|DURATION|P6M", "the year-ago period|DATE|2020"}},
	// The British "financial year" is named as the "fiscal year" is: "the
	// current financial year" the DCT's year, "the financial year to
	// March 28" the DURATION and the day apart.
	{"2015-06-11", "", "The retailer plans to open 30 stores in the current financial year.", []string{"the current financial year|DATE|2015"}},
	{"2015-06-11", "", "Councils face further cuts next financial year.", []string{"next financial year|DATE|2016"}},
	{"2015-06-11", "", "Sales rose 3 per cent in the financial year to March 28.", []string{"the financial year|DURATION|P1Y", "March 28|DATE|2015-03-28"}},
	// "a year of X", "a day of X" said of a date named as the subject of
	// "be" describes that date: no length of time beside it.
	{"2016-01-08", "", "The chairman said 2016 would be \"a year of consolidation\".", []string{"2016|DATE|2016"}},
	{"2016-01-08", "", "Friday was a day of protests in the capital.", []string{"Friday|DATE|2016-01-08"}},
	{"2016-01-08", "", "The strike ended on Friday after a year of talks.", []string{"Friday|DATE|2016-01-08", "a year|DURATION|P1Y"}},
	// "a million visitors a year" is a rate, as "200,000 visitors a year":
	// "million" after its article is an amount.
	{"2012-07-15", "", "At its peak the fair drew a million visitors a year.", nil},
	{"2012-07-15", "", "The refinery processes half a million barrels a day.", nil},
	{"2012-07-15", "", "They raised a million dollars in a year.", []string{"a year|DURATION|P1Y"}},
	// "each of the next two years" is one DURATION spanning "each of", as
	// TimeBank's "each of the past three years".
	{"2015-06-01", "", "Rainfall fell short of the average in each of the last four years.", []string{"each of the last four years|DURATION|P4Y"}},
	{"2015-06-01", "", "Fares will rise by 3 percent in each of the next two years.", []string{"each of the next two years|DURATION|P2Y"}},
	// The start or the end of a season ("a rainy start to the summer") is
	// that season, the one nearest the reference date.
	{"2016-09-20", "", "Ticket sales slipped after a rainy start to the summer.", []string{"the summer|DATE|2016-SU"}},
	{"2019-04-02", "", "Growers reported a dry end to the winter.", []string{"the winter|DATE|2018-WI"}},
	{"2019-04-02", "", "Nothing could put an end to the fall in prices.", nil},
	// A target or a next step told beside the day in the lead does not
	// move the story off that day: a past clock time in the next paragraph
	// is still the day's.
	{"2015-03-10", "", "The council voted 7-2 late Monday to close the library by 2016, sending the plan to the mayor, who could sign it next week.\n\nThe debate lasted four hours, and the vote came just before 11 p.m.", []string{"late Monday|DATE|2015-03-09|END", "2016|DATE|2016", "next week|DATE|2015-W12", "four hours|DURATION|PT4H", "11 p.m.|TIME|2015-03-09T23:00"}},
	{"2012-05-17", "", "The union agreed on Wednesday to a contract running until 2015, and members will vote on it in June.\n\nNegotiators shook hands at 4:15 p.m.", []string{"Wednesday|DATE|2012-05-16", "2015|DATE|2015", "June|DATE|2012-06", "4:15 p.m.|TIME|2012-05-16T16:15"}},
	// A present state lasting to a weekday ("remain closed through",
	// "stays shut until") goes on: its end is the coming one.
	{"2019-03-14", "", "Schools in the county remain closed through Friday.", []string{"Friday|DATE|2019-03-15"}},
	{"2019-03-14", "", "The old bridge stays shut through Friday.", []string{"Friday|DATE|2019-03-15"}},
	// A day named as the limit of a span is not the day the story is on:
	// "through the night" after it is the report's own night.
	{"2019-03-14", "", "The office is closed until Monday. Crews will work through the night.", []string{"Monday|DATE|2019-03-18", "the night|TIME|2019-03-14TNI"}},
	{"2019-03-14", "", "The bridge will stay shut through Friday. Engineers will keep watch through the night.", []string{"Friday|DATE|2019-03-15", "the night|TIME|2019-03-14TNI"}},
	// A closing quotation mark ends the season's phrase as a full stop does.
	{"2021-04-08", "", "The minister said the report would be published \"in the autumn\".", []string{"the autumn|DATE|2021-FA"}},
	// A verb whose past is its bare form after "they", "we" in a condition
	// is the present: the condition, and its day, lie ahead.
	{"2023-03-12", "", "The Bulls will clinch a playoff place if they beat Denver on Wednesday.", []string{"Wednesday|DATE|2023-03-15"}},
	{"2023-03-12", "", "If they beat Denver on Wednesday, the Bulls will clinch a place.", []string{"Wednesday|DATE|2023-03-15"}},
	// The past verb after the bare subject may be a regular one in -ed.
	{"2019-03-05", "", "The barge capsized on Monday. By the evening salvage crews reached the hull.", []string{"Monday|DATE|2019-03-04", "the evening|TIME|2019-03-04TEV"}},
	// A numeral hyphened to a word is part of a name, not a count sharing
	// the unit of the count after "and".
	{"2021-02-19", "", "The probe flew a week after Soyuz-2 and 9 days after the Ariane launch.", []string{"a week|DURATION|P1W", "9 days|DURATION|P9D"}},
	// A part of the day opening a clause joined by ", and" is the day the
	// story is on, as when it opens the sentence.
	{"2021-09-08", "", "Shelling began early on Sunday, and by the afternoon refugees were streaming west.", []string{"early on Sunday|DATE|2021-09-05|START", "the afternoon|TIME|2021-09-05TAF"}},
	{"", "", "The dyke broke on 3 May 1953, but by the evening engineers had closed the gap.", []string{"3 May 1953|DATE|1953-05-03", "the evening|TIME|1953-05-03TEV"}},
	// A day of the month just named with its year is a day of that month,
	// even in news of the next year.
	{"2021-09-08", "", "In March 2020 he called a referendum. The vote, held on 22 March, was boycotted.", []string{"March 2020|DATE|2020-03", "22 March|DATE|2020-03-22"}},
	{"2021-02-10", "", "The plant shut in June 2020. Its last shift ended on June 30, and the site was sold.", []string{"June 2020|DATE|2020-06", "June 30|DATE|2020-06-30"}},
	// A past perfect in the clause before ", and" does not make the
	// date's own clause a look back: the story goes on into January.
	{"", "", "The blockade began on 20 November 1861. By Christmas the harbour had emptied, and on 9 January the first ships were sunk in the channel.", []string{"20 November 1861|DATE|1861-11-20", "Christmas|DATE|1861-12-25", "9 January|DATE|1862-01-09"}},
	// A count of weeks earlier than a day is a week, as "a week later".
	{"", "", "The vanguard reached the pass on 12 May 1799. The enemy had abandoned it a week earlier.", []string{"12 May 1799|DATE|1799-05-12", "a week earlier|DATE|1799-W18"}},
	// A count later or earlier with a month or day in apposition whose
	// year is left implicit: the month the count comes closest to, not
	// the count from whatever date came last.
	{"", "", "The siege began in March 1702. A relief column was beaten off in early June. Five months later, on 14 August, the town surrendered.", []string{"March 1702|DATE|1702-03", "early June|DATE|1702-06|START", "Five months later|DATE|1702-08", "14 August|DATE|1702-08-14"}},
	// Months later than "the end of the year" count from its December.
	{"", "", "The fort was rebuilt in 1712. By the end of the year the walls were finished, and three months later the guns arrived.", []string{"1712|DATE|1712", "the end of the year|DATE|1712|END", "three months later|DATE|1713-03"}},
	{"", "", "The treaty was signed at the end of 1648, and two months later the armies began to disband.", []string{"the end of 1648|DATE|1648|END", "two months later|DATE|1649-02"}},
	// "meanwhile" after a jump ahead with "not until" goes back to the
	// time of the story the jump left.
	// The future in the past denied ("were not to reach ... until", "was
	// never to see ... until") looks ahead as "would" does: the story goes
	// on in its own year after the clause.
	{"", "", "In 1860 the rebels, who were not to take the capital until March 1862, besieged the port through the autumn. In November the fleet arrived.", []string{"1860|DATE|1860", "March 1862|DATE|1862-03", "the autumn|DATE|1860-FA", "November|DATE|1860-11"}},
	{"", "", "The regiment landed in June 1915; it was never to see home again until 1919. In August it went into the line.", []string{"June 1915|DATE|1915-06", "1919|DATE|1919", "August|DATE|1915-08"}},
	// In a narrative a morning reading told after one of the evening or
	// midnight of the same day is the next morning's; the past perfect
	// still looks back.
	{"", "", "The fleet sailed from Portsmouth on 18 July 1588 at 10 p.m. The first shots were fired at 7 a.m.", []string{"18 July 1588|DATE|1588-07-18", "10 p.m.|TIME|1588-07-18T22:00", "7 a.m.|TIME|1588-07-19T07:00"}},
	{"", "", "The raid began on 4 May 1941 at 11:30 p.m. By 4 a.m. the docks were burning.", []string{"4 May 1941|DATE|1941-05-04", "11:30 p.m.|TIME|1941-05-04T23:30", "4 a.m.|TIME|1941-05-05T04:00"}},
	{"", "", "The convoy left Halifax on 9 March 1942. That night the wolf packs closed in, and the first ship was torpedoed at 3:10 a.m.", []string{"9 March 1942|DATE|1942-03-09", "That night|TIME|1942-03-09TNI", "3:10 a.m.|TIME|1942-03-10T03:10"}},
	// So is dawn, or "by morning", after the evening or night of its day.
	{"", "", "The siege guns arrived on 8 September 1855. That night the trenches were pushed forward, and at dawn the bombardment began.", []string{"8 September 1855|DATE|1855-09-08", "That night|TIME|1855-09-08TNI", "dawn|TIME|1855-09-09TMO"}},
	{"", "", "The column reached the pass on 3 May 1863. That evening the rain began, and by morning the road was gone.", []string{"3 May 1863|DATE|1863-05-03", "That evening|TIME|1863-05-03TEV", "morning|TIME|1863-05-04TMO"}},
	// A year named in passing since the paragraph's day has no evening:
	// "that evening" is the day's.
	{"", "", "The rebels seized the arsenal on 2 April 1848. Their leader spoke of the revolution of 1830. That evening the troops withdrew.", []string{"2 April 1848|DATE|1848-04-02", "1830|DATE|1830", "That evening|TIME|1848-04-02TEV"}},
	{"", "", "The fleet anchored off the cape on 9 June 1588, where a Portuguese ship had been wrecked in 1552. That night a storm scattered it.", []string{"9 June 1588|DATE|1588-06-09", "1552|DATE|1552", "That night|TIME|1588-06-09TNI"}},
	{"", "", "The order reached the front on 2 May 1915 at 11 p.m. The men had stood ready since 5 a.m.", []string{"2 May 1915|DATE|1915-05-02", "11 p.m.|TIME|1915-05-02T23:00", "5 a.m.|TIME|1915-05-02T05:00"}},
	// A flashback in a restrictive relative clause on the subject ends
	// with the clause when the subject's verb in the simple past follows:
	// the rest of the sentence is the story's.
	{"", "", "The port fell on 3 March 1918. The admiral who had held it since the autumn of 1916 was dismissed, and in May he retired.", []string{"3 March 1918|DATE|1918-03-03", "the autumn of 1916|DATE|1916-FA", "May|DATE|1918-05"}},
	{"", "", "The treaty was signed in February 1921. The envoy who had negotiated it since the previous spring returned home, and in April he resigned.", []string{"February 1921|DATE|1921-02", "the previous spring|DATE|1920-SP", "April|DATE|1921-04"}},
	// "a quarter of a century later" is a DATE at the century's
	// granularity, as "half a century later" is.
	{"", "", "The abbey was dissolved in 1539. A quarter of a century later its church was a ruin.", []string{"1539|DATE|1539", "A quarter of a century later|DATE|15"}},
	{"", "", "The line was electrified in 1962; a quarter-century later it was closed.", []string{"1962|DATE|1962", "a quarter-century later|DATE|19"}},
	// A count of years and months after "the" is one DURATION spanning the
	// determiner, as "eight years and nine months" is.
	{"", "", "The garrison lost half its men in the three years and five months of the siege.", []string{"the three years and five months|DURATION|P3Y5M"}},
	{"", "", "Over the next two years and six months the debt doubled.", []string{"the next two years and six months|DURATION|P2Y6M"}},
	// An amount in millions or billions before "a year" makes a rate, no
	// expression, as "500,000 visitors a year" does.
	{"", "", "By 1990 the cathedral drew half a million visitors a year.", []string{"1990|DATE|1990"}},
	{"", "", "In 1943 the plant was turning out a billion rounds a month.", []string{"1943|DATE|1943"}},
	// A year compared with ("as in 1871", "than in 1916") is no time of the
	// story: what follows counts from the story's date.
	{"", "", "The treaty was signed on 10 May 1919 in the same hall as in 1871. Two days later the delegates went home.", []string{"10 May 1919|DATE|1919-05-10", "1871|DATE|1871", "Two days later|DATE|1919-05-12"}},
	{"", "", "On 3 March 1917 the ration was cut to less bread than in 1915. The following week the bakers struck.", []string{"3 March 1917|DATE|1917-03-03", "1915|DATE|1915", "The following week|DATE|1917-W10"}},
	// A month or day at the end of a length of time in apposition to the
	// last date ("..., nine months after the election of 7 March") is
	// counted back from it: the date before, not the next such.
	{"", "", "The coalition finally took office on 14 December 1958, nine months after the election of 2 March.", []string{"14 December 1958|DATE|1958-12-14", "nine months|DURATION|P9M", "2 March|DATE|1958-03-02"}},
	{"", "", "The assembly first met on 12 February 1947, eleven weeks after the vote of 29 November.", []string{"12 February 1947|DATE|1947-02-12", "eleven weeks|DURATION|P11W", "29 November|DATE|1946-11-29"}},
	{"", "", "In April 1863 the army crossed the river. It rested for two weeks after the battle of 3 May.", []string{"April 1863|DATE|1863-04", "two weeks|DURATION|P2W", "3 May|DATE|1863-05-03"}},
	// The time of something's height ("at its peak in 1943", "at their
	// height the following year") looks ahead of the story, which goes on
	// in its own year after the sentence.
	{"", "", "The convoys began in July 1941, and at their height the following year they carried half the army's fuel. In October the first ships were sunk.", []string{"July 1941|DATE|1941-07", "the following year|DATE|1942", "October|DATE|1941-10"}},
	{"", "", "The strike spread to the docks in March 1911; at its peak in 1912 it idled 40,000 men. By June the owners had begun to talk.", []string{"March 1911|DATE|1911-03", "1912|DATE|1912", "June|DATE|1911-06"}},
	// "N units on" at the end of its clause after the predicate is "N
	// units later", as at the head of a sentence.
	{"", "", "The mine closed in 1984, and the village was still half empty thirty years on.", []string{"1984|DATE|1984", "thirty years on|DATE|2014"}},
	{"", "", "The bridge was blown in 1944; its piers still stood in the river a decade on.", []string{"1944|DATE|1944", "a decade on|DATE|195"}},
	// A date years ahead that ends a lasting state ("remained ... until
	// 1948") looks ahead of a story told by months: the story keeps its
	// year after the sentence.
	{"", "", "In March 1943 the rebels took the town, which remained in their hands until 1948. In May they marched north.", []string{"March 1943|DATE|1943-03", "1948|DATE|1948", "May|DATE|1943-05"}},
	// So does a state a passive sets, lasting years past the story.
	{"", "", "Peace was signed at Paris on 30 March 1856, and the Black Sea was neutralised until 1871. In April the last troops embarked.", []string{"30 March 1856|DATE|1856-03-30", "1871|DATE|1871", "April|DATE|1856-04"}},
	{"", "", "The rebels surrendered on 2 May 1921. Their party was banned until 1937. In June the leaders were tried.", []string{"2 May 1921|DATE|1921-05-02", "1937|DATE|1937", "June|DATE|1921-06"}},
	// "stood until" tells of a state lasting, and a stretch in a relative
	// clause hangs on a noun of the story: both look ahead of it.
	// "for more than N units afterwards": how long after, a duration, with
	// its modifier; "for" and the adverb stay outside.
	// "years before" ended by "and" and a passive or perfect past is a
	// stretch of unknown length, as before "and" and a simple past.
	{"", "", "The fort was given to Colonel Reyes, who had left the army years before and was called back in 1810.", []string{"years|DURATION|PXY", "1810|DATE|1810"}},
	// So a year just after the story's, in a relative clause.
	{"", "", "The rising was crushed in May 1848, and a commission that sat until 1849 blamed the governor. In August the leaders were tried.", []string{"May 1848|DATE|1848-05", "1849|DATE|1849", "August|DATE|1848-08"}},
	// A day kept every year, in apposition before "is ... a holiday".
	{"", "", "The republic was proclaimed on 5 October 1910. Its anniversary, 5 October, is still a national holiday.", []string{"5 October 1910|DATE|1910-10-05", "5 October|DATE|XXXX-10-05"}},
	// A day kept "as a day of" an observance is no length of time.
	{"", "", "The town was sacked in 1631, and its people still mark the date as a day of remembrance.", []string{"1631|DATE|1631"}},
	{"", "", "The town fell in 1520. For more than a decade afterwards it paid tribute.", []string{"1520|DATE|1520", "more than a decade|DURATION|P10Y|MORE_THAN"}},
	{"", "", "The mine closed in 1890, and for nearly a year afterwards the valley stood empty.", []string{"1890|DATE|1890", "nearly a year|DURATION|P1Y|LESS_THAN"}},
	{"", "", "The bridge was opened on 3 May 1851. A toll house stood at its end until 1902. In June the first trains crossed.", []string{"3 May 1851|DATE|1851-05-03", "1902|DATE|1902", "June|DATE|1851-06"}},
	{"", "", "The company was founded in March 1720, a loan for which the crown paid interest until 1750. In September its shares collapsed.", []string{"March 1720|DATE|1720-03", "1750|DATE|1750", "September|DATE|1720-09"}},
	{"", "", "The island fell on 12 June 1940 and stayed under occupation for four years and ten months, until 9 May 1945. In July the invaders turned east.", []string{"12 June 1940|DATE|1940-06-12", "four years and ten months|DURATION|P4Y10M", "9 May 1945|DATE|1945-05-09", "July|DATE|1940-07"}},
	// A bare year some years ahead that only ends a state denied until
	// then ("did not ... until 1961") looks ahead of a story told by
	// months: the story goes on in its own year after the sentence.
	{"", "", "The rebels burned the mills in May 1848, and the valley did not recover its trade until 1861. In August they marched on the capital.", []string{"May 1848|DATE|1848-05", "1861|DATE|1861", "August|DATE|1848-08"}},
	{"", "", "The dam broke in April 1938, and the farms did not recover until 1950 despite the state's loans. In July the army fell back.", []string{"April 1938|DATE|1938-04", "1950|DATE|1950", "July|DATE|1938-07"}},
	{"", "", "In March 1915 the bridge was blown up by the retreating army; it was never rebuilt until 1928. Lemberg fell in June.", []string{"March 1915|DATE|1915-03", "1928|DATE|1928", "June|DATE|1915-06"}},
	// So does a month or a day with its year in a denied "until" clause.
	{"", "", "The king fled on 9 April 1688 and did not set foot in the capital until March 1691. His treasurer was arrested in November.", []string{"9 April 1688|DATE|1688-04-09", "March 1691|DATE|1691-03", "November|DATE|1688-11"}},
	{"", "", "The abbey burned in May 1540; its bells were never heard again until 2 June 1790. On 6 July the monks left.", []string{"May 1540|DATE|1540-05", "2 June 1790|DATE|1790-06-02", "6 July|DATE|1540-07-06"}},
	// "the new year" told right after a span that crosses one new year is
	// the year the span crosses, not the one after the span's end.
	{"", "", "The Bolivian campaign lasted from November 1932 until May 1933. It began when the army crossed the river. The troops held the forts for weeks, attacked early in the new year and took the town in April 1933.", []string{"November 1932|DATE|1932-11", "May 1933|DATE|1933-05", "weeks|DURATION|PXW", "early in the new year|DATE|1933|START", "April 1933|DATE|1933-04"}},
	{"", "", "The blockade lasted from September 1861 to March 1862. In the new year the port ran short of flour.", []string{"September 1861|DATE|1861-09", "March 1862|DATE|1862-03", "the new year|DATE|1862"}},
	// A one-word holiday after a capitalized name word of the same name
	// is the tail of another day's name, on another date: no DATE. A
	// greeting ("Happy Christmas") keeps the holiday.
	{"", "", "In 1996 the republic marked Unity Thanksgiving Day with a parade.", []string{"1996|DATE|1996"}},
	{"", "", "In 2005 the Copts celebrated Coptic Christmas with a vigil.", []string{"2005|DATE|2005"}},
	{"", "", "Late in 2005 Happy Christmas messages were sent.", []string{"Late in 2005|DATE|2005|END", "Christmas|DATE|2005-12-25"}},
	// "the day before" opening a clause after ", and" or a semicolon,
	// with a clause in the past perfect after it that runs to the
	// sentence's end, governs nothing: it is the day (year) before the
	// one just named. With a main clause after a comma, "before" opens a
	// clause of its own and nothing is tagged.
	{"", "", "The treaty was signed in Vienna on 9 March 1815, and the day before the envoys had agreed on the frontier.", []string{"9 March 1815|DATE|1815-03-09", "the day before|DATE|1815-03-08"}},
	{"", "", "The strike ended in 1926; the year before the miners had rejected two offers.", []string{"1926|DATE|1926", "the year before|DATE|1925"}},
	{"", "", "The treaty was signed in Vienna on 9 March 1815, and the day before the envoys arrived, the king fell ill.", []string{"9 March 1815|DATE|1815-03-09"}},
	// One year on, a month or a year in a denied "until" clause that
	// closes its paragraph tells how long what the paragraph told went
	// on: the next paragraph goes back to the story's year. Inside the
	// paragraph the story moves on to the later year.
	{"", "", "The fleet blockaded the port from 3 September 1917, and the harbour was not reopened to trade until March 1918.\n\nThe fortress surrendered on 20 October after a long bombardment.", []string{"3 September 1917|DATE|1917-09-03", "March 1918|DATE|1918-03", "20 October|DATE|1917-10-20"}},
	{"", "", "Rebels cut the railway on 14 August 1920; the line did not carry trains again until 1921.\n\nIn September the governor fled.", []string{"14 August 1920|DATE|1920-08-14", "1921|DATE|1921", "September|DATE|1920-09"}},
	{"", "", "Rebels cut the railway on 14 August 1920; the line did not carry trains again until 1921. In September the governor fled.", []string{"14 August 1920|DATE|1920-08-14", "1921|DATE|1921", "September|DATE|1921-09"}},
	{"", "", "Rebels cut the railway on 14 August 1920; the line did not carry trains again until May 1921.\n\nThat summer the governor fled.", []string{"14 August 1920|DATE|1920-08-14", "May 1921|DATE|1921-05", "That summer|DATE|1921-SU"}},
	{"", "", "The rebels took the port in the spring of 1820, and it was not until March 1822 that the navy recovered it. The royal army, meanwhile, besieged the capital in August.", []string{"the spring of 1820|DATE|1820-SP", "March 1822|DATE|1822-03", "August|DATE|1820-08"}},
	{"", "", "The rebels took the port in the spring of 1820, and it was not until March 1822 that the navy recovered it. The royal army besieged the capital in August.", []string{"the spring of 1820|DATE|1820-SP", "March 1822|DATE|1822-03", "August|DATE|1822-08"}},
	// "little" before "more than", "over" is a degree word of the
	// quantifier, inside the span as "a little more than".
	{"", "", "The new canal was dug in little more than two years.", []string{"little more than two years|DURATION|P2Y|MORE_THAN"}},
	{"", "", "The republic survived for little over a decade.", []string{"little over a decade|DURATION|P10Y|MORE_THAN"}},
	// "a day" in apposition to the date just given names that date; it
	// measures nothing.
	{"", "", "The charter was sealed on 15 June 1215, a day still remembered in English law.", []string{"15 June 1215|DATE|1215-06-15"}},
	{"", "", "The garrison surrendered on 2 January 1492, a day celebrated in Granada ever since.", []string{"2 January 1492|DATE|1492-01-02"}},
	{"", "", "The talks stalled on 3 May, a day after the envoys arrived.", []string{"3 May|DATE|XXXX-05-03", "a day|DURATION|P1D"}},
	// "until" closing a range opened by "from" is its end, as "to" is: the
	// verb decides whether the range is past.
	{"2011-03-05", "", "Nurses picketed the hospital from Tuesday until Thursday. Their union will picket again from 7 a.m. Monday until noon Wednesday.", []string{"Tuesday|DATE|2011-03-01", "Thursday|DATE|2011-03-03", "7 a.m. Monday|TIME|2011-03-07T07:00", "noon Wednesday|TIME|2011-03-09T12:00"}},
	// A past verb of lasting (among them "went on", "met", "talked")
	// before "until" decides the weekday after it, with "early" or "late"
	// between them too.
	{"2011-03-05", "", "The blizzard lasted until early Thursday. The mediators talked until late Wednesday night, and the hearing went on until Friday.", []string{"early Thursday|DATE|2011-03-03|START", "late Wednesday night|DATE|2011-03-02|END", "Friday|DATE|2011-03-04"}},
	{"2011-03-05", "", "The blizzard will last until early Thursday.", []string{"early Thursday|DATE|2011-03-10|START"}},
	// An aside opened by a past participle dates what its noun underwent:
	// the participle decides the weekday, not the main verb after the aside.
	{"2011-03-09", "", "The treaty, ratified in the small hours of Monday, ends a border dispute.", []string{"Monday|DATE|2011-03-07"}},
	{"2011-03-09", "", "The strike, called off in the small hours of Sunday, ends a month of disruption.", []string{"Sunday|DATE|2011-03-06", "a month|DURATION|P1M"}},
	// "extra" counts time as "additional" does: "an extra day", "two extra weeks".
	{"2011-03-05", "", "The repairs kept the ship in port an extra day, and the crew was given two extra weeks of leave.", []string{"an extra day|DURATION|P1D", "two extra weeks|DURATION|P2W"}},
	// A past verb of lasting before "until" decides a clock time and
	// weekday after it as it does a bare weekday: the day just past.
	{"2011-03-05", "", "The two sides bargained for hours and worked until 2 a.m. Thursday to finish the draft.", []string{"hours|DURATION|PTXH", "2 a.m. Thursday|TIME|2011-03-03T02:00"}},
	{"2011-03-05", "", "Rescue crews stayed until 11:30 p.m. Friday.", []string{"11:30 p.m. Friday|TIME|2011-03-04T23:30"}},
	// "a.m." is a clock reading like "p.m.": "postponed until 9 a.m. Monday" is a new date ahead.
	{"2011-03-05", "", "The hearing was postponed until 9 a.m. Monday.", []string{"9 a.m. Monday|TIME|2011-03-07T09:00"}},
	// The present of a schedule does not read ahead a date after a count
	// and "after" ("comes a month after"): that date is of the event the
	// present one follows. Without the count the schedule may still hold.
	{"2023-10-12", "", "The team returns after the break on Monday.", []string{"Monday|DATE|2023-10-16"}},
	{"2023-10-12", "", "The pipeline deal comes a month after the offensive on Sept. 19 and a week after talks in Brussels on Oct. 5.", []string{"a month|DURATION|P1M", "Sept. 19|DATE|2023-09-19", "a week|DURATION|P1W", "Oct. 5|DATE|2023-10-05"}},
	// A range's end "of the following year" takes that year, counted from
	// the range's start.
	{"", "", "The siege lasted from October 1854 until September of the following year.", []string{"October 1854|DATE|1854-10", "September|DATE|1855-09", "the following year|DATE|1855"}},
	{"", "", "The works ran from 4 May 1890 to 2 March of the following year, and the line opened that summer.", []string{"4 May 1890|DATE|1890-05-04", "2 March|DATE|1891-03-02", "the following year|DATE|1891", "that summer|DATE|1891-SU"}},
	// "the week before" after a month is a week of its year.
	{"2020-08-11", "", "He was re-elected in October 2015. The union had eased its sanctions the week before.", []string{"October 2015|DATE|2015-10", "the week before|DATE|2015-WXX"}},
	// A count of days or more back from a night or a clock time is a day.
	{"", "", "On 4 March 1921 the garrison mutinied that night. A month earlier the sailors had petitioned the council.", []string{"4 March 1921|DATE|1921-03-04", "that night|TIME|1921-03-04TNI", "A month earlier|DATE|1921-02-04"}},
	{"", "", "The alarm sounded on 9 May 1902. The fire broke out at 2 a.m. A week earlier the owners had cut the night watch.", []string{"9 May 1902|DATE|1902-05-09", "2 a.m.|TIME|1902-05-09T02:00", "A week earlier|DATE|1902-05-02"}},
	// "the autumn" before the past verb of its clause ends there: no
	// compound noun goes on with a verb.
	{"2025-06-03", "", "The army withdrew in March 2022. Its offensive in the summer was halted, and its counteroffensive in the autumn recaptured most of the province.", []string{"March 2022|DATE|2022-03", "the summer|DATE|2022-SU", "the autumn|DATE|2022-FA"}},
	// A day looked ahead to by a future in the past, from a day of a past
	// year named earlier in the sentence, is the first such after it.
	{"2020-03-06", "", "On 3 June 2018 the rebels agreed that their fighters would leave the city by 1 August.", []string{"3 June 2018|DATE|2018-06-03", "1 August|DATE|2018-08-01"}},
	{"2020-03-06", "", "In May 2017 the ministers agreed to lift the blockade in September.", []string{"May 2017|DATE|2017-05", "September|DATE|2017-09"}},
	{"2024-03-01", "", "The minister, appointed on 3 June 2022, said on Tuesday that talks would resume on 15 March.", []string{"3 June 2022|DATE|2022-06-03", "Tuesday|DATE|2024-02-27", "15 March|DATE|2024-03-15"}},
	{"2024-03-01", "", "The minister, appointed on 3 June 2022, said talks would resume on 15 March.", []string{"3 June 2022|DATE|2022-06-03", "15 March|DATE|2024-03-15"}},
	{"2024-03-01", "", "The rebels agreed on 3 June 2022 to leave the city by 1 August.", []string{"3 June 2022|DATE|2022-06-03", "1 August|DATE|2022-08-01"}},
	// "the following day" after a year or a month named since the day of
	// its sentence is the day after that day.
	{"", "", "The treaty was signed on 4 May 1920 and promised elections in the spring of 1921, and the occupying army left the following day.", []string{"4 May 1920|DATE|1920-05-04", "the spring of 1921|DATE|1921-SP", "the following day|DATE|1920-05-05"}},
	{"2016-03-02", "", "Ministers met on 12 February to plan cuts for 2017, and the budget was published the next day.", []string{"12 February|DATE|2016-02-12", "2017|DATE|2017", "the next day|DATE|2016-02-13"}},
	// A quarter before "century" counts 25 years, as "a quarter-century".
	{"2011-03-18", "", "Prices have doubled over the past quarter century, and the treaty held for the next quarter century.", []string{"the past quarter century|DURATION|P25Y", "the next quarter century|DURATION|P25Y"}},
	{"", "", "He ruled for nearly a quarter of a century.", []string{"nearly a quarter of a century|DURATION|P25Y|LESS_THAN"}},
	{"", "", "The treaty was ratified in 1856, and for the next quarter of a century it shaped policy.", []string{"1856|DATE|1856", "the next quarter of a century|DURATION|P25Y"}},
	// A number that labels an item after its noun is no year.
	{"2011-03-18", "", "The council adopted Resolution 1973 on Thursday, and Flight 2012 was diverted.", []string{"Thursday|DATE|2011-03-17"}},
	// In a report, "overnight" after the day before the DCT named earlier
	// in its sentence is the night that follows that day; after "after"
	// it stays the night before the day.
	{"2019-04-12", "", "A truce agreed by the two armies on Thursday held overnight, residents said.", []string{"Thursday|DATE|2019-04-11", "overnight|TIME|2019-04-11TNI"}},
	{"2019-04-12", "", "The rebels attacked the town on Thursday after heavy shelling overnight.", []string{"Thursday|DATE|2019-04-11", "overnight|TIME|2019-04-10TNI"}},
	// A phrase opening the sentence with a preposition, with a past
	// participle after its noun, dates what was done: the main clause's
	// future does not reach a weekday in it.
	{"2004-06-11", "", "According to the schedule published by the Foreign Ministry on Tuesday, the talks will resume on Monday.", []string{"Tuesday|DATE|2004-06-08", "Monday|DATE|2004-06-14"}},
	{"2004-06-11", "", "Under the plan approved by the Workers' Party on Tuesday, the strike will end on Monday.", []string{"Tuesday|DATE|2004-06-08", "Monday|DATE|2004-06-14"}},
	{"2004-06-11", "", "Under the timetable drawn up by the two leaders on Wednesday, troops will leave in August.", []string{"Wednesday|DATE|2004-06-09", "August|DATE|2004-08"}},
	// A bare unit and "later" before "and" and a second past verb ends its
	// clause there, as at a comma.
	{"2006-07-12", "", "A second train caught fire minutes later and burned for an hour; the mayor arrived hours later but refused to speak.", []string{"minutes|DURATION|PTXM", "an hour|DURATION|PT1H", "hours|DURATION|PTXH"}},
	// In news too a bare part of the day after "by" is that of the day
	// the paragraph is on.
	{"2010-05-04", "", "Rescuers reached the village on Monday, and by evening they had found 40 survivors.", []string{"Monday|DATE|2010-05-03", "evening|TIME|2010-05-03TEV"}},
	// An Easter of the Orthodox churches is reckoned by the Julian
	// computus: a week or more after the western one in most years.
	{"2000-04-25", "", "Western churches marked Easter on Sunday, but Orthodox Easter falls on April 30 this year.", []string{"Easter|DATE|2000-04-23", "Sunday|DATE|2000-04-23", "Easter|DATE|2000-04-30", "April 30|DATE|2000-04-30", "this year|DATE|2000"}},
	{"2001-03-01", "", "Greek Orthodox believers will celebrate Easter with the rest of Christendom.", []string{"Easter|DATE|2001-04-15"}},
	// "year-2000" compounded before a noun names the computer date
	// problem, not the year.
	{"1999-06-02", "", "The bank spent $40 million on year-2000 repairs and will close on Jan. 3, 2000.", []string{"Jan. 3, 2000|DATE|2000-01-03"}},
	// After the text has told that fiscal Y ended, the current fiscal year
	// is Y+1, whatever the calendar year.
	{"2003-11-20", "", "The agency overspent in fiscal 2003, which ended Sept. 30, and expects a deficit again this fiscal year.", []string{"fiscal 2003|DATE|2003", "Sept. 30|DATE|2003-09-30", "this fiscal year|DATE|2004"}},
	{"2003-11-20", "", "The agency overspent in fiscal 2003 and expects a deficit again this fiscal year.", []string{"fiscal 2003|DATE|2003", "this fiscal year|DATE|2003"}},
	// A weekday left out of a recurring time by "except" recurs too.
	{"2005-03-09", "", "The museum will open every day except Monday, and the ferry sails daily excluding Sunday.", []string{"every day|SET|P1D", "Monday|SET|XXXX-WXX-1", "daily|SET|P1D", "Sunday|SET|XXXX-WXX-7"}},
	// A Feb. 29 without its year is a leap day: of the leap year nearest
	// the year the tense gives.
	{"2001-05-28", "", "The last payment was made on Feb. 29.", []string{"Feb. 29|DATE|2000-02-29"}},
	{"2003-01-10", "", "The new law takes effect on Feb. 29, officials said.", []string{"Feb. 29|DATE|2004-02-29"}},
	// "about" after a verb or noun of talk or worry is its preposition,
	// no approximation of the date after it.
	{"2007-11-14", "", "Bankers warned about March 31, 2008, when the loans come due, and talked for about two hours.", []string{"March 31, 2008|DATE|2008-03-31", "about two hours|DURATION|PT2H|APPROX"}},
	{"2007-11-14", "", "Aides worried about 2008 and the vote held around Nov. 1.", []string{"2008|DATE|2008", "around Nov. 1|DATE|2007-11-01|APPROX"}},
	// "that fall" before "due", "short", "below" is a relative pronoun and
	// its verb, no season.
	{"2001-05-09", "", "In 2000 the bank rescheduled debts that fall due in June, and firms that fall short of the target pay a fine.", []string{"2000|DATE|2000", "June|DATE|2001-06"}},
	// After a present verb of saying, "overnight" is the night before the
	// DCT, not before a day an earlier sentence named.
	{"2003-03-23", "", "The ministry closed the bridge late Thursday and reopened it on Friday. The army says its gunners fired 200 shells overnight.", []string{"late Thursday|DATE|2003-03-20|END", "Friday|DATE|2003-03-21", "overnight|TIME|2003-03-22TNI"}},
	// In narrative, "by the weekend", "until the weekend" are the weekend
	// of the day the story is on, as "over the weekend".
	{"", "", "The first troops landed on Thursday, 6 January 2022. By the weekend order had been restored.", []string{"Thursday, 6 January 2022|DATE|2022-01-06", "the weekend|DATE|2022-W01-WE"}},
	// In news, "the night" told after an afternoon event of the DCT's day
	// is the night that follows it, not the one before the report.
	{"2014-06-13", "", "A tanker exploded at the port at 3:20 p.m. on Friday. Firefighters battled the blaze through the night.", []string{"3:20 p.m.|TIME|2014-06-13T15:20", "Friday|DATE|2014-06-13", "the night|TIME|2014-06-13TNI"}},
	// "throughout the night", "throughout the afternoon": the part of the
	// day the story is on, as "through the night".
	{"", "", "The rebels stormed the arsenal on April 9, 1871. Throughout the night the militia held the bridge, and shells fell on the quarter throughout the afternoon.", []string{"April 9, 1871|DATE|1871-04-09", "the night|TIME|1871-04-09TNI", "the afternoon|TIME|1871-04-09TAF"}},
	{"2014-06-13", "", "Fire broke out in a warehouse near the port. Crews worked through the night.", []string{"the night|TIME|2014-06-12TNI"}},
	// "shut", "cut", "hit" before a count or a particle after a singular
	// subject are past: "a fire shut one of its furnaces".
	{"2019-06-11", "", "In 2016 a fire shut one of its furnaces for the summer.", []string{"2016|DATE|2016", "the summer|DATE|2016-SU"}},
	{"2019-06-11", "", "A storm cut off the town in August.", []string{"August|DATE|2018-08"}},
	// A year frames its own clause in news background: a month or season
	// after it in the clause, in the past, is of that year.
	{"2019-06-11", "", "The mill cut 1,200 jobs, and in 2016 it was idle for the summer.", []string{"2016|DATE|2016", "the summer|DATE|2016-SU"}},
	{"2019-06-11", "", "The mill was sold in 2015 to a rival in March.", []string{"2015|DATE|2015", "March|DATE|2015-03"}},
	// The story's day named again without its year, after background
	// of earlier years, is that day.
	{"", "", "The mutiny broke out on 14 July 1857 at Meerut. The regiment had been raised in 1796 and was sent to Bengal in 1840. On 14 July the sepoys killed their officers, and on 16 July they marched on Delhi.", []string{"14 July 1857|DATE|1857-07-14", "1796|DATE|1796", "1840|DATE|1840", "14 July|DATE|1857-07-14", "16 July|DATE|1857-07-16"}},
	// Not when the story has gone on day by day in an earlier year: the
	// day is that year's.
	{"", "", "The war ended on 31 May 1902. It had begun in October 1899. Kimberley was relieved on 15 February 1900, and Roberts took Johannesburg on 31 May.", []string{"31 May 1902|DATE|1902-05-31", "October 1899|DATE|1899-10", "15 February 1900|DATE|1900-02-15", "31 May|DATE|1900-05-31"}},
	// "Since then" with the present perfect brings a news story's
	// background up to now: a bare month after it counts from the DCT; in
	// the past perfect it does not.
	{"2005-09-14", "", "The last coal mine in Ashby closed in August 1992. Since then the town has lost half its people. In June, the council voted to turn the pithead into a museum.", []string{"August 1992|DATE|1992-08", "June|DATE|2005-06"}},
	{"2005-09-14", "", "The mill closed in August 1992. Since then, the town has shrunk. In November, the council voted to sell the site.", []string{"August 1992|DATE|1992-08", "November|DATE|2004-11"}},
	{"2005-09-14", "", "The mill closed in August 1992. Since then it had stood empty. In November it burned down.", []string{"August 1992|DATE|1992-08", "November|DATE|1992-11"}},
	// So are a chronology's entries after a bullet or with a dash.
	{"2011-11-23", "", "A timeline:\n\n- Nov. 14: Freezing rain begins at about 3 a.m.\n- Nov. 18: The utility says power will be back by the weekend.", []string{"Nov. 14|DATE|2011-11-14", "about 3 a.m.|TIME|2011-11-14T03:00|APPROX", "Nov. 18|DATE|2011-11-18", "the weekend|DATE|2011-W46-WE"}},
	{"2011-11-23", "", "A timeline:\nNov. 14 -- Freezing rain begins at about 3 a.m.\nNov. 15 -- The governor declares an emergency.", []string{"Nov. 14|DATE|2011-11-14", "about 3 a.m.|TIME|2011-11-14T03:00|APPROX", "Nov. 15|DATE|2011-11-15"}},
	// An infinitive after "declined", "refused" tells what was not done
	// then, no look ahead: the verb before decides.
	{"2008-01-23", "", "The board refused to pay the bonus in March.", []string{"March|DATE|2007-03"}},
	{"2008-01-23", "", "The company declined to comment on Tuesday.", []string{"Tuesday|DATE|2008-01-22"}},
	{"2008-01-23", "", "The company agreed to pay the bonus in March.", []string{"March|DATE|2008-03"}},
	// A new section of an article on "The 1998 Dhaka floods", after a
	// background section on earlier years, is back in the subject's year.
	{"", "", "The 1998 Dhaka floods were the worst in the city for a generation.\n\n== Background ==\nThe city had last flooded badly in August 1988, and a new embankment was begun in March 1992.\n\n== Floods ==\nOn 12 July the river rose above the embankment. By 20 July half the city was under water.", []string{"1998|DATE|1998", "a generation|DURATION|PXY", "August 1988|DATE|1988-08", "March 1992|DATE|1992-03", "12 July|DATE|1998-07-12", "20 July|DATE|1998-07-20"}},
	// A deadline of a commitment ("pledged to reach a deal by the end of
	// 2008") looks ahead of the story, which goes on after its sentence
	// from where it was.
	{"", "", "In February 2007, 46 nations pledged to reach a deal by the end of 2008. A first draft was circulated on May 23, and in December the round ended.", []string{"February 2007|DATE|2007-02", "the end of 2008|DATE|2008|END", "May 23|DATE|2007-05-23", "December|DATE|2007-12"}},
	{"", "", "In March 1864 the company agreed to finish the line by 1869. Work began in June, and by October the first tunnel was open.", []string{"March 1864|DATE|1864-03", "1869|DATE|1869", "June|DATE|1864-06", "October|DATE|1864-10"}},
	// "The day before," opening a sentence after months named since the
	// story's day counts from the day the paragraph is on, or in news
	// from the DCT when the paragraph names none.
	{"2023-07-27", "", "The central bank held rates on Thursday.\n\nIt first raised them on July 21 last year, and again in September, December and March.\n\nThe decision was widely expected. The day before, figures showed inflation had fallen.", []string{"Thursday|DATE|2023-07-27", "July 21|DATE|2022-07-21", "last year|DATE|2022", "September|DATE|2022-09", "December|DATE|2022-12", "March|DATE|2023-03", "The day before|DATE|2023-07-26"}},
	// A day followed by "last year", "this year", "next year" is of the
	// year named, the year an expression of its own.
	{"2023-07-27", "", "The bank first raised rates on July 21 last year.", []string{"July 21|DATE|2022-07-21", "last year|DATE|2022"}},
	{"2023-07-27", "", "Fares went up on 1 March last year and will rise again in January.", []string{"1 March|DATE|2022-03-01", "last year|DATE|2022", "January|DATE|2024-01"}},
	// A vague count of a unit before "after" or "before", behind a past
	// verb and its object or place, is the distance to an event, a
	// DURATION of unknown length; the minutes of a meeting are none.
	{"2016-10-22", "", "A bomb exploded in a crowded market hours after the ceasefire began.", []string{"hours|DURATION|PTXH"}},
	{"2016-10-22", "", "The plane crashed into the sea minutes after takeoff.", []string{"minutes|DURATION|PTXM"}},
	// The point of a title before a name is no break in the clause: "Police
	// stopped Dr. Jones minutes after" is the past verb's.
	{"2016-10-22", "", "Police stopped Dr. Jones minutes after he left the clinic.", []string{"minutes|DURATION|PTXM"}},
	{"2012-11-07", "", "The network called Ohio for Mr. Obama minutes after the polls closed there.", []string{"minutes|DURATION|PTXM"}},
	{"2016-10-22", "", "Police arrested him at his home days after the shooting.", []string{"days|DURATION|PXD"}},
	{"2016-10-22", "", "The council approved the meeting minutes after a long debate.", nil},
	// What an act opens, paves or clears the way for, or sets the stage
	// for, comes after it.
	{"2003-01-22", "", "Parliament voted on Wednesday to dissolve itself, opening the way for an early election in the spring.", []string{"Wednesday|DATE|2003-01-22", "the spring|DATE|2003-SP"}},
	{"2003-01-22", "", "Lawmakers approved the budget, clearing the way for tax cuts in April.", []string{"April|DATE|2003-04"}},
	{"2003-01-22", "", "The board voted to close the plant, a decision that set the stage for layoffs in March.", []string{"March|DATE|2003-03"}},
	{"", "", "In June 1990 the court ruled, paving the way for elections in March.", []string{"June 1990|DATE|1990-06", "March|DATE|1991-03"}},
	// A sentence whose subject points back with "That" to what the last
	// day named told of, even one named after "since", is of that day.
	{"2008-02-18", "", "A tornado tore through the town early Friday, killing two people. It was the deadliest storm here since March 12, 1993, when a twister killed four people. That storm arrived after midnight and left the town without power for nine days.", []string{"early Friday|DATE|2008-02-15|START", "March 12, 1993|DATE|1993-03-12", "midnight|TIME|1993-03-12T24:00", "nine days|DURATION|P9D"}},
	{"2005-05-11", "", "Ferry service resumed on Monday, the first sailing since Oct. 4, 2001, when the old ship was retired. That vessel left at 6 a.m. on its final run.", []string{"Monday|DATE|2005-05-09", "Oct. 4, 2001|DATE|2001-10-04", "6 a.m.|TIME|2001-10-04T06:00"}},
	{"2005-05-11", "", "Ferry service resumed on Monday, the first sailing since Oct. 4, 2001. The ship left at 6 a.m. with 40 passengers.", []string{"Monday|DATE|2005-05-09", "Oct. 4, 2001|DATE|2001-10-04", "6 a.m.|TIME|2005-05-09T06:00"}},
	// "the weekend" after a modal of possibility with a verb of its own
	// lies ahead, though the saying is past; "could not", "could have"
	// are past.
	{"2008-02-18", "", "Forecasters warned that more storms could reach the area by the weekend.", []string{"the weekend|DATE|2008-W08-WE"}},
	{"2008-02-18", "", "Forecasters said more storms might reach the area over the weekend.", []string{"the weekend|DATE|2008-W08-WE"}},
	{"2008-02-18", "", "He said the company could have closed the plant over the weekend.", []string{"the weekend|DATE|2008-W07-WE"}},
	// "back" after a verb of motion or being tells of a return, no look
	// back: a month after it goes on into the next year; "Back in
	// February" still looks back.
	{"", "", "The expedition reached the pole on 14 December 1911, and it was back at its base camp in January.", []string{"14 December 1911|DATE|1911-12-14", "January|DATE|1912-01"}},
	{"", "", "The strike began on 20 November 1984, and the miners went back to work in February.", []string{"20 November 1984|DATE|1984-11-20", "February|DATE|1985-02"}},
	{"", "", "The strike began on 20 November 1984. Back in February, the miners had voted against it.", []string{"20 November 1984|DATE|1984-11-20", "February|DATE|1984-02"}},
	// A clock time in the past in the paragraph after the day of the
	// story takes that day when one period came up since, lengths of time
	// aside.
	{"2021-06-15", "", "The two pandas arrived at the zoo early Sunday, the first pandas in the city in more than 30 years.\n\nThey were flown from Chengdu in May and spent six weeks in quarantine before their crates were opened at 9:15 a.m.", []string{"early Sunday|DATE|2021-06-13|START", "more than 30 years|DURATION|P30Y|MORE_THAN", "May|DATE|2021-05", "six weeks|DURATION|P6W", "9:15 a.m.|TIME|2021-06-13T09:15"}},
	// A chronology's entry ("Feb. 26: The river rises") is told in the
	// present of its day: its heading is the nearest such day, no look
	// ahead; its clock times and "the weekend" count from it; and a
	// heading on the next line is no day of the clock time before it.
	{"2005-03-10", "", "Here is how the flood unfolded:\n\nFeb. 26: The river rises above flood stage at about 6 p.m.\n\nFeb. 28: Officials say the crest will pass by the weekend.\n\nMarch 3: The last evacuees return home.", []string{"Feb. 26|DATE|2005-02-26", "about 6 p.m.|TIME|2005-02-26T18:00|APPROX", "Feb. 28|DATE|2005-02-28", "the weekend|DATE|2005-W09-WE", "March 3|DATE|2005-03-03"}},
	{"2005-03-10", "", "The schedule:\n\nMarch 14: The committee votes on the bill.\n\nMarch 16: The full house takes it up.", []string{"March 14|DATE|2005-03-14", "March 16|DATE|2005-03-16"}},
	// A week counted from a date lies in that date's month: a month
	// after it that crosses the new year is the next year's.
	{"", "", "The expedition reached the pole on 14 December 1911. A week later the party turned north, and it reached its base camp in January.", []string{"14 December 1911|DATE|1911-12-14", "A week later|DATE|1911-W51", "January|DATE|1912-01"}},
	{"2004-03-01", "", "The strike began on 20 November 1984. Three weeks later the union broke off the talks, and the miners returned to work in February.", []string{"20 November 1984|DATE|1984-11-20", "Three weeks later|DATE|1984-W50", "February|DATE|1985-02"}},
	// News writes a day of a past year with its year: a bare day of a
	// month the story named with a year years back, with only news dates
	// between, is of that month; a date of another past time between
	// moves the story there.
	{"2019-05-06", "", "Divers found the wreck of the trawler Aldous, which sank in October 1956, the coast guard said on Friday. The wreck was spotted on Wednesday by a survey ship. The trawler left Grimsby on 14 October with a crew of 19.", []string{"October 1956|DATE|1956-10", "Friday|DATE|2019-05-03", "Wednesday|DATE|2019-05-01", "14 October|DATE|1956-10-14"}},
	{"2019-05-06", "", "The trawler sank in October 1956. The owners sold the line in April 1960, and the last ship left port on 14 October.", []string{"October 1956|DATE|1956-10", "April 1960|DATE|1960-04", "14 October|DATE|1960-10-14"}},
	{"2017-08-16", "", "Acme, which was founded in November 1987, said on Tuesday that sales fell 4 percent in November.", []string{"November 1987|DATE|1987-11", "Tuesday|DATE|2017-08-15", "November|DATE|2016-11"}},
	// A heading "Second day" without the article is that day too.
	{"", "", "The battle was fought from 1 to 3 July 1863.\n\nPrelude\n\nThe armies met on 28 June.\n\nFirst day\n\nHeth advanced at dawn.\n\nSecond day\n\nLongstreet attacked.", []string{"1|DATE|1863-07-01", "3 July 1863|DATE|1863-07-03", "28 June|DATE|1863-06-28", "First day|DATE|1863-07-01", "dawn|TIME|1863-07-01TMO", "Second day|DATE|1863-07-02"}},
	{"", "", "The battle was fought from 1 to 3 July 1863. First day losses were heavy.", []string{"1|DATE|1863-07-01", "3 July 1863|DATE|1863-07-03"}},
	// Weekdays written in an Old Style story count in the writer's
	// calendar also after a day told without its weekday.
	{"", "", "The fire broke out on Sunday, 2 September 1666. On Tuesday the cathedral burned; the wind dropped that evening, and by Thursday the fire was out.", []string{"Sunday, 2 September 1666|DATE|1666-09-02", "Tuesday|DATE|1666-09-04", "that evening|TIME|1666-09-04TEV", "Thursday|DATE|1666-09-06"}},
	// A day in brackets right after a day is the same day in another
	// reckoning: the story stays on the day before the bracket.
	{"", "", "The fortress surrendered on 11 December 1709 (30 November in the Julian calendar). At 9 a.m. the garrison marched out, and two days later the tsar entered.", []string{"11 December 1709|DATE|1709-12-11", "30 November|DATE|1709-11-30", "9 a.m.|TIME|1709-12-11T09:00", "two days later|DATE|1709-12-13"}},
	{"", "", "The rising began on the night of 7-8 March 1921 (23-24 February O.S.). At dawn the ships opened fire.", []string{"7|DATE|1921-03-07", "8 March 1921|DATE|1921-03-08", "23|DATE|1921-02-23", "24 February|DATE|1921-02-24", "dawn|TIME|1921-03-08TMO"}},
	// "early on the 26th", "late on the 28th" are one DATE with their
	// mod, as "early on 5 July".
	{"", "", "The garrison held out from 20 January 1885. It was overrun early on the 26th, and the column arrived late on the 28th.", []string{"20 January 1885|DATE|1885-01-20", "early on the 26th|DATE|1885-01-26|START", "late on the 28th|DATE|1885-01-28|END"}},
	// "the early hours of the 5th" is the day, as "the early hours of 6
	// June".
	{"", "", "The assault began on 3 May 1810. The breach was stormed in the early hours of the 5th, and in the small hours of the 6th the citadel fell.", []string{"3 May 1810|DATE|1810-05-03", "the 5th|DATE|1810-05-05", "the 6th|DATE|1810-05-06"}},
	// "a quarter" as the subject of a verb is a share, not three months.
	{"", "", "Of the 4,000 men who sailed in 1588, fewer than a quarter returned.", []string{"1588|DATE|1588"}},
	{"", "", "The crew numbered 300 in May 1741; about a quarter were lost to scurvy within a quarter.", []string{"May 1741|DATE|1741-05", "a quarter|DURATION|P1Q"}},
	// A section heading "The second day" is the day of the event whose
	// days the article gave as a range, the range the story has not passed.
	{"", "", "The siege of the town lasted from 12 to 15 May 1702.\n\nBackground\n\nThe army had marched from 3 to 6 April and camped on 2 May.\n\nThe first day\n\nGuns opened fire at dawn.\n\nThe second day\n\nThe walls were breached.", []string{"12|DATE|1702-05-12", "15 May 1702|DATE|1702-05-15", "3|DATE|1702-04-03", "6 April|DATE|1702-04-06", "2 May|DATE|1702-05-02", "The first day|DATE|1702-05-12", "dawn|TIME|1702-05-12TMO", "The second day|DATE|1702-05-13"}},
	// An earlier date in a noun phrase in apposition ("a canal opened in
	// 1821") is background: the story goes on in its own year.
	{"", "", "In the winter of 1846-47 the harbour froze. Grain came overland by a canal, a waterway opened on 3 October 1845, and when the thaw came in March the ships returned.", []string{"the winter of 1846-47|DATE|1846-WI", "3 October 1845|DATE|1845-10-03", "March|DATE|1847-03"}},
	{"", "", "In 1872 the line reached the coast. The company ran its trains over the old bridge, a structure first built in 1790, and in May the new station opened.", []string{"1872|DATE|1872", "1790|DATE|1790", "May|DATE|1872-05"}},
	// "by the end of the day" is the end of the day the story is on.
	{"", "", "The fleet sailed at 6 a.m. on 12 March 1805, and by the end of the day it had rounded the cape.", []string{"6 a.m.|TIME|1805-03-12T06:00", "12 March 1805|DATE|1805-03-12", "the end of the day|DATE|1805-03-12|END"}},
	{"2010-05-04", "", "Officials hope to finish the count by the end of the day.", []string{"the end of the day|DATE|2010-05-04|END"}},
	{"", "", "At the end of the day, the general said, courage decides battles.", nil},
	// A weekday after "the" and before a capitalised name is a title.
	{"", "", "On 3 May 1921 the story ran in the Sunday Independent and was denied in the Monday Club.", []string{"3 May 1921|DATE|1921-05-03"}},
	{"2004-06-09", "", "The minister told the Sunday Times that he would resign.", nil},
	{"", "", "Grant crossed the river on 4 May 1864, and on the Sunday Lee attacked him.", []string{"4 May 1864|DATE|1864-05-04", "Sunday|DATE|1864-05-08"}},
	{"", "", "Voting began on Friday 28 November 1986, with counting on the Saturday.", []string{"Friday 28 November 1986|DATE|1986-11-28", "Saturday|DATE|1986-11-29"}},
	// "cut", "shed", "hit" after a singular subject are past (the present
	// would end in -s), even before a clause that looks ahead: "The Fed cut
	// rates on Sept. 17 ... and is expected to cut again".
	{"2003-03-28", "", "The ECB cut rates by a quarter point on March 6, its second cut this year, and is expected to cut again when it meets in May.", []string{"March 6|DATE|2003-03-06", "this year|DATE|2003", "May|DATE|2003-05"}},
	{"2003-03-28", "", "The BOJ cut its forecast for growth on March 3, and a further cut in April is possible.", []string{"March 3|DATE|2003-03-03", "April|DATE|2003-04"}},
	// "was to have" and a participle is a plan that fell through: its date
	// is the nearest such, ahead or missed, as "had been planned for".
	{"1998-02-10", "", "The talks, which began Monday and were to have ended Friday, were extended by two days.", []string{"Monday|DATE|1998-02-09", "Friday|DATE|1998-02-13", "two days|DURATION|P2D"}},
	// A figure revised to show, restated to reflect, what it counts: the
	// infinitive is no plan, the months are the past ones.
	{"2014-02-07", "", "Hiring figures were revised to show 34,000 more jobs in October and November than first reported.", []string{"October|DATE|2013-10", "November|DATE|2013-11"}},
	{"2013-03-12", "", "The company's results were restated to reflect a charge taken in August.", []string{"August|DATE|2012-08"}},
	// A past act in a relative clause on a thing ("that took effect in
	// April", "which came into force in March") dates the act, whatever
	// the main verb after it, irregular pasts as well as -ed ones.
	{"2015-10-20", "", "The tax credits that took effect in April will be renewed.", []string{"April|DATE|2015-04"}},
	{"2012-11-05", "", "The county's new rules, which came into force in March, will be reviewed.", []string{"March|DATE|2012-03"}},
	{"2013-09-30", "", "The House wants a budget for 2014. Cuts that took effect in March would reduce spending further.", []string{"2014|DATE|2014", "March|DATE|2013-03"}},
	{"1998-02-10", "", "The vote was to have been held in March but was put off.", []string{"March|DATE|1998-03"}},
	{"1998-02-10", "", "Officials said the mission, which left Sunday and was to have returned Thursday, would stay longer.", []string{"Sunday|DATE|1998-02-08", "Thursday|DATE|1998-02-12"}},
	// The base a change is measured from ("up from $2.90 in June", "down
	// from 8.5 percent in June") was reached before it: the last such month,
	// even in a forecast.
	{"2012-09-05", "", "The company now expects earnings of $3.10 a share, up from $2.90 in June.", []string{"now|DATE|PRESENT_REF", "June|DATE|2012-06"}},
	{"2012-09-05", "", "The jobless rate is expected to reach 8.3 percent, down from 8.5 percent in June.", []string{"June|DATE|2012-06"}},
	// "have" after "to" is an infinitive, not the present: "hopes to have
	// the rules in place by the fall" looks ahead.
	{"2009-04-08", "", "The agency hopes to have the new rules in place by the fall.", []string{"the fall|DATE|2009-FA"}},
	{"2009-04-08", "", "The city plans to have the bridge repaired by September.", []string{"September|DATE|2009-09"}},
	// A level a price or an index reached ("its high in March", "its
	// January peak") is behind it: the last such month, in the present too.
	{"2000-11-29", "", "The Nasdaq is down nearly half from its high in March.", []string{"March|DATE|2000-03"}},
	{"2000-11-29", "", "The Dow has lost 11 percent since its January peak.", []string{"January|DATE|2000-01"}},
	// "possible", "doubtful" after a copula judge a likelihood, as
	// "likely": what they judge lies ahead, even in reported speech.
	{"2007-06-13", "", "Aides said a compromise was possible by Thursday.", []string{"Thursday|DATE|2007-06-14"}},
	{"2007-06-13", "", "Negotiators said an agreement was still possible on Friday.", []string{"Friday|DATE|2007-06-15"}},
	// A condition in the past after the date, in reported speech with
	// "would" ("unless a deal was reached"), is a condition ahead: it does
	// not put the date in the past.
	{"2007-06-13", "", "The union said its members would strike at 12:01 a.m. Saturday unless a deal was reached.", []string{"12:01 a.m. Saturday|TIME|2007-06-16T00:01"}},
	{"2007-06-13", "", "Officials said the bridge would close at 6 p.m. Friday if the river was still rising.", []string{"6 p.m. Friday|TIME|2007-06-15T18:00"}},
	// The base of a change named in the sentence after the period spoken
	// of ("Sales fell in January ... They were down 2 percent from
	// December.") is no anchor either: "a year earlier" after it is a year
	// before January.
	{"2008-02-25", "", "Sales of new cars fell 3 percent in January, the trade group reported Monday.\n\nSales were down 1.5 percent from December. Prices were 2 percent lower than a year earlier.", []string{"January|DATE|2008-01", "Monday|DATE|2008-02-25", "December|DATE|2007-12", "a year earlier|DATE|2007-01"}},
	// A record's bound after "since" ("the highest since March 2009")
	// is no anchor in news either: "a year earlier" after it compares with
	// the month reported.
	{"2012-04-13", "", "Consumer prices in Ohio rose 2.9 percent in March, the highest since March 2009. Prices had risen 1.8 percent a year earlier.", []string{"March|DATE|2012-03", "March 2009|DATE|2009-03", "a year earlier|DATE|2011-03"}},
	{"2015-10-02", "", "Mortgage applications jumped in September to their biggest level since June 2013, and they were up 20 percent from a year earlier.", []string{"September|DATE|2015-09", "June 2013|DATE|2013-06", "a year earlier|DATE|2014-09"}},
	// The day figures were given out ("the group reported Monday") is no
	// anchor for what they compare: "a year earlier" after it is a year
	// before the period the figures describe.
	{"2008-02-25", "", "Sales of new cars fell 3 percent in January, the trade group reported Monday. Prices were down 2 percent from a year earlier.", []string{"January|DATE|2008-01", "Monday|DATE|2008-02-25", "a year earlier|DATE|2007-01"}},
	{"2008-02-25", "", "Exports grew 7 percent in 2007, the ministry said on Friday. A year earlier they had shrunk.", []string{"2007|DATE|2007", "Friday|DATE|2008-02-22", "A year earlier|DATE|2006"}},
	// The base of a comparison ("flat with", "compared with", "from") is a
	// period before the one spoken of, and it does not become the anchor:
	// in a January report of the fourth quarter, "the third quarter" is
	// last year's, and "the year-earlier period" is a year before the
	// fourth quarter. (A quarter ahead in a forecast stays this year's.)
	{"2003-01-21", "", "The chipmaker warned on Monday that it lost money in the latest quarter. Revenue for the quarter will be about $90 million, roughly flat with the third quarter.", []string{"Monday|DATE|2003-01-20", "the latest quarter|DATE|2002-Q4", "the quarter|DATE|2002-Q4", "the third quarter|DATE|2002-Q3"}},
	{"2003-01-21", "", "Sales in the fourth quarter were $90 million, flat with the third quarter and down 4 percent from the year-earlier quarter.", []string{"the fourth quarter|DATE|2002-Q4", "the third quarter|DATE|2002-Q3", "the year-earlier quarter|DATE|2001-Q4"}},
	{"2003-01-21", "", "The bank earned $1.2 billion in the fourth quarter. It expects a loss in the third quarter.", []string{"the fourth quarter|DATE|2002-Q4", "the third quarter|DATE|2003-Q3"}},
	// A participle of cause set off after a forecast ("blaming", "citing")
	// tells of what has happened: its month is the last such one.
	{"2005-01-11", "", "The retailer warned on Monday that its profit would fall short, blaming weak sales in December.", []string{"Monday|DATE|2005-01-10", "December|DATE|2004-12"}},
	{"2005-03-15", "", "The airline said it would post a loss, citing a pilots' strike in February.", []string{"February|DATE|2005-02"}},
	{"2005-03-15", "", "The airline will post a loss, citing a pilots' strike in February.", []string{"February|DATE|2005-02"}},
	// A clause after "but" or "and" whose subject ends in a place or a body
	// ("but officials in Brussels say", "and analysts at the bank expect")
	// has a verb of its own that does not date what came before it: "agreed
	// to open talks by January" is a plan, the January ahead.
	{"2013-06-30", "", "Ministers agreed on Tuesday to resume formal trade talks with neighbouring Moldova by March, but diplomats in Vienna say few expect a quick deal.", []string{"Tuesday|DATE|2013-06-25", "March|DATE|2014-03"}},
	{"2013-06-30", "", "The cabinet decided on Monday to hold a national referendum on the new constitution in March, and officials in the capital say turnout is hard to predict.", []string{"Monday|DATE|2013-06-24", "March|DATE|2014-03"}},
	// "as early as" a weekday or a month after a modal is the earliest a
	// possibility could happen, ahead, even inside a past verb of saying;
	// with no modal it may look back.
	{"2004-10-06", "", "Officials said the bill could reach the president's desk as early as Monday.", []string{"Monday|DATE|2004-10-11"}},
	{"2004-10-06", "", "Analysts said the bank might raise rates as early as November.", []string{"November|DATE|2004-11"}},
	{"2004-10-06", "", "The minister had warned as early as Monday that the deal was in trouble.", []string{"Monday|DATE|2004-10-04"}},
	// "in" as the particle of a verb of coming ("had flown in", "was sworn
	// in") governs nothing: "the day before" after it is the day before the
	// one just named, as after any other verb's clause.
	{"2009-11-18", "", "The talks opened on Monday. The foreign minister had flown in the day before, aides said.", []string{"Monday|DATE|2009-11-16", "the day before|DATE|2009-11-15"}},
	{"", "", "Parliament met on 4 May 1921; the new speaker had been sworn in the day before.", []string{"4 May 1921|DATE|1921-05-04", "the day before|DATE|1921-05-03"}},
	// After an event dated by "of", "the year before" is that event's
	// date: "the floods of the year before." ("most of the year before"
	// stays untagged).
	{"", "", "The harvest of 1817 was poor, and the villages were still empty after the famine of the year before.", []string{"1817|DATE|1817", "the year before|DATE|1816"}},
	{"", "", "The regiment marched out on 12 August 1813, past the graves of the siege of the day before.", []string{"12 August 1813|DATE|1813-08-12", "the day before|DATE|1813-08-11"}},
	{"", "", "By 1900 the firm was bankrupt; it had been losing money for most of the year before.", []string{"1900|DATE|1900"}},
	// "June of last year", "March of next year": one DATE, the month of
	// the year before or after the DCT's, as "June last year".
	{"2006-04-12", "", "The plant has been idle since September of last year, the union said.", []string{"September of last year|DATE|2005-09"}},
	{"2006-04-12", "", "The new terminal is due to open in March of next year.", []string{"March of next year|DATE|2007-03"}},
	{"2006-04-12", "", "Exports rose sharply in January of this year.", []string{"January of this year|DATE|2006-01"}},
	// Dawn followed by "today", "tomorrow", "yesterday" is one TIME of
	// that day, as "noon today".
	{"1996-07-19", "", "Divers will resume the search at first light tomorrow.", []string{"first light tomorrow|TIME|1996-07-20TMO"}},
	{"1996-07-19", "", "The troops crossed the river at dawn yesterday.", []string{"dawn yesterday|TIME|1996-07-18TMO"}},
	{"1996-07-19", "", "The fleet sails at dusk today, officials said.", []string{"dusk today|TIME|1996-07-19TEV"}},
	{"1996-07-19", "", "Divers will resume the search at first light.", []string{"first light|TIME|1996-07-19TMO"}},
	// Dawn or dusk before a weekday is one TIME of that day, as "noon
	// Monday".
	{"2004-09-15", "", "Crews hope to reopen the mountain pass by dusk Friday.", []string{"dusk Friday|TIME|2004-09-17TEV"}},
	{"2004-09-15", "", "The rebels attacked the garrison at dawn Monday, residents said.", []string{"dawn Monday|TIME|2004-09-13TMO"}},
	// "the Friday after Thanksgiving", "the Monday before Christmas": one
	// DATE, the weekday counted from the day named.
	{"2011-05-18", "", "Under the new calendar, classes will start the Wednesday after Labor Day.", []string{"the Wednesday after Labor Day|DATE|2011-09-07"}},
	{"2011-05-18", "", "The store was robbed on the Saturday before Christmas, police said.", []string{"the Saturday before Christmas|DATE|2010-12-18"}},
	// A count of days from the date named last that reaches the DCT
	// brings the story back to its day: a weekday after it counts from the
	// DCT; a count that falls short leaves the story where it was.
	{"1991-12-04", "", "He was kidnapped on March 16, 1985, and had spent 2,454 days as a hostage. His release came a day after another American was freed on Monday.", []string{"March 16, 1985|DATE|1985-03-16", "2,454 days|DURATION|P2454D", "a day|DURATION|P1D", "Monday|DATE|1991-12-02"}},
	{"1991-12-04", "", "The ship was seized on March 16, 1985, and held for 40 days. Its crew was freed on Monday.", []string{"March 16, 1985|DATE|1985-03-16", "40 days|DURATION|P40D", "Monday|DATE|1985-03-18"}},
	// The day closing a reporting period is not the day the story is on:
	// a clock time after it takes the day named before.
	{"1994-10-19", "", "Norcrest said yesterday that profit rose. Sales in the three months ended Sept. 30 climbed. Brandt told analysts at 10 a.m. EDT that prices fell.", []string{"yesterday|DATE|1994-10-18", "the three months|DURATION|P3M", "Sept. 30|DATE|1994-09-30", "10 a.m. EDT|TIME|1994-10-18T10:00"}},
	// What a saying in the past perfect put ahead looks ahead from the
	// last past date named, not from the DCT.
	{"1991-03-05", "", "The judge heard closing arguments on Jan. 22. She had said she would rule by the end of February.", []string{"Jan. 22|DATE|1991-01-22", "the end of February|DATE|1991-02|END"}},
	{"1991-03-05", "", "The judge said she would rule by the end of February.", []string{"the end of February|DATE|1992-02|END"}},
	// A condition in the present before the expression in its clause puts
	// it ahead, whatever the main verb; a passive ("is reached") is
	// present, not past.
	{"1989-08-13", "", "Nurses voted Saturday to strike if no contract is reached by midnight Thursday.", []string{"Saturday|DATE|1989-08-12", "midnight Thursday|TIME|1989-08-17T24:00"}},
	{"1989-08-13", "", "The union said it would walk out if talks fail by Tuesday.", []string{"Tuesday|DATE|1989-08-15"}},
	{"1989-08-13", "", "Reporters asked if the vote was held on Tuesday.", []string{"Tuesday|DATE|1989-08-08"}},
	// A range ends after it starts: an end read alone as past and a start
	// read alone as ahead give way to the start, the end following it.
	{"1992-05-28", "", "The discounts apply to tickets bought by June 5 for travel between June 1 and Sept. 15.", []string{"June 5|DATE|1992-06-05", "June 1|DATE|1992-06-01", "Sept. 15|DATE|1992-09-15"}},
	{"1992-05-28", "", "The fares are good for travel from June 10 to Sept. 7.", []string{"June 10|DATE|1992-06-10", "Sept. 7|DATE|1992-09-07"}},
	// A participle after a noun governed by a preposition is a deadline
	// set on the noun, not a past event: the main verb decides the year.
	{"1992-05-28", "", "The discounts apply to tickets bought by June 5.", []string{"June 5|DATE|1992-06-05"}},
	{"1996-10-20", "", "Officials will count all ballots postmarked by Nov. 4.", []string{"Nov. 4|DATE|1996-11-04"}},
	{"1996-12-20", "", "Workers returned by Nov. 4.", []string{"Nov. 4|DATE|1996-11-04"}},
	// Absolute dates in the common forms.
	{"2025-01-28", "", "On 30 September 2015 Russia launched an intervention.", []string{"30 September 2015|DATE|2015-09-30"}},
	{"2025-01-28", "", "It began on September 30, 2015, in Syria.", []string{"September 30, 2015|DATE|2015-09-30"}},
	{"2015-12-01", "", "Strikes began Sept. 30 and went on.", []string{"Sept. 30|DATE|2015-09-30"}},
	{"2015-12-01", "", "They met on the 30th of September.", []string{"30th of September|DATE|2015-09-30"}},
	{"", "", "Independence was declared on July the 4th, 1776; on May the twentieth the fleet sailed. In March the first ships arrived, and in June the 3rd battalion left.", []string{"July the 4th, 1776|DATE|1776-07-04", "May the twentieth|DATE|1776-05-20", "March|DATE|1776-03", "June|DATE|1776-06"}},
	{"", "", "The file is dated 2015-09-30.", []string{"2015-09-30|DATE|2015-09-30"}},
	{"", "", "Signed 30/09/2015 in Paris.", []string{"30/09/2015|DATE|2015-09-30"}},
	{"", "", "Signed 09/30/2015 in Paris.", []string{"09/30/2015|DATE|2015-09-30"}},
	{"", "DMY", "Signed 03/04/2015 in Paris.", []string{"03/04/2015|DATE|2015-04-03"}},
	{"", "", "Signed 03/04/2015 in Paris.", []string{"03/04/2015|DATE|2015-03-04"}},
	{"2025-01-28", "", "In December 2017, the government announced it.", []string{"December 2017|DATE|2017-12"}},
	{"", "", "The treaty was signed in 2017.", []string{"2017|DATE|2017"}},
	{"2000-01-01", "", "The class of '98 returned.", []string{"'98|DATE|1998"}},
	{"", "", "Music of the 1990s was loud.", []string{"the 1990s|DATE|199"}},
	{"", "", "Trade grew in the 19th century.", []string{"the 19th century|DATE|18"}},
	{"", "", "In the nineteenth century trade grew.", []string{"the nineteenth century|DATE|18"}},
	{"", "", "In March 1862 the army advanced on Richmond. It had reached the river by June, and by the autumn it had withdrawn.", []string{"March 1862|DATE|1862-03", "June|DATE|1862-06", "the autumn|DATE|1862-FA"}},
	{"", "", "The harvest failed in 1846. Through the winter thousands of families left the valley, and over the summer hundreds of them sailed for Boston.", []string{"1846|DATE|1846", "the winter|DATE|1846-WI", "the summer|DATE|1847-SU"}},
	{"", "", "The governor reached the colony in April 1840 and was at the border in November. The regiments he had requested arrived in December, and the column marched on 12 January.", []string{"April 1840|DATE|1840-04", "November|DATE|1840-11", "December|DATE|1840-12", "12 January|DATE|1841-01-12"}},
	{"", "", "The fleet left Lisbon in March 1588 and was off Corunna in June. The ships that had sailed ahead waited in July.", []string{"March 1588|DATE|1588-03", "June|DATE|1588-06", "July|DATE|1588-07"}},
	{"", "", "The fleet left Lisbon in March 1588 and was off Corunna in June. The admiral had sailed in July.", []string{"March 1588|DATE|1588-03", "June|DATE|1588-06", "July|DATE|1587-07"}},
	{"", "", "The revolt broke out in the autumn of 1831. The rebels had gathered in the hills over the winter and had first clashed with the militia in May. The governor fled on 3 October.", []string{"the autumn of 1831|DATE|1831-FA", "the winter|DATE|1830-WI", "May|DATE|1831-05", "3 October|DATE|1831-10-03"}},
	{"", "", "The strike began in the spring of 1912. By then the owners had cut wages over the summer.", []string{"the spring of 1912|DATE|1912-SP", "the summer|DATE|1911-SU"}},
	{"", "", "The siege began in the spring of 1640. Over the summer the garrison starved, and in August it surrendered.", []string{"the spring of 1640|DATE|1640-SP", "the summer|DATE|1640-SU", "August|DATE|1640-08"}},
	{"", "", "Rome fought Carthage from 264 BC onwards.", []string{"264 BC|DATE|BC0264"}},
	{"", "", "Vesuvius erupted in AD 79.", []string{"AD 79|DATE|0079"}},
	{"", "", "The house was built c. 1850 by a merchant.", []string{"c. 1850|DATE|1850|APPROX"}},
	{"", "", "The war was over by 1945.", []string{"1945|DATE|1945"}},
	{"", "", "Prices in the 1800s were low.", []string{"the 1800s|DATE|18"}},
	{"", "", "Troubles began in the 5th century BC.", []string{"the 5th century BC|DATE|BC04"}},
	// The end of a range of years BC keeps its era: "(305–30 BC)" is not
	// a shortened "330", "(c. 1279–1213 BC)" not AD 1213.
	{"", "", "The Ptolemies (305–30 BC) enlarged the temple of Ramesses II (c. 1279–1213 BC).", []string{"305|DATE|BC0305", "30 BC|DATE|BC0030", "c. 1279|DATE|BC1279|APPROX", "1213 BC|DATE|BC1213"}},
	// Once a narrative has named a year of the first centuries AD, a bare
	// number of one or two digits near it, where a year stands ("by 61",
	// "in 62 or 63", "September 83", "(69–96)"), is a year of that era.
	{"", "", "Boudica's revolt broke out in AD 60. By 61 the governor had crushed it, and he was recalled in 62.", []string{"AD 60|DATE|0060", "61|DATE|0061", "62|DATE|0062"}},
	{"", "", "Agricola came to Britain in AD 77 and won at Mons Graupius in September 83 with his auxiliaries.", []string{"AD 77|DATE|0077", "September 83|DATE|0083-09"}},
	{"", "", "Pompeii was buried in AD 79 (an earthquake had shaken it in 62 or 63).", []string{"AD 79|DATE|0079", "62|DATE|0062", "63|DATE|0063"}},
	{"", "", "The Vandals took Carthage in AD 439 or 440, and the Picts rose in AD 59 or 60.", []string{"AD 439|DATE|0439", "440|DATE|0440", "AD 59|DATE|0059", "60|DATE|0060"}},
	{"", "", "Nero died in AD 68; the Flavian dynasty (69–96) followed, and 40 ships sailed in 70 days.", []string{"AD 68|DATE|0068", "69|DATE|0069", "96|DATE|0096", "70 days|DURATION|P70D"}},
	// "the Ides of March", "the Kalends of January": days of the Roman
	// calendar.
	{"", "", "Caesar was killed on the Ides of March, 44 BC; the new consuls had taken office on the Kalends of January.", []string{"the Ides of March, 44 BC|DATE|BC0044-03-15", "the Kalends of January|DATE|BC0044-01-01"}},
	// "around" or "about" a three-digit number after a verb of an event
	// or after a name says when; after a verb of counting it is a count.
	{"", "", "The abbey was founded about 940 by monks from Fleury, and Dunstan rebuilt the church of Glastonbury around 960.", []string{"about 940|DATE|0940|APPROX", "around 960|DATE|0960|APPROX"}},
	{"", "", "The garrison numbered around 900, and the fleet of Guthrum about 300 ships.", nil},
	// A name joined by "and", "while" after a clause that counted things
	// is the subject of a clause whose verb is left out: the number after
	// "about" is counted as the first was ("Wessex raised 2,000 spearmen
	// and Kent about 600"); after a clause with a year it stays a year.
	{"", "", "In the two sieges the defenders lost 800 men and the Franks about 400.", nil},
	{"", "", "Wessex raised 2,000 spearmen, while Kent around 600.", nil},
	{"", "", "The Danes took York in 866 and Rome about 900.", []string{"866|DATE|0866", "about 900|DATE|0900|APPROX"}},
	{"", "", "At Lützen the Swedes lost about 5,000 men, the Imperialists about 600 and the Saxons about 300.", nil},
	{"", "", "The Austrians left 3,000 dead on the field; the Prussians about 900.", nil},
	// "around", "about" before "the year 1000" are inside with APPROX,
	// as before "1000".
	{"", "", "Around the year 1000 the Norse reached Vinland, and the hall at Borg was built about the year 1050.", []string{"Around the year 1000|DATE|1000|APPROX", "about the year 1050|DATE|1050|APPROX"}},
	// A verb of dating says a three-digit number after "to" is a year;
	// a number after "to" alone is not.
	{"", "", "The oldest part of the abbey is dated to 802, and its tower dates back to 964.", []string{"802|DATE|0802", "964|DATE|0964"}},
	{"", "", "The hoard, dating to 875, was found by a farmer in 1840.", []string{"875|DATE|0875", "1840|DATE|1840"}},
	{"", "", "The garrison grew to 875, and the monks to 120.", nil},
	// So over any dash between years, the first larger than the second:
	// "reigned c. 2589–2566 BC", "used 1550–1070 BC".
	{"", "", "Khufu (reigned c. 2589–2566 BC) built the pyramid; the temple was used 1550–1070 BC.", []string{"c. 2589|DATE|BC2589|APPROX", "2566 BC|DATE|BC2566", "1550|DATE|BC1550", "1070 BC|DATE|BC1070"}},
	// Half a millennium is counted in years, as half a century is.
	{"", "", "The last inscription dates to AD 394, more than three and a half millennia after the first.", []string{"AD 394|DATE|0394", "more than three and a half millennia|DURATION|P3500Y|MORE_THAN"}},
	{"", "", "The walls were built in 800 BC; two and a half millennia later they were dug up.", []string{"800 BC|DATE|BC0800", "two and a half millennia later|DATE|1701"}},
	// A second year shortened to its last digit, "1846-7": two DATEs, as
	// "1861–65"; one winter in "the winter of 1805-6".
	{"", "", "The famine of 1846-7 emptied the parish, and the winter of 1847-8 was worse.", []string{"1846|DATE|1846", "7|DATE|1847", "the winter of 1847-8|DATE|1847-WI"}},
	{"", "", "Dial 1914-2 for the exchange.", nil},
	// The older American ordinal "2d", "3d", "22d" is an ordinal day;
	// pence ("1s 3d") and "3D" are not.
	{"", "", "The regiment left Boston on April 19, 1861. On the 22d it reached Annapolis, and on May 3d it marched into Washington.", []string{"April 19, 1861|DATE|1861-04-19", "the 22d|DATE|1861-04-22", "May 3d|DATE|1861-05-03"}},
	{"", "", "In 1795 a loaf cost 1s 3d, and the 3D model of the mill was made in 1995.", []string{"1795|DATE|1795", "1995|DATE|1995"}},
	// So after "r." for a reign: the era carries back to its start.
	{"", "", "Darius I (r. 522–486 BC) divided the empire into satrapies.", []string{"522|DATE|BC0522", "486 BC|DATE|BC0486"}},

	// "for the summer" after a verb of closing or leaving is the season,
	// as "over the summer"; a noun after it can still make it generic.
	{"2003-06-22", "", "The legislature adjourns for the summer on July 31.", []string{"the summer|DATE|2003-SU", "July 31|DATE|2003-07-31"}},
	{"2003-06-22", "", "Most students went home for the summer, and the campus was quiet.", []string{"the summer|DATE|2003-SU"}},
	{"2003-06-22", "", "Plans for the summer are not yet set.", nil},

	// "plan" as a verb with an object looks ahead, as "plans to": the day
	// named is the coming one; the noun after a determiner does not.
	{"2004-05-11", "", "Tenants plan a protest Saturday outside city hall.", []string{"Saturday|DATE|2004-05-15"}},
	{"2004-05-11", "", "The union, which struck in March, plans another walkout Friday.", []string{"March|DATE|2004-03", "Friday|DATE|2004-05-14"}},
	{"2004-05-11", "", "The plan the council approved Monday cuts bus routes.", []string{"Monday|DATE|2004-05-10"}},

	// Partial dates: the year comes from the DCT and the tense.
	{"2025-01-28", "", "On January 21, Damascus terminated its agreement.", []string{"January 21|DATE|2025-01-21"}},
	{"2025-01-28", "", "The army entered the city on 7 December.", []string{"7 December|DATE|2024-12-07"}},
	{"2025-01-28", "", "The talks will resume on 7 December.", []string{"7 December|DATE|2025-12-07"}},
	{"2025-01-28", "", "Elections will be held in March.", []string{"March|DATE|2025-03"}},
	{"2025-01-28", "", "The vote happened in March.", []string{"March|DATE|2024-03"}},
	{"", "", "In 1941 the fleet sailed. On 7 December it was attacked.", []string{"1941|DATE|1941", "7 December|DATE|1941-12-07"}},

	// Fuzzy parts of periods.
	{"2025-01-28", "", "Fighting resumed in late November.", []string{"late November|DATE|2024-11|END"}},
	{"", "", "Work began in early 2015.", []string{"early 2015|DATE|2015|START"}},
	{"", "", "By the mid-1990s it was over.", []string{"the mid-1990s|DATE|199|MID"}},
	// "the later 14th century", "the earlier 1960s" are the late or early
	// part, as "the late 14th century"; "the later years" is none.
	{"", "", "The nave was vaulted in the later 14th century, and the town grew in the earlier 1960s; the later years were calm.", []string{"the later 14th century|DATE|13|END", "the earlier 1960s|DATE|196|START"}},
	{"", "", "It opened in spring 2011.", []string{"spring 2011|DATE|2011-SP"}},
	{"", "", "Revenue rose in Q3 2019.", []string{"Q3 2019|DATE|2019-Q3"}},
	{"1989-10-27", "", "Profit fell in the third quarter.", []string{"the third quarter|DATE|1989-Q3"}},
	{"1989-10-27", "", "Third-quarter profit fell.", []string{"Third-quarter|DATE|1989-Q3"}},
	{"1989-10-27", "", "Cuts are due by the end of the year.", []string{"the end of the year|DATE|1989|END"}},
	{"1989-10-27", "", "Earlier this month, the bank agreed.", []string{"Earlier this month|DATE|1989-10|START"}},
	{"1989-10-27", "", "The product ships early next year.", []string{"early next year|DATE|1990|START"}},
	{"1989-10-27", "", "The offer expires at the end of 1990.", []string{"the end of 1990|DATE|1990|END"}},
	{"1998-02-19", "", "The group fell apart in the late 1970s.", []string{"the late 1970s|DATE|197|END"}},

	// Relative expressions.
	{"1998-03-04", "", "He resigned yesterday.", []string{"yesterday|DATE|1998-03-03"}},
	{"1998-03-04", "", "Sales rose last week.", []string{"last week|DATE|1998-W09"}},
	// "her" as the object of a preposition is no possessive: the date
	// ending the clause is counted from the DCT.
	{"2017-07-09", "", "The board voted for her last week, and she accepted.", []string{"last week|DATE|2017-W26"}},
	{"2017-07-09", "", "He will write to her next month.", []string{"next month|DATE|2017-08"}},
	{"2017-07-09", "", "She was praised for her last film.", nil},
	{"2017-07-09", "", "She spent her last year in office abroad.", nil},
	{"1998-03-04", "", "Sales rose last year and will rise next year.", []string{"last year|DATE|1997", "next year|DATE|1999"}},
	{"1998-03-04", "", "Sales rose this month.", []string{"this month|DATE|1998-03"}},
	{"1998-03-04", "", "He left a week ago.", []string{"a week ago|DATE|1998-W09"}},
	{"1998-03-04", "", "Prices are high now.", []string{"now|DATE|PRESENT_REF"}},
	{"1998-03-04", "", "Prices are currently high.", []string{"currently|DATE|PRESENT_REF"}},
	{"1998-03-04", "", "Now, the question is who pays.", nil},
	{"1998-03-04", "", "She hopes she will one day run the company.", []string{"one day|DATE|FUTURE_REF"}},
	{"1998-03-04", "", "The strike lasted one day.", []string{"one day|DURATION|P1D"}},
	{"1998-03-04", "", "The union said the strike would last 48 hours.", []string{"48 hours|DURATION|PT48H"}},
	{"1998-03-04", "", "Sales are up compared to last year.", []string{"last year|DATE|1997"}},
	{"1998-03-04", "", "Analysts expect a rise in the spring.", []string{"the spring|DATE|1998-SP"}},
	// "predict", "foresee", "envisage" look ahead as "expect" does.
	{"2022-11-03", "", "Economists predict another rise in the first quarter.", []string{"the first quarter|DATE|2023-Q1"}},
	{"2022-11-03", "", "Officials envisage a reopening in the spring.", []string{"the spring|DATE|2023-SP"}},
	{"2022-11-03", "", "The minister foresees a surplus in the second quarter.", []string{"the second quarter|DATE|2023-Q2"}},
	{"1998-03-04", "", "He recently resigned.", []string{"recently|DATE|PAST_REF"}},
	{"1998-03-04", "", "It will change in the future.", []string{"the future|DATE|FUTURE_REF"}},
	// "the future" before a singular noun names someone by what they
	// would become, no time; the noun "the future" after a preposition or
	// before a verb stays.
	{"", "", "The envoys included a young major, the future marshal of the army, who arrived in March 1871.", []string{"March 1871|DATE|1871-03"}},
	{"", "", "In 1486 she married the future emperor.", []string{"1486|DATE|1486"}},
	{"1998-03-04", "", "The future looks uncertain, and staff worry about the future of the plant.", []string{"The future|DATE|FUTURE_REF"}},
	// "the future of" a thing is what becomes of it, no time (TimeBank
	// leaves "important to the future of our peoples" untagged).
	{"2024-03-04", "", "A final decision on the future of the day centre was put off.", nil},
	{"1998-03-04", "", "In the future we will build more.", []string{"the future|DATE|FUTURE_REF"}},
	{"1998-03-04", "", "Life was simpler in the past.", []string{"the past|DATE|PAST_REF"}},
	{"1998-03-04", "", "The minister said on Monday that talks failed.", []string{"Monday|DATE|1998-03-02"}},
	{"1998-03-04", "", "The minister will visit on Friday.", []string{"Friday|DATE|1998-03-06"}},
	{"1998-03-04", "", "He arrived last Friday.", []string{"last Friday|DATE|1998-02-27"}},
	{"1998-03-04", "", "They left last fall.", []string{"last fall|DATE|1997-FA"}},
	{"", "", "On 3 May 2001 he arrived. Two days later he left.", []string{"3 May 2001|DATE|2001-05-03", "Two days later|DATE|2001-05-05"}},
	{"", "", "The war began in 1914. The following year Italy joined.", []string{"1914|DATE|1914", "The following year|DATE|1915"}},
	{"", "", "The city fell in 1850; the following spring it burned.", []string{"1850|DATE|1850", "the following spring|DATE|1851-SP"}},
	{"", "", "In June 1812 he invaded Russia; by December his army was gone.", []string{"June 1812|DATE|1812-06", "December|DATE|1812-12"}},
	{"", "", "He won at Waterloo on 18 June 1815 and died six years later.", []string{"18 June 1815|DATE|1815-06-18", "six years later|DATE|1821"}},
	{"", "", "By the late 1850s it was done, and the following decade brought trams.", []string{"the late 1850s|DATE|185|END", "the following decade|DATE|186"}},
	{"", "", "Caesar crossed the Rubicon in January 49 BC.", []string{"January 49 BC|DATE|BC0049-01"}},
	{"", "", "It began in March 1848. A few months later it ended.", []string{"March 1848|DATE|1848-03", "A few months later|DATE|1848"}},
	{"", "", "Work began c. 1200 and took nearly a century.", []string{"c. 1200|DATE|1200|APPROX", "nearly a century|DURATION|P100Y|LESS_THAN"}},
	{"", "", "In 1916 the offensive went on through the summer and autumn.", []string{"1916|DATE|1916", "the summer|DATE|1916-SU", "autumn|DATE|1916-FA"}},
	{"", "", "She was arrested in May 1536. Later that year the north rose.", []string{"May 1536|DATE|1536-05", "Later that year|DATE|1536"}},
	// So "later the same year".
	{"", "", "The mill opened in 1771, and later the same year a second was built.", []string{"1771|DATE|1771", "later the same year|DATE|1771"}},
	// "the close of" a period is its end, as "the end of".
	{"", "", "The mill opened in 1771. By the close of the century there were twenty; the close of trading was calm.", []string{"1771|DATE|1771", "the close of the century|DATE|17|END"}},
	{"", "", "Rome was sacked in 410 and again 45 years later.", []string{"410|DATE|0410", "45 years later|DATE|0455"}},
	// A year of the first millennium joined to another by "and", before
	// "until", or before a semicolon is a year too.
	// An ordinal whose unit comes after "and" or "to" is a century, not a
	// bare day of the month, even after a dated day.
	{"", "", "The chapel was dedicated on 9 May 1510. Its carvings date from the 12th and 13th centuries.", []string{"9 May 1510|DATE|1510-05-09", "the 12th|DATE|11", "13th centuries|DATE|12"}},
	{"", "", "The fort fell on 2 June 1710. The walls had stood from the 14th to the 16th century.", []string{"2 June 1710|DATE|1710-06-02", "the 14th|DATE|13", "the 16th century|DATE|15"}},
	{"", "", "The fort fell on 2 June 1710. Relief came on the 14th and the garrison held.", []string{"2 June 1710|DATE|1710-06-02", "the 14th|DATE|1710-06-14"}},
	// A clock time joined to its day by "on the morning of" takes that
	// day, and minutes counted from it are a TIME.
	{"", "", "The first shot was fired at 4:30 on the morning of 12 April 1861. Twenty minutes later the batteries joined in.", []string{"4:30|TIME|1861-04-12T04:30", "12 April 1861|DATE|1861-04-12", "Twenty minutes later|TIME|1861-04-12T04:50"}},
	// A year of the first millennium after a season or a day is a year
	// before a pronoun too; in a story of years BC, a year of two digits.
	{"", "", "The Goths crossed the Danube in 376. In the summer of 378 they destroyed a Roman army at Adrianople.", []string{"376|DATE|0376", "the summer of 378|DATE|0378-SU"}},
	{"", "", "Pompey fled to Egypt in August 48 BC. He was murdered on 28 September 48, as he came ashore.", []string{"August 48 BC|DATE|BC0048-08", "28 September 48|DATE|BC0048-09-28"}},
	{"", "", "The fort was built in 1820. On 15 March 44 men were sent to repair it.", []string{"1820|DATE|1820", "15 March|DATE|1820-03-15"}},
	// "only fifteen years later" in apposition to a year is that year,
	// as "nearly two centuries later" is.
	{"", "", "The abbey was founded in 1132. It was dissolved in 1147, only fifteen years later.", []string{"1132|DATE|1132", "1147|DATE|1147", "fifteen years later|DATE|1147"}},
	// A clock time that names no half of the day takes it from "on the
	// night of", "on the evening of", "on the afternoon of".
	{"", "", "The lookout saw the iceberg at 11:40 on the night of 14 April 1912.", []string{"11:40|TIME|1912-04-14T23:40", "14 April 1912|DATE|1912-04-14"}},
	{"", "", "The council met at 4:30 on the afternoon of 2 May 1919.", []string{"4:30|TIME|1919-05-02T16:30", "2 May 1919|DATE|1919-05-02"}},
	{"", "", "The storm broke at 2:30 on the night of 9 March 1891.", []string{"2:30|TIME|1891-03-09T02:30", "9 March 1891|DATE|1891-03-09"}},
	// "some" before minutes counted from a clock time is inside, APPROX.
	{"", "", "The mill bell rang at 6 a.m. on 2 March 1850. Some ten minutes later the looms started.", []string{"6 a.m.|TIME|1850-03-02T06:00", "2 March 1850|DATE|1850-03-02", "Some ten minutes later|TIME|1850-03-02T06:10|APPROX"}},
	// "o'clock in the afternoon" is one TIME, the part of the day giving
	// the half of the day.
	{"", "", "The treaty was signed on 9 June 1815 at four o'clock in the afternoon.", []string{"9 June 1815|DATE|1815-06-09", "four o'clock in the afternoon|TIME|1815-06-09T16:00"}},
	{"", "", "On 3 May 1808 the firing squads began at 4 o'clock in the morning.", []string{"3 May 1808|DATE|1808-05-03", "4 o'clock in the morning|TIME|1808-05-03T04:00"}},
	// "N months later" than a year, N of twelve or more, is a later year.
	{"", "", "The abbey was dissolved in 1538, and its church was pulled down eighteen months later.", []string{"1538|DATE|1538", "eighteen months later|DATE|1539"}},
	{"", "", "The charter was granted in 1201. Thirty months later the town was burned.", []string{"1201|DATE|1201", "Thirty months later|DATE|1203"}},
	{"", "", "The charter was granted in 1201. Six months later the town was burned.", []string{"1201|DATE|1201", "Six months later|DATE|1201"}},
	// "the next two and a half years", "the past year and a half": the
	// count with its half spans the determiner.
	{"", "", "The dam was begun in 1931. For the next two and a half years the river ran in tunnels.", []string{"1931|DATE|1931", "the next two and a half years|DURATION|P2Y6M"}},
	{"", "", "The duchy passed to the crown in 1130. For the next century and a half it was ruled from Palermo.", []string{"1130|DATE|1130", "the next century and a half|DURATION|P150Y"}},
	{"2021-03-01", "", "Prices have doubled over the past year and a half.", []string{"the past year and a half|DURATION|P1Y6M"}},
	// After a year BC, a nearby year written without its era is BC too.
	{"", "", "Sparta surrendered in 404 BC. In the spring of 403, the exiles returned, and in 399 Socrates was tried.", []string{"404 BC|DATE|BC0404", "the spring of 403|DATE|BC0403-SP", "399|DATE|BC0399"}},
	{"", "", "The city fell in October 539 BC. Cyrus died in the summer of 530, and the following year his son marched on Egypt.", []string{"October 539 BC|DATE|BC0539-10", "the summer of 530|DATE|BC0530-SU", "the following year|DATE|BC0529"}},
	{"", "", "The legions left in AD 410. The town was refounded in 886.", []string{"AD 410|DATE|0410", "886|DATE|0886"}},
	{"", "", "Augustus ruled from 27 BC to AD 14. His successor died in 37, and Claudius invaded Britain in 43.", []string{"27 BC|DATE|BC0027", "AD 14|DATE|0014", "37|DATE|0037", "43|DATE|0043"}},
	// A bare season as the subject of "came", "set in", "brought" in a
	// story told in the past is the season of the story's year.
	{"", "", "The colony was founded in 1620. In 1621 spring came early, and the settlers planted corn.", []string{"1620|DATE|1620", "1621|DATE|1621", "spring|DATE|1621-SP"}},
	{"", "", "The army reached the river in October 1812. Winter set in early, and the retreat began.", []string{"October 1812|DATE|1812-10", "Winter|DATE|1812-WI"}},
	{"", "", "The farm was bought in 1850. Spring was the season for ploughing.", []string{"1850|DATE|1850"}},
	// "Month the Nth" is no date when the ordinal, spelled in capitals,
	// opens a name: "the Third Estate", "the Fifth Army".
	{"", "", "The estates met on 5 May 1789. In June the Third Estate broke away.", []string{"5 May 1789|DATE|1789-05-05", "June|DATE|1789-06"}},
	{"", "", "The offensive opened in April 1917. In May the Second Army crossed the river.", []string{"April 1917|DATE|1917-04", "May|DATE|1917-05"}},
	{"", "", "The fleet sailed on July the Fourth.", []string{"July the Fourth|DATE|XXXX-07-04"}},
	// "a quarter of a century" is 25 years, one DURATION.
	{"", "", "The line was finished in 1916, a quarter of a century after the first rails were laid.", []string{"1916|DATE|1916", "a quarter of a century|DURATION|P25Y"}},
	{"", "", "The siege guns fired for three quarters of an hour.", []string{"three quarters of an hour|DURATION|PT45M"}},
	// After "its" or "their" an ordinal century is the first hundred years
	// of the thing named, no calendar century.
	{"", "", "The Ming dynasty was founded in 1368. In its first century it sent fleets to Africa.", []string{"1368|DATE|1368"}},
	// "the preceding year", "the preceding decade" are "the previous"
	// ones.
	{"", "", "The bridge opened in 1883. The preceding year had been spent on the cables, and in the preceding decade the towers were raised.", []string{"1883|DATE|1883", "The preceding year|DATE|1882", "the preceding decade|DATE|187"}},
	{"", "", "The treaty was signed on 4 May 1795. In the preceding weeks the envoys had argued over the border.", []string{"4 May 1795|DATE|1795-05-04", "the preceding weeks|DURATION|PXW"}},
	// A season after "and" and a preposition, before the past verb of a
	// second predicate, is the season of the story.
	{"", "", "The fever reached the port in April 1793 and by the summer had emptied the town.", []string{"April 1793|DATE|1793-04", "the summer|DATE|1793-SU"}},
	{"", "", "Work on the dam began in March 1931 but in the winter stopped for lack of money.", []string{"March 1931|DATE|1931-03", "the winter|DATE|1931-WI"}},
	{"", "", "Two riders were thrown in May 1880, and those hurt in the fall were carried home.", []string{"May 1880|DATE|1880-05"}},
	// The object of "waited" or "spent" is a stretch of time.
	{"", "", "The climbers waited days for the storm to pass.", []string{"days|DURATION|PXD"}},
	{"", "", "She spent years in exile before she returned in 1802.", []string{"years|DURATION|PXY", "1802|DATE|1802"}},
	{"", "", "He spent years of savings on the house.", nil},
	// "a quarter or more of" a whole is a share, as "a quarter of" is.
	{"", "", "The famine killed a quarter or more of the island's people in 1740.", []string{"1740|DATE|1740"}},
	// So is "a quarter" joined to another fraction of the same whole.
	{"", "", "The plague of 1630 killed between a quarter and a third of the townspeople.", []string{"1630|DATE|1630"}},
	{"2005-06-01", "", "Drought destroyed a quarter to two thirds of the harvest this year.", []string{"this year|DATE|2005"}},
	{"", "", "Perhaps a quarter or so of the crop was saved.", nil},
	{"", "", "The monastery was raided in 793 and 795.", []string{"793|DATE|0793", "795|DATE|0795"}},
	{"", "", "The fleet was lost in 573 and 586 men drowned.", []string{"573|DATE|0573"}},
	{"", "", "The bishop ruled the see from 664 until his death.", []string{"664|DATE|0664"}},
	{"", "", "He hired 208 until the money ran out.", nil},
	{"", "", "The abbey burned in 867; it was rebuilt three years later.", []string{"867|DATE|0867", "three years later|DATE|0870"}},
	{"", "", "It cost 410 lives in 300 days.", []string{"300 days|DURATION|P300D"}},
	{"", "", "It came in the spring of 1348; the following winter they left.", []string{"the spring of 1348|DATE|1348-SP", "the following winter|DATE|1348-WI"}},
	{"", "", "It landed on 20 July 1969 and he stepped out the next morning.", []string{"20 July 1969|DATE|1969-07-20", "the next morning|DATE|1969-07-21"}},
	{"1989-11-02", "", "It lost $2 million in the 1988 quarter.", []string{"the 1988 quarter|DATE|1988-Q3"}},
	{"1989-10-27", "", "Net rose in the third quarter from a year earlier.", []string{"the third quarter|DATE|1989-Q3", "a year earlier|DATE|1988-Q3"}},

	// Narrative anchoring (rules made after the first score of narrative_fresh.txt).
	// A month after a determiner counts from the last date mentioned.
	{"", "", "The fleet sailed in the summer of 1588; the following February it was rebuilt.", []string{"the summer of 1588|DATE|1588-SU", "the following February|DATE|1589-02"}},
	{"", "", "The mine opened in May 1851, and that October it flooded.", []string{"May 1851|DATE|1851-05", "that October|DATE|1851-10"}},
	{"", "", "The bridge fell in 1879. The previous December a storm had weakened it.", []string{"1879|DATE|1879", "The previous December|DATE|1878-12"}},
	{"", "", "He left Vienna in March 1805 and returned the following May.", []string{"March 1805|DATE|1805-03", "the following May|DATE|1805-05"}},
	// A look back ("the previous summer") does not move the story.
	{"", "", "The fort surrendered on 9 March 1762. The previous summer its walls had been breached; that day 300 men marched out.", []string{"9 March 1762|DATE|1762-03-09", "The previous summer|DATE|1761-SU", "that day|DATE|1762-03-09"}},
	{"", "", "The pass was taken in September 1799. The previous winter had been hard.", []string{"September 1799|DATE|1799-09", "The previous winter|DATE|1798-WI"}},
	// A day "of the following year" takes that year; the day is the new anchor.
	{"", "", "The king was crowned in 1483 and killed on 22 August of the following year. Two days later his body was shown.", []string{"1483|DATE|1483", "22 August|DATE|1484-08-22", "the following year|DATE|1484", "Two days later|DATE|1484-08-24"}},
	{"", "", "The league was formed in 1866. On 3 July of that year its army was beaten.", []string{"1866|DATE|1866", "3 July|DATE|1866-07-03", "that year|DATE|1866"}},
	// "N months later" has the granularity of a month.
	{"", "", "The ship sank on 4 March 1890 and was raised seven months later.", []string{"4 March 1890|DATE|1890-03-04", "seven months later|DATE|1890-10"}},
	// A season ends before a subject pronoun.
	{"", "", "The rising began on 2 May 1808, and by the autumn it had spread to every province.", []string{"2 May 1808|DATE|1808-05-02", "the autumn|DATE|1808-FA"}},
	// Names that hold a unit are not expressions.
	{"", "", "The Eighty Years' War ended in 1648.", []string{"1648|DATE|1648"}},
	{"", "", "Israel won the Six-Day War.", nil},
	// Ranges of early years and BC spans.
	{"", "", "Roman rule lasted from AD 43 to 410.", []string{"AD 43|DATE|0043", "410|DATE|0410"}},
	{"", "", "The walls were built between 460 and 445 BC.", []string{"460|DATE|BC0460", "445 BC|DATE|BC0445"}},
	{"", "", "The lists cover 1 to 5 BC.", []string{"5 BC|DATE|BC0005"}},
	// Halves of decades and centuries; two centuries joined by "and".
	{"", "", "The canal age filled the second half of the 18th century.", []string{"the second half of the 18th century|DATE|17|END"}},
	{"", "", "Growth was fast in the first half of the 1960s.", []string{"the first half of the 1960s|DATE|196|START"}},
	{"", "", "Pilgrims came in the 11th and 12th centuries.", []string{"the 11th|DATE|10", "12th centuries|DATE|11"}},
	// En dashes join ranges; a winter across two years is one winter.
	{"", "", "Conscription (1916–18) was bitterly opposed.", []string{"1916|DATE|1916", "18|DATE|1918"}},
	{"", "", "The canal froze in the winter of 1962–63.", []string{"the winter of 1962–63|DATE|1962-WI"}},
	// An approximate start of a BC range; decades of the first millennium.
	{"", "", "The kingdom lasted from c. 1550 to 1070 BC.", []string{"c. 1550|DATE|BC1550|APPROX", "1070 BC|DATE|BC1070"}},
	{"", "", "Vikings raided the coast in the 790s.", []string{"the 790s|DATE|079"}},
	// "N weeks later" has the granularity of a week.
	{"", "", "The garrison landed on 2 June 1761 and surrendered two weeks later.", []string{"2 June 1761|DATE|1761-06-02", "two weeks later|DATE|1761-W25"}},
	// A clock time takes the day after "on".
	{"", "", "The ceasefire began at 6 p.m. on 8 May 1945.", []string{"6 p.m.|TIME|1945-05-08T18:00", "8 May 1945|DATE|1945-05-08"}},
	// "to last" before an amount is the verb.
	{"", "", "The truce was expected to last three weeks.", []string{"three weeks|DURATION|P3W"}},
	{"2001-04-05", "", "Sales rose compared to last year.", []string{"last year|DATE|2000"}},
	// An infinitive after an aspectual past verb is past too.
	{"2010-11-12", "", "Prices started to fall on Tuesday.", []string{"Tuesday|DATE|2010-11-09"}},
	// A far date beside a DCT-relative one is background: a later weekday is the DCT's week.
	{"2011-09-12", "", "Crowds gathered on Sunday to mark the attacks of 11 September 2001. A choir sang on Saturday evening.", []string{"Sunday|DATE|2011-09-11", "11 September 2001|DATE|2001-09-11", "Saturday evening|TIME|2011-09-10TEV"}},

	// Ranges.
	{"2025-01-28", "", "In just one week-from late November to December 7-HTS advanced.", []string{"one week|DURATION|P1W", "late November|DATE|2024-11|END", "December 7|DATE|2024-12-07"}},
	{"", "", "The war lasted from 1939 to 1945.", []string{"1939|DATE|1939", "1945|DATE|1945"}},
	{"", "", "It happened between 1939 and 1945.", []string{"1939|DATE|1939", "1945|DATE|1945"}},
	{"", "", "The Great War (1914-1918) changed Europe.", []string{"1914|DATE|1914", "1918|DATE|1918"}},
	{"", "", "The Great War (1914-18) changed Europe.", []string{"1914|DATE|1914", "18|DATE|1918"}},
	{"", "", "The summit ran September 1-5, 2015 in Rome.", []string{"September 1|DATE|2015-09-01", "5, 2015|DATE|2015-09-05"}},

	// Durations and sets.
	{"", "", "Troops stay at the bases for 49 years.", []string{"49 years|DURATION|P49Y"}},
	{"", "", "It took three months.", []string{"three months|DURATION|P3M"}},
	{"", "", "The fair is held every year.", []string{"every year|SET|P1Y"}},
	{"", "", "They meet weekly.", []string{"weekly|SET|P1W"}},
	{"", "", "They meet each Thursday.", []string{"each Thursday|SET|XXXX-WXX-4"}},
	// A frequency is a SET, its frequency in the span ("twice a week",
	// value P1W, freq 2X, in the TimeML guidelines); an amount per unit
	// of time is a measure.
	{"", "", "The board meets twice a year.", []string{"twice a year|SET|P1Y"}},
	{"", "", "The ferry sails three times a week and the mail boat once a month.", []string{"three times a week|SET|P1W", "once a month|SET|P1M"}},
	{"", "", "The loan costs $5 a year.", nil},
	{"", "", "The new line adds four trains a week.", nil},
	// The amount may come before "of" and what is measured.
	{"", "", "The plant made about 200 kilograms of ice a day, and the wells pumped 3,000 barrels of oil a week.", nil},
	// So before a name of what is counted: "$30 billion of Treasury bonds
	// a month", "2 million barrels of Texas crude a day".
	{"2013-05-08", "", "The central bank has been buying $30 billion of Treasury bonds a month since June.", []string{"June|DATE|2012-06"}},
	{"2013-05-08", "", "The refinery processes 2 million barrels of Texas crude a day.", nil},
	{"", "", "The chip runs 15 million instructions per second.", nil},
	{"", "", "The firm was founded in 1904 and spent a decade building roads.", []string{"1904|DATE|1904", "a decade|DURATION|P10Y"}},
	// A quarter of something is a fraction, not three months.
	{"", "", "The country buys about three-quarters of its grain abroad.", nil},
	{"", "", "Funds hold more than a quarter of the market.", nil},
	{"1989-10-27", "", "It made money after several quarters of losses.", []string{"several quarters|DURATION|PXQ"}},
	{"", "", "He waited at least 72 hours.", []string{"at least 72 hours|DURATION|PT72H|EQUAL_OR_MORE"}},
	{"", "", "It lasted about two weeks.", []string{"about two weeks|DURATION|P2W|APPROX"}},
	{"", "", "A two-year contract was signed.", []string{"two-year|DURATION|P2Y"}},
	{"", "", "She has lived here for twenty-five years.", []string{"twenty-five years|DURATION|P25Y"}},
	{"", "", "The first visit since the fall of the regime.", nil},
	{"", "", "A 6-year-old boy was found.", nil},
	// "N years of age" is an age, as "N years old".
	{"", "", "Only boys under fourteen years of age were let go in 1863.", []string{"1863|DATE|1863"}},
	{"2003-05-02", "", "Patients over 65 years of age get the vaccine first, and the trial lasts two years.", []string{"two years|DURATION|P2Y"}},

	// Tense decides the direction of a weekday or a date without a year.
	{"1989-10-27", "", "The thrift announced the plan Aug. 21.", []string{"Aug. 21|DATE|1989-08-21"}},
	{"1998-03-06", "", "No inspection had been allowed since Jan. 13.", []string{"Jan. 13|DATE|1998-01-13"}},
	{"1998-08-08", "", "Blasts went off next to the embassies on Friday.", []string{"Friday|DATE|1998-08-07"}},
	{"1989-10-30", "", "Shares fell 50 cents on Friday to close at $20.", []string{"Friday|DATE|1989-10-27"}},

	{"2000-04-03", "", "He might come as soon as Tuesday, Castro said.", []string{"Tuesday|DATE|2000-04-04"}},
	{"1999-04-19", "", "He was shot last Oct. 23 at home.", []string{"last Oct. 23|DATE|1998-10-23"}},
	// Without a tense the last occurrence wins unless the next is weeks away.
	{"2024-05-06", "", "The trial concerns the Oct. 23 shooting.", []string{"Oct. 23|DATE|2023-10-23"}},
	{"2024-10-30", "", "Investors are watching the January vote closely.", []string{"January|DATE|2025-01"}},
	{"2024-10-30", "", "Prices are far above their level in March.", []string{"March|DATE|2024-03"}},
	// A participle after a determiner is an adjective, not a past verb.
	{"2023-10-20", "", "The bonus is paid on a still undecided date in January.", []string{"January|DATE|2024-01"}},
	// "to" after "due", "expected", "scheduled" takes their tense.
	{"2023-03-08", "", "The permit had been due to lapse on Friday.", []string{"Friday|DATE|2023-03-03"}},
	{"2023-03-08", "", "The bridge is due to open on Friday.", []string{"Friday|DATE|2023-03-10"}},
	{"2023-03-08", "", "The bridge closed due to the storm on Friday.", []string{"Friday|DATE|2023-03-03"}},
	// An end point set in the past may lie ahead.
	{"2023-10-25", "", "The company extended its offer to Nov. 10.", []string{"Nov. 10|DATE|2023-11-10"}},
	// "until" in a past perfect clause ends at a past day.
	{"2023-03-10", "", "Until Wednesday, the police had not named a suspect.", []string{"Wednesday|DATE|2023-03-08"}},
	{"2023-03-10", "", "The museum stays closed until Wednesday.", []string{"Wednesday|DATE|2023-03-15"}},
	// "to" before a noun is not an infinitive.
	{"2024-05-06", "", "The banker was shot to death on the night of Oct. 23 at his home.", []string{"Oct. 23|DATE|2023-10-23"}},
	// A night written with its two days and a slash is two DATEs, as with
	// a dash; not two days apart.
	{"", "", "The raid came on the night of 14/15 November 1940, and the fires burned until 3/5 December.", []string{"14|DATE|1940-11-14", "15 November 1940|DATE|1940-11-15", "5 December|DATE|1940-12-05"}},
	{"2023-10-26", "", "The bank added $2 million to reserves as of Sept. 30.", []string{"Sept. 30|DATE|2023-09-30"}},
	// A participle before "by" is passive, not a past verb.
	{"2024-02-13", "", "The airline will add flights to India by August in a push for markets untouched by the slump.", []string{"August|DATE|2024-08"}},
	// A report in the past says nothing of when what it reports happens,
	// unless the date is its own.
	{"2024-08-16", "", "Officials told the oil companies of a cut in their supply in September.", []string{"September|DATE|2024-09"}},
	{"2024-08-16", "", "He said in September that the cut would come.", []string{"September|DATE|2023-09"}},
	// A quarter not begun yet is last year's unless it begins within weeks.
	{"1998-01-26", "", "Profits in the fourth quarter are the focus.", []string{"the fourth quarter|DATE|1997-Q4"}},
	{"1998-01-26", "", "Profits in the second quarter are the focus.", []string{"the second quarter|DATE|1998-Q2"}},
	// A past-tense clause cannot fall in a period after the DCT: "earlier
	// in the week" after a date to come is the DCT's week.
	{"2007-04-13", "", "The council hopes to vote by May 1. Earlier in the week, its budget panel approved the plan.", []string{"May 1|DATE|2007-05-01", "Earlier in the week|DATE|2007-W15|START"}},
	{"2007-04-13", "", "The council will vote on May 1. Later in the week, the mayor will sign the plan.", []string{"May 1|DATE|2007-05-01", "Later in the week|DATE|2007-W18|END"}},
	{"2007-04-13", "", "The council voted on April 2. Later in the week, the mayor signed the plan.", []string{"April 2|DATE|2007-04-02", "Later in the week|DATE|2007-W14|END"}},
	// What one returns from lies before the return: the nearest such month.
	{"2003-09-03", "", "The bill will be taken up when the Senate returns from its August recess next week.", []string{"August|DATE|2003-08", "next week|DATE|2003-W37"}},
	{"2003-07-09", "", "The bill will be taken up when the Senate returns from its August recess.", []string{"August|DATE|2003-08"}},
	{"2003-09-03", "", "She returned from Paris in March.", []string{"March|DATE|2003-03"}},
	{"2003-09-03", "", "He returns to Paris in March.", []string{"March|DATE|2004-03"}},
	// A week of weekly figures, "ended" a date, is a reporting period.
	{"1996-05-17", "", "Mortgage applications fell 3% in the week ended May 10 from the previous week.", []string{"the week|DURATION|P1W", "May 10|DATE|1996-05-10", "the previous week|DATE|1996-W18"}},
	{"1996-05-17", "", "For the week, the index rose 2%.", []string{"the week|DATE|1996-WXX"}},
	// "in the third" right after a quarter named in its sentence is a
	// quarter of that year with the word left out; so is "the second"
	// after "the first half".
	{"2016-04-28", "", "Output grew at a 1.4 percent pace in the fourth quarter of 2015, down from 2 percent in the third.", []string{"the fourth quarter of 2015|DATE|2015-Q4", "the third|DATE|2015-Q3"}},
	{"2016-04-28", "", "Margins narrowed in the first half and will widen in the second, the company said.", []string{"the first half|DATE|2016-H1", "the second|DATE|2016-H2"}},
	{"2016-04-28", "", "Output grew in the fourth quarter. The team finished in the third.", []string{"the fourth quarter|DATE|2015-Q4"}},
	// "the month" after a preposition of time, closing its clause, in a
	// report on a month's figures is the month last named; with no month
	// named it is left alone.
	{"2012-09-14", "", "Factory output rose 0.4 percent in August. Economists had expected a small decline for the month.", []string{"August|DATE|2012-08", "the month|DATE|2012-08"}},
	{"2012-09-14", "", "New orders jumped in July, the institute said. During the month, export orders rose too.", []string{"July|DATE|2012-07", "the month|DATE|2012-07"}},
	{"2012-09-14", "", "Tenants owe rent for the month.", nil},
	// A month that names where a fiscal year ends, after a verb of
	// change, is no month of the calendar; "the fiscal year to June" is.
	{"2024-08-01", "", "The brewer, which moved the end of its fiscal year to September from March in 2018, has grown since.", []string{"2018|DATE|2018"}},
	{"2024-08-01", "", "Profit for the fiscal year to June rose.", []string{"the fiscal year|DURATION|P1Y", "June|DATE|2024-06"}},
	// "close early on Nov. 27": "early" is the verb's (ahead of the usual
	// time), the day alone is the expression.
	{"2020-11-14", "", "Bond markets will close early on Nov. 25, before the holiday.", []string{"Nov. 25|DATE|2020-11-25"}},
	{"2020-11-14", "", "The gates closed early on Friday.", []string{"early on Friday|DATE|2020-11-13|START"}},
	// A price at a day's close is pinned by the nearest such day,
	// whatever the tense of the deal it measures.
	{"2016-10-23", "", "Holders of the shares will get 30 dollars each, a premium of 25 percent to the closing price on Oct. 14.", []string{"Oct. 14|DATE|2016-10-14"}},
	{"2016-10-23", "", "The exchange ratio will be based on the closing price on Nov. 1.", []string{"Nov. 1|DATE|2016-11-01"}},
	// "the end of the calendar year", "the end of the fiscal year" before
	// "and": the year meant with END, as before a full stop.
	{"2024-08-01", "", "She said the bank would freeze hiring through the end of the calendar year and review pay in the spring.", []string{"the end of the calendar year|DATE|2024|END", "the spring|DATE|2025-SP"}},
	{"2024-08-01", "", "The agency will keep the office open until the end of the fiscal year and then close it.", []string{"the end of the fiscal year|DATE|2024|END"}},
	// "forecast" with a figure as its object: the figure is forecast for
	// a period, so a weekday dates the forecast, in the past.
	{"2024-08-01", "", "The chipmaker forecast sales above estimates late on Wednesday.", []string{"late on Wednesday|DATE|2024-07-31|END"}},
	{"2024-08-01", "", "The chipmaker will forecast sales on Wednesday.", []string{"Wednesday|DATE|2024-08-07"}},
	// "agreed to buy ... in February": the month may date the agreement
	// or the purchase; the nearer reading wins.
	{"2021-05-10", "", "Acme agreed to buy the grain trader in February.", []string{"February|DATE|2021-02"}},
	{"2021-05-10", "", "The board agreed to sell the unit in June.", []string{"June|DATE|2021-06"}},
	{"2019-10-28", "", "The refiner agreed to purchase the terminal for $40 million in February.", []string{"February|DATE|2020-02"}},
	// An ordinal day whose own sentence then says when the event began
	// counts from that day.
	{"2019-06-22", "", "Storms disrupted the second day after the championship began on Thursday, organizers said.", []string{"the second day|DATE|2019-06-21", "Thursday|DATE|2019-06-20"}},
	{"2019-06-22", "", "The jury was chosen on the first day of the trial.", nil},
	// "the holiday weekend" after a holiday named in its sentence is the
	// weekend that holiday is joined to (not one in midweek).
	{"2021-05-20", "", "Lifeguards will be on duty from Memorial Day, and beaches stay open late over the holiday weekend.", []string{"Memorial Day|DATE|2021-05-31", "the holiday weekend|DATE|2021-W21-WE"}},
	{"2022-10-03", "", "The library closes on Thanksgiving and Christmas Day and opens shorter hours over the holiday weekend.", []string{"Thanksgiving|DATE|2022-11-24", "Christmas Day|DATE|2022-12-25", "the holiday weekend|DATE|2022-W47-WE"}},
	// After ", and" an -ed form before a plural noun modifies the new
	// clause's subject, no past verb.
	{"2022-04-06", "", "Visitors can tour the stadium on Saturday, and reserved seats, at $40, go on sale Monday.", []string{"Saturday|DATE|2022-04-09", "Monday|DATE|2022-04-11"}},
	{"2022-04-06", "", "The chain fired 200 staff on Monday, and closed stores in three states.", []string{"Monday|DATE|2022-04-04"}},
	// "the Saturday" after a span of days counts from the span's first
	// day, one of whose days it is; "the Sunday afternoon" keeps its part.
	{"2023-02-01", "", "The regatta will be held from 14 to 18 June. The final races are on the Saturday.", []string{"14|DATE|2023-06-14", "18 June|DATE|2023-06-18", "Saturday|DATE|2023-06-17"}},
	{"2023-02-01", "", "The congress meets from 9 to 12 May, with the vote on the Wednesday afternoon.", []string{"9|DATE|2023-05-09", "12 May|DATE|2023-05-12", "Wednesday afternoon|TIME|2023-05-10TAF"}},
	// A length written out as a record is timed, smaller units set off
	// by commas, is one DURATION.
	{"2019-04-15", "", "She crossed the line in 2 hours, 20 minutes, 11 seconds, a course record.", []string{"2 hours, 20 minutes, 11 seconds|DURATION|PT2H20M11S"}},
	{"2014-07-02", "", "The final lasted four hours, 48 minutes, the longest in its history.", []string{"four hours, 48 minutes|DURATION|PT4H48M"}},
	{"2014-07-02", "", "The meeting ran 14 hours, 10 minutes of which were spent on the budget.", []string{"14 hours|DURATION|PT14H", "10 minutes|DURATION|PT10M"}},
	// A bare weekday after "agreed to acquire" dates the agreement: a
	// sale is closed weeks on, not within the week.
	{"2021-03-12", "", "The brewer agreed to acquire the cider maker late Thursday.", []string{"late Thursday|DATE|2021-03-11|END"}},
	{"2016-06-02", "", "The retailer agreed to sell its catalog business on Tuesday, days after a rival bid collapsed.", []string{"Tuesday|DATE|2016-05-31", "days|DURATION|PXD"}},
	// ", starting on Nov. 15" after a clause in the present names when a
	// standing arrangement begins, ahead; after a past clause it stays
	// in the past.
	{"2021-05-10", "", "The debentures pay interest every six months, starting on Nov. 15.", []string{"every six months|SET|P6M", "Nov. 15|DATE|2021-11-15"}},
	{"2021-05-10", "", "Prices rose sharply, starting in November.", []string{"November|DATE|2020-11"}},
	// A quarter long over, in a sentence that looks ahead, is next
	// year's; one just ended is still reported on.
	{"2016-10-23", "", "Shareholders of the insurer are expected to vote on the offer in the first quarter.", []string{"the first quarter|DATE|2017-Q1"}},
	{"2016-10-23", "", "The insurer will report third-quarter results on Thursday.", []string{"third-quarter|DATE|2016-Q3", "Thursday|DATE|2016-10-27"}},
	// An aside opened by a past participle dates what was done, through a
	// possessive and a longer phrase too.
	{"2018-03-11", "", "The merger, approved by Ridgeway's directors at a meeting on Friday, is expected to close in the third quarter.", []string{"Friday|DATE|2018-03-09", "the third quarter|DATE|2018-Q3"}},
	// "the year" after a noun ranked by a superlative, an ordinal or
	// "last" is the year meant, as at the end of a phrase; "the full
	// year" is a whole year even before "and".
	{"2019-06-05", "", "The bank will hold its last meeting of the year on Friday.", []string{"the year|DATE|2019", "Friday|DATE|2019-06-07"}},
	{"2019-06-05", "", "It was the busiest day of the year for airlines, the agency said.", []string{"the year|DATE|2019"}},
	{"2021-03-03", "", "The chain expects sales of 2 billion euros for the full year and 500 million euros in the current quarter.", []string{"the full year|DATE|2021", "the current quarter|DATE|2021-Q1"}},
	// "for the year" after a reported figure is the year reported on.
	{"1994-05-13", "", "Revenue for the year rose 5% to $3.1 billion.", []string{"the year|DATE|1994"}},
	{"1994-05-13", "", "The outlook for the year ahead is bleak.", nil},
	{"1994-05-13", "", "Hopes for the year rest on exports.", nil},
	// A bare hour opening a range of clock times takes the second's day
	// and half of the day.
	{"1991-10-26", "", "Police said the attack occurred between 9 and 10 p.m. Friday.", []string{"9|TIME|1991-10-25T21:00", "10 p.m. Friday|TIME|1991-10-25T22:00"}},
	{"1991-10-26", "", "The polls are open from 7 to 9 p.m. on Tuesday.", []string{"7|TIME|1991-10-29T19:00", "9 p.m.|TIME|1991-10-29T21:00", "Tuesday|DATE|1991-10-29"}},
	{"1991-10-26", "", "It happened between 2 and 3 a.m.", []string{"2|TIME|1991-10-26T02:00", "3 a.m.|TIME|1991-10-26T03:00"}},
	{"1991-10-26", "", "The clinic is open between 11 and 1 p.m.", []string{"11|TIME|1991-10-26T11:00", "1 p.m.|TIME|1991-10-26T13:00"}},
	{"1991-10-26", "", "Prices rose from 40 to 45 cents by 3 p.m.", []string{"3 p.m.|TIME|1991-10-26T15:00"}},
	// "the first Monday in February" is one day.
	{"1990-11-11", "", "The President's budget is due the first Monday in February.", []string{"the first Monday in February|DATE|1991-02-04"}},
	{"1990-11-11", "", "Thanksgiving falls on the fourth Thursday of November.", []string{"Thanksgiving|DATE|1990-11-22", "the fourth Thursday of November|DATE|1990-11-22"}},
	// "the first weekend of June", "the last weekend in August": the
	// weekend of that month's first or last Saturday, one DATE.
	{"", "", "The county fair opened in 1911 and was held that year on the last weekend of August, the rodeo on the second weekend in September.", []string{"1911|DATE|1911", "that year|DATE|1911", "the last weekend of August|DATE|1911-W34-WE", "the second weekend in September|DATE|1911-W36-WE"}},
	{"2023-04-02", "", "The regatta returns on the first weekend of June.", []string{"the first weekend of June|DATE|2023-W22-WE"}},
	{"1996-03-01", "", "The primary was held on the last Tuesday of May 1992.", []string{"the last Tuesday of May 1992|DATE|1992-05-26"}},
	// A past-tense clause cannot speak of the DCT decade's end to come.
	{"1991-04-02", "", "The clinic opened in 1984. By the end of the decade, it had 40 doctors.", []string{"1984|DATE|1984", "the end of the decade|DATE|198|END"}},
	{"1991-04-02", "", "The clinic opened in 1984. By the end of the decade, it will have 40 doctors.", []string{"1984|DATE|1984", "the end of the decade|DATE|199|END"}},
	{"1998-04-02", "", "The clinic opened in 1984. By the end of the decade, it had 40 doctors.", []string{"1984|DATE|1984", "the end of the decade|DATE|199|END"}},
	// "midmorning", "midafternoon" written solid, as "mid-morning".
	{"1990-06-01", "", "By midmorning, investigators were on the scene.", []string{"midmorning|TIME|1990-06-01TMO|MID"}},
	{"1990-06-01", "", "The rain stopped in midafternoon Tuesday.", []string{"midafternoon Tuesday|TIME|1990-05-29TAF|MID"}},
	// "midsummer", "midwinter" written solid, as "mid-summer"; not before
	// a noun, nor the feast.
	{"", "", "The garrison landed in April 1747. By midsummer most of it was sick.", []string{"April 1747|DATE|1747-04", "midsummer|DATE|1747-SU|MID"}},
	{"", "", "The canal froze in midwinter 1740 and stayed shut for weeks.", []string{"midwinter 1740|DATE|1740-WI|MID", "weeks|DURATION|PXW"}},
	{"", "", "The town keeps a midwinter fair and a midsummer bonfire.", nil},
	// "from the 3rd to the 18th of June 1215": the first day of the range
	// takes the second's month and year, spanning "the" as a bare "the 17th".
	{"", "", "The assembly sat from the 9th to the 21st of May 1381.", []string{"the 9th|DATE|1381-05-09", "21st of May 1381|DATE|1381-05-21"}},
	{"", "", "The runners went from the 3rd to the finish.", nil},
	// "the fourth day of March 1629" is one date, as "the 4th of July".
	{"", "", "The deed is dated the ninth day of October 1587.", []string{"the ninth day of October 1587|DATE|1587-10-09"}},
	{"", "", "The assembly was called in 1640 and met on the third day of November.", []string{"1640|DATE|1640", "the third day of November|DATE|1640-11-03"}},
	// "a single week" is one unit, as "a week".
	{"", "", "The harbour froze in a single week in January 1684.", []string{"a single week|DURATION|P1W", "January 1684|DATE|1684-01"}},
	// "and annually" after a frequency in the sentence is one too.
	{"", "", "The board met every two years until 1901 and annually after that.", []string{"every two years|SET|P2Y", "1901|DATE|1901", "annually|SET|P1Y"}},
	// "annually" after a verb is a SET, as "yearly"; after an amount a rate.
	{"", "", "The guild was founded in 1412 and met annually in its hall.", []string{"1412|DATE|1412", "annually|SET|P1Y"}},
	{"", "", "The estate yielded 400 pounds annually.", nil},
	// A bare plural unit as the subject of "passed", "went by" is a
	// stretch of unknown length; "The years passed" names none.
	{"", "", "The appeal was lost at sea; months passed before a second was sent.", []string{"months|DURATION|PXM"}},
	{"", "", "Decades went by before the wreck was found. The years passed.", []string{"Decades|DURATION|PXDE"}},
	// "the first half of the year" in a narrative is one expression, the
	// year the story is in; "of the decade" with none named is nothing.
	{"", "", "The yard opened in 1866. In the second half of the year it launched four ships.", []string{"1866|DATE|1866", "the second half of the year|DATE|1866-H2"}},
	{"", "", "The first half of the decade was quiet.", nil},
	// "by the third day", "the evening of the third day" count from the
	// day the story is on, as "on the third day".
	{"", "", "The assault began on 6 April 1812. By the evening of the second day the breach was open.", []string{"6 April 1812|DATE|1812-04-06", "the second day|DATE|1812-04-07"}},
	{"", "", "The fever appeared on 2 August 1793. By the tenth day forty were dead.", []string{"2 August 1793|DATE|1793-08-02", "the tenth day|DATE|1793-08-11"}},
	// A clock reading in words is a TIME, its day found as for digits.
	{"", "", "On 3 May 1808 the executions began at four in the morning.", []string{"3 May 1808|DATE|1808-05-03", "four in the morning|TIME|1808-05-03T04:00"}},
	{"", "", "The charge came at about half past six on 21 October 1805.", []string{"about half past six|TIME|1805-10-21T06:30|APPROX", "21 October 1805|DATE|1805-10-21"}},
	{"", "", "The ceasefire began at a quarter to twelve.", []string{"a quarter to twelve|TIME|XXXX-XX-XXT11:45"}},
	{"", "", "The doors shut at nine o'clock; two in the evening class stayed.", []string{"nine o'clock|TIME|XXXX-XX-XXT09:00"}},
	// "the closing months of 1918", "the first days of May 1940": the
	// year's or month's end or start, as "the first weeks of 1919".
	{"", "", "In the closing months of 1720 the bubble burst.", []string{"the closing months of 1720|DATE|1720|END"}},
	{"", "", "Riots broke out in the first days of May 1886.", []string{"the first days of May 1886|DATE|1886-05|START"}},
	{"", "", "In the last months of the war the mill closed.", []string{"the last months|DURATION|PXM"}},
	// "every Thursday evening" is one SET, as "Thursday evenings".
	{"", "", "The guild dined every Friday evening at the Swan.", []string{"every Friday evening|SET|XXXX-WXX-5TEV"}},
	{"", "", "Services were held each Sunday morning.", []string{"each Sunday morning|SET|XXXX-WXX-7TMO"}},
	// A degree word before "over", "under", "more than", "less than" is
	// the quantifier's; "did well over" is no quantifier.
	{"", "", "The blockade lasted a little over five months.", []string{"a little over five months|DURATION|P5M|MORE_THAN"}},
	{"", "", "The crossing took well over two weeks.", []string{"well over two weeks|DURATION|P2W|MORE_THAN"}},
	{"", "", "The embassy stayed slightly less than a year.", []string{"slightly less than a year|DURATION|P1Y|LESS_THAN"}},
	{"", "", "The harvest did well over three years.", []string{"three years|DURATION|P3Y"}},
	// "the winter that followed" is "the following winter"; the clause
	// stays outside.
	{"", "", "The rye failed in 1739, and in the winter that followed the poor ate bark.", []string{"1739|DATE|1739", "the winter|DATE|1739-WI"}},
	{"", "", "The bank closed in October 1907. In the month that followed, runs spread.", []string{"October 1907|DATE|1907-10", "the month|DATE|1907-11"}},
	// "half-century" with a hyphen, as "half century"; "a" inside.
	{"", "", "The line was little used over the next half-century.", []string{"the next half-century|DURATION|P50Y"}},
	{"", "", "The abbey stood empty for almost a half century.", []string{"almost a half century|DURATION|P50Y|LESS_THAN"}},
	{"", "", "The charter was sealed on Midsummer Day 1390.", []string{"Midsummer Day 1390|DATE|1390-06-24"}},
	{"1990-06-01", "", "Workers take a midmorning break.", nil},
	// "the Thanksgiving weekend" spans "the", as "the weekend".
	{"1993-11-29", "", "Sales over the Thanksgiving weekend rose 3 percent.", []string{"the Thanksgiving weekend|DATE|1993-W47-WE"}},
	{"1993-11-29", "", "Sales over Thanksgiving weekend rose 3 percent.", []string{"Thanksgiving weekend|DATE|1993-W47-WE"}},
	{"1993-11-29", "", "They put up the Christmas tree.", nil},
	// A judgement of likelihood looks ahead, in reported speech too.
	{"2011-05-13", "", "Aides said on Wednesday that a settlement was unlikely before September.", []string{"Wednesday|DATE|2011-05-11", "September|DATE|2011-09"}},
	{"2011-05-13", "", "The union said a strike seemed highly likely in June.", []string{"June|DATE|2011-06"}},
	{"2011-05-13", "", "A deal is unlikely until October, the minister said.", []string{"October|DATE|2011-10"}},
	// An adverb "likely" before a past verb leaves the verb to decide.
	{"2011-05-13", "", "The fire likely started in March.", []string{"March|DATE|2011-03"}},
	{"2011-05-13", "", "It was likely that the letter arrived in March.", []string{"March|DATE|2011-03"}},
	// Modals look ahead.
	{"2024-12-05", "", "Delegates can take part in the summit in April.", []string{"April|DATE|2025-04"}},
	// A date that modifies a noun names background, not the story's time.
	{"1999-06-07", "", "Two men were charged in the Dec. 21, 1988, bombing of the plane. They were freed after Libya agreed in April to a trial.",
		[]string{"Dec. 21, 1988|DATE|1988-12-21", "April|DATE|1999-04"}},
	// A weekday in news follows a date of the story only close by.
	{"1998-02-19", "", "He was kidnapped on March 26, 1996. Nothing was heard of him. His family hoped for news. Officials said privately Thursday that the search goes on.",
		[]string{"March 26, 1996|DATE|1996-03-26", "Thursday|DATE|1998-02-19"}},
	{"1998-02-19", "", "He was kidnapped on March 26, 1996. On Thursday his captors called.",
		[]string{"March 26, 1996|DATE|1996-03-26", "Thursday|DATE|1996-03-28"}},

	// Named days and periods.
	{"2000-01-07", "", "Elian was found Thanksgiving Day.", []string{"Thanksgiving Day|DATE|1999-11-25"}},
	{"2000-02-10", "", "He was found last Thanksgiving.", []string{"last Thanksgiving|DATE|1999-11-25"}},
	{"", "", "On Christmas Eve, 1914, the troops sang.", []string{"Christmas Eve, 1914|DATE|1914-12-24"}},
	{"2000-01-07", "", "They met on New Year's Day.", []string{"New Year's Day|DATE|2000-01-01"}},
	{"2000-01-07", "", "They bought the Christmas tree.", nil},
	{"", "", "The trial took 2 1/2 years.", []string{"2 1/2 years|DURATION|P2Y6M"}},
	{"", "", "The flight took 5 1/2 hours.", []string{"5 1/2 hours|DURATION|PT5H30M"}},
	{"", "", "It lasted a minute and a half.", []string{"a minute and a half|DURATION|PT1M30S"}},
	{"1998-04-02", "", "Prices fell in recent months.", []string{"recent months|DURATION|PXM"}},
	{"1989-10-26", "", "It compared with a year-earlier loss of $6 million.", []string{"year-earlier|DATE|1988"}},
	{"2000-02-24", "", "It will be resolved the week of March 6, a lawyer said.", []string{"the week of March 6|DATE|2000-W10"}},
	{"1989-10-30", "", "For the week, the index dropped 3.8%.", []string{"the week|DATE|1989-WXX"}},
	{"1998-03-03", "", "Hate groups grew over the past year.", []string{"the past year|DATE|1997"}},
	{"1998-04-24", "", "In today's world, paternity can be proved; today's editions say so.", []string{"today|DATE|1998-04-24"}},
	{"1998-03-31", "", "This is VOA Today. He spoke on ABC's \"This Week\" show.", nil},
	{"1991-02-25", "", "Then, a week or so ago, the general picked a date.", []string{"a week or so ago|DATE|1991-W08|APPROX"}},
	{"1998-01-08", "", "In Singapore, stocks hit a five year low.", []string{"five year|DURATION|P5Y"}},
	{"1989-10-26", "", "It doesn't bode well for coming quarters.", []string{"coming quarters|DATE|FUTURE_REF"}},
	{"1989-11-02", "", "Sales in the latest period were $1.76 billion.", []string{"the latest period|DATE|1989-Q3"}},
	{"1989-11-02", "", "It forecast an increase for the full year.", []string{"the full year|DATE|1989"}},
	{"1989-10-31", "", "Competitors cut prices over the summer.", []string{"the summer|DATE|1989-SU"}},
	{"1989-10-31", "", "A charge in the 1988 second quarter hurt.", []string{"the 1988 second quarter|DATE|1988-Q2"}},
	{"1989-10-31", "", "It could be effective in next year's first quarter.", []string{"next year's first quarter|DATE|1990-Q1"}},
	{"1989-10-31", "", "Net rose in the third quarter from $2 million in the 1988 period.", []string{"the third quarter|DATE|1989-Q3", "the 1988 period|DATE|1988-Q3"}},
	{"2000-04-17", "", "Crowds are expected in Easter week.", []string{"Easter week|DATE|2000-W16"}},
	{"1998-02-27", "", "Sales fell in January nineteen ninety-seven.", []string{"January nineteen ninety-seven|DATE|1997-01"}},
	{"2000-01-07", "", "He promised it by the year two thousand.", []string{"the year two thousand|DATE|2000"}},
	{"2000-01-07", "", "Nineteen twenty-year-olds came.", []string{"twenty-year|DURATION|P20Y"}},
	{"1990-08-13", "", "Officials said over the weekend that talks failed.", []string{"the weekend|DATE|1990-W32-WE"}},
	{"1989-10-30", "", "Traders squared positions ahead of the weekend.", []string{"the weekend|DATE|1989-W44-WE"}},
	{"1989-11-01", "", "Revenue was $76 million for the year ended March 31.", []string{"the year|DURATION|P1Y", "March 31|DATE|1989-03-31"}},
	{"1989-11-01", "", "Volume was flat for the year, the company said.", []string{"the year|DATE|1989"}},

	// "early in", "late in", "later in" a named period: one expression
	// with the mod of "early 1815"; not a part of the day or an event, and
	// not "late" as an adjective after "be".
	{"", "", "The garrison was relieved early in 1762.", []string{"early in 1762|DATE|1762|START"}},
	{"", "", "Late in 1598 the fleet was rebuilt.", []string{"Late in 1598|DATE|1598|END"}},
	{"", "", "It was late in 1598 that the fleet was rebuilt.", []string{"late in 1598|DATE|1598|END"}},
	{"", "", "The canal froze later in 1740.", []string{"later in 1740|DATE|1740|END"}},
	{"", "", "Mills spread early in the 13th century.", []string{"early in the 13th century|DATE|12|START"}},
	{"", "", "Trade recovered late in the 1850s.", []string{"late in the 1850s|DATE|185|END"}},
	{"", "", "The rains came late in the summer of 1846.", []string{"late in the summer of 1846|DATE|1846-SU|END"}},
	{"2004-02-03", "", "The minister will resign late in March.", []string{"late in March|DATE|2004-03|END"}},
	{"", "", "The harvest was late in 1816 and the bread dear.", []string{"1816|DATE|1816"}},
	{"", "", "Late in the war the rebels fled early in the morning.", nil},

	// "the turn of the century": the start of a century. Named, the
	// century itself; bare, the one starting nearest the last date (or the
	// DCT, with the tense deciding between the last and the next).
	{"", "", "Steam mills spread at the turn of the 18th century.", []string{"the turn of the 18th century|DATE|17|START"}},
	{"", "", "Greek colonies were founded at the turn of the 8th century BC.", []string{"the turn of the 8th century BC|DATE|BC07|START"}},
	{"", "", "The port opened in 1896; by the turn of the century it handled half the trade.", []string{"1896|DATE|1896", "the turn of the century|DATE|19|START"}},
	// "the early years of the 20th century", "the closing years of the
	// century", "the latter part of the 1920s": the period's part.
	{"", "", "Trade boomed in 1905. In the early years of the 20th century the port grew, and in the latter part of the 1920s it declined; his final years were quiet.", []string{"1905|DATE|1905", "the early years of the 20th century|DATE|19|START", "the latter part of the 1920s|DATE|192|END"}},
	{"", "", "The mill opened in 1871, and in the closing years of the century it employed 900.", []string{"1871|DATE|1871", "the closing years of the century|DATE|18|END"}},
	// So "the turn of the millennium".
	{"", "", "The firm was founded in 1994, and at the turn of the millennium it went public.", []string{"1994|DATE|1994", "the turn of the millennium|DATE|2|START"}},
	{"", "", "The abbey was rebuilt in 1703, and at the turn of the century it had been a ruin.", []string{"1703|DATE|1703", "the turn of the century|DATE|17|START"}},
	{"2026-06-01", "", "The city had a million people at the turn of the century.", []string{"the turn of the century|DATE|20|START"}},
	{"2085-06-01", "", "Planners say the city will have ten million people by the turn of the century.", []string{"the turn of the century|DATE|21|START"}},
	{"", "", "The turn of the tide came quickly.", nil},

	// "the first week of March 1918": the first and last weeks of a month
	// are its start and end; the second to fourth are ISO weeks.
	{"", "", "The ice broke in the first week of April 1709.", []string{"the first week of April 1709|DATE|1709-04|START"}},
	{"", "", "In the last week of August 1572 the killings began.", []string{"the last week of August 1572|DATE|1572-08|END"}},
	{"", "", "The siege lifted in the third week of May 1683.", []string{"the third week of May 1683|DATE|1683-W20"}},
	{"2011-05-02", "", "Ballots will be counted in the first week of June.", []string{"the first week of June|DATE|2011-06|START"}},
	{"", "", "Supplies ran short in the first weeks of 1917.", []string{"the first weeks of 1917|DATE|1917|START"}},
	{"", "", "Supplies ran short in the first week of the siege.", nil},
	// Ages are not dates.
	{"", "", "She married in her twenties; a 35-year-old clerk was her witness.", nil},

	// News tense: a present-tense condition after the date looks ahead;
	// a past form right before "in"/"on" and the date looks back, whatever
	// the main verb ("would", "will").
	{"2023-02-10", "", "Nurses threatened a second strike in May unless the ministry raises pay.", []string{"May|DATE|2023-05"}},
	{"2023-02-10", "", "Farmers warned of shortages in June if the drought continues.", []string{"June|DATE|2023-06"}},
	{"2023-02-10", "", "Farmers said shortages began in June, even if rain came later.", []string{"June|DATE|2022-06"}},
	{"2023-02-10", "", "The tariff imposed in November would hurt exporters, the report said.", []string{"November|DATE|2022-11"}},
	{"2023-02-10", "", "Investors fear the ceasefire signed on 4 December will not hold.", []string{"4 December|DATE|2022-12-04"}},
	{"2023-02-10", "", "The bridge will be opened in March.", []string{"March|DATE|2023-03"}},

	// Times of day.
	{"2025-01-28", "", "The meeting starts at 3 p.m. today.", []string{"3 p.m. today|TIME|2025-01-28T15:00"}},
	{"2025-01-28", "", "The meeting started at 10:35 a.m.", []string{"10:35 a.m.|TIME|2025-01-28T10:35"}},
	{"2025-01-28", "", "They met Monday morning.", []string{"Monday morning|DATE|2025-01-27"}},
	{"2025-01-28", "", "The deal expires at midnight.", []string{"midnight|TIME|2025-01-28T24:00"}},
	{"2025-01-28", "", "It rained this morning.", []string{"this morning|TIME|2025-01-28TMO"}},

	// Dawn and dusk after a preposition of time are the morning and the
	// evening of the day of the story; "the small hours" the start of
	// its morning. "the eve of" an event is no date; a holiday's eve is.
	{"", "", "The column left Arras on 9 April 1917 at daybreak and halted at dusk.", []string{"9 April 1917|DATE|1917-04-09", "daybreak|TIME|1917-04-09TMO", "dusk|TIME|1917-04-09TEV"}},
	{"", "", "The boats were ashore by nightfall on 25 April 1915.", []string{"nightfall|TIME|1915-04-25TEV", "25 April 1915|DATE|1915-04-25"}},
	{"2016-03-09", "", "Police raided the camp before dawn.", []string{"dawn|TIME|2016-03-09TMO"}},
	{"2016-03-09", "", "Negotiators talked into the small hours.", []string{"the small hours|TIME|2016-03-09TMO|START"}},
	{"", "", "Troops crossed the river in the early hours of 16 March 1917.", []string{"16 March 1917|DATE|1917-03-16"}},
	{"", "", "It was the dawn of a new age; a dawn raid followed; Dawn's sister stayed.", nil},
	{"2016-03-09", "", "Strikes began on the eve of the vote.", nil},
	{"2016-03-09", "", "Crowds gathered on Christmas Eve.", []string{"Christmas Eve|DATE|2015-12-24"}},

	// Things that are not dates.
	{"2025-01-28", "", "Deputy Foreign Minister Mikhail Bogdanov and HTS* leaders.", nil},
	{"2025-01-28", "", "Photo: https://creativecommons.org/licenses/by/4.0/ by someone", nil},
	{"2025-01-28", "", "He may come. It costs $2015 and 1998% of it.", nil},
	{"2025-01-28", "", "The first official visit by Russian officials.", nil},

	// "another" and a stretch of time: a further duration, "another" in
	// its span (but an adjective keeps its own: "another two-day strike").
	{"", "", "The garrison held out for another month.", []string{"another month|DURATION|P1M"}},
	{"", "", "The old king lived another twelve years.", []string{"another twelve years|DURATION|P12Y"}},
	{"", "", "Workers began another two-day strike.", []string{"two-day|DURATION|P2D"}},
	{"", "", "We will meet another time.", nil},

	// A day word with a part of day is a TIME, like "this morning".
	{"2019-05-02", "", "The president speaks to the nation tonight.", []string{"tonight|TIME|2019-05-02TNI"}},
	{"2019-05-02", "", "Police closed the bridge yesterday evening.", []string{"yesterday evening|TIME|2019-05-01TEV"}},

	// The present of a verb of schedule looks ahead.
	{"2023-10-20", "", "The panel met last week and meets again on 5 January.", []string{"last week|DATE|2023-W41", "5 January|DATE|2024-01-05"}},
	{"2023-10-20", "", "The new exhibition opens in February.", []string{"February|DATE|2024-02"}},

	// An attribution after the expression says when it was said, not when
	// what it says happens.
	{"2022-03-09", "", "Nurses will walk out on Monday, their union said yesterday, after pay talks collapsed.", []string{"Monday|DATE|2022-03-14", "yesterday|DATE|2022-03-08"}},
	{"2022-03-09", "", "The ferry sank on Monday, officials said.", []string{"Monday|DATE|2022-03-07"}},

	// A clock time with no day of its own is on the day the story is
	// about, though a year was named since; one ahead is the DCT's.
	{"2023-03-06", "", "The marathon was run on Sunday in the warmest March since 1990. The winner crossed the line at 11:42 a.m.", []string{"Sunday|DATE|2023-03-05", "March|DATE|2023-03", "1990|DATE|1990", "11:42 a.m.|TIME|2023-03-05T11:42"}},
	{"2023-03-06", "", "The ship docked on Sunday after a voyage begun in 2019. Passengers will leave at 10 a.m.", []string{"Sunday|DATE|2023-03-05", "2019|DATE|2019", "10 a.m.|TIME|2023-03-06T10:00"}},

	// A flashback in the past perfect anchors its own sentence only; the
	// narrative then goes on from where it was.
	{"", "", "The manuscript was rediscovered in 1886. It had been copied in 1420 by a monk of the abbey. Scholars published it three years later.", []string{"1886|DATE|1886", "1420|DATE|1420", "three years later|DATE|1889"}},
	{"", "", "In 1950 she met a violinist who had fled to London in May 1940 and enlisted later that year.", []string{"1950|DATE|1950", "May 1940|DATE|1940-05", "later that year|DATE|1940"}},

	// Two months, seasons or days joined by "and"/"or" share the year
	// that ends the pair.
	{"", "", "The fort fell in 1702. Cholera struck in August and September 1831.", []string{"1702|DATE|1702", "August|DATE|1831-08", "September 1831|DATE|1831-09"}},
	{"", "", "In 1855 he married. In the autumn and winter of 1861 he toured Italy.", []string{"1855|DATE|1855", "the autumn|DATE|1861-FA", "winter of 1861|DATE|1861-WI"}},
	{"2009-05-04", "", "Exports fell in December and January 2007, the ministry said.", []string{"December|DATE|2006-12", "January 2007|DATE|2007-01"}},

	// The end, start or middle of a decade is one expression.
	{"", "", "Jazz clubs closed at the end of the 1950s.", []string{"the end of the 1950s|DATE|195|END"}},
	{"", "", "At the beginning of the 1870s the railway arrived.", []string{"the beginning of the 1870s|DATE|187|START"}},

	// A season "of that year" takes the year phrase's year, each an
	// expression, as "1 July of that year".
	{"", "", "The mill opened in 1784. In the winter of that year it burned down.", []string{"1784|DATE|1784", "the winter|DATE|1784-WI", "that year|DATE|1784"}},
	{"", "", "The truce was signed in 1609, and in the summer of the following year fighting resumed.", []string{"1609|DATE|1609", "the summer|DATE|1610-SU", "the following year|DATE|1610"}},

	// "earlier in the day" is in the day of the story, never a month.
	{"2016-02-10", "", "Inflation eased in January. Earlier in the day the bank cut rates.", []string{"January|DATE|2016-01", "Earlier in the day|DATE|2016-02-10|START"}},

	// "quarter" and "half" before a hyphen and a noun are fractions;
	// "a quarter-century" is 25 years.
	{"2023-01-10", "", "The bank is expected to make a quarter-point cut.", nil},
	{"", "", "The dispute lasted a quarter-century.", []string{"a quarter-century|DURATION|P25Y"}},
	{"2011-05-02", "", "The club lost in the quarter-finals and again in the semi-finals.", nil},
	{"2011-05-02", "", "She ran past the half-way mark in the third quarter.", []string{"the third quarter|DATE|2010-Q3"}},

	// In news, a clock time is the day of the story only in the past tense.
	{"2023-01-10", "", "The ferry sank on Sunday in the worst accident since 1987. Polls open at 7 a.m.", []string{"Sunday|DATE|2023-01-08", "1987|DATE|1987", "7 a.m.|TIME|2023-01-10T07:00"}},

	// "the last half/quarter of" a year or period is its second half or
	// fourth quarter; a quarter of a century is its start, middle or end.
	{"2004-06-01", "", "Orders weakened in the last half of 2003.", []string{"the last half of 2003|DATE|2003-H2"}},
	{"", "", "The mills closed in the latter half of the 19th century; in the latter half of 1921 prices fell.", []string{"the latter half of the 19th century|DATE|18|END", "the latter half of 1921|DATE|1921-H2"}},
	{"", "", "Steam power spread in the last quarter of the 18th century.", []string{"the last quarter of the 18th century|DATE|17|END"}},
	{"", "", "Cities doubled in the second quarter of the 19th century.", []string{"the second quarter of the 19th century|DATE|18|MID"}},
	{"", "", "The mills opened in 1851, and in the second half of the century the town doubled; the 1890s were hard, and in the first half of the decade many left.", []string{"1851|DATE|1851", "the second half of the century|DATE|18|END", "the 1890s|DATE|189", "the first half of the decade|DATE|189|START"}},

	// An open end is part of the date: "2030 or later", "or earlier".
	{"", "", "The mission could launch in 2031 or later.", []string{"2031 or later|DATE|2031|ON_OR_AFTER"}},
	{"", "", "The chapel was painted in 1420 or earlier, and restored in 1960.", []string{"1420 or earlier|DATE|1420|ON_OR_BEFORE", "1960|DATE|1960"}},
	{"2015-03-02", "", "The plan covers 2016 and beyond.", []string{"2016 and beyond|DATE|2016|ON_OR_AFTER"}},

	// "the previous Friday", "the following Monday" count from the day of
	// the story.
	{"", "", "The mine collapsed on 14 October 1913. The previous Friday inspectors had found gas, and the following Monday the pit was sealed.", []string{"14 October 1913|DATE|1913-10-14", "The previous Friday|DATE|1913-10-10", "the following Monday|DATE|1913-10-20"}},

	// "this past" is one determiner.
	{"2011-10-04", "", "Rents rose this past summer.", []string{"this past summer|DATE|2011-SU"}},

	// "three and a half days"
	{"", "", "The crossing took four and a half hours.", []string{"four and a half hours|DURATION|PT4H30M"}},

	// The first day of a range of days takes the month and year of the
	// last.
	{"", "", "The congress met between 14 and 16 June 1919 in Paris.", []string{"14|DATE|1919-06-14", "16 June 1919|DATE|1919-06-16"}},
	{"", "", "Riots broke out on 2-3 August 1943.", []string{"2|DATE|1943-08-02", "3 August 1943|DATE|1943-08-03"}},

	// A decade in two digits after one in four is in the same century;
	// alone, "the '30s" have already been.
	{"", "", "Cinema boomed in the 1910s and 20s.", []string{"the 1910s|DATE|191", "20s|DATE|192"}},
	{"", "", "Swing bands toured in the '30s.", []string{"the '30s|DATE|193"}},

	// "next weekend" is a weekend too.
	{"2019-09-04", "", "The museum reopens next weekend.", []string{"next weekend|DATE|2019-W37-WE"}},
	{"2019-09-04", "", "Storms are forecast for the coming weekend.", []string{"the coming weekend|DATE|2019-W36-WE"}},

	// A part of day with its day is one TIME.
	{"2022-06-11", "", "By mid-morning Thursday the fire was out.", []string{"mid-morning Thursday|TIME|2022-06-09TMO|MID"}},
	{"2022-06-11", "", "The vote was counted in the late evening yesterday.", []string{"the late evening yesterday|TIME|2022-06-10TEV|END"}},

	// "every few" units is a SET with an unknown number.
	{"", "", "Famine returned every few years.", []string{"every few years|SET|PXY"}},

	// "half a" unit is half of it, not the whole unit.
	{"", "", "The emperor reigned for nearly half a century.", []string{"nearly half a century|DURATION|P50Y|LESS_THAN"}},
	{"", "", "The vote was delayed by half an hour. Half a million people marched.", []string{"half an hour|DURATION|PT30M"}},

	// "the following morning" is the day after the day of the story, a
	// day of its year when no day was named.
	{"", "", "The bridge was blown in 1944. The following morning the tanks crossed the river.", []string{"1944|DATE|1944", "The following morning|DATE|1944-XX-XX"}},
	{"", "", "The assault began on 6 August 1915, the bloodiest day of that year. The next morning the defenders counter-attacked.", []string{"6 August 1915|DATE|1915-08-06", "that year|DATE|1915", "The next morning|DATE|1915-08-07"}},

	// "on the 5th": a day of the month the story is in; one before the
	// story's day is in the next month. Not a name or a count.
	{"", "", "The fleet left port on 26 March 1854 and reached Malta on the 2nd, where it stayed.", []string{"26 March 1854|DATE|1854-03-26", "the 2nd|DATE|1854-04-02"}},
	{"", "", "The vote was called for 12 May 1921. On the 10th, two days before it, the opposition walked out.", []string{"12 May 1921|DATE|1921-05-12", "the 10th|DATE|1921-05-10", "two days|DURATION|P2D"}},
	{"", "", "Born in Lyon in 1802, she would open her first school in 1831; the college she founded five years later would outlive her.", []string{"1802|DATE|1802", "1831|DATE|1831", "five years later|DATE|1836"}},
	{"", "", "The mine closed in 1921. Its manager, who had come from Wales in 1890, would stand for parliament in 1924; the party he joined two years later would make him a minister. In March the last miners left the valley.", []string{"1921|DATE|1921", "1890|DATE|1890", "1924|DATE|1924", "two years later|DATE|1926", "March|DATE|1921-03"}},
	{"", "", "The relief column reached the fort on 20 August 1857. Its outposts had been overrun on the 16th, and the garrison was starving.", []string{"20 August 1857|DATE|1857-08-20", "the 16th|DATE|1857-08-16"}},
	{"", "", "In May 1902 the strike spread; by the 14th the pits were idle.", []string{"May 1902|DATE|1902-05", "the 14th|DATE|1902-05-14"}},
	// A bare ordinal day opening a clause after "and", with a name for its
	// subject; not a unit's number.
	{"", "", "Riots broke out in Lagos on 12 March 1949, and on the 15th Governor Hart declared martial law.", []string{"12 March 1949|DATE|1949-03-12", "the 15th|DATE|1949-03-15"}},
	{"", "", "The offensive opened on 8 August 1918, and on the 4th Division front the tanks broke through.", []string{"8 August 1918|DATE|1918-08-08"}},
	{"", "", "In 1943 the 5th Army landed at Salerno, and on the 3rd of 5 attempts it got ashore.", []string{"1943|DATE|1943"}},

	// Centuries and decades BC counted on from a year: the Nth century BC
	// is BC(N-1), so a century after 1400 BC (1300 BC) is in the 13th,
	// BC12. Millennia are their first digit; "early" takes a century BC.
	{"", "", "A fortress stood here around 1400 BC; a century later it was burned.", []string{"around 1400 BC|DATE|BC1400|APPROX", "a century later|DATE|BC12"}},
	{"", "", "The colony was founded in 735 BC, and a decade later it was walled.", []string{"735 BC|DATE|BC0735", "a decade later|DATE|BC072"}},
	{"", "", "Iron tools spread across Europe in the 1st millennium BC, and towns grew in the 2nd millennium.", []string{"the 1st millennium BC|DATE|BC0", "the 2nd millennium|DATE|1"}},
	{"", "", "The temple was rebuilt in the early 5th century BC.", []string{"the early 5th century BC|DATE|BC04|START"}},

	// "a week later" than a day is a week, but the story is on a known
	// day: "that night" is that day's.
	{"", "", "The ship docked on 3 May 1915. A week later the crew went ashore, and that night the harbour burned.", []string{"3 May 1915|DATE|1915-05-03", "A week later|DATE|1915-W19", "that night|TIME|1915-05-10TNI"}},
	// "the following centuries" is a stretch of unknown length.
	{"", "", "The abbey was abandoned in 1536, and over the following centuries its stones were carted away.", []string{"1536|DATE|1536", "the following centuries|DURATION|PXCE"}},
	// "just over", "just under" bound a duration.
	// "a single day of fighting" is one day spent so, as "a day of
	// fighting"; "a single decade of music" stays a kind.
	{"", "", "In a single week of marching the column covered two hundred miles.", []string{"a single week|DURATION|P1W"}},
	{"", "", "The town was taken after a single day of shelling.", []string{"a single day|DURATION|P1D"}},
	{"", "", "The siege lasted just under a year, the retreat just over six weeks.", []string{"just under a year|DURATION|P1Y|LESS_THAN", "just over six weeks|DURATION|P6W|MORE_THAN"}},

	// "the second day" of a range of days just given; "the first day" of
	// the day the story is on; not "the first day of the trial".
	{"", "", "The congress sat from 4 to 9 May 1848. On the third day the radicals walked out.", []string{"4|DATE|1848-05-04", "9 May 1848|DATE|1848-05-09", "the third day|DATE|1848-05-06"}},
	{"", "", "The offensive opened on 12 April 1917. The generals had promised a breakthrough on the first day.", []string{"12 April 1917|DATE|1917-04-12", "the first day|DATE|1917-04-12"}},
	{"", "", "The hearing opened on 2 March 1921. The first day of the hearing was quiet.", []string{"2 March 1921|DATE|1921-03-02"}},
	// "some weeks" after "for" or before "after" is a vague stretch, as
	// "some weeks later"; "some years the harvest failed" is no stretch.
	{"", "", "The frigate was held at Malta for some weeks while her hull was repaired.", []string{"some weeks|DURATION|PXW"}},
	{"", "", "Some months after the mutiny the crew were paid off. Some years the yard built nothing.", []string{"Some months|DURATION|PXM"}},
	// A clock reading from six to eleven with no half of the day, soon
	// after "that evening" or "that night" of the same day, is the
	// evening's.
	{"", "", "The squadron anchored in the roads on 14 May 1744. That evening the wind backed, and at ten o'clock two ships dragged their anchors.", []string{"14 May 1744|DATE|1744-05-14", "That evening|TIME|1744-05-14TEV", "ten o'clock|TIME|1744-05-14T22:00"}},
	{"", "", "The sloop went aground on 2 March 1781. That night the crew took to the boats at about eight o'clock.", []string{"2 March 1781|DATE|1781-03-02", "That night|TIME|1781-03-02TNI", "about eight o'clock|TIME|1781-03-02T20:00|APPROX"}},
	// One from one to four after "that night" is in the small hours after
	// it; "at five o'clock" after "that evening" is 17:00.
	{"", "", "The brig struck the reef on 9 November 1799. That night the mainmast went by the board at three o'clock.", []string{"9 November 1799|DATE|1799-11-09", "That night|TIME|1799-11-09TNI", "three o'clock|TIME|1799-11-10T03:00"}},
	{"", "", "The brig struck the reef on 9 November 1799. That evening the boats were lowered at five o'clock.", []string{"9 November 1799|DATE|1799-11-09", "That evening|TIME|1799-11-09TEV", "five o'clock|TIME|1799-11-09T17:00"}},
	// "an hour and a quarter" is one stretch, the quarter the hour's.
	{"", "", "The two frigates exchanged broadsides for an hour and a quarter before the Frenchman struck.", []string{"an hour and a quarter|DURATION|PT1H15M"}},
	{"", "", "The crossing took four years and a quarter.", []string{"four years and a quarter|DURATION|P4Y3M"}},
	// "a fortnight earlier" than a day is a week, as "a fortnight later".
	{"", "", "The convoy reached Lisbon on 9 March 1762. A fortnight earlier its escort had been recalled.", []string{"9 March 1762|DATE|1762-03-09", "A fortnight earlier|DATE|1762-W08"}},
	// A bare ordinal day before the past verb of a subject already named,
	// with the verb's object after it, is a day: "and on the 5th stormed
	// the town"; "the 6th mounted infantry" stays a unit.
	{"", "", "The army crossed the Douro on 12 May 1809 and on the 14th entered the city.", []string{"12 May 1809|DATE|1809-05-12", "the 14th|DATE|1809-05-14"}},
	{"", "", "The squadron left Spithead on 2 June 1758 and at dawn on the 5th anchored off the French coast.", []string{"2 June 1758|DATE|1758-06-02", "dawn|TIME|1758-06-05TMO", "the 5th|DATE|1758-06-05"}},
	// A range of days restated in brackets in the other style is the same
	// days: "the third day" still counts from the first range's start.
	{"", "", "The council of war sat from 10 to 13 March 1702 (21–24 March New Style). On the third day the admirals agreed to sail.", []string{"10|DATE|1702-03-10", "13 March 1702|DATE|1702-03-13", "21|DATE|1702-03-21", "24 March|DATE|1702-03-24", "the third day|DATE|1702-03-12"}},
	{"", "", "The siege lasted from 18 to 26 July 1709 (29 July – 6 August N.S.). On the fourth day the outworks fell.", []string{"18|DATE|1709-07-18", "26 July 1709|DATE|1709-07-26", "29 July|DATE|1709-07-29", "6 August|DATE|1709-08-06", "the fourth day|DATE|1709-07-21"}},
	{"", "", "The squadron lay becalmed from 2 to 5 August 1690 (12–15 August N.S.), and on the second day the water ran short.", []string{"2|DATE|1690-08-02", "5 August 1690|DATE|1690-08-05", "12|DATE|1690-08-12", "15 August|DATE|1690-08-15", "the second day|DATE|1690-08-03"}},

	// A wire's clock time with its zone; the day named after a zone or a
	// parenthesis is the time's. "overnight" is the night before the
	// story's day, not after a determiner.
	{"2024-03-12", "", "Brent crude rose 2% to $84 a barrel by 1415 GMT after two pipelines were shut overnight.", []string{"1415 GMT|TIME|2024-03-12T14:15", "overnight|TIME|2024-03-11TNI"}},
	{"2021-06-18", "", "The ferry capsized at 4:40 local time (0240 GMT) on Wednesday.", []string{"4:40|TIME|2021-06-16T04:40", "0240 GMT|TIME|2021-06-16T02:40", "Wednesday|DATE|2021-06-16"}},
	{"2021-06-18", "", "Guests can book an overnight stay at the lodge.", nil},

	// Awaiting, planning and "ahead of" look ahead, even after "were";
	// an auxiliary defers to the verb after it ("is expected to"); the
	// present of "end", "start", "close" speaks of a schedule.
	{"2024-06-04", "", "Traders are awaiting the jobs report on Friday, which is expected to show slower hiring.", []string{"Friday|DATE|2024-06-07"}},
	{"2024-06-04", "", "Bond yields slipped ahead of Wednesday's rate decision.", []string{"Wednesday|DATE|2024-06-05"}},
	{"2023-03-08", "", "Union leaders said on Monday they were planning a walkout on Friday.", []string{"Monday|DATE|2023-03-06", "Friday|DATE|2023-03-10"}},
	{"2024-03-01", "", "The tournament ends on June 9.", []string{"June 9|DATE|2024-06-09"}},
	// The present perfect and "as recently as" speak from the present:
	// their dates count from the DCT, not from a far date just named.
	{"2025-02-10", "", "The coach was hired in March 2022, and the team has not lost at home since November 3.", []string{"March 2022|DATE|2022-03", "November 3|DATE|2024-11-03"}},
	{"2024-09-02", "", "The firm was founded in May 2019 and was still profitable as recently as March.", []string{"May 2019|DATE|2019-05", "March|DATE|2024-03"}},
	// A holiday in a narrative is in the year the story is in.
	{"", "", "The army retreated across New Jersey in November 1776 and crossed the Delaware on Christmas Day.", []string{"November 1776|DATE|1776-11", "Christmas Day|DATE|1776-12-25"}},

	// "a week from Friday" is one date, counted from the coming Friday.
	{"2024-06-04", "", "The runoff is two weeks from Sunday, and the count a day from tomorrow.", []string{"two weeks from Sunday|DATE|2024-06-23", "a day from tomorrow|DATE|2024-06-06"}},

	// "the 2000s" are the decade; "the turn of the century" after a
	// decade is the one nearest its middle.
	{"", "", "Smartphones spread in the late 2000s.", []string{"the late 2000s|DATE|200|END"}},
	{"", "", "Jazz clubs thrived in the 1950s, but by the turn of the century most had closed.", []string{"the 1950s|DATE|195", "the turn of the century|DATE|20|START"}},
	// "some" before a date counted from another is an approximation.
	{"", "", "The bridge opened in 1932. Some 40 years earlier a ferry had crossed here.", []string{"1932|DATE|1932", "Some 40 years earlier|DATE|1892|APPROX"}},
	// A counted "N months earlier", "N years earlier" takes the unit's
	// granularity, as "N months later" does, whatever its anchor's.
	{"", "", "The mill burned down on 9 March 1871. Its owner had insured it only four months earlier.", []string{"9 March 1871|DATE|1871-03-09", "four months earlier|DATE|1870-11"}},
	{"", "", "The canal opened in the spring of 1825, on a route its engineers had surveyed three years earlier.", []string{"the spring of 1825|DATE|1825-SP", "three years earlier|DATE|1822"}},
	// "the decades after the war", "the years that followed": the unit
	// alone, a duration of unknown length, as TimeBank tags it.
	{"", "", "In the decades after the famine the island lost half its people.", []string{"decades|DURATION|PXDE"}},
	// The end of a period reported on is the last such month, unless the
	// sentence looks ahead.
	{"2024-05-09", "", "The lender posted a loss for the three months to March and expects a profit in the three months to June.", []string{"the three months|DURATION|P3M", "March|DATE|2024-03", "the three months|DURATION|P3M", "June|DATE|2024-06"}},
	{"2024-04-20", "", "The miner reported output for the three months to June, March and December.", []string{"the three months|DURATION|P3M", "June|DATE|2023-06", "March|DATE|2024-03", "December|DATE|2023-12"}},
	// "a year earlier" does not count from a day still to come.
	{"2024-05-08", "", "The retailer will report earnings on Friday morning. A year earlier it lost $2 million.", []string{"Friday morning|DATE|2024-05-10", "A year earlier|DATE|2023-05-08"}},

	// "the first day of X" in apposition to a day is that day.
	{"", "", "The dam broke on 12 March 1928, the first day of the thaw.", []string{"12 March 1928|DATE|1928-03-12", "the first day|DATE|1928-03-12"}},
	// "the autumn miners returned": a plural subject and its verb, no
	// compound noun.
	// A colon or an em dash closes "the autumn" as a full stop does.
	{"", "", "The canal opened in May 1825. Trouble began in the autumn: the banks gave way twice.", []string{"May 1825|DATE|1825-05", "the autumn|DATE|1825-FA"}},
	{"", "", "The famine struck in 1846. It was worst in the winter — thousands died in the workhouses.", []string{"1846|DATE|1846", "the winter|DATE|1846-WI"}},
	{"", "", "The strike began in May 1926, and by the autumn miners returned to work.", []string{"May 1926|DATE|1926-05", "the autumn|DATE|1926-FA"}},
	// A date after "since" in news is a point of comparison, not a story
	// the next sentences follow.
	{"2021-07-02", "", "It is the worst drought since June 2017. The last rain fell in May.", []string{"June 2017|DATE|2017-06", "May|DATE|2021-05"}},
	// A month after an ordinal or a superlative names a kind of thing.
	{"2024-01-10", "", "It was the coldest January night on record and the third March storm.", nil},

	// News moves into a story of its own only about a date two years
	// (24 months) from the DCT: December 2022 is recent in July 2024.
	{"2024-07-26", "", "He was arrested in December 2022, and a jury convicted him in October.", []string{"December 2022|DATE|2022-12", "October|DATE|2023-10"}},
	{"2024-07-26", "", "He was arrested in June 2022, and a jury convicted him in October.", []string{"June 2022|DATE|2022-06", "October|DATE|2022-10"}},

	// A clock time in the past is on the day of the story, named in the
	// paragraph before when only a period came up since.
	{"2024-03-14", "", "The bomb went off in the market on Tuesday, the worst attack this year.\n\nThe blast came at 3:40 p.m., as shoppers filled the square.", []string{"Tuesday|DATE|2024-03-12", "this year|DATE|2024", "3:40 p.m.|TIME|2024-03-12T15:40"}},

	// "on the 5th" in news: this month's, or the last or next month's by
	// the tense.
	{"2024-03-20", "", "The plant closed on the 25th and the union meets on the 4th.", []string{"the 25th|DATE|2024-02-25", "the 4th|DATE|2024-04-04"}},
	{"2024-03-20", "", "The plant closed on the 5th.", []string{"the 5th|DATE|2024-03-05"}},

	// "last summer" written in the summer is the one a year before;
	// "last spring" written in the summer is this year's.
	{"2021-07-15", "", "The river flooded last summer and again last spring.", []string{"last summer|DATE|2020-SU", "last spring|DATE|2021-SP"}},
	{"2021-12-20", "", "Ticket sales have doubled since last winter.", []string{"last winter|DATE|2020-WI"}},
	// After a bare year "the following autumn" and "the following
	// winter" are most likely that year's; a spring is the next year's.
	{"", "", "He was ordained in 1731 and the following autumn sailed for Georgia.", []string{"1731|DATE|1731", "the following autumn|DATE|1731-FA"}},
	{"", "", "The mill burned in 1860; the following winter the workers left, and the following spring it was rebuilt.", []string{"1860|DATE|1860", "the following winter|DATE|1860-WI", "the following spring|DATE|1861-SP"}},
	// A clock time or a night in news is not on the end of a period
	// reported on, nor, in the past tense, on a day still to come.
	{"2023-05-10", "", "Sales for the six months ended March 31 rose 4 percent. The stock gained 3 percent by noon.", []string{"the six months|DURATION|P6M", "March 31|DATE|2023-03-31", "noon|TIME|2023-05-10T12:00"}},
	{"2023-05-10", "", "The talks will resume on Monday. Negotiators left at 9 p.m. and crews worked overnight.", []string{"Monday|DATE|2023-05-15", "9 p.m.|TIME|2023-05-10T21:00", "overnight|TIME|2023-05-09TNI"}},
	// "the previous quarter" in a report is the one before the quarter
	// reported on, whatever came last.
	{"2022-07-28", "", "The airline expects a profit in the second half of 2023. In the previous quarter it lost $40 million.", []string{"the second half of 2023|DATE|2023-H2", "the previous quarter|DATE|2022-Q1"}},
	// A second day after "and" or "or" is in the first one's month; a
	// range of months takes the year at its end.
	{"2019-02-11", "", "The festival will be held on July 5 and 6, and tickets go on sale on March 1 and 2,000 will be sold.", []string{"July 5|DATE|2019-07-05", "6|DATE|2019-07-06", "March 1|DATE|2019-03-01"}},
	{"", "", "The second expedition (May–August 1823) charted the coast.", []string{"May|DATE|1823-05", "August 1823|DATE|1823-08"}},
	// The first ordinal of a range of centuries takes the unit of the
	// second, singular or plural, with or without "the".
	{"", "", "The abbey flourished from the 11th to the 13th century.", []string{"the 11th|DATE|10", "the 13th century|DATE|12"}},
	{"", "", "Between the 8th and the 10th century the town was rebuilt.", []string{"the 8th|DATE|07", "the 10th century|DATE|09"}},
	// "over" after a preposition is a quantifier; "about" goes with
	// "AD 70" as with "70".
	{"", "", "The family farmed here for over 300 years, and a villa stood on the site from about AD 120.", []string{"over 300 years|DURATION|P300Y|MORE_THAN", "about AD 120|DATE|0120|APPROX"}},
	{"", "", "Payments were spread over three years.", []string{"three years|DURATION|P3Y"}},
	// A bare plural unit before "of" and a noun is a stretch of unknown
	// length; not after a quantifier, nor in an age.
	{"2021-04-02", "", "The deal ends months of uncertainty for workers, after years of losses.", []string{"months|DURATION|PXM", "years|DURATION|PXY"}},
	{"2021-04-02", "", "They listed the months of summer and the weeks of Lent.", nil},
	// A date in a relative clause set off by commas is background: the
	// sentence's own dates still count from the DCT.
	{"2024-11-20", "", "The coach, who was hired in January 2021, said the team had struggled in October.", []string{"January 2021|DATE|2021-01", "October|DATE|2024-10"}},
	// In a report on a quarter, "a year earlier" after the day that ends
	// the period, and "a year ago" after a year, compare with the quarter.
	{"2018-07-25", "", "Profit rose in the second quarter. Net income for the three months ended June 30 was $9 million, up from $7 million a year earlier.", []string{"the second quarter|DATE|2018-Q2", "the three months|DURATION|P3M", "June 30|DATE|2018-06-30", "a year earlier|DATE|2017-Q2"}},
	{"2018-07-25", "", "Profit rose in the second quarter. The bank, founded in 1921, said loans grew 5 percent from a year ago.", []string{"the second quarter|DATE|2018-Q2", "1921|DATE|1921", "a year ago|DATE|2017-Q2"}},
	// A bare plural unit before "later" opening a clause is a duration of
	// unknown length.
	{"", "", "The dam failed in 1889. Days later, the valley was flooded; years later, it was rebuilt.", []string{"1889|DATE|1889", "Days|DURATION|PXD", "years|DURATION|PXY"}},
	// "the rest of the year" is the end of the year.
	{"2022-08-09", "", "The plant will stay shut for the rest of the year.", []string{"the rest of the year|DATE|2022|END"}},
	{"", "", "She moved to Vienna in 1934 and stayed there for the remainder of the decade.", []string{"1934|DATE|1934", "the remainder of the decade|DATE|193|END"}},
	// A season of sport named by two years is one season.
	{"2024-05-20", "", "He scored 31 goals in the 2019-20 season.", []string{"the 2019-20 season|DATE|2019"}},
	// A capitalized frequency word in a name is no SET; an ordered
	// period after a possessive is no date.
	{"2023-02-15", "", "He joined the Tucson Daily Citizen in 1959 and wrote for the Weekly Standard.", []string{"1959|DATE|1959"}},
	{"", "", "Her last decade was marked by illness, and his next year was no better.", nil},
	// "a century later" counts from a century named last.
	{"", "", "In the 12th century the village had a mill; a century later it had three.", []string{"the 12th century|DATE|11", "a century later|DATE|12"}},
	// "Good Friday" is two days before Easter; "Boxing Day" 26 December.
	{"2025-04-30", "", "Markets closed on Good Friday and on Boxing Day last year.", []string{"Good Friday|DATE|2025-04-18", "Boxing Day|DATE|2024-12-26", "last year|DATE|2024"}},
	// "the final quarter of 2024" is its fourth quarter.
	{"2025-04-30", "", "Growth slowed from 2.4 percent in the final quarter of 2024.", []string{"the final quarter of 2024|DATE|2024-Q4"}},
	// "to this day" is the present.
	{"", "", "The ship sank in 1857, and its wreck has not been found to this day.", []string{"1857|DATE|1857", "this day|DATE|PRESENT_REF"}},
	// "the end of the decade" after a decade is that decade's end.
	{"", "", "The 1950s saw the firm grow, and by the end of the decade it had 900 staff.", []string{"The 1950s|DATE|195", "the end of the decade|DATE|195|END"}},
	{"2024-05-02", "", "The plant, opened in 1987, will close by the end of the decade.", []string{"1987|DATE|1987", "the end of the decade|DATE|202|END"}},
	// A month after a winter is in the year the winter runs into.
	{"", "", "The garrison held out through the winter of 1846–47 and surrendered in February.", []string{"the winter of 1846–47|DATE|1846-WI", "February|DATE|1847-02"}},
	// "to" before "normal", "work" or after "back" is no infinitive.
	{"2019-05-09", "", "The mill shut on Monday, and the line was back to full speed by Wednesday.", []string{"Monday|DATE|2019-05-06", "Wednesday|DATE|2019-05-08"}},
	{"2019-05-09", "", "Most of the strikers went to work on Tuesday.", []string{"Tuesday|DATE|2019-05-07"}},
	// A verb whose past is its bare form, with an object, tells what was
	// done: "cut its rates Monday" is the Monday before; "will hit" and
	// "to cut" still look ahead.
	{"2001-03-14", "", "The central bank cut its key rate Monday.", []string{"Monday|DATE|2001-03-12"}},
	// A date right after "is" or "are" with a noun subject is a date set
	// ahead: "the runoff is Oct. 2" in a March report is next October.
	{"2001-03-14", "", "Voters narrowed the field to two, and the runoff is Jan. 9.", []string{"Jan. 9|DATE|2002-01-09"}},
	{"2001-03-14", "", "The filing deadline is Feb. 20, officials said.", []string{"Feb. 20|DATE|2002-02-20"}},
	{"2001-03-14", "", "The mayoral election is Nov. 6.", []string{"Nov. 6|DATE|2001-11-06"}},
	// A bare plural unit before "later" at a clause's end, or after
	// "could be" before "before", is a stretch of unknown length.
	{"2001-03-14", "", "The referee stopped the fight and the champion was carried out minutes later.", []string{"minutes|DURATION|PTXM"}},
	{"2001-03-14", "", "Engineers said it may be months before the bridge reopens.", []string{"months|DURATION|PXM"}},
	{"2001-03-14", "", "The striker hit his 20th goal Saturday night, keeping his club ahead of the leaders.", []string{"Saturday night|DATE|2001-03-10"}},
	{"2001-03-14", "", "The company cut 400 jobs Tuesday, leaving the plant with a skeleton crew.", []string{"Tuesday|DATE|2001-03-13"}},
	{"2001-03-14", "", "The slugger hit his 30th double Sunday afternoon in Denver.", []string{"Sunday afternoon|TIME|2001-03-11TAF"}},
	{"2001-03-14", "", "Forecasters said the storm will hit the coast Friday.", []string{"Friday|DATE|2001-03-16"}},
	{"2001-03-14", "", "The airline plans to cut its fares Friday.", []string{"Friday|DATE|2001-03-16"}},
	// "Easter Sunday", "Easter Monday", "Black Friday", "Cyber Monday",
	// "Election Day" are named days.
	{"2019-05-09", "", "Shops were shut on Easter Sunday and reopened on Easter Monday.", []string{"Easter Sunday|DATE|2019-04-21", "Easter Monday|DATE|2019-04-22"}},
	{"2022-11-10", "", "Retailers expect record sales on Black Friday and Cyber Monday.", []string{"Black Friday|DATE|2022-11-25", "Cyber Monday|DATE|2022-11-28"}},
	{"2024-09-20", "", "Voters will go to the polls on Election Day.", []string{"Election Day|DATE|2024-11-05"}},
	// The present of a verb of travel or hosting looks ahead; a
	// participle after "remain" or "stay" is no past tense.
	{"2023-06-14", "", "The president travels to Ohio on Friday, and the city hosts a summit on Monday.", []string{"Friday|DATE|2023-06-16", "Monday|DATE|2023-06-19"}},
	{"2023-06-14", "", "Roads will stay closed through at least Sunday.", []string{"Sunday|DATE|2023-06-18"}},
	{"2023-06-14", "", "The bridge remained closed on Sunday.", []string{"Sunday|DATE|2023-06-11"}},
	// A clock time before "this morning" or "tonight" is one TIME on the
	// DCT's day.
	{"2023-06-13", "", "The mayor spoke at 9:30 this morning and will return at 8 p.m. tonight.", []string{"9:30 this morning|TIME|2023-06-13T09:30", "8 p.m. tonight|TIME|2023-06-13T20:00"}},
	// "right now" is "now" (TimeBank 2 of 3); "Now to ..." opening a sentence turns
	// to a new item; "most recently" before a date leaves it the
	// expression.
	{"2023-06-13", "", "Prices are falling right now. Now for sports: the team, which last won on Saturday and most recently in May, plays tonight.", []string{"now|DATE|PRESENT_REF", "Saturday|DATE|2023-06-10", "May|DATE|2023-05", "tonight|TIME|2023-06-13TNI"}},
	// The present of "come", "reach" before a bare weekday reads
	// ahead, as "plays": a schedule, not the week before.
	{"2004-03-10", "", "The new phone comes out Friday. Prices reach a peak Saturday.", []string{"Friday|DATE|2004-03-12", "Saturday|DATE|2004-03-13"}},
	// "more than" after an amount compares the amount, not the time.
	{"2023-06-13", "", "Sales were 4% more than a year ago and 20 percent less than in 2019, after more than a year of losses.", []string{"a year ago|DATE|2022", "2019|DATE|2019", "more than a year|DURATION|P1Y|MORE_THAN"}},
	// A day or month without a year followed by "in" and a year is in
	// that year.
	{"2019-05-08", "", "Easter fell on April 21, compared with April 1 in 2018 and late March in 2016.", []string{"Easter|DATE|2019-04-21", "April 21|DATE|2019-04-21", "April 1|DATE|2018-04-01", "2018|DATE|2018", "late March|DATE|2016-03|END", "2016|DATE|2016"}},
	// Days later count from the paragraph's day, not a year named since.
	{"2020-05-04", "", "The dam broke on May 31, 1889, and floods ruined the valley for the rest of that year. Two days later, relief trains arrived, and on June 5 the first aid reached the town.", []string{"May 31, 1889|DATE|1889-05-31", "the rest of that year|DATE|1889|END", "Two days later|DATE|1889-06-02", "June 5|DATE|1889-06-05"}},
	// "year-end" is December 31, last year's when the sentence looks
	// back; "year end" and "the year's end" stay the year's END.
	{"2023-10-26", "", "Debt at year-end should fall, though it has risen since year-end and will peak at year end.", []string{"year-end|DATE|2023-12-31", "year-end|DATE|2022-12-31", "year end|DATE|2023|END"}},
	{"2024-01-04", "", "Cash at year-end was $4 billion.", []string{"year-end|DATE|2023-12-31"}},
	// "projected", "predicted", "showed" report: what they report may lie
	// ahead, and a clause of theirs after the date is an attribution.
	{"2023-05-10", "", "Inflation should ease by the fourth quarter, economists predicted. Surveys showed a good chance of a rebound by the third quarter.", []string{"the fourth quarter|DATE|2023-Q4", "the third quarter|DATE|2023-Q3"}},
	// "late-night" or "early-morning" before a noun names a kind of
	// thing, not a time.
	{"2023-07-31", "", "Robberies of late-night stores rose, and an early-morning flight was cut; the talks ran late into the night.", nil},
	// What a warning reports may lie ahead.
	{"2016-12-29", "", "AAA warned that prices could rise again in January.", []string{"January|DATE|2017-01"}},
	// A bare plural unit after "in" and a superlative or "first" is a
	// stretch of unknown length; not after other words.
	{"2023-07-31", "", "Output fell to its lowest in decades, the first drop in months. Sales were measured in weeks.", []string{"decades|DURATION|PXDE", "months|DURATION|PXM"}},
	// A count of units per unit of time is a measure, no expression.
	{"2023-07-31", "", "Guards watch the site 24 hours a day, seven days a week, and the plant ran for 24 hours on Monday.", []string{"24 hours|DURATION|PT24H", "Monday|DATE|2023-07-31"}},
	// "set for" schedules like "scheduled for".
	{"2025-01-14", "", "The vote, set for mid-February, was delayed; a record set in March fell.", []string{"mid-February|DATE|2025-02|MID", "March|DATE|2024-03"}},
	// "the day before yesterday" and "the day after tomorrow" are one date.
	{"2025-01-14", "", "He arrived the day before yesterday and leaves the day after tomorrow.", []string{"the day before yesterday|DATE|2025-01-12", "the day after tomorrow|DATE|2025-01-16"}},
	// "set ... for" a date schedules it; "a quarter point" is a rate.
	{"2024-11-07", "", "A judge set trial for Feb. 3 and gave lawyers until mid-December. The Fed cut rates by a quarter point, its first quarter-point cut since 2018.", []string{"Feb. 3|DATE|2025-02-03", "mid-December|DATE|2024-12|MID", "2018|DATE|2018"}},
	// A relative clause set off by commas has a time of its own; "faces"
	// before a date looks ahead.
	{"2023-03-03", "", "The senator, who was elected in 2020, faces a runoff on April 2. Berlin, which hosts the games in July, was chosen in 2019.", []string{"2020|DATE|2020", "April 2|DATE|2023-04-02", "July|DATE|2023-07", "2019|DATE|2019"}},
	// A school or fiscal year named by two years is one year.
	{"2023-03-03", "", "Enrollment fell in the 2021-22 school year and in the 2019-20 fiscal year.", []string{"the 2021-22 school year|DATE|2021", "the 2019-20 fiscal year|DATE|2019"}},
	{"2023-03-03", "", "Capital gains made in the 2022-23 tax year must be declared.", []string{"the 2022-23 tax year|DATE|2022"}},
	{"2023-03-03", "", "Losses from the 2021/22 tax year and the 2019/2020 season count.", []string{"the 2021/22 tax year|DATE|2021", "the 2019/2020 season|DATE|2019"}},
	// A bare "midnight" in the past is the one that began the DCT's day.
	{"2024-01-08", "", "The fire started shortly after midnight.", []string{"midnight|TIME|2024-01-07T24:00"}},
	{"2024-01-08", "", "The curfew will begin at midnight.", []string{"midnight|TIME|2024-01-08T24:00"}},
	// "the near term" looks ahead; "the weeks ahead" is a stretch of
	// unknown length.
	{"2024-01-08", "", "Rates will stay high in the near term, and more layoffs are likely in the weeks ahead; the long-term outlook is better.", []string{"the near term|DATE|FUTURE_REF", "the weeks ahead|DURATION|PXW"}},
	// "were planning" looks ahead as "planned" does: "were" is its
	// auxiliary, not a past of its own.
	{"2024-03-08", "", "Farmers planned a march on Saturday and were planning a rally on Monday.", []string{"Saturday|DATE|2024-03-09", "Monday|DATE|2024-03-11"}},
	// "takes effect" before a date looks ahead; early in the year "the
	// fourth quarter" is the one just ended, even in a plan.
	{"2024-01-03", "", "The law passed in December takes effect in March. The bank will report fourth-quarter results on Jan. 12.", []string{"December|DATE|2023-12", "March|DATE|2024-03", "fourth-quarter|DATE|2023-Q4", "Jan. 12|DATE|2024-01-12"}},
	// "a year earlier" after "the second quarter ended June 30" is that
	// quarter a year back, as after "the three months ended June 30".
	{"2023-07-27", "", "Net income for the second quarter ended June 30 rose to $1.2 billion from $980 million a year earlier.", []string{"the second quarter|DATE|2023-Q2", "June 30|DATE|2023-06-30", "a year earlier|DATE|2022-Q2"}},
	// "called an election for" a date schedules it; "six months earlier
	// than expected" is how much earlier; "over the next 18 months" is a
	// preposition and its period.
	{"2024-05-16", "", "The premier called an election for July 4, six months earlier than expected. Cuts will be phased in over the next 18 months.", []string{"July 4|DATE|2024-07-04", "six months|DURATION|P6M", "the next 18 months|DURATION|P18M"}},
	// "the past hour" is a stretch up to now, like "the past week".
	{"2023-08-22", "", "Within the past hour, the storm weakened; in the last hour of the day it fell apart.", []string{"the past hour|DURATION|PT1H"}},
	// Without a tense, "for the weekend" is the coming one, "over the
	// weekend" the one just past.
	{"2023-08-22", "", "More rain is on the way for the weekend. Over the weekend, 3 inches fell.", []string{"the weekend|DATE|2023-W34-WE", "the weekend|DATE|2023-W33-WE"}},
	// In a report on a quarter, "the year" is the quarter's year.
	{"2024-01-19", "", "Fourth-quarter profit fell 18%. For the full year, profit was $1.4 billion. For the year, the bank expects growth to slow.", []string{"Fourth-quarter|DATE|2023-Q4", "the full year|DATE|2023", "the year|DATE|2024"}},
	// "until" after a past verb of lasting ends a past stretch; after one
	// of putting off it may reach ahead.
	{"2024-11-19", "", "Last year, a similar fight dragged on until March. This year the vote was put off until February.", []string{"Last year|DATE|2023", "March|DATE|2024-03", "This year|DATE|2024", "February|DATE|2025-02"}},
	// A range of weekdays ends after it starts.
	{"2019-05-08", "", "Traffic will be heavy between Wednesday and Sunday, up from last year.", []string{"Wednesday|DATE|2019-05-08", "Sunday|DATE|2019-05-12", "last year|DATE|2018"}},
	// The day a report was made does not take over from the day the story
	// is about.
	{"2023-06-13", "", "A man was charged in connection with Friday's robbery of a jewelry store, police said Monday. The robbers entered the store at about 10:15 a.m.", []string{"Friday|DATE|2023-06-09", "Monday|DATE|2023-06-12", "about 10:15 a.m.|TIME|2023-06-09T10:15|APPROX"}},
	// Three-digit years of the first millennium after a month, a day and
	// a month, a season, in a range in parentheses or after "from"; the
	// first year of a range in parentheses takes the era of the second.
	{"", "", "Justinian's general took Ravenna in May 540, and the city was retaken on 3 April 568.", []string{"May 540|DATE|0540-05", "3 April 568|DATE|0568-04-03"}},
	{"", "", "The Lombards crossed the Alps in the spring of 568 and ruled Pavia (572–774).", []string{"the spring of 568|DATE|0568-SP", "572|DATE|0572", "774|DATE|0774"}},
	{"", "", "Offa was king from 757 to 796. In March 250 monks were expelled.", []string{"757|DATE|0757", "796|DATE|0796", "March|DATE|0796-03"}},
	{"", "", "Pericles (c. 495 – 429 BC) led the city during the Samian War (440–439 BC).", []string{"c. 495|DATE|BC0495|APPROX", "429 BC|DATE|BC0429", "440|DATE|BC0440", "439 BC|DATE|BC0439"}},
	// In narrative a year after "since", before the story's date, is
	// background: the story goes on from the date before it.
	// In narrative, "in the afternoon", "through the night", "in the
	// early evening" are parts of the day the story is on; not "the
	// evening papers".
	{"", "", "The fleet sailed from Brest on 16 December 1796. In the early evening the wind rose, and through the night the ships lost sight of each other. By the afternoon the evening papers in Paris knew.", []string{"16 December 1796|DATE|1796-12-16", "the early evening|TIME|1796-12-16TEV|START", "the night|TIME|1796-12-16TNI", "the afternoon|TIME|1796-12-16TAF"}},
	// A month before the story's date in the past perfect is background;
	// "the second day" of a range of days counts from its first day even
	// after the story has moved on to the first.
	{"", "", "The siege lasted three days, 12–14 May 1706. The French had arrived in late April. On the first day the walls held; on the second day they were breached.", []string{"three days|DURATION|P3D", "12|DATE|1706-05-12", "14 May 1706|DATE|1706-05-14", "late April|DATE|1706-04|END", "the first day|DATE|1706-05-12", "the second day|DATE|1706-05-13"}},
	// Plural units without a count: "within minutes", "out of decades of",
	// ", days after" are stretches of unknown length.
	{"", "", "The dam failed on 31 May 1889 and the town was flooded within minutes. The relief effort grew out of years of fundraising. Clara Barton arrived on 5 June, days after the flood.", []string{"31 May 1889|DATE|1889-05-31", "minutes|DURATION|PTXM", "years|DURATION|PXY", "5 June|DATE|1889-06-05", "days|DURATION|PXD"}},
	// "spent the summer" + a participle or a place is the season of the
	// story.
	{"", "", "The army reached the river in May 1777 and spent the summer drilling; it passed the winter at Valley Forge.", []string{"May 1777|DATE|1777-05", "the summer|DATE|1777-SU", "the winter|DATE|1777-WI"}},
	// A holiday with its date in apposition is one DATE.
	{"", "", "The truce began on Christmas Day, 25 December 1914, and the battle on Easter Monday, 9 April 1917.", []string{"Christmas Day, 25 December 1914|DATE|1914-12-25", "Easter Monday, 9 April 1917|DATE|1917-04-09"}},
	// A weekday that names the day just reached by counting is that day;
	// after a named day it is the next such day.
	{"", "", "The congress opened on Monday, 2 June 1851. The delegates left the following day. On Tuesday the hall was closed. On Monday, 9 June it reopened. On Monday the vote was held.", []string{"Monday, 2 June 1851|DATE|1851-06-02", "the following day|DATE|1851-06-03", "Tuesday|DATE|1851-06-03", "Monday, 9 June|DATE|1851-06-09", "Monday|DATE|1851-06-16"}},
	// "On the 18th" before the subject's name opens a day of the story;
	// "the 5th Army" stays a name.
	{"", "", "The talks opened on 12 March 1938. On the 14th Schuschnigg resigned. The 5th Army crossed on the 16th.", []string{"12 March 1938|DATE|1938-03-12", "the 14th|DATE|1938-03-14", "the 16th|DATE|1938-03-16"}},
	// A hyphenated passive after "would be" is no past form: the clause
	// still looks ahead, and the story's year goes on after it.
	{"", "", "The envoy reached Vienna on 4 May 1809. He would be cross-examined in 1811 and acquitted. The treaty was signed in October.", []string{"4 May 1809|DATE|1809-05-04", "1811|DATE|1811", "October|DATE|1809-10"}},
	// A birth or founding in a relative clause between commas, or in an
	// appositive with a relative clause, is an aside: the story's year goes on.
	{"", "", "The rising began in May 1798. Its leader, who was born in 1763, reached Wexford in June.", []string{"May 1798|DATE|1798-05", "1763|DATE|1763", "June|DATE|1798-06"}},
	{"", "", "The rising began in May 1798. Its leader, a lawyer from Dublin who had been born in 1763, reached Wexford in June.", []string{"May 1798|DATE|1798-05", "1763|DATE|1763", "June|DATE|1798-06"}},
	// A cleft on a year well ahead of the story ("it was only in 1890
	// that") looks ahead; the story's month and days go on after it.
	{"", "", "The garrison surrendered in March 1862. The fort was abandoned, and it was only in 1890 that it was rebuilt. On April 9 the last guns were removed.", []string{"March 1862|DATE|1862-03", "1890|DATE|1890", "April 9|DATE|1862-04-09"}},
	{"", "", "The garrison surrendered in March 1862. It was not until 1890 that the fort was rebuilt. In April the last guns were removed.", []string{"March 1862|DATE|1862-03", "1890|DATE|1890", "April|DATE|1862-04"}},
	// "the War of 1812" is the name of a war, no expression; the war of
	// a year in lower case is that year.
	{"", "", "Veterans of the War of 1812 met in Boston in 1850. The war of 1866 was short.", []string{"1850|DATE|1850", "1866|DATE|1866"}},
	{"", "", "The Crimean War of 1854 drew in Sardinia; the War of 1812 did not.", []string{"1854|DATE|1854"}},
	// The subject after "On the 14th" may be a name of three words or a
	// possessive name; "too", "also", "again" after the day leave it a day.
	{"", "", "The fleet anchored off the coast in May 1798. On the 14th Admiral Horatio Nelson sailed for Naples.", []string{"May 1798|DATE|1798-05", "the 14th|DATE|1798-05-14"}},
	{"", "", "The fleet anchored off the coast in May 1798. On the 19th General Louis Desaix's brigade landed.", []string{"May 1798|DATE|1798-05", "the 19th|DATE|1798-05-19"}},
	{"", "", "The fleet anchored off the coast on 3 May 1798. On the 9th too the guns were silent.", []string{"3 May 1798|DATE|1798-05-03", "the 9th|DATE|1798-05-09"}},
	// A capitalized century after a name and "of the" is part of the
	// name; in plain prose it is the century.
	{"", "", "The Renaissance of the Twelfth Century changed schools in the twelfth century.", []string{"the twelfth century|DATE|11"}},
	// A reign of early years after "r." is two DATEs; a capitalized count
	// and unit inside a sentence are a name.
	{"", "", "Hadrian (r. 117–138) was followed by Antoninus (r. 138–161). The Forty Days of the siege ended in 1683.", []string{"117|DATE|0117", "138|DATE|0138", "138|DATE|0138", "161|DATE|0161", "1683|DATE|1683"}},
	// A century BC is a date "a century later" counts on from; a holiday
	// takes a three-digit year in narrative.
	{"", "", "Sparta led Greece in the 6th century BC; a century later Athens did. Charlemagne was crowned on Christmas Day 800.", []string{"the 6th century BC|DATE|BC05", "a century later|DATE|BC04", "Christmas Day 800|DATE|0800-12-25"}},
	// "All Saints' Day" is 1 November of the year meant; "All Saints"
	// without "Day" names churches and colleges.
	{"", "", "The rebels struck in October 1920 and again on All Saints' Day.", []string{"October 1920|DATE|1920-10", "All Saints' Day|DATE|1920-11-01"}},
	{"", "", "The cathedral was consecrated on All Saints Day, 1 November 1248.", []string{"All Saints Day, 1 November 1248|DATE|1248-11-01"}},

	// The feasts and quarter days of older history are holidays too:
	// fixed (Michaelmas, Lady Day, Candlemas) or counted from Easter
	// (Whitsun, Ash Wednesday, Palm Sunday).
	{"", "", "The lease ran from Lady Day 1790 and the rent was due at Michaelmas.", []string{"Lady Day 1790|DATE|1790-03-25", "Michaelmas|DATE|1790-09-29"}},
	{"", "", "Parliament met in 1911 and rose on Ash Wednesday.", []string{"1911|DATE|1911", "Ash Wednesday|DATE|1911-03-01"}},
	// The smaller part of a compound length is less than one of the larger
	// unit ("two hours and forty minutes"); "nine days and 40 hours" are two
	// measures, the days the hearings ran and the hours they lasted.
	{"", "", "The hearings ran for nine days and 40 hours in all in 1954.", []string{"nine days|DURATION|P9D", "40 hours|DURATION|PT40H", "1954|DATE|1954"}},
	{"", "", "The voyage took two years and eleven months.", []string{"two years and eleven months|DURATION|P2Y11M"}},
	// A day in a participle aside on from the last day named, in its year,
	// is the story's time even after a year that looked ahead: the
	// engagement broke off later; the charter goes on from March.
	{"", "", "On 3 March 1848 she was engaged to the count; the engagement was broken off three years later. The charter, granted on 4 June 1848, reformed the courts, and the assembly met on 9 September.", []string{"3 March 1848|DATE|1848-03-03", "three years later|DATE|1851", "4 June 1848|DATE|1848-06-04", "9 September|DATE|1848-09-09"}},
	// A day of the month kept every year is no one year's day: XXXX.
	{"", "", "Norway adopted its constitution on 17 May 1814, and since 1836 the Norwegians have kept 17 May as their national day.", []string{"17 May 1814|DATE|1814-05-17", "1836|DATE|1836", "17 May|DATE|XXXX-05-17"}},
	{"", "", "The colony became free in 1962, and 6 August has been a public holiday ever since.", []string{"1962|DATE|1962", "6 August|DATE|XXXX-08-06"}},
	{"", "", "The saint died in 1203, and his feast is still celebrated on 9 June.", []string{"1203|DATE|1203", "9 June|DATE|XXXX-06-09"}},
	{"", "", "The army marched in 1812 and was celebrated on 9 June in every town.", []string{"1812|DATE|1812", "9 June|DATE|1812-06-09"}},
	// "Holy Thursday" is Maundy Thursday, "Holy Saturday" Easter eve; in
	// apposition to its date it is a DATE of its own.
	{"", "", "The bishop was arrested on Holy Thursday 1848 and freed on Holy Saturday.", []string{"Holy Thursday 1848|DATE|1848-04-20", "Holy Saturday|DATE|1848-04-22"}},
	{"", "", "On 17 April 1919, Holy Thursday, the strike spread to the docks.", []string{"17 April 1919|DATE|1919-04-17", "Holy Thursday|DATE|1919-04-17"}},
	{"", "", "The riot broke out on Palm Sunday 1921, and the garrison was relieved at Whitsun.", []string{"Palm Sunday 1921|DATE|1921-03-20", "Whitsun|DATE|1921-05-15"}},
	{"", "", "The court sat at Candlemas 1689.", []string{"Candlemas 1689|DATE|1689-02-02"}},
	{"", "", "The river flooded the town on Whit Monday 1912; the Whit holidays were cancelled.", []string{"Whit Monday 1912|DATE|1912-05-27"}},
	// Before the Gregorian reform (1582) Easter is the Julian calendar's,
	// as the other dates of the time are given.
	// A one-word holiday before a capitalized noun of an event or a place
	// is part of a name, not the day: an offensive, a truce, an island.
	{"", "", "In the spring of 1951 the Chinese Easter Offensive broke against the line north of Seoul.", []string{"the spring of 1951|DATE|1951-SP"}},
	// A capitalized season before a capitalized noun is part of a name.
	{"", "", "The general had fought in the Winter War and was wounded at Suomussalmi in January 1940.", []string{"January 1940|DATE|1940-01"}},
	{"", "", "In the autumn of 1917 the crowd stormed the Winter Palace.", []string{"the autumn of 1917|DATE|1917-FA"}},
	{"", "", "Few of the men who took part in 1914 in that winter's Christmas Truce ever spoke of it.", []string{"1914|DATE|1914", "that winter|DATE|1914-WI"}},
	{"", "", "Dublin's Easter Rising of 1916 lasted six days.", []string{"1916|DATE|1916", "six days|DURATION|P6D"}},
	// Two days of one month after "of", as after "on": each a DATE.
	{"", "", "The general strikes of 12 and 14 May 1926 closed the docks.", []string{"12|DATE|1926-05-12", "14 May 1926|DATE|1926-05-14"}},
	{"", "", "In 1848 the barricades of 23 and 24 June were swept away by the army.", []string{"1848|DATE|1848", "23|DATE|1848-06-23", "24 June|DATE|1848-06-24"}},
	{"", "", "The comet was first seen a week after Easter 1066.", []string{"a week|DURATION|P1W", "Easter 1066|DATE|1066-04-16"}},
	{"", "", "In 1300 the jubilee began; the pilgrims left Rome on Shrove Tuesday.", []string{"1300|DATE|1300", "Shrove Tuesday|DATE|1300-02-23"}},
	{"", "", "He was buried at All Saints Church in 1612.", []string{"1612|DATE|1612"}},
	// A day counted from the last one, right after a clock time, is the
	// time's day.
	{"", "", "The treaty was signed on 4 May 1921, and the guns fell silent at noon the next day.", []string{"4 May 1921|DATE|1921-05-04", "noon|TIME|1921-05-05T12:00", "the next day|DATE|1921-05-05"}},
	// The first day of a range, named again without its year, is that
	// day, not the same day in the end's year.
	{"", "", "The blockade lasted from 24 June 1948 to 12 May 1949. It began on 24 June, when the Soviets cut the rail lines, and the airlift started two days later.", []string{"24 June 1948|DATE|1948-06-24", "12 May 1949|DATE|1949-05-12", "24 June|DATE|1948-06-24", "two days later|DATE|1948-06-26"}},
	{"", "", "The occupation lasted from 9 April 1940 to 8 May 1945. On 30 September the last troops left.", []string{"9 April 1940|DATE|1940-04-09", "8 May 1945|DATE|1945-05-08", "30 September|DATE|1945-09-30"}},
	{"", "", "The fleet reached Malta on 9 June 1940 and sailed at 6 a.m. the following morning.", []string{"9 June 1940|DATE|1940-06-09", "6 a.m.|TIME|1940-06-10T06:00", "the following morning|DATE|1940-06-10"}},
	{"", "", "All saints day-trip tickets were sold in 1999.", []string{"1999|DATE|1999"}},
	// "mid-century" in narrative is the middle of the century the story
	// is in; not the adjective.
	{"", "", "Trade grew in the early 18th century; by mid-century the port was full. In 1851 mid-century furniture was unknown; by mid-century, steam ruled.", []string{"the early 18th century|DATE|17|START", "mid-century|DATE|17|MID", "1851|DATE|1851", "mid-century|DATE|18|MID"}},
	// "N units later" in apposition to a date is that date at the unit's
	// granularity.
	{"", "", "The abbey was founded in 1132 and dissolved in 1539, some four centuries later.", []string{"1132|DATE|1132", "1539|DATE|1539", "some four centuries later|DATE|15|APPROX"}},
	// A count of one unit and of a smaller one joined by "and" is one
	// DURATION.
	{"", "", "The ship sank two hours and forty minutes after the collision; the voyage had taken three years and two months.", []string{"two hours and forty minutes|DURATION|PT2H40M", "three years and two months|DURATION|P3Y2M"}},
	// "earlier that year" looks back without moving the story.
	{"", "", "The fleet sailed in March 1588. Earlier that year the king had fallen ill; later that month the fleet reached Lisbon.", []string{"March 1588|DATE|1588-03", "Earlier that year|DATE|1588", "later that month|DATE|1588-03"}},
	// A spelled decade after "the" is a decade; an age ("in her
	// sixties") or a temperature is not.
	{"1998-03-03", "", "Membership fell through the nineties. Highs will be in the nineties.", []string{"the nineties|DATE|199"}},
	{"", "", "She left Vienna in 1938 and, in her sixties, recalled the twenties there.", []string{"1938|DATE|1938", "the twenties|DATE|192"}},
	// "around" a three-digit number after a possessed noun of an event in
	// a life says when; after a count's noun it is a count.
	{"", "", "The bishop founded the abbey in 854 and ruled it until his death around 880; its garrison of about 300 left.", []string{"854|DATE|0854", "around 880|DATE|0880|APPROX"}},
	// "the Nth day of the siege" counts from the day the text said the
	// siege began; with no such day it stays untagged.
	{"", "", "The siege of Candia's outer fort began on 10 May 1667. On the twentieth day of the siege the garrison was starving.", []string{"10 May 1667|DATE|1667-05-10", "the twentieth day|DATE|1667-05-29"}},
	{"", "", "The town was invested in 1691. On the twelfth day of the siege the governor asked for terms.", []string{"1691|DATE|1691"}},
	{"", "", "The siege of the citadel began on 2 June 1540. By the 25th day of the siege the wells had failed.", []string{"2 June 1540|DATE|1540-06-02", "the 25th day|DATE|1540-06-26"}},
	// "over" before a bare plural of weeks or longer is the stretch a
	// change took, as "for" ("eroded over centuries", "over months").
	{"", "", "The dunes were planted in 1780, and the coast eroded over centuries; the new town grew over decades.", []string{"1780|DATE|1780", "centuries|DURATION|PXCE", "decades|DURATION|PXDE"}},
	// "the future" before a lower-case noun is the adjective ("the future
	// queen", "the future capital"); before a verb it is the noun, a time.
	{"", "", "In 1533 the king married the future queen Anne, and the town became the future capital of the duchy. The future looked uncertain.", []string{"1533|DATE|1533", "The future|DATE|FUTURE_REF"}},
	// "the future" before a name is a title, not a time; after "in" it is.
	{"", "", "In 1762 she married the future Louis XVI at Versailles, the future Palace of the Republic. In the future Europe will remember it.", []string{"1762|DATE|1762", "the future|DATE|FUTURE_REF"}},
	// "N days later" than a part of a day is a day.
	{"", "", "The envoy left Vienna on 9 May 1809 and reached the camp that evening; two days later he was sent back.", []string{"9 May 1809|DATE|1809-05-09", "that evening|TIME|1809-05-09TEV", "two days later|DATE|1809-05-11"}},
	{"", "", "The diet assembled on 2 March 1848, its first session since 1790. On 15 March the students rose.", []string{"2 March 1848|DATE|1848-03-02", "1790|DATE|1790", "15 March|DATE|1848-03-15"}},
	// So is a day before the story's day in the past perfect, with what
	// its sentence counts from it.
	{"", "", "The strike began on Monday, 3 May 1926. Talks had broken down on 1 May, and that evening the unions had called it. At midnight the railways stopped.", []string{"Monday, 3 May 1926|DATE|1926-05-03", "1 May|DATE|1926-05-01", "that evening|TIME|1926-05-01TEV", "midnight|TIME|1926-05-03T24:00"}},
	// The plural present of a verb of schedule or hosting after its
	// subject looks ahead, as the singular does; the noun does not.
	{"2025-04-09", "", "The Lakers host Denver on Friday.", []string{"Friday|DATE|2025-04-11"}},
	{"2025-04-09", "", "Ticket sales begin on Monday.", []string{"Monday|DATE|2025-04-14"}},
	{"2025-04-09", "", "The Rangers, who have lost four straight, play Boston on Sunday.", []string{"Sunday|DATE|2025-04-13"}},
	{"2025-04-09", "", "The team made a strong start on Monday.", []string{"Monday|DATE|2025-04-07"}},
	// A count in words and one in figures join as well.
	{"", "", "The flight took eleven hours and 25 minutes.", []string{"eleven hours and 25 minutes|DURATION|PT11H25M"}},
	{"", "", "She finished in 2 hours and forty seconds.", []string{"2 hours and forty seconds|DURATION|PT2H40S"}},
	// "within" a bare unit of an event is a stretch of unknown length.
	{"", "", "The bridge collapsed within minutes of the blast, and the town was evacuated within days of the flood.", []string{"minutes|DURATION|PTXM", "days|DURATION|PXD"}},
	// A season of play is named by the year it begins.
	{"2025-02-10", "", "Leeds were relegated last season and hope to return next season.", []string{"last season|DATE|2023", "next season|DATE|2025"}},
	{"2025-10-02", "", "She has scored nine goals this season. It was the last season of the old stadium.", []string{"this season|DATE|2025"}},
	// A rate after a count without a number is no expression either.
	{"", "", "By 1900 the port handled thousands a week, and dozens a day sailed in 1910.", []string{"1900|DATE|1900", "1910|DATE|1910"}},
	// A month in the present tense of a history is any year's.
	{"", "", "The fair was first held in 1851. It opens in early May and is held again in October.", []string{"1851|DATE|1851", "early May|DATE|XXXX-05|START", "October|DATE|XXXX-10"}},
	{"", "", "The fair was first held in 1851. It moved in May and closed in October.", []string{"1851|DATE|1851", "May|DATE|1851-05", "October|DATE|1851-10"}},
	// The years of a reign after "r." in parentheses, however short.
	{"", "", "Nero (r. 54–68) was followed by Vespasian (r. 69–79).", []string{"54|DATE|0054", "68|DATE|0068", "69|DATE|0069", "79|DATE|0079"}},
	// A decade counted within a century.
	{"", "", "Steel output doubled in the first decade of the 20th century and fell in the last decade of the nineteenth century.", []string{"the first decade of the 20th century|DATE|190", "the last decade of the nineteenth century|DATE|189"}},
	// A range of counts after "every" is one SET.
	{"", "", "Droughts struck every ten to twenty years, and the fair met every two or three weeks.", []string{"every ten to twenty years|SET|PXY", "every two or three weeks|SET|PXW"}},
	// A bare season before a colon labels a list item.
	{"", "", "Ascents of the north face:\n- In summer: 4 August 1938\n- In winter: 3 March 1961", []string{"4 August 1938|DATE|1938-08-04", "3 March 1961|DATE|1961-03-03"}},
	// A verb joined after the date by "and" does not set its tense.
	{"2026-10-15", "", "She was convicted on Monday and will be sentenced next month.", []string{"Monday|DATE|2026-10-12", "next month|DATE|2026-11"}},
	{"2026-10-15", "", "Voters go to the polls on Sunday, and the winner goes to Brussels on Tuesday.", []string{"Sunday|DATE|2026-10-18", "Tuesday|DATE|2026-10-20"}},
	// The open end of a period is the present.
	{"", "", "The club has played there since 1923 (1923–present); its records survive from 1890 to the present day, but not to the present owners.", []string{"1923|DATE|1923", "1923|DATE|1923", "present|DATE|PRESENT_REF", "1890|DATE|1890", "the present day|DATE|PRESENT_REF"}},
	{"", "", "He swam the channel in 13 hours 20 minutes and ran the mile in 3 minutes 59 seconds.", []string{"13 hours 20 minutes|DURATION|PT13H20M", "3 minutes 59 seconds|DURATION|PT3M59S"}},
	// In news a part of the day after "in" or "through" is the story's
	// day; a night gone by, the one before the report.
	{"2026-10-15", "", "The fire started in the morning and was under control by the evening.", []string{"the morning|TIME|2026-10-15TMO", "the evening|TIME|2026-10-15TEV"}},
	{"2026-10-15", "", "On Tuesday the index fell 3 percent. In the afternoon it recovered.", []string{"Tuesday|DATE|2026-10-13", "the afternoon|TIME|2026-10-13TAF"}},
	{"2026-10-15", "", "Firefighters battled the blaze through the night.", []string{"the night|TIME|2026-10-14TNI"}},
	// Hours later than a clock time move the clock.
	{"2026-03-16", "", "The alarm sounded at 11:30 p.m. and the roof fell in two hours later.", []string{"11:30 p.m.|TIME|2026-03-16T23:30", "two hours later|TIME|2026-03-17T01:30"}},
	{"", "", "On 3 May 1890 the ship struck the reef at 9:15 a.m. and sank 40 minutes later.", []string{"3 May 1890|DATE|1890-05-03", "9:15 a.m.|TIME|1890-05-03T09:15", "40 minutes later|TIME|1890-05-03T09:55"}},
	// So when the day follows the clock time ("at 6:10 a.m. on 4 June
	// 1916"), and "two hours and forty minutes" moves it by both units.
	{"", "", "The attack began at 6:10 a.m. on 4 June 1916. Two hours and forty minutes later the first line fell.", []string{"6:10 a.m.|TIME|1916-06-04T06:10", "4 June 1916|DATE|1916-06-04", "Two hours and forty minutes later|TIME|1916-06-04T08:50"}},
	// "40-odd days", "thirty-odd years": the round number, APPROX; not
	// before a noun that is no unit ("40-odd farms").
	{"", "", "The brothers sailed in 1741 and were becalmed for 40-odd days; the crew of 1742 counted 40-odd men.", []string{"1741|DATE|1741", "40-odd days|DURATION|P40D|APPROX", "1742|DATE|1742"}},
	{"", "", "He ruled for thirty-odd years after 1650.", []string{"thirty-odd years|DURATION|P30Y|APPROX", "1650|DATE|1650"}},
	// "late in the afternoon", "early in the morning": the part of the
	// day with its mod, as "late that afternoon"; not after "was" ("was
	// late in the morning" says how).
	{"", "", "On 3 May 1890 the ship docked late in the evening; the storm had broken late in the afternoon.", []string{"3 May 1890|DATE|1890-05-03", "late in the evening|TIME|1890-05-03TEV|END", "late in the afternoon|TIME|1890-05-03TAF|END"}},
	{"2024-05-02", "", "The crew left early in the morning, but the pilot was late in the morning.", []string{"early in the morning|TIME|2024-05-02TMO|START", "the morning|TIME|2024-05-02TMO"}},
	// "a half hour" (American) is half an hour, as "a half century" is
	// half a century.
	{"2024-01-01", "", "The shelling stopped for a half hour, and the news ran in a half-hour bulletin.", []string{"a half hour|DURATION|PT30M", "half-hour|DURATION|PT30M"}}, // before a noun the article is the noun's (as "a four-day strike")
	// A clock time before "on the morning of", "in the afternoon of" a
	// day takes that day, as before "on" a day.
	{"", "", "He was born at half past four on the morning of 20 April 1889; the eclipse began at six in the evening of 2 May 1908.", []string{"half past four|TIME|1889-04-20T04:30", "20 April 1889|DATE|1889-04-20", "six in the evening|TIME|1908-05-02T18:00", "2 May 1908|DATE|1908-05-02"}},
	// A day or more of hours later than a day with no clock time moves
	// the day: the whole days, the rest rounded as from midday; fewer
	// hours keep it.
	{"", "", "The convoy left Malta on 9 August 1942; some 60 hours later the tanker reached the harbour.", []string{"9 August 1942|DATE|1942-08-09", "some 60 hours later|DATE|1942-08-11|APPROX"}},
	{"", "", "The dam burst on 31 May 1889. Thirty hours later the first relief train arrived, and 72 hours earlier the rain had begun.", []string{"31 May 1889|DATE|1889-05-31", "Thirty hours later|DATE|1889-06-01", "72 hours earlier|DATE|1889-05-29"}},
	{"", "", "The dam burst on 31 May 1889. Ten hours later the first relief train arrived.", []string{"31 May 1889|DATE|1889-05-31", "Ten hours later|DATE|1889-05-31"}},
	{"", "", "The fleet reached the coast on 6 August 1915 and landed that night; forty-eight hours later the ridge was taken.", []string{"6 August 1915|DATE|1915-08-06", "that night|TIME|1915-08-06TNI", "forty-eight hours later|DATE|1915-08-08"}},
	// Half hours later than a clock time move it by the minutes.
	{"", "", "On 3 May 1890 the storm broke at 4 p.m.; half an hour later the mill flooded.", []string{"3 May 1890|DATE|1890-05-03", "4 p.m.|TIME|1890-05-03T16:00", "half an hour later|TIME|1890-05-03T16:30"}},
	{"2024-03-05", "", "The fire started at 9 p.m. and two and a half hours later the roof fell.", []string{"9 p.m.|TIME|2024-03-05T21:00", "two and a half hours later|TIME|2024-03-05T23:30"}},
	{"", "", "The fire started at 9 p.m. on 2 March 1901; three hours earlier the wind had risen.", []string{"9 p.m.|TIME|1901-03-02T21:00", "2 March 1901|DATE|1901-03-02", "three hours earlier|TIME|1901-03-02T18:00"}},
	{"", "", "On 4 June 1916 the attack began at 11:30 p.m.; two hours and forty minutes later the first line fell.", []string{"4 June 1916|DATE|1916-06-04", "11:30 p.m.|TIME|1916-06-04T23:30", "two hours and forty minutes later|TIME|1916-06-05T02:10"}},
	// The first or last day of a month is that day.
	{"2026-03-16", "", "The appeal was filed on the last day of February and heard on the first day of March 2026.", []string{"the last day of February|DATE|2026-02-28", "the first day of March 2026|DATE|2026-03-01"}},
	// "under" after a preposition is a quantifier, as "over".
	{"", "", "In 1954 he ran the mile in under four minutes and held the record for under two months.", []string{"1954|DATE|1954", "under four minutes|DURATION|PT4M|LESS_THAN", "under two months|DURATION|P2M|LESS_THAN"}},
	// A clock range takes the day of its end.
	{"2026-01-13", "", "The road will be closed from 9 p.m. to 5 a.m. Thursday and from 1 p.m. to 4 p.m. Friday.", []string{"9 p.m.|TIME|2026-01-14T21:00", "5 a.m. Thursday|TIME|2026-01-15T05:00", "1 p.m.|TIME|2026-01-16T13:00", "4 p.m. Friday|TIME|2026-01-16T16:00"}},
	// "The day before," opening a sentence is the day before the one just named.
	{"2026-06-13", "", "Rebels shelled the port on Thursday. The day before, two ferries had left it.", []string{"Thursday|DATE|2026-06-11", "The day before|DATE|2026-06-10"}},
	{"", "", "The envoy arrived on 4 March 1921. The day after, the talks opened.", []string{"4 March 1921|DATE|1921-03-04", "The day after|DATE|1921-03-05"}},
	// A day of this month well past, in a plan, is next year's.
	{"2026-09-24", "", "The next regatta will be sailed on Sept. 12 and 13.", []string{"Sept. 12|DATE|2027-09-12", "13|DATE|2027-09-13"}},
	// A participle after an ordinal is an adjective: "the first scheduled".
	{"2026-06-20", "", "The vote took place a week after the second planned date of June 2.", []string{"a week|DURATION|P1W", "June 2|DATE|2026-06-02"}},
	// An infinitive after a past implicative verb was done: the verb decides.
	{"2026-02-15", "", "Fog forced the airline to cancel its flights on Thursday.", []string{"Thursday|DATE|2026-02-12"}},
	{"2026-02-15", "", "The crew managed to land the plane on Wednesday night.", []string{"Wednesday night|DATE|2026-02-11"}},
	// A vote to act is told as done: "voted to strike in March" is the vote's date.
	{"2026-05-10", "", "Nurses at the hospital voted to walk out in March but later accepted a new offer.", []string{"March|DATE|2026-03"}},
	// "could make" before a date: a possibility ahead.
	{"2026-08-04", "", "Officials said the ship could make port early Thursday.", []string{"early Thursday|DATE|2026-08-06|START"}},
	{"2026-08-04", "", "Forecasters said the typhoon might make landfall late Thursday or early Friday.", []string{"late Thursday|DATE|2026-08-06|END", "early Friday|DATE|2026-08-07|START"}},
	// "the next half century" is fifty years.
	{"-", "", "The port handled most of the region's grain for the next half century.", []string{"the next half century|DURATION|P50Y"}},
	// "N days a week" (N < 7) is how often: a SET P1W.
	{"2026-08-04", "", "The clinic now opens three days a week.", []string{"now|DATE|PRESENT_REF", "three days a week|SET|P1W"}},
	{"2026-08-04", "", "She swam five days a week for a decade.", []string{"five days a week|SET|P1W", "a decade|DURATION|P10Y"}},
	// "could/might/may be" + participle before a date: a possibility ahead.
	{"2026-08-04", "", "A final ruling could be issued in October, the clerk said.", []string{"October|DATE|2026-10"}},
	{"2026-08-04", "", "The bridge might be reopened on Friday if inspections go well.", []string{"Friday|DATE|2026-08-07"}},
	{"2026-08-04", "", "The treaty may be signed in March, diplomats said.", []string{"March|DATE|2027-03"}},
	{"2026-08-04", "", "Neither the owner nor his lawyer could be reached Monday for comment.", []string{"Monday|DATE|2026-08-03"}},
	// "was expected to" before a date in a report still looks ahead.
	{"2026-08-04", "", "The river crested on Monday and was expected to fall over the weekend.", []string{"Monday|DATE|2026-08-03", "the weekend|DATE|2026-W32-WE"}},
	{"2026-08-04", "", "The dam had failed on Sunday and crews were expected to finish repairs on Friday.", []string{"Sunday|DATE|2026-08-02", "Friday|DATE|2026-08-07"}},
	// Dawn after a weekday's night in the same sentence is the next morning.
	{"2026-08-05", "", "The rain began Monday night, and by dawn the streets were flooded.", []string{"Monday night|DATE|2026-08-03", "dawn|TIME|2026-08-04TMO"}},
	// "a daily", "a weekly" naming a paper is no frequency.
	{"", "", "The Gazette, a weekly newspaper founded in 1790, became a daily in 1840 and was sold as a weekly.", []string{"1790|DATE|1790", "1840|DATE|1840"}},
	{"2026-03-02", "", "The pills are taken daily and the report comes out weekly.", []string{"daily|SET|P1D", "weekly|SET|P1W"}},
	// "a Sunday edition" names a kind of paper, no date.
	{"", "", "In 1952 the paper added a Sunday edition; the Sunday edition folded in 1960.", []string{"1952|DATE|1952", "1960|DATE|1960"}},
	// An irregular past after the date reads it back: "on Thursday members sat until".
	{"2026-06-12", "", "On Thursday the jury sat until 9 p.m.", []string{"Thursday|DATE|2026-06-11", "9 p.m.|TIME|2026-06-11T21:00"}},
	// A bare season after "since" or "until", as after "in".
	{"2026-10-05", "", "The ferry has not run since spring and the pier stays closed until summer.", []string{"spring|DATE|2026-SP", "summer|DATE|2027-SU"}},
	// "and" before a subject and a verb of its own starts a clause of its own.
	{"2026-05-20", "", "The findings were shared with regulators in February and a full report will appear in the autumn.", []string{"February|DATE|2026-02", "the autumn|DATE|2026-FA"}},
	// "the last day to" + infinitive is the last in an order, no expression.
	{"2026-11-02", "", "Nov. 6 is the last day to register, and the last week to vote early begins on Nov. 9.", []string{"Nov. 6|DATE|2026-11-06", "Nov. 9|DATE|2026-11-09"}},
	// "over" after a verb that measures time is a quantifier, MORE_THAN.
	{"", "", "The jury deliberated for hours; the verdict took over two days and the crowd waited over 40 minutes outside.", []string{"hours|DURATION|PTXH", "over two days|DURATION|P2D|MORE_THAN", "over 40 minutes|DURATION|PT40M|MORE_THAN"}},
	// "a decade-long" is the compound adjective alone, as "a four-year".
	{"", "", "A month-long strike followed a decade-long dispute.", []string{"month-long|DURATION|P1M", "decade-long|DURATION|P10Y"}},
	// "next fiscal year" is named as "next year".
	{"2026-04-09", "", "The board cut spending for next fiscal year and froze hiring this fiscal year.", []string{"next fiscal year|DATE|2027", "this fiscal year|DATE|2026"}},
	// "for the next decade", "spent the following century": a length of
	// time after "for" or a verb that measures time; the calendar decade
	// otherwise.
	{"", "", "The abbey was sacked in 1340. For the next decade it stood empty, and the monks spent the following century rebuilding it.", []string{"1340|DATE|1340", "the next decade|DURATION|P10Y", "the following century|DURATION|P100Y"}},
	// So "the next decade" after "over", "within" and "throughout"; "the
	// following decade" after "in" or "over" is the calendar decade.
	{"", "", "The patent was granted in 1858. Over the next decade licences sold well; in the following decade they lapsed.", []string{"1858|DATE|1858", "the next decade|DURATION|P10Y", "the following decade|DATE|186"}},
	{"", "", "The port opened in 1720 and throughout the next century it grew.", []string{"1720|DATE|1720", "the next century|DURATION|P100Y"}},
	// In a story without a DCT, so "the next year", "the next month"
	// after such a word; "The next year" opening a clause is the year.
	{"", "", "He settled at Arles in 1888. Over the next year he painted 200 canvases, and within the next month he fell ill. The next year he died.", []string{"1888|DATE|1888", "the next year|DURATION|P1Y", "the next month|DURATION|P1M", "The next year|DATE|1889"}},
	{"", "", "The mill opened in 1875. The next decade brought the railway.", []string{"1875|DATE|1875", "The next decade|DATE|188"}},
	// A record timed to a fraction of a second is one DURATION.
	{"", "", "She swam the 400 in 4 minutes 12.35 seconds and ran for 2 hours 9.5 seconds.", []string{"4 minutes 12.35 seconds|DURATION|PT4M12.35S", "2 hours 9.5 seconds|DURATION|PT2H9.5S"}},
	// A number before a unit of length or mass is a measure, not a year.
	{"", "", "In 1964 she won the 1500 metres and later swam 1200 yards.", []string{"1964|DATE|1964"}},
	{"", "", "The caravan crossed 2000 kilometres of desert in 1871.", []string{"1871|DATE|1871"}},
	// A three-digit year after "in c." or "by c.": "c." says a date is meant.
	{"", "", "The monastery was founded in c. 720, and burned by c. 870.", []string{"c. 720|DATE|0720|APPROX", "c. 870|DATE|0870|APPROX"}},
	{"", "", "The tribe settled here in c. 450 families.", nil},
	// After a verb too, "circa" or "c." before a three-digit number that
	// ends its phrase says a date is meant; not a count after "of".
	{"", "", "The abbey was built circa 680 by monks from Iona and sacked c. 795, in the first raids.", []string{"circa 680|DATE|0680|APPROX", "c. 795|DATE|0795|APPROX"}},
	{"", "", "The hall held circa 500 people, and a garrison of c. 300.", nil},
	// A document or an event dated "of" a three-digit year, before the
	// phrase ends or its verb; not a count ("a fire of 300 acres", "a
	// force of 600").
	{"", "", "The abbey is named in a charter of 931, and the earthquake of 847 destroyed its church.", []string{"931|DATE|0931", "847|DATE|0847"}},
	{"", "", "A fire of 300 acres burned, and a force of 600 marched; the Council of 500 met.", nil},
	{"", "", "The rebellion of 755–763 devastated the north.", []string{"755|DATE|0755", "763|DATE|0763"}},
	// "(d. 875)", "(b. 735)", "(fl. c. 690)": a death, birth or floruit
	// in brackets is a year.
	{"", "", "The school was founded by an abbot (d. c. 875) whose pupil Alcuin (b. 735) taught at York.", []string{"c. 875|DATE|0875|APPROX", "735|DATE|0735"}},
	// An adverb between an auxiliary and its participle leaves it a
	// participle, not a past tense: "is also closed in August".
	{"2023-06-14", "", "The plant is also closed in August, and the office was not reopened in May.", []string{"August|DATE|2023-08", "May|DATE|2023-05"}},
	// "ahead of" after a date says nothing of its tense.
	{"2022-12-21", "", "Crews salted the roads Tuesday ahead of the storm.", []string{"Tuesday|DATE|2022-12-20"}},
	// A bare weekday in the simple present is on a schedule, the coming
	// one; in the past, or in a clause set off as an aside, the one
	// before. A possessive weekday names what was ("Friday's price").
	{"2024-03-02", "", "The Hawks, who beat Denver 101-99 Thursday, have a rest day Sunday and face Utah at 7:30 p.m. Monday.", []string{"Thursday|DATE|2024-02-29", "Sunday|DATE|2024-03-03", "7:30 p.m. Monday|TIME|2024-03-04T19:30"}},
	{"2024-03-02", "", "The mayor is in Ottawa Tuesday and does not return until Friday. The offer is a 20% premium to Friday's price.", []string{"Tuesday|DATE|2024-03-05", "Friday|DATE|2024-03-08", "Friday|DATE|2024-03-01"}},
	// A date between a verb of saying and "that" is when it was said.
	{"2024-03-02", "", "The coach told reporters Thursday that the team will rest its starters.", []string{"Thursday|DATE|2024-02-29"}},
	// A date a plan was made for takes the plan's direction, even in the
	// past perfect; a date something was moved to lies ahead.
	{"2025-02-10", "", "The opening had been planned for May but was pushed back to September.", []string{"May|DATE|2025-05", "September|DATE|2025-09"}},
	{"2024-08-20", "", "The hearing was postponed until March, and the vote was moved to Oct. 2.", []string{"March|DATE|2025-03", "Oct. 2|DATE|2024-10-02"}},
	// The plural present of a verb of schedule after its subject reads
	// ahead: "teachers report Tuesday", "candidates for mayor hold".
	{"2023-08-14", "", "Students in the district return Wednesday, and teachers report Tuesday. Candidates for mayor hold a forum at 6 p.m. Thursday.", []string{"Wednesday|DATE|2023-08-16", "Tuesday|DATE|2023-08-15", "6 p.m. Thursday|TIME|2023-08-17T18:00"}},
	{"2023-08-14", "", "A police report Friday said the driver fled.", []string{"Friday|DATE|2023-08-11"}},
	// "has" before a determiner is what one has ahead ("has a hearing
	// Monday"); before a participle it is a present perfect, which looks
	// back ("has hit 20 since", "has won Saturday").
	{"2024-03-02", "", "The senator has a hearing Monday. Jones hit a homer Sunday and has hit five since May 1.", []string{"Monday|DATE|2024-03-04", "Sunday|DATE|2024-02-25", "May 1|DATE|2023-05-01"}},
	// A verb whose past is its bare form after a singular common noun,
	// with a figure as object, is past (its present would take -s),
	// whatever forecast the sentence goes on to: "the unemployment rate
	// hit 4.2 percent in March" is the March before the DCT.
	{"2023-05-04", "", "The unemployment rate hit 4.2 percent in March, and economists expect it to climb next year.", []string{"March|DATE|2023-03", "next year|DATE|2024"}},
	{"2023-05-04", "", "In the capital, youth unemployment hit 12 percent in February and will fall by the autumn, the ministry said.", []string{"February|DATE|2023-02", "the autumn|DATE|2023-FA"}},
	// A weekday named with a day and month picks the year, whatever the
	// tense says.
	{"2025-01-26", "", "The order said the office was to be closed on Monday, Feb. 17.", []string{"Monday, Feb. 17|DATE|2025-02-17"}},
	{"2025-03-10", "", "The ferry sank on Saturday, Feb. 17, a year ago.", []string{"Saturday, Feb. 17|DATE|2024-02-17", "a year ago|DATE|2024"}},
	// Holidays named before "Day": "Presidents' Day", "Mother's Day",
	// "Martin Luther King Jr. Day"; not "the president's day".
	{"2025-01-08", "", "Offices close on Martin Luther King Jr. Day and Presidents' Day, and florists await Mother's Day. The president's day began early.", []string{"Martin Luther King Jr. Day|DATE|2025-01-20", "Presidents' Day|DATE|2025-02-17", "Mother's Day|DATE|2025-05-11"}},
	// A season after "the" and a preposition ends at a semicolon too.
	{"2025-01-26", "", "The defence wanted a delay until the autumn; the judge said no.", []string{"the autumn|DATE|2025-FA"}},
	// The present of a verb of lasting before the span it names reads
	// ahead: "the fair runs from", "the show lasts until".
	{"2023-08-14", "", "The county fair runs from Sept. 28 through Oct. 1, and the exhibit lasts until January. He scored two runs Friday.", []string{"Sept. 28|DATE|2023-09-28", "Oct. 1|DATE|2023-10-01", "January|DATE|2024-01", "Friday|DATE|2023-08-11"}},
	{"2023-08-14", "", "Spring break runs from March 25 through March 29.", []string{"March 25|DATE|2024-03-25", "March 29|DATE|2024-03-29"}},
	// "the last day of school" is the last in an order, no stretch of
	// time.
	{"2023-08-14", "", "The last day of school is June 6, and the last day of the session is Friday.", []string{"June 6|DATE|2024-06-06", "Friday|DATE|2023-08-18"}},
	// "following" before a count is a preposition; the count alone is the
	// expression.
	{"", "", "The bill passed following 14 hours of debate. In the following two days, it was signed.", []string{"14 hours|DURATION|PT14H", "the following two days|DURATION|P2D"}},
	// "the week before last", "the month after next": two units back or
	// ahead of the DCT's.
	{"2019-03-29", "", "The panel approved it the week before last; the vote is the month after next.", []string{"the week before last|DATE|2019-W11", "the month after next|DATE|2019-05"}},
	// "late on Tuesday", "early on March 3" are one expression, like
	// "late Tuesday"; "early on" alone is none.
	{"2019-03-29", "", "The House voted late on Tuesday. Early on, few expected it.", []string{"late on Tuesday|DATE|2019-03-26|END"}},
	// "the new year" is the year after the one the story is in (in news,
	// after the DCT's, unless that is in January or February).
	{"2019-12-10", "", "Prices will rise in the new year.", []string{"the new year|DATE|2020"}},
	{"", "", "They married in August 1920. That autumn they toured Africa, and early in the new year they sailed home.", []string{"August 1920|DATE|1920-08", "That autumn|DATE|1920-FA", "early in the new year|DATE|1921|START"}},
	// A bare "weekdays" or "weekends" is a SET; a clock time right after a
	// SET is any day's, at both ends of a range.
	{"2023-08-14", "", "The library is open weekdays from 10 a.m. to 6 p.m. and closed on weekends; the weekends of June were busy.", []string{"weekdays|SET|XXXX-WXX-WD", "10 a.m.|TIME|XXXX-XX-XXT10:00", "6 p.m.|TIME|XXXX-XX-XXT18:00", "weekends|SET|XXXX-WXX-WE", "June|DATE|2023-06"}},
	{"2023-08-14", "", "Guards patrol nightly at 11 p.m.; the gate opened at 7 a.m.", []string{"nightly|SET|P1D", "11 p.m.|TIME|XXXX-XX-XXT23:00", "7 a.m.|TIME|2023-08-14T07:00"}},
	// "twice weekly" is one SET, as "twice a week".
	{"", "", "The market was held twice weekly and the assizes twice yearly.", []string{"twice weekly|SET|P1W", "twice yearly|SET|P1Y"}},
	// A count of nights is a DURATION in days; "nights a week" is a rate.
	{"", "", "The climbers survived three nights on the ridge; the band plays four nights a week.", []string{"three nights|DURATION|P3D"}},
	// An order reported in the past was carried out when given, as far
	// as the date after its infinitive goes; a deadline still lies ahead.
	{"2023-10-02", "", "Campers were told to leave the park over the weekend. Shops were told to close by Friday.", []string{"the weekend|DATE|2023-W39-WE", "Friday|DATE|2023-10-06"}},
	// "day and night" as an adverb is every day, a SET; not as a noun
	// phrase or after "between".
	{"", "", "Pumps ran day and night, and the day and night shifts met; the gap between day and night closed.", []string{"day and night|SET|P1D"}},
	// ... but an appointment at a clock time after the order lies ahead.
	{"2023-10-04", "", "Volunteers were told to report at 7 a.m. Saturday.", []string{"7 a.m. Saturday|TIME|2023-10-07T07:00"}},
	// A weekday named again without a tense of its own is the same day.
	{"2023-05-03", "", "The council votes Thursday on the plan. Opponents have organized a rally for Thursday.", []string{"Thursday|DATE|2023-05-04", "Thursday|DATE|2023-05-04"}},
	{"2023-05-03", "", "The votes Thursday showed a split.", []string{"Thursday|DATE|2023-04-27"}},
	// More irregular pasts mark the past: "sank", "shot", "kept".
	{"2023-10-08", "", "The board will meet after the storm sank two barges Friday.", []string{"Friday|DATE|2023-10-06"}},
	// More verbs of schedule in the present read ahead before a date.
	{"2023-05-03", "", "The pope leaves for Mexico Friday, the department releases its jobs report Friday, and voters head to the polls Tuesday. The tournament kicks off Sunday.", []string{"Friday|DATE|2023-05-05", "Friday|DATE|2023-05-05", "Tuesday|DATE|2023-05-09", "Sunday|DATE|2023-05-07"}},
	// A present state after an event leaves the event's day in the past:
	// "is in custody after his arrest Thursday"; "failing to" is what was
	// done, as "failed to".
	{"2024-05-11", "", "He is in custody after his arrest Thursday. The jury went home after failing to reach a verdict Friday.", []string{"Thursday|DATE|2024-05-09", "Friday|DATE|2024-05-10"}},
	// A level or a change reported in the present is of the day before:
	// "is down 200 points Friday", "up 3 percent from Friday"; "off" is
	// a day off, ahead.
	{"2024-05-11", "", "The index is down 1 percent Friday, and prices are up 3 percent from Thursday. Both teams are off Sunday.", []string{"Friday|DATE|2024-05-10", "Thursday|DATE|2024-05-09", "Sunday|DATE|2024-05-12"}},
	// The progressive present reads ahead only for a verb of schedule or
	// travel.
	{"2024-05-11", "", "Police are looking for a man seen Tuesday near the school. The Jets are playing Monday in Miami.", []string{"Tuesday|DATE|2024-05-07", "Monday|DATE|2024-05-13"}},
	// An expectation held in the past ("had bet on", "had expected") says
	// nothing of when what was expected falls: the nearest such month.
	{"2024-07-31", "", "Traders had bet on a rate cut in September; some had expected one in June.", []string{"September|DATE|2024-09", "June|DATE|2024-06"}},
	// "the most recent", "more recent" rank things; no expression.
	{"2024-07-31", "", "They met twice, the most recent in May; more recent polls differ.", []string{"May|DATE|2024-05"}},
	// "a year earlier" after the day a quarter was reported compares with
	// that quarter.
	{"2025-07-24", "", "Bolt Corp. posted second-quarter results Tuesday, after a loss a year earlier.", []string{"second-quarter|DATE|2025-Q2", "Tuesday|DATE|2025-07-22", "a year earlier|DATE|2024-Q2"}},
	// The present of a forecast reads ahead before a date.
	{"2023-11-20", "", "Rain moves in Tuesday night, lingers through Wednesday and clears Thursday.", []string{"Tuesday night|DATE|2023-11-21", "Wednesday|DATE|2023-11-22", "Thursday|DATE|2023-11-23"}},
	{"2024-05-11", "", "The series shifts to Dallas on Thursday, and talks continue Tuesday in Geneva.", []string{"Thursday|DATE|2024-05-16", "Tuesday|DATE|2024-05-14"}},
	// A school calendar in the present reads ahead: "close ... and
	// reopen", "runs Dec. 23 through", "is the week of March 25"; a
	// market's close is reported.
	{"2023-09-05", "", "Schools close for winter break Dec. 22 and reopen Jan. 8. Spring break is the week of March 25. Stocks close higher Friday.", []string{"Dec. 22|DATE|2023-12-22", "Jan. 8|DATE|2024-01-08", "the week of March 25|DATE|2024-W13", "Friday|DATE|2023-09-01"}},
	{"2023-09-05", "", "Winter break runs Dec. 23 through Jan. 7; he hit two runs Friday.", []string{"Dec. 23|DATE|2023-12-23", "Jan. 7|DATE|2024-01-07", "Friday|DATE|2023-09-01"}},
	// "the December quarter" is the quarter that ends with the month.
	{"2024-01-29", "", "Results for the December quarter are due Thursday; in the September quarter, revenue rose.", []string{"the December quarter|DATE|2023-Q4", "Thursday|DATE|2024-02-01", "the September quarter|DATE|2023-Q3"}},
	// Nouns that are also verbs of schedule stay nouns after a compound
	// or a date ("a two day rally", "the Oct. 17 vote"); as plural
	// verbs after a subject they read ahead ("the candidates debate
	// Sunday").
	{"2023-10-12", "", "Supporters began a two day rally after the Oct. 10 vote. The candidates debate Sunday, and workers strike Friday.", []string{"two day|DURATION|P2D", "Oct. 10|DATE|2023-10-10", "Sunday|DATE|2023-10-15", "Friday|DATE|2023-10-13"}},
	{"2022-06-05", "", "The team flies to Denver on Monday and practices there Tuesday. The suspect appears in court Wednesday; he appears to have fled Saturday.", []string{"Monday|DATE|2022-06-06", "Tuesday|DATE|2022-06-07", "Wednesday|DATE|2022-06-08", "Saturday|DATE|2022-06-04"}},
	// "reports" after a name or a pronoun is the verb of a schedule, ahead;
	// after "news" it is the noun.
	{"2024-04-24", "", "Alphabet reports first-quarter earnings Thursday. News reports Monday said the deal was off.", []string{"first-quarter|DATE|2024-Q1", "Thursday|DATE|2024-04-25", "Monday|DATE|2024-04-22"}},
	// A verb in -s right before a date, after a subject that opens its
	// clause, is a present of schedule ("the parade steps off Sunday",
	// "Smith testifies Tuesday in"); a plural subject before a date and
	// its verb is not ("officials Monday rejected").
	// An attribution whose speaker has a modifier of its own (", an
	// official from the council said on Tuesday") is still an
	// attribution: its past verb says nothing of when the plan falls.
	{"1999-02-10", "", "The council has agreed to close libraries in Leeds, York and the town of Hull in June, an official from the council said on Tuesday.", []string{"June|DATE|1999-06", "Tuesday|DATE|1999-02-09"}},
	{"1999-02-10", "", "The union has decided to call out drivers, cleaners and the ticket office staff in late March, a leader of the union said on Monday.", []string{"late March|DATE|1999-03|END", "Monday|DATE|1999-02-08"}},
	{"1999-02-10", "", "The army withdrew in March, a move that officials who were there said was overdue.", []string{"March|DATE|1998-03"}},
	// Quoted speech closes before its attribution: the verb of saying
	// after the quote does not decide the tense inside it.
	{"2001-12-05", "", "\"The convoy will leave at 5 a.m. EDT Friday,\" the governor said.", []string{"5 a.m. EDT Friday|TIME|2001-12-07T05:00"}},
	{"2000-04-05", "", "``The father will take the first flight (6 a.m. EDT Thursday),'' Castro said.", []string{"6 a.m. EDT Thursday|TIME|2000-04-06T06:00"}},
	// A deadline ahead is not the day the story is on: a clock time after
	// it is the report's day.
	// An infinitive of purpose after the object of a past verb tells why,
	// not that its date lies ahead; after a verb of ordering the object
	// is the infinitive's subject and the date lies ahead.
	{"2000-01-28", "", "The firm hired two advisers to sell the unit in March, the company said.", []string{"March|DATE|1999-03"}},
	{"2000-01-28", "", "\"The mother was practically kidnapped along with the boy\" to make the late-November trip, Castro said.", []string{"late-November|DATE|1999-11|END"}},
	{"2000-01-28", "", "The judge ordered both sides to file their motions by April 3.", []string{"April 3|DATE|2000-04-03"}},
	// Before its noun the article is the noun's: "the late-November
	// crossing" tags "late-November", as "the November crossing" tags
	// "November".
	{"2000-01-28", "", "The boy survived the late-November crossing. The late November storms flooded the valley. The early-March meeting ended.", []string{"late-November|DATE|1999-11|END", "late November|DATE|1999-11|END", "early-March|DATE|1999-03|START"}},
	{"2000-01-28", "", "To sell the unit in March. \"To vote in May.", []string{"March|DATE|2000-03", "May|DATE|2000-05"}},
	// "the past three summers", "the last two winters": named seasons
	// counted from now span that many years of them, as "the past two
	// seasons" does; "three summers in Maine" is no such count.
	{"1998-03-22", "", "Riots have spread through the town for the past three summers. He spent three summers in Maine; the lake froze in each of the last two winters.", []string{"the past three summers|DURATION|P3Y", "each of the last two winters|DURATION|P2Y"}},
	// A march of a name, after "the" and perhaps an adjective or a
	// quotation mark, is no month; a daily or weekly named after it is a
	// publication.
	{"", "", "Thousands joined the annual March for Life in January 1990. She led the \"March of the Mothers\" in 1977. In the March of that year the rains came.", []string{"January 1990|DATE|1990-01", "1977|DATE|1977", "March|DATE|1977-03", "that year|DATE|1977"}},
	{"2000-01-28", "", "The Communist Party daily Granma said the business weekly Der Spiegel was wrong. Qantas plans daily flights.", []string{"daily|SET|P1D"}},
	{"2001-12-05", "", "The first flights are due to resume by Dec. 9. The airport is expected to reopen at 6 a.m., officials said.", []string{"Dec. 9|DATE|2001-12-09", "6 a.m.|TIME|2001-12-05T06:00"}},
	{"2024-04-20", "", "It was calm. The parade steps off Sunday, and Smith testifies Tuesday in the trial. Palestinian officials Monday rejected the plan.", []string{"Sunday|DATE|2024-04-21", "Tuesday|DATE|2024-04-23", "Monday|DATE|2024-04-15"}},
	{"2024-04-20", "", "It was calm. Heavy rains Sunday in the north killed 12 people.", []string{"Sunday|DATE|2024-04-14"}},
	// A day or month after a possessive year in its sentence takes that
	// year: "next year's edition will run from July 16".
	{"2025-08-10", "", "Next year's fair runs from July 16 to 19, and last year's show opened on June 3.", []string{"Next year|DATE|2026", "July 16|DATE|2026-07-16", "19|DATE|2026-07-19", "last year|DATE|2024", "June 3|DATE|2024-06-03"}},
	// A plan in the past perfect names its date, the nearest such: ahead
	// when written before it, behind when written after.
	{"2025-06-20", "", "The launch had been planned for April but slipped to August.", []string{"April|DATE|2025-04", "August|DATE|2025-08"}},
	// "Memorial Day weekend" is the weekend of the holiday: the one before
	// a Monday holiday, that of the holiday's week otherwise.
	{"2024-05-20", "", "Millions travel over Memorial Day weekend; Thanksgiving weekend was busier.", []string{"Memorial Day weekend|DATE|2024-W21-WE", "Thanksgiving weekend|DATE|2023-W47-WE"}},
	// "midweek" is the middle of the week the story is in; not before a
	// noun.
	{"2024-05-20", "", "Storms are possible through midweek; the midweek game was moved.", []string{"midweek|DATE|2024-W21|MID"}},
	// A clause of its own, or a verb whose past is its bare form, between
	// the present verb and the weekday keeps the weekday in the past.
	{"2024-05-11", "", "It is not clear why the plane went down Sunday. What is clear is that the storm hit Friday. She is one of three people hurt Thursday.", []string{"Sunday|DATE|2024-05-05", "Friday|DATE|2024-05-10", "Thursday|DATE|2024-05-09"}},
	// A present verb after the date may be its noun's: "the fire Sunday
	// is under investigation" looks back.
	{"2024-05-11", "", "The cause of the fire Sunday is under investigation.", []string{"Sunday|DATE|2024-05-05"}},
	// An imperative opening its sentence reads ahead; a noun opening it
	// does not.
	{"2024-05-08", "", "Join us Sunday for a special report. Visit the fair Saturday. Travel was slow Monday.", []string{"Sunday|DATE|2024-05-12", "Saturday|DATE|2024-05-11", "Monday|DATE|2024-05-06"}},
	// "the last day of the year", "the last day of June 1944" are that day.
	{"", "", "The treaty lapsed on the last day of June 1944, and the last day of the year passed quietly.", []string{"the last day of June 1944|DATE|1944-06-30", "the last day of the year|DATE|1944-12-31"}},
	// A US zone name after a clock time is skipped, as "local time", to
	// reach the day: "7:30 p.m. Eastern on Monday".
	{"2024-05-11", "", "Tipoff is 7:30 p.m. Eastern on Monday.", []string{"7:30 p.m.|TIME|2024-05-13T19:30", "Monday|DATE|2024-05-13"}},
	// An article dated when it was written tells a story of its own: with
	// nothing yet counted from the DCT and the last date years away from
	// it, a month or day without a year is the story's.
	{"2021-06-30", "", "The mill was founded in 1884. In March the first looms arrived, and on 12 May the works opened.", []string{"1884|DATE|1884", "March|DATE|1884-03", "12 May|DATE|1884-05-12"}},
	{"2023-02-14", "", "The abbey burned in 1790; by the winter the monks had left, and in June they sold the lands.", []string{"1790|DATE|1790", "the winter|DATE|1790-WI", "June|DATE|1791-06"}},
	// Once a date has been counted from the DCT the story is the DCT's,
	// and a weekday is always counted from it.
	{"2021-06-30", "", "The mill was founded in 1884. On Monday the owners said it closed in March.", []string{"1884|DATE|1884", "Monday|DATE|2021-06-28", "March|DATE|2021-03"}},
	// A capitalized month or "Century" between "the" and a capitalized
	// word is part of a name; a number or a time word after it is not.
	{"", "", "The September Uprising of 1923 failed, and the 19th Century Club met in June 1924.", []string{"1923|DATE|1923", "June 1924|DATE|1924-06"}},
	{"2021-06-30", "", "Delegates at the March 15 session rejected the October Manifesto.", []string{"March 15|DATE|2021-03-15"}},
	// A year after "in", "by" or "early" ending a phrase before a colon
	// is a year: "in late 1846: the ice ...". A label is not.
	{"", "", "The ships were beset in late 1846: on 11 June 1847 Franklin died. Chapter 1846: notes.", []string{"late 1846|DATE|1846|END", "11 June 1847|DATE|1847-06-11"}},
	// "the June Days" (a capitalized plural unit) is a name too.
	{"", "", "After the June Days of 1848 the assembly met in July.", []string{"1848|DATE|1848", "July|DATE|1848-07"}},
	// So is a bare month after "of" closing a name begun with "the": "the
	// Days of May", "the Three Glorious Days of July"; not "the days of
	// May" in lower case, nor a date named by its day ("the Fifth of
	// November").
	{"", "", "In 1832 the Days of May forced the peers to yield, and in 1830 the Three Glorious Days of July had toppled a king.", []string{"1832|DATE|1832", "1830|DATE|1830"}},
	{"", "", "In 1968 the days of May shook France; the plot of 1605 failed on the Fifth of November.", []string{"1968|DATE|1968", "May|DATE|1968-05", "1605|DATE|1605", "Fifth of November|DATE|1605-11-05"}},
	// A season in a phrase opening its sentence ends before a subject of
	// bare nouns and a past verb; inside a clause it is a compound.
	{"", "", "The strike began in 1926. By the winter coal stocks were gone. The winter coats were sold.", []string{"1926|DATE|1926", "the winter|DATE|1926-WI"}},
	// "the same evening" is a part of the day the story is on, as "that
	// same evening".
	{"", "", "The envoys arrived on 3 May 1702 and were received the same evening.", []string{"3 May 1702|DATE|1702-05-03", "the same evening|TIME|1702-05-03TEV"}},
	// "On the 53rd day" of a journey is counted from the day the story is
	// on, and a later "On the 80th day" from the same first day.
	{"", "", "The caravan left Kashgar on 1 May 1906. On the 12th day it crossed the pass, and on the 40th day, after a halt at Leh, it reached Srinagar.", []string{"1 May 1906|DATE|1906-05-01", "the 12th day|DATE|1906-05-12", "the 40th day|DATE|1906-06-09"}},
	{"", "", "The siege began on 3 June 1690. For the second day the guns were silent.", []string{"3 June 1690|DATE|1690-06-03"}},
	// So "on day 53", counted the same way; not "on day 3 shifts".
	{"", "", "The raft left Callao on 28 April 1947. On day 40 they sighted birds, and on day 101 it struck a reef. The crew worked on day 3 shifts.", []string{"28 April 1947|DATE|1947-04-28", "day 40|DATE|1947-06-06", "day 101|DATE|1947-08-06"}},
	// A month, day or season right before "the following year", "that
	// year" takes that year, as before "of the following year".
	{"", "", "The mill opened in May 1834. In March the following year it burned, and on 9 June that year it was rebuilt.", []string{"May 1834|DATE|1834-05", "March|DATE|1835-03", "the following year|DATE|1835", "9 June|DATE|1835-06-09", "that year|DATE|1835"}},
	// "the same day" after years named in an aside is the day its
	// sentence named.
	{"", "", "The duke died on 2 March 1619, and his heir, born in 1601 and married in 1616, took the title the same day.", []string{"2 March 1619|DATE|1619-03-02", "1601|DATE|1601", "1616|DATE|1616", "the same day|DATE|1619-03-02"}},
	// "half a century later" counts fifty years on, at the century's
	// granularity, as "a century later".
	{"", "", "The canal reached the town in 1794 and the railway half a century later; the mill closed in 1900 and reopened a decade and a half later.", []string{"1794|DATE|1794", "half a century later|DATE|18", "1900|DATE|1900", "a decade and a half later|DATE|191"}},
	// So "N units earlier, on DATE": the date in apposition says which.
	{"", "", "The fortress fell on 8 September 1855. The allies had landed a year earlier, on 14 September 1854, and six months earlier, in March 1854, war had been declared.", []string{"8 September 1855|DATE|1855-09-08", "a year earlier|DATE|1854", "14 September 1854|DATE|1854-09-14", "six months earlier|DATE|1854-03", "March 1854|DATE|1854-03"}},
	// "over" before a count and "later" is a quantifier, inside the span
	// with MORE_THAN, as "more than a month later".
	{"", "", "Amundsen reached the Pole on 14 December 1911; Scott arrived over a month later. The survey spread over three years.", []string{"14 December 1911|DATE|1911-12-14", "over a month later|DATE|1912-01|MORE_THAN", "three years|DURATION|P3Y"}},
	// "afterwards", "afterward" count on as "later" does.
	{"", "", "The poet died on 1 May 1820. Ten days afterwards he was buried; a year afterward the house was sold.", []string{"1 May 1820|DATE|1820-05-01", "Ten days afterwards|DATE|1820-05-11", "a year afterward|DATE|1821"}},
	// "N days later" in apposition to the day just given is that day; "a
	// month later" after it is its month.
	{"", "", "The column left the coast on 2 March 1896 and reached the lake on 27 April, 56 days later. The relief arrived on 30 May, a month later.", []string{"2 March 1896|DATE|1896-03-02", "27 April|DATE|1896-04-27", "56 days later|DATE|1896-04-27", "30 May|DATE|1896-05-30", "a month later|DATE|1896-05"}},
	// "N units later, in YEAR": the year in apposition says which, at the
	// unit's granularity, even after an aside on another date.
	{"", "", "The bridge opened in 1883 (its designer had died in 1869). Two decades later, in 1903, it was rebuilt; five months later, on 2 June 1904, it reopened.", []string{"1883|DATE|1883", "1869|DATE|1869", "Two decades later|DATE|190", "1903|DATE|1903", "five months later|DATE|1904-06", "2 June 1904|DATE|1904-06-02"}},
	// A story that never gives its year counts from its first day all the
	// same, and writes what it counts without a year.
	{"", "", "The caravan left the oasis on 30 March. Two days later a storm buried the track, and that evening the guides turned back. They reached the coast the next morning.", []string{"30 March|DATE|XXXX-03-30", "Two days later|DATE|XXXX-04-01", "that evening|TIME|XXXX-04-01TEV", "the next morning|DATE|XXXX-04-02"}},
	// A list of smaller units ending in "and" is one DURATION.
	{"", "", "The voyage took two years, seven months and three days; the crossing, three days, six hours and ten minutes.", []string{"two years, seven months and three days|DURATION|P2Y7M3D", "three days, six hours and ten minutes|DURATION|P3DT6H10M"}},
	// An age is no time expression, in months or years as in a bare number.
	{"", "", "He became king in 1422 at the age of nine months; his brother, aged two years, died in 1425.", []string{"1422|DATE|1422", "1425|DATE|1425"}},
	// Two years each written with the next shortened, joined by "from ...
	// to" or "between ... and", are two seasons (or fiscal years), each
	// the year it begins; one such year alone stays a range of two.
	{"", "", "The school was run by the state from 1952–53 to 1960–61, and the famine lasted from 1846–47.", []string{"1952–53|DATE|1952", "1960–61|DATE|1960", "1846|DATE|1846", "47|DATE|1847"}},
	// Seasons counted after "after", "over", "within", "across" are a
	// length of that many years, as after "for".
	{"2011-06-03", "", "The goalkeeper is leaving after 14 seasons at the club.", []string{"14 seasons|DURATION|P14Y"}},
	{"", "", "Over three seasons the team won two titles; within two seasons the ground was sold.", []string{"three seasons|DURATION|P3Y", "two seasons|DURATION|P2Y"}},
	// "earlier" or "later" before "this month", "next year" opens that
	// date: the count before it is a length, not a date back from the last.
	{"2014-07-24", "", "The reactor was shut for 12 straight days earlier this month.", []string{"12 straight days|DURATION|P12D", "earlier this month|DATE|2014-07|START"}},
	{"2014-07-24", "", "The pool was closed for three weeks earlier this summer.", []string{"three weeks|DURATION|P3W", "earlier this summer|DATE|2014-SU|START"}},
	// A story that names its season by one year ("the 2015 season") plays
	// within the calendar year: in March "last season" is the year before.
	{"2015-03-20", "", "The Cubs begin the 2015 season on April 5. They lost 89 games last season.", []string{"2015|DATE|2015", "April 5|DATE|2015-04-05", "last season|DATE|2014"}},
	{"2015-03-20", "", "Last season the Royals lost 89 games. Their 2015 season opens at home on April 6.", []string{"Last season|DATE|2014", "2015|DATE|2015", "April 6|DATE|2015-04-06"}},
	// An order's object may be a long noun phrase; the deadline of the
	// infinitive after it still lies ahead of the order.
	{"2016-03-09", "", "The sheriff ordered the families of two riverside trailer parks to leave by noon Tuesday.", []string{"noon Tuesday|TIME|2016-03-15T12:00"}},
	{"2016-03-09", "", "The board asked owners of older apartment buildings on the east side to file inspection reports by Friday.", []string{"Friday|DATE|2016-03-11"}},
	// A comparison after a comma (", as" and a clause) speaks of other
	// times; the clause of the date decides.
	{"2018-10-24", "", "The council will set its tax rate on Tuesday, as it has done every year since 2010.", []string{"Tuesday|DATE|2018-10-30", "every year|SET|P1Y", "2010|DATE|2010"}},
	{"2018-10-24", "", "The fleet will sail for the islands on Monday, as it has each autumn since the war.", []string{"Monday|DATE|2018-10-29", "each autumn|SET|XXXX-FA"}},
	// "originally due", "initially set for": the first plan's date, the
	// nearest such, whatever tense the sentence is in.
	{"2013-06-20", "", "Contractors will be paid by Aug. 30 for invoices originally due on June 3.", []string{"Aug. 30|DATE|2013-08-30", "June 3|DATE|2013-06-03"}},
	{"2013-06-20", "", "The board will hold the vote, initially set for June 12, in the autumn.", []string{"June 12|DATE|2013-06-12", "the autumn|DATE|2013-FA"}},
	// Nights counted with "consecutive", "straight", "more" are days, as
	// "three nights".
	{"2012-01-30", "", "The shelter stayed full for nine consecutive nights, and volunteers will staff it for two more nights.", []string{"nine consecutive nights|DURATION|P9D", "two more nights|DURATION|P2D"}},
	// A run of seasons is counted in years, as "three consecutive years".
	{"", "", "The club won the league in three consecutive seasons and the cup in four successive seasons.", []string{"three consecutive seasons|DURATION|P3Y", "four successive seasons|DURATION|P4Y"}},
	// "the following season" after a season named by its year is the
	// next one, named by the year it begins; not after a bare year.
	{"", "", "In the 1986–87 season the club won the cup, and the following season it was relegated. The team was founded in 1950; the following season was short.", []string{"the 1986–87 season|DATE|1986", "the following season|DATE|1987", "1950|DATE|1950"}},
	// A counted season is a year of a sport, a stage or a dig.
	{"", "", "The troupe toured for four seasons after 1921, and the past two seasons had sold out.", []string{"four seasons|DURATION|P4Y", "1921|DATE|1921", "the past two seasons|DURATION|P2Y"}},
	// Only a clause in the past follows the story; one in the present
	// speaks of the DCT's time.
	{"2019-05-14", "", "The fort was abandoned in 1790. In June the ruins are open to visitors.", []string{"1790|DATE|1790", "June|DATE|2019-06"}},
	// "BC." after a year ends its sentence: the flashback ends with it.
	{"", "", "Rome was rebuilt in 380 BC. It had been sacked by the Gauls in 390 BC. Two years later the walls rose.", []string{"380 BC|DATE|BC0380", "390 BC|DATE|BC0390", "Two years later|DATE|BC0378"}},
	// "Today" opening a sentence in the present, in an article whose story
	// lies years before its DCT, is nowadays; in the past or the future,
	// or once the DCT's time has come up, it is the DCT.
	{"2020-03-02", "", "The abbey was dissolved in 1539. Today its cloister houses a school. Today the council voted to sell it.", []string{"1539|DATE|1539", "Today|DATE|PRESENT_REF", "Today|DATE|2020-03-02"}},
	{"2020-03-02", "", "The abbey was dissolved in 1539. Today the council will vote to sell it.", []string{"1539|DATE|1539", "Today|DATE|2020-03-02"}},
	// ... also after a year named with "since", once the story has come up
	// to the present.
	{"2020-03-02", "", "The mill was founded in 1788 and rebuilt in 1851. It has housed a museum since 2006. Today it draws 40,000 visitors.", []string{"1788|DATE|1788", "1851|DATE|1851", "2006|DATE|2006", "Today|DATE|PRESENT_REF"}},
	{"2020-03-02", "", "The firm has made bicycles since 2006. Today it announced a recall.", []string{"2006|DATE|2006", "Today|DATE|2020-03-02"}},
	// ... and in a history that has come up to recent years, once three
	// dates lie far from the DCT and nothing speaks from it.
	// A dated history that ends on its own year ("Next year's race",
	// "last year") still tells its story: a day or month after a year far
	// back is that year's; a word finer than the year ("on Monday") makes
	// it news.
	{"2024-09-10", "", "The regatta was first rowed in 1829. The first crews set off on 10 June and Oxford won by a length. Next year's race will be held in March.", []string{"1829|DATE|1829", "10 June|DATE|1829-06-10", "Next year|DATE|2025", "March|DATE|2025-03"}},
	{"2023-05-01", "", "The library was founded in 1850 by a merchant. Its reading room opened in October, and a new wing followed last year.", []string{"1850|DATE|1850", "October|DATE|1850-10", "last year|DATE|2022"}},
	{"2024-09-10", "", "The mill opened in 1890. It closed on 2 August, workers said on Monday.", []string{"1890|DATE|1890", "2 August|DATE|2024-08-02", "Monday|DATE|2024-09-09"}},
	{"2021-06-10", "", "The club was founded in 1905 and won its first title in 1921. It was relegated in 2009 and finished third in 2019. Today it plays in the second division.", []string{"1905|DATE|1905", "1921|DATE|1921", "2009|DATE|2009", "2019|DATE|2019", "Today|DATE|PRESENT_REF"}},
	{"2021-06-10", "", "The club was founded in 1905 and won a title in 1921. It finished third in 2019. Today it is expected to name a coach.", []string{"1905|DATE|1905", "1921|DATE|1921", "2019|DATE|2019", "Today|DATE|2021-06-10"}},
	// A part of the day opening its sentence before a subject and a past
	// verb is the day the story is on; so is a season before a singular
	// subject.
	{"", "", "The fleet anchored off the cape on 9 June 1588. In the afternoon smoke rose from the shore. The war resumed in 1589; by the summer disease had spread.", []string{"9 June 1588|DATE|1588-06-09", "the afternoon|TIME|1588-06-09TAF", "1589|DATE|1589", "the summer|DATE|1589-SU"}},
	// A flashback in an aside between commas ends with the aside.
	{"", "", "The army marched in July 1644. The town, which had been besieged in 1629, fell in mid-August.", []string{"July 1644|DATE|1644-07", "1629|DATE|1629", "mid-August|DATE|1644-08|MID"}},
	// "the morning of the 18th": the day whose part is named, in the
	// month the story is in.
	{"", "", "The storm struck on 15 March 1888. By the morning of the 17th snow lay four feet deep, and on the night of the 18th the wind dropped.", []string{"15 March 1888|DATE|1888-03-15", "the 17th|DATE|1888-03-17", "the 18th|DATE|1888-03-18"}},
	// The spring, summer and first months after a winter named by its
	// first year are the next year's.
	{"", "", "The fleet was frozen in through the winter of 1819–20. In the spring the ice broke up, and in May the ships sailed east.", []string{"the winter of 1819–20|DATE|1819-WI", "the spring|DATE|1820-SP", "May|DATE|1820-05"}},
	// "a further nine months" is spanned with "a further", as "another".
	{"", "", "The garrison held out for a further nine months and then an additional week.", []string{"a further nine months|DURATION|P9M", "an additional week|DURATION|P1W"}},
	// A news story opening on background still counts from its DCT: one
	// date a decade or two back, a weekday anywhere in the text, or a
	// quarter keep months and quarters the DCT's.
	{"1998-06-10", "", "The mayor was first elected in 1983. She resigned in January.", []string{"1983|DATE|1983", "January|DATE|1998-01"}},
	{"1998-06-10", "", "The pier was built in 1911. Engineers closed it in April, the council said on Monday.", []string{"1911|DATE|1911", "April|DATE|1998-04", "Monday|DATE|1998-06-08"}},
	{"1998-06-10", "", "The brewer was founded in 1871 and bought a rival in 1902. It lost money in the first quarter.", []string{"1871|DATE|1871", "1902|DATE|1902", "the first quarter|DATE|1998-Q1"}},
	// "the Sixties", "the early seventies", "the mid-eighties" are decades,
	// as "the nineties"; "in his sixties" is an age.
	{"2004-05-01", "", "The Sixties were loud; by the early seventies the band had split, and in the mid-eighties, in his sixties, the drummer retired.", []string{"The Sixties|DATE|196", "the early seventies|DATE|197|START", "the mid-eighties|DATE|198|MID"}},
	// "the March on Washington" is a march.
	{"", "", "The March on Washington was held in August 1963, a century after the March to the Sea.", []string{"August 1963|DATE|1963-08", "a century|DURATION|P100Y"}},
	// The end point of a past stretch in an old story is the story's:
	// "until" looks ahead only in the future.
	{"2016-08-01", "", "The battle began on 1 July 1916. The offensive went on until 18 November.", []string{"1 July 1916|DATE|1916-07-01", "18 November|DATE|1916-11-18"}},
	// An old century or decade named in an article with a DCT is the one
	// "early in the century", "the end of the decade" mean.
	{"2016-08-01", "", "Trade boomed in the 1720s. By the end of the decade the port was full, and early in the century it had been a village.", []string{"the 1720s|DATE|172", "the end of the decade|DATE|172|END", "early in the century|DATE|17|START"}},
	// An article with a DCT that never speaks from it may open on an early
	// year: "began in 793".
	{"2016-08-01", "", "Viking raids on the coast began in 793 and went on for two centuries.", []string{"793|DATE|0793", "two centuries|DURATION|P200Y"}},
	// In news a date after "the <event> of" recalls that event; the story
	// stays in the DCT's time.
	{"2001-11-14", "", "Traders recalled the panic of Oct. 27, 1997. Shares had risen 12 percent in the first half.", []string{"Oct. 27, 1997|DATE|1997-10-27", "the first half|DATE|2001-H1"}},
	// Early years read in an article with a DCT as in one without, while
	// the text never speaks from the DCT.
	{"2016-08-01", "", "Offa ruled Mercia from 757 to 796 and died on 29 July 796.", []string{"757|DATE|0757", "796|DATE|0796", "29 July 796|DATE|0796-07-29"}},
	{"2016-08-01", "", "Police said on Monday that 757 to 796 people had been moved.", []string{"Monday|DATE|2016-08-01"}},
	// A day dated with its weekday in another calendar (Julian England):
	// the weekdays after it count from the weekday written.
	{"", "", "The fire broke out on Sunday, 2 September 1666. By Tuesday it had reached the cathedral.", []string{"Sunday, 2 September 1666|DATE|1666-09-02", "Tuesday|DATE|1666-09-04"}},
	// In a story without a year a week has no number.
	{"", "", "The troupe reached Vienna on 3 May. The next week it played at court.", []string{"3 May|DATE|XXXX-05-03", "The next week|DATE|XXXX-WXX"}},
	// A month later than a week counts from a day of that week.
	{"", "", "The envoy reached Madrid on 3 May 1780. A week later he met the king, and a month later he left.", []string{"3 May 1780|DATE|1780-05-03", "A week later|DATE|1780-W19", "a month later|DATE|1780-06"}},
	// "The year before," opening a sentence is the year before the one
	// just named, as "The day before,".
	{"", "", "The treaty was signed in June 1713. The year before, the allies had lost at Denain.", []string{"June 1713|DATE|1713-06", "The year before|DATE|1712"}},
	// "the previous September" in the past perfect is a flashback: what
	// its sentence goes on with, past a semicolon while the past perfect
	// lasts, counts from it; the story comes back after it.
	{"", "", "Edward II was deposed in January 1327. His queen had landed in Suffolk the previous September; by November the king had been captured in Wales. His son was crowned on 1 February.", []string{"January 1327|DATE|1327-01", "the previous September|DATE|1326-09", "November|DATE|1326-11", "1 February|DATE|1327-02-01"}},
	{"", "", "The king died in May 1422. He had fallen ill the previous summer, and in August he had gone to Paris. In June his son was proclaimed.", []string{"May 1422|DATE|1422-05", "the previous summer|DATE|1421-SU", "August|DATE|1421-08", "June|DATE|1422-06"}},
	// A year after "from" that dates the noun before it ("a photo of an
	// earlier fire, from 1952", "letters from 1840") is no time of the
	// story; "From 1952" opening a span is.
	{"2019-03-12", "", "The river burned on June 22, 1969. That August a magazine ran a photo of an earlier fire, from 1952. By the end of the year a law was drafted.", []string{"June 22, 1969|DATE|1969-06-22", "That August|DATE|1969-08", "1952|DATE|1952", "the end of the year|DATE|1969|END"}},
	{"", "", "In 1901 he found letters from 1840 in the attic. In March he published them.", []string{"1901|DATE|1901", "1840|DATE|1840", "March|DATE|1901-03"}},
	{"", "", "From 1952 the yard grew. In March it hired 300 men.", []string{"1952|DATE|1952", "March|DATE|1952-03"}},
	// In narrative, a later date in a clause in the future in the past
	// ("would", "was to") looks ahead of the story, which goes on after the
	// clause in its own year.
	{"", "", "In 1871 the assembly moved to Versailles, a decision that would not be reversed until 1879. In March the National Guard seized the cannon of Montmartre.", []string{"1871|DATE|1871", "1879|DATE|1879", "March|DATE|1871-03"}},
	{"", "", "Gordon reached Khartoum on 18 February 1884. The city, which would fall eleven months later, had 34,000 people. In March the telegraph was cut.", []string{"18 February 1884|DATE|1884-02-18", "eleven months later|DATE|1885-01", "March|DATE|1884-03"}},
	{"", "", "The treaty of 12 March 1609 stayed in force until the outbreak of war in 1648. In April the envoys went home.", []string{"12 March 1609|DATE|1609-03-12", "1648|DATE|1648", "April|DATE|1609-04"}},
	{"", "", "The charter, granted on 2 June 1835, remained valid until its repeal in 1872. On 20 June the first council met.", []string{"2 June 1835|DATE|1835-06-02", "1872|DATE|1872", "20 June|DATE|1835-06-20"}},
	{"", "", "The bombardment opened on 4 June 1794 and went on through the 6th, when the magazine blew up.", []string{"4 June 1794|DATE|1794-06-04", "the 6th|DATE|1794-06-06"}},
	{"", "", "The council met on 9 October 1415 and argued late into the 10th.", []string{"9 October 1415|DATE|1415-10-09", "the 10th|DATE|1415-10-10"}},
	{"", "", "The regiment fought through the 17th century in every war of the crown.", []string{"the 17th century|DATE|16"}},
	{"", "", "The fleet sailed on 2 April 1588. The Dutch, whose great flood of 1570 had ruined the coast, stayed in port. In May the ships reached Lisbon.", []string{"2 April 1588|DATE|1588-04-02", "1570|DATE|1570", "May|DATE|1588-05"}},
	{"", "", "The army crossed the border on 9 May 1744. The Highlanders, whose rising of 1715 had failed, held back. In June the army took Ghent.", []string{"9 May 1744|DATE|1744-05-09", "1715|DATE|1715", "June|DATE|1744-06"}},
	{"", "", "By 1821 the colony was at peace. The slaves of Demerara had revolted in August 1819. The revolt was crushed in October, and its leaders were hanged.", []string{"1821|DATE|1821", "August 1819|DATE|1819-08", "October|DATE|1819-10"}},
	{"", "", "The fort was rebuilt in 1760. The French had besieged it in May 1756. The siege ended in August with its surrender.", []string{"1760|DATE|1760", "May 1756|DATE|1756-05", "August|DATE|1756-08"}},
	{"", "", "The fort was rebuilt in 1760. The French had besieged it in May 1756. The garrison was relieved in August.", []string{"1760|DATE|1760", "May 1756|DATE|1756-05", "August|DATE|1760-08"}},
	{"", "", "The duke took the throne on 3 May 1688 and founded a dynasty, which would last until 1806. On 19 May he entered the capital.", []string{"3 May 1688|DATE|1688-05-03", "1806|DATE|1806", "19 May|DATE|1688-05-19"}},
	{"", "", "A new tariff came into force in June 1902, one that would last until 1931. By August prices had risen.", []string{"June 1902|DATE|1902-06", "1931|DATE|1931", "August|DATE|1902-08"}},
	{"", "", "The line opened in 1830; it was to carry a million passengers by 1845. In September a minister was killed on it.", []string{"1830|DATE|1830", "1845|DATE|1845", "September|DATE|1830-09"}},
	// The year a later writer wrote in is no time of the story, which goes
	// on after the sentence.
	{"", "", "The garrison surrendered in June 1745. The historian Ruth Carver wrote in 1968 that the surrender was needless. On 2 August the fleet sailed home.", []string{"June 1745|DATE|1745-06", "1968|DATE|1968", "2 August|DATE|1745-08-02"}},
	{"", "", "The canal was cut in 1794, a scheme one engineer, writing in 1851, called reckless. In March the first barges passed.", []string{"1794|DATE|1794", "1851|DATE|1851", "March|DATE|1794-03"}},
	// A year in what a superlative or "the first time since" measures the
	// story's event by is no time of the story.
	{"", "", "The river froze in January 1740, the first time since the great frost of 1684 that carts crossed it. On 9 February the thaw began.", []string{"January 1740|DATE|1740-01", "1684|DATE|1684", "9 February|DATE|1740-02-09"}},
	{"", "", "The town burned in 1702, the worst fire since the one in 1655. In May rebuilding began.", []string{"1702|DATE|1702", "1655|DATE|1655", "May|DATE|1702-05"}},
	// A death years after the day the story is on looks ahead to the end
	// of a life; the story goes on after the sentence.
	{"", "", "The castle yielded on 2 June 1644. Its governor was tried for cowardice in 1646 and died in poverty in 1651. In July the victors marched on York.", []string{"2 June 1644|DATE|1644-06-02", "1646|DATE|1646", "1651|DATE|1651", "July|DATE|1644-07"}},
	{"", "", "The cabinet resigned on 8 March 1851; the minister never sat in the chamber again and was knighted in 1860. On 2 May the new cabinet met.", []string{"8 March 1851|DATE|1851-03-08", "1860|DATE|1860", "2 May|DATE|1851-05-02"}},
	// A date counted ahead in a relative clause on a noun in apposition,
	// ending the sentence, looks ahead; the story goes on in its year.
	{"", "", "The rebels were shot in October 1798, a reprisal that Parliament condemned the following year. In November the last camps were burned.", []string{"October 1798|DATE|1798-10", "the following year|DATE|1799", "November|DATE|1798-11"}},
	// "by then" in the sentence after an aside that ended on a day takes
	// that day back as the story's.
	{"", "", "The envoy reached the border on 3 May 1863 and sent terms that were to lapse on 30 June. No answer had come by then, and the next day the army advanced.", []string{"3 May 1863|DATE|1863-05-03", "30 June|DATE|1863-06-30", "the next day|DATE|1863-07-01"}},
	// "for each year of its history", "for every year of service" count
	// over the units of a span: no recurrence, no SET; "each year" alone
	// is one.
	{"2017-05-19", "", "The bell rang once for each year of its history, and staff got a bonus for every year of service.", nil},
	{"2017-05-19", "", "The fair is held each year in June.", []string{"each year|SET|P1Y", "June|DATE|XXXX-06"}},
	// A bare past form opening the text before a name and a weekday: no
	// word before it to read (found by FuzzTag: "hit AA SAturdAY").
	{"2004-05-11", "", "hit Boston Saturday", []string{"Saturday|DATE|2004-05-08"}},
	// "is" opening the text before a date: no word before it to read
	// (found by FuzzTag: "is1 MAY" read the token before the first, with a
	// DCT or, after the ", when" rule, without one).
	{"", "", "is 1 May", []string{"1 May|DATE|XXXX-05-01"}},
	{"2020-03-02", "", "is 1 May", []string{"1 May|DATE|2020-05-01"}},
	// A date in a past clause on the year just named, opened by ", when",
	// is in that year; after the clause closes, the news goes on.
	{"1998-09-14", "", "It was the worst flood since 1936, when the river reached 35 feet on March 19.", []string{"1936|DATE|1936", "March 19|DATE|1936-03-19"}},
	{"1998-09-14", "", "He joined the company in 1990, when it had 40 workers, and left in March.", []string{"1990|DATE|1990", "March|DATE|1998-03"}},
	// "last night" after "the" or a possessive is the final one ("the last
	// night shift", "their last night in Rome"), not the night before the
	// DCT.
	{"1998-09-14", "", "In June 1991 the mill cut the last night shift.", []string{"June 1991|DATE|1991-06"}},
	{"1998-09-14", "", "On their last night in Rome the band played; police said the hotel burned last night.", []string{"last night|TIME|1998-09-13TNI"}},
	// In news, a sentence whose subject points back with "That" to the
	// event of a year long before the DCT goes on in that year; another
	// subject comes back to the news.
	{"2003-11-07", "", "The union last struck in 1971, when a 134-day walkout idled ships. That strike ended on Christmas Eve.", []string{"1971|DATE|1971", "134-day|DURATION|P134D", "Christmas Eve|DATE|1971-12-24"}},
	{"2009-06-02", "", "The team last won the title in 1988. That season ended in May with a parade.", []string{"1988|DATE|1988", "May|DATE|1988-05"}},
	{"2009-06-02", "", "The team last won the title in 1988. Its coach resigned in May.", []string{"1988|DATE|1988", "May|DATE|2009-05"}},
	// A day or month in November or December, then a day or month of
	// January or February told next in the simple past (or in a flashback
	// that goes on from its own date): the story has gone on into the next
	// year. In the past perfect it looks back, in the year named.
	{"", "", "The relief column left Kabul on 6 December 1879 and reached Jalalabad on 3 January.", []string{"6 December 1879|DATE|1879-12-06", "3 January|DATE|1880-01-03"}},
	{"", "", "The ship sailed from Plymouth on 27 November 1768. In January it rounded Cape Horn.", []string{"27 November 1768|DATE|1768-11-27", "January|DATE|1769-01"}},
	{"", "", "The ship sailed from Plymouth on 27 November 1768. Its stores had been ordered in January.", []string{"27 November 1768|DATE|1768-11-27", "January|DATE|1768-01"}},
	{"", "", "The siege began in November 1580. In February the garrison surrendered.", []string{"November 1580|DATE|1580-11", "February|DATE|1581-02"}},
	{"", "", "The treaty was signed in March 1815. The envoys had met the previous November; by January they had agreed the borders. In April the army marched.", []string{"March 1815|DATE|1815-03", "the previous November|DATE|1814-11", "January|DATE|1815-01", "April|DATE|1815-04"}},
	// A day told day by day, after earlier years named in passing in the
	// simple past, goes on from the day when it falls within weeks after
	// it; a later year moves the story.
	{"", "", "On 23 July 1970 the sultan was deposed. His son was born in 1940 and trained in England in 1962. On 30 July he flew to the capital.", []string{"23 July 1970|DATE|1970-07-23", "1940|DATE|1940", "1962|DATE|1962", "30 July|DATE|1970-07-30"}},
	{"", "", "On 23 July 1970 the sultan was deposed. In 1971 his son founded a party. On 30 July he spoke in the capital.", []string{"23 July 1970|DATE|1970-07-23", "1971|DATE|1971", "30 July|DATE|1971-07-30"}},
	// "during the winter months" in a story told in the past is the season
	// it is in, spanning "months"; in the present it is any year's.
	{"", "", "The offensive stalled in 1916. During the winter months the troops dug in. In the summer months the river falls.", []string{"1916|DATE|1916", "the winter months|DATE|1916-WI"}},
	// In narrative, "the winter" as the subject of a past verb after a
	// clause's start is the season the story is in; in the present it is
	// any year's and stays untagged.
	{"", "", "By October 1853 the army was within a hundred miles of Beijing, but the winter was hard and it never recovered.", []string{"October 1853|DATE|1853-10", "the winter|DATE|1853-WI"}},
	{"", "", "The colony was founded in 1788. The summer brought drought. The winter is the rainy season there.", []string{"1788|DATE|1788", "The summer|DATE|1788-SU"}},
	// A sentence in brackets is an aside, whatever its dates or tense: the
	// story goes on in its year after the bracket.
	{"", "", "The garrison surrendered on 28 November 1855. (Its commander was released the following year and died in London in 1883.) In December the army went into winter quarters.", []string{"28 November 1855|DATE|1855-11-28", "the following year|DATE|1856", "1883|DATE|1883", "December|DATE|1855-12"}},
	{"", "", "The fort fell on 3 May 1799. (It had been taken once before, in 1761.) In June the army marched north.", []string{"3 May 1799|DATE|1799-05-03", "1761|DATE|1761", "June|DATE|1799-06"}},
	// "in the summer" before a singular noun, a past verb and its object
	// ends before the noun, the clause's subject ("summer cholera" is no
	// compound); a compound before a participle stays untagged.
	{"", "", "The railway reached the coast in the spring of 1881, and in the summer cholera killed hundreds of navvies.", []string{"the spring of 1881|DATE|1881-SP", "the summer|DATE|1881-SU"}},
	{"", "", "The mill opened in 1862, and by the winter hunger drove the weavers out.", []string{"1862|DATE|1862", "the winter|DATE|1862-WI"}},
	// A "which" clause set off after the day its sentence tells looks
	// ahead to the thing's later lot: the story stays on that day.
	{"", "", "On 14 October 1754 the company leased the harbour, which was handed back to the crown on 2 March 1755. The governor spent the winter at the fort.", []string{"14 October 1754|DATE|1754-10-14", "2 March 1755|DATE|1755-03-02", "the winter|DATE|1754-WI"}},
	{"", "", "On 9 May 1821 the assembly approved the canal, which opened to shipping on 4 July 1825. That winter the engineers surveyed the route.", []string{"9 May 1821|DATE|1821-05-09", "4 July 1825|DATE|1825-07-04", "That winter|DATE|1821-WI"}},
	{"", "", "In October 1754 the harbour, which was handed back to the crown on 2 March 1755, was leased again. The governor spent the winter at the fort.", []string{"October 1754|DATE|1754-10", "2 March 1755|DATE|1755-03-02", "the winter|DATE|1755-WI"}},
	// Opening the sentence, a season phrase ends before a singular noun
	// and a verb whose past is its bare form: the present would take -s.
	{"", "", "The fort was abandoned in March 1841. Through the summer fever put half the garrison in hospital.", []string{"March 1841|DATE|1841-03", "the summer|DATE|1841-SU"}},
	{"", "", "The dam was finished in 1907. By the autumn drought cut the harvest by half.", []string{"1907|DATE|1907", "the autumn|DATE|1907-FA"}},
	{"", "", "The dam was finished in 1907. By the autumn drought cuts the harvest by half.", []string{"1907|DATE|1907"}},
	{"", "", "The dam was finished in 1907. The summer fever put half the garrison in hospital.", []string{"1907|DATE|1907"}},
	{"", "", "The town grew in 1862, and in the summer camp organized by the church was full.", []string{"1862|DATE|1862"}},
	// A year still before the story's, later in a flashback's sentence,
	// goes on with the flashback, and so does a verb that shares its
	// "had" after "and".
	{"", "", "The king was crowned on 2 June 1953. He had trained at sea in 1938, and in 1940 had served in the Atlantic. On 9 June he opened parliament.", []string{"2 June 1953|DATE|1953-06-02", "1938|DATE|1938", "1940|DATE|1940", "9 June|DATE|1953-06-09"}},
	{"", "", "The king was crowned on 2 June 1953. He had trained at sea in 1938 and served in the Atlantic in 1940. On 9 June he opened parliament.", []string{"2 June 1953|DATE|1953-06-02", "1938|DATE|1938", "1940|DATE|1940", "9 June|DATE|1953-06-09"}},
	// A later year in a relative clause that ends the sentence and tells
	// of a death looks ahead of the story, which goes on in its year; a
	// sentence of its own about the death moves the story there.
	// A holiday's name given to a day, with the day between the verb and
	// "as", is a name, no date of its own.
	{"", "", "The colony became independent on 30 June 1960. The day is observed every 30 June as Independence Day.", []string{"30 June 1960|DATE|1960-06-30", "every 30 June|SET|XXXX-06-30"}},
	// The first day of the span a lead gives (after a title line of its
	// own), named again after background with no day, is the lead's,
	// whatever later year the background reached.
	{"", "", "Ogaden Revolt\n\nThe Ogaden revolt was an uprising fought from 12 March 1963 to 30 May 1965 between the rebels and the imperial army.\n\nBackground\n\nThe province had been handed over in 1948. The army later occupied the wells in April 1964, a year after the rising began.\n\nThe rising\n\nThe rebels attacked the police post at Hodayo on 12 March.", []string{"12 March 1963|DATE|1963-03-12", "30 May 1965|DATE|1965-05-30", "1948|DATE|1948", "April 1964|DATE|1964-04", "a year|DURATION|P1Y", "12 March|DATE|1963-03-12"}},
	// A day the lead names, named again after background, is the
	// lead's: also when the background named a century, and when a title
	// line of its own stands before the lead.
	{"", "", "The Tarsan rising lasted from the proclamation on 2 May 1921 until the treaty of 9 October 1923.\n\nThe region had been settled in the 16th century and was annexed in 1899.\n\nThe proclamation was read in the square on 2 May.", []string{"2 May 1921|DATE|1921-05-02", "9 October 1923|DATE|1923-10-09", "the 16th century|DATE|15", "1899|DATE|1899", "2 May|DATE|1921-05-02"}},
	{"", "", "Tarsan Rising\n\nThe Tarsan rising lasted from the proclamation on 2 May 1921 until the treaty of 9 October 1923.\n\nThe region was annexed in 1899.\n\nThe proclamation was read in the square on 2 May.", []string{"2 May 1921|DATE|1921-05-02", "9 October 1923|DATE|1923-10-09", "1899|DATE|1899", "2 May|DATE|1921-05-02"}},
	// A lead after a title line of its own is the article's lead: the
	// month its range began with, named again in the body, is the
	// range's, and a past perfect opening the body starts the telling.
	// So in text written a paragraph to a line, with title and heading
	// lines and paragraphs some of which are short: the headings do not
	// count against the long lines that mark the form.
	{"", "", "Rangoon riverside campaign\nThe Rangoon riverside campaign was fought along the lower Irrawaddy from May 4, 1852, to January 20, 1853, between the troops of the East India Company and the Burmese garrisons of the delta towns.\nBackground\nThe Company had claimed damages since 1851. Talks in Rangoon had failed.\nOperations\nOn May 10 the flotilla reached the first stockade below Prome, and the garrison fled into the forest after a short bombardment, leaving its guns, its stores of rice and its boats to the sailors of the leading steamers.", []string{"May 4, 1852|DATE|1852-05-04", "January 20, 1853|DATE|1853-01-20", "1851|DATE|1851", "May 10|DATE|1852-05-10"}},
	{"", "", "Ogaden War\n\nThe war was fought from July 1977 to March 1978 between Somalia and Ethiopia.\n\nThe border had been disputed since 1948. A clash in 1964 had ended in a truce.\n\nSomalia invaded on 13 July.", []string{"July 1977|DATE|1977-07", "March 1978|DATE|1978-03", "1948|DATE|1948", "1964|DATE|1964", "13 July|DATE|1977-07-13"}},
	{"", "", "Russo-Turkish War\n\nThe war was fought from 1877 to 1878 between Russia and Turkey.\n\nIn April 1876 Bulgarians had risen against Ottoman rule. Serbia declared war in June.", []string{"1877|DATE|1877", "1878|DATE|1878", "April 1876|DATE|1876-04", "June|DATE|1876-06"}},
	// A war article's lead giving a span of years: a bare month after
	// background, before the story has told a day of the span, is in the
	// span's first year (a title line of its own before the lead too).
	{"", "", "Banda Rising\n\nThe Banda Rising was fought from 1896 to 1899 between the colonial army and the hill tribes.\n\nBackground\n\nThe first traders had reached the hills in 1871.\n\nThe rising\n\nThe tribes attacked the mission at Kota on 3 March.", []string{"1896|DATE|1896", "1899|DATE|1899", "1871|DATE|1871", "3 March|DATE|1896-03-03"}},
	{"", "", "The Lowland War (1946–1948) ended in a truce.\n\nThe border had been drawn in 1919.\n\nOn 12 May the first shots were fired near the river.", []string{"1946|DATE|1946", "1948|DATE|1948", "1919|DATE|1919", "12 May|DATE|1946-05-12"}},
	// (Not once the story has reached the span, nor after a year of it
	// told in the story.)
	{"", "", "The war was fought from 1878 to 1880. On 22 July 1880 the emir was recognised.\n\nIt was the worst defeat since the retreat of 1842.\n\nThe general set out on 8 August.", []string{"1878|DATE|1878", "1880|DATE|1880", "22 July 1880|DATE|1880-07-22", "1842|DATE|1842", "8 August|DATE|1880-08-08"}},
	{"", "", "The war was fought from 1896 to 1899.\n\nFighting began in 1896. In 1899 the last chiefs surrendered.\n\nIn March the governor left.", []string{"1896|DATE|1896", "1899|DATE|1899", "1896|DATE|1896", "1899|DATE|1899", "March|DATE|1899-03"}},
	// A later life told to its dated death ("later", "would", "until his
	// death"), years after the story's day, is an aside: its dates, a
	// year or finer, stay in it, and the story goes on from its day.
	{"", "", "The garrison surrendered on 14 March 1921. Colonel Reyes later entered politics and sat in the senate from 1930 until his death on 2 May 1947.\nOn 20 April the relief column reached the town.", []string{"14 March 1921|DATE|1921-03-14", "1930|DATE|1930", "2 May 1947|DATE|1947-05-02", "20 April|DATE|1921-04-20"}},
	{"", "", "The rebels took the port on 9 July 1936. Their leader was captured in October 1941 and was president from 1952 until her death in March 1960. On 12 July the navy shelled the port.", []string{"9 July 1936|DATE|1936-07-09", "October 1941|DATE|1941-10", "1952|DATE|1952", "March 1960|DATE|1960-03", "12 July|DATE|1936-07-12"}},
	{"", "", "The assembly proclaimed the republic on 4 June 1919.\nMendez would serve three terms as governor and founded a newspaper in 1928; in exile he was arrested in May 1939 and died in a camp on 2 February 1940. In August the new army numbered only two thousand men.", []string{"4 June 1919|DATE|1919-06-04", "1928|DATE|1928", "May 1939|DATE|1939-05", "2 February 1940|DATE|1940-02-02", "August|DATE|1919-08"}},
	// (A death the story reaches is no aside: "two days later" counts
	// from it.)
	{"", "", "He finished his last novel in November 1880 and died on 9 February 1881. He was buried two days later.", []string{"November 1880|DATE|1880-11", "9 February 1881|DATE|1881-02-09", "two days later|DATE|1881-02-11"}},
	{"", "", "On 23 July 1970 the old sultan was flown to London, where he lived until his death in October 1972. On 30 July his son flew to the capital.", []string{"23 July 1970|DATE|1970-07-23", "October 1972|DATE|1972-10", "30 July|DATE|1970-07-30"}},
	{"", "", "In May 1848 the poet fled to Paris, where he died in 1856. In June the revolt spread.", []string{"May 1848|DATE|1848-05", "1856|DATE|1856", "June|DATE|1848-06"}},
	{"", "", "In May 1848 the poet fled to Paris. He died there in 1856. In June his widow left.", []string{"May 1848|DATE|1848-05", "1856|DATE|1856", "June|DATE|1856-06"}},
	// A date that opens a clause in the past perfect is a flashback, as
	// one after the verb: the story goes on in its year after the
	// sentence. A date of its own in a clause in the simple past ends the
	// flashback within the sentence.
	{"", "", "The sultan was deposed on 23 July 1970. His son had trained in England in 1962; on his return in 1964 his father had kept him at home. On 30 July he flew to the capital.", []string{"23 July 1970|DATE|1970-07-23", "1962|DATE|1962", "1964|DATE|1964", "30 July|DATE|1970-07-30"}},
	{"", "", "Chilean troops took the port on 14 February 1879. In 1821, the port had been opened to foreign ships. In March the army marched inland.", []string{"14 February 1879|DATE|1879-02-14", "1821|DATE|1821", "March|DATE|1879-03"}},
	{"", "", "The revolt lasted from March 1848 to August 1849. In December 1847 the king had dismissed his ministers, but on 15 March 1848 crowds stormed the palace. In April the diet met.", []string{"March 1848|DATE|1848-03", "August 1849|DATE|1849-08", "December 1847|DATE|1847-12", "15 March 1848|DATE|1848-03-15", "April|DATE|1848-04"}},
	// An earlier date in a participle phrase in brackets is background, as
	// one between commas: the story goes on in its year after the bracket.
	{"", "", "The sultan was deposed on 23 July 1970. His son (born 18 November 1940) took power, and on 30 July he flew to the capital.", []string{"23 July 1970|DATE|1970-07-23", "18 November 1940|DATE|1940-11-18", "30 July|DATE|1970-07-30"}},
	{"", "", "In 1833 the mill was sold. Its founder (born in 1771 at Leeds) stayed on as manager; in March the new owners raised wages.", []string{"1833|DATE|1833", "1771|DATE|1771", "March|DATE|1833-03"}},
	// A figure set off by commas with no verb of its own was measured, in
	// the past, whatever the verb after it: the month is the last one.
	{"2017-05-19", "", "The price of copper, about $5,600 a ton in June, is expected to climb.", []string{"June|DATE|2016-06"}},
	{"2017-05-19", "", "Steel output, 3.2 million tons in March, will rise this summer.", []string{"March|DATE|2017-03", "this summer|DATE|2017-SU"}},
	// "months ahead", "weeks in advance", "days ahead of the final": how
	// far ahead, a stretch of unknown length, the unit alone.
	{"2017-05-19", "", "Growers sell the crop months ahead, and buyers book ships weeks in advance.", []string{"months|DURATION|PXM", "weeks|DURATION|PXW"}},
	{"2017-05-19", "", "The team arrived in Lyon days ahead of the final.", []string{"days|DURATION|PXD"}},
	// "for two years afterward" is how long after the time just named, a
	// DURATION; without "for" it is the date that much later.
	{"", "", "He was jailed in March 1890 and for two years afterward wrote nothing; two years afterward he returned.", []string{"March 1890|DATE|1890-03", "two years|DURATION|P2Y", "two years afterward|DATE|1892"}},
	{"", "", "The city fell on 3 May 1527, and for months afterwards its streets were empty.", []string{"3 May 1527|DATE|1527-05-03", "months|DURATION|PXM"}},
	// In news, a past-tense paragraph about a season years before the
	// DCT is a story of its own, as one about a month: its months and
	// days without a year are the season's year. A season of last year
	// is still news time.
	{"2017-05-19", "", "A drought in the summer of 1988 dried the river; barges stopped on July 9 and moved again in September.", []string{"the summer of 1988|DATE|1988-SU", "July 9|DATE|1988-07-09", "September|DATE|1988-09"}},
	{"2009-02-11", "", "The plant cut a shift in the fall of 2008, and in January it closed.", []string{"the fall of 2008|DATE|2008-FA", "January|DATE|2009-01"}},
	// At a clause's end, after a verb's clause and with nothing for
	// "before" to govern, "the year before", "the day before" count back
	// from the date just named; after a figure they are a comparison and
	// before a clause an event's, both left untagged.
	{"", "", "The mill was sold in 1884 to a bank that had lent it money the year before.", []string{"1884|DATE|1884", "the year before|DATE|1883"}},
	{"", "", "The relief column reached the fort on 3 March 1855; its scouts, who had left the coast the day before to find water, came in at dusk.", []string{"3 March 1855|DATE|1855-03-03", "the day before|DATE|1855-03-02", "dusk|TIME|1855-03-03TEV"}},
	{"2001-05-04", "", "Exports fell to $300 million in 2000, down from $450 million the year before.", []string{"2000|DATE|2000"}},
	{"", "", "Riots broke out on 9 May 1921, the day before the election was held.", []string{"9 May 1921|DATE|1921-05-09"}},
	// A life in brackets with an early year and a dated end.
	{"", "", "Alfred (c. 849 – 26 October 899) was king of Wessex.", []string{"c. 849|DATE|0849|APPROX", "26 October 899|DATE|0899-10-26"}},
	// An earlier year in a participle phrase between commas is
	// background; the story stays in its year.
	{"", "", "Output rose sharply in 1871. The works, opened in 1820, had never been busier; in the first half alone it shipped 400 engines.", []string{"1871|DATE|1871", "1820|DATE|1820", "the first half|DATE|1871-H1"}},
	// A half written "H1 2025" is that half of the year; without a year
	// "H1" is left alone (a heading, a visa, H1N1).
	{"2025-08-14", "", "The miner said output fell in H1 2025 and would recover in H2 2025.", []string{"H1 2025|DATE|2025-H1", "H2 2025|DATE|2025-H2"}},
	{"2025-08-14", "", "Cases of H1N1 rose, and the H1 heading was moved.", nil},
	// A financial year written "FY2026" or "FY26" is the year named, as
	// "fiscal 2026"; a split year "FY2025-26" is not read.
	{"2025-08-14", "", "The lender expects loan growth to slow in FY2026 after a strong FY25.", []string{"FY2026|DATE|2026", "FY25|DATE|2025"}},
	{"2025-08-14", "", "Margins widened in the second half of FY2025 and in the first quarter of FY26.", []string{"the second half of FY2025|DATE|2025-H2", "the first quarter of FY26|DATE|2026-Q1"}},
	// A 24-hour clock reading without a colon, as the wire writes it: with
	// a leading zero, before "local time" or "hours" or a day, or after
	// another in its sentence; a year after "by" or "from" stays a year.
	{"2025-08-14", "", "The border crossing will open at 0630 and shut at 1930, officials said.", []string{"0630|TIME|2025-08-14T06:30", "1930|TIME|2025-08-14T19:30"}},
	{"2025-08-14", "", "The count begins at 1600 local time, and the curfew runs until 0500 on Saturday.", []string{"1600|TIME|2025-08-14T16:00", "0500|TIME|2025-08-16T05:00", "Saturday|DATE|2025-08-16"}},
	{"2025-08-14", "", "The ferry sailed at 1345 IST, and the port cut emissions from 1990 to 2020 and will do so by 2030.", []string{"1345 IST|TIME|2025-08-14T13:45", "1990|DATE|1990", "2020|DATE|2020", "2030|DATE|2030"}},
	{"2025-08-14", "", "Shops reopen from 09:30 and the bridge closes after 21:15.", []string{"09:30|TIME|2025-08-14T09:30", "21:15|TIME|2025-08-14T21:15"}},
	// "early on 2 September", "late on the 3rd of May" are one DATE with a
	// mod, as "early on Saturday".
	{"2025-08-14", "", "The storm is expected to make landfall early on 2 September and weaken late on 3 September.", []string{"early on 2 September|DATE|2025-09-02|START", "late on 3 September|DATE|2025-09-03|END"}},
	// A bare plural unit before "earlier" at the clause's end is a
	// stretch of unknown length, as "minutes later".
	{"", "", "In 1204 the count seized the city, which his uncle had besieged decades earlier.", []string{"1204|DATE|1204", "decades|DURATION|PXDE"}},
	// So "before" as an adverb at the clause's end: "only hours before".
	{"", "", "The envoy reached Paris on 3 June 1815, but the treaty had been signed only hours before.", []string{"3 June 1815|DATE|1815-06-03", "hours|DURATION|PTXH"}},
	{"", "", "The bridge was blown on 4 May 1945. The last tanks had crossed it minutes before.", []string{"4 May 1945|DATE|1945-05-04", "minutes|DURATION|PTXM"}},
	// A bare plural unit after "a NOUN of" is how long: "a war of weeks".
	{"", "", "The ministers had counted on a campaign of weeks, and the town held out for a siege of months.", []string{"weeks|DURATION|PXW", "months|DURATION|PXM"}},
	{"", "", "It was a matter of hours before the dam gave way in 1889.", []string{"hours|DURATION|PTXH", "1889|DATE|1889"}},
	// A person's ordinal century is a hundred runs, not a period.
	{"2025-08-14", "", "The opener made his third century of the tour on Thursday, and her 12th century came in the 19th century's oldest ground.", []string{"Thursday|DATE|2025-08-14", "the 19th century|DATE|18"}},
	// "the year to March" is a reporting period, a DURATION, as "the year
	// ended March 31"; "a year earlier" after "the three months to June"
	// in a report on that quarter is the quarter a year back.
	{"2025-08-14", "", "Exports grew 4 percent in the year to March.", []string{"the year|DURATION|P1Y", "March|DATE|2025-03"}},
	{"2025-08-14", "", "Imports fell in the year to end-June.", []string{"the year|DURATION|P1Y", "June|DATE|2025-06"}},
	// So with the day before the month, as British copy writes it.
	{"2025-08-14", "", "Claims rose in the week ended 9 August, and exports grew in the year to 30 June.", []string{"the week|DURATION|P1W", "9 August|DATE|2025-08-09", "the year|DURATION|P1Y", "30 June|DATE|2025-06-30"}},
	// "May" hyphened to a part of it is the month, as "mid-June".
	{"2025-03-14", "", "A final dividend is payable in mid-May.", []string{"mid-May|DATE|2025-05|MID"}},
	// A house "sits" or "reconvenes" on a day to come.
	{"2025-03-14", "", "Parliament sits from Monday, and the senate reconvenes on Tuesday.", []string{"Monday|DATE|2025-03-17", "Tuesday|DATE|2025-03-18"}},
	// An expectation held in the past ("had expected") reads its date as
	// the nearest such, though a past verb stands further off.
	{"2025-05-20", "", "The minister announced the budget on Monday, angering MPs who had expected it in the autumn.", []string{"Monday|DATE|2025-05-19", "the autumn|DATE|2025-FA"}},
	// "polling day", "voting day", a lower-case "election day" are the day
	// the text named as its election's.
	{"2025-05-20", "", "The premier called a snap election for 14 June. Booths open at 0800 on polling day, and counting starts after voting day ends.", []string{"14 June|DATE|2025-06-14", "0800|TIME|2025-06-14T08:00", "polling day|DATE|2025-06-14", "voting day|DATE|2025-06-14"}},
	{"2025-05-20", "", "Turnout on polling day was high.", nil},
	// A participle in an absolute phrase after "with" has no tense: the
	// sentence's own verb decides.
	{"2025-05-20", "", "Counting will resume on Monday, with the final seats declared early on 2 June.", []string{"Monday|DATE|2025-05-26", "early on 2 June|DATE|2025-06-02|START"}},
	// "overnight" in a forecast or plan is the coming night, the report's
	// day's; in a report of the past the night before.
	{"2025-05-20", "", "Crews will work overnight to reopen the line, which flooded overnight.", []string{"overnight|TIME|2025-05-20TNI", "overnight|TIME|2025-05-19TNI"}},
	// A judgement of likelihood after a subject with its date looks ahead
	// of the time it was made, as one before the date does.
	{"2010-10-04", "", "Diplomats said a summit before Easter was unlikely.", []string{"Easter|DATE|2011-04-24"}},
	{"2010-10-04", "", "A deal by Thanksgiving looked unlikely, aides said.", []string{"Thanksgiving|DATE|2010-11-25"}},
	// Not one held in the past perfect, one of a perfect, or one undone
	// by "but" and a past.
	{"2010-10-04", "", "A deal in June had seemed likely before the talks collapsed.", []string{"June|DATE|2010-06"}},
	{"2010-10-04", "", "Sales in August were likely to have fallen.", []string{"August|DATE|2010-08"}},
	{"2010-10-04", "", "A deal in March was possible, officials said then, but talks failed.", []string{"March|DATE|2010-03"}},
	// "said here Tuesday" (the dateline's city) dates the report, as "said
	// Tuesday": the month of the figures stays the anchor.
	{"2012-09-11", "", "Rubber output fell 3 percent in August, the ministry said here Tuesday. A year earlier it had risen 5 percent.", []string{"August|DATE|2012-08", "Tuesday|DATE|2012-09-11", "A year earlier|DATE|2011-08"}},
	// A change in a month after "from a ... gain in" is the base of the
	// one spoken of, no new anchor.
	{"2012-09-11", "", "Car sales rose 4 percent in May, slowing from a 9 percent gain in April. A year earlier they had slumped.", []string{"May|DATE|2012-05", "April|DATE|2012-04", "A year earlier|DATE|2011-05"}},
	{"2012-09-11", "", "Car sales rose 4 percent in May from a year earlier, down from a 9 percent rise in April. Imports were flat from a year earlier.", []string{"May|DATE|2012-05", "a year earlier|DATE|2011-05", "April|DATE|2012-04", "a year earlier|DATE|2011-05"}},
	// "forecast" after a possessive and a noun is the noun, not the verb:
	// what was done to it is in the past.
	{"2013-06-27", "", "Exports slumped after the floods, and the miner cut its output forecast in April.", []string{"April|DATE|2013-04"}},
	{"2013-06-27", "", "The brewer trimmed its sales forecast in May after a wet spring.", []string{"May|DATE|2013-05"}},
	// A forecast told in the past of the report still looks ahead, as
	// "was expected to" (and "was predicted to") does: "was forecast to".
	{"2018-07-14", "", "The heat wave was forecast to break on Tuesday.", []string{"Tuesday|DATE|2018-07-17"}},
	{"2018-07-14", "", "Snow showers were forecast to reach the capital Thursday.", []string{"Thursday|DATE|2018-07-19"}},
	// A plan with "was due to" and an infinitive, kept or missed, is the
	// nearest such day, as "were to have ended Friday".
	{"2018-07-14", "", "The minister left Paris and was due to meet the rebels in Bamako on Monday.", []string{"Monday|DATE|2018-07-16"}},
	{"2018-07-14", "", "The freighter sailed from Rotterdam and was due to dock in Hull on Friday.", []string{"Friday|DATE|2018-07-13"}},
	// A plan undone by a past after "but" lies behind.
	{"2015-11-24", "", "The talks were due to begin on Friday but were postponed.", []string{"Friday|DATE|2015-11-20"}},
	{"2015-11-24", "", "The ferry was due to leave on Friday but sank in the harbour.", []string{"Friday|DATE|2015-11-20"}},
	// So it is after a time of the report's own day named before it.
	{"2018-07-14", "", "The river had peaked by noon and was expected to fall slowly overnight.", []string{"noon|TIME|2018-07-14T12:00", "overnight|TIME|2018-07-14TNI"}},
	{"2018-07-14", "", "Polls close at 8 p.m. today, and officials will count the ballots overnight.", []string{"8 p.m. today|TIME|2018-07-14T20:00", "overnight|TIME|2018-07-14TNI"}},
	// "was" in an "if" clause of a main clause with "would" is a condition
	// ahead, not a past.
	{"2025-05-20", "", "The airline said flights on Friday would be grounded if the strike was still on at 6 a.m.", []string{"Friday|DATE|2025-05-23", "6 a.m.|TIME|2025-05-23T06:00"}},
	// A clock time joined by "and" to a second one that is dated takes its
	// day.
	{"2025-05-20", "", "The museum will open at 10 a.m. and close at 4 p.m. on Sunday.", []string{"10 a.m.|TIME|2025-05-25T10:00", "4 p.m.|TIME|2025-05-25T16:00", "Sunday|DATE|2025-05-25"}},
	{"2025-05-20", "", "The vote on 14 June clashes with sports day.", []string{"14 June|DATE|2025-06-14"}},
	// A British clock reading with a point: "9.15am", "6.45 p.m.".
	{"2024-03-07", "", "The ferry left Holyhead at 9.15am and docked at 12.50pm.", []string{"9.15am|TIME|2024-03-07T09:15", "12.50pm|TIME|2024-03-07T12:50"}},
	{"2024-03-07", "", "Doors will open at 6.45 p.m. on Friday; tickets cost £12.50 each.", []string{"6.45 p.m.|TIME|2024-03-08T18:45", "Friday|DATE|2024-03-08"}},
	{"2024-03-07", "", "The index closed 2.75 points higher, and sterling fell 1.30 cents.", nil},
	{"2024-03-07", "", "Budget live\n11.58\nThe chancellor rises at 12.30 and shares trade at 12.45.\nUpdated at 14.05 GMT", []string{"11.58|TIME|2024-03-07T11:58", "14.05 GMT|TIME|2024-03-07T14:05"}},
	// A clock reading alone on its line heads a live report's entry: the
	// report's day, not the day the entry before spoke of.
	{"2023-09-12", "", "Markets live\n08:05\nShares in Tokyo fell yesterday.\n09:40\nThe pound is steady ahead of data due at 11:00.", []string{"08:05|TIME|2023-09-12T08:05", "yesterday|DATE|2023-09-11", "09:40|TIME|2023-09-12T09:40", "11:00|TIME|2023-09-12T11:00"}},
	{"2023-09-12", "", "Flood updates\n4.20pm\nThe river will peak on Thursday, officials say.\n5.05pm\nSchools will close at 3pm.", []string{"4.20pm|TIME|2023-09-12T16:20", "Thursday|DATE|2023-09-14", "5.05pm|TIME|2023-09-12T17:05", "3pm|TIME|2023-09-12T15:00"}},
	// "a week on Thursday", "a fortnight on Monday" (British) are one
	// date, as "a week from Friday"; "a week on" alone is none of it.
	{"2024-03-07", "", "The trial resumes a fortnight on Monday, a week on from the verdict.", []string{"a fortnight on Monday|DATE|2024-03-25", "a week|DURATION|P1W"}},
	// In news a birth date is background: a weekday after it is the
	// report's, not one in the week of the birth.
	{"2024-03-07", "", "Born in Leeds on 9 May 1947, he joined the BBC in 1970 and died at home on Tuesday.", []string{"9 May 1947|DATE|1947-05-09", "1970|DATE|1970", "Tuesday|DATE|2024-03-05"}},
	{"2024-03-07", "", "She was born on 2 June 1930 and died in hospital on Sunday.", []string{"2 June 1930|DATE|1930-06-02", "Sunday|DATE|2024-03-03"}},
	// A birth inside a history the paragraph is already telling is an
	// event of that history; a birth opening a life is not the story.
	{"2003-05-06", "", "The elephant house opened in 1928. Its first calf was born on Jan. 9, 1969, and a second arrived in October.", []string{"1928|DATE|1928", "Jan. 9, 1969|DATE|1969-01-09", "October|DATE|1969-10"}},
	{"2003-05-06", "", "Its first calf was born on Jan. 9, 1969. The zoo reopened in October.", []string{"Jan. 9, 1969|DATE|1969-01-09", "October|DATE|2002-10"}},
	// A clock time before "on" and a plural weekday is any day's.
	{"2026-02-11", "", "From March 1 the library will close at 6 p.m. on weekdays and at 4 p.m. on weekends.", []string{"March 1|DATE|2026-03-01", "6 p.m.|TIME|XXXX-XX-XXT18:00", "weekdays|SET|XXXX-WXX-WD", "4 p.m.|TIME|XXXX-XX-XXT16:00", "weekends|SET|XXXX-WXX-WE"}},
	{"2024-03-07", "", "Guided tours start at 11am on Sundays and at 2.15pm on Wednesdays.", []string{"11am|TIME|XXXX-XX-XXT11:00", "Sundays|SET|XXXX-WXX-7", "2.15pm|TIME|XXXX-XX-XXT14:15", "Wednesdays|SET|XXXX-WXX-3"}},
	// "the July-September quarter" is that calendar quarter, as "the
	// September quarter".
	{"2024-11-14", "", "Shipments fell 12 per cent in the July-September quarter and rose in the April-June quarter.", []string{"the July-September quarter|DATE|2024-Q3", "the April-June quarter|DATE|2024-Q2"}},
	// "three weeks today", "a week tomorrow" (British) are one date.
	{"2024-11-14", "", "Voters go to the polls three weeks today, and the count starts a week tomorrow.", []string{"three weeks today|DATE|2024-12-05", "a week tomorrow|DATE|2024-11-22"}},
	{"2024-11-14", "", "The bridge collapsed a fortnight today.", []string{"a fortnight today|DATE|2024-10-31"}},
	// A plan "originally" or "initially" set is the plan's date, the
	// nearest such, as "had been planned for April".
	{"2025-03-05", "", "The hearing, originally set for Feb. 12, was moved to March 26.", []string{"Feb. 12|DATE|2025-02-12", "March 26|DATE|2025-03-26"}},
	{"2025-03-05", "", "The launch, initially scheduled for January, will take place in May.", []string{"January|DATE|2025-01", "May|DATE|2025-05"}},
	// "the final three months" spans "the final", as "the last three
	// months" and "the first six months".
	{"2025-04-17", "", "Netflix added subscribers in the final three months of 2024, and the side scored in the final 10 minutes.", []string{"the final three months|DURATION|P3M", "2024|DATE|2024", "the final 10 minutes|DURATION|PT10M"}},
	// "over the next decade", "within the next decade" are ten years
	// from now, as "over the past decade" ten back; "in the next decade"
	// stays the calendar decade.
	{"2025-04-17", "", "The chipmaker will spend $20 billion over the next decade, and emissions must halve within the next decade.", []string{"the next decade|DURATION|P10Y", "the next decade|DURATION|P10Y"}},
	// "next Friday night", "last Saturday morning" are the day alone, as
	// "Friday night"; "last Friday evening" keeps its part.
	{"2025-08-24", "", "They host Melbourne next Friday night after losing last Saturday morning and last Friday evening.", []string{"next Friday night|DATE|2025-08-29", "last Saturday morning|DATE|2025-08-23", "last Friday evening|TIME|2025-08-22TEV"}},
	// "last" joined by "and" to a verb after a modal is the verb: it
	// names no past, and the count after it is the expression.
	{"2025-11-20", "", "The strike will begin at 12.01am on Monday and last 48 hours.", []string{"12.01am|TIME|2025-11-24T00:01", "Monday|DATE|2025-11-24", "48 hours|DURATION|PT48H"}},
	{"2025-11-20", "", "The union will vote again after talks failed in June and last month.", []string{"June|DATE|2025-06", "last month|DATE|2025-10"}},
	// "Valentine's Day" and "St Patrick's Day" are holidays, the
	// possessive inside the name.
	{"2025-11-20", "", "They married on Valentine's Day and will march in Dublin on St Patrick's Day.", []string{"Valentine's Day|DATE|2025-02-14", "St Patrick's Day|DATE|2026-03-17"}},
	{"2025-11-20", "", "Patrick's day off was cancelled.", nil},
	// A feast of the current month well past, in a plan, is next year's,
	// as "will run on July 16" written on July 20 is; one just ahead or
	// in a past clause stays this year's.
	{"2025-03-10", "", "The choir will sing again on St David's Day, as it did on Shrove Tuesday.", []string{"St David's Day|DATE|2026-03-01", "Shrove Tuesday|DATE|2025-03-04"}},
	{"2025-02-20", "", "The shop will reopen on Valentine's Day; it closed on Candlemas.", []string{"Valentine's Day|DATE|2026-02-14", "Candlemas|DATE|2025-02-02"}},
	// Other saints' days that date history, fixed days; the saint's name
	// alone stays a name ("George Stephenson" after "the summer").
	{"", "", "The killings began on St Bartholomew's Day 1572, and in 1588 the fleet was sighted on St. Swithin's Day.", []string{"St Bartholomew's Day 1572|DATE|1572-08-24", "1588|DATE|1588", "St. Swithin's Day|DATE|1588-07-15"}},
	{"", "", "The charter was sealed in 1320 on Saint Andrew's Day.", []string{"1320|DATE|1320", "Saint Andrew's Day|DATE|1320-11-30"}},
	{"", "", "The line opened in 1825. In the summer George Stephenson drove the first train.", []string{"1825|DATE|1825", "the summer|DATE|1825-SU"}},
	// "the Saturday" after a day just named is the first Saturday from it.
	{"2025-11-20", "", "Polls open on Thursday 4 December, with counting on the Saturday.", []string{"Thursday 4 December|DATE|2025-12-04", "Saturday|DATE|2025-12-06"}},
	{"2025-11-20", "", "The fair opened on 1 August 2024 and closed on the Sunday after a storm.", []string{"1 August 2024|DATE|2024-08-01", "Sunday|DATE|2024-08-04"}},
	// "the week ending 10 April" is a reporting week, as "the week ended
	// Nov. 5": the DURATION and the date apart.
	{"2025-06-04", "", "Deaths peaked in the week ending 10 April.", []string{"the week|DURATION|P1W", "10 April|DATE|2025-04-10"}},
	// The hours of a vote are the election day's, named before.
	{"2004-03-10", "", "Spaniards vote on Sunday. Campaigning ends at midnight Friday. Polls open at 9 a.m. and close at 8 p.m.", []string{"Sunday|DATE|2004-03-14", "midnight Friday|TIME|2004-03-12T24:00", "9 a.m.|TIME|2004-03-14T09:00", "8 p.m.|TIME|2004-03-14T20:00"}},
	{"2004-03-10", "", "Peruvians vote on Sunday, with a runoff on April 4 if no one wins half the vote. Polls close at 4 p.m.", []string{"Sunday|DATE|2004-03-14", "April 4|DATE|2004-04-04", "4 p.m.|TIME|2004-03-14T16:00"}},
	{"2004-03-10", "", "The referendum is on Saturday. Officials met on Monday at 10 a.m. to check the ballots.", []string{"Saturday|DATE|2004-03-13", "Monday|DATE|2004-03-08", "10 a.m.|TIME|2004-03-08T10:00"}},
	// A recovery "from" a day before is measured against it: that day is no new anchor.
	{"2001-05-10", "", "Bank shares rebounded Thursday from Wednesday's slide and closed at their highs at 4 p.m.", []string{"Thursday|DATE|2001-05-10", "Wednesday|DATE|2001-05-09", "4 p.m.|TIME|2001-05-10T16:00"}},
	{"2001-05-10", "", "The peso rallied on Thursday from Monday's record low, trading at 9.20 at 1 p.m.", []string{"Thursday|DATE|2001-05-10", "Monday|DATE|2001-05-07", "1 p.m.|TIME|2001-05-10T13:00"}},
	// The date of the event "since" names is background: later months count from the DCT.
	{"1998-03-11", "", "He was indicted in January 1996 and has been in jail since his arrest on Dec. 19, 1995. His partner pleaded guilty in November.", []string{"January 1996|DATE|1996-01", "Dec. 19, 1995|DATE|1995-12-19", "November|DATE|1997-11"}},
	// "set <date> as" the day of something chosen: the date to come.
	{"2005-02-09", "", "The judge set April 4 as the start of the retrial.", []string{"April 4|DATE|2005-04-04"}},
	{"2005-02-09", "", "Organizers on Monday set 12 January as the deadline for entries.", []string{"Monday|DATE|2005-02-07", "12 January|DATE|2006-01-12"}},
	// A reading on another clock in brackets is the same moment: the day of the one before it.
	{"2003-10-22", "", "On Sunday, polls will close at 6 p.m. (2300 GMT).", []string{"Sunday|DATE|2003-10-26", "6 p.m.|TIME|2003-10-26T18:00", "2300 GMT|TIME|2003-10-26T23:00"}},
	{"2003-10-22", "", "The rocket will lift off on Friday at 11 p.m. (0400 GMT).", []string{"Friday|DATE|2003-10-24", "11 p.m.|TIME|2003-10-24T23:00", "0400 GMT|TIME|2003-10-25T04:00"}},
	{"2003-10-22", "", "Talks in Tokyo resumed on Tuesday at 7 a.m. (2200 GMT).", []string{"Tuesday|DATE|2003-10-21", "7 a.m.|TIME|2003-10-21T07:00", "2200 GMT|TIME|2003-10-20T22:00"}},
	// A day after "since" bounds a span up to now; a clock time after it is the story's day's.
	{"2002-09-12", "", "The yen rose to its strongest level since Aug. 14 and traded at 118.40 at 5 p.m. in Tokyo.", []string{"Aug. 14|DATE|2002-08-14", "5 p.m.|TIME|2002-09-12T17:00"}},
	{"2002-09-12", "", "Crude oil fell on Wednesday to its lowest price since June 3. It closed at 2:30 p.m. at $27.10.", []string{"Wednesday|DATE|2002-09-11", "June 3|DATE|2002-06-03", "2:30 p.m.|TIME|2002-09-11T14:30"}},
	// "year to date" is the DCT's year, run up to now ("so far this year").
	{"2009-05-06", "", "The fund has gained 11 percent year to date, against 4 percent for its peers.", []string{"year to date|DATE|2009"}},
	{"2009-05-06", "", "Year-to-date sales of trucks are down 30 percent.", []string{"Year-to-date|DATE|2009"}},
	{"2009-05-06", "", "Month-to-date volume is the lowest since 2003.", []string{"Month-to-date|DATE|2009-05", "2003|DATE|2003"}},
	// ... and so is a week "ending" a weekday.
	{"2011-03-07", "", "Flu cases fell by a third in the week ending Saturday, the agency said.", []string{"the week|DURATION|P1W", "Saturday|DATE|2011-03-05"}},
	{"2011-03-10", "", "Jobless claims rose 9,000 in the week ended Friday.", []string{"the week|DURATION|P1W", "Friday|DATE|2011-03-04"}},
	// A present passive of release or staging is a schedule: the day
	// ahead; the past passive the day before.
	{"2025-10-15", "", "Her memoir is published on Thursday. The final is held on Saturday. The trailer was released on Monday.", []string{"Thursday|DATE|2025-10-16", "Saturday|DATE|2025-10-18", "Monday|DATE|2025-10-13"}},
	// "next Friday, October 24" is the day the apposition gives, when it
	// falls on that weekday, as "Friday, October 24".
	{"2025-10-15", "", "The album comes out next Friday, October 24, and the single came out last Friday, 10 October.", []string{"next Friday, October 24|DATE|2025-10-24", "last Friday, 10 October|DATE|2025-10-10"}},
	// A second month joined by "and" takes the first one's year (the
	// next year's after December).
	{"2025-02-26", "", "Pupils sit their exams in May and June.", []string{"May|DATE|2025-05", "June|DATE|2025-06"}},
	{"2025-06-10", "", "The river flooded in December and January.", []string{"December|DATE|2024-12", "January|DATE|2025-01"}},
	// "the week commencing 10 March" is the week of that day, as "the
	// week of March 10".
	{"2025-02-26", "", "Roadworks start in the week commencing 10 March.", []string{"the week commencing 10 March|DATE|2025-W11"}},
	// "the weekend of August 23", "the weekend of 16-17 August" are the
	// weekend of that day's week, as "the week of March 6".
	{"2025-07-09", "", "The season kicks off on the weekend of 16-17 August, and the fair is on the weekend of August 23.", []string{"the weekend of 16-17 August|DATE|2025-W33-WE", "the weekend of August 23|DATE|2025-W34-WE"}},
	// "Tuesday week" (British) is a week after the coming Tuesday.
	{"2024-03-07", "", "The inquiry resumes on Monday week, and the minister gives evidence on Thursday week.", []string{"Monday week|DATE|2024-03-18", "Thursday week|DATE|2024-03-14"}},
	// The first clock of a stretch takes the day dated after the second,
	// or the day before when the stretch runs over the night; a midnight
	// that opens it is the one beginning that day.
	{"2024-03-07", "", "The tunnel will shut from 10pm until 5am on Sunday, and the pool from 9 a.m. to 1 p.m. on Saturday.", []string{"10pm|TIME|2024-03-09T22:00", "5am|TIME|2024-03-10T05:00", "Sunday|DATE|2024-03-10", "9 a.m.|TIME|2024-03-09T09:00", "1 p.m.|TIME|2024-03-09T13:00", "Saturday|DATE|2024-03-09"}},
	{"2025-02-26", "", "The event runs 10am–4pm on Saturday 8 March. The fair will open 9am-1pm on Sunday.", []string{"10am|TIME|2025-03-08T10:00", "4pm|TIME|2025-03-08T16:00", "Saturday 8 March|DATE|2025-03-08", "9am|TIME|2025-03-02T09:00", "1pm|TIME|2025-03-02T13:00", "Sunday|DATE|2025-03-02"}},
	{"2024-03-07", "", "The line will close from midnight until 6am on Sunday.", []string{"midnight|TIME|2024-03-09T24:00", "6am|TIME|2024-03-10T06:00", "Sunday|DATE|2024-03-10"}},
	{"2024-03-07", "", "A frost warning starts at midnight and lasts until 10am on Saturday.", []string{"midnight|TIME|2024-03-08T24:00", "10am|TIME|2024-03-09T10:00", "Saturday|DATE|2024-03-09"}},
	// The infinitive after the noun "plan" looks ahead of the plan: "a
	// plan to close the road in June"; a past verb nearer still decides.
	{"2024-03-07", "", "The board backed a plan to sell the stadium in June.", []string{"June|DATE|2024-06"}},
	{"2024-03-07", "", "Their plan to reopen the pier in January was dropped.", []string{"January|DATE|2024-01"}},
	// "until" and a year look ahead to the year, not to a month named
	// after it in another phrase.
	{"2024-03-07", "", "Ministers extended the fuel duty cut until 2026 in January.", []string{"2026|DATE|2026", "January|DATE|2024-01"}},
	{"2024-03-07", "", "The bridge will stay shut until June.", []string{"June|DATE|2024-06"}},
	// A participle of saying after the expression opens what was said:
	// the past verb before it dates the weekday.
	{"2024-03-07", "", "The carmaker recalled its older electric delivery vans on Tuesday, adding it will fix them.", []string{"Tuesday|DATE|2024-03-05"}},
	{"2024-03-07", "", "The bank raised its main interest rate on Monday, saying it would act again.", []string{"Monday|DATE|2024-03-04"}},
	{"2024-03-07", "", "The union will strike on Monday, saying talks have failed.", []string{"Monday|DATE|2024-03-11"}},
	// "N years ago" beside a quarter forecast is years, not that quarter
	// moved back; beside a quarter reported it compares with it.
	{"2024-03-07", "", "The chain hopes to break even in the third quarter; it opened its first store five years ago.", []string{"the third quarter|DATE|2024-Q3", "five years ago|DATE|2019"}},
	{"2024-02-01", "", "Sales rose 4% in the fourth quarter from a year ago.", []string{"the fourth quarter|DATE|2023-Q4", "a year ago|DATE|2022-Q4"}},
	// "Forty years ago this month" is one date, the years back.
	{"2024-03-07", "", "Forty years ago this month, the miners walked out.", []string{"Forty years ago this month|DATE|1984"}},
	// A price per unit of time is a rate, no expression, as "$90 a
	// month"; the frequency alone stays a SET.
	{"2024-03-07", "", "Nurses say their hourly wage has not kept up, and the weekly rent on a flat has doubled.", nil},
	{"2024-03-07", "", "The council collects bins weekly and publishes a monthly report.", []string{"weekly|SET|P1W", "monthly|SET|P1M"}},
	{"2025-08-14", "", "The miner's profit for the June quarter rose. It earned $2 billion in the three months to June, up from $1.5 billion a year earlier.", []string{"the June quarter|DATE|2025-Q2", "the three months|DURATION|P3M", "June|DATE|2025-06", "a year earlier|DATE|2024-Q2"}},
	// A form in -ed between a count and its noun modifies the noun and
	// says nothing of tense: "faces three seeded players" is a schedule.
	{"2024-08-20", "", "The champion faces three seeded players, ending with the final on Sept. 8.", []string{"Sept. 8|DATE|2024-09-08"}},
	{"2024-08-20", "", "The clinic treats 40 registered patients a week and expands in October.", []string{"October|DATE|2024-10"}},
	{"2024-08-20", "", "Rescuers pulled 12 injured miners from the shaft in March.", []string{"March|DATE|2024-03"}},
	// A relative clause right after the date speaks of the noun before
	// it; the past verb before the date dates it.
	{"2024-08-20", "", "The city approved a lease in November that expires in 2031.", []string{"November|DATE|2023-11", "2031|DATE|2031"}},
	{"2024-08-20", "", "Parliament passed a law in June which begins to apply next year.", []string{"June|DATE|2024-06", "next year|DATE|2025"}},
	{"2024-08-20", "", "The team hired a coach in December who is expected to stay.", []string{"December|DATE|2023-12"}},
	{"2024-08-20", "", "The league will announce a schedule in October that starts in January.", []string{"October|DATE|2024-10", "January|DATE|2025-01"}},
	// A bare plural unit right after a past verb and before "after" or
	// "before" is the distance to an event, a stretch of unknown length.
	{"2024-08-20", "", "The bridge collapsed minutes after the last bus crossed it.", []string{"minutes|DURATION|PTXM"}},
	{"2024-08-20", "", "The singer withdrew weeks before the final.", []string{"weeks|DURATION|PXW"}},
	{"2024-08-20", "", "She was elected months after the scandal.", []string{"months|DURATION|PXM"}},
	// A day declared for an observance ("declared a day of prayer") is
	// no length of time; "a day of talks" still is one.
	{"2024-08-20", "", "The mayor declared a day of prayer for the miners.", nil},
	{"2024-08-20", "", "The governor proclaimed a day of remembrance after two days of talks.", []string{"two days|DURATION|P2D"}},
	{"2024-08-20", "", "Negotiators spent a day of talks in Oslo.", []string{"a day|DURATION|P1D"}},
	// A look ahead narrowed at once by a day in apposition moves the
	// story to that day ("Three days later, on 26 April"), where a look
	// back so narrowed ("A year earlier, in December") stays a flashback.
	{"", "", "The rebels crossed the river on 2 March 1848. Four days later, on 6 March, they stormed the customs house. That night the governor fled.", []string{"2 March 1848|DATE|1848-03-02", "Four days later|DATE|1848-03-06", "6 March|DATE|1848-03-06", "That night|TIME|1848-03-06TNI"}},
	{"", "", "The envoys left Madrid on 9 October 1702. A month later, on 12 November, they reached Lisbon. The next day the king received them.", []string{"9 October 1702|DATE|1702-10-09", "A month later|DATE|1702-11", "12 November|DATE|1702-11-12", "The next day|DATE|1702-11-13"}},
	// A death at another's hands or an exile told in a relative clause on
	// a person looks ahead of the story, as "who died in 1972" does.
	{"", "", "The castle was besieged from 3 May 1460. Its constable, who was strangled in 1464, held out for months. In August the garrison surrendered.", []string{"3 May 1460|DATE|1460-05-03", "1464|DATE|1464", "months|DURATION|PXM", "August|DATE|1460-08"}},
	{"", "", "The council met on 12 March 1523. The bishop, who was exiled in 1530, spoke against the tax. In April the towns refused to pay.", []string{"12 March 1523|DATE|1523-03-12", "1530|DATE|1530", "April|DATE|1523-04"}},
	// A month named later in such a relative clause is still the fate's:
	// the story goes on in its own year after the clause.
	{"", "", "The port was blockaded from 4 May 1809. Its governor, who was tried for treason in 1812 and executed that October, refused to yield. On 20 June the fleet withdrew.", []string{"4 May 1809|DATE|1809-05-04", "1812|DATE|1812", "that October|DATE|1812-10", "20 June|DATE|1809-06-20"}},
	{"", "", "The mutiny broke out on 2 April 1797. The admiral, who retired in 1799 and died that August, met the delegates. In May the crews went back to work.", []string{"2 April 1797|DATE|1797-04-02", "1799|DATE|1799", "that August|DATE|1799-08", "May|DATE|1797-05"}},
	// A day of an observance is an occasion whatever the verb ("holds a
	// day of mourning"), unless governed as a length of time.
	{"", "", "Every spring the villagers hold a day of fasting for the drowned fishermen.", []string{"Every spring|SET|XXXX-SP"}},
	{"", "", "The synod ordered a day of humiliation in 1644.", []string{"1644|DATE|1644"}},
	{"", "", "After a day of prayer the garrison marched out.", []string{"a day|DURATION|P1D"}},
	// A day a declaration names for something is one to come, whatever
	// the tense of the declaring.
	{"2024-08-20", "", "The president declared Friday a national holiday after the team's win.", []string{"Friday|DATE|2024-08-23"}},
	{"2024-08-20", "", "Parliament proclaimed Sept. 2 a day of mourning, and the flags flew at half-mast on Monday.", []string{"Sept. 2|DATE|2024-09-02", "Monday|DATE|2024-08-19"}},
	// A clock time, or a stretch of them, before "daily" or "every day"
	// is any day's, as one after "daily".
	{"2024-08-20", "", "The castle is open 10.30am-4pm daily until October.", []string{"10.30am|TIME|XXXX-XX-XXT10:30", "4pm|TIME|XXXX-XX-XXT16:00", "daily|SET|P1D", "October|DATE|2024-10"}},
	{"2024-08-20", "", "Ferries leave at 6:15 a.m. every day, and the last one returned at 9 p.m. yesterday.", []string{"6:15 a.m.|TIME|XXXX-XX-XXT06:15", "every day|SET|P1D", "9 p.m. yesterday|TIME|2024-08-19T21:00"}},
	{"2024-08-20", "", "The shelter closes at 8 p.m. Daily meals are served.", []string{"8 p.m.|TIME|2024-08-20T20:00", "Daily|SET|P1D"}},
	// So is one in a sentence opened by a SET, or before "every
	// morning", "each Sunday".
	{"2024-08-20", "", "Every Saturday the farmers' market opens at 8 a.m. and closes at noon.", []string{"Every Saturday|SET|XXXX-WXX-6", "8 a.m.|TIME|XXXX-XX-XXT08:00", "noon|TIME|XXXX-XX-XXT12:00"}},
	{"2024-08-20", "", "He swims at 6 a.m. every morning, but yesterday he swam at 9 a.m.", []string{"6 a.m.|TIME|XXXX-XX-XXT06:00", "every morning|SET|XXXX-XX-XXTMO", "yesterday|DATE|2024-08-19", "9 a.m.|TIME|2024-08-19T09:00"}},
	// What one "is up for" lies ahead: "is up for re-election in May".
	{"2024-08-20", "", "The governor, who is up for re-election in May, vetoed the bill.", []string{"May|DATE|2025-05"}},
	{"2024-08-20", "", "The broadcaster's charter comes up for renewal in July.", []string{"July|DATE|2025-07"}},
	{"2024-08-20", "", "The councillor was up for re-election in May and lost.", []string{"May|DATE|2024-05"}},
	// "Fifty years on," opening a clause is "Fifty years later": from the
	// last date, or with none in news the present the anniversary is kept
	// in; "ten years on from the crash" stays the distance.
	{"", "", "The mill opened in 1815. Fifty years on, it employed 900 people.", []string{"1815|DATE|1815", "Fifty years on|DATE|1865"}},
	{"2024-08-20", "", "Twenty years on, the survivors still meet every August.", []string{"Twenty years on|DATE|2024", "every August|SET|XXXX-08"}},
	{"2024-08-20", "", "Five years on from the fire, the tower is still empty.", []string{"Five years|DURATION|P5Y"}},
	// "30 years ago today" is one date, the very day that many units
	// before the DCT.
	{"2024-08-20", "", "Forty years ago today, the pit closed for good.", []string{"Forty years ago today|DATE|1984-08-20"}},
	{"2024-08-20", "", "The bridge reopened two weeks ago today.", []string{"two weeks ago today|DATE|2024-08-06"}},
	// Opening an anniversary story, it is the day the story tells of.
	{"2011-06-02", "", "WELLSTON, Ohio _ Thirty years ago today, the mine flooded at 6:15 a.m.", []string{"Thirty years ago today|DATE|1981-06-02", "6:15 a.m.|TIME|1981-06-02T06:15"}},
	{"2006-05-04", "", "BAGHDAD, Iraq -- Three years ago today, the statue fell at 4 p.m.", []string{"Three years ago today|DATE|2003-05-04", "4 p.m.|TIME|2003-05-04T16:00"}},
	{"2011-06-02", "", "Thirty years ago today, the mine flooded at 6:15 a.m. and trapped 40 men.", []string{"Thirty years ago today|DATE|1981-06-02", "6:15 a.m.|TIME|1981-06-02T06:15"}},
	{"2011-06-02", "", "Ten years ago today, the plant shut. Its owners said on Tuesday that it will reopen in May.", []string{"Ten years ago today|DATE|2001-06-02", "Tuesday|DATE|2011-05-31", "May|DATE|2012-05"}},
	// "On this day in 1968" is the DCT's day of the month in that year.
	{"2024-08-20", "", "On this day in 1968, tanks rolled into Prague; three days later the leaders were flown to Moscow.", []string{"this day in 1968|DATE|1968-08-20", "three days later|DATE|1968-08-23"}},
	// "the first and third Tuesday of each month" is a SET with the
	// month's value, as "twice a month"; a weekday of a month named stays
	// a DATE.
	{"2024-08-20", "", "The board meets on the second and fourth Thursday of every month, and next meets on the first Monday of September.", []string{"the second and fourth Thursday of every month|SET|P1M", "the first Monday of September|DATE|2024-09-02"}},
	{"2024-08-20", "", "Volunteers clean the beach on the last Sunday of each month.", []string{"the last Sunday of each month|SET|P1M"}},
	// "hours later" at the clause's end after a past verb is a stretch
	// of unknown length, as after an object.
	{"2024-08-20", "", "The first aftershock came minutes later, and a second struck hours later.", []string{"minutes|DURATION|PTXM", "hours|DURATION|PTXH"}},
	// A verb's form before a date with a verb of its own after it is a
	// noun: "Housing starts in July were".
	{"2024-08-20", "", "Housing starts in July were the weakest in four years, and the new season starts in October.", []string{"July|DATE|2024-07", "four years|DURATION|P4Y", "October|DATE|2024-10"}},
	// What a change is measured "from" is no anchor: "a year earlier"
	// compares with the period that changed.
	{"2024-08-20", "", "Factory output fell 0.6% in July from June and was 1.2% lower than a year earlier.", []string{"July|DATE|2024-07", "June|DATE|2024-06", "a year earlier|DATE|2023-07"}},
	{"2024-08-20", "", "Revenue climbed 9 percent in the second quarter from the first quarter and 14 percent from a year earlier.", []string{"the second quarter|DATE|2024-Q2", "the first quarter|DATE|2024-Q1", "a year earlier|DATE|2023-Q2"}},
	// "the previous evening" is the day before the one named, as "the
	// next morning" the day after.
	{"", "", "The fort fell on 9 May 1798. Its commander had fled the previous night, and the garrison surrendered the next morning.", []string{"9 May 1798|DATE|1798-05-09", "the previous night|DATE|1798-05-08", "the next morning|DATE|1798-05-10"}},
	// "between 2 p.m. and 6 p.m. yesterday", "between 10pm and 4am on
	// Tuesday": the first clock takes the day of the second, as with
	// "from ... to".
	// "starting Wednesday" after a noun names when something declared or
	// planned begins, a day to come.
	{"2024-08-20", "", "The city announced a ban on fireworks starting Friday.", []string{"Friday|DATE|2024-08-23"}},
	{"2024-08-20", "", "Officials imposed a curfew beginning Thursday after rioting on Sunday.", []string{"Thursday|DATE|2024-08-22", "Sunday|DATE|2024-08-18"}},
	{"2024-08-20", "", "The county ordered evacuations beginning at noon Wednesday and a curfew starting at 9 p.m. on Friday.", []string{"noon Wednesday|TIME|2024-08-21T12:00", "9 p.m.|TIME|2024-08-23T21:00", "Friday|DATE|2024-08-23"}},
	// A past verb in -ed before the date, and a clause of its own after
	// "and": the past verb dates it.
	{"2024-08-20", "", "The Mets clinched a playoff place on Sunday night and can secure the division this weekend.", []string{"Sunday night|DATE|2024-08-18", "this weekend|DATE|2024-W34-WE"}},
	// The plural present "open" after its subject is a verb of schedule,
	// as "begin", "start": "The Rams open the season on Sunday".
	{"2024-08-20", "", "The Rams open their season on Sunday, and early voting sites open Monday.", []string{"Sunday|DATE|2024-08-25", "Monday|DATE|2024-08-26"}},
	// "the following week" after a month, "the following month" after a
	// year: a date whose coarser parts are known, the rest X.
	{"2024-08-20", "", "The mayor was charged in March and resigned the following week.", []string{"March|DATE|2024-03", "the following week|DATE|2024-WXX"}},
	{"", "", "The mill closed in 1921 and reopened the following month.", []string{"1921|DATE|1921", "the following month|DATE|1921-XX"}},
	// After a verb's particle "in" ("phased in", "brought in") "over" is
	// a preposition and stays out; after the preposition "in" it is a
	// quantifier ("the first rise in over a decade").
	{"2024-08-20", "", "The new fees will be phased in over 18 months, the first rise in over a decade.", []string{"18 months|DURATION|P18M", "over a decade|DURATION|P10Y|MORE_THAN"}},
	// "every Christmas Eve", "each Halloween": a holiday of a fixed date
	// every year is a SET, as "every August".
	{"2024-08-20", "", "Every Christmas Eve the choir sings in the square, and each Halloween the street is closed.", []string{"Every Christmas Eve|SET|XXXX-12-24", "each Halloween|SET|XXXX-10-31"}},
	// "every 24 June", "each November 11th", "every 1st of May": a day of
	// the year every year is a SET, as "every August" and "every
	// Christmas Eve"; "every 12 months" stays a count and a date with a
	// year after it is no SET.
	{"", "", "The guild has met every 24 June since 1602, and its bells ring each 11th of November.", []string{"every 24 June|SET|XXXX-06-24", "1602|DATE|1602", "each 11th of November|SET|XXXX-11-11"}},
	{"2024-08-20", "", "Veterans gather at the cenotaph every November 11, and the town fires a cannon each July 4th at noon.", []string{"every November 11|SET|XXXX-11-11", "each July 4th|SET|XXXX-07-04", "noon|TIME|XXXX-XX-XXT12:00"}},
	{"2024-08-20", "", "Every 12 months the licence is renewed, and every 1st of May the workers march.", []string{"Every 12 months|SET|P12M", "every 1st of May|SET|XXXX-05-01"}},
	// The month may be abbreviated, with its period, as in "Dec. 7"
	// alone: "each Jan. 31", "every Sept. 15".
	{"", "", "Each Jan. 31 the regiment's old comrades lay a wreath at the gate, and the chapel bell tolls every Sept. 15.", []string{"Each Jan. 31|SET|XXXX-01-31", "every Sept. 15|SET|XXXX-09-15"}},
	{"2024-08-20", "", "Every Nov. 11 since 1921 the mayor has read the names aloud.", []string{"Every Nov. 11|SET|XXXX-11-11", "1921|DATE|1921"}},
	// An article of history dated when it was written may name its own
	// year at the end ("last year", "next year") and "Today" opening a
	// sentence is still nowadays; a word of news time finer than the year
	// ("last week", "on Tuesday") makes it the DCT.
	{"2023-03-01", "", "The abbey was founded in 1132, sacked in 1536 and rebuilt in 1860. Today its ruins are a public park, and a visitor centre opened there last year.", []string{"1132|DATE|1132", "1536|DATE|1536", "1860|DATE|1860", "Today|DATE|PRESENT_REF", "last year|DATE|2022"}},
	{"2023-03-01", "", "The mill opened in 1850, closed in 1931 and burned in 1967. Today the council votes on a plan for the site, which it bought last week.", []string{"1850|DATE|1850", "1931|DATE|1931", "1967|DATE|1967", "Today|DATE|2023-03-01", "last week|DATE|2023-W08"}},
	// "the late 18th and early 19th centuries": two DATEs, each with its
	// part of the century, the first taking its unit from the second, as
	// "the 16th and 17th centuries" and "the late 1840s and early 1850s".
	{"", "", "Most of the farmhouses date from the late 17th and early 18th centuries.", []string{"the late 17th|DATE|16|END", "early 18th centuries|DATE|17|START"}},
	{"", "", "The abbey was rebuilt twice, between the early 11th and the mid-13th centuries.", []string{"the early 11th|DATE|10|START", "the mid-13th centuries|DATE|12|MID"}},
	// "a year to the day later": the very day that many units from the
	// day last named, one DATE.
	{"", "", "The cornerstone was laid on 9 March 1846, and a year to the day later the first service was held.", []string{"9 March 1846|DATE|1846-03-09", "a year to the day later|DATE|1847-03-09"}},
	{"", "", "The fleet sailed on 2 June 1588. Two years to the day earlier its admiral had been named.", []string{"2 June 1588|DATE|1588-06-02", "Two years to the day earlier|DATE|1586-06-02"}},
	// "two winters later", "three summers earlier": a DATE of that
	// season, counted from the last date in seasons of its kind.
	{"", "", "The regiment was raised in 1756. Three summers later it sailed for Quebec.", []string{"1756|DATE|1756", "Three summers later|DATE|1759-SU"}},
	{"", "", "The first hut was built in the autumn of 1902, and two winters later the expedition abandoned it.", []string{"the autumn of 1902|DATE|1902-FA", "two winters later|DATE|1903-WI"}},
	{"", "", "The harbour froze in January 1740; two winters earlier it had stayed open.", []string{"January 1740|DATE|1740-01", "two winters earlier|DATE|1737-WI"}},
	// A holiday before "the following year", "that year" takes that
	// year, a movable feast its day in it, as "in March the following
	// year" does.
	{"", "", "The abbot died at Easter 1402 and was buried at Whitsun the following year.", []string{"Easter 1402|DATE|1402-03-26", "Whitsun|DATE|1403-06-03", "the following year|DATE|1403"}},
	{"", "", "The truce was signed in March 1215; fighting resumed at Christmas of the following year.", []string{"March 1215|DATE|1215-03", "Christmas|DATE|1216-12-25", "the following year|DATE|1216"}},
	// "the academic year 2019-20", "the season 1931–32": the kind of year
	// named before its years is one DATE, the year it begins, as "the
	// 2019-20 academic year".
	// "9 June [O.S. 30 May] 1672": both days take the year after the
	// bracket; the new-style day stays the anchor.
	{"", "", "Lenin reached Petrograd on 16 April [O.S. 3 April] 1917 and spoke the next day.", []string{"16 April|DATE|1917-04-16", "3 April|DATE|1917-04-03", "1917|DATE|1917", "the next day|DATE|1917-04-17"}},
	{"", "", "The tsar died on 8 February (O.S. 28 January) 1725.", []string{"8 February|DATE|1725-02-08", "28 January|DATE|1725-01-28", "1725|DATE|1725"}},
	// A year written with the next after a slash is one DATE: a year of
	// account or office, the year it begins ("1368/69"); a day of
	// January to March dated old style and new ("1731/32"), the new.
	{"", "", "The bailiff's roll for 1402/03 survives; the steward was buried on 3 March 1702/3, and the hall burned the next day.", []string{"1402/03|DATE|1402", "3 March 1702/3|DATE|1703-03-03", "the next day|DATE|1703-03-04"}},
	{"", "", "Enrolment fell in the academic year 1968-69, and the club was relegated in the season 1931/32.", []string{"the academic year 1968-69|DATE|1968", "the season 1931/32|DATE|1931"}},
	{"2024-08-20", "", "The grant covers the school year 2025–26 only.", []string{"the school year 2025–26|DATE|2025"}},
	// "every year on 11 November", "on 1 August each year": the day of
	// each year, one SET, as "every 11 November".
	{"", "", "Since 1920 wreaths have been laid every year on 11 November, and the town crier reads the charter on 1 August each year.", []string{"1920|DATE|1920", "every year on 11 November|SET|XXXX-11-11", "1 August each year|SET|XXXX-08-01"}},
	{"2024-08-20", "", "Rainfall rose every year on average, and the fair opens on May 5 every year.", []string{"every year|SET|P1Y", "May 5 every year|SET|XXXX-05-05"}},
	// "the winters of 1881 and 1882": two DATEs, each a winter, as "the
	// 1920s and 1930s".
	{"", "", "Wolves came down to the villages in the winters of 1709 and 1740, and the summers of 1816 or 1817 brought no harvest.", []string{"the winters of 1709|DATE|1709-WI", "1740|DATE|1740-WI", "the summers of 1816|DATE|1816-SU", "1817|DATE|1817-SU"}},
	// "in the late 18th." after a century named: the century with its
	// part, the word "century" left out; with none named before it is
	// no time ("finished in the late 18th" of a race).
	{"", "", "The manor was rebuilt in the 17th century and again in the late 18th.", []string{"the 17th century|DATE|16", "the late 18th|DATE|17|END"}},
	{"", "", "Prices were stable in the 15th century but doubled by the mid-16th, when silver arrived.", []string{"the 15th century|DATE|14", "the mid-16th|DATE|15|MID"}},
	{"", "", "The favourite faded and finished in the late 18th.", nil},
	{"", "", "The abbey flourished in the 9th and 10th centuries, declined in the 11th, and was dissolved in 1539.", []string{"the 9th|DATE|08", "10th centuries|DATE|09", "the 11th|DATE|10", "1539|DATE|1539"}},
	{"", "", "The rent fell due in May 1539 and was paid in the 11th.", []string{"May 1539|DATE|1539-05"}}, // (no century named last)
	// "N days later" after a month is a day of that month the text does
	// not give (YYYY-MM-XX), as "the following day" after a month.
	{"", "", "The fleet left Toulon in mid-May 1798. Three days later it was joined by a convoy, and the following day it sailed east.", []string{"mid-May 1798|DATE|1798-05|MID", "Three days later|DATE|1798-05-XX", "the following day|DATE|1798-05-XX"}},
	// "the last years of his reign", "the last decade of her life": a
	// period of someone's life or rule, no expression, as "her final
	// years"; a count stays a DURATION.
	{"", "", "In the last years of his reign the duke built little, and she spent the last decade of her life in Lisbon.", nil},
	{"", "", "The last six months of his life were spent in bed.", []string{"The last six months|DURATION|P6M"}},
	// "the night of 4 to 5 July": two DATEs, as "the night of 4–5 July"
	// and "from 4 to 5 July".
	{"", "", "The garrison slipped out of the town on the night of 4 to 5 July 1943.", []string{"4|DATE|1943-07-04", "5 July 1943|DATE|1943-07-05"}},
	// "had fallen by a quarter", "rose by a half": a share of an amount
	// after a verb of change, not three months; "delayed by a quarter"
	// stays a stretch of time.
	{"", "", "By 1851 the population had fallen by a quarter, and rents were cut by a half.", []string{"1851|DATE|1851"}},
	{"2024-08-20", "", "The launch was delayed by a quarter.", []string{"a quarter|DURATION|P1Q"}},
	// "by the 13th only one man": a bare ordinal day before a word that
	// opens a clause ("only", "all", "most", "nearly") is the day, as
	// before "he" or "the".
	{"", "", "The column left the fort on 6 January 1842, and by the 13th only one man was still alive; on the 20th all the wagons were burned.", []string{"6 January 1842|DATE|1842-01-06", "the 13th|DATE|1842-01-13", "the 20th|DATE|1842-01-20"}},
	// "the 14th of that month", "the 3rd of the following month": the
	// day in the month the phrase names, and the phrase apart, as "1 July
	// of that year".
	{"", "", "The convoy sailed on 2 May 1943; on the 14th of that month it reached Halifax, and it left again on the 3rd of the following month.", []string{"2 May 1943|DATE|1943-05-02", "the 14th|DATE|1943-05-14", "that month|DATE|1943-05", "the 3rd|DATE|1943-06-03", "the following month|DATE|1943-06"}},
	// "some months later": a vague count, as "several years later".
	{"", "", "The duke died in 1702. Some years later his widow sold the house.", []string{"1702|DATE|1702", "Some years|DURATION|PXY"}},
	// "the winter of 218–217 BC": one winter, the one that begins in the
	// first year, as "the winter of 1889–90"; the next summer is 217 BC's.
	{"", "", "The army wintered near the coast in the winter of 402–401 BC and marched inland the following summer.", []string{"the winter of 402–401 BC|DATE|BC0402-WI", "the following summer|DATE|BC0401-SU"}},
	{"", "", "The winter of 218-17 BC was hard.", []string{"The winter of 218-17 BC|DATE|BC0218-WI"}},
	// "the 210s BC", "the 1290s BC": a decade BC (BC021: 219-210 BC).
	{"", "", "The walls were rebuilt in the 210s BC, and the palace burned in the late 1290s BC.", []string{"the 210s BC|DATE|BC021", "the late 1290s BC|DATE|BC129|END"}},
	// "The previous day" after a half or a season in a narrative: a day
	// whose year is known, the rest not, as after a year.
	{"", "", "The ration was raised in the second half of 1942. The previous day a storm had hit the port.", []string{"the second half of 1942|DATE|1942-H2", "The previous day|DATE|1942-XX-XX"}},
	{"", "", "The regiment landed in the summer of 1809, and the following day it marched inland.", []string{"the summer of 1809|DATE|1809-SU", "the following day|DATE|1809-XX-XX"}},
	// "That weekend", "the following weekend", "over the weekend" in a
	// narrative after a day: the weekend of its week (the first one after
	// it), -WE, as "the weekend" in news.
	{"", "", "The strike began on Monday, 3 May 1926, and the following weekend troops guarded the docks.", []string{"Monday, 3 May 1926|DATE|1926-05-03", "the following weekend|DATE|1926-W18-WE"}},
	{"", "", "The armistice was signed on Sunday, 10 July 1921. That weekend the shooting stopped; the previous weekend had been the bloodiest of the war.", []string{"Sunday, 10 July 1921|DATE|1921-07-10", "That weekend|DATE|1921-W27-WE", "the previous weekend|DATE|1921-W26-WE"}},
	{"", "", "The bridge reopened on 12 June 1931, and over the weekend thousands walked across it.", []string{"12 June 1931|DATE|1931-06-12", "the weekend|DATE|1931-W24-WE"}},
	{"", "", "The talks began on 5 March 1931. A week later they broke down, and the following weekend the delegates went home.", []string{"5 March 1931|DATE|1931-03-05", "A week later|DATE|1931-W11", "the following weekend|DATE|1931-W11-WE"}},
	// ", a Sunday" after a date before 1753 may name the weekday of the
	// Julian (Old Style) date: that day still.
	{"", "", "The queen was crowned on 15 January 1559, a Sunday, and the battle was fought on 14 October 1066, a Saturday.", []string{"15 January 1559|DATE|1559-01-15", "Sunday|DATE|1559-01-15", "14 October 1066|DATE|1066-10-14", "Saturday|DATE|1066-10-14"}},
	// In a history without a DCT the apposition names the day just named
	// even when the calendar disagrees (a slip or another calendar).
	// "the Nth day after" the event the story is on is N days after its
	// day; "the Nth day of" it counts its first day as the first.
	{"", "", "The troops came ashore on 2 May 1799. On the tenth day after the landing they reached the river.", []string{"2 May 1799|DATE|1799-05-02", "the tenth day|DATE|1799-05-12"}},
	{"", "", "The siege began on 12 October 1810. On the tenth day of the siege the town asked for terms.", []string{"12 October 1810|DATE|1810-10-12", "the tenth day|DATE|1810-10-21"}},
	// A feast in apposition to the day just named in a history is that
	// day, by the calendar the writer used (Old Style before 1752).
	{"", "", "The rebels struck on 2 April 1652, Easter Sunday, and the town fell.", []string{"2 April 1652|DATE|1652-04-02", "Easter Sunday|DATE|1652-04-02"}},
	{"", "", "The fleet sailed on 9 April 1640, Good Friday, and reached the coast a week later.", []string{"9 April 1640|DATE|1640-04-09", "Good Friday|DATE|1640-04-09", "a week later|DATE|1640-W16"}},
	{"", "", "On 14 June 1822 the ship sailed; the next day, a Sunday, she lost her mast.", []string{"14 June 1822|DATE|1822-06-14", "the next day|DATE|1822-06-15", "Sunday|DATE|1822-06-15"}},
	{"", "", "The bishop arrived on 2 April 1861, a Monday, and left on 9 April.", []string{"2 April 1861|DATE|1861-04-02", "Monday|DATE|1861-04-02", "9 April|DATE|1861-04-09"}},
	// "the following Easter", "the previous Christmas": the first such
	// feast after (before) the last date named.
	{"", "", "The parliament met in November 1640. The following Easter the king left London, and the previous Christmas had been tense.", []string{"November 1640|DATE|1640-11", "The following Easter|DATE|1641-03-31", "the previous Christmas|DATE|1640-12-25"}},
	// "on 1, 2 and 3 July 1863": a list of days of one month, each a
	// DATE, as "on May 13 and 14"; a list of counts is none.
	{"", "", "The battle was fought on 1, 2 and 3 July 1863, and the assemblies met on 4, 11, 18 and 25 May.", []string{"1|DATE|1863-07-01", "2|DATE|1863-07-02", "3 July 1863|DATE|1863-07-03", "4|DATE|1863-05-04", "11|DATE|1863-05-11", "18|DATE|1863-05-18", "25 May|DATE|1863-05-25"}},
	{"", "", "The regiments lost 3, 5 and 9 men in 1863.", []string{"1863|DATE|1863"}},
	// "(960–1279)", "from 849 to 1022": a range of years whose start has
	// three digits and end four, both DATEs, as "(618–907)".
	{"", "", "The Song dynasty (960–1279) moved south; the city flourished from 849 to 1022 and the road ran 300-1200 metres uphill.", []string{"960|DATE|0960", "1279|DATE|1279", "849|DATE|0849", "1022|DATE|1022"}},
	// A clock reading without its half of the day ("half past two",
	// "four o'clock") after a later time of the same day is the
	// afternoon's; before it, or with its half named, it stays.
	{"", "", "The assault began at 9 a.m. on 3 May 1915; at half past two the reserves went in, and at four o'clock the attack was called off.", []string{"9 a.m.|TIME|1915-05-03T09:00", "3 May 1915|DATE|1915-05-03", "half past two|TIME|1915-05-03T14:30", "four o'clock|TIME|1915-05-03T16:00"}},
	{"", "", "The guns opened at 5:30 a.m. on 1 July 1916, and at seven o'clock the whistles blew.", []string{"5:30 a.m.|TIME|1916-07-01T05:30", "1 July 1916|DATE|1916-07-01", "seven o'clock|TIME|1916-07-01T07:00"}},
	// "at 0600 hours": the military clock reading with its word, one TIME.
	{"", "", "On 29 September 1918 the tanks moved off at 0600 hours and halted at 1430 hrs.", []string{"29 September 1918|DATE|1918-09-29", "0600 hours|TIME|1918-09-29T06:00", "1430 hrs|TIME|1918-09-29T14:30"}},
	// After "for", the time a plan is set for, with a leading zero or
	// "hours": "was set for 0545,", "planned for 1800 hours on"; not a
	// count ("asked for 1500 rifles").
	{"", "", "On 8 August 1918 the barrage was set for 0420, and the cavalry was ordered forward for 1130 hours on the same day.", []string{"8 August 1918|DATE|1918-08-08", "0420|TIME|1918-08-08T04:20", "1130 hours|TIME|1918-08-08T11:30", "the same day|DATE|1918-08-08"}},
	{"", "", "In 1916 the brigade asked for 0800 blankets.", []string{"1916|DATE|1916"}},
	// "Bloody Sunday", "Black Monday": the name of an event, no weekday.
	{"", "", "Bloody Sunday shocked the nation, and after Black Monday the banks closed; on Sunday the troops withdrew.", []string{"Sunday|DATE|XXXX-WXX-7"}},
	// "the March on Rome", "the March to the Sea", "the Long March": a
	// march, not the month.
	{"", "", "The March on Rome came in 1922; the March to the Sea and the Long March were longer. In March the rains came.", []string{"1922|DATE|1922", "March|DATE|1922-03"}},
	// "a year and a day", "three weeks and a day": one DURATION, as "two
	// hours and forty minutes".
	{"", "", "The outlaw was given a year and a day to appear; the march took three weeks and a day.", []string{"a year and a day|DURATION|P1Y1D", "three weeks and a day|DURATION|P3W1D"}},
	// "the mid-'90s" is the decade with MID, as "the mid-1990s".
	{"2024-08-20", "", "The band split in the mid-'70s and reunited in the late '90s.", []string{"the mid-'70s|DATE|197|MID", "the late '90s|DATE|199|END"}},
	// "a week ago Friday" (US) is one date, the last Friday before the
	// DCT a week back, as "a week from Friday" looks ahead.
	{"2024-08-20", "", "The plant shut a week ago Friday and the strike began two weeks ago Monday.", []string{"a week ago Friday|DATE|2024-08-09", "two weeks ago Monday|DATE|2024-08-05"}},
	// "the end of the summer", "the start of autumn": the season the
	// clause looks to, with END or START, as "late summer".
	{"2024-08-20", "", "The pool will close at the end of the summer, and repairs begin at the start of autumn.", []string{"the end of the summer|DATE|2024-SU|END", "the start of autumn|DATE|2024-FA|START"}},
	// A count of weeks governed as a stretch ("in more than three weeks",
	// "after two weeks") before "on Wednesday" is the stretch and the day
	// apart, not the British "a week on Thursday".
	{"2024-08-20", "", "The port reopened for the first time in more than three weeks on Monday.", []string{"more than three weeks|DURATION|P3W|MORE_THAN", "Monday|DATE|2024-08-19"}},
	{"2024-08-20", "", "Shares rose for the first time in three weeks today.", []string{"three weeks|DURATION|P3W", "today|DATE|2024-08-20"}},
	// The verb "last" after a modal is no past marker: "could last into
	// December" looks ahead.
	{"2024-08-20", "", "Officials said the closure could last into March.", []string{"March|DATE|2025-03"}},
	// "a year and a half ago" is the month eighteen months back, the half
	// year being no year.
	{"2024-08-20", "", "The factory opened a year and a half ago and closed two and a half years ago.", []string{"a year and a half ago|DATE|2023-02", "two and a half years ago|DATE|2022-02"}},
	// A day named before its noun ("the Sept. 5 election", "the Sept. 1
	// deadline") that comes within weeks is the coming one, whatever past
	// verb the sentence has; a day past stays past.
	{"2024-08-20", "", "Early voting for the Sept. 5 election began on Monday, and the Aug. 12 debate drew record ratings.", []string{"Sept. 5|DATE|2024-09-05", "Monday|DATE|2024-08-19", "Aug. 12|DATE|2024-08-12"}},
	// A weekday listed after one to come falls after it: "on Friday,
	// Saturday and Tuesday" said on a Tuesday.
	{"2024-08-20", "", "Drivers will walk out on Friday, Saturday and Tuesday.", []string{"Friday|DATE|2024-08-23", "Saturday|DATE|2024-08-24", "Tuesday|DATE|2024-08-27"}},
	// "overnight Saturday" is that day's night, one TIME; "overnight into
	// Sunday" the night that ends on Sunday.
	{"2024-08-20", "", "Police made 40 arrests overnight Saturday, and more rain fell overnight into Monday.", []string{"overnight Saturday|TIME|2024-08-17TNI", "overnight|TIME|2024-08-18TNI", "Monday|DATE|2024-08-19"}},
	// "the week-long strike", "their year-long dispute": one unit long, a
	// DURATION, whatever the determiner, as "a decade-long survey".
	{"2024-08-20", "", "The week-long strike followed their year-long dispute and an hour-long meeting.", []string{"week-long|DURATION|P1W", "year-long|DURATION|P1Y", "hour-long|DURATION|PT1H"}},
	// "with three games to spare" tells what is left, no plan: the main
	// verb dates the day.
	{"2024-08-20", "", "Leeds won the league with two matches to spare after a draw at Hull on Saturday.", []string{"Saturday|DATE|2024-08-17"}},
	// A collective noun after a possessive takes the plural verb of
	// British usage: "Arteta's side host Chelsea on Sunday" is a fixture.
	{"2024-08-20", "", "Arteta's side host Chelsea on Sunday, and Slot's men travel to Ipswich on Saturday.", []string{"Sunday|DATE|2024-08-25", "Saturday|DATE|2024-08-24"}},
	// The month published figures are "for" is the one they cover, over
	// before they come out, even in a plan.
	{"2024-08-20", "", "Investors will watch Friday's report for July and the trade figures for June.", []string{"Friday|DATE|2024-08-23", "July|DATE|2024-07", "June|DATE|2024-06"}},
	// What a deadline was "extended to" is a new date, ahead, as "was
	// moved to".
	{"2024-08-20", "", "The deadline was extended to 31 January, and the ban was prolonged until June.", []string{"31 January|DATE|2025-01-31", "June|DATE|2025-06"}},
	// ", a Thursday" after a date is the weekday of that date.
	{"2024-08-20", "", "The count ended on 3 October, a Tuesday.", []string{"3 October|DATE|2023-10-03", "Tuesday|DATE|2023-10-03"}},
	// "the next fortnight" is a DURATION, as "the next two weeks".
	{"2024-08-20", "", "Forecasters expect more rain over the next fortnight, and prices have doubled in the past fortnight.", []string{"the next fortnight|DURATION|P2W", "the past fortnight|DURATION|P2W"}},
	{"2024-08-20", "", "Water was cut off between 1 p.m. and 7 p.m. yesterday, and the lane closes between 8pm and 6am on Thursday.", []string{"1 p.m.|TIME|2024-08-19T13:00", "7 p.m. yesterday|TIME|2024-08-19T19:00", "8pm|TIME|2024-08-21T20:00", "6am|TIME|2024-08-22T06:00", "Thursday|DATE|2024-08-22"}},
	// "this afternoon", "this evening", "tonight" after a clock reading
	// that names no half of the day give it: "4:10 this afternoon" is
	// 16:10, "at 8 tonight" 20:00 (a 24-hour "09:40" and "this morning"
	// keep theirs).
	{"2019-05-14", "", "The ferry docked at 3:45 this afternoon, the minister will speak at 8 tonight and the vigil began at 6:30 this evening.", []string{"3:45 this afternoon|TIME|2019-05-14T15:45", "8 tonight|TIME|2019-05-14T20:00", "6:30 this evening|TIME|2019-05-14T18:30"}},
	{"2019-05-14", "", "The market opened at 9:15 this morning; the last bus leaves at 11 o'clock tonight and the night train at 21:50 this evening.", []string{"9:15 this morning|TIME|2019-05-14T09:15", "11 o'clock tonight|TIME|2019-05-14T23:00", "21:50 this evening|TIME|2019-05-14T21:50"}},
	// A form in -ed after a verb's object says what the object is kept
	// or left, no past verb: "and keep it staffed" leaves "will" to
	// decide.
	{"2011-06-08", "", "The county will open the shelter at 7 p.m. Friday and keep it heated, and crews will reopen the ramp on Sunday and leave it closed to trucks.", []string{"7 p.m. Friday|TIME|2011-06-10T19:00", "Sunday|DATE|2011-06-12"}},
	{"2011-06-08", "", "Crews reopened the ramp on Sunday and kept it closed to trucks.", []string{"Sunday|DATE|2011-06-05"}},
	// What a verb of prolonging carries something "through" is a new end,
	// ahead, as "extended to", also with the object between and a clock
	// reading before the day; what merely lasted through a day is past.
	{"2011-06-08", "", "The county has extended its burn ban through Friday, and the port postponed all sailings until 6 a.m. Saturday.", []string{"Friday|DATE|2011-06-10", "6 a.m. Saturday|TIME|2011-06-11T06:00"}},
	{"2011-06-08", "", "Forecasters extended the flood watch for the valley through 10 p.m. Thursday. The storm lasted through Monday.", []string{"10 p.m. Thursday|TIME|2011-06-09T22:00", "Monday|DATE|2011-06-06"}},
	// A present perfect that sets a state ("has banned", "have asked ...
	// to") runs into the present, and the day it runs "through" lies
	// ahead; a change measured up to a day ("have fallen") is past.
	{"2016-02-17", "", "The city has banned open fires through Sunday, and officials have urged residents to stay indoors through 5 p.m. Friday.", []string{"Sunday|DATE|2016-02-21", "5 p.m. Friday|TIME|2016-02-19T17:00"}},
	{"2016-02-17", "", "Shares have fallen every day through Monday. The road was closed through Sunday.", []string{"every day|SET|P1D", "Monday|DATE|2016-02-15", "Sunday|DATE|2016-02-14"}},
	// "May" joined to a month before it by "and" or "or" is the month,
	// whatever comes before (but not a name before its verb).
	{"2016-02-17", "", "Rainfall in March and May was the lowest on record, and the vote will come in April or May.", []string{"March|DATE|2015-03", "May|DATE|2015-05", "April|DATE|2016-04", "May|DATE|2016-05"}},
	{"2016-02-17", "", "The talks stalled in April and May said she would quit.", []string{"April|DATE|2015-04"}},
	// After their preposition, "and May" before a participle used as an
	// adjective ("wounded men filled", "armed bands were") is the month.
	{"", "", "The regiment landed at Lisbon in 1809. During March and May wounded men filled the convents, and in June or May armed bands were seen on the roads.", []string{"1809|DATE|1809", "March|DATE|1809-03", "May|DATE|1809-05", "June|DATE|1809-06", "May|DATE|1809-05"}},
	{"", "", "The treaty was signed in April and May armed the militia.", []string{"April|DATE|XXXX-04"}},
	// The years of trade in farm goods and of a budget run across two
	// calendar years like the school year: "the 2014-15 marketing year".
	{"2016-02-17", "", "Wheat exports rose in the 2014-15 marketing year, and the 2015-16 crop year began with a glut; the 2016-17 budget year starts in July.", []string{"the 2014-15 marketing year|DATE|2014", "the 2015-16 crop year|DATE|2015", "the 2016-17 budget year|DATE|2016", "July|DATE|2016-07"}},
	// Two words between a count and its unit: "consecutive trading days".
	{"2016-02-17", "", "A stock that trades below $1 for 30 consecutive trading days is warned, and the seller has ten full working days to reply.", []string{"30 consecutive trading days|DURATION|P30D", "ten full working days|DURATION|P10D"}},
	// With "the past", "the next" before such a count, one DURATION
	// spanning them, as "the past five years".
	{"2014-03-04", "", "The company has missed its targets in the past five consecutive years and must file a plan within the next 30 business days.", []string{"the past five consecutive years|DURATION|P5Y", "the next 30 business days|DURATION|P30D"}},
	{"2011-08-09", "", "The index has fallen in nine of the last 11 trading days.", []string{"the last 11 trading days|DURATION|P11D"}},
	// A quarter as analysts write it, its number, "Q" and the year.
	{"2016-02-17", "", "Margins narrowed in 4Q15 after a strong 3Q 2015, and the company sees a recovery by 2Q2016 (not in model 3Q16-B).", []string{"4Q15|DATE|2015-Q4", "3Q 2015|DATE|2015-Q3", "2Q2016|DATE|2016-Q2"}},
	// "the holiday weekend", "this long weekend" are the weekend meant, as
	// "the weekend".
	{"2016-02-17", "", "Airports expect record crowds over the holiday weekend, and rangers closed two trails for this long weekend.", []string{"the holiday weekend|DATE|2016-W07-WE", "this long weekend|DATE|2016-W07-WE"}},
	{"2016-02-17", "", "Three people drowned over the holiday weekend.", []string{"the holiday weekend|DATE|2016-W06-WE"}},
	// "every weekend" is the weekends of every week, as "on weekends";
	// "every other weekend" once in two weeks.
	{"2016-02-17", "", "Volunteers clean the beach every weekend, and the ferry runs every other weekend.", []string{"every weekend|SET|XXXX-WXX-WE", "every other weekend|SET|P2W"}},
	// A clock reading with its minutes in words, before the half of the
	// day ("a.m.", "this evening", "tonight"); alone, "five thirty" may be
	// a count.
	{"2016-02-17", "", "The plane touched down at about four fifty this afternoon; the senator will speak at nine forty-five p.m. and the last train leaves at eleven oh five tonight.", []string{"about four fifty this afternoon|TIME|2016-02-17T16:50|APPROX", "nine forty-five p.m.|TIME|2016-02-17T21:45", "eleven oh five tonight|TIME|2016-02-17T23:05"}},
	{"2016-02-17", "", "The fund bought five thirty-year bonds, and we met at five twenty.", []string{"thirty-year|DURATION|P30Y"}},
	// A reading with no half of the day soon after one in the afternoon
	// or evening of the same day follows it; after a morning one, or far
	// from it, it keeps its own.
	{"2016-02-17", "", "The polls closed at 7:30 p.m. and the first results came at about nine o'clock. Guards arrived at 8 a.m. and left at 10:15.", []string{"7:30 p.m.|TIME|2016-02-17T19:30", "about nine o'clock|TIME|2016-02-17T21:00|APPROX", "8 a.m.|TIME|2016-02-17T08:00", "10:15|TIME|2016-02-17T10:15"}},
	{"2016-02-17", "", "The meeting ended at 2 p.m. and resumed at eleven o'clock.", []string{"2 p.m.|TIME|2016-02-17T14:00", "eleven o'clock|TIME|2016-02-17T11:00"}},
	// A question in the simple present asks of the coming night; in the
	// past, of the night before.
	{"2016-02-17", "", "So what happens overnight? And what happened overnight?", []string{"overnight|TIME|2016-02-17TNI", "overnight|TIME|2016-02-16TNI"}},
	{"2016-02-17", "", "The dam broke on Sunday and crews have worked since. So what happens overnight?", []string{"Sunday|DATE|2016-02-14", "overnight|TIME|2016-02-17TNI"}},
	// A decade written without its apostrophe ("the 90s", "the early
	// 80s", "the mid-70s"), but not a reading in the 90s (a temperature,
	// a score, a price).
	{"2016-02-17", "", "The label signed bands in the 80s and grew in the early 90s; its founder left in the mid-70s.", []string{"the 80s|DATE|198", "the early 90s|DATE|199|START", "the mid-70s|DATE|197|MID"}},
	{"2016-02-17", "", "Highs will climb into the 90s, and the leaders shot in the 60s.", nil},
	// "the quarter ending June 30" is the calendar quarter that ends on
	// that day, in a plan as in a report; a fiscal quarter ending in
	// another month is the calendar quarter of its middle month.
	{"2016-05-17", "", "The bank expects a loss for the quarter ending June 30, after a profit in the quarter ended March 31.", []string{"the quarter|DATE|2016-Q2", "June 30|DATE|2016-06-30", "the quarter|DATE|2016-Q1", "March 31|DATE|2016-03-31"}},
	{"2016-02-17", "", "The chain expects a loss for the quarter ending April 30, after a profit in the quarter ended Jan. 31.", []string{"the quarter|DATE|2016-Q1", "April 30|DATE|2016-04-30", "the quarter|DATE|2015-Q4", "Jan. 31|DATE|2016-01-31"}},
	// A weekday right after the zone or the GMT reading in brackets is
	// the day of the clock times before it (and an expression of its own).
	{"2016-02-17", "", "The tremor hit at 6:10 a.m. local time (2210 GMT) Monday, and the ferry left at 8 p.m. Eastern time Sunday.", []string{"6:10 a.m.|TIME|2016-02-15T06:10", "2210 GMT|TIME|2016-02-15T22:10", "Monday|DATE|2016-02-15", "8 p.m.|TIME|2016-02-14T20:00", "Sunday|DATE|2016-02-14"}},
	// "the year through May" is a reporting period, as "the year to
	// March"; "the year" after "the first five months of" is a DATE.
	{"2016-06-17", "", "Home prices rose 4 percent in the year through April, and starts for the first four months of the year were flat.", []string{"the year|DURATION|P1Y", "April|DATE|2016-04", "the first four months|DURATION|P4M", "the year|DATE|2016"}},
	// "May" ending a range of months after a hyphen is the month.
	{"2016-06-17", "", "Car sales in the February-May period fell.", []string{"February|DATE|2016-02", "May|DATE|2016-05"}},
	// "a half hour" is half of an hour, as "half an hour" (with its
	// article, but "half-hour" alone before a noun); "the next hour"
	// after a preposition of span is the stretch ahead.
	{"2016-06-17", "", "In the next half hour we will hear from the mayor, who spoke for a half hour this morning on a half-hour call-in show.", []string{"the next half hour|DURATION|PT30M", "a half hour|DURATION|PT30M", "this morning|TIME|2016-06-17TMO", "half-hour|DURATION|PT30M"}},
	{"2016-06-17", "", "Shares fell 2 percent in the past half hour, and more selling is expected over the next hour.", []string{"the past half hour|DURATION|PT30M", "the next hour|DURATION|PT1H"}},
	// A US zone in two capitals ("ET", "PT") after a clock reading is a
	// zone, as "EDT": the day after it is the time's.
	{"2016-06-17", "", "Tickets go on sale at 10 a.m. ET on Monday, and the show streams at 6pm PT Sunday.", []string{"10 a.m. ET|TIME|2016-06-20T10:00", "Monday|DATE|2016-06-20", "6pm PT Sunday|TIME|2016-06-19T18:00"}},
	// A weekday written short before a date ("Tue., June 2", "Sat, 6
	// May") is part of it, as "Tuesday, June 2"; "the Sun" is a paper.
	{"2016-06-17", "", "Updated Thu., June 16, 2016. Filed Wed 15 June. The Sun, June 14, said so.", []string{"Thu., June 16, 2016|DATE|2016-06-16", "Wed 15 June|DATE|2016-06-15", "June 14|DATE|2016-06-14"}},
	// A unit before a noun in capitals is part of a name: "the Ninth
	// Five-Year Plan" (but "a five-year plan" has its DURATION).
	{"2016-06-17", "", "Output grew under the Ninth Five-Year Plan, and the board adopted a five-year plan.", []string{"five-year|DURATION|P5Y"}},
	// A day spelled as it is spoken after the month ("March
	// twenty-fourth", "June fifth"), where it ends its phrase.
	{"2016-06-17", "", "Good morning, it's Friday, June seventeenth. The runoff is set for July twenty-first, and in July first results are due.", []string{"Friday, June seventeenth|DATE|2016-06-17", "July twenty-first|DATE|2016-07-21", "July|DATE|2016-07"}},
	// "tonight at eleven" is one TIME of the evening; a reading after
	// "tonight at" or "this evening at" is the evening's; a capital after
	// "p.m." opens a new sentence.
	{"2016-06-17", "", "Watch the debate tonight at nine, and the results show starts this evening at 10:30. Doors open tonight at 7 p.m. Tonight at eight, the forecast.", []string{"tonight at nine|TIME|2016-06-17T21:00", "this evening|TIME|2016-06-17TEV", "10:30|TIME|2016-06-17T22:30", "tonight|TIME|2016-06-17TNI", "7 p.m.|TIME|2016-06-17T19:00", "Tonight at eight|TIME|2016-06-17T20:00"}},
	// The part of the day after a zone ("eastern time tonight") is the
	// reading's, the zone left outside.
	{"2016-06-17", "", "The governor will speak at eight o'clock eastern time tonight.", []string{"eight o'clock|TIME|2016-06-17T20:00", "tonight|TIME|2016-06-17TNI"}},
	// "this coming Sunday" spans "this", as TimeBank's "this coming
	// Sunday, March eighth".
	{"2016-06-17", "", "The parade is this coming Sunday, and this coming weekend the roads close.", []string{"this coming Sunday|DATE|2016-06-19", "this coming weekend|DATE|2016-W24-WE"}},
	// An hour in words with "a.m." or "p.m." ("ten a.m. tomorrow"), and
	// hour and minutes joined by a hyphen before the half of the day
	// ("about two-thirty this morning"); "two-thirds" is no clock.
	{"2016-06-17", "", "The hearing resumes at ten a.m. tomorrow; the blast came at about four-fifteen this morning, and two-thirds of the town lost power until seven p.m.", []string{"ten a.m. tomorrow|TIME|2016-06-18T10:00", "about four-fifteen this morning|TIME|2016-06-17T04:15|APPROX", "seven p.m.|TIME|2016-06-17T19:00"}},
	// A decade spoken with its century ("the nineteen-seventies", "the
	// late nineteen eighties"), in a transcript.
	{"2016-06-17", "", "The plant opened in the nineteen-fifties and closed in the late nineteen eighties; the nineteen survivors met.", []string{"the nineteen-fifties|DATE|195", "the late nineteen eighties|DATE|198|END"}},
	// A bare plural unit after the verb "last" (after a modal or "to")
	// is a stretch of unknown length, as after "lasted".
	{"2016-06-17", "", "Officials warned the repairs could last months and the shortage is expected to last weeks.", []string{"months|DURATION|PXM", "weeks|DURATION|PXW"}},
	// "2015's fourth quarter" is one DATE, as "last year's fourth
	// quarter".
	{"2016-06-17", "", "Margins in 2015's fourth quarter were the thinnest since 2009, and 2015's results disappointed.", []string{"2015's fourth quarter|DATE|2015-Q4", "2009|DATE|2009", "2015|DATE|2015"}},
	// "the back half of the year" is its second half, "the front half of
	// 2017" the first (not "the back half of the bus").
	{"2016-06-17", "", "Demand should recover in the back half of the year and in the front half of 2017, analysts said from the back half of the room.", []string{"the back half of the year|DATE|2016-H2", "the front half of 2017|DATE|2017-H1"}},
	// A month of delivery of a commodity lies ahead, whatever the tense.
	{"2016-06-17", "", "Crude for August delivery fell 80 cents, while the March contract rose and wheat for June delivery was unchanged.", []string{"August|DATE|2016-08", "March|DATE|2017-03", "June|DATE|2016-06"}},
	// "July Fourth" written as a name is the day, also before
	// "holiday" (but not "March First Bank").
	{"2016-06-17", "", "Gas prices rise before the July Fourth holiday, and the fireworks are on July Fourth; in March First Bank closed.", []string{"July Fourth|DATE|2016-07-04", "July Fourth|DATE|2016-07-04", "March|DATE|2016-03"}},
	// The deadline "by" a weekday of what may happen lies ahead ("could
	// dump a foot of snow by Sunday"); "could not" and "might have" tell
	// of the past.
	{"2016-06-17", "", "The front could dump a foot of rain by Sunday morning, and the convoy should reach the camp by 6 p.m. Monday.", []string{"Sunday morning|DATE|2016-06-19", "6 p.m. Monday|TIME|2016-06-20T18:00"}},
	{"2016-06-17", "", "The crew could not finish by Tuesday, and the rebels might have left by Wednesday.", []string{"Tuesday|DATE|2016-06-14", "Wednesday|DATE|2016-06-15"}},
	// Minutes "past" or "after" the hour in words ("ten after nine",
	// "twenty past six this evening"), after a preposition of time; not
	// a count ("ten after nine years").
	{"2016-06-17", "", "The first ballots arrived at about ten after nine, and the count ended at twenty past six this evening; he returned at ten after nine years away.", []string{"about ten after nine|TIME|2016-06-17T09:10|APPROX", "twenty past six this evening|TIME|2016-06-17T18:20", "nine years|DURATION|P9Y"}},
	// A relative clause in the simple past ("a chase that started at 8
	// a.m. Tuesday") is no flashback because an earlier clause of its
	// sentence is in the past perfect: later clock times take its day.
	// After "that had closed" the day is background.
	{"2003-03-12", "", "A man who had stolen a city bus gave himself up late Wednesday, ending a chase that started at 8 a.m. Tuesday. Police stopped the bus at 3 p.m.", []string{"late Wednesday|DATE|2003-03-12|END", "8 a.m. Tuesday|TIME|2003-03-11T08:00", "3 p.m.|TIME|2003-03-11T15:00"}},
	{"2003-03-14", "", "Workers who had walked out reopened the mill on Thursday, a mill that had closed at 6 a.m. Monday. Production resumed at noon.", []string{"Thursday|DATE|2003-03-13", "6 a.m. Monday|TIME|2003-03-10T06:00", "noon|TIME|2003-03-13T12:00"}},
	// What was to come when a past saying was dated ("warned last month
	// that", "said in September that") looks ahead from the saying, not
	// from the DCT; a month not after the saying's is still the next.
	{"2004-12-09", "", "The airline warned last month that it could miss a pension payment due Dec. 1.", []string{"last month|DATE|2004-11", "Dec. 1|DATE|2004-12-01"}},
	{"2004-12-09", "", "The governor said in September that the road would reopen in November, and aides said in October that the toll would end in August.", []string{"September|DATE|2004-09", "November|DATE|2004-11", "October|DATE|2004-10", "August|DATE|2005-08"}},
	// "throughout" before a bare season in narrative, as "through".
	{"", "", "The regiment reached Lyon in 1793. Throughout the summer the town was starved.", []string{"1793|DATE|1793", "the summer|DATE|1793-SU"}},
	{"", "", "Parliament met in March 1641, and throughout the autumn, crowds filled the streets.", []string{"March 1641|DATE|1641-03", "the autumn|DATE|1641-FA"}},
	{"", "", "The miners struck in 1912 and throughout the winter months they held out.", []string{"1912|DATE|1912"}},
	// "throughout May", as "through May": the month, not the verb.
	{"", "", "The rebels landed on 11 April 1860; throughout May they fought street by street.", []string{"11 April 1860|DATE|1860-04-11", "May|DATE|1860-05"}},
	{"", "", "The talks ran from 1 March 1921. Throughout May, delegates argued over the border.", []string{"1 March 1921|DATE|1921-03-01", "May|DATE|1921-05"}},
	// "for", "within", "throughout the following week" in narrative: a
	// length of time, as "for the next week"; "over" and a bare "the
	// following week" keep the calendar week.
	{"", "", "The convoy left Halifax on 2 March 1942. For the following week it zigzagged east.", []string{"2 March 1942|DATE|1942-03-02", "the following week|DURATION|P1W"}},
	{"", "", "The strike began on 4 May 1926; throughout the following day the trains stood idle.", []string{"4 May 1926|DATE|1926-05-04", "the following day|DURATION|P1D"}},
	{"", "", "The town surrendered on 9 June 1758. Within the following month the fort was rebuilt.", []string{"9 June 1758|DATE|1758-06-09", "the following month|DURATION|P1M"}},
	{"", "", "The town surrendered on 9 June 1758. The following month the fort was rebuilt.", []string{"9 June 1758|DATE|1758-06-09", "The following month|DATE|1758-07"}},
	// In narrative, "by mid-morning", "until late evening": a part of the
	// day the paragraph is on, as "that night"; not without such a day,
	// nor before a noun.
	{"", "", "The division attacked on 20 November 1917, and by mid-morning the wire was cut.", []string{"20 November 1917|DATE|1917-11-20", "mid-morning|TIME|1917-11-20TMO|MID"}},
	{"", "", "The ferry sank on 3 March 1921. By late afternoon, rescuers had pulled forty men from the water.", []string{"3 March 1921|DATE|1921-03-03", "late afternoon|TIME|1921-03-03TAF|END"}},
	{"", "", "The rebels held the bridge on 2 May 1808 and fought until late evening.", []string{"2 May 1808|DATE|1808-05-02", "late evening|TIME|1808-05-02TEV|END"}},
	{"", "", "The ferry sank in 1921. By late afternoon rescuers had pulled forty men from the water.", []string{"1921|DATE|1921"}},
	{"", "", "The inn opened on 3 March 1921 and served early-morning travellers.", []string{"3 March 1921|DATE|1921-03-03"}},
	// "at first light", "by first light" are dawn; "the first light
	// cruiser" is not.
	{"", "", "The brigade crossed the canal at first light on 8 August 1918.", []string{"first light|TIME|1918-08-08TMO", "8 August 1918|DATE|1918-08-08"}},
	{"", "", "The raiders landed on 19 August 1942; by first light most of them were pinned on the beach.", []string{"19 August 1942|DATE|1942-08-19", "first light|TIME|1942-08-19TMO"}},
	{"", "", "In 1912 the yard launched the first light cruiser of its class.", []string{"1912|DATE|1912"}},
	// "before the fall", "after the summer" bound a time as "until the
	// fall" does; "before the fall" in the past may be an accident, and
	// "before the summer recess" is no season of its own.
	{"2014-03-18", "", "A ruling is unlikely before the fall, and talks will resume after the summer.", []string{"the fall|DATE|2014-FA", "the summer|DATE|2014-SU"}},
	{"2014-03-18", "", "Sales slumped after the winter, the company said.", []string{"the winter|DATE|2013-WI"}},
	{"2014-03-18", "", "He was healthy before the fall, his wife said, and the bill must pass before the summer recess.", nil},
	// "in the first month", "within the first year" after a preposition
	// of time: the opening stretch counted from an event, a DURATION as
	// "the first 90 days"; not "the first week of March", "the first year
	// that", "the first month's rent" nor a subject.
	{"2019-06-03", "", "Bleeding was most common in the first week, and in the first year it faded; most relapses came within the first year after surgery.", []string{"the first week|DURATION|P1W", "the first year|DURATION|P1Y", "the first year|DURATION|P1Y"}},
	{"2019-06-03", "", "It was the first year that the company made a profit; tenants pay the first month's rent, and the first year was hard.", nil},
	// A year or a season of a year opening the sentence as its frame ("In
	// 2008, ...", "In the summer of 2003, ...") gives its year to a month
	// or day later in that sentence in the past, in news too; not to a
	// clause that looks ahead, nor across a sentence.
	{"2010-11-03", "", "In 2008, the state's count was not complete until Nov. 14.", []string{"2008|DATE|2008", "Nov. 14|DATE|2008-11-14"}},
	{"2019-07-27", "", "In the summer of 2003, a drought that lasted two weeks in August ruined the harvest.", []string{"the summer of 2003|DATE|2003-SU", "two weeks|DURATION|P2W", "August|DATE|2003-08"}},
	{"2019-07-27", "", "In 2016 the river flooded, and the dam will be finished in June. The town was evacuated in March.", []string{"2016|DATE|2016", "June|DATE|2020-06", "March|DATE|2019-03"}},
	// In news, a clock time in a clause that looks ahead from the present
	// is no reading of a day named before that is already past: "the next
	// is due at 2 p.m." after "4 p.m. Saturday", written on Sunday, is
	// Sunday's; a clause with a past verb ("said ... would hit at 2 p.m.")
	// and a past clause keep the day.
	{"2008-08-31", "", "A flood watch was posted at 5 p.m. Saturday. Bulletins are now issued hourly; the next is due at 2 p.m. (1900 GMT).", []string{"5 p.m. Saturday|TIME|2008-08-30T17:00", "now|DATE|PRESENT_REF", "hourly|SET|PT1H", "2 p.m.|TIME|2008-08-31T14:00", "1900 GMT|TIME|2008-08-31T19:00"}},
	{"2008-08-31", "", "The watch was posted Saturday. It said the river would crest at 2 p.m. The crest came at 4 p.m.", []string{"Saturday|DATE|2008-08-30", "2 p.m.|TIME|2008-08-30T14:00", "4 p.m.|TIME|2008-08-30T16:00"}},
	// Only a year or a part of one frames its sentence: after "In
	// December" a month may lie beyond it.
	{"2017-09-07", "", "In December the tower opened, and in March its roof leaked.", []string{"December|DATE|2016-12", "March|DATE|2017-03"}},
	// A new end point set at a moment dated in the past ("to", "until"
	// after a past verb) looks ahead from that moment, not from the DCT:
	// "In December the council moved the vote to March", written in
	// September, is the March after that December.
	{"2017-09-07", "", "In December the council moved the vote to March. On Feb. 3 it postponed the budget until April 12.", []string{"December|DATE|2016-12", "March|DATE|2017-03", "Feb. 3|DATE|2017-02-03", "April 12|DATE|2017-04-12"}},
	{"2017-09-07", "", "Sales fell from January to March.", []string{"January|DATE|2017-01", "March|DATE|2017-03"}},
	// A condition in the present opening the sentence puts its main
	// clause ahead, "could" and an attribution after it notwithstanding;
	// one in the past does not.
	{"2014-03-18", "", "If the union rejects the offer, a strike could not start before January, she said.", []string{"January|DATE|2015-01"}},
	{"2014-03-18", "", "If the strike went ahead in January, nobody noticed.", []string{"January|DATE|2014-01"}},
	// In news a relative clause closing its sentence is background as
	// one set off by commas: a weekday after it counts from the DCT.
	{"2008-08-31", "", "The levee was breached by Hurricane Katrina, which came ashore on Aug. 29, 2005. Gas prices rose Friday as refineries shut.", []string{"Aug. 29, 2005|DATE|2005-08-29", "Friday|DATE|2008-08-29"}},
	// The Mountain, Atlantic, Alaska and Hawaii zones are zones too,
	// inside the span and dropped from the value, as "EDT".
	{"2010-09-04", "", "The next advisory is due at 11 p.m. AST; polls closed at 7 p.m. MDT Tuesday and at 6 p.m. HST.", []string{"11 p.m. AST|TIME|2010-09-04T23:00", "7 p.m. MDT Tuesday|TIME|2010-08-31T19:00", "6 p.m. HST|TIME|2010-08-31T18:00"}},
	// A bare season after "to" is the new date of something moved
	// ("pushed back to spring"); not one ending no phrase ("switched to
	// spring water") nor one before a noun it modifies ("in spring
	// training", "by summer break").
	{"2015-03-02", "", "The album was pushed back to spring, and the tour was moved to summer, its label said.", []string{"spring|DATE|2015-SP", "summer|DATE|2015-SU"}},
	{"2015-03-02", "", "The team switched to spring water; the players reported in spring training, and by summer break most had left.", nil},
	// A bare "autumn" is a season as "spring" is; only "fall" is left
	// bare, a noun and a verb.
	{"2015-03-02", "", "Sales slowed in autumn, and the launch was delayed to autumn; prices fall in June.", []string{"autumn|DATE|2014-FA", "autumn|DATE|2015-FA", "June|DATE|2015-06"}},
	// A count with decimals other than a half ("a median of 14.2 months")
	// keeps its decimal on the unit, as ISO 8601 allows; halves stay in
	// whole smaller units; ages and rates are none.
	{"2018-04-16", "", "Median survival was 14.2 months against 9.8 months, over a follow-up of 3.4 years; symptoms eased after 2.5 days.", []string{"14.2 months|DURATION|P14.2M", "9.8 months|DURATION|P9.8M", "3.4 years|DURATION|P3.4Y", "2.5 days|DURATION|P2DT12H"}},
	{"2018-04-16", "", "The children, aged 3.4 years on average, spent 1.2 days a week at home.", nil},
	// A bare count joined by "and" or "or" to a count of units shares
	// the unit, each its own DURATION ("two or three days", "3, 6 and 12
	// months"); not a year, a rate, an age, nor a range with "to".
	{"2018-04-16", "", "Patients were seen at 3, 6 and 12 months, and the rash lasted two or three days.", []string{"3|DURATION|P3M", "6|DURATION|P6M", "12 months|DURATION|P12M", "two|DURATION|P2D", "three days|DURATION|P3D"}},
	{"2018-04-16", "", "In 2009 and three years later the plant flooded; staff met two or three days a week, and the twins were 5 and 6 years old.", []string{"2009|DATE|2009", "three years later|DATE|2012", "three days a week|SET|P1W"}},
	// "first-half", "second-half" before a figure of a report are the
	// year's half, as "second-quarter profit"; "a first-half goal" is
	// a half of a match.
	{"2016-09-28", "", "The brewer said first-half profit fell, and second-half sales should recover.", []string{"first-half|DATE|2016-H1", "second-half|DATE|2016-H2"}},
	{"2016-09-28", "", "He scored a first-half goal on Saturday.", []string{"Saturday|DATE|2016-09-24"}},
	// "first set for", "previously scheduled for" right before the plan
	// are a plan superseded, as "originally set for": the nearest such
	// date, and what it was put off to counts from it.
	{"2014-03-18", "", "The sentencing, first set for Feb. 12, was postponed to March 5; the hearing, previously scheduled for Jan. 30, was moved to Feb. 20.", []string{"Feb. 12|DATE|2014-02-12", "March 5|DATE|2014-03-05", "Jan. 30|DATE|2014-01-30", "Feb. 20|DATE|2014-02-20"}},
	// "the week after", "the week before" ending their phrase are the
	// ISO week after (before) the day last named, as "the following
	// week"; "the week after Christmas" keeps its object apart.
	{"2014-03-18", "", "Jury selection starts April 7, with opening statements the week after.", []string{"April 7|DATE|2014-04-07", "the week after|DATE|2014-W16"}},
	{"", "", "The army reached Kiev on 6 November 1943; the week before, it had crossed the river.", []string{"6 November 1943|DATE|1943-11-06", "the week before|DATE|1943-W43"}},
	// "put", "cost", "spread", "shed" with an object are past as "hit"
	// is: a clock time after them is no reading of a day ahead named
	// before; after a modal they look ahead.
	{"2008-08-31", "", "The river is expected to crest late Tuesday. The 5 a.m. EDT bulletin put the crest at 31 feet, and the flood cost the county $2 million in June; officials will put the levy to a vote on Friday.", []string{"late Tuesday|DATE|2008-09-02|END", "5 a.m. EDT|TIME|2008-08-31T05:00", "June|DATE|2008-06", "Friday|DATE|2008-09-05"}},
	// A clause opened by ", when" right after a year tells of that year,
	// even after "since": a month in it in the past is of that year; a
	// clause after it that looks ahead, or a new sentence, is not.
	{"2019-07-27", "", "The record had stood since 1947, when a drought gripped the north for most of July.", []string{"1947|DATE|1947", "July|DATE|1947-07"}},
	{"2019-07-27", "", "The fund was set up in 2012, when interest rates were low, and in March it will close.", []string{"2012|DATE|2012", "March|DATE|2020-03"}},
	// "from the spring to the summer", "moved to the autumn": seasons
	// bounding a move in time; "to the spring fair", "from the winter
	// palace" are none.
	{"2017-09-07", "", "Deliveries slipped from the spring to the summer, and the launch was moved to the autumn.", []string{"the spring|DATE|2017-SP", "the summer|DATE|2017-SU", "the autumn|DATE|2017-FA"}},
	{"2017-09-07", "", "He went to the spring fair, and the court moved from the winter palace to the summer residence.", nil},
	// "until" leads its own date: a possessive day before it ("Monday's
	// order gives them until May 1") is what was done, not an end point
	// ahead.
	{"2009-06-26", "", "Monday's order gives the tenants until Sept. 30 to leave.", []string{"Monday|DATE|2009-06-22", "Sept. 30|DATE|2009-09-30"}},
	// "until" leads its own date: a possessive day before it ("Monday's
	// order gives them until May 1") is what was done, not an end point
	// ahead.
	{"2009-06-26", "", "Monday's order gives the tenants until Sept. 30 to leave.", []string{"Monday|DATE|2009-06-22", "Sept. 30|DATE|2009-09-30"}},
	// "last summer" in the month after the summer's three, which "this
	// summer" still names, is the summer a year back; a month later it
	// is the one just over.
	{"2017-09-01", "", "Clubs spent £1.4bn this summer, beating the £1.2bn spent last summer.", []string{"this summer|DATE|2017-SU", "last summer|DATE|2016-SU"}},
	{"2017-10-12", "", "The dam was repaired last summer.", []string{"last summer|DATE|2017-SU"}},
	// The year of a sentence's opening subject ("The 2003 heatwave")
	// frames it as "In 2003," does; a clause that looks ahead and the
	// next sentence are not in it.
	{"2019-07-27", "", "The 2016 referendum, held in June, split the country. The 2003 drought lasted two weeks in August.", []string{"2016|DATE|2016", "June|DATE|2016-06", "2003|DATE|2003", "two weeks|DURATION|P2W", "August|DATE|2003-08"}},
	{"2019-07-27", "", "The 2016 referendum will be followed by talks in March.", []string{"2016|DATE|2016", "March|DATE|2020-03"}},
	// A month or season joined by "and" or "or" to a yearly SET ("every
	// June or July", "every spring and autumn") is one more of its days;
	// one in a clause of its own is not.
	{"2011-10-05", "", "The firm had released a phone every June or July since 2007; the board meets each March and September, and every spring and autumn the birds pass.", []string{"every June|SET|XXXX-06", "July|SET|XXXX-07", "2007|DATE|2007", "each March|SET|XXXX-03", "September|SET|XXXX-09", "every spring|SET|XXXX-SP", "autumn|SET|XXXX-FA"}},
	{"2011-10-05", "", "The fair is held every May, and in June the town is quiet.", []string{"every May|SET|XXXX-05", "June|DATE|2011-06"}},
	// So a weekday joined to a weekly SET: "every Monday and Thursday".
	{"2011-10-05", "", "The court sits every Monday and Thursday, and bins are emptied every Tuesday or Friday.", []string{"every Monday|SET|XXXX-WXX-1", "Thursday|SET|XXXX-WXX-4", "every Tuesday|SET|XXXX-WXX-2", "Friday|SET|XXXX-WXX-5"}},
	// A weekday followed by "next week", "last week", "this week" (or
	// two joined, "Monday through Friday next week") is that week's day.
	{"2015-11-30", "", "Hearings will be held Monday through Friday next week; the clerk resigned on Friday last week.", []string{"Monday|DATE|2015-12-07", "Friday|DATE|2015-12-11", "next week|DATE|2015-W50", "Friday|DATE|2015-11-27", "last week|DATE|2015-W48"}},
	// A "when" clause in the simple past after a past perfect is the
	// story's time, no flashback: the month after it takes its year.
	{"", "", "The strike ran from 1934 to 1937. The mills had been idle for a year when the union called a vote in May 1934. In August the owners gave way.", []string{"1934|DATE|1934", "1937|DATE|1937", "a year|DURATION|P1Y", "May 1934|DATE|1934-05", "August|DATE|1934-08"}},
	{"", "", "The colony lasted from 1620 to 1691. The settlers had wintered on the ship when the governor died in April 1621. In November a second ship arrived.", []string{"1620|DATE|1620", "1691|DATE|1691", "April 1621|DATE|1621-04", "November|DATE|1621-11"}},
	// Without the clause it stays a flashback.
	{"", "", "The war ended in 1763. The French had lost Quebec in 1759. In May the treaty was ratified.", []string{"1763|DATE|1763", "1759|DATE|1759", "May|DATE|1763-05"}},
	// A rate stays no expression when its noun is also a verb: "three
	// shifts a day", "two reports a week".
	{"", "", "By 1917 the arsenal worked three shifts a day and sent two reports a week to the ministry.", []string{"1917|DATE|1917"}},
	// A quantifier can start the clause after a time phrase, as a
	// pronoun can: "by mid-century both sides", "by the afternoon most of
	// the guns".
	{"", "", "The civil war broke out in 1139, and by mid-century both sides were exhausted.", []string{"1139|DATE|1139", "mid-century|DATE|11|MID"}},
	{"", "", "The assault began on 18 June 1815. By the afternoon most of the squares were still holding.", []string{"18 June 1815|DATE|1815-06-18", "the afternoon|TIME|1815-06-18TAF"}},
	// A life or a reign in brackets after a name is an aside: a bare day
	// after it takes the story's year, not the bracket's last.
	{"", "", "Louis XV died on 10 May 1774. His grandson Louis XVI (r. 1774–1792) was crowned at Reims on 11 June.", []string{"10 May 1774|DATE|1774-05-10", "1774|DATE|1774", "1792|DATE|1792", "11 June|DATE|1774-06-11"}},
	{"", "", "The old abbot died in March 1098. His successor Anselm (1033–1109) arrived in May and stayed two years.", []string{"March 1098|DATE|1098-03", "1033|DATE|1033", "1109|DATE|1109", "May|DATE|1098-05", "two years|DURATION|P2Y"}},
	// Not years in brackets after a common noun: the siege's own years.
	{"", "", "The town was first attacked in 1627. The siege lasted two years (1629–1631), and in August the garrison marched out.", []string{"1627|DATE|1627", "two years|DURATION|P2Y", "1629|DATE|1629", "1631|DATE|1631", "August|DATE|1631-08"}},
	// A month counted from a week is the month of the week's Thursday,
	// not a month 0 (December of the year before).
	{"", "", "The dockers walked out on 3 May 1926. A week later the miners voted, and later that month they rejected the offer; the following month they struck again.", []string{"3 May 1926|DATE|1926-05-03", "A week later|DATE|1926-W19", "later that month|DATE|1926-05", "the following month|DATE|1926-06"}},
	// Minutes "to" the hour count back from it, the minutes named or
	// not; "midnight" and "noon" are hours too. After "from" it is a
	// range.
	{"", "", "The strike began at one minute to midnight on 3 May 1926, and the first trains stopped at twenty minutes to eight the next morning.", []string{"one minute to midnight|TIME|1926-05-03T23:59", "3 May 1926|DATE|1926-05-03", "twenty minutes to eight|TIME|1926-05-04T07:40", "the next morning|DATE|1926-05-04"}},
	{"", "", "On 14 April 1912 the lookout saw the iceberg at twenty to midnight.", []string{"14 April 1912|DATE|1912-04-14", "twenty to midnight|TIME|1912-04-14T23:40"}},
	{"", "", "In 1926 the shops opened from ten to six.", []string{"1926|DATE|1926"}},
	// A reading without its half of the day, still before a time of the
	// evening of the same day when read in the afternoon, is the next
	// morning's; so is a 24-hour reading.
	{"", "", "On 14 April 1912 the lookout saw the iceberg at twenty to midnight; the ship sank at twenty past two.", []string{"14 April 1912|DATE|1912-04-14", "twenty to midnight|TIME|1912-04-14T23:40", "twenty past two|TIME|1912-04-15T02:20"}},
	{"", "", "On 5 November 1605 the cellar was searched at 11 p.m., and Fawkes was taken at 1:30.", []string{"5 November 1605|DATE|1605-11-05", "11 p.m.|TIME|1605-11-05T23:00", "1:30|TIME|1605-11-06T01:30"}},
	{"", "", "On 3 May 1890 the attack began at 5 p.m.; at half past three the guns had opened fire.", []string{"3 May 1890|DATE|1890-05-03", "5 p.m.|TIME|1890-05-03T17:00", "half past three|TIME|1890-05-03T15:30"}},
	// "May Day" is 1 May, a feast; "a cold May day" is a day of May.
	{"", "", "The miners were locked out on May Day 1926, and from 1927 the unions marched every May Day; on a cold May day in 1928 few came.", []string{"May Day 1926|DATE|1926-05-01", "1927|DATE|1927", "every May Day|SET|XXXX-05-01", "1928|DATE|1928"}},
	// A city's clock between the time and its day ("Moscow time") stays
	// outside the span, as "local time", and the day after it is the
	// time's.
	{"", "", "Vostok 1 lifted off at 9:07 a.m. Moscow time on 12 April 1961; the ferry left at 14:10 Tokyo time on 3 May.", []string{"9:07 a.m.|TIME|1961-04-12T09:07", "12 April 1961|DATE|1961-04-12", "14:10|TIME|1961-05-03T14:10", "3 May|DATE|1961-05-03"}},
	// A colon reading after "at about", "by around" is a clock time, as
	// after "at": the hedge inside with APPROX.
	{"", "", "On 12 April 1961 Gagarin landed at about 10:55, after 108 minutes; in 1962 the rate was about 10:55 against the dollar.", []string{"12 April 1961|DATE|1961-04-12", "about 10:55|TIME|1961-04-12T10:55|APPROX", "108 minutes|DURATION|PT108M", "1962|DATE|1962"}},
	// "sunrise", "sunup" are dawn, "sunset", "sundown" dusk, after a
	// preposition of time, in a story about a day; a caption's "at
	// sunset" names none.
	{"", "", "On 6 April 1915 the cavalry charged at sunrise and withdrew at sunset; the infantry marched from sunup to sundown.", []string{"6 April 1915|DATE|1915-04-06", "sunrise|TIME|1915-04-06TMO", "sunset|TIME|1915-04-06TEV", "sunup|TIME|1915-04-06TMO", "sundown|TIME|1915-04-06TEV"}},
	{"2024-05-06", "", "Rebels attacked the base at sunset on Friday.", []string{"sunset|TIME|2024-05-03TEV", "Friday|DATE|2024-05-03"}},
	{"2024-05-06", "", "Photo: the harbour of Valletta at sunset.", nil},
	// In narrative "by evening", "towards evening", "until evening" are
	// the part of the day the paragraph is on, as "by mid-morning"; not
	// "by night" (a manner), "until morning", nor before a noun.
	{"", "", "On 6 April 1915 the guns fell silent towards evening, and by afternoon the next day the wounded were gone.", []string{"6 April 1915|DATE|1915-04-06", "evening|TIME|1915-04-06TEV", "afternoon|TIME|1915-04-07TAF", "the next day|DATE|1915-04-07"}},
	{"", "", "On 22 April 1453 the ships were dragged overland; the defenders repaired the walls by night and caught the evening tide.", []string{"22 April 1453|DATE|1453-04-22"}},
	{"", "", "On 9 June 1815 the allies met and argued until evening.", []string{"9 June 1815|DATE|1815-06-09", "evening|TIME|1815-06-09TEV"}},
	// "since dawn" is dawn of the day meant, as "at dawn"; "dawn of
	// history" is none.
	{"", "", "The men were hanged on 1 May 1820 before a crowd that had gathered since dawn; since dawn of history crowds have watched.", []string{"1 May 1820|DATE|1820-05-01", "dawn|TIME|1820-05-01TMO"}},
	// In narrative "in the weeks before the strike" is the stretch, the
	// unit alone (PXW), as "in the weeks that followed"; not in news.
	{"", "", "The mills closed in March 1912. In the weeks before the strike, organisers met at night.", []string{"March 1912|DATE|1912-03", "weeks|DURATION|PXW"}},
	// In narrative a month in a clause of what happened every year is
	// any year's, as one in the present tense is; not in a clause of its
	// own beside it.
	{"", "", "Portuguese traders reached Benin in 1485. Each year, the Oba held the Igue festival at the end of December, and the fair was held annually in June.", []string{"1485|DATE|1485", "Each year|SET|P1Y", "the end of December|DATE|XXXX-12|END", "annually|SET|P1Y", "June|DATE|XXXX-06"}},
	{"", "", "In 1820 the fair opened in May, and every year after it grew.", []string{"1820|DATE|1820", "May|DATE|1820-05", "every year|SET|P1Y"}},
	// Right after a span of less than a year across the turn of a year,
	// a month of it is the one inside it; the story goes on from there.
	{"", "", "The siege of Paris lasted from 19 September 1870 to 28 January 1871. By late October the city was eating horses, and by December the animals of the zoo; on 5 January the shelling began.", []string{"19 September 1870|DATE|1870-09-19", "28 January 1871|DATE|1871-01-28", "late October|DATE|1870-10|END", "December|DATE|1870-12", "5 January|DATE|1871-01-05"}},
	// A counted day with its date given after it in apposition is that
	// date, whatever days the count skipped; the count goes on from it.
	{"", "", "The hearing opened on Monday, 3 March 1952. On the sixth day, 11 March, the defence rested; on the seventh day the jury retired.", []string{"Monday, 3 March 1952|DATE|1952-03-03", "the sixth day|DATE|1952-03-11", "11 March|DATE|1952-03-11", "the seventh day|DATE|1952-03-12"}},
	// "every" or "each" before a list of weekdays, months or seasons goes
	// with each of them: a SET each.
	{"", "", "The weavers' market was held every Tuesday and Saturday until 1861.", []string{"every Tuesday|SET|XXXX-WXX-2", "Saturday|SET|XXXX-WXX-6", "1861|DATE|1861"}},
	{"", "", "Each spring and autumn the monks repaired the dikes.", []string{"Each spring|SET|XXXX-SP", "autumn|SET|XXXX-FA"}},
	{"", "", "The assizes sat every March, July, and November.", []string{"every March|SET|XXXX-03", "July|SET|XXXX-07", "November|SET|XXXX-11"}},
	{"", "", "The ferry ran every Sunday, and in 1890 a second boat was added.", []string{"every Sunday|SET|XXXX-WXX-7", "1890|DATE|1890"}},
	// In narrative a month or day early in the year, a few months after
	// a late month named last, is past the turn of the year; not when
	// the clause looks back, nor after a year alone.
	{"", "", "The garrison was relieved on 28 November 1854, and on 6 February the siege works were abandoned.", []string{"28 November 1854|DATE|1854-11-28", "6 February|DATE|1855-02-06"}},
	{"", "", "The ship was frozen in by December 1872. In March the ice began to break.", []string{"December 1872|DATE|1872-12", "March|DATE|1873-03"}},
	{"", "", "The ship was frozen in by December 1872. In January the crew had landed its stores.", []string{"December 1872|DATE|1872-12", "January|DATE|1872-01"}},
	{"", "", "The ship was lost in 1872. In January it had sailed from Hull.", []string{"1872|DATE|1872", "January|DATE|1872-01"}},
	{"", "", "The troops went into winter quarters at Christmas 1776, and on New Year's Day the enlistments ran out.", []string{"Christmas 1776|DATE|1776-12-25", "New Year's Day|DATE|1777-01-01"}},
	// A range of months or days without a year that wraps the year runs
	// on from its start: the start takes the story's year, the end the
	// next.
	{"", "", "The brig was frozen in on 2 October 1898 and stayed in the ice from 28 December to 3 January.", []string{"2 October 1898|DATE|1898-10-02", "28 December|DATE|1898-12-28", "3 January|DATE|1899-01-03"}},
	{"", "", "The monks reached the valley in 1147 and were snowed in between November and April.", []string{"1147|DATE|1147", "November|DATE|1147-11", "April|DATE|1148-04"}},
	{"", "", "The monks reached the valley in 1147 and farmed it from April to October.", []string{"1147|DATE|1147", "April|DATE|1147-04", "October|DATE|1147-10"}},

	// In a news report's background, a season named with its year years
	// back is the story's time, as a month is: a bare month after it in
	// the past tense takes its year; a season a year back stays news.
	{"2019-05-10", "", "Officials said on Thursday that the dam would be inspected. In the spring of 2009 floods breached its spillway, and in June engineers rebuilt it.", []string{"Thursday|DATE|2019-05-09", "the spring of 2009|DATE|2009-SP", "June|DATE|2009-06"}},
	{"2021-03-10", "", "The strike ended on Monday. Miners first walked out in the winter of 2014, and in March the pits closed.", []string{"Monday|DATE|2021-03-08", "the winter of 2014|DATE|2014-WI", "March|DATE|2015-03"}},
	{"2021-03-10", "", "The strike ended on Monday. Miners first walked out in the summer of 2020, and in March the pits closed.", []string{"Monday|DATE|2021-03-08", "the summer of 2020|DATE|2020-SU", "March|DATE|2021-03"}},

	// The body of an article starts its story where it likes: a past
	// perfect that opens it looks back from no date of the lead.
	{"", "", "The famine in the province lasted from 1876 to 1878.\n\nThe monsoon had failed in 1875. Grain prices doubled in March, and relief works opened in the autumn.", []string{"1876|DATE|1876", "1878|DATE|1878", "1875|DATE|1875", "March|DATE|1875-03", "the autumn|DATE|1875-FA"}},
	{"", "", "The strike at the mills began on 2 May 1910 and ended on 20 August 1911.\n\nBackground\n\nThe owners had cut wages in January 1909. The union met in April and chose a new leader.", []string{"2 May 1910|DATE|1910-05-02", "20 August 1911|DATE|1911-08-20", "January 1909|DATE|1909-01", "April|DATE|1909-04"}},
	// (Later in a paragraph a past perfect looks back from the lead's date.)
	{"", "", "The treaty was signed on 10 June 1920.\n\nThe delegates met in Paris. The war had begun in 1918. In May they agreed the borders.", []string{"10 June 1920|DATE|1920-06-10", "1918|DATE|1918", "May|DATE|1920-05"}},

	// A story told forward crosses into the next year: a month or day a
	// few months after the last one, earlier in the calendar, is next
	// year's; the past perfect looks back and keeps the year.
	{"", "", "He was elected in November 1932 and took office in March.", []string{"November 1932|DATE|1932-11", "March|DATE|1933-03"}},
	{"", "", "The war ended on 11 November 1918. In January the peace conference opened, and in June the treaty was signed.", []string{"11 November 1918|DATE|1918-11-11", "January|DATE|1919-01", "June|DATE|1919-06"}},
	{"", "", "The ship left Hobart on 20 December 1911 and reached the ice on 2 January.", []string{"20 December 1911|DATE|1911-12-20", "2 January|DATE|1912-01-02"}},
	{"", "", "The report was published in December 1990. In February he had warned the board.", []string{"December 1990|DATE|1990-12", "February|DATE|1990-02"}},
	{"", "", "Japan attacked Pearl Harbor on 7 December 1941. Earlier, in February, the fleet trained for the raid.", []string{"7 December 1941|DATE|1941-12-07", "February|DATE|1941-02"}},
	{"", "", "The city fell on 12 November 1918. Back in January, few expected it.", []string{"12 November 1918|DATE|1918-11-12", "January|DATE|1918-01"}},
	// A spring a few months after a December is the next year's, as
	// March is; in the past perfect it looks back and keeps the year.
	{"", "", "The garrison capitulated on 28 November 1709. In the spring the fleet sailed for home.", []string{"28 November 1709|DATE|1709-11-28", "the spring|DATE|1710-SP"}},
	{"", "", "The colonists landed in December 1620 and could not plant until the spring. On 25 December they built a storehouse.", []string{"December 1620|DATE|1620-12", "the spring|DATE|1621-SP", "25 December|DATE|1620-12-25"}},
	{"", "", "The colonists landed in December 1620. They had sailed from England in the spring.", []string{"December 1620|DATE|1620-12", "the spring|DATE|1620-SP"}},
	// An adverb after a season ends its phrase, as a comma does.
	{"", "", "In 1812 the emperor chose to march in the summer rather than risk a winter war.", []string{"1812|DATE|1812", "the summer|DATE|1812-SU"}},
	{"", "", "The dig was to close in 1931, but it went on in the autumn instead.", []string{"1931|DATE|1931", "the autumn|DATE|1931-FA"}},
	{"", "", "The column reached the river on 1 December 1812 and chose to cross in the winter rather than wait for the spring. On 18 December the rearguard crossed.", []string{"1 December 1812|DATE|1812-12-01", "the winter|DATE|1812-WI", "the spring|DATE|1813-SP", "18 December|DATE|1812-12-18"}},

	// A short phrase between commas ending in "since" is an aside: the
	// date after it is looked back on, and the sentence goes on in the
	// story's year.
	{"", "", "The bridge was reopened on 14 June 1951. Its toll, in place since 2 March 1937, was lifted on 1 July.", []string{"14 June 1951|DATE|1951-06-14", "2 March 1937|DATE|1937-03-02", "1 July|DATE|1951-07-01"}},
	{"", "", "The governor resigned on 3 May 1988. His deputy, in office since 1979, was sworn in on 9 May.", []string{"3 May 1988|DATE|1988-05-03", "1979|DATE|1979", "9 May|DATE|1988-05-09"}},

	// The date a length of time is counted from ("seventeen years after
	// it was bombed in March 1945") is no time the story moves back to.
	{"", "", "The museum reopened on 12 May 1962, seventeen years after it was bombed in March 1945. Its first exhibition closed in September.", []string{"12 May 1962|DATE|1962-05-12", "seventeen years|DURATION|P17Y", "March 1945|DATE|1945-03", "September|DATE|1962-09"}},
	{"", "", "The treaty was signed on 3 June 1920, two years after the armistice of 11 November 1918. On 15 July the first troops left.", []string{"3 June 1920|DATE|1920-06-03", "two years|DURATION|P2Y", "11 November 1918|DATE|1918-11-11", "15 July|DATE|1920-07-15"}},

	// "by the end of the year" before a past perfect, in a paragraph that
	// has named an earlier year, is that year's end: the DCT's is still to
	// come; a plan looks to the DCT's.
	{"2016-02-12", "", "The union said on Friday it would appeal. The plant opened in March 2014. By the end of the year it had hired 400 workers.", []string{"Friday|DATE|2016-02-12", "March 2014|DATE|2014-03", "the end of the year|DATE|2014|END"}},
	{"2019-03-20", "", "Police reported the theft on Monday. The gallery bought the painting on 12 October 2018, and by the end of the year it had been insured.", []string{"Monday|DATE|2019-03-18", "12 October 2018|DATE|2018-10-12", "the end of the year|DATE|2018|END"}},
	{"2016-02-12", "", "The company said on Friday it would hire 400 workers by the end of the year.", []string{"Friday|DATE|2016-02-12", "the end of the year|DATE|2016|END"}},

	// News names a day of an earlier year with its year: in the past
	// tense, a day or month not yet come in the DCT's year, after the
	// paragraph named a year of its own years back, is that year's; a
	// month already come this year stays the DCT's.
	{"2021-08-18", "", "Crews braced for winds on Monday. In 2017, a fire destroyed the town of Ashford. It began at 4:10 a.m. on Oct. 9 and burned for a week.", []string{"Monday|DATE|2021-08-16", "2017|DATE|2017", "4:10 a.m.|TIME|2017-10-09T04:10", "Oct. 9|DATE|2017-10-09", "a week|DURATION|P1W"}},
	{"2012-04-25", "", "The museum reopened on Tuesday. In 2009, thieves took six paintings from it; two were found in September.", []string{"Tuesday|DATE|2012-04-24", "2009|DATE|2009", "September|DATE|2009-09"}},
	{"1998-03-10", "", "Smith was first elected in 1984. He resigned in January, officials said Tuesday.", []string{"1984|DATE|1984", "January|DATE|1998-01", "Tuesday|DATE|1998-03-10"}},
	{"2000-01-15", "", "The company was founded in 1995. Its shares fell sharply in December.", []string{"1995|DATE|1995", "December|DATE|1999-12"}},

	// "and days later": a stretch of unknown length after "and" too, as
	// "Days later" opening a sentence.
	{"", "", "The dam failed on 2 April 1911, and days later the valley was evacuated.", []string{"2 April 1911|DATE|1911-04-02", "days|DURATION|PXD"}},
	{"", "", "The king fell ill in May 1422 but weeks later rode north again.", []string{"May 1422|DATE|1422-05", "weeks|DURATION|PXW"}},

	// "after days of pressure", ", and months of talks followed": a
	// stretch of unknown length; "the days of" alone is a time of history.
	{"1999-06-02", "", "The minister resigned after days of pressure from his party.", []string{"days|DURATION|PXD"}},
	{"", "", "The strike began in March 1926, and months of hardship followed.", []string{"March 1926|DATE|1926-03", "months|DURATION|PXM"}},
	{"", "", "In the days of the old republic the port was busy.", nil},

	// A modal and a verb of lasting look ahead, as "could last into
	// December": "could run into the spring", "might stretch into
	// December"; the past "ran into" looks back.
	{"2019-10-03", "", "The minister said she would remain until a replacement was found, a search that could run into the spring.", []string{"the spring|DATE|2020-SP"}},
	{"2019-10-03", "", "Officials said the inquiry was opened last week and that it might stretch into December.", []string{"last week|DATE|2019-W39", "December|DATE|2019-12"}},
	{"2019-10-03", "", "The inquiry ran into December.", []string{"December|DATE|2018-12"}},

	// What was proposed for a date lies ahead of the proposal: the
	// nearest such month or day; a plain object keeps the past.
	{"2024-11-14", "", "The mayor had proposed holding the referendum in early February.", []string{"early February|DATE|2025-02|START"}},
	{"2013-09-25", "", "The board suggested delaying the merger until January.", []string{"January|DATE|2014-01"}},
	{"2013-09-25", "", "The union proposed a strike in March.", []string{"March|DATE|2013-03"}},

	// The past perfect looks back from the story's time: a month later in
	// the calendar than the last one named, in the same clause as "had",
	// is the year before's; "By June he had left" and a plan held before
	// are the story's year.
	{"", "", "He returned to Paris in March 1990. He had left the city in June, after the strike.", []string{"March 1990|DATE|1990-03", "June|DATE|1989-06"}},
	{"", "", "The dam was finished in April 1936; the river, which had flooded the valley in October, was quiet.", []string{"April 1936|DATE|1936-04", "October|DATE|1935-10"}},
	{"", "", "He returned to Paris in March 1990. By June he had left again.", []string{"March 1990|DATE|1990-03", "June|DATE|1990-06"}},
	{"", "", "He returned to Paris in March 1990. He had planned to leave in June.", []string{"March 1990|DATE|1990-03", "June|DATE|1990-06"}},

	// New Year's Eve is the last day of the year it falls in, with a year
	// written ("New Year's Eve 1999") or the story's ("in September 2019.
	// On New Year's Eve").
	{"", "", "The bells were rung at midnight on New Year's Eve 1899.", []string{"midnight|TIME|1899-12-31T24:00", "New Year's Eve 1899|DATE|1899-12-31"}},
	{"", "", "The mine reopened in August 1921. On New Year's Eve the miners struck again.", []string{"August 1921|DATE|1921-08", "New Year's Eve|DATE|1921-12-31"}},
	{"2000-01-03", "", "Police said the tunnel closed on New Year's Eve.", []string{"New Year's Eve|DATE|1999-12-31"}},

	// After a range, a verb of beginning starts the story over from the
	// range's first year; a sentence that moves on keeps the last one's.
	{"", "", "The drought lasted from May 1931 to April 1932. It began in the south, in July, and by October the wells were dry.", []string{"May 1931|DATE|1931-05", "April 1932|DATE|1932-04", "July|DATE|1931-07", "October|DATE|1931-10"}},
	{"", "", "The strike lasted from March 1984 to March 1985. It began in Yorkshire on 6 March.", []string{"March 1984|DATE|1984-03", "March 1985|DATE|1985-03", "6 March|DATE|1984-03-06"}},
	{"", "", "He served as mayor from June 2019 to May 2020. In September he became governor.", []string{"June 2019|DATE|2019-06", "May 2020|DATE|2020-05", "September|DATE|2020-09"}},

	// "by" a month of the new year with the past perfect is a deadline
	// ahead, not a look back: the story crosses into the next year.
	{"", "", "The negotiators met again on 9 December 1918; by mid-January they had agreed on the borders.", []string{"9 December 1918|DATE|1918-12-09", "mid-January|DATE|1919-01|MID"}},

	// The end of a year is its last months: a story that told "late 1847"
	// goes on into the next year's first months.
	{"", "", "Cholera reached the port in late 1847. On 12 February the board of health closed the markets, and in April the schools.", []string{"late 1847|DATE|1847|END", "12 February|DATE|1848-02-12", "April|DATE|1848-04"}},
	{"", "", "Cholera reached the port in 1847. In February the board of health closed the markets.", []string{"1847|DATE|1847", "February|DATE|1847-02"}},

	// A bare ordinal day after "a week later" is the day of that number
	// nearest the week the story is in.
	{"", "", "The envoys reached the capital on 8 December 1918. A week later the talks opened, and on the 19th the first draft was signed.", []string{"8 December 1918|DATE|1918-12-08", "A week later|DATE|1918-W50", "the 19th|DATE|1918-12-19"}},
	{"", "", "The column left on 20 March 1916. Two weeks later it reached the river, and on the 5th it crossed.", []string{"20 March 1916|DATE|1916-03-20", "Two weeks later|DATE|1916-W14", "the 5th|DATE|1916-04-05"}},

	// A month or feast in a clause opened by "after", later in the
	// calendar than the date the sentence named, came before it: the year
	// before's. A main clause after an "after" phrase goes on.
	{"", "", "The port was reopened on 14 January 1952, after ice closed it over Christmas.", []string{"14 January 1952|DATE|1952-01-14", "Christmas|DATE|1951-12-25"}},
	{"", "", "The mill reopened on 2 February 1893, after workers struck in November.", []string{"2 February 1893|DATE|1893-02-02", "November|DATE|1892-11"}},
	{"", "", "Contact was lost on 27 January 2019, and after a month of attempts to revive it the mission was declared over on 1 March.", []string{"27 January 2019|DATE|2019-01-27", "a month|DURATION|P1M", "1 March|DATE|2019-03-01"}},

	// "at dawn the next day", "by nightfall the following day": the day
	// counted right after it is its day, as "at noon the next day".
	{"", "", "The treaty was signed on 4 May 1921, and by dawn the next day the guns were silent.", []string{"4 May 1921|DATE|1921-05-04", "dawn|TIME|1921-05-05TMO", "the next day|DATE|1921-05-05"}},
	{"", "", "The relief column set out on 2 June 1857 and reached the fort by nightfall the following day.", []string{"2 June 1857|DATE|1857-06-02", "nightfall|TIME|1857-06-03TEV", "the following day|DATE|1857-06-03"}},

	// "lasted only days", "for just hours": "only" and "just" between the
	// verb of lasting and the unit leave it a stretch of unknown length.
	{"2017-01-24", "", "A truce in February held, but another in September lasted only days.", []string{"February|DATE|2016-02", "September|DATE|2016-09", "days|DURATION|PXD"}},
	{"", "", "The repairs took just hours.", []string{"hours|DURATION|PTXH"}},
	{"", "", "The only days off were Sundays.", []string{"Sundays|SET|XXXX-WXX-7"}},

	// A clause opened by ", when" after a date tells of that time: a bare
	// day in it takes that date's year, not the DCT's.
	{"2022-12-05", "", "Talks resumed in late November 2021, when a draft was agreed on Dec. 3.", []string{"late November 2021|DATE|2021-11|END", "Dec. 3|DATE|2021-12-03"}},
	{"2016-10-12", "", "The plant closed in 2014, when the last workers left on Oct. 3.", []string{"2014|DATE|2014", "Oct. 3|DATE|2014-10-03"}},
	{"2016-10-12", "", "The plant closed in 2014. The last workers left on Oct. 3, when the union said it would appeal.", []string{"2014|DATE|2014", "Oct. 3|DATE|2016-10-03"}},

	// A year years back set at the head of a news sentence ("In 2005,")
	// frames its bare days and months, even ones already come this year.
	{"2019-10-18", "", "Protesters blocked roads on Friday. In 2005, after the assassination of the prime minister on Feb. 14, protests forced foreign troops out by the end of April.", []string{"Friday|DATE|2019-10-18", "2005|DATE|2005", "Feb. 14|DATE|2005-02-14", "the end of April|DATE|2005-04|END"}},
	{"2019-10-18", "", "Protesters blocked roads on Friday. The prime minister was killed in 2005. Troops left in April.", []string{"Friday|DATE|2019-10-18", "2005|DATE|2005", "April|DATE|2019-04"}},

	// So after the last half, quarter or the autumn of a year: "the second
	// half of 1961 ... in January" is the next January.
	{"", "", "The division fought in Italy in the autumn of 1943. In January it was moved to England.", []string{"the autumn of 1943|DATE|1943-FA", "January|DATE|1944-01"}},
	{"", "", "Talks were held in Geneva during the second half of 1961, and again in February.", []string{"the second half of 1961|DATE|1961-H2", "February|DATE|1962-02"}},
	{"", "", "Sales fell in the second half of 1998. In June the company cut 300 jobs.", []string{"the second half of 1998|DATE|1998-H2", "June|DATE|1998-06"}},

	// A weekday that dates a report ("On Sunday, the commission said")
	// is the news's, even right after a day of the background; one that
	// goes on with the story counts from its day.
	{"2020-08-12", "", "Police detained thousands on Tuesday night. Protests in 2010 were crushed on Dec. 19, 2010. On Sunday, the election commission said the president had won.", []string{"Tuesday night|DATE|2020-08-11", "2010|DATE|2010", "Dec. 19, 2010|DATE|2010-12-19", "Sunday|DATE|2020-08-09"}},
	{"1998-02-10", "", "The engineer was kidnapped on March 26, 1996. On Thursday his captors called his family.", []string{"March 26, 1996|DATE|1996-03-26", "Thursday|DATE|1996-03-28"}},

	// "the week to 17 December", "the week through Friday" of weekly
	// figures are a reporting period, as "the week ending", "the year to
	// March": the DURATION and the day apart.
	{"", "", "Admissions peaked in the week to 9 January 2022.", []string{"the week|DURATION|P1W", "9 January 2022|DATE|2022-01-09"}},
	{"2021-12-20", "", "Cases rose 40 percent in the week through Friday, officials said.", []string{"the week|DURATION|P1W", "Friday|DATE|2021-12-17"}},
	// Two days of months joined by "to" bound a stretch without "from"
	// too ("runs Nov. 1 to Jan. 31"): the start is the end's or the year
	// before, whatever the present tense says of it alone.
	{"2015-11-30", "", "Open enrolment runs Nov. 1 to Jan. 31.", []string{"Nov. 1|DATE|2015-11-01", "Jan. 31|DATE|2016-01-31"}},
	// "the January-March period" is the calendar quarter, as "the
	// July-September quarter".
	{"2016-04-28", "", "Cloud revenue rose 64 percent in the January-March period.", []string{"the January-March period|DATE|2016-Q1"}},
	// "had forecast in February" with no object between: the date of
	// the forecasting, past, whatever looks ahead in the sentence.
	{"2021-03-09", "", "The bank expects output to recover a quarter earlier than it had forecast in February.", []string{"a quarter|DURATION|P1Q", "February|DATE|2021-02"}},
	// A figure set off by commas with no verb ("Unemployment, 5.1
	// percent in December, will peak") is a reading already taken: its
	// month is past; an aside with a verb and a figure in the main clause
	// look ahead.
	{"2021-03-09", "", "Unemployment, 5.1 percent in December, will peak at 6.5 percent in the autumn; prices, expected to rise 3 percent in June, will be reviewed.", []string{"December|DATE|2020-12", "the autumn|DATE|2021-FA", "June|DATE|2021-06"}},
	{"2021-03-09", "", "Inflation is forecast to reach 2 percent in January.", []string{"January|DATE|2022-01"}},
	// The counts of a list sharing a unit rise: "retire at 61 and four
	// months" is an age and a count of its own.
	{"2010-06-24", "", "Those born in 1956 will retire at 61 and four months.", []string{"1956|DATE|1956", "four months|DURATION|P4M"}},
	// "the 15th of next month", "the 3rd of last month": the day in the
	// month counted from the DCT's, the month phrase apart, as "the 14th
	// of that month".
	{"2011-11-25", "", "The consultation closes on the 15th of next month; it opened on the 3rd of last month.", []string{"the 15th|DATE|2011-12-15", "next month|DATE|2011-12", "the 3rd|DATE|2011-10-03", "last month|DATE|2011-10"}},
	// What was forecast runs ahead of the forecast: a weekday after
	// "through", "until", "by" under "predicted", "warned" is the coming
	// one; what was done "through Wednesday" is the one before.
	{"2008-08-31", "", "Forecasters predicted 10 inches of rain through Wednesday. The storm dumped hail through Thursday.", []string{"Wednesday|DATE|2008-09-03", "Thursday|DATE|2008-08-28"}},
	// "forecast in March" right after a figure is a participle dating
	// the forecast, in the past; a figure with a verb ahead is not.
	{"2011-11-25", "", "The watchdog now expects growth of 0.7 per cent next year, down from 2.5 per cent forecast in March; inflation will hit 4 percent in June.", []string{"now|DATE|PRESENT_REF", "next year|DATE|2012", "March|DATE|2011-03", "June|DATE|2012-06"}},

	// An earlier year set between commas after the subject of a sentence
	// in the past perfect is a look back, however long the subject: the
	// story's bare dates after it keep the story's year.
	{"", "", "The dam was breached on 4 May 2013. The town's last great flood, in 1938, had drowned the lower streets. On 9 May the water began to fall.", []string{"4 May 2013|DATE|2013-05-04", "1938|DATE|1938", "9 May|DATE|2013-05-09"}},
	{"", "", "The mill burned on 2 March 1911. Its first owner's workshop, on the same site, in 1860, had also burned. In April the owners rebuilt.", []string{"2 March 1911|DATE|1911-03-02", "1860|DATE|1860", "April|DATE|1911-04"}},

	// News background: a month named after a year years back goes on in
	// that year, and a year counted within the background ("three years
	// later") frames the rest of its sentence.
	{"2005-03-08", "", "In 1999 the factory was sold. The new owners cut 200 jobs in May, and the plant closed in October.", []string{"1999|DATE|1999", "May|DATE|1999-05", "October|DATE|1999-10"}},
	{"2012-10-15", "", "The bridge opened in March 1994; three years later it was closed for repairs on June 2.", []string{"March 1994|DATE|1994-03", "three years later|DATE|1997", "June 2|DATE|1997-06-02"}},

	// The year of a vote that opens its sentence as the subject ("The
	// 2006 election") frames the sentence's bare months and days, as "The
	// 2003 heatwave" does.
	{"2015-06-02", "", "The 2011 referendum was announced in February and held on May 5.", []string{"2011|DATE|2011", "February|DATE|2011-02", "May 5|DATE|2011-05-05"}},

	// "did not ... until", "wasn't ... until" tell what happened only
	// then: the day is past, not an end point ahead.
	{"2019-11-10", "", "The fire did not go out until late Friday.", []string{"late Friday|DATE|2019-11-08|END"}},
	{"2019-11-10", "", "The winner wasn't known until 2 a.m. Saturday.", []string{"2 a.m. Saturday|TIME|2019-11-09T02:00"}},
	{"2019-11-10", "", "The museum will stay closed until Thursday.", []string{"Thursday|DATE|2019-11-14"}},

	// A season whose phrase is followed by a quantifier or possessive
	// starting the clause's subject ends there: "by the winter most ..."
	{"", "", "The mine flooded in March 1921, and by the winter most miners had left.", []string{"March 1921|DATE|1921-03", "the winter|DATE|1921-WI"}},
	{"", "", "The duke landed in May 1644. In the summer his army took York.", []string{"May 1644|DATE|1644-05", "the summer|DATE|1644-SU"}},

	// "on May 13 and 14": the second day before an adverb or a past
	// verb too, and of the first one's year whatever its own tense.
	{"", "", "The town was founded in 1880. The fires of July 9 and 10 still mark its history.", []string{"1880|DATE|1880", "July 9|DATE|1880-07-09", "10|DATE|1880-07-10"}},
	{"2021-05-04", "", "The storms of March 3 and 4 were the worst in a decade.", []string{"March 3|DATE|2021-03-03", "4|DATE|2021-03-04", "a decade|DURATION|P10Y"}},

	// A story crossing into the next year is not held back by a past
	// perfect in a later clause of the date's sentence ("and by March
	// half had gone home" is a deadline, no look back).
	{"", "", "The siege was lifted on 20 November 1799. The garrison marched out on 3 January, and by February most of the men had been paid.", []string{"20 November 1799|DATE|1799-11-20", "3 January|DATE|1800-01-03", "February|DATE|1800-02"}},

	// A second verb joined by "and" after the expression has a clause of
	// its own after a future too: "is due to brief the council on Tuesday
	// and has called for talks" reads Tuesday by "is due".
	{"2017-07-15", "", "The minister is due to visit Lima on Tuesday and has promised new aid.", []string{"Tuesday|DATE|2017-07-18"}},
	{"2017-07-15", "", "The envoy will meet both leaders on Monday but has warned that a deal is far off.", []string{"Monday|DATE|2017-07-17"}},
	// So does the present of a timetable before it: "reports its results
	// on March 5, and said" reads March 5 by "reports".
	{"2016-11-22", "", "The retailer reports its figures for 2016 on Feb. 2, and said it would not comment before then.", []string{"2016|DATE|2016", "Feb. 2|DATE|2017-02-02"}},
	{"2016-11-22", "", "The committee hears evidence on the regulator's accounts for 2016 on Jan. 10, but said no vote had been scheduled.", []string{"2016|DATE|2016", "Jan. 10|DATE|2017-01-10"}},

	// The date of the event "since" names looks back whatever the verb,
	// also after a longer noun phrase joined by "of".
	{"2024-09-06", "", "The union has refused to negotiate since the collapse of the talks in November.", []string{"November|DATE|2023-11"}},
	{"2024-09-06", "", "Aid has struggled to reach the town since the closure of the last crossing in December.", []string{"December|DATE|2023-12"}},

	// "earlier on Thursday", "later on Friday" are one DATE with their
	// mod, as "earlier Thursday" and "late on Tuesday".
	{"2019-11-21", "", "The shares recovered. Earlier on Thursday, the regulator had opened an inquiry.", []string{"Earlier on Thursday|DATE|2019-11-21|START"}},
	{"2019-11-21", "", "The minister resigned on Monday, and later on Monday the prime minister named her successor.", []string{"Monday|DATE|2019-11-18", "later on Monday|DATE|2019-11-18|END"}},

	// "a quarter" measuring a change after "by" is a share of what
	// changed, no quarter of a year; "delayed by a quarter" still is one.
	{"2021-05-04", "", "Applications fell by almost a quarter last year.", []string{"last year|DATE|2020"}},
	{"2021-05-04", "", "The airline cut its fleet by a quarter, and the launch of its new route was delayed by a quarter.", []string{"a quarter|DURATION|P1Q"}},

	// A day in a relative clause set off by commas is background about
	// someone: a clock time after it is not of that day, in news.
	{"2023-03-15", "", "The jury returned its verdict on Wednesday. Ms Patel, who was detained at Heathrow on 2 May 2021, has denied the charges. The verdict was read out at 11:15.", []string{"Wednesday|DATE|2023-03-15", "2 May 2021|DATE|2021-05-02", "11:15|TIME|2023-03-15T11:15"}},

	// A past midnight of the report's own day, its day named before, is
	// the one that began it: the one ending it is still ahead.
	{"2017-07-15", "", "Fighting stopped on Saturday after a truce came into force at midnight, residents said.", []string{"Saturday|DATE|2017-07-15", "midnight|TIME|2017-07-14T24:00"}},
	{"2017-07-15", "", "The truce signed on Saturday will come into force at midnight.", []string{"Saturday|DATE|2017-07-15", "midnight|TIME|2017-07-15T24:00"}},
	{"2017-07-15", "", "Shelling stopped on Saturday when a truce began at midnight. By 10:00, the first buses had left.", []string{"Saturday|DATE|2017-07-15", "midnight|TIME|2017-07-14T24:00", "10:00|TIME|2017-07-15T10:00"}},

	// "the year to the end of March" is a reporting period too, the
	// DURATION and the end of the month apart, as "the year to March".
	{"2019-03-14", "", "Retail sales fell 3% in the year to the end of February.", []string{"the year|DURATION|P1Y", "the end of February|DATE|2019-02|END"}},
	{"2019-03-14", "", "House prices rose 2% in the year to the end of last month.", []string{"the year|DURATION|P1Y", "the end of last month|DATE|2019-02|END"}},

	// "after midnight on Sunday" is the midnight that begins Sunday; the
	// one "before midnight on Saturday" ends Saturday.
	{"2016-11-07", "", "The blaze started shortly after midnight on Sunday and was put out by dawn.", []string{"midnight|TIME|2016-11-05T24:00", "Sunday|DATE|2016-11-06", "dawn|TIME|2016-11-06TMO"}},
	{"", "", "The mutiny began soon after midnight on 4 June 1797, and the ship was retaken shortly before midnight on 6 June.", []string{"midnight|TIME|1797-06-03T24:00", "4 June 1797|DATE|1797-06-04", "midnight|TIME|1797-06-06T24:00", "6 June|DATE|1797-06-06"}},

	// "It comes weeks after X": the news idiom of "come" placing an event
	// after another, a stretch of unknown length, as "came hours after".
	{"2023-05-18", "", "The resignation comes weeks after the scandal broke.", []string{"weeks|DURATION|PXW"}},
	{"2023-05-18", "", "It comes just days after the party lost control of the council.", []string{"days|DURATION|PXD"}},

	// "close at" a clock reading is a schedule, not a market's close:
	// "polls close at 22:00 on Thursday" is the coming Thursday.
	{"2010-04-20", "", "Polling stations close at 10pm on Thursday.", []string{"10pm|TIME|2010-04-22T22:00", "Thursday|DATE|2010-04-22"}},
	{"2010-04-20", "", "Shares close at record highs on Friday.", []string{"Friday|DATE|2010-04-16"}},

	// "the first half of July" is a half of the month, its early part
	// (START), one DATE; "the second half of June" its late part (END).
	{"2022-07-19", "", "Heat-related deaths rose sharply in the first half of July.", []string{"the first half of July|DATE|2022-07|START"}},
	{"", "", "The offensive stalled in the second half of March 1918.", []string{"the second half of March 1918|DATE|1918-03|END"}},

	// "from the autumn" is the season something starts, as "until the
	// autumn" its end ("from the fall" is left alone: an accident).
	{"2022-07-19", "", "Boosters will be offered to the over-50s from the autumn.", []string{"the autumn|DATE|2022-FA"}},
	{"2022-07-19", "", "She was badly hurt and is still recovering from the fall.", nil},

	// 24-hour readings with a colon after "between", and the second one
	// of a stretch after "and", "to" or a dash, are clock times.
	{"2020-03-12", "", "The bridge will be shut between 08:30 and 18:00 on Saturday.", []string{"08:30|TIME|2020-03-14T08:30", "18:00|TIME|2020-03-14T18:00", "Saturday|DATE|2020-03-14"}},
	{"2020-03-12", "", "Voting runs from 07:00 to 22:00 on Friday.", []string{"07:00|TIME|2020-03-13T07:00", "22:00|TIME|2020-03-13T22:00", "Friday|DATE|2020-03-13"}},

	// "the same month last year" is that month of the year before, "last
	// year" an expression of its own.
	{"2023-06-21", "", "Car sales rose 12% in May compared with the same month last year.", []string{"May|DATE|2023-05", "the same month|DATE|2022-05", "last year|DATE|2022"}},

	// "as early as Monday" after "could", "might" is the earliest a
	// possibility may come, ahead; in a past report it looks back.
	{"2022-03-04", "", "Ministers could meet as early as Monday, a diplomat said.", []string{"Monday|DATE|2022-03-07"}},
	{"2022-03-04", "", "Doctors saw the first cases as early as Monday.", []string{"Monday|DATE|2022-02-28"}},

	// A stretch over the night ("from 20:00 to 07:00", "from 10pm until
	// 6am") ends on the day after it began.
	{"2022-03-04", "", "A curfew will be in force from 21:00 to 06:00.", []string{"21:00|TIME|2022-03-04T21:00", "06:00|TIME|2022-03-05T06:00"}},
	{"2022-03-04", "", "The bar will stay open from 11am until 11pm.", []string{"11am|TIME|2022-03-04T11:00", "11pm|TIME|2022-03-04T23:00"}},

	// "into the evening", "into the night" are the part of the day
	// something lasts into, as "until the evening".
	{"2023-09-05", "", "Officials warned that delays would continue into the evening.", []string{"the evening|TIME|2023-09-05TEV"}},
	{"", "", "The assault began at dawn on 1 July 1916 and went on into the night.", []string{"dawn|TIME|1916-07-01TMO", "1 July 1916|DATE|1916-07-01", "the night|TIME|1916-07-01TNI"}},

	// A three-digit decade with its edge, "the mid-160s", "the late
	// 380s", is the decade with its mod, as "the mid-1860s".
	{"", "", "The garrison returned to the wall by the mid-160s, and raids grew in the late 380s.", []string{"the mid-160s|DATE|016|MID", "the late 380s|DATE|038|END"}},

	// The end of a period reported on in the past is past, though its day
	// comes later in the DCT's month; one in a forecast lies ahead.
	{"2019-03-14", "", "Pre-tax profit rose 8% in the six months to 31 March.", []string{"the six months|DURATION|P6M", "31 March|DATE|2018-03-31"}},
	{"2019-03-14", "", "Profit is expected to rise in the six months to 31 March.", []string{"the six months|DURATION|P6M", "31 March|DATE|2019-03-31"}},
	// The historian's present dates one past event: "is usually placed in
	// late October", "is dated to May" take the story's year; a yearly
	// event in the present stays any year's.
	{"", "", "The fleet sailed from Tyre in 332 BC. Its arrival at the delta is usually placed in late October.", []string{"332 BC|DATE|BC0332", "late October|DATE|BC0332-10|END"}},
	{"", "", "The abbey burned in 1174. The fire is traditionally dated to May.", []string{"1174|DATE|1174", "May|DATE|1174-05"}},
	{"", "", "The abbey burned in 1174. Its fair is held in May.", []string{"1174|DATE|1174", "May|DATE|XXXX-05"}},
	// A bare season joined by "and" to a season with the article shares
	// it: "through the spring and summer" is two seasons of the year.
	{"", "", "In 1643 the royal army besieged Gloucester. Through the spring and summer the garrison held out.", []string{"1643|DATE|1643", "the spring|DATE|1643-SP", "summer|DATE|1643-SU"}},
	{"", "", "The legion camped on the Rhine in 9 BC and raided across it during the spring or summer, before the river rose.", []string{"9 BC|DATE|BC0009", "the spring|DATE|BC0009-SP", "summer|DATE|BC0009-SU"}},
	{"", "", "The summer and autumn fairs drew traders from the coast.", nil},
	// A regnal year in apposition to a year is that year: "in 1170, the
	// sixteenth year of his reign". Without the year it is left alone.
	{"", "", "The king was reconciled with the archbishop in 1170, the sixteenth year of his reign, at Fréteval.", []string{"1170|DATE|1170", "the sixteenth year of his reign|DATE|1170"}},
	{"", "", "The pharaoh built the temple in 1270 BC, the ninth year of his reign.", []string{"1270 BC|DATE|BC1270", "the ninth year of his reign|DATE|BC1270"}},
	{"", "", "The temple was finished in the ninth year of his reign.", nil},
	// "without" and "despite" open an adjunct, no part of a compound
	// noun: the season before them ends its phrase.
	{"", "", "The rebels took the town in 1381, but their bands had melted away by the autumn without a fight.", []string{"1381|DATE|1381", "the autumn|DATE|1381-FA"}},
	{"", "", "The garrison was cut off in 1204 and held out until the spring despite the famine.", []string{"1204|DATE|1204", "the spring|DATE|1204-SP"}},
	// A bare day of the month takes the month in view: a year named in
	// passing since the story's last day gives it no month.
	{"", "", "The ironclads fought at Hampton Roads on 9 March 1862, a battle that made every fleet built before 1860 obsolete. On the 11th the Monitor was ordered back to the roads.", []string{"9 March 1862|DATE|1862-03-09", "1860|DATE|1860", "the 11th|DATE|1862-03-11"}},
	// A month that is a first name before a surname, after a comma or a
	// title ("the envoy, April Hollis", "the composer August Berg"), is
	// the name; after a preposition it stays the month.
	{"", "", "In 1986 the mission was run by the envoy, April Hollis, until the new ambassador, June Perry, arrived in August.", []string{"1986|DATE|1986", "August|DATE|1986-08"}},
	{"", "", "The composer August Berg wrote the anthem in June 1911. In April Congress adopted it, and by June Berg was famous.", []string{"June 1911|DATE|1911-06", "April|DATE|1911-04", "June|DATE|1911-06"}},
	// A quantifier or "nothing" after a bare ordinal day opens the clause,
	// as a pronoun does: the ordinal is the day.
	{"", "", "The rebels entered the capital on 4 June 1848. By the 9th few shops had opened, and after the 12th nothing was heard of them.", []string{"4 June 1848|DATE|1848-06-04", "the 9th|DATE|1848-06-09", "the 12th|DATE|1848-06-12"}},
	// Two bare ordinal days joined by "and" or "or", each with "the" or
	// the second without it, after "between" or "on": two days of the
	// month in view; two ordinals before a name or a unit are no days.
	{"", "", "The convoy sailed from Halifax on 2 March 1917. Gales between the 5th and the 7th were the worst of the voyage, and U-boats struck on the 9th and 10th.", []string{"2 March 1917|DATE|1917-03-02", "the 5th|DATE|1917-03-05", "the 7th|DATE|1917-03-07", "the 9th|DATE|1917-03-09", "10th|DATE|1917-03-10"}},
	{"", "", "The port was shelled on 2 March 1917, and on the 12th and 13th Battalions landed.", []string{"2 March 1917|DATE|1917-03-02"}},
	{"", "", "The treaty of 6 May 1881 drew the border between the 40th and 41st parallels.", []string{"6 May 1881|DATE|1881-05-06"}},
	// "since the 4th" bounds a span that runs up to the story's day: the
	// day lies before it, in its month or the one before.
	{"", "", "The town was relieved on 20 May 1521; the garrison had held out since the 4th, and no food had come in since the 28th.", []string{"20 May 1521|DATE|1521-05-20", "the 4th|DATE|1521-05-04", "the 28th|DATE|1521-04-28"}},
	{"", "", "Workers struck at the mill on 3 June 1912 for a ten-hour day, a demand first raised in 1886. By the 20th the strike had spread to the docks.", []string{"3 June 1912|DATE|1912-06-03", "ten-hour|DURATION|PT10H", "1886|DATE|1886", "the 20th|DATE|1912-06-20"}},
	// A section of news background under a heading of its own that opens
	// in the past perfect with a month or a day years back tells a history
	// from there: a bare month or day after it goes on from that date, not
	// from the news's day. With no heading the past perfect looks back
	// from the news, which a bare month returns to.
	{"2020-11-12", "", "The company reported a loss on Tuesday.\nIt had been founded in March 1998 by two engineers. Sales fell sharply in September, the chief executive said.", []string{"Tuesday|DATE|2020-11-10", "March 1998|DATE|1998-03", "September|DATE|2020-09"}},
	{"2022-11-17", "", "BERLIN - The coalition collapsed on Tuesday after a dispute over the budget.\nBackground\nThe two parties had governed together since the vote of 9 May 2019. A first budget deal followed on 2 August.", []string{"Tuesday|DATE|2022-11-15", "9 May 2019|DATE|2019-05-09", "2 August|DATE|2019-08-02"}},
	// A later month of the year just named in the same sentence goes on in
	// that year, even a year before the DCT's.
	{"2024-07-14", "", "In January 2023 the opposition leader was jailed, and in March a court barred him from standing.", []string{"January 2023|DATE|2023-01", "March|DATE|2023-03"}},
	{"2024-07-14", "", "He was arrested in February 2023 and released on bail in May, his lawyer said on Friday.", []string{"February 2023|DATE|2023-02", "May|DATE|2023-05", "Friday|DATE|2024-07-12"}},
	// In the simple past too, a background section under its own heading
	// tells on from its own dates (a month already come this year, a year
	// before the DCT's, stays in the section's story).
	{"2023-09-11", "", "Ethiopia said on Monday it had completed the fourth filling.\n\nBackground\n\nFilling began in July 2020, and in February 2022 the first turbine began producing power. In August the third filling was completed.", []string{"Monday|DATE|2023-09-11", "July 2020|DATE|2020-07", "February 2022|DATE|2022-02", "August|DATE|2022-08"}},
	{"2023-09-11", "", "Ethiopia said on Monday it had completed the fourth filling. In February 2022 the first turbine began producing power. In August the third filling was completed.", []string{"Monday|DATE|2023-09-11", "February 2022|DATE|2022-02", "August|DATE|2023-08"}},
	{"2021-03-04", "", "The port reopened on Wednesday.\nHistory of the dispute\nIt had been closed by a strike in March 2018. Talks resumed in June, and the strike ended on 12 October.", []string{"Wednesday|DATE|2021-03-03", "March 2018|DATE|2018-03", "June|DATE|2018-06", "12 October|DATE|2018-10-12"}},
	// A relative clause in the simple past that dates what led up to the
	// main clause's date looks back from it: the story goes on from the
	// main clause's date after the sentence.
	{"2023-05-21", "", "The army removed the president on 11 April 2019, after four months of protests that began in December 2018. A power-sharing deal was signed on 17 August.", []string{"11 April 2019|DATE|2019-04-11", "four months|DURATION|P4M", "December 2018|DATE|2018-12", "17 August|DATE|2019-08-17"}},
	{"2023-05-21", "", "Rebels seized the capital on 3 May 2016, ending a siege that started in November 2015. Elections were held in September.", []string{"3 May 2016|DATE|2016-05-03", "November 2015|DATE|2015-11", "September|DATE|2016-09"}},
	// A bare day one to three months after the month or day of an earlier
	// year just named goes on with that story, into the next year if it
	// must, though a day of that name has passed since the DCT's year
	// began.
	{"2023-05-10", "", "The plant was sold in November 2021, and the chief executive resigned on 2 January.", []string{"November 2021|DATE|2021-11", "2 January|DATE|2022-01-02"}},
	{"2022-11-05", "", "Rebels took the pass in October 2021. The government declared an emergency on 2 November.", []string{"October 2021|DATE|2021-10", "2 November|DATE|2021-11-02"}},
	// A part of a month ("late March", "mid-April") goes on likewise from
	// a day of an earlier year just named, its own month included, and so
	// does the end of a span told in the past after "to".
	{"2020-03-20", "", "Floods cut the road on 4 March 2019. Crews cleared it from late March to mid-April.", []string{"4 March 2019|DATE|2019-03-04", "late March|DATE|2019-03|END", "mid-April|DATE|2019-04|MID"}},
	{"2021-09-30", "", "The strike began on 9 September 2020. By late September most ports were shut.", []string{"9 September 2020|DATE|2020-09-09", "late September|DATE|2020-09|END"}},
	// A clause in the simple past cannot tell of the end of the DCT's year
	// still to come: after a day of an earlier year it is that year's end;
	// a look ahead stays the DCT's.
	{"2019-09-12", "", "The mine flooded on 3 March 2018. By the end of the year the company was bankrupt.", []string{"3 March 2018|DATE|2018-03-03", "the end of the year|DATE|2018|END"}},
	{"2019-09-12", "", "Mines closed in 2018. The firm said on Monday it will hire 200 workers by the end of the year.", []string{"2018|DATE|2018", "Monday|DATE|2019-09-09", "the end of the year|DATE|2019|END"}},
	// "was meant to", "were due to" look ahead from the past date that
	// frames them, as "was to" does: the next such day after it.
	{"2022-06-10", "", "A deal signed in November 2021 was meant to restore civilian rule by March 31.", []string{"November 2021|DATE|2021-11", "March 31|DATE|2022-03-31"}},
	{"2021-08-10", "", "The rebels agreed on 3 June 2020 that they were due to disarm by 30 September.", []string{"3 June 2020|DATE|2020-06-03", "30 September|DATE|2020-09-30"}},
	// A bare weekday heading an entry of a chronology has no tense of
	// its own: the nearest such day to the report's.
	{"2020-05-08", "", "Key dates\n\nApril 30 – Talks collapse; a strike is called for May 12.\nTuesday – The union rejects a new offer.\nSunday – A mediator arrives.", []string{"April 30|DATE|2020-04-30", "May 12|DATE|2020-05-12", "Tuesday|DATE|2020-05-05", "Sunday|DATE|2020-05-10"}},
	// A year opening its line before a colon heads a chronology entry.
	{"2020-05-08", "", "Timeline\n- 2019: The plant opens.\n- Wednesday: Regulators order it shut.", []string{"2019|DATE|2019", "Wednesday|DATE|2020-05-06"}},
	// A chronology is read heading by heading: a month-day entry under a
	// year on its own line is in that year, or the next when its month
	// comes earlier than the entry before, whatever years the entries'
	// text names; an entry that writes its own year heads only itself.
	{"2022-03-10", "", "Timeline\n2016\nMay 4 – The museum closes; reopening is promised for spring 2019.\nNov. 20 – Builders find asbestos.\nFeb. 2 – Work resumes.", []string{"2016|DATE|2016", "May 4|DATE|2016-05-04", "spring 2019|DATE|2019-SP", "Nov. 20|DATE|2016-11-20", "Feb. 2|DATE|2017-02-02"}},
	{"2022-03-10", "", "Timeline\nMay 2015 – The museum closes.\nMarch 1 – It reopens.", []string{"May 2015|DATE|2015-05", "March 1|DATE|2022-03-01"}},
	// A clause of time ("when", "after") under "would" takes the simple
	// past: a relative clause telling a later fate so still looks ahead,
	// and the story goes on after it in its own year.
	{"", "", "The fort fell on 4 June 1916. Its commander, who would drown when his transport sank in March 1918, was captured on 6 June.", []string{"4 June 1916|DATE|1916-06-04", "March 1918|DATE|1918-03", "6 June|DATE|1916-06-06"}},
	{"", "", "The battle began on 9 May 1921. The colonel, who would die after his plane crashed in 1923, took the bridge on 11 May.", []string{"9 May 1921|DATE|1921-05-09", "1923|DATE|1923", "11 May|DATE|1921-05-11"}},
	// A relative clause set off by commas closes at its comma however
	// long it runs: a look ahead in it ends there, and the story's day
	// goes on after it.
	// "March" after "the" and a capitalized word, before a verb, a
	// preposition or a stop, is the name of a march; before a number it
	// is still the month.
	{"", "", "On 9 April 1932 the Bonus March reached the capital, and in June the camp was burned.", []string{"9 April 1932|DATE|1932-04-09", "June|DATE|1932-06"}},
	// So it is with lower-case modifiers between "the" and the name:
	// "the so-called Mud March", "the ill-fated Jarrow March".
	{"", "", "In May 1910 the strikers set out on the so-called Bread March, and on June 2 the leaders were arrested.", []string{"May 1910|DATE|1910-05", "June 2|DATE|1910-06-02"}},
	{"", "", "The ill-fated Jarrow March of 1936 reached London, and the marchers went home by train in November.", []string{"1936|DATE|1936", "November|DATE|1936-11"}},
	{"", "", "Veterans of the Selma March, which ended in 1965, met again in March 1985.", []string{"1965|DATE|1965", "March 1985|DATE|1985-03"}},
	{"2009-03-10", "", "The Senate March 3 vote was close.", []string{"March 3|DATE|2009-03-03"}},
	// A bare winter told of a span from one autumn to the next spring is
	// the winter within it; a span inside one year keeps its own winter.
	{"", "", "The siege lasted from 12 November 1708 to 19 April 1709. The garrison ate its horses during the winter, and the town surrendered in the spring.", []string{"12 November 1708|DATE|1708-11-12", "19 April 1709|DATE|1709-04-19", "the winter|DATE|1708-WI", "the spring|DATE|1709-SP"}},
	{"", "", "The strike ran from September 1925 to May 1926. That winter the miners' families went hungry.", []string{"September 1925|DATE|1925-09", "May 1926|DATE|1926-05", "That winter|DATE|1925-WI"}},
	{"", "", "The campaign lasted from March 1812 to November 1812. The winter came early.", []string{"March 1812|DATE|1812-03", "November 1812|DATE|1812-11", "The winter|DATE|1812-WI"}},
	// An irregular participle after "be" or "have" ("would be shot",
	// "would be sold") is no past tense: the clause under "would" still
	// looks ahead, and the story goes on in its own year after it.
	{"", "", "The general took Kars on 18 November 1877. He would be shot at Edirne in March 1880 for his part in a plot. On 25 November the army moved west.", []string{"18 November 1877|DATE|1877-11-18", "March 1880|DATE|1880-03", "25 November|DATE|1877-11-25"}},
	{"", "", "The fort surrendered on 2 August 1916. Its guns would be sold for scrap in May 1921 by the new republic. On 9 August the column marched north.", []string{"2 August 1916|DATE|1916-08-02", "May 1921|DATE|1921-05", "9 August|DATE|1916-08-09"}},
	// A story that began without its year takes the year a dated aside
	// tells when its day lies within half a year before the story's (a
	// flashback): a background year tells none, and the days counted stay
	// without a year.
	{"", "", "On 3 June the rebels took the bridge. The town had been fortified by the Austrians in 1866. Four days later the rebels entered it.", []string{"3 June|DATE|XXXX-06-03", "1866|DATE|1866", "Four days later|DATE|XXXX-06-07"}},
	{"", "", "On 5 September the fleet left port. Its admiral, appointed on 20 August 1797, hoisted his flag. On the 9th the fleet sighted the coast.", []string{"5 September|DATE|XXXX-09-05", "20 August 1797|DATE|1797-08-20", "the 9th|DATE|1797-09-09"}},
	// "After N months (of X)" opening a sentence right after the month
	// something began moves the story by the months counted, as "N
	// months later" does; from a day inside what is counted it does not.
	{"", "", "The blockade began in November 1917. After eight months of hunger the garrison surrendered, and in the autumn the town was rebuilt.", []string{"November 1917|DATE|1917-11", "eight months|DURATION|P8M", "the autumn|DATE|1918-FA"}},
	{"", "", "The war broke out in October 1853. After a campaign of five months the army rested, and in June the allies landed.", []string{"October 1853|DATE|1853-10", "five months|DURATION|P5M", "June|DATE|1854-06"}},
	{"", "", "The envoys met on 3 March 1919. After two months of talks the treaty was signed, and in the autumn it was ratified.", []string{"3 March 1919|DATE|1919-03-03", "two months|DURATION|P2M", "the autumn|DATE|1919-FA"}},
	{"", "", "The envoy arrived on 3 March 1921. The regent, who had been appointed by the assembly in 1919 and would rule until his own death in May 1944, received him that afternoon, and on 8 March the talks began.", []string{"3 March 1921|DATE|1921-03-03", "1919|DATE|1919", "May 1944|DATE|1944-05", "that afternoon|TIME|1921-03-03TAF", "8 March|DATE|1921-03-08"}},
	// A year named after a day in a plan's sentence names no day: a clock
	// time after it is still the day's, whatever the tense.
	{"2023-09-14", "", "On Sunday, the village will unveil a plaque, sing the hymns of its 1911 pageant and ring the bells at 6 p.m.", []string{"Sunday|DATE|2023-09-17", "1911|DATE|1911", "6 p.m.|TIME|2023-09-17T18:00"}},
	{"2023-09-12", "", "On Thursday the choir will perform its 1904 setting of the psalm at 8 p.m.", []string{"Thursday|DATE|2023-09-14", "1904|DATE|1904", "8 p.m.|TIME|2023-09-14T20:00"}},
	{"2023-09-12", "", "The museum will reopen its 1920s gallery on Saturday and show the 1927 film at 3 p.m.", []string{"1920s|DATE|192", "Saturday|DATE|2023-09-16", "1927|DATE|1927", "3 p.m.|TIME|2023-09-16T15:00"}},
	// A month after "a" or "an" before a noun of weather classes the
	// weather ("a November gale" is a kind of gale), no time; a month
	// dating an event after "a" is still a month.
	{"2023-09-12", "", "The trawler was lost with her crew in a November gale off the Faroes.", nil},
	{"2023-09-12", "", "A bitter March wind swept the square as the crowd gathered.", nil},
	{"2023-09-12", "", "A December blizzard cut off the valley in 1947.", []string{"1947|DATE|1947"}},
	{"2023-09-12", "", "Voters rejected the plan in a March referendum.", []string{"March|DATE|2023-03"}},
	// "the first decade" after a preposition of time, ending its phrase,
	// is the opening stretch counted from an event, as "the first year"
	// is; "the first decade of the century" is no such length.
	{"2023-09-12", "", "The orchestra was founded in 1904 and for the first decade it played in a church hall.", []string{"1904|DATE|1904", "the first decade|DURATION|P10Y"}},
	{"2023-09-12", "", "The mine opened in 1890. During the first decade, output doubled every year.", []string{"1890|DATE|1890", "the first decade|DURATION|P10Y", "every year|SET|P1Y"}},
	// A quantity per unit of time is a measure, no expression, when the
	// amount is a length ("a few feet a day") or stands as the subject of a
	// progressive verb before its auxiliary ("300 people were dying a
	// day."); a unit that opens a phrase of its own ("a week after the
	// storm") is still a length of time.
	{"", "", "In 1857 the diggers on the canal gained only a few feet a day.", []string{"1857|DATE|1857"}},
	{"", "", "In the autumn of 1832 some 300 people were dying a day.", []string{"the autumn of 1832|DATE|1832-FA"}},
	{"", "", "By the spring of 1870, in the city, a hundred horses were dying a week.", []string{"the spring of 1870|DATE|1870-SP"}},
	{"", "", "In 1870 three fishermen were missing a week after the gale.", []string{"1870|DATE|1870", "a week|DURATION|P1W"}},
	// An article's lead dates its event by one day; after a background
	// of earlier years and months, a clock time or a part of the day told
	// with no day named is the event's. Not once the story has named a
	// later date, nor when the lead names two days.
	{"", "", "The dam at Dale Head burst on the night of Friday, 11 March 1864, drowning 240 people.\n\nThe reservoir had been begun in 1859 and filled in the spring of 1863. Cracks were seen in the bank in February 1864.\n\nA workman noticed a new crack at 5:30 p.m., and the bank gave way shortly before midnight.",
		[]string{"Friday, 11 March 1864|DATE|1864-03-11", "1859|DATE|1859", "the spring of 1863|DATE|1863-SP", "February 1864|DATE|1864-02", "5:30 p.m.|TIME|1864-03-11T17:30", "midnight|TIME|1864-03-11T24:00"}},
	{"", "", "The steamer sank in the Mersey on 3 October 1878, with the loss of 90 lives.\n\nShe had been built at Greenock in 1861 and refitted in May 1878.\n\nFog had lain on the river since the morning.",
		[]string{"3 October 1878|DATE|1878-10-03", "1861|DATE|1861", "May 1878|DATE|1878-05", "the morning|TIME|1878-10-03TMO"}},
	{"", "", "The steamer sank in the Mersey on 3 October 1878.\n\nShe had been refitted in May 1878.\n\nThe hull broke apart that night.",
		[]string{"3 October 1878|DATE|1878-10-03", "May 1878|DATE|1878-05", "that night|TIME|1878-10-03TNI"}},
	{"", "", "The steamer sank in the Mersey on 3 October 1878.\n\nShe had been refitted in May 1878.\n\nDivers reached the wreck the next morning.",
		[]string{"3 October 1878|DATE|1878-10-03", "May 1878|DATE|1878-05", "the next morning|DATE|1878-10-04"}},
	{"", "", "The steamer sank in the Mersey on 3 October 1878.\n\nAn inquiry sat in 1879. The owner sailed for Canada at 6 a.m. and never came back.",
		[]string{"3 October 1878|DATE|1878-10-03", "1879|DATE|1879", "6 a.m.|TIME|XXXX-XX-XXT06:00"}},
	{"", "", "The steamer sank in the Mersey on 3 October 1878, and her sister ship was lost on 9 November 1878.\n\nBoth had been built in 1861.\n\nThe crew left port at 6 a.m.",
		[]string{"3 October 1878|DATE|1878-10-03", "9 November 1878|DATE|1878-11-09", "1861|DATE|1861", "6 a.m.|TIME|XXXX-XX-XXT06:00"}},
	// A past perfect in a clause before ", and" is no look back for a
	// clause of its own in the simple past after it: the small hours
	// after midnight are the next day's.
	{"", "", "The warehouse fire was reported at 9 p.m. on 4 February 1908. By midnight it had reached the docks, and shortly after 3 a.m. the roof of the customs house fell in.",
		[]string{"9 p.m.|TIME|1908-02-04T21:00", "4 February 1908|DATE|1908-02-04", "midnight|TIME|1908-02-04T24:00", "3 a.m.|TIME|1908-02-05T03:00"}},
	{"", "", "The ferry left the pier at 10 p.m. on 9 January 1899; by midnight the gale had risen, but at 2 a.m. she reached Larne.",
		[]string{"10 p.m.|TIME|1899-01-09T22:00", "9 January 1899|DATE|1899-01-09", "midnight|TIME|1899-01-09T24:00", "2 a.m.|TIME|1899-01-10T02:00"}},
	// A new paragraph after a background of earlier years goes on from the
	// day the lead dates the event by, when its bare month or day falls
	// within weeks after it; not a month far from it, nor one in the
	// background's own paragraph.
	{"", "", "The survey party left Adelaide on 5 April 1872 to chart the overland telegraph route.\n\nThe colony had voted money for a line in 1868.\n\nThe party reached the Macdonnell Ranges in early May and turned north on 20 May.",
		[]string{"5 April 1872|DATE|1872-04-05", "1868|DATE|1868", "early May|DATE|1872-05|START", "20 May|DATE|1872-05-20"}},
	{"", "", "The survey party left Adelaide on 5 April 1872 to chart the overland telegraph route.\n\nThe colony had voted money for a line in 1868.\n\nIn October the governor chose the route.",
		[]string{"5 April 1872|DATE|1872-04-05", "1868|DATE|1868", "October|DATE|1868-10"}},
	{"", "", "The survey party left Adelaide on 5 April 1872 to chart the overland telegraph route.\n\nThe colony had voted money for a line in 1868, and in May the governor chose the route.",
		[]string{"5 April 1872|DATE|1872-04-05", "1868|DATE|1868", "May|DATE|1868-05"}},
	// A day written with its weekday, set off by commas, still opens a
	// range with "from ... to".
	{"", "", "The riots lasted from Friday, 2 June, to Thursday, 8 June 1780.", []string{"Friday, 2 June|DATE|1780-06-02", "Thursday, 8 June 1780|DATE|1780-06-08"}},
	{"", "", "The convention sat from Tuesday, May 14, until Monday, September 17, 1787.", []string{"Tuesday, May 14|DATE|1787-05-14", "Monday, September 17, 1787|DATE|1787-09-17"}},
	// A lead that dates its event by a range of days comes back, after
	// the background, at its first day; "shortly after midnight" then is
	// the midnight that begins it.
	{"", "", "The Great Fire of Pittsburgh burned from Thursday, 10 April, to Friday, 11 April 1845.\n\nThe city had grown fast since 1830, and most of its houses were built of wood.\n\nThe fire started shortly after noon in a shed on Ferry Street. By 5 p.m. it had destroyed a third of the city.",
		[]string{"Thursday, 10 April|DATE|1845-04-10", "Friday, 11 April 1845|DATE|1845-04-11", "1830|DATE|1830", "noon|TIME|1845-04-10T12:00", "5 p.m.|TIME|1845-04-10T17:00"}},
	{"", "", "The flood lasted from Monday, 12 March, to Wednesday, 14 March 1928.\n\nThe dam had been finished in 1926.\n\nThe dam broke shortly after midnight, and the water reached Santa Paula at 3 a.m.",
		[]string{"Monday, 12 March|DATE|1928-03-12", "Wednesday, 14 March 1928|DATE|1928-03-14", "1926|DATE|1926", "midnight|TIME|1928-03-11T24:00", "3 a.m.|TIME|1928-03-12T03:00"}},
	// "within seconds" is a stretch of unknown length, as "within
	// minutes"; "seconds" as a noun elsewhere is none.
	{"", "", "The boiler burst at 9:40 p.m. on 14 March 1911, and within seconds the roof was ablaze. Seconds matter in a fire.",
		[]string{"9:40 p.m.|TIME|1911-03-14T21:40", "14 March 1911|DATE|1911-03-14", "seconds|DURATION|PTXS"}},
	// A paragraph after the background that names a bare day of the
	// month on or after the lead's day goes on in the lead's month; a
	// season before the day, or the event's year named in passing, is
	// background too.
	{"", "", "The excursion steamer capsized at her pier on August 12, 1904.\n\nShe had been refitted that spring under a law of 1904.\n\nBy the afternoon of the 12th, the crowds had gone home, and at 8 p.m. the divers stopped.",
		[]string{"August 12, 1904|DATE|1904-08-12", "that spring|DATE|1904-SP", "1904|DATE|1904", "the 12th|DATE|1904-08-12", "8 p.m.|TIME|1904-08-12T20:00"}},
	{"", "", "The excursion steamer capsized at her pier on August 12, 1904.\n\nShe had been built in 1891.\n\nOn the 15th, the inquest opened.",
		[]string{"August 12, 1904|DATE|1904-08-12", "1891|DATE|1891", "the 15th|DATE|1904-08-15"}},
	// A day of the background told in the past perfect, in a paragraph of
	// its own, is no day a new paragraph in the simple past goes on
	// from: that one comes back to the lead's day.
	{"", "", "The East Indiaman struck the Goodwin Sands on the night of 9 March 1703.\n\nShe had left Bombay on 20 October 1702 with a cargo of pepper.\n\nThe ship grounded shortly before dawn. On 11 March the last boats reached Deal.",
		[]string{"9 March 1703|DATE|1703-03-09", "20 October 1702|DATE|1702-10-20", "dawn|TIME|1703-03-09TMO", "11 March|DATE|1703-03-11"}},
	{"", "", "The East Indiaman struck the Goodwin Sands on the night of 9 March 1703.\n\nShe had left Bombay on 20 October 1702 with a cargo of pepper.\n\nThe pilot came aboard at 7 a.m.",
		[]string{"9 March 1703|DATE|1703-03-09", "20 October 1702|DATE|1702-10-20", "7 a.m.|TIME|1703-03-09T07:00"}},
	// A lead that gives the story a span of years and names a day in a
	// later year than the span's first names where the story ends: a
	// new paragraph after the background goes on from the background's
	// year, not from that day. A day in the span's first year still
	// dates the event.
	{"", "", "The Fourth Anglo-Dutch War (1780–1784) ended with the Treaty of Paris, signed on 20 May 1784.\n\nThe quarrel over contraband had grown sharper in 1780.\n\nOn 20 June British frigates seized a Dutch convoy, and in early July the Dutch protested.",
		[]string{"1780|DATE|1780", "1784|DATE|1784", "20 May 1784|DATE|1784-05-20", "1780|DATE|1780", "20 June|DATE|1780-06-20", "early July|DATE|1780-07|START"}},
	{"", "", "The blockade of Cádiz (1656–1657) began on 20 September 1656.\n\nThe fleet had been fitted out in 1655.\n\nOn 9 October the first prize was taken.",
		[]string{"1656|DATE|1656", "1657|DATE|1657", "20 September 1656|DATE|1656-09-20", "1655|DATE|1655", "9 October|DATE|1656-10-09"}},
	// "the year before", "the day before" ending their clause before "and"
	// and a second verb, or "and" opening an aside with a comma: "and"
	// governs no noun, so "before" has nothing to take. ("before and
	// after the vote" still governs one.)
	{"", "", "The envoy reached Lisbon in May 1802. He had left Paris the year before and, after a long stay in Madrid, crossed the border.",
		[]string{"May 1802|DATE|1802-05", "the year before|DATE|1801"}},
	{"", "", "On 3 May 1802 the envoy arrived at Calais. He had left Paris the day before and reached the coast that night.",
		[]string{"3 May 1802|DATE|1802-05-03", "the day before|DATE|1802-05-02", "that night|TIME|1802-05-02TNI"}},
	{"", "", "The bridge in Lyon was closed the day before and after the vote of 1999.",
		[]string{"1999|DATE|1999"}},
	// A range of years of the first millennium after "in" or after a
	// verb of rule ("reigned 757–796") is two years.
	{"", "", "The abbey was plundered in 793–794 before the monks fled.", []string{"793|DATE|0793", "794|DATE|0794"}},
	{"", "", "Offa, who reigned 757–796, built a great dyke.", []string{"757|DATE|0757", "796|DATE|0796"}},
	{"", "", "The court ruled 5–4 against him.", nil},
	// "in 711 after ...": a preposition of time closes the year's phrase.
	{"", "", "The Moors crossed into Spain in 711 after years of raids.", []string{"711|DATE|0711", "years|DURATION|PXY"}},
	{"", "", "Membership rose by 300 after the vote.", nil},
	// Other prepositions close it too: "by", "under", "at", "on".
	{"", "", "The town was burned in 845 by Viking raiders.", []string{"845|DATE|0845"}},
	{"", "", "The palace was rebuilt in 961–966 under a new caliph.", []string{"961|DATE|0961", "966|DATE|0966"}},
	{"", "", "The two realms were joined in 843 under one crown.", []string{"843|DATE|0843"}},
	{"", "", "One child in 300 by the age of five is affected.", nil},
	// "about 700" after a verb of an event and a phrase of place.
	{"", "", "The saint was buried beside the chapel around 700.", []string{"around 700|DATE|0700|APPROX"}},
	{"", "", "The wall was built on the hill about 300 feet long.", nil},
	// So is "for a generation", after a comparison too, and "the first
	// time in a generation" (not "for a generation of readers").
	{"", "", "Peace held for a generation.", []string{"a generation|DURATION|PXY"}},
	{"", "", "The harvest was the poorest for a generation.", []string{"a generation|DURATION|PXY"}},
	{"", "", "The club won the cup for the first time in a generation.", []string{"a generation|DURATION|PXY"}},
	{"", "", "The guide was written for a generation of walkers.", nil},
	// "within a generation" is a length of time.
	{"", "", "Within a generation the town had doubled in size.", []string{"a generation|DURATION|PXY"}},
	{"", "", "She taught within a generation of reformers.", nil},
	// A counted subject, a verb and its object before "a year": a rate.
	{"", "", "Some 40,000 pilgrims visit the shrine a year.", nil},
	{"", "", "About 300 ships used the canal a year.", nil},
	{"", "", "The miners left the valley a year.", []string{"a year|DURATION|P1Y"}},
	// A three-digit year after "in" is closed by "but" opening a second
	// clause of the same subject, and a later year joined to it by "and"
	// by a preposition ("between"), as a count would have its noun there.
	{"", "", "The duke rode south in 877 but was turned back at the river.", []string{"877|DATE|0877"}},
	{"", "", "The abbey was rebuilt in 734 and 741 between two Viking raids.", []string{"734|DATE|0734", "741|DATE|0741"}},
	{"", "", "Only one in 300 but none in the north survived.", nil},
	// "the end of", "the beginning of" a three-digit number ending its
	// phrase: the edge of that year.
	{"", "", "The Goths crossed the river, and by the end of 376 they had reached Thrace.", []string{"the end of 376|DATE|0376|END"}},
	{"", "", "At the beginning of 455, the city was still at peace.", []string{"the beginning of 455|DATE|0455|START"}},
	{"", "", "By the end of 300 years the forest had returned.", []string{"300 years|DURATION|P300Y"}},
	// An approximate first year after "from" opens a range of years as a
	// plain one does; an author "writing around" a year is dated by it.
	{"", "", "The abbots ruled the valley from about 870 to 1030.", []string{"about 870|DATE|0870|APPROX", "1030|DATE|1030"}},
	{"", "", "The garrison grew from about 300 to 500 men.", nil},
	{"", "", "Procopius, writing around 550, describes the plague.", []string{"around 550|DATE|0550|APPROX"}},
	{"", "", "She kept writing around 500 words a day.", nil},
	// A conjunction after a season is no noun it modifies: "the" stays
	// in the span.
	{"", "", "In 1347 the fleet sailed in the early autumn but was scattered by storms.", []string{"1347|DATE|1347", "the early autumn|DATE|1347-FA|START"}},
	{"", "", "In 1347 the late-summer fleet sailed.", []string{"1347|DATE|1347", "late-summer|DATE|1347-SU|END"}},
	// A three-digit year ends its phrase with the line of a section
	// heading.
	{"", "", "The Siege\n\nThe city held out.\n\nRebellion of 655\n\nIn the spring the nobles rose.", []string{"655|DATE|0655", "the spring|DATE|0655-SP"}},
	{"", "", "Losses\n\nThe raid of 300\nships was the largest.", nil},
	// "around" a number set off by commas after a sentence's opening
	// prepositional phrase says when; after a noun phrase it is a count
	// in apposition.
	{"", "", "Under the Lombard kings, around 650, the town was walled.", []string{"around 650|DATE|0650|APPROX"}},
	{"", "", "The garrison, about 300, surrendered.", nil},
	{"", "", "During the Gothic wars, about 540, the aqueducts were cut.", []string{"about 540|DATE|0540|APPROX"}},
	// "from", "with", "against" close a three-digit year's phrase after
	// "in", as the other prepositions do, and so does the subject
	// pronoun of a clause the year opens (not a share, "one in 300").
	{"", "", "The bishop governed the see in 612 from a small island.", []string{"612|DATE|0612"}},
	{"", "", "The duke sailed in 568 with a fleet of galleys.", []string{"568|DATE|0568"}},
	{"", "", "The tribes rose in 372 against their masters.", []string{"372|DATE|0372"}},
	{"", "", "After the council failed, in 451 they elected a new patriarch.", []string{"451|DATE|0451"}},
	{"", "", "Only one in 300 from the valley survived.", nil},
	{"", "", "Only one in 300 he examined had the disease.", nil},
	// "about", "around" after "in", "until", "since" before a number
	// ending its phrase: an approximate year, as after "c.".
	{"", "", "The monks kept the island until about 640, when raiders burned it.", []string{"about 640|DATE|0640|APPROX"}},
	{"", "", "The king took the fortress in around 575.", []string{"around 575|DATE|0575|APPROX"}},
	{"", "", "The disease struck in about 300 villages.", nil},
	{"", "", "The price fell by about 300, to 1,200.", nil},
	{"", "", "It affects one in about 400.", nil},
	// A spelled count after a number opens a noun phrase of its own, so
	// the number ended its phrase: a range of years before it.
	{"", "", "Between 688 and 726 three abbots ruled the house.", []string{"688|DATE|0688", "726|DATE|0726"}},
	{"", "", "Between 200 and 300 men died.", nil},
	{"", "", "Between 600 and 700 twelve-oared boats sailed.", nil},
	// A conjunction opening a clause, or "together with", ends the
	// phrase of a three-digit year after a day and month.
	{"", "", "The abbot died on 3 May 729 while the monks were at prayer.", []string{"3 May 729|DATE|0729-05-03"}},
	{"", "", "The Goths crossed the river on 9 August 378 together with their allies.", []string{"9 August 378|DATE|0378-08-09"}},
	{"", "", "In March 300 soldiers deserted while the general slept.", []string{"March|DATE|XXXX-03"}},
	// A reign in parentheses whose years carry "c.": two approximate
	// years.
	{"", "", "King Aeddan (r. c. 574–c. 608) fought the Angles.", []string{"c. 574|DATE|0574|APPROX", "c. 608|DATE|0608|APPROX"}},
	{"", "", "King Aeddan (r. c. 574–608) fought the Angles.", []string{"c. 574|DATE|0574|APPROX", "608|DATE|0608"}},
	{"", "", "The jar (c. 12–c. 15 litres) was broken.", nil},
	// An irregular verb in the past after "a treaty of" and a number
	// ends the phrase of the year that dates the treaty.
	{"", "", "A treaty of 562 brought fifty years of peace.", []string{"562|DATE|0562", "fifty years|DURATION|P50Y"}},
	{"", "", "The synod of 731 took place at the abbey.", []string{"731|DATE|0731"}},
	// "finished", "erected", "dedicated" date a work as "completed"
	// does: "about" a number ending its phrase after them is when.
	{"", "", "The basilica was finished about 549.", []string{"about 549|DATE|0549|APPROX"}},
	{"", "", "The cross was erected around 710 by the monks.", []string{"around 710|DATE|0710|APPROX"}},
	{"", "", "The runner finished about 300 metres behind.", nil},
	// "from about" a number ending the clause: the start of a state
	// that goes on, as "from 270." (not the base of a change).
	{"", "", "The kings issued their own silver from about 280.", []string{"about 280|DATE|0280|APPROX"}},
	{"", "", "The number of monks rose from about 300.", nil},
	// American English names the autumn "fall" bare after "by", "in",
	// "until", "since", ending its phrase: the coming one in a plan, the
	// last one in a report.
	{"2021-03-09", "", "The county says the new library should open by fall.", []string{"fall|DATE|2021-FA"}},
	{"2021-03-09", "", "The pool has stayed shut since fall and will reopen in June.", []string{"fall|DATE|2020-FA", "June|DATE|2021-06"}},
	{"2021-03-09", "", "Rehearsals start in fall, the director said.", []string{"fall|DATE|2021-FA"}},
	{"2021-03-09", "", "The boy was hurt in a fall at the park.", nil},
	{"2021-03-09", "", "Registration for fall classes closes in fall soccer season.", nil},
	// "a quarter" as a share of a measure of length, area or volume is no
	// quarter of a year: "a quarter mile", "a quarter-inch", "a quarter
	// to half an inch".
	{"2019-01-22", "", "Freezing rain will leave a quarter to half an inch of ice on trees by Wednesday.", []string{"Wednesday|DATE|2019-01-23"}},
	{"2019-01-22", "", "The crash happened a quarter mile north of the bridge.", nil},
	{"2019-01-22", "", "Forecasters expect a quarter-inch of ice.", nil},
	{"2019-01-22", "", "Output fell for a quarter before it recovered.", []string{"a quarter|DURATION|P1Q"}},
	// A plan told in the past of the report, "was set to", "were already
	// scheduled to", "was slated to", is the nearest such day, kept or
	// missed, as "was due to".
	{"2022-11-20", "", "The library was already set to close Tuesday for the holiday.", []string{"Tuesday|DATE|2022-11-22"}},
	{"2022-11-20", "", "The hearing was scheduled to resume on Monday.", []string{"Monday|DATE|2022-11-21"}},
	{"2022-11-20", "", "The bridge was still slated to reopen Wednesday.", []string{"Wednesday|DATE|2022-11-23"}},
	// A forecast tells a front's or a ridge's moves in the present, ahead:
	// "crosses", "builds", "approaches", "pushes", "slides", "stalls",
	// "exits".
	{"2020-10-13", "", "A cold front crosses the state Thursday afternoon.", []string{"Thursday afternoon|TIME|2020-10-15TAF"}},
	{"2020-10-13", "", "High pressure builds Saturday, bringing sunshine.", []string{"Saturday|DATE|2020-10-17"}},
	{"2020-10-13", "", "The system stalls over the coast Friday night.", []string{"Friday night|DATE|2020-10-16"}},
	// A headline that names two days sums up a story of several; a clock
	// time in the body with no day of its own is the report's, not the
	// last day the headline named (a headline of one day still gives it).
	{"2021-07-02", "", "Showers this evening; Independence Day looks sunny\n\nA few storms could form after 3 p.m. near the lake.", []string{"this evening|TIME|2021-07-02TEV", "Independence Day|DATE|2021-07-04", "3 p.m.|TIME|2021-07-02T15:00"}},
	{"2021-07-02", "", "Fireworks set for Sunday\n\nThe show starts at 9:15 p.m. over the harbor.", []string{"Sunday|DATE|2021-07-04", "9:15 p.m.|TIME|2021-07-04T21:15"}},
	// A weekday after "then" that follows "tonight" or "tomorrow" comes
	// after what is still ahead, so is ahead too (not after "last night").
	{"2019-11-05", "", "Clouds tonight, then a soaking rain Thursday night into Friday.", []string{"tonight|TIME|2019-11-05TNI", "Thursday night|DATE|2019-11-07", "Friday|DATE|2019-11-08"}},
	{"2019-11-05", "", "Frost tomorrow, then milder air Saturday.", []string{"tomorrow|DATE|2019-11-06", "Saturday|DATE|2019-11-09"}},
	{"2019-11-05", "", "Hail fell last night, then sleet Saturday.", []string{"last night|TIME|2019-11-04TNI", "Saturday|DATE|2019-11-02"}},
	// A weekday after a forecast's "Highs", "Lows", "Temperatures"
	// opening the sentence, with a present after it, is ahead.
	{"2017-12-05", "", "Highs Friday afternoon barely reach 20 degrees.", []string{"Friday afternoon|TIME|2017-12-08TAF"}},
	{"2017-12-05", "", "Lows Sunday dip below zero in the valleys.", []string{"Sunday|DATE|2017-12-10"}},
	{"2017-12-05", "", "Highs Sunday reached 41 at the airport.", []string{"Sunday|DATE|2017-12-03"}},
	// "by midweek", "until midweek" looked ahead to from a report of
	// Wednesday or later is the next week's middle (a Monday report's is
	// its own week's; a past one's stays in the report's week).
	{"2018-03-15", "", "Colder air will settle in by midweek.", []string{"midweek|DATE|2018-W12|MID"}},
	{"2018-03-12", "", "Colder air will settle in by midweek.", []string{"midweek|DATE|2018-W11|MID"}},
	{"2018-03-15", "", "Ticket sales were slow until midweek.", []string{"midweek|DATE|2018-W11|MID"}},
	// "N units later/earlier" before "beginning" or "starting" and a date
	// is a shift of a timetable, the DURATION alone.
	{"2020-01-14", "", "The library will open 30 minutes earlier starting next month.", []string{"30 minutes|DURATION|PT30M", "next month|DATE|2020-02"}},
	{"2020-01-14", "", "Buses will run an hour later beginning Monday.", []string{"an hour|DURATION|PT1H", "Monday|DATE|2020-01-20"}},
	// "overnight" in a report, after the day before the DCT named in an
	// earlier sentence, is that day's night, the night before the report
	// (a look back in the past perfect keeps the night before the day).
	{"2022-03-07", "", "Strong winds toppled trees across the county on Sunday. Utility crews repaired most of the lines overnight.", []string{"Sunday|DATE|2022-03-06", "overnight|TIME|2022-03-06TNI"}},
	{"2022-03-07", "", "The river crested on Sunday. Volunteers had stacked sandbags overnight.", []string{"Sunday|DATE|2022-03-06", "overnight|TIME|2022-03-05TNI"}},
	// In news, a day named in a relative clause set off by commas (", who
	// ...", ", which ...") is background about the subject: a clock time in
	// the main clause after it is not of that day, whether the day is a
	// DATE or a part of a day.
	{"2003-05-08", "", "The refinery, which caught fire on Monday, resumed output at 9 a.m., the company said.", []string{"Monday|DATE|2003-05-05", "9 a.m.|TIME|2003-05-08T09:00"}},
	{"2004-03-09", "", "The minister, who landed in Lagos on Sunday evening, met the president at 11 a.m. to discuss the strike.", []string{"Sunday evening|TIME|2004-03-07TEV", "11 a.m.|TIME|2004-03-09T11:00"}},
	// A present wish or aim with its infinitive ("hopes to", "wants to")
	// looks ahead, though a past verb stands earlier in the sentence.
	{"2001-02-20", "", "The carrier posted a loss in January and hopes to restore service to Lima by May 3.", []string{"January|DATE|2001-01", "May 3|DATE|2001-05-03"}},
	{"2005-09-14", "", "The club sold two players in August and wants to sign a striker before October 1.", []string{"August|DATE|2005-08", "October 1|DATE|2005-10-01"}},
	// A vote's tally between "voted" and "to" ("voted 5-4 to repeal")
	// leaves the vote a past act, as "voted to repeal" is: a date after
	// the infinitive is no plan.
	{"2006-09-12", "", "The city council voted 5-4 to repeal a parking rule of June 2.", []string{"June 2|DATE|2006-06-02"}},
	{"2006-09-12", "", "The regents voted 6-3 to revoke a permit of April 18.", []string{"April 18|DATE|2006-04-18"}},
	// In news, the bare day that ends a fiscal year named Y ("fiscal 2003,
	// which ended on March 31") is in Y or Y+1, whichever is the later not
	// after the DCT: a year named by its start ends in the next calendar
	// year, one named by its end in its own.
	{"2004-05-11", "", "In fiscal 2003, which ended on March 31, Toyota earned a record profit.", []string{"fiscal 2003|DATE|2003", "March 31|DATE|2004-03-31"}},
	{"2002-05-24", "", "In fiscal 2001, which ended March 31, the bank lost 40 billion yen.", []string{"fiscal 2001|DATE|2001", "March 31|DATE|2002-03-31"}},
	{"2008-11-20", "", "In fiscal 2008, which ended Sept. 30, revenue fell 4 percent.", []string{"fiscal 2008|DATE|2008", "Sept. 30|DATE|2008-09-30"}},
	// A hyphen joining two words ("sixty-one", "so-called") is one word,
	// no break in the clause: a death told ahead in a relative clause or
	// after "and was beheaded" still ends with its sentence, and a bare
	// day after it keeps the story's year.
	{"", "", "The bishop fled to Rome on 3 March 1640, where he died in May 1652 at the age of sixty-one. On 20 April the chapter elected his successor.", []string{"3 March 1640|DATE|1640-03-03", "May 1652|DATE|1652-05", "20 April|DATE|1640-04-20"}},
	{"", "", "He took the oath on 9 October 1712 and was beheaded in 1731 as a so-called traitor. On 14 October he sailed for Lisbon.", []string{"9 October 1712|DATE|1712-10-09", "1731|DATE|1731", "14 October|DATE|1712-10-14"}},
	{"", "", "The governor left the island on 2 August 1771, where he was buried in 1790 beside his forty-year-old son. In September the garrison rebelled.", []string{"2 August 1771|DATE|1771-08-02", "1790|DATE|1790", "September|DATE|1771-09"}},
	// A weekday after one title-case word, "on" before them, is a named
	// day of a church or a town, no weekday: "on Rogation Sunday", "on
	// Hospital Sunday" (a broadcaster's acronym is no name of a day, and
	// known feasts stay holidays).
	{"", "", "In 1843 the parish began to beat its bounds on Rogation Sunday.", []string{"1843|DATE|1843"}},
	{"", "", "The collection for the infirmary was taken on Hospital Sunday, and on Monday the wards reopened.", []string{"Monday|DATE|XXXX-WXX-1"}},
	{"1999-03-08", "", "The minister said on CNN Sunday that the talks would resume.", []string{"Sunday|DATE|1999-03-07"}},
	// "that winter" whose own sentence goes on to a January, February or
	// March of the year the story was in is the winter that began the
	// December before (one going on to the next year's January is not).
	{"", "", "The treaty was signed on 5 June 1659. The rebels marched north again that winter and were routed at Perth on 12 February 1659.", []string{"5 June 1659|DATE|1659-06-05", "that winter|DATE|1658-WI", "12 February 1659|DATE|1659-02-12"}},
	{"", "", "The treaty was signed on 5 June 1659. That winter the rebels camped in the hills, and in January 1660 they marched south.", []string{"5 June 1659|DATE|1659-06-05", "That winter|DATE|1659-WI", "January 1660|DATE|1660-01"}},
	// "N years later" after an accession told with no date of its own,
	// right after a reign's range, counts from the range's first year.
	{"", "", "The khan ruled the steppe from 1598 to 1640. He came to the throne as a boy; eight years later he led his first campaign.", []string{"1598|DATE|1598", "1640|DATE|1640", "eight years later|DATE|1606"}},
	{"", "", "Queen Maria reigned from 1777 to 1816. She was crowned with her uncle as co-ruler, and nine years later she was left to rule alone.", []string{"1777|DATE|1777", "1816|DATE|1816", "nine years later|DATE|1786"}},
}

func formatTimexes(res Result) []string {
	var out []string
	for _, x := range res.Timexes {
		s := fmt.Sprintf("%s|%s|%s", x.Text, x.Type, x.Value)
		if x.Mod != "" {
			s += "|" + x.Mod
		}
		out = append(out, s)
	}
	return out
}

func TestTag(t *testing.T) {
	for _, c := range tagCases {
		res := New(Options{DCT: c.dct, DateOrder: c.order}).tag([]byte(c.in)) // a panic fails the test
		got := formatTimexes(res)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("Tag(%q) dct=%q\n got  %q\n want %q", c.in, c.dct, got, c.want)
		}
		checkInvariants(t, []byte(c.in), res)
	}
}

func TestRanges(t *testing.T) {
	for _, c := range []struct {
		in       string
		from, to string
		phrase   string
	}{
		{"In just one week-from late November to December 7-HTS advanced.", "late November", "December 7", "from late November to December 7"},
		{"It happened between 1939 and 1945.", "1939", "1945", "between 1939 and 1945"},
		{"The Great War (1914-1918) changed Europe.", "1914", "1918", "1914-1918"},
	} {
		text := []byte(c.in)
		res := New(Options{DCT: "2025-01-28"}).Tag(text)
		if len(res.Ranges) != 1 {
			t.Errorf("%q: %d ranges, want 1", c.in, len(res.Ranges))
			continue
		}
		r := res.Ranges[0]
		if res.Timexes[r.From].Text != c.from || res.Timexes[r.To].Text != c.to || string(text[r.Span.Start:r.Span.End]) != c.phrase {
			t.Errorf("%q: range %q -> %q over %q", c.in, res.Timexes[r.From].Text, res.Timexes[r.To].Text, text[r.Span.Start:r.Span.End])
		}
	}
}

// TestTagRecovers checks that a panic of the rules costs only the
// sentence it happens on: the other paragraphs are tagged whole, the
// other sentences of the paragraph one by one, offsets, anchors and
// ranges pointing into the whole text, and the lost sentence has a note.
func TestTagRecovers(t *testing.T) {
	testHookTag = func(text []byte) {
		if bytes.Contains(text, []byte("BOOM")) {
			panic("boom")
		}
	}
	defer func() { testHookTag = nil }()
	text := []byte("On 3 May 2001 he arrived. Two days later he left.\n\nIt rained from 1 to 4 June. BOOM on 9 June 2001. On 12 June 2001 it snowed, and a week later it thawed.\n\nIn 2003 it was dry.")
	res := New(Options{DCT: "2004-01-01"}).Tag(text)
	checkInvariants(t, text, res)
	got := formatTimexes(res)
	want := []string{"3 May 2001|DATE|2001-05-03", "Two days later|DATE|2001-05-05", "1|DATE|2003-06-01", "4 June|DATE|2003-06-04",
		"12 June 2001|DATE|2001-06-12", "a week later|DATE|2001-W25", "2003|DATE|2003"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	for i, x := range res.Timexes {
		if string(text[x.Start:x.End]) != x.Text {
			t.Errorf("timex %d %q at [%d,%d) reads %q", i, x.Text, x.Start, x.End, text[x.Start:x.End])
		}
	}
	if a := res.Timexes[1].Anchor; a != 0 {
		t.Errorf("Two days later anchored to %d, want 0", a)
	}
	if a := res.Timexes[5].Anchor; a != 4 {
		t.Errorf("a week later anchored to %d, want 4", a)
	}
	if len(res.Ranges) != 1 || res.Ranges[0].From != 2 || res.Ranges[0].To != 3 || string(text[res.Ranges[0].Span.Start:res.Ranges[0].Span.End]) != "from 1 to 4 June" {
		t.Errorf("ranges = %+v, want from 1 to 4 June over timexes 2 and 3", res.Ranges)
	}
	if len(res.Notes) != 1 || string(text[res.Notes[0].Span.Start:res.Notes[0].Span.End]) != "BOOM on 9 June 2001. " ||
		res.Notes[0].Severity != timeline.Warning || !strings.Contains(res.Notes[0].Message, "boom") {
		t.Errorf("notes = %+v, want one warning over the sentence that failed", res.Notes)
	}
	// Text that fails whole, with no sentence to fall back to.
	res = New(Options{}).Tag([]byte("BOOM"))
	if len(res.Timexes) != 0 || len(res.Notes) != 1 || res.Notes[0].Span != (timeline.Span{Start: 0, End: 4}) {
		t.Errorf("BOOM alone: %+v", res)
	}
}

func TestNotes(t *testing.T) {
	res := New(Options{}).Tag([]byte("Signed 03/04/2015. Signed 13/04/2015. He left yesterday."))
	var msgs []string
	for _, n := range res.Notes {
		msgs = append(msgs, n.Message)
	}
	if len(res.Notes) != 2 || !strings.Contains(msgs[0], "ambiguous") || !strings.Contains(msgs[1], "no reference date") {
		t.Errorf("notes = %q, want one ambiguous date and one unanchored relative date", msgs)
	}
}

func TestAnchor(t *testing.T) {
	res := New(Options{}).Tag([]byte("On 3 May 2001 he arrived. Two days later he left."))
	if len(res.Timexes) != 2 || res.Timexes[1].Anchor != 0 || res.Timexes[0].Anchor != -1 {
		t.Fatalf("anchors = %+v, want the second anchored to the first", res.Timexes)
	}
}

func TestConcurrent(t *testing.T) {
	tg := New(Options{DCT: "2025-01-28"})
	var text strings.Builder
	for _, c := range tagCases {
		text.WriteString(c.in)
		text.WriteString("\n\n")
	}
	want := formatTimexes(tg.Tag([]byte(text.String())))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if got := formatTimexes(tg.Tag([]byte(text.String()))); strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Error("concurrent Tag gave a different result")
					return
				}
			}
		}()
	}
	wg.Wait()
}

// checkInvariants asserts what every Result promises.
func checkInvariants(t testing.TB, text []byte, res Result) {
	t.Helper()
	prevEnd := 0
	for i, x := range res.Timexes {
		if x.Start < prevEnd || x.Start >= x.End || x.End > len(text) {
			t.Fatalf("timex %d span [%d,%d) out of order or bounds (prev end %d, len %d)", i, x.Start, x.End, prevEnd, len(text))
		}
		if x.Text != string(text[x.Start:x.End]) {
			t.Fatalf("timex %d text %q != text[%d:%d] %q", i, x.Text, x.Start, x.End, text[x.Start:x.End])
		}
		if x.Value == "" || x.Type == "" {
			t.Fatalf("timex %d %q has empty type or value", i, x.Text)
		}
		if x.Anchor < -1 || x.Anchor >= i {
			t.Fatalf("timex %d anchor %d does not point back", i, x.Anchor)
		}
		prevEnd = x.End
	}
	for _, r := range res.Ranges {
		if r.From < 0 || r.To <= r.From || r.To >= len(res.Timexes) || r.Span.Start > res.Timexes[r.From].Start || r.Span.End < res.Timexes[r.To].End {
			t.Fatalf("bad range %+v", r)
		}
	}
	for _, n := range res.Notes {
		if n.Span.Start < 0 || n.Span.End > len(text) || n.Span.Start > n.Span.End {
			t.Fatalf("bad note span %+v", n)
		}
	}
}

func FuzzTag(f *testing.F) {
	for _, c := range tagCases {
		f.Add(c.in, c.dct, c.order == "DMY")
	}
	f.Add("99999999999 BC", "", false)
	f.Add(strings.Repeat("9", 400)+" years ago", "2000-01-01", false)
	f.Add("\xff\xfe 12/12/12 \x00 Sept. 31, 2015 Feb. 29, 1900 '", "1999-12-31", true)
	f.Add("from 2015-02-30 to 31/02/2015 -- 1914-1913 the 0th century 0 BC", "0001-01-01", false)
	f.Fuzz(func(t *testing.T, text, dct string, dmy bool) {
		order := "MDY"
		if dmy {
			order = "DMY"
		}
		b := []byte(text)
		res := New(Options{DCT: dct, DateOrder: order}).tag(b) // without Tag's recovery: a panic is a bug to find
		checkInvariants(t, b, res)
		for _, bySentence := range []bool{false, true} { // the pieces Tag falls back to cover the text in order
			ends, prev := pieceEnds(b, bySentence), 0
			for _, e := range ends {
				if e <= prev && len(b) > 0 || e > len(b) {
					t.Fatalf("pieceEnds(%q, %v) = %v", b, bySentence, ends)
				}
				prev = e
			}
			if ends[len(ends)-1] != len(b) {
				t.Fatalf("pieceEnds(%q, %v) = %v, not ending at %d", b, bySentence, ends, len(b))
			}
		}
		for _, x := range res.Timexes {
			if !utf8.ValidString(x.Value) {
				t.Fatalf("invalid value %q", x.Value)
			}
		}
	})
}

// TestHeadingStarts checks the line heads found from the text's line
// breaks against a walk over every token, on every test set's text and
// on texts with blank lines, leading and trailing breaks.
func TestHeadingStarts(t *testing.T) {
	texts := []string{"", "\n", "Background\n\nThe war began in 1914.\n", "\n\nTitle\nA line.\nKey dates\n\n\n2014: It opened.\nEnd"}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		s := &state{t: New(Options{}), text: []byte(text)}
		s.toks = tokenize(s.text, nil)
		var want []int32
		for k := 1; k < len(s.toks); k++ {
			if s.lineBreak(k) && s.headingLine(k, k+1) {
				want = append(want, int32(k))
			}
		}
		if got := s.headingStarts(); !slices.Equal(got, want) {
			t.Errorf("%.40q: heads %v, want %v", text, got, want)
		}
	}
}
