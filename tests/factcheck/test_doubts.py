"""Correct figures in frames the readings miss are not called inaccurate (``checking.doubts``).

Written for these tests in the forms that 2019 seat coverage, national overviews and
multi-seat round-ups take, every figure in them as the Library's files give it (or a fair
rounding of it); each seat of 2019 and 2024 is loaded once for the module (the real
``seeds/official``). An editor sees each figure as correct, or as not checkable with the
reason the frame leaves it in doubt, never as inaccurate; the wrong figures at the end are
still caught.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.extraction.frames import area_before, notional_before
from tests.full_data import check_on_official_seeds

pytestmark = pytest.mark.django_db

# (election, text, figures in it that must not be called inaccurate, a word of the reason
# shown when one is not checkable, or None when any reason will do)
CORRECT = {
    "region heading": (
        "ge2024",
        "North East: Labour won 26 of the 27 seats in the region. The Conservatives held on "
        "to just one.",
        ["26", "27"],
        None,
    ),
    "nation named before": (
        "ge2024",
        "In Wales, Labour won 27 of the 32 seats. Reform UK came third in the popular vote "
        "with 16.9%, ahead of Plaid Cymru on 14.8%.",
        ["16.9%", "14.8%"],
        "Wales",
    ),
    "county's seats": (
        "ge2024",
        "Labour now holds 25 of Greater Manchester's 27 seats.",
        ["25", "27"],
        None,
    ),
    "compared across a nation": (
        "ge2019",
        "Bridget Phillipson held Houghton and Sunderland South with a majority of 3,115. "
        "Turnout was 58%, one of the lowest in England.",
        ["58%"],
        "lowest in England",
    ),
    "round-up moves on": (
        "ge2019",
        "Chi Onwurah held Newcastle upon Tyne Central by 12,278 votes.\n\nBridget Phillipson "
        "held Houghton and Sunderland South by 3,115 votes. The Brexit Party came third with "
        "6,165 votes.",
        ["6,165", "third"],
        None,
    ),
    "won by a margin": (
        "ge2019",
        "The Conservatives have regained Kensington from Labour by just 150 votes.",
        ["150"],
        None,
    ),
    "figures of people not named": (
        "ge2019",
        "In Bolsover, Green David Kesteven polled 758 and two independents 517 and 470.",
        ["470", "517"],
        None,
    ),
    "years ago": (
        "ge2019",
        "Douglas Ross held Moray by 513 votes. Two years ago he had won by 4,159 votes.",
        ["4,159"],
        None,
    ),
    "in a quotation": (
        "ge2019",
        "Michelle Gildernew held Fermanagh and South Tyrone by 57 votes. She said: \"It doesn't "
        "matter if it's 57 or 5,700, the people have spoken.\"",
        ["5,700"],
        "quotation",
    ),
    "Commons majority, 2019": ("ge2019", "Boris Johnson's majority is 80.", ["80"], "Commons"),
    "Commons majority, exit poll": (
        "ge2024",
        "The exit poll projects that Labour will win 410 seats. That would give Sir Keir "
        "Starmer a majority of 170.",
        ["170"],
        None,
    ),
    "millions beside a seat": (
        "ge2024",
        "Reform UK took 14.3% of the vote, more than four million votes in all, but won just "
        "five seats, among them Nigel Farage in Clacton.",
        ["four million"],
        None,
    ),
    "place in many seats": (
        "ge2024",
        "Reform UK, led by Nigel Farage, won 14.3pc of the vote and came second in 98 seats.",
        ["second"],
        None,
    ),
    "result beside the poll": (
        "ge2024",
        "The Conservatives' 121 seats is well below the 131 projected by the exit poll.",
        ["121"],
        None,
    ),
    "party's seats as a candidate's votes": (
        "ge2024",
        "The exit poll gave Sir Keir Starmer a majority of 170. But it overestimated the "
        "Conservatives, who finished on 121.",
        ["121", "170"],
        None,
    ),
    "a year with no data": (
        "ge2019",
        "If the poll is right, it would be Labour's worst result since 1935, when it won 154 "
        "seats.",
        ["154"],
        "1935",
    ),
    "share of seats": (
        "ge2024",
        "Reform UK won 4,117,610 votes yet won only five seats, less than 1% of the total.",
        ["1%"],
        None,
    ),
    "turnout as a share": (
        "ge2024",
        "Turnout fell sharply. In Manchester Rusholme just 40.3% of voters went to the polls, "
        "against 69.8% in Altrincham and Sale West, where Connor Rand won by 4,174.",
        ["40.3%", "69.8%"],
        None,
    ),
    "table": (
        "ge2024",
        "Seat\tWinner\tParty\tMajority\tTurnout\nBury North\tJames Frith\tLab\t6,944\t58.8%\n"
        "Hazel Grove\tLisa Smart\tLD\t6,500\t63.4%",
        ["58.8%", "63.4%", "6,500"],
        None,
    ),
    "seats lost": (
        "ge2024",
        "The Tories lost more than seven million votes, falling from 13.97m to 6.83m, and 251 "
        "seats on the notional 2019 figures.",
        ["6.83m", "251"],
        None,
    ),
    "the notional figure after": (
        "ge2024",
        "Angela Rayner held Ashton-under-Lyne with a majority of 6,791, up from a notional 4,689.",
        ["6,791"],
        None,
    ),
    "share of people": (
        "ge2024",
        "The Liberal Democrats returned 32 women, 44% of their 72-strong parliamentary party.",
        ["44%"],
        "share of people",
    ),
    "seats together": (
        "ge2024",
        "Together, Reform UK and the Greens won more than six million votes but only nine seats.",
        ["nine"],
        None,
    ),
    "votes together, and a difference": (
        "ge2024",
        "Results across the UK\n\nIn Chingford and Woodford Green, Iain Duncan Smith held on "
        "with 17,281 votes. Together Labour and Faiza Shaheen polled almost 25,000 votes, "
        "nearly 8,000 more than the winner.",
        ["25,000", "8,000"],
        None,
    ),
    "the country's swing in a round-up": (
        "ge2024",
        "Keir Starmer held Holborn and St Pancras, and Jeremy Corbyn held Islington North as "
        "an independent.\n\nThe swing from Conservative to Labour was 10.8 points, although "
        "it varied from seat to seat.",
        ["10.8 points"],
        None,
    ),
    "a sentence opening on a notional result": (
        "ge2024",
        "Alliance gained Lagan Valley from the DUP. On the notional 2019 result, worked out on "
        "the new boundaries, the DUP had taken 43.4% of the vote.",
        ["43.4%"],
        "notional",
    ),
    "candidates of the country, a nation and a party": (
        "ge2024",
        "A record 4,515 candidates stood. There were 424 candidates across Scotland's seats. "
        "The Greens stood 574 candidates.",
        ["4,515", "424", "574"],
        None,
    ),
    "an estimate": (
        "ge2024",
        "In Calder Valley, Labour won with fewer votes than it notionally received in 2019: "
        "22,046 against an estimated 23,884.",
        ["23,884"],
        "estimate",
    ),
    "a part of one per cent": (
        "ge2024",
        "David Reed held Exmouth and Exeter East by 121 votes. The majority represents less "
        "than a quarter of one per cent of the 51,316 valid votes cast.",
        ["a quarter"],
        "part of one per cent",
    ),
    "a majority's share of the votes": (
        "ge2019",
        "Martyn Day held Linlithgow and East Falkirk. That left Mr Day with a majority of "
        "11,266, almost a fifth of all the votes cast.",
        ["11,266", "a fifth"],
        "majority's share",
    ),
    "seats taken from a party": (
        "ge2019",
        "Tories take six Welsh seats from Labour as the red wall cracks.",
        ["six"],
        "changed hands",
    ),
    "some of the candidates": (
        "ge2024",
        "David Reed held Exmouth and Exeter East by 121 votes. Three further candidates "
        "shared the remaining 1,178 votes.",
        ["Three"],
        "some of the candidates",
    ),
    "an area's seats": (
        "ge2024",
        "Labour won 59 of London's 75 seats. Turnout across London was 59%, down from 67.7% "
        "in 2019, when the city had 73 seats.",
        ["73"],
        "area's seats",
    ),
    "a move up the order": (
        "ge2024",
        "Alliance's Kate Nicholl moved up to second place in Belfast South and Mid Down.",
        ["second"],
        None,
    ),
    "a person in another seat, named in passing": (
        "ge2024",
        "Nigel Farage won Clacton. Dominic Raab, campaigning there, said the majority of "
        "8,405 was a shock.",
        ["8,405"],
        None,
    ),
    "seats seized": (
        "ge2019",
        "Yorkshire's red wall crumbles as Tories seize nine seats",
        ["nine"],
        "changed hands",
    ),
    "a party written as a person's surname": (
        "ge2024",
        "Sarah Green held Chesham and Amersham for the Liberal Democrats. Ms Green's share was "
        "up 22.4 percentage points.",
        ["22.4 percentage points"],
        None,
    ),
    "a person's party": (
        "ge2024",
        "The Conservatives' grip on the South West was broken overnight, with Labour and the "
        "Liberal Democrats sharing out the region's seats and leaving Rishi Sunak's party with "
        "just 11 of the 58 constituencies.",
        ["11"],
        None,
    ),
    "a person who did not stand, named in passing": (
        "ge2024",
        "Nigel Farage won Clacton. Dominic Raab's former seat fell to the Liberal Democrats "
        "by a majority of 12,003.",
        ["12,003"],
        None,
    ),
    "a party-switcher's party": (
        "ge2024",
        "In Barnsley South, Lee Anderson's party came second with 11,651 votes.",
        ["second"],
        None,
    ),
    "a cap that could be reached": (
        "ge2024",
        "The Lib Dems could climb up to 80 seats, the exit poll suggested.",
        ["80"],
        None,
    ),
    "a party's name with 'for' in it": (
        "ge2019",
        "PROFILE: The Independent Group for Change leader finished a distant third in "
        "Broxtowe, the seat she had held for nearly a decade.",
        ["third"],
        None,
    ),
    "candidates a party fielded": (
        "ge2019",
        "Anna Soubry lost Broxtowe. Her party fared no better elsewhere. It fielded only "
        "three candidates under its own name.",
        ["three"],
        None,
    ),
    "a person's party at the text's election": (
        "ge2019",
        "The Conservatives tightened their grip on the West Midlands on Thursday, taking nine "
        "seats from Labour and leaving Jeremy Corbyn's party with just 15 in the region.",
        ["15"],
        None,
    ),
    "second places in a region": (
        "ge2024",
        "Reform came second in 98 seats. It came second in 28 seats in the North West.",
        ["98", "28"],
        None,
    ),
    "a pronoun after two women": (
        "ge2019",
        "In East Dunbartonshire, Liberal Democrat leader Jo Swinson lost to the SNP's Amy "
        "Callaghan by just 149 votes, 19,672 to 19,523. Her share of the vote fell by 3.8 "
        "points.",
        ["3.8 points"],
        None,
    ),
    "the loser is in the winner's seat": (
        "ge2019",
        "Douglas Ross clung on in Moray by 513 votes, and Colin Clark lost Gordon to Richard "
        "Thomson by 819.",
        ["513", "819"],
        None,
    ),
    "a majority, the loser named for the seat before": (
        "ge2019",
        "Ian Paisley kept North Antrim by 12,721 over the UUP's Robin Swann; Gregory Campbell "
        "won East Londonderry by 9,607.",
        ["12,721", "9,607"],
        None,
    ),
    "his party's votes at the last election, he having stood elsewhere then": (
        "ge2024",
        "In Hartlepool, Labour's Jonathan Brash won. The Liberal Democrat Peter Maughan took "
        "572, down from the 1,696 his party won in 2019.",
        ["1,696"],
        None,
    ),
    # a review's finds (2026-12-05): each was called inaccurate
    "a direction said after the change": (
        "ge2024",
        "In Chingford and Woodford Green, Labour's share was 19.5 points lower and Reform's "
        "7.2 points higher. Despite gains elsewhere, Labour's share in Leicester South was "
        "35.3 points lower. The Greens gained Bristol Central, where Labour's share was 25.9 "
        "points lower.",
        ["19.5 points", "7.2 points", "35.3 points", "25.9 points"],
        None,
    ),
    "a party's change across the country in 2019, a leader named": (
        "ge2019",
        "The Conservatives won 43.6% of the vote, up 1.2 points, giving Boris Johnson a "
        "majority of 80. Boris Johnson said the Conservatives' 1.2-point rise in vote share "
        "had delivered a stonking mandate. Jo Swinson lost her seat to Amy Callaghan. Her "
        "party's share rose 4.2 points across the UK.",
        ["1.2 points", "1.2-point", "4.2 points"],
        None,
    ),
    "a change from a by-election": (
        "ge2019",
        "In Brecon and Radnorshire, the Conservative share rose 14.1 points on the August "
        "by-election, and Labour's rose 4.2 points.",
        ["14.1 points", "4.2 points"],
        None,
    ),
    "a majority of the seat named after it": (
        "ge2019",
        "Dehenna Davison won Bishop Auckland by 7,962 votes; the Tory majority was 4,513 in "
        "neighbouring Sedgefield. Labour's majority in Bishop Auckland had been 502, and its "
        "majority of 6,059 in Sedgefield also vanished.",
        ["7,962", "4,513", "502", "6,059"],
        None,
    ),
    "second places, a region named in passing": (
        "ge2024",
        "Reform UK, strongest in the North East, finished second in 18 seats.",
        ["18"],
        None,
    ),
    # a second review's finds (2026-12-05)
    "a place phrase after a change": (
        "ge2024",
        "In Blyth and Ashington, Reform's vote rose 17.8 points down the road from Ian "
        "Lavery's count. The Conservative share fell by 27.4 points up in Bishop Auckland.",
        ["17.8 points", "27.4 points"],
        None,
    ),
    "a list going on counting gains or second places": (
        "ge2024",
        "Labour gained 211 seats, the Liberal Democrats 64 and the Greens three. Reform came "
        "second in 98 seats and the Greens 40.",
        ["211", "64", "three", "98", "40"],
        None,
    ),
    "a majority of a seat named after it that vanished": (
        "ge2019",
        "Labour's majority of 6,059 in Sedgefield vanished as Paul Howell won by 4,513.",
        ["6,059", "4,513"],
        None,
    ),
    # blind set 11's false alarms when first scored (2026-12-05)
    "a change that falls, even as something else grows": (
        "ge2024",
        "Sir Iain Duncan Smith's majority grows to 4,757 in Chingford and Woodford Green even "
        "as his vote share falls by more than 12 points.",
        ["4,757", "12 points"],
        None,
    ),
    "a place behind someone": (
        "ge2024",
        "In Chingford and Woodford Green, Labour's Shama Tatler took 12,524 and Faiza Shaheen "
        "12,445, finishing just 79 votes behind her former party in third place. In South "
        "West Norfolk, Liz Truss lost to Labour's Terry Jermy, with Reform UK's Tobias "
        "McKenzie close behind her in third.",
        ["third"],
        None,
    ),
    "a paragraph headed with a colon and a year": (
        "ge2024",
        "Iain Duncan Smith held Chingford and Woodford Green.\n\nThe old seat: in the actual "
        "2019 election, on the previous boundaries, Sir Iain beat Ms Shaheen. Turnout in the "
        "old seat was 72.2 per cent from an electorate of 65,393.",
        ["72.2 per cent", "65,393"],
        None,
    ),
    "a nation's figures in an article about a seat": (
        "ge2024",
        "In Manchester Rusholme, Afzal Khan held on. Manchester Rusholme had the lowest "
        "turnout. Wales had the lowest turnout of the four nations, at 56.2 per cent, a fall "
        "of 10.4 points. The gap between the highest and lowest turnout in the country was "
        "35.2 points.",
        ["10.4 points", "35.2 points"],
        None,
    ),
    "a list of seats' turnouts, the winners in brackets": (
        "ge2024",
        "All five of the lowest-turnout seats were won by Labour:\n\n1. Manchester Rusholme, "
        "40 per cent (Afzal Khan)",
        ["40 per cent"],
        None,
    ),
    "the second of a pair of counts": (
        "ge2019",
        "Mark Tami kept Alyn and Deeside, a north-east Wales seat, for Labour, 18,271 to 18,058.",
        ["18,271", "18,058"],
        None,
    ),
    "a party's candidates, a seat it holds named": (
        "ge2024",
        "The SDLP, which held Foyle, stood 18 candidates across Northern Ireland.",
        ["18"],
        None,
    ),
    "a rise that sank someone": (
        "ge2024",
        "Reform UK's 12.4-point advance in Redcar sank Jacob Young.",
        ["12.4-point"],
        None,
    ),
    # blind set 12's false alarms when first scored (2026-12-05)
    "seats of a nation's constituencies, a share beside them": (
        "ge2019",
        "Across Scotland the Conservatives kept six seats, Moray among them, with 25.1% of "
        "the vote, as the SNP swept 48 of the 59 constituencies on 45%.",
        ["six", "25.1%", "48", "45%"],
        None,
    ),
    "she, after a man and a woman of another seat": (
        "ge2024",
        "Carla Denyer won Bristol Central. Carla Denyer took 56.6%. Adrian Ramsay took "
        "Waveney Valley, while Ellie Chowns won North Herefordshire. She finished on 43.2%, "
        "an increase of 34.4 points.",
        ["43.2%", "34.4 points"],
        None,
    ),
    "a share a fall ran from, in words": (
        "ge2024",
        "In Blackburn, Adnan Hussain beat Labour's Kate Hollern by just 132 votes. Ms "
        "Hollern's share fell 39.3 points, from nearly two thirds of the vote to 26.7%.",
        ["two thirds", "26.7%"],
        None,
    ),
    "shares between two independents": (
        "ge2024",
        "In Hall Green and Moseley, Tahir Ali survived with 30.8%, after two independents, "
        "Shakeel Afsar and Mohammed Hafeez, shared more than 30% between them.",
        ["30.8%", "30%"],
        None,
    ),
    "seats surrendered, some of them, a further few": (
        "ge2024",
        "The Conservatives were the great losers, surrendering 252 seats to other parties; "
        "Labour alone took 182 of them, and the Liberal Democrats a further 64.",
        ["252", "182", "64"],
        None,
    ),
    "a league table of majorities": (
        "ge2024",
        "The biggest majority in the country belonged to Peter Dowd in Bootle. Catherine "
        "West in Hornsey and Friern Barnet came second on 21,475, and Tim Farron, who won "
        "back Westmorland and Lonsdale for the Lib Dems, was only three votes behind her on "
        "21,472.",
        ["second", "21,475", "21,472"],
        None,
    ),
    "the longest ballot paper in the country": (
        "ge2024",
        "Voters in Richmond and Northallerton faced the longest ballot paper in the country, "
        "with 13 candidates.",
        ["13"],
        None,
    ),
    "a word repeated in a sentence": (
        "ge2024",
        "The result makes the TUV one of seven parties to win seats in Northern Ireland, where "
        "Sinn Féin finished as the largest party with seven of the 18 constituencies.",
        ["seven"],
        None,
    ),
    "a party's share there, beside a candidate of that seat": (
        "ge2019",
        "Bishop Auckland fell to Dehenna Davison, who won a majority of 7,962 over Helen "
        "Goodman. Bishop Auckland had been Labour since 1935, and Bishop Auckland's voters "
        "turned.\n\nTony Blair's old seat of Sedgefield fell to Paul Howell by 4,513 votes. "
        "Labour's share there dropped 17.1 points compared with 2017, and the Brexit Party's "
        "David Bull collected 3,518 votes.",
        ["17.1 points", "3,518"],
        None,
    ),
    "a figure its sentence denies": (
        "ge2024",
        "Simon Hart lost Caerfyrddin to Plaid Cymru's Ann Davies. Mr Hart did not even finish "
        "second.",
        ["second"],
        "not so",
    ),
    "a party named in an aside": (
        "ge2019",
        "David Gauke stood in South West Hertfordshire as an independent. The former justice "
        "secretary, expelled from the Conservative whip over Brexit, won more than a quarter "
        "of the vote but finished a distant second.",
        ["second"],
        None,
    ),
    "a region's turnout beside a seat's in its next clause": (
        "ge2024",
        "Labour won Stockton West. Turnout across the region was 56.6 per cent, below the UK "
        "average, and lowest of all in Middlesbrough and Thornaby East at 45.8%.",
        ["56.6 per cent"],
        None,
    ),
    "a leader named as such places no seat": (
        "ge2024",
        "Labour took 33.7 per cent of the vote across the UK, with fewer votes than it won "
        "under Jeremy Corbyn five years ago.\n\nThe Conservatives' share fell to 23.7%. That "
        "drop, combined with Labour's modest rise, amounts to a Conservative-to-Labour swing "
        "of 10.8 points.\n\nJeremy Corbyn held Islington North as an independent.",
        ["10.8 points"],
        None,
    ),
    "a box in short party names with no heading": (
        "ge2024",
        "Seats: Lab 27, PC 4, LD 1, Con 0. Plaid's share in Wales rose to 14.8 per cent.",
        ["27", "1", "0"],
        None,
    ),
    "they, after a sentence naming two parties": (
        "ge2024",
        "Labour's landslide left the Conservatives with 121 seats, their worst result ever. "
        "They took just 23.7% of the vote.",
        ["23.7%"],
        None,
    ),
    "a Commons majority being defended": (
        "ge2024",
        "Rishi Sunak called the election early, defending a Commons majority of 80. Labour "
        "won 411 seats.",
        ["80"],
        None,
    ),
    "a speaker's we": (
        "ge2024",
        'Carla Denyer won Bristol Central for the Greens. "We got almost 7 per cent of the '
        'vote and less than 1 per cent of the seats," she said.',
        ["7 per cent"],
        "we",
    ),
    "seats held going into the election": (
        "ge2024",
        "The DUP, which went into the election with eight MPs, came out with five.",
        ["eight"],
        "going into",
    ),
    "a round count that is exactly another figure": (
        "ge2019",
        "Seat — winner (party): share, change in points; majority\n"
        "Gateshead — Ian Mearns (Lab): 53.6%, -11.5; 7,200",
        ["7,200"],
        "exactly",
    ),
    "a description, not a name, after a box about another seat": (
        "ge2024",
        "Carla Denyer held Bristol Central for the Greens.\n\nWAVENEY VALLEY - Green GAIN "
        "from Con\nAdrian Ramsay (Green) 20,467\nThe party's co-leader won in a new seat "
        "straddling the Norfolk-Suffolk border, with a rise of 32.4 points.",
        ["32.4 points"],
        None,
    ),
    "a share that is the seat's turnout, no share word near it": (
        "ge2024",
        "Turnout was highest in the Home Counties. Harpenden and Berkhamsted, won from the "
        "Conservatives by the Lib Dems' Victoria Collins, topped the table at 75.2%.",
        ["75.2%"],
        "turnout",
    ),
    "a majority's percentage in brackets that is the winner's share": (
        "ge2024",
        "Dewsbury and Batley — Iqbal Mohamed, majority 6,934 (41.1%)",
        ["41.1%"],
        "Iqbal Mohamed's share",
    ),
    "a majority's share said to be equal to it": (
        "ge2024",
        "Jonathan Brash won Hartlepool. His majority of 7,698 was more than double Mike Hill's, "
        "and equal to 21.7% of the vote.",
        ["21.7%"],
        "majority's share",
    ),
    "a party named as beaten, with a relative clause of its own": (
        "ge2024",
        "Reform UK won 14.3 per cent, more than the Liberal Democrats, who won 72 seats on 12.2 "
        "per cent.",
        ["12.2 per cent"],
        None,
    ),
    "seats where some of them are": (
        "ge2019",
        "The SNP won 48 of Scotland's 59 seats.\n\nThe Conservatives held six seats, down from "
        "13 in 2017, most of them in the Borders and the North East.",
        ["six"],
        None,
    ),
    "an aside opening on a former party": (
        "ge2024",
        "Faiza Shaheen, a former Labour candidate, came third in Chingford and Woodford Green.",
        ["third"],
        None,
    ),
    "a box's description after its rows": (
        "ge2024",
        "Carla Denyer held Bristol Central.\n\nWAVENEY VALLEY - Green GAIN from Con\n"
        "Adrian Ramsay (Green) 20,467\nRichard Rout (Con) 14,873\nMajority: 5,894\n"
        "The party's co-leader won in a new seat, with a rise of 32.4 points.",
        ["32.4 points"],
        None,
    ),
    "seats changing hands, in a list after a party's line": (
        "ge2019",
        "Key numbers\n- Conservative gains: 58\n- Labour gains: 1 (Putney)\n"
        "- Seats changing hands in Scotland: 15",
        ["15"],
        "changed hands",
    ),
    "a margin of two candidates' votes together": (
        "ge2024",
        "In Chingford and Woodford Green, Labour's Shama Tatler and the independent Faiza "
        "Shaheen split the vote. Between them the two women polled 24,969 votes - 7,688 more "
        "than Sir Iain.",
        ["7,688"],
        "several candidates' figures together",
    ),
    "a share after the one held off, with no comma": (
        "ge2019",
        "Derek Thomas held off the former Lib Dem MP Andrew George with 49 per cent of the "
        "vote, a majority of 4,280, the tightest in Cornwall.",
        ["49 per cent"],
        None,
    ),
    "seats taken from a party, the count going on after": (
        "ge2024",
        "Labour took 182 seats from the Conservatives, the Liberal Democrats 60 and Reform UK "
        "five.",
        ["60"],
        "taken from another party",
    ),
    "seats taken from a party named in lower case": (
        "ge2024",
        "Labour took 36 seats from the nationalists in Scotland.",
        ["36"],
        None,
    ),
    "seats a party stood in": (
        "ge2019",
        "The Liberal Democrats won 11 seats. Of the 611 seats it contested, its share rose in "
        "571. The party stood in 611 seats.",
        ["611"],
        "stood in",
    ),
    "a turnout under a nation's heading, its one seat named before": (
        "ge2024",
        "NORTHERN IRELAND\nSinn Féin won seven of Northern Ireland's 18 seats. Alliance, the "
        "UUP and the TUV won one each, as did the independent Alex Easton in North Down.\n"
        "Turnout: 57.2%",
        ["57.2%"],
        None,
    ),
    "a swing in a box between parties in short names": (
        "ge2024",
        "FERMANAGH AND SOUTH TYRONE\nPat Cullen (SF) 24,844\nDiana Armstrong (UUP) 20,273\n"
        "SF majority: 4,571\nSwing UUP to SF: 4.0 points",
        ["4.0 points"],
        None,
    ),
    "a party's seats while the count goes on": (
        "ge2019",
        "With 649 of 650 seats declared (St Ives is still counting), the Conservatives have 364 "
        "seats and Labour 202.",
        ["364"],
        "a total so far",
    ),
    "seats where something happened, after a party's total": (
        "ge2024",
        "Labour won 411 seats. In 266 seats, more than two in five, the winner had less than "
        "40% of the vote.",
        ["266"],
        "where something happened",
    ),
    "a party's candidates, in a sentence naming seats": (
        "ge2019",
        "Mike Gapes polled 3,891 in Ilford South and Chris Leslie 1,447 in Nottingham East: "
        "the party's three candidates won 10,006 votes in all.",
        ["three"],
        None,
    ),
    "a paragraph opening on the notional result": (
        "ge2024",
        "Nigel Farage won Clacton.\n\nOn the notional figures, the Conservatives would have "
        "won Clacton in 2019 with 32,825 votes. The Liberal Democrats were a distant third on "
        "2,829 and the Greens fourth with 1,341.",
        ["1,341", "fourth"],
        "its paragraph opens on a notional result",
    ),
    "a region in an aside, another named before": (
        "ge2024",
        "In the South East, Labour won 36 seats, while the Liberal Democrats, dominant in the "
        "South West, won 24.",
        ["24"],
        "in an aside",
    ),
    "seats another party held": (
        "ge2024",
        "Labour took 182 Conservative-held seats.",
        ["182"],
        "another party held",
    ),
    "a party's MPs beside its share of the Commons": (
        "ge2024",
        "The Lib Dems won 72 MPs and 11.1% of the Commons, their best result since the 1920s.",
        ["72"],
        None,
    ),
    "a party's seats out of a nation's, a share of them in brackets": (
        "ge2019",
        "Northern Ireland – Sinn Féin: 7 of 18 (38.9%)",
        ["7"],
        None,
    ),
    "votes short of the winner": (
        "ge2019",
        "In Boston and Skegness, Brexit Party chairman Richard Tice comes third with 10,603 "
        "votes, leaving him 4,861 short of the winner.",
        ["4,861"],
        "a difference between figures",
    ),
    "votes short of victory, read as a majority": (
        "ge2024",
        "And in South West Norfolk, Reform's Tobias McKenzie was 1,889 votes short of victory "
        "in third place.",
        ["1,889"],
        None,
    ),
    "a nation's seats, a party carried into the sentence": (
        "ge2024",
        "The Conservatives won five seats in Scotland. The number of Welsh MPs fell from 40 to "
        "32 under the boundary review, and Scotland's from 59 to 57.",
        ["57"],
        "the area the sentence names",
    ),
    "the gap between a share of seats and of the vote": (
        "ge2024",
        "Labour's 33.7% of the vote translated into 63.4% of the seats, a bonus of almost 30 "
        "percentage points.",
        ["30 percentage points"],
        "a share of the seats and of the vote",
    ),
    "a government, after a sentence about another party": (
        "ge2024",
        "The Tories were happy enough with the rules in 2019, when 43.6 per cent bought them "
        "365 seats. But a government elected by a third of those who voted should govern "
        "with humility.",
        ["a third"],
        None,
    ),
    "a share across a whole region": (
        "ge2024",
        "In Lincolnshire, Richard Tice won Boston and Skegness with 46.3 per cent. Reform UK "
        "took 18.9 per cent of the vote across the region.",
        ["18.9 per cent"],
        None,
    ),
    "one end of a range": (
        "ge2024",
        "In Cannock Chase, Labour's Josh Newbury won. Outside Stone, where the party had no "
        "candidate, Reform UK took between 18.7 and 26.9 per cent.",
        ["18.7"],
        "one end of a range",
    ),
    "a seat called by a name Tally does not know": (
        "ge2024",
        "In Cannock Chase Reform UK's Paul Allen finished 976 votes behind Labour. But Stoke "
        "Central was the only seat in the county where the party came second.",
        ["second"],
        None,
    ),
    "seats declared so far": (
        "ge2019",
        "By now 195 seats have declared, of which the Conservatives have won 90 and Labour 77.",
        ["90", "77"],
        "total so far",
    ),
    "the other side of a score": (
        "ge2019",
        "In Yorkshire and the Humber Labour has only a narrow lead, 28 seats to 26.",
        ["28", "26"],
        "score",
    ),
    "seats held beside seats gained": (
        "ge2024",
        "Plaid Cymru will send four MPs to Westminster after taking Ynys Môn and Caerfyrddin "
        "from the Conservatives and holding its two seats in the west.",
        ["two"],
        "held",
    ),
    "a place taken in several seats": (
        "ge2024",
        "In Ashfield, Lee Anderson won for Reform UK with 17,062 votes. Reform won two seats in "
        "the region and came second in five more.",
        ["second"],
        None,
    ),
    "seats won, whose the words do not say": (
        "ge2024",
        "The party's gains were concentrated in the south. It now holds 24 seats in the South "
        "East, 22 in the South West and eight in the East of England.",
        ["24", "22"],
        None,
    ),
    "a percentage of the count before it, in brackets": (
        "ge2024",
        "Women candidates by party:\nLabour 296 of 631 (46.9%)\nConservative 216 of 635 (34.0%)",
        ["34.0%"],
        "as a percentage",
    ),
    "a seat's turnout among lower ones in a nation": (
        "ge2024",
        "Dundee Central was declared at 3am. Turnout was 52.5pc, one of the lower figures we "
        "have seen in Scotland tonight.",
        ["52.5pc"],
        None,
    ),
    "a party's share after words for it Tally does not resolve": (
        "ge2019",
        "In Stirling, former MEP Alyn Smith defeated Conservative Stephen Kerr by 9,254 votes."
        "\n\nMr Kerr had won the seat two years ago by just 148 votes. The nationalists' share "
        "was up 14.4 points, while the Conservatives slipped 3.5 points.",
        ["14.4 points", "3.5 points"],
        None,
    ),
    "votes for each MP": (
        "ge2024",
        "The Lib Dems won 72 seats, an efficient operation that delivered roughly 48,900 votes "
        "per MP.",
        ["48,900"],
        None,
    ),
    "a difference of seats from the exit poll": (
        "ge2024",
        "LIB DEMS - Exit poll: 61. Result: 72. Sir Ed Davey's party outperformed the "
        "projection by 11 seats.",
        ["11"],
        None,
    ),
    "a party's figure after a seat named in an aside": (
        "ge2024",
        "The Conservatives held Godalming and Ash, next door to Farnham and Bordon, with 42.6 "
        "per cent. Labour held Stockton North, across the Tees from Stockton West, with 45.8 "
        "per cent. In Ashfield, next to Mansfield, Reform won 42.8 per cent of the vote.",
        ["42.6 per cent", "45.8 per cent", "42.8 per cent"],
        None,
    ),
    "two shares for two seats, in the order written": (
        "ge2024",
        "Labour won Hexham and held Blyth and Ashington, with 49.6 per cent and 46.3 per cent.",
        ["49.6 per cent", "46.3 per cent"],
        None,
    ),
    "a party's share after a seat named in an aside, no nation named": (
        "ge2019",
        "Labour is now down to just one MP, Ian Murray in Edinburgh South, and a vote share of "
        "18.6%.",
        ["18.6%"],
        "aside",
    ),
    "the article's election again after an earlier one's clause": (
        "ge2024",
        "Labour's Joe Morris won Hexham with 23,988 votes; at the last election Labour came "
        "second there with 14,603 votes and it has now won with a majority of 3,713. The "
        "Conservatives won 121 seats, while in 2019 Boris Johnson won 365 seats and Labour now "
        "has 411.",
        ["3,713", "411"],
        None,
    ),
    "an earlier election in a concessive aside, or ending the sentence": (
        "ge2024",
        "Labour's 202 seats, although a disaster at the last election, are now 411. Labour won "
        "32.1 per cent of the vote, while Jeremy Corbyn was leader, at the 2019 election.",
        ["202", "411", "32.1 per cent"],
        None,
    ),
    "some of a count the sentence opens on": (
        "ge2024",
        "Of the 270 Conservative MPs who asked voters for another term, 175 were turned out.",
        ["175"],
        "some of those",
    ),
    "a change from a showing some years ago": (
        "ge2024",
        "In Ynys Môn, Reform UK's Emmett Jenner came fourth with 9.9 per cent, up 3.9 points on "
        "the Brexit Party's showing five years ago.",
        ["3.9 points"],
        None,
    ),
    '"then" as a word of the argument, not a time': (
        "ge2024",
        "In Bury South, Labour's Christian Wakeford polled fewer votes than in 2019. Fewer "
        "votes, then, but a far bigger cushion: his share was 45.6 per cent.",
        ["45.6 per cent"],
        None,
    ),
    "a figure of a time the sentence compares with": (
        "ge2024",
        "Plaid's winning tally in Ynys Môn this time was only 172 votes more than it received "
        "when it came third.",
        ["third"],
        "compares with",
    ),
    "the article's figure beside an earlier election it compares with": (
        "ge2024",
        "Labour's vote share was 33.7 per cent, barely higher than five years ago. The DUP won "
        "5 seats, three fewer than five years ago.",
        ["33.7 per cent", "5"],
        None,
    ),
    "back to now after an earlier election": (
        "ge2024",
        "Five years ago Labour was reduced to 202 seats, but now it has 411. Lee Anderson was "
        "first elected five years ago and now has 17,062 votes. In Clacton, Giles Watling won "
        "here five years ago; he is second now, on 12,820.",
        ["411", "17,062", "12,820"],
        None,
    ),
    "an earlier election in an aside between a place and its votes": (
        "ge2024",
        "Sarah Atherton came second in Wrexham, having won it in 2019, with 9,888 votes. Faiza "
        "Shaheen came third, as an independent, after finishing second for Labour in 2019, "
        "with 12,445 votes.",
        ["9,888", "12,445"],
        None,
    ),
    "a seat's candidates, someone else's in another clause": (
        "ge2024",
        "Rishi Sunak held Richmond and Northallerton. Thirteen candidates stood; Keir Starmer "
        "faced 11 rivals.",
        ["Thirteen"],
        None,
    ),
    "a seat in an aside that only says where": (
        "ge2019",
        "Near the Edgbaston cricket ground, in Birmingham Ladywood, Labour won 79.2 per cent.",
        ["79.2 per cent"],
        None,
    ),
    "a projection's figures in a sentence going on from it": (
        "ge2024",
        "Big Ben has struck and the joint exit poll is out. It puts Labour on 410 seats, the "
        "Conservatives on 131 and Reform UK on 13.",
        ["410", "131", "13"],
        "projection",
    ),
    "a projection named after its figure, in a live blog": (
        "ge2024",
        "22:00 Exit poll\nThe exit poll puts Labour on 410 seats and Reform UK on 13.\n\n"
        "05:10 Richmond and Northallerton\nThe prime minister holds Richmond and Northallerton "
        "with 23,059 votes. There were 13 candidates; Count Binface got 308 votes.\n\n"
        "Morning\nThe final tally was 411 Labour MPs. Reform finished with five seats, not the "
        "13 the exit poll suggested.",
        ["13"],
        None,
    ),
    "the share of those who did not vote for someone": (
        "ge2019",
        "James Daly held Bury North by 105 votes. I hope he remembers that more than half of "
        "those who voted did not vote for him.",
        [],
        None,
    ),
    '"they" past a party named for its MPs': (
        "ge2024",
        "The Liberal Democrats had their best night in a century. They took 24 seats in the "
        "South East and 22 in the South West, where Conservative MPs were swept out.\n\n"
        "Outside England they won six seats in Scotland.",
        ["six"],
        None,
    ),
    "a majority's share in a table of majorities": (
        "ge2024",
        "Safest seats by majority: 1. Chorley – Lindsay Hoyle (Speaker), majority 20,575 "
        "(60.6%) 2. Bootle – Peter Dowd (Lab), 21,983 (56.5%) 3. Liverpool Walton – Dan Carden "
        "(Lab), 20,245 (54.9%)",
        ["56.5%", "54.9%"],
        None,
    ),
    "a margin as a share of the votes": (
        "ge2024",
        "The prime minister held Richmond and Northallerton by 12,185 votes, a margin of 25.1 "
        "per cent.",
        ["25.1 per cent"],
        None,
    ),
    "the condition of those counted": (
        "ge2024",
        "Reform's army of runners-up: the 98 seats where Farage's party finished second. Ms "
        "Barker is one of 54 MPs who were elected with less than a third of those who voted.",
        ["second", "a third"],
        None,
    ),
    "a gap from the national figure": (
        "ge2024",
        "In Richmond Park, of the people on the register 54,524 turned up, a turnout of 75.47% – "
        "more than 15 points above the national figure of 60.0%.",
        ["15 points"],
        None,
    ),
    "a seat's turnout ranked in the country": (
        "ge2024",
        "Central Devon was the fifth-closest result. Turnout here, 71.2%, was the 22nd-highest "
        "in the country.",
        ["71.2%"],
        None,
    ),
    "the seats in all": (
        "ge2024",
        "Across all 650 seats, the median winning share was 41.5 per cent.",
        ["650"],
        None,
    ),
    "a figure going on a list": (
        "ge2019",
        "The third-largest swing, 15.7 points, came in Dudley North. Mansfield, already taken by "
        "the Conservatives' Ben Bradley in 2017, followed with 15.5 points.",
        ["15.5 points"],
        None,
    ),
    # blind sets 39-44 (wire copy, 2019 regions, party analysis, notional results, people,
    # county papers): their kinds, in texts written for these tests
    "a ballot paper compared across a nation": (
        "ge2024",
        "Jim Shannon held Strangford for the DUP. It had one of the longest ballot papers in "
        "Northern Ireland, with ten candidates, and turnout was only 52.2%.",
        ["52.2%"],
        None,
    ),
    "half the total, no one's tally": (
        "ge2024",
        "Claire Hanna held Belfast South and Mid Down with 21,345 votes, just under half the "
        "total, and a majority of 12,506 over Alliance's Kate Nicholl.",
        ["half"],
        None,
    ),
    "a person's party in an aside opened by also": (
        "ge2019",
        "Luciana Berger, also a former Labour MP, finished second in Finchley and Golders "
        "Green with 17,600 votes.",
        ["second"],
        None,
    ),
    "a candidate of the election before only, named beside the figure": (
        "ge2024",
        "Alex Sobel now sits for Leeds Central and Headingley. The real 2019 contest, in the "
        "old Leeds North West, went the other way. Sobel took 23,971 votes there and beat the "
        "Conservative Stewart Harper by 10,749.",
        ["23,971"],
        None,
    ),
    "a party's votes in the old seat, after a sentence about its 2019 contest": (
        "ge2024",
        "Compare that with the real 2019 contest in the old Montgomeryshire. There Craig "
        "Williams won 58.5% of the vote and a majority of 12,138 over the Liberal Democrat "
        "Kishan Devani; Labour came a distant third with 5,585.",
        ["5,585"],
        None,
    ),
    "a pair of counts, then a notional majority": (
        "ge2024",
        "In Kensington and Bayswater the calculation puts Labour narrowly ahead on 21,394 "
        "votes to the Conservatives' 21,004, a notional Labour majority of 390.",
        ["21,004", "21,394"],
        None,
    ),
    "seats the party would have held on the new boundaries": (
        "ge2024",
        "Plaid Cymru will send four MPs to Westminster, twice the two seats it would have "
        "held on the new Welsh boundaries in 2019.",
        ["two"],
        None,
    ),
    "a figure beside a count compared with in 2019": (
        "ge2024",
        "The Greens ended the night with 4 MPs, up from a single seat in 2019.",
        ["4"],
        None,
    ),
    "a place joined by with to the figure an earlier election marks": (
        "ge2024",
        "Lee Anderson won Ashfield as a Conservative in 2019 with a majority of 5,733, with "
        "Jason Zadrozny second on 13,498.",
        ["second", "13,498"],
        None,
    ),
    "the one swept aside is not the subject of the votes after": (
        "ge2019",
        "Jonathan Gullis, Stoke-on-Trent North\nThe former teacher swept aside Labour's Ruth "
        "Smeeth with 20,974 votes.",
        ["20,974"],
        None,
    ),
    "someone's count at the election the sentence names": (
        "ge2024",
        "Anna Turley lost Redcar to the Conservative Jacob Young in 2019 by 3,527 votes, "
        "polling 15,284 to his 18,811.",
        ["15,284"],
        None,
    ),
    "a person in an aside opened by a participle and by": (
        "ge2019",
        "Across Devon, independent candidates, boosted by Claire Wright, polled more than "
        "29,000 votes.",
        ["29,000"],
        None,
    ),
    "candidates across some seats": (
        "ge2019",
        "In Stoke-on-Trent North, Jonathan Gullis won. Some 27 candidates stood across the "
        "six seats of the Potteries.",
        ["27"],
        None,
    ),
    "candidates of a kind": (
        "ge2024",
        "Four Gaza candidates won, and Jeremy Corbyn held Islington North.",
        ["Four"],
        None,
    ),
    "another party's seats taken": (
        "ge2024",
        "Labour took 182 Conservative seats.",
        ["182"],
        "another party held",
    ),
    "the party, then the party it was read as, as another": (
        "ge2024",
        "Still, the Conservatives kept 121 seats, while the Labour vote split in Leicester "
        "East. The party finished second in 293 constituencies, most of them behind Labour.",
        ["293"],
        None,
    ),
    "seats or MPs of a kind": (
        "ge2024",
        "The Liberal Democrats won 72 seats. In all, 25 Lib Dem MPs have majorities of more "
        "than 10,000, and the 27 seats that got away are the party's targets.",
        ["25", "27"],
        "of a kind",
    ),
    "a bar seats are counted by": (
        "ge2024",
        "Reform UK came second in 13 Welsh seats. The party reached 20% in only nine of the "
        "32 Welsh seats, and in three it fell below the 5% deposit threshold.",
        ["20%", "5%"],
        None,
    ),
    # blind sets 45-47 (briefings, data journalism, the nations' own outlets)
    "a total piled up, no rise": (
        "ge2019",
        "• Esher and Walton: Dominic Raab survives by 2,743 as the Lib Dems' Monica Harding "
        "piles up 45%",
        ["45%"],
        None,
    ),
    "winners' shares of their electorates": (
        "ge2024",
        "Winners' votes as a share of everyone on the register:\n- Jess Phillips, Birmingham "
        "Yardley: 15.4%\n- Nigel Farage, Clacton: 27.1%",
        ["15.4%", "27.1%"],
        None,
    ),
    "a share a count of MPs cleared": (
        "ge2024",
        "The Liberal Democrats won 72 seats. Nineteen Liberal Democrat MPs won more than 50% "
        "of the vote.",
        ["50%"],
        None,
    ),
    "the whole a count is taken from": (
        "ge2024",
        "Harpenden and Berkhamsted, won by Victoria Collins, had the highest turnout: 54,336 "
        "valid votes out of 72,242.",
        ["72,242"],
        None,
    ),
    "a pronoun's figure, then the one beaten by name": (
        "ge2024",
        "In North Antrim, the TUV leader Jim Allister ended the Paisley family's hold on the "
        "seat. He won 11,642 votes, a majority of 450 over Ian Paisley.",
        ["11,642"],
        None,
    ),
    "the popular vote in an article about one nation": (
        "ge2019",
        "Tories tear through Wales's red wall\n\nLabour remains the largest party in Wales "
        "with 22 seats. The Conservatives won 14 seats in Wales, their best in a generation."
        "\n\nPlaid Cymru held four seats and the Liberal Democrats none.\n\nLabour still won "
        "the popular vote comfortably, with 40.9%, against 36.1% for the Conservatives.",
        ["40.9%", "36.1%"],
        None,
    ),
    "a gap from the other side of a border": (
        "ge2024",
        "David Smith polled 17,855 votes in North Northumberland. Reform UK's Katherine "
        "Hales was third with 7,688, and turnout, at 65.8%, was almost five points higher "
        "than on the Scottish side of the border.",
        ["65.8%", "five points"],
        None,
    ),
    "a party edged for a place": (
        "ge2024",
        "Liz Saville Roberts held Dwyfor Meirionnydd. Reform UK's Lucy Murphy edged the "
        "Conservatives for third place.",
        ["third"],
        None,
    ),
    "a seat a turnout is ranked after": (
        "ge2019",
        "John Finucane took Belfast North for Sinn Féin. Turnout in the constituency was "
        "68.4% once spoiled papers were included, the second highest in Northern Ireland "
        "after Fermanagh and South Tyrone.",
        ["68.4%"],
        None,
    ),
    # a review of the change, and blind sets 48-50 (2019 national, seat reports, comment)
    "a counterfactual is no result": (
        "ge2024",
        "On a proportional system, the Greens would have won 44 seats and Reform 93.",
        ["44", "93"],
        None,
    ),
    "a change in share in the nation its clause names": (
        "ge2024",
        "Labour's share rose 1.6 points UK-wide, but in Scotland it rose 16.7 points.",
        ["1.6 points", "16.7 points"],
        None,
    ),
    "a turnout ranked behind a list of seats": (
        "ge2024",
        "In Foyle, Colum Eastwood held on. Turnout was 52.2%, behind Fermanagh and South "
        "Tyrone and West Tyrone.",
        ["52.2%"],
        None,
    ),
    "a runner-up beating a party's candidate by a margin": (
        "ge2019",
        "Jonathan Bartley came second in Dulwich and West Norwood with 9,211 votes, beating "
        "the Conservative candidate by just 51.",
        ["51"],
        None,
    ),
    "the party, after a leader of another party": (
        "ge2019",
        "Nicola Sturgeon woke to the SNP's best result since 2015, with the scalp of the "
        "Liberal Democrat leader to show for it.\n\nThe party won 48 of Scotland's 59 seats.",
        ["48"],
        None,
    ),
    "some of the party's MPs": (
        "ge2019",
        "The Conservative vote was piled high in safe seats: 280 of the party's MPs won more "
        "than half the vote in their constituencies.",
        ["280"],
        None,
    ),
    "an area's seats after its possessive": (
        "ge2024",
        "Labour now holds 38 of the West Midlands' 57 seats.",
        ["38", "57"],
        None,
    ),
    "a share in a clause about the notional result": (
        "ge2024",
        "Sir Geoffrey Cox's share of the vote fell to 31.6%, down 28.3 points on the notional "
        "2019 result for the seat, in which he was estimated to have taken almost 60%.",
        ["60%"],
        None,
    ),
    # a second review of the change, and blind sets 51-52 (regional pages, Q&As)
    "a seat's name after a surname, holding on": (
        "ge2024",
        "Glyn Preston stood for the Lib Dems. Preston held on for Labour with a majority of 5,291.",
        ["5,291"],
        None,
    ),
    "a change in share in a nation before a party's name": (
        "ge2024",
        "In Northern Ireland Sinn Féin's share rose 4.3 points.",
        ["4.3 points"],
        None,
    ),
    "a change in share in an area, the UK's after it": (
        "ge2024",
        "Labour's share in England rose by 0.5 points, compared with 1.6 points across the UK.",
        ["0.5 points", "1.6 points"],
        None,
    ),
    "a change in share in the region placed, an English one after": (
        "ge2024",
        "In the North West, Labour's share fell 2.5 points, the only English region where it "
        "fell apart from London.",
        ["2.5 points"],
        None,
    ),
    "a turnout highest in a region": (
        "ge2024",
        "Sheffield Hallam had the highest turnout in Yorkshire, at 70.8%.",
        ["70.8%"],
        None,
    ),
    "a share across some seats": (
        "ge2019",
        "Across the nine constituencies the Conservatives took just over half of the votes "
        "cast, 50.2%, well above the party's 43.6% nationally.",
        ["50.2%"],
        None,
    ),
    "seats of everyone else and a sum worked": (
        "ge2019",
        "The party won 365 of the 650 seats, leaving 285 for everyone else combined: 365 minus "
        "285 is 80.",
        ["285"],
        None,
    ),
    "part of a party's seats": (
        "ge2024",
        "Labour has 190 women among its 411 MPs, the Conservatives 30 of 121, and the Liberal "
        "Democrats 32 of 72.",
        ["32"],
        None,
    ),
    "second places counted": (
        "ge2024",
        "The Greens won four seats. They were also second in 40 seats.\nGreens: 4 seats, 40 "
        "second places",
        ["40"],
        None,
    ),
    "a swing needed": (
        "ge2024",
        "In Peterborough, where Paul Bristow polled 13,300 to Andrew Pakes's 13,418, the swing "
        "required is 0.1 points.",
        ["0.1 points"],
        None,
    ),
    "seats that would fall on a swing": (
        "ge2024",
        "Ten seats would return on a swing of less than half a point, and 25 would fall on a "
        "swing of under one point.",
        ["25"],
        None,
    ),
    "seats a party must win": (
        "ge2019",
        "Labour's long road back: the 124 seats the party must win",
        ["124"],
        "what a party needs",
    ),
    "the first of a pair after one who lost": (
        "ge2024",
        "Simon Clarke lost Middlesbrough South and East Cleveland by 214 votes, 16,468 to 16,254.",
        ["16,468", "16,254"],
        "one who lost",
    ),
    "the size of the House": (
        "ge2019",
        "Boris Johnson's Conservative Party has won a majority of 80 in the 650-member House of "
        "Commons.",
        ["650"],
        "every seat",
    ),
    "every seat declared": (
        "ge2024",
        "8.00am: All 18 seats declared. Sinn Fein 7, DUP 5, SDLP 2.",
        ["18"],
        None,
    ),
    "a figure said again in words": (
        "ge2024",
        "In Lagan Valley the DUP's share fell 11.5 points, or almost twelve, to 31.9%.",
        ["twelve"],
        "again",
    ),
    "places of the party named before, not the one named last": (
        "ge2024",
        "Reform's winners included Richard Tice, who won Boston and Skegness by 2,010 votes, "
        "and Lee Anderson, a former Conservative who defected earlier this year. The party "
        "finished second in 98 constituencies.",
        ["98"],
        None,
    ),
    "a party's place, a relative clause naming someone between": (
        "ge2024",
        "Lee Anderson won Ashfield for Reform. The Conservatives, who held the seat outright "
        "until Mr Anderson's defection in the spring, were pushed into fourth.",
        ["fourth"],
        None,
    ),
    "the year the paragraph before names, after 'That contest'": (
        "ge2024",
        "Labour won Na h-Eileanan an Iar with a majority of 3,836. The official baseline is "
        "simply the 2019 result.\n\nThat contest was a straight four-way fight: Angus MacNeil "
        "won with a majority of 2,438, and the Liberal Democrats polled 637.",
        ["2,438", "637"],
        None,
    ),
    "a notional figure's noun set off by a comma": (
        "ge2019",
        "Kensington and Bayswater would notionally have been a Labour seat. The notional "
        "turnout, at 72.1 per cent, is well above the old seat's 67.7 per cent.",
        ["72.1 per cent"],
        None,
    ),
    "a stranger's surname after 'the'": (
        "ge2019",
        "Gavin Robinson held Belfast East. In Fermanagh and South Tyrone, Michelle Gildernew "
        "held on by 57 votes. The constituency also had the North's highest turnout, at 69.7 "
        "per cent.",
        ["69.7 per cent"],
        None,
    ),
    "a turnout across a county's seats": (
        "ge2024",
        "Sir Geoffrey Cox held Torridge and Tavistock by 3,950. Turnout across the 13 seats was "
        "64.2%, against 71.8% in 2019.",
        ["64.2%", "71.8%"],
        None,
    ),
    "a share across a city": (
        "ge2019",
        "Ian Murray held Edinburgh South. Across the capital the SNP won 104,567 votes, or 39.7%.",
        ["104,567", "39.7%"],
        "over an area",
    ),
    "a party's change in a patch's round-up, its sentence naming no seat": (
        "ge2024",
        "Labour took Canterbury, Dartford, Gravesham, Chatham and Aylesford, Sittingbourne and "
        "Sheppey and Rochester and Strood. Helen Grant held Maidstone and Malling.\n\nThe "
        "Conservative share fell by 29.7 points, while Labour's rose by 5.0 points.",
        ["5.0 points"],
        None,
    ),
    "Great Britain's share": (
        "ge2024",
        "Labour took 33.7% across the UK, or 34.6% in Great Britain, the measure most pollsters "
        "report.",
        ["34.6%"],
        "Great Britain",
    ),
    "someone's own share, who stood for another party before": (
        "ge2024",
        "Lee Anderson held Ashfield for Reform UK. Anderson's own vote fell, but his share rose "
        "by three and a half points.",
        ["three and a half points"],
        None,
    ),
    "'raised eyebrows' is no rise": (
        "ge2024",
        "The Islington North result raised eyebrows: a 29.9-point change in Labour's share.",
        ["29.9-point"],
        None,
    ),
    "a party's name opening a sentence before a common word": (
        "ge2024",
        "Kerry McCarthy held Bristol East for Labour. Overall Green support reached 30.7%.",
        ["30.7%"],
        None,
    ),
    "a seat's electorate in a sentence counting electorates": (
        "ge2019",
        "Arfon, with 42,215 registered voters, had the smallest electorate in Wales; Brecon and "
        "Radnorshire, won by the Conservatives, had 55,490.",
        ["55,490"],
        "electorates",
    ),
    "a seat's turnout ranked, a share word in the clause before": (
        "ge2019",
        "Richmond Park, where Sarah Olney beat Zac Goldsmith with 34,559 votes, came second at "
        "78.7 per cent.",
        ["78.7 per cent"],
        None,
    ),
    "seats counted by their turnout": (
        "ge2019",
        "Kingston upon Hull East had the lowest turnout. In all, 219 seats had turnouts of 70 "
        "per cent or more.",
        ["219"],
        None,
    ),
    "the other side of a score, given 'for' the one named after it": (
        "ge2019",
        "Across the UK the Tories won 13,966,454 votes, 43.6 per cent, against 10,269,051 for "
        "Jeremy Corbyn's party.",
        ["10,269,051"],
        None,
    ),
    "a party named last as the other side of a score": (
        "ge2019",
        "Nationally Boris Johnson's party polled almost 14m votes, to Labour's 10.3m, and won "
        "365 seats.",
        ["365"],
        "other side of a score",
    ),
    "seats decided by fewer than some votes": (
        "ge2024",
        "Hendon, Poole and Basildon and Billericay were the three seats decided by fewer than 25 "
        "votes.",
        ["three"],
        None,
    ),
    "a correct figure from before, two people and two times in a sentence": (
        "ge2024",
        "In Clacton, Giles Watling had won 72 per cent and Nigel Farage took 46 per cent this "
        "time.",
        ["72 per cent"],
        None,
    ),
    "seats a figure is summed across": (
        "ge2024",
        "Sinn Féin topped the poll across the eighteen seats with twenty-seven per cent.",
        ["eighteen"],
        "every seat",
    ),
    "votes needed for each seat": (
        "ge2024",
        "On 4 July Labour needed just 23,622 votes for every MP it returned. At the previous "
        "election, under Jeremy Corbyn, the same party needed 50,837.",
        ["23,622", "50,837"],
        None,
    ),
    "seats taken 'from it'": (
        "ge2019",
        "Labour remained the largest party in Wales with 22 of the 40 seats, but the "
        "Conservatives took six seats from it, reaching 14.",
        ["six"],
        "changed hands",
    ),
    "a short sentence dating its paragraph": (
        "ge2019",
        "The Conservatives won 365 seats in 2019.\n\nThe reckoning came in July 2024. Labour "
        "won 411 seats on 9,708,716 votes, fewer than Jeremy Corbyn polled in 2019.",
        ["411"],
        "2024",
    ),
    "a 'when' clause of the figure a change runs from": (
        "ge2024",
        "Rishi Sunak's party crashed to just 23.7 per cent, down from 43.6 per cent when Boris "
        "Johnson won his 80-seat majority.",
        ["80-seat"],
        "earlier figure",
    ),
    "the size of the House, written with the figure": (
        "ge2024",
        "Labour now dominates the 650-seat House of Commons.",
        ["650-seat"],
        "every seat",
    ),
    "figures given respectively": (
        "ge2024",
        "Labour and the Conservatives finished on 33.7 and 23.7 per cent respectively.",
        ["33.7", "23.7 per cent"],
        None,
    ),
    "the first of two figures after two names": (
        "ge2024",
        "Reform UK and the Lib Dems took 14,3 and 12,2 % of the vote.",
        ["14,3", "12,2 %"],
        None,
    ),
    "the one no one beat, then a pronoun": (
        "ge2024",
        "Nigel Farage's party finished runner-up in 98 constituencies.\n\nNowhere in the "
        "country did a Reform candidate poll a bigger share than David White in Barnsley "
        "South. He took 11,651 votes, 33.2 per cent.",
        ["11,651", "33.2 per cent"],
        None,
    ),
}
# Read right (accurate), each a frame a blind set first showed called inaccurate:
# (election, text, figure, words the explanation gives)
READ_RIGHT = {
    "a short sentence ending in a loaded election's year": (
        "ge2024",
        "Clacton changed hands again this year.\nThe Conservatives held it in 2019. Turnout was "
        "61.3%.",
        ["61.3%"],
        "Clacton's turnout (ge2019)",
    ),
    "a heading 'What happened in 2019'": (
        "ge2024",
        "David Pinto-Duschinsky won Hendon for Labour by 15 votes.\nWhat happened in 2019\n"
        "Turnout was 66.6%.",
        ["66.6%"],
        "Hendon's turnout (ge2019)",
    ),
    "a seat named after a place that ends in a party's name": (
        "ge2019",
        "Deselected Birmingham veteran Roger Godsiff, standing as an independent in Hall Green, "
        "was third with 4,273 votes.",
        ["third"],
        "3rd place",
    ),
    "a share 'raised' by some points": (
        "ge2019",
        "Luciana Berger raised the Lib Dem share in Finchley and Golders Green by 25.3 points "
        "and still lost.",
        ["25.3 points"],
        "Matches",
    ),
    "decimals spoken in words": (
        "ge2019",
        "Mark Jenkinson wins Workington for the Conservatives on forty-nine point three per cent.",
        ["forty-nine point three per cent"],
        "Matches to 1 decimal place",
    ),
    "a heading naming a year over the paragraphs below it": (
        "ge2019",
        "The red wall fell in 2019\n\nLabour lost Hartlepool's neighbours.\n\nAND THEN 2024"
        "\n\nLabour won the region back.\n\nTurnout fell, and in Hartlepool just 49.7% of voters "
        "took part.",
        ["49.7%"],
        "Hartlepool 2024",
    ),
    "a decimal comma": (
        "ge2019",
        "The SNP won 48 of Scotland's 59 seats, with 45,0 % of the Scottish vote. The Liberal "
        "Democrats won 11 seats on 11,5 per cent across the UK.",
        ["45,0 %", "11,5 per cent"],
        "Matches to 1 decimal place",
    ),
    "a party's votes in millions, more than any seat's": (
        "ge2019",
        "Labour won about 10.3m votes and the SNP 1.2 million.",
        ["10.3m"],
        "UK-wide",
    ),
    "a share in the one nation whose seats the article names": (
        "ge2019",
        "Dodds falls in North Belfast as Foyle and South Belfast go to the SDLP\n\nThe DUP "
        "lost Belfast North; the SDLP took Foyle and Belfast South.\n\nAlliance polled "
        "16.8 per cent, and the SDLP took 14.9 per cent.",
        ["16.8 per cent", "14.9 per cent"],
        "Northern Ireland",
    ),
    "a share a collapse ran from": (
        "ge2024",
        "In North Antrim, the DUP vote fell by 23.7 points, a collapse from over half the vote.",
        ["half"],
        "notional",
    ),
    "seats won, then seats contested": (
        "ge2024",
        "The Conservatives won 121 seats and contested 635 seats. The Tories won 121 seats they "
        "had contested as the governing party.",
        ["121"],
        "121 seats",
    ),
    'a Commons majority "for" a party': (
        "ge2024",
        "Labour's landslide gave Keir Starmer a majority of 174 for Labour.",
        ["174"],
        "174",
    ),
    "a share of someone fought off, in their relative clause": (
        "ge2024",
        "In Godalming and Ash, Jeremy Hunt fought off the Liberal Democrats, who took 41%.",
        ["41%"],
        "Paul Follows",
    ),
    "a list of parties' seats with no commas": (
        "ge2024",
        "Seats: Labour 411 Conservative 121 Liberal Democrat 72 SNP 9 Reform UK 5 Green 4",
        ["411", "121", "72", "9", "5"],
        "seats",
    ),
    "a lead over the one beaten, after a colon": (
        "ge2024",
        "Islington North: Jeremy Corbyn (Ind) gain from Labour. Lead over Nargund: 7,247.",
        ["7,247"],
        "Jeremy Corbyn's majority",
    ),
    "a share in a sentence about a government, the party carried": (
        "ge2024",
        "The Conservatives won just 121 seats. The outgoing government took 23.7% of the vote, "
        "its worst ever.",
        ["23.7%"],
        "23.70%",
    ),
    'a party\'s count after "for", someone beaten before it': (
        "ge2019",
        "In the North East region, the Conservatives now hold 10 of the 29 seats, against 19 "
        "for Labour.",
        ["10", "19"],
        "seats in North East",
    ),
    "a region opening its sentence, another after": (
        "ge2024",
        "The South East returned 24 Lib Dem MPs and the South West 22, so those two regions "
        "alone account for almost two-thirds of the new parliamentary party.",
        ["24", "22"],
        "seats in South",
    ),
    "a swing in a box, the word opening its line": (
        "ge2024",
        "BRISTOL CENTRAL\nCarla Denyer (Green) 24,539\nThangam Debbonaire (Lab) 14,132\n"
        "Swing: 28.2 points Labour to Green",
        ["28.2 points"],
        "two-party swing from Labour to Green",
    ),
    "seats a party stood in, as its candidates": (
        "ge2019",
        "The Brexit Party, which stood in 275 seats, won none. Of the 611 seats the Liberal "
        "Democrats contested, they won 11.",
        ["275", "611"],
        "candidates in United Kingdom",
    ),
    "a margin after the one held off, an aside between": (
        "ge2024",
        "In Havant, Alan Mak saw his share fall 34.6 points to 30.8% but held off Labour's "
        "Stefanie Harvey, whose share rose 12.6 points, by 92 votes.",
        ["92"],
        "Alan Mak's majority",
    ),
    "a party just after its count, after another's": (
        "ge2019",
        "It leaves the Welsh map with 22 Labour MPs, 14 Conservatives and four from Plaid "
        "Cymru across Wales's 40 constituencies.",
        ["22", "14"],
        "seats in Wales",
    ),
    "a margin after the one beaten": (
        "ge2024",
        "In North West Cambridgeshire, Sam Carling ousts Shailesh Vara by 39 votes.",
        ["39"],
        "Sam Carling's majority",
    ),
    "a candidate named before it with a given name spelt otherwise": (
        "ge2024",
        "In Birmingham Ladywood, Shabana Mahmood saw her share fall to 42.5 per cent, as the "
        "independent Ahmed Yakoob took 12,137 votes.",
        ["12,137"],
        "Akhmed Yakoob",
    ),
    "a fact box in short party names under a nation's heading": (
        "ge2024",
        "WALES AT A GLANCE\nSeats: Lab 27, PC 4, LD 1, Con 0\nTurnout: 56.2%",
        ["27", "1", "0", "56.2%"],
        "Read in Wales",
    ),
    "a box's lines under its heading": (
        "ge2024",
        "THE SCOTTISH RESULT\nLabour: 37 seats\nSNP: 9 seats\nConservative: 5 seats\n"
        "Lib Dem: 6 seats\nReform UK: 0 seats",
        ["37", "5", "6", "0"],
        "Read in Scotland",
    ),
    "a percentage that voted": (
        "ge2019",
        "The highest turnout was in East Dunbartonshire, where 80.3% voted in the tight fight "
        "that cost Jo Swinson her seat.",
        ["80.3%"],
        "East Dunbartonshire",
    ),
    "the second of a pair, her own": (
        "ge2024",
        "Penny Mordaunt lost Portsmouth North by 780 votes. Labour's Amanda Martin polled "
        "14,495 to her 13,715.",
        ["13,715"],
        "Penny Mordaunt",
    ),
    "a pronoun after a sentence that names its subject late": (
        "ge2024",
        "Marcus Jones lost Nuneaton. Mr Jones had held it since 2010.\n\nAfter a recount, the "
        "Tory party chairman Richard Holden survives in Basildon and Billericay by just 20 "
        "votes: 12,905 to Labour's 12,885. His share plunged 35.2 points.",
        ["35.2 points"],
        "Basildon and Billericay",
    ),
    "a party's share there in 2019, on the seat's boundaries now": (
        "ge2024",
        "In North Herefordshire, Ellie Chowns unseated Sir Bill Wiggin. The Greens had taken "
        "just 8.8 per cent there in 2019; this time Chowns won 43.2 per cent.",
        ["8.8 per cent"],
        "notional",
    ),
    "it, the turnout of the sentence before": (
        "ge2019",
        "Turnout across Greater Manchester was 62.6%. It was highest in Cheadle, at 75.0%, "
        "where Mary Robinson held on for the Conservatives by 2,336.",
        ["75.0%"],
        "Cheadle",
    ),
    "a Commons majority, no party named": (
        "ge2019",
        "Boris Johnson has won a decisive victory, securing a Commons majority of 80.",
        ["80"],
        "seat majority",
    ),
    "it, the party the sentence before opens on": (
        "ge2019",
        "The Brexit Party, which stood down its candidates in the 317 seats the Conservatives "
        "won in 2017, fielded 275 candidates. It came second in just three seats and finished "
        "third in 95.",
        ["95"],
        "The Brexit Party finished 3rd",
    ),
    "a share that voted for someone": (
        "ge2024",
        "In Clacton, 46.2% voted in support of Nigel Farage, and the Conservative Giles "
        "Watling was second on 27.9%.",
        ["46.2%"],
        "46.18%",
    ),
    "it, not the turnout, when it was a good night": (
        "ge2024",
        "Turnout fell sharply to 59.7 per cent. It was a good night for Reform, on 14.3 per "
        "cent, and a bad one for the Conservatives.",
        ["14.3 per cent"],
        "14.29%",
    ),
    "an appositive naming the party": (
        "ge2024",
        "The night's big winner, a resurgent Liberal Democrat party, took 72 seats, its best "
        "result since the 1920s.",
        ["72"],
        "72 seats",
    ),
    "the one an aside is about": (
        "ge2024",
        "Ashfield is Reform's. Lee Anderson, who defected from the Tories earlier this year, "
        "wins by 5,508 votes with 42.8% of the vote.",
        ["5,508"],
        "majority",
    ),
    "a titled leader's party": (
        "ge2024",
        "Sir Ed Davey's party won 72 seats. In the South East it now has 24 MPs, up from one.",
        ["72", "24"],
        "seats",
    ),
    "a count of places, not the party it was behind": (
        "ge2024",
        "The Green Party won 1.94 million votes across the UK, or 6.8 per cent. It also came "
        "second in 40 constituencies, 39 of them behind Labour.",
        ["40"],
        "Green finished 2nd",
    ),
    "a name in a heading in capitals, then he": (
        "ge2024",
        "Nigel Farage won Clacton.\n\nLEE ANDERSON (Ashfield)\nThe former Conservative "
        "deputy chairman became the party's first MP to win re-election. He polled 17,062 "
        "votes, a 42.8% share.",
        ["17,062", "42.8%"],
        "Official",
    ),
    "his, after the one beaten": (
        "ge2024",
        "The Prime Minister held Richmond and Northallerton with a majority of 12,185 over "
        "Labour's Tom Wilson, although his share of the vote fell by almost 16 points to "
        "47.5%. Rishi Sunak said it had been a difficult night.",
        ["47.5%"],
        "47.52%",
    ),
    "her, the one beaten, by her gender": (
        "ge2024",
        "Wes Streeting held Ilford North by just 528 votes over Leanne Mohamad, a 23-year-old "
        "British-Palestinian, whose 15,119 votes gave her 32.2% of the poll.",
        ["32.2%"],
        "32.24%",
    ),
    "a winner's share after the one beaten": (
        "ge2024",
        "Rupert Lowe won Great Yarmouth by 1,426 votes over Labour's Keir Cozens, with 35.3 "
        "per cent of the vote.",
        ["35.3 per cent"],
        "35.30%",
    ),
    "it was, a turnout": (
        "ge2024",
        "Turnout in Islington North was down on 2019. It was 67.5%, against 71.9% five years "
        "earlier.",
        ["67.5%", "71.9%"],
        "turnout",
    ),
    "a tally passed": (
        "ge2024",
        "06:45 Where we are: Labour have passed 410 seats.",
        ["410"],
        "more than 410",
    ),
    "a 2019 name in a table row, the runner-up's party after it": (
        "ge2024",
        "Seat | Winner | Share % | Runner-up | Majority\n"
        "Edgbaston | Preet Kaur Gill (Lab) | 44.3 | Con | 8,368\n"
        "Ladywood | Shabana Mahmood (Lab) | 42.5 | Ind | 3,421",
        ["8,368"],
        "majority",
    ),
    "an election marker in a clause of its own": (
        "ge2024",
        "Stephen Kinnock won 17,838 votes in Aberafan Maesteg, but at the last election he had "
        "17,008.",
        ["17,838", "17,008"],
        "Exact match",
    ),
    "a marker deeper in another clause": (
        "ge2024",
        "Ms Crosbie polled 9,953 in Ynys Môn, while Labour, second on the island last time, "
        "slipped to third.",
        ["9,953"],
        "GE2024",
    ),
    "a party's votes in the seat named just after": (
        "ge2019",
        "The Lib Dems took 2,151 votes in Blyth Valley and 2,539 in Wansbeck.",
        ["2,151", "2,539"],
        "Exact match",
    ),
    "a swing that peaked, then a seat's own change": (
        "ge2024",
        "In Scotland, the swing from the SNP to Labour peaked at 26.5 points in Alloa and "
        "Grangemouth, while in East Renfrewshire Labour's share rose by 31.3 points.",
        ["26.5 points", "31.3 points"],
        "Matches",
    ),
    "two regions' seats, each named after its count": (
        "ge2019",
        "The Tories now hold 38 of 46 seats in the East Midlands and 44 of 59 in the West "
        "Midlands.",
        ["38", "44"],
        "Midlands only",
    ),
    "a party's share after its one MP named": (
        "ge2019",
        "In Scotland Labour is now down to just one MP, Ian Murray in Edinburgh South, and a "
        "vote share of 18.6%.",
        ["18.6%"],
        "Scotland only",
    ),
    "a seat's turnout beside a nation's average": (
        "ge2019",
        "Turnout in the Vale of Clwyd was down on 2017 \u2013 but at 65.8 per cent, still close to "
        "the Welsh average of 66.6 per cent.",
        ["65.8 per cent"],
        "Vale of Clwyd",
    ),
    "a place after an aside naming a party": (
        "ge2024",
        "Angus MacNeil, who held Na h-Eileanan an Iar for the SNP from 2005 before falling out "
        "with the party, stood as an independent and came third.",
        ["third"],
        "3rd place",
    ),
    "his share, beside a count across the country": (
        "ge2024",
        "Iain Duncan Smith held Chingford and Woodford Green. His share of the vote fell by "
        "almost 13 points to 35.6 per cent, and he was one of only 121 Conservative MPs left "
        "standing across the country.",
        ["35.6 per cent"],
        "35.62%",
    ),
    "a region's share after an aside naming a person": (
        "ge2024",
        "In the East Midlands, Reform won two seats \u2013 Boston and Skegness and Lee Anderson's "
        "Ashfield \u2013 and 18.9 per cent of the vote.",
        ["18.9 per cent"],
        "East Midlands only",
    ),
    "a swing in a box, its parties in short": (
        "ge2024",
        "WEST TYRONE\nWinner: Órfhlaith Begley (SF)\nSwing, DUP to SF: 9.0 pts",
        ["9.0 pts"],
        "Sinn Féin",
    ),
    "a seat's counts beside a seat it is compared with": (
        "ge2019",
        "Turnout in Stirling was 77 per cent, the second-highest in Scotland after East "
        "Dunbartonshire, with 52,620 valid votes from an electorate of 68,473.",
        ["52,620", "68,473"],
        "Stirling 2019",
    ),
    "a seat named part first": (
        "ge2019",
        "Turnout in North Belfast was 68.4% of an electorate of 72,225, and 388 ballot papers "
        "were rejected.",
        ["72,225", "388"],
        "Belfast North",
    ),
    "a change after a share in its brackets, unsigned": (
        "ge2019",
        "ESHER AND WALTON\nDominic Raab (Con) 31,132 (49.4%, -9.3)\nBaron Badger (Loony) 326 "
        "(0.5%, 0.0)",
        ["0.0"],
        "-0.01 points",
    ),
    'a region named without "the", then "here"': (
        "ge2024",
        ":: South West - the Lib Dems' revival was most dramatic here, with 22 seats, against "
        "Labour's 24 and just 11 for the Conservatives.",
        ["22", "11"],
        "South West only",
    ),
    'a region in each half of a sentence, and "the party" past its supporters': (
        "ge2024",
        "The Lib Dems took 60 seats from the Tories, where tactical voting by Labour "
        "supporters was rife. In the South West the party won 22 seats; in the South East, 24.",
        ["22", "24"],
        "only",
    ),
    "the election before in a clause that then returns to now": (
        "ge2024",
        "Labour won 411 seats; at the last election it won 202 and Keir Starmer now has a "
        "majority of 174.",
        ["411", "202"],
        "Exact match",
    ),
    "a share placed in a nation, then its own change": (
        "ge2024",
        "Labour's 37.0 per cent share of the vote in Wales was down 3.9 points on 2019.",
        ["37.0 per cent"],
        "Wales only",
    ),
    "a figure some years ago": (
        "ge2024",
        "Liz Truss held South West Norfolk in 2019. The former prime minister won 69.0 per "
        "cent of the vote five years ago.",
        ["69.0 per cent"],
        "GE2019",
    ),
    "an apposition after an earlier election": (
        "ge2024",
        "The Conservatives won 365 seats in 2019, a Commons majority of 80. This time they won "
        "121.",
        ["365", "80"],
        "GE2019",
    ),
    'a place "then", with its share': (
        "ge2024",
        "Ms Crosbie won Ynys Môn in December 2019 with 12,959 votes. Plaid's Aled ap Dafydd was "
        "third then, on 28.5%.",
        ["28.5%"],
        "GE2019",
    ),
    'a count past "the" number an earlier election had': (
        "ge2024",
        "In Ynys Môn there were eight candidates, double the four who stood five years ago. "
        "Across Northern Ireland, the DUP now has five MPs, down from the eight it returned in "
        "2019.",
        ["eight", "five"],
        "Exact match",
    ),
    "a seat's candidates, its seat named by a candidate": (
        "ge2024",
        "The prime minister holds Richmond and Northallerton with 23,059 votes.\n\nThere were "
        "13 candidates; Count Binface got 308 votes.",
        ["13"],
        "13 candidates",
    ),
    "a city's seat named by its part": (
        "ge2019",
        "In Hallam, Olivia Blake held on. To the north, Gill Furniss held Brightside and "
        "Hillsborough by 12,274, with the Brexit Party third on 3,855.",
        ["3,855"],
        "Exact match",
    ),
    "a nation's counts in an article about it, under a heading": (
        "ge2019",
        "Scotland results: the SNP won 48 of Scotland's 59 seats.\n\nThe final count\nSNP 48 "
        "seats; Conservatives 6; Lib Dems 4; Labour 1. The SNP took 45.0 per cent of the "
        "Scottish vote.",
        ["4"],
        "the article speaks of",
    ),
    "a margin over someone beaten in third place": (
        "ge2024",
        "Lee Anderson defeated the Conservative candidate, Debbie Soloman, by 13,791 votes. "
        "Labour's Andrew Ranger defeated the sitting MP, Sarah Atherton, by 5,948 votes, and "
        "beat Reform's Charles Dodman by 8,921.",
        ["13,791", "8,921"],
        "votes more",
    ),
    "a seat's counts in the seat of the one person named, or named shorter": (
        "ge2019",
        "Just 32,442 valid votes were counted from an electorate of 65,745 in Karl Turner's "
        "seat. Hull West and Hessle, where Labour's Emma Hardy was re-elected, recorded 52.1 "
        "per cent, the third-lowest in the country.",
        ["32,442", "65,745"],
        "Kingston upon Hull East",
    ),
}
# A figure another candidate the sentence names has is theirs, not a misattribution.
NAMED_AFTER = (
    "ge2019",
    "Michelle Gildernew polled 21,986 votes against 21,929 for the Ulster Unionist Tom Elliott "
    "in Fermanagh and South Tyrone.",
)
# A change in share worked out from the shares as published (52.04% - 39.29% = 12.75, the
# exact change 12.7489): a correct "12.8".
PUBLISHED_SHARES = (
    "ge2024",
    "In St Ives, Andrew George won 25,033 votes. His share was up 12.8 points on the "
    "notional 2019 result.",
)
# "five years ago": the election before, whose figures are loaded and read.
YEARS_AGO = (
    "ge2024",
    "Peter Dowd held Bootle with a majority of 21,983. But the size of his win was down "
    "sharply on five years ago, when his majority was 34,556.",
)
# Wrong figures with explicit cues: still caught.
WRONG = {
    "a seat's votes, the most of any in the city": (
        "ge2024",
        "Jo Stevens won Cardiff East with 16,833 votes, the most of any candidate in the city.",
        "16,833",
    ),
    "a rounded share, another named after with their own": (
        "ge2024",
        "In Dartford, Labour's Jim Dickson took 38% and Conservative Gareth Johnson won 32%.",
        "38%",
    ),
    "a named candidate's votes, another named after with their own": (
        "ge2024",
        "Carla Denyer won Bristol Central for the Greens.\n\nReform UK's Robert Clarke took "
        "1,388 votes and Liberal Democrat Nicholas Coombes won 1,162.",
        "1,388",
    ),
    "a result beside a target in its clause": (
        "ge2024",
        "Reform UK won six seats and will need to win many more.",
        "six",
    ),
    "a loser's own count after 'polling'": (
        "ge2024",
        "Penny Mordaunt lost Portsmouth North, polling 13,751 votes to 14,495.",
        "13,751",
    ),
    "a party's seats, 'a 131-seat rump'": (
        "ge2024",
        "The Conservatives were reduced to a 131-seat Commons rump.",
        "131-seat",
    ),
    "a winner's votes after the one edged": (
        "ge2024",
        "Llinos Medi edged Virginia Crosbie in Ynys Môn with 10,950 votes.",
        "10,950",
    ),
    "a seat held on for a party, with someone of its name elsewhere": (
        "ge2024",
        "Peter Bedford stood in Mid Leicestershire. Bedford held on for Labour, Mohammad "
        "Yasin winning 17,735 votes.",
        "17,735",
    ),
    "second places counted wrong": (
        "ge2024",
        "The Greens won four seats. They were also second in 46 seats.",
        "46",
    ),
    "seats won on the new boundaries, this election's": (
        "ge2024",
        "Labour won 401 seats on the new boundaries.",
        "401",
    ),
    "votes before a notional gain, not a notional figure": (
        "ge2024",
        "Labour's Gareth Snell won 14,590 votes, a notional gain from the Conservatives.",
        "14,590",
    ),
    "an earlier candidate's votes given as this time's": (
        "ge2024",
        "Natalie Fleet was Labour's candidate in Ashfield in 2019; Rhea Keehn polled 11,971 "
        "this time.",
        "11,971",
    ),
    "a share of the vote is no share of the electorate": (
        "ge2024",
        "In Clacton, Giles Watling took 16.4% of the vote.",
        "16.4%",
    ),
    "seats won with more than a share": (
        "ge2024",
        "Reform won five seats with more than 18% of the vote.",
        "18%",
    ),
    "a 2019 total given to the one who ended a tenure": (
        "ge2024",
        "Gareth Snell took Stoke-on-Trent Central with 13,887 votes, ending Jo Gideon's tenure.",
        "13,887",
    ),
    "the second of a pair after someone unseated": (
        "ge2024",
        "Sam Carling, 21, unseated the former minister Shailesh Vara, 14,785 votes to 14,764.",
        "14,764",
    ),
    "a total polled, then whom it trailed": (
        "ge2024",
        "Praful Nargund polled 18,873 votes behind Jeremy Corbyn's 24,120 in Islington North.",
        "18,873",
    ),
    "the runner-up's gap to victory, the majority": (
        "ge2024",
        "In Godalming and Ash, Paul Follows fell 981 votes short of victory.",
        "981",
    ),
    "a change in share beside a share of the seats": (
        "ge2024",
        "Labour's vote share rose by just 3.6 points, yet its share of the seats soared to 63%.",
        "3.6 points",
    ),
    "a party's seats in a nation, by a pronoun": (
        "ge2024",
        "Labour had a remarkable night. In Scotland, it won 39 seats.",
        "39",
    ),
    "a candidate's votes after a paragraph opening on the notional result": (
        "ge2024",
        "Bristol Central\nNotionally, Labour won the seat in 2019 with 30,077 votes. Carla "
        "Denyer took it for the Greens with 24,539, and Labour's Thangam Debbonaire polled "
        "30,077.",
        "30,077",
    ),
    "a party's seats in a list with no commas": (
        "ge2024",
        "Seats: Labour 411 Lib Dem 72 SNP 5 Reform UK 4 Green 4",
        "5",
    ),
    'a party\'s count after "for"': (
        "ge2019",
        "In the North East region, the Conservatives now hold 10 of the 29 seats, against 18 "
        "for Labour.",
        "18",
    ),
    "a party's seats in the second of two regions": (
        "ge2024",
        "The South East returned 24 Lib Dem MPs and the South West 21, so those two regions "
        "alone account for almost two-thirds of the new parliamentary party.",
        "21",
    ),
    "a party's seats, the party just after the count": (
        "ge2019",
        "It leaves the Welsh map with 22 Labour MPs, 13 Conservatives and four from Plaid Cymru.",
        "13",
    ),
    "a margin after the one beaten, named in an aside": (
        "ge2024",
        "Cheltenham: Max Wilkinson defeated the justice secretary, Alex Chalk, by 7,120.",
        "7,120",
    ),
    "someone else's, named after it with a given name spelt otherwise": (
        "ge2024",
        "In Islington North, Jeremy Corbyn won 16,873 votes, beating Labour's Prafal Nargund.",
        "16,873",
    ),
    "two digits swapped, the sentence naming another": (
        "ge2024",
        "In Northfield, Laurence Turner ousted Conservative Gary Sambrook, who took 9,450 votes.",
        "9,450",
    ),
    "one digit changed, in a list of candidates": (
        "ge2024",
        "In Birmingham Edgbaston, Labour's Preet Gill polled 16,699 and the Conservative "
        "Ashvir Sangha 8,231.",
        "16,699",
    ),
    "someone else's, named after it": (
        "ge2024",
        "Jeremy Corbyn won 16,873 votes, beating Labour's Praful Nargund.",
        "16,873",
    ),
    "a digit dropped from a share": ("ge2024", "Reform UK won 4.3% of the vote.", "4.3%"),
    "a digit dropped from seats": ("ge2024", "Labour won 41 seats.", "41"),
    "a seat's majority in the hundreds": (
        "ge2024",
        "Luke Myer won Middlesbrough South and East Cleveland with a majority of 164.",
        "164",
    ),
    "seats beside another year's": (
        "ge2024",
        "Labour won 421 seats against 202 in 2019.",
        "421",
    ),
    "a share with no word for the vote": (
        "ge2024",
        "Keir Starmer took 58.9% in Holborn and St Pancras.",
        "58.9%",
    ),
    "votes picked up": (
        "ge2024",
        "In Islington North, Jeremy Corbyn picked up 34,120 votes.",
        "34,120",
    ),
    "an area where someone spoke": (
        "ge2024",
        "Speaking in London, Keir Starmer thanked voters. Labour won 421 seats.",
        "421",
    ),
    "the country, up and down": ("ge2024", "Up and down the country, Labour won 421 seats.", "421"),
    "a live blog's label": ("ge2024", "Update: Labour has won 421 seats.", "421"),
    "a record in the UK": (
        "ge2024",
        "Reform UK won 24.3% of the vote, its best ever result in the UK.",
        "24.3%",
    ),
    "a nation's seats, possessive": ("ge2024", "Labour won 47 of Scotland's 57 seats.", "47"),
    "seats a fall ends at": ("ge2024", "The Conservatives fell to 141 seats.", "141"),
    "a share beside a turnout": (
        "ge2024",
        "Nigel Farage won 56.2% on a turnout of 58.9% in Clacton.",
        "56.2%",
    ),
    "a share after seats": ("ge2024", "Labour won 411 seats on 38.7 per cent.", "38.7 per cent"),
    "a digit changed in a majority": (
        "ge2024",
        "Keir Starmer's majority in Holborn and St Pancras was 41,572.",
        "41,572",
    ),
    "a digit changed in a turnout": ("ge2024", "Turnout in Clacton was 18.9%.", "18.9%"),
    "previously, in another clause": (
        "ge2019",
        "Faiza Shaheen, who previously worked for a think tank, won 20,219 votes in Chingford "
        "and Woodford Green.",
        "20,219",
    ),
    "last time, in another clause": (
        "ge2019",
        "Turnout in Uxbridge and South Ruislip was 78.6%, up from 68.8% last time.",
        "78.6%",
    ),
    "rivals beaten, then votes": (
        "ge2024",
        "Jeremy Corbyn, who beat five rivals, won 34,120 votes in Islington North.",
        "34,120",
    ),
    "margin read as a majority, 2024": (
        "ge2024",
        "Darlington fell to Lola McEvoy by 2,928 votes.",
        "2,928",
    ),
    "margin read as a majority, 2019": (
        "ge2019",
        "Dennis Skinner, the Beast of Bolsover, is out after almost half a century, beaten by "
        "5,929.",
        "5,929",
    ),
    "seat's turnout": ("ge2024", "Turnout in Holborn and St Pancras was 60.4%.", "60.4%"),
    "a named candidate's majority in a round-up": (
        "ge2019",
        "St Ives: Derek Thomas held St Ives with a majority of 4,280.\n\nCamborne and "
        "Redruth: George Eustice, the environment secretary, increased his majority to "
        "8,070.\n\nSt Ives turnout was high.",
        "8,070",
    ),
    "candidates across the country": (
        "ge2024",
        "A record 4,520 candidates stood across the UK.",
        "4,520",
    ),
    "a region named before the seat": (
        "ge2019",
        "Another brick falls from Labour's red wall in the North East. The Conservatives have "
        "gained Bishop Auckland.\n\nDehenna Davison won 24,067 votes. The Tory majority is "
        "7,692.",
        "7,692",
    ),
    "party's seats": ("ge2024", "Labour won 401 seats across the UK.", "401"),
    "candidate's votes, 2019": (
        "ge2019",
        "In Moray, Douglas Ross won 22,211 votes.",
        "22,211",
    ),
    "a winner's place, a superlative elsewhere in the sentence": (
        "ge2024",
        "Keir Starmer came second in Holborn and St Pancras, the constituency with the "
        "largest field.",
        "second",
    ),
    "the end of a change in one count, another's total": (
        "ge2024",
        "In Llanelli, Nia Griffith's vote fell from 16,125 to 11,247.",
        "11,247",
    ),
    "a majority in the second of two seats a sentence names": (
        "ge2019",
        "Sarah Olney took Richmond Park with a majority of 7,766, and Daisy Cooper won St "
        "Albans by 6,923.",
        "6,923",
    ),
    "a share in a table row, the party in short": (
        "ge2024",
        "Constituency | Winner | Result | Votes | Share %\n"
        "Ladywood | Shabana Mahmood | Lab hold | 15,558 | 45.2",
        "45.2",
    ),
    "a turnout placed by where, beside another seat's": (
        "ge2019",
        "Turnout across the county was 62.6%. It was highest in Cheadle, at 75.0%, and lowest "
        "in Blackley and Broughton, where only 58.6% voted.",
        "58.6%",
    ),
    "a count of the one beaten, the second of a pair": (
        "ge2024",
        "Sam Carling, 21, unseated the former minister Shailesh Vara, 14,785 votes to 14,764.",
        "14,764",
    ),
    "a majority said so, in prose, that is the winner's share": (
        "ge2024",
        "Iqbal Mohamed won Dewsbury and Batley with a majority of 41%.",
        "41%",
    ),
    "a majority, the one ousted named too": (
        "ge2019",
        "Alyn Smith, the former MEP, ousted the Conservative Stephen Kerr with a majority of "
        "9,524.",
        "9,524",
    ),
    "a party's votes in the seat named just after, wrong": (
        "ge2019",
        "In Blyth Valley the Lib Dems took 2,151 votes, and 2,593 in Wansbeck.",
        "2,593",
    ),
    'a nation\'s seats after "of"': (
        "ge2019",
        "The SNP won 47 of Scotland's 59 seats.",
        "47",
    ),
    "a nation's seats named as an adjective": (
        "ge2024",
        "The Conservatives, who won 12 Welsh seats in 2019, lost every one of them.",
        "12",
    ),
    "a seat's turnout among lower ones in a nation, wrong": (
        "ge2024",
        "Dundee Central was declared at 3am. Turnout was 55.3pc, one of the lower figures we "
        "have seen in Scotland tonight.",
        "55.3pc",
    ),
    "seats fallen by a number, to a total": (
        "ge2024",
        "The Tories fell by 244 seats to 125.",
        "125",
    ),
    "a seat's votes after a party called the biggest winner of seats": (
        "ge2024",
        "Labour was the biggest winner of seats, taking Hexham with 23,898 votes.",
        "23,898",
    ),
    "a seat's share beside its region's average": (
        "ge2024",
        "In Hexham, Labour's share rose to 48.3 per cent, above its regional average of 45.4 "
        "per cent.",
        "48.3 per cent",
    ),
    "a total once every seat has declared": (
        "ge2024",
        "All 650 seats have now declared: Labour won 410 and the Conservatives 121.",
        "410",
    ),
    "a region's MPs returned": (
        "ge2024",
        "Voters in the North East returned 29 MPs.",
        "29",
    ),
    "a change from a showing some years ago, wrong": (
        "ge2024",
        "In Ynys Môn, Reform UK's Emmett Jenner came fourth with 9.9 per cent, up 5.9 points on "
        "the Brexit Party's showing five years ago.",
        "5.9 points",
    ),
    "a total after an earlier election's clause, on Thursday": (
        "ge2024",
        "Five years ago the Conservatives won 365 seats; on Thursday they were reduced to 122.",
        "122",
    ),
    "seats said to be the same as two years before": (
        "ge2019",
        "Sinn Féin won eight seats, the same as two years ago.",
        "eight",
    ),
    "a UK-wide share in an article about a nation": (
        "ge2024",
        "Labour won 27 of the 32 seats in Wales. Plaid Cymru took four seats in Wales.\n\nThe "
        "First Minister said it was a historic night.\n\nUK-wide, Labour's share was 37 per "
        "cent.",
        "37 per cent",
    ),
}


# "majority" just before a figure rules out reading it as votes: 24,120 is his vote total.
A_MAJORITY_THAT_IS_HIS_VOTES = (
    "ge2024",
    "Jeremy Corbyn held Islington North with a majority of 24,120.",
)

# A figure written just after its party in a list is no other kind of figure of another
# party's: 12.3% (wrong: the Conservatives took 12.7% in Scotland) is not Reform UK's rise
# of 12.28 points UK-wide.
LISTED_AFTER_ITS_PARTY = (
    "ge2024",
    "Ian Murray held Edinburgh South, where the Conservative Sue Webber came third.\n\n"
    "Scotland at a glance\n\nVote share: Labour 35.3%, SNP 30.0%, Conservative 12.3%, "
    "Lib Dem 9.7%, Reform UK 7.0%\n\nIn the North East the Conservatives fell to 21.2%, a "
    "drop of 18.0 points, barely ahead of Reform UK on 19.9%.",
)

# Under a nation's heading, after a sentence about a seat: 56% is Wales's turnout (56.2%),
# not Cardiff North's (66.8%). Which the words mean is unclear: not confirmed as the nation's,
# and not called inaccurate as the seat's either.
A_SEATS_TURNOUT_UNDER_A_NATION = (
    "ge2024",
    "WALES\nLabour held Cardiff North with a majority of 11,207. Turnout was 56%.",
)

# A capitalised word before a candidate's surname that is no spelling of their given name:
# the figure (wrong for the one it is said of) is not confirmed as the other candidate's.
SURNAMES_OF_OTHERS = {
    "another's name": (
        "ge2024",
        "In Bethnal Green and Stepney, Rushanara Ali, who had been backed by London mayor "
        "Sadiq Khan, held on with 4,777 votes.",
        "4,777",
    ),
    "a title": (
        "ge2024",
        "In Cheltenham, Max Wilkinson won. Justice Secretary Chalk trailed, and Mr Wilkinson "
        "polled 17,866 votes.",
        "17,866",
    ),
    "words that are no name": (
        "ge2024",
        "In Peterborough, a seat Labour lost on Election Day 2019, Andrew Pakes won 2,542 votes.",
        "2,542",
    ),
}


@pytest.fixture(scope="module")
def checked(django_db_setup, django_db_blocker):
    texts = [(e, t) for e, t, _f, _w in CORRECT.values()] + [
        NAMED_AFTER,
        PUBLISHED_SHARES,
        YEARS_AGO,
    ]
    texts += [(e, t) for e, t, _f in WRONG.values()]
    texts += [(e, t) for e, t, _f, _w in READ_RIGHT.values()]
    texts += [REGION_HEADINGS, NATIONALLY_ELSEWHERE, SURNAME_A_SEAT, A_NATIONS_PARAGRAPH]
    texts += [DOWN_FROM_A_WORD, MR_AND_A_GIVEN_NAME, ONE_SURNAME_TWO_PEOPLE]
    texts += [TURNOUT_OF_REGISTERED, WHEN_NOTIONAL, THE_PARTY_NOT_THE_LOSER]
    texts += [MAJORITY_OVER_SOMEONE_NAMED, THE_PARTYS_LEADER]
    texts += [HER_AFTER_A_MAN, BEATING_SOMEONE, OUT_OF_SEATS, CANDIDATES_OF_SOME_SEATS]
    texts += [MPS_OF_A_KIND_TEXT, A_PLACE_IN_A_NOTIONAL_SENTENCE, A_YEAR_IN_A_RELATIVE_CLAUSE]
    texts += [A_PARAGRAPH_IN_2019, BALLOTS_WHERE, A_PERSON_IN_A_RELATIVE_CLAUSE]
    texts += [A_SEAT_NAMED_LIKE_A_CANDIDATE, CANDIDATES_IN_BRITAIN]
    texts += [FROM_ONE_TO_ANOTHER, A_NOTIONAL_SHARE, SOMEONE_ELSES_COUNT]
    texts += [TURNOUT_AFTER_A_DECLARATION, A_LIST_OF_SEATS_IN_WORDS, THEN_AND_NOW]
    texts += [THIS_TIME_AFTER_A_YEAR, A_MAJORITY_THAT_IS_HIS_VOTES, LISTED_AFTER_ITS_PARTY]
    texts += [A_SEATS_TURNOUT_UNDER_A_NATION]
    texts += [(e, t) for e, t, _f in SURNAMES_OF_OTHERS.values()]
    found = check_on_official_seeds(django_db_blocker, texts)
    return {key: {c.text: (c, s) for c, s in pairs} for key, pairs in found.items()}


@pytest.mark.parametrize("kind", list(CORRECT))
def test_a_correct_figure_in_a_frame_the_readings_miss_is_not_called_inaccurate(checked, kind):
    election, text, figures, reason = CORRECT[kind]
    claims = checked[(election, text)]
    for figure in figures:
        claim, suggestion = claims[figure]
        assert suggestion.verdict != "inaccurate", (figure, suggestion.explanation)
        if suggestion.verdict == "not_checkable" and reason is not None:
            assert reason in suggestion.explanation, (figure, suggestion.explanation)
            assert suggestion.explanation.startswith("Unclear which figure this is")


@pytest.mark.parametrize("kind", list(READ_RIGHT))
def test_a_frame_a_blind_set_showed_is_read_right(checked, kind):
    election, text, figures, words = READ_RIGHT[kind]
    for figure in figures:
        _claim, suggestion = checked[(election, text)][figure]
        assert suggestion.verdict == "accurate", (figure, suggestion.explanation)
        assert words in suggestion.explanation, (figure, suggestion.explanation)


def test_a_figure_of_someone_else_the_sentence_names_is_theirs(checked):
    claim, suggestion = checked[NAMED_AFTER]["21,929"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert claim.subject == "Tom Elliott"


@pytest.mark.parametrize("kind", list(WRONG))
def test_a_wrong_figure_with_explicit_cues_is_still_caught(checked, kind):
    election, text, figure = WRONG[kind]
    claim, suggestion = checked[(election, text)][figure]
    assert suggestion.verdict == "inaccurate", suggestion.explanation


def test_a_figure_of_years_ago_is_read_at_the_election_before(checked):
    claim, suggestion = checked[YEARS_AGO]["34,556"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert claim.election == "ge2019"


SOMEONE_ELSES_COUNT = (
    "ge2024",
    "In Perry Barr, 12,796 votes were not enough for Labour, Tahir Ali said after holding "
    "Hall Green and Moseley.",
)


def test_a_figure_that_is_someone_elses_count_is_no_slip(checked):
    # 12,796 is Khalid Mahmood's in Perry Barr, one digit from Tahir Ali's 12,798
    claim, suggestion = checked[SOMEONE_ELSES_COUNT]["12,796"]
    assert suggestion.verdict != "inaccurate", suggestion.explanation


def test_a_slip_of_the_digits_says_so(checked):
    election, text, figure = WRONG["two digits swapped, the sentence naming another"]
    claim, suggestion = checked[(election, text)][figure]
    assert suggestion.explanation.startswith("9,540 with a digit slipped"), suggestion.explanation


def test_votes_said_as_a_margin_are_checked_as_the_seats_majority(checked):
    for kind in ("margin read as a majority, 2024", "margin read as a majority, 2019"):
        election, text, figure = WRONG[kind]
        claim, suggestion = checked[(election, text)][figure]
        assert claim.claim_type == "majority"
        assert "majority" in suggestion.explanation.split(".")[0], suggestion.explanation


FROM_ONE_TO_ANOTHER = (
    "ge2024",
    "The SNP's share across Scotland fell from 45.0% to 30.0%, while Labour's almost "
    "doubled, from 18.6% to 35.3%.",
)
A_NOTIONAL_SHARE = (
    "ge2024",
    "In Meriden and Solihull East, Saqib Bhatti's share fell from a notional 62.4pc to 38.1pc.",
)


def test_a_figure_a_change_runs_from_is_the_election_befores(checked):
    claim, suggestion = checked[FROM_ONE_TO_ANOTHER]["18.6%"]
    assert claim.election == "ge2019"
    assert suggestion.verdict == "accurate", suggestion.explanation


def test_a_share_the_sentence_calls_notional_is_read_in_the_notional_result(checked):
    claim, suggestion = checked[A_NOTIONAL_SHARE]["62.4pc"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert "notional result in Meriden and Solihull East" in suggestion.explanation


def test_a_change_in_share_from_the_shares_as_published_is_accurate(checked):
    claim, suggestion = checked[PUBLISHED_SHARES]["12.8 points"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert suggestion.official_value == Decimal("12.75")


def test_the_extractor_keeps_the_seat_and_the_area_named_before_a_sentence(checked):
    election, text, _figures, _reason = CORRECT["round-up moves on"]
    claim, _suggestion = checked[(election, text)]["6,165"]
    assert claim.seat_before == "houghton-and-sunderland-south"
    election, text, _figures, _reason = CORRECT["nation named before"]
    claim, suggestion = checked[(election, text)]["16.9%"]
    assert claim.area_before == "Wales"
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert suggestion.explanation.startswith("Read in Wales, which its paragraph speaks of.")


def test_an_area_before_is_read_from_the_paragraph_or_the_heading_above():
    text = "Scotland\n\nThe SNP won nine seats.\n\nElsewhere, Labour won 411 seats."
    assert area_before(text, text.index("The SNP")) == "Scotland"
    assert area_before(text, text.index("Elsewhere")) is None
    assert area_before("In South West Norfolk, Labour won.", 30) is None  # a seat's name
    text = "EAST OF ENGLAND\nLabour won 27 seats."
    assert area_before(text, text.index("Labour")) == "East of England"  # a heading in capitals


def test_a_paragraph_opening_on_a_notional_result_frames_its_sentences():
    text = (
        "Farage won.\n\nOn the notional figures, the Tories would have won. The Liberal "
        "Democrats were third. This time they were fourth.\n\nThe Greens were fifth."
    )
    assert notional_before(text, text.index("The Liberal")) is True
    assert notional_before(text, text.index("On the")) is False  # the sentence itself
    assert notional_before(text, text.index("The Greens")) is False  # the next paragraph
    assert notional_before("Notionally, Labour led. It won.", 17) is True


# A live blog reports one declaration after another; the article is most about Clacton.
TURNOUT_AFTER_A_DECLARATION = (
    "ge2024",
    "Nigel Farage wins Clacton. Clacton was Reform's top target. In Clacton, Farage polled "
    "21,225.\n\nJeremy Hunt survives in Godalming and Ash, but only just. The chancellor "
    "polled 23,293 to the Lib Dem Paul Follows's 22,402. Turnout was high at 72.1%.",
)


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a round-up moves on: "… held Houghton and Sunderland South by 3,115 votes. The
        # Brexit Party came third with 6,165 votes." is Houghton's, not Newcastle's
        (CORRECT["round-up moves on"][:2], "6,165", "Kevin Yuill"),
        (CORRECT["round-up moves on"][:2], "third", "Kevin Yuill"),
        # "Turnout was high at 72.1%" names no seat: the one declared just before (72.14%),
        # not the article's main seat (Clacton, 59.6%)
        (TURNOUT_AFTER_A_DECLARATION, "72.1%", "Godalming and Ash"),
    ],
)
def test_a_figure_is_read_in_the_seat_named_last(checked, text, figure, subject):
    claim, suggestion = checked[text][figure]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert claim.subject == subject
    assert "the seat named last" in suggestion.explanation


# Hartlepool in 2019: Mike Hill (Lab) 15,464; Richard Tice (Brexit) 10,603, 25.84%; majority
# 3,595; turnout 57.92% (valid ÷ electorate); 41,037 valid votes. In 2024, 35,511.
THEN_AND_NOW = (
    "ge2024",
    "When Labour's Mike Hill held Hartlepool in December 2019, it felt like a narrow escape. "
    "Richard Tice, standing for the Brexit Party, came second with 10,603, or 25.8%. Mr "
    "Hill's 2019 majority was 3,595, on a turnout of 57.9%.\n\nIn July Jonathan Brash won "
    "for Labour, even though 35,511 valid votes were cast compared with 41,037 in 2019.",
)


@pytest.mark.parametrize(
    ("figure", "kind"),
    [
        ("10,603", "candidate_votes"),
        ("25.8%", "vote_share"),
        ("57.9%", "turnout"),
        ("41,037", "ballot_count"),
    ],
)
def test_a_figure_of_the_year_its_paragraph_or_sentence_names_is_read_then(checked, figure, kind):
    """A paragraph opening "When … in December 2019," speaks of 2019; a turnout beside "Mr
    Hill's 2019 majority" is 2019's; a count compared with another is the same count."""
    claim, suggestion = checked[THEN_AND_NOW][figure]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert (claim.claim_type, claim.election) == (kind, "ge2019")


THIS_TIME_AFTER_A_YEAR = (
    "ge2024",
    "Back in 2019, Hartlepool was a close call. Jonathan Brash's majority this time was 3,595.",
)


def test_this_time_is_the_articles_election_whatever_year_the_paragraph_opens_on(checked):
    """3,595 is Mike Hill's 2019 majority; Brash's this time was 7,698."""
    claim, suggestion = checked[THIS_TIME_AFTER_A_YEAR]["3,595"]
    assert suggestion.verdict != "accurate", suggestion.explanation
    assert claim.election == "ge2024"


A_LIST_OF_SEATS_IN_WORDS = (
    "ge2019",
    "In Wales, Labour won 22 seats, the Conservatives 14 and Plaid Cymru four.",
)


def test_a_number_word_ending_a_list_of_seats_is_seats(checked):
    claim, suggestion = checked[A_LIST_OF_SEATS_IN_WORDS]["four"]
    assert (claim.claim_type, claim.subject) == ("seat_count", "Plaid Cymru")
    assert suggestion.verdict == "accurate", suggestion.explanation


REGION_HEADINGS = (
    "ge2024",
    "How the regions voted\n\nNORTH WEST\nLabour won 65 seats and the Conservatives 3.\n\n"
    "YORKSHIRE AND THE HUMBER\nLabour won 43 seats and the Conservatives 9.",
)


def test_a_partys_seats_under_a_regions_heading_are_checked_in_that_region(checked):
    claims = checked[REGION_HEADINGS]
    for figure, region in (("65", "North West"), ("3", "North West"), ("9", "Yorkshire")):
        claim, suggestion = claims[figure]
        assert suggestion.verdict == "accurate", (figure, suggestion.explanation)
        assert suggestion.explanation.startswith(f"Read in {region}"), suggestion.explanation


NATIONALLY_ELSEWHERE = (
    "ge2019",
    "Mark Fletcher took Bolsover for the Conservatives by 5,299 votes. The Tories are up 7.3 "
    "points to 47.4%, a swing far bigger than the one needed nationally.",
)


def test_nationally_in_another_clause_does_not_make_the_winners_share_the_partys(checked):
    """The share is read as the seat's winner's; "nationally" speaks of the swing."""
    claim, suggestion = checked[NATIONALLY_ELSEWHERE]["47.4%"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert claim.subject == "Mark Fletcher"


SURNAME_A_SEAT = (
    "ge2019",
    "Stone clings on\n\nLiberal Democrat Jamie Stone has held Caithness, Sutherland and "
    "Easter Ross by 204 votes. Mr Stone took 11,705 votes (37.2%). Turnout across the "
    "constituency, which has an electorate of just under 47,000, was high.",
)


def test_a_candidates_surname_that_is_a_seats_name_is_the_candidate(checked):
    """ "Mr Stone" is Jamie Stone, not the seat of Stone; a seat whose name holds commas is
    found, and is the article's."""
    claims = checked[SURNAME_A_SEAT]
    for figure in ("11,705", "37.2%"):
        claim, suggestion = claims[figure]
        assert claim.subject == "Jamie Stone"
        assert suggestion.verdict == "accurate", suggestion.explanation
    claim, suggestion = claims["47,000"]
    assert claim.subject == "Caithness, Sutherland and Easter Ross"
    assert suggestion.verdict == "accurate", suggestion.explanation


A_NATIONS_PARAGRAPH = (
    "ge2024",
    "Wales: what changed\n\nLabour won 27 seats. The Liberal Democrats won one, in Brecon, "
    "Radnor and Cwm Tawe, and Plaid Cymru held Ynys Môn.\n\nLabour's Welsh share fell. "
    "Turnout fell from 66.6% to 56.2%, a drop of about ten points.",
)


def test_a_seats_figure_in_a_paragraph_about_a_nation_is_not_the_last_seats(checked):
    claims = checked[A_NATIONS_PARAGRAPH]
    for figure in ("66.6%", "56.2%", "ten points"):
        claim, suggestion = claims[figure]
        assert claim.seat_before is None  # Wales is named after the last seat
        assert claim.area_before == "Welsh"
        assert suggestion.verdict != "inaccurate", (figure, suggestion.explanation)


DOWN_FROM_A_WORD = ("ge2024", "The SNP finished with nine seats, down from forty-eight in 2019.")
MR_AND_A_GIVEN_NAME = (
    "ge2019",
    "St Ives: Derek Thomas held off the former MP Andrew George. Camborne and Redruth: George "
    "Eustice held on.\n\nIn St Ives, Mr George polled 21,085.",
)
ONE_SURNAME_TWO_PEOPLE = (
    "ge2024",
    "Shabana Mahmood held Birmingham Ladywood; Ms Mahmood, now justice secretary, saw her share "
    "fall. Shabana Mahmood said she was humbled. In Birmingham Perry Barr, the independent "
    "Ayoub Khan beat Labour's Khalid Mahmood by 507 votes. Mr Mahmood polled 12,796.",
)


def test_a_year_after_a_number_that_is_no_figure_is_not_the_figure_befores(checked):
    """ "nine seats, down from forty-eight in 2019": 2019 is forty-eight's, not nine's."""
    claim, suggestion = checked[DOWN_FROM_A_WORD]["nine"]
    assert claim.election == "ge2024"
    assert suggestion.verdict == "accurate", suggestion.explanation


def test_a_surname_after_mr_is_a_surname_not_a_given_name(checked):
    """ "Mr George" is Andrew George, not George Eustice."""
    claim, suggestion = checked[MR_AND_A_GIVEN_NAME]["21,085"]
    assert claim.subject == "Andrew George"
    assert suggestion.verdict == "accurate", suggestion.explanation


def test_a_surname_two_people_share_is_the_one_named_last(checked):
    claim, suggestion = checked[ONE_SURNAME_TWO_PEOPLE]["12,796"]
    assert claim.subject == "Khalid Mahmood"
    assert suggestion.verdict == "accurate", suggestion.explanation


def test_counts_of_candidates_are_the_countrys_or_the_nations(checked):
    election, text, _figures, _reason = CORRECT["candidates of the country, a nation and a party"]
    claims = checked[(election, text)]
    for figure, where in (("4,515", "United Kingdom"), ("424", "Scotland")):
        claim, suggestion = claims[figure]
        assert suggestion.verdict == "accurate", suggestion.explanation
        assert f"candidates in {where}" in suggestion.explanation


TURNOUT_OF_REGISTERED = (
    "ge2024",
    "In Richmond Park, where 69.6% of the 74,988 registered voters cast a valid ballot, Sarah "
    "Olney held the seat for the Liberal Democrats.",
)
WHEN_NOTIONAL = (
    "ge2024",
    "Turnout in Richmond Park was 69.6%, down on the notional 2019 level, when more than "
    "58,000 valid votes were cast on these boundaries.",
)
THE_PARTY_NOT_THE_LOSER = (
    "ge2024",
    "The win was one of 60 gains the Liberal Democrats made from the Conservatives on the "
    "night, taking the party to 72 seats.\n\nAcross Scotland, Labour gained 36 seats from the "
    "SNP and now hold 37 of the nation's 57.\n\nLabour took Bury North from the "
    "Conservatives, who won 121 seats.",
)
MAJORITY_OVER_SOMEONE_NAMED = (
    "ge2024",
    "A rare bright spot for the Tories. Shivani Raja has gained Leicester East from Labour with "
    "a majority of 4,426, after the Labour vote split between the official candidate, the "
    "ousted MP Claudia Webbe and former MP Keith Vaz.",
)
THE_PARTYS_LEADER = (
    "ge2024",
    "Carla Denyer has become the Greens' second MP, gaining Bristol Central from Labour.\n\n"
    "The party's co-leader won 24,539 votes, a majority of 10,407 over Thangam Debbonaire.",
)


def test_a_share_of_the_registered_voters_who_voted_is_no_vote_share(checked):
    claim, suggestion = checked[TURNOUT_OF_REGISTERED]["69.6%"]
    assert suggestion.verdict != "inaccurate", suggestion.explanation
    assert "turnout" in suggestion.explanation


def test_a_figure_in_a_when_clause_of_a_notional_result_is_not_this_elections(checked):
    claim, suggestion = checked[WHEN_NOTIONAL]["58,000"]
    assert suggestion.verdict == "not_checkable", suggestion.explanation
    assert "notional" in suggestion.explanation


def test_the_party_seats_were_taken_from_is_not_the_subject(checked):
    claims = checked[THE_PARTY_NOT_THE_LOSER]
    for figure, party in (("72", "Liberal Democrat"), ("37", "Labour"), ("121", "Conservative")):
        claim, suggestion = claims[figure]
        assert claim.subject == party, figure
        assert suggestion.verdict == "accurate", (figure, suggestion.explanation)


def test_a_majority_is_the_seats_when_said_over_someone_not_the_runner_up(checked):
    claim, suggestion = checked[MAJORITY_OVER_SOMEONE_NAMED]["4,426"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert claim.subject == "Shivani Raja"


def test_the_partys_leader_is_a_person_not_the_party(checked):
    claim, suggestion = checked[THE_PARTYS_LEADER]["24,539"]
    assert claim.subject == "Carla Denyer"
    assert suggestion.verdict == "accurate", suggestion.explanation


HER_AFTER_A_MAN = (
    "ge2024",
    "Sorcha Eastwood won Lagan Valley for Alliance. The Ulster Unionist Robbie Butler was third "
    "with 11,157.\n\nHer share of the vote was 37.9%.",
)
BEATING_SOMEONE = (
    "ge2019",
    "Mark Fletcher won Bolsover for the Conservatives.\n\nThe former PR man polled 21,791 "
    "votes, beating Labour's Dennis Skinner on 16,492.",
)
OUT_OF_SEATS = ("ge2019", "The SNP won 48 seats, out of 59 in Scotland.")
CANDIDATES_OF_SOME_SEATS = (
    "ge2019",
    "Cardiff\n\nIn total 26 candidates stood across the four seats. Across the UK there "
    "were 3,230 candidates.",
)
MPS_OF_A_KIND_TEXT = (
    "ge2024",
    "Labour returned 190 women among its 411 MPs, while just 29 of the 121 Conservatives are "
    "women. By our count 335 MPs – more than half – have never sat in the Commons before.",
)
A_PLACE_IN_A_NOTIONAL_SENTENCE = (
    "ge2024",
    "Gillian Keegan had been notionally 19,622 votes ahead in Chichester; the Liberal "
    "Democrats had started in second place.",
)
A_YEAR_IN_A_RELATIVE_CLAUSE = (
    "ge2024",
    "In Portsmouth North, Labour's Amanda Martin, who had also stood against Penny Mordaunt in "
    "2019, won with 14,495 (34.8%).",
)


def test_a_pronoun_is_a_person_of_its_gender(checked):
    """ "Her" after a sentence that opens on Robbie Butler is Sorcha Eastwood."""
    claim, suggestion = checked[HER_AFTER_A_MAN]["37.9%"]
    assert claim.subject == "Sorcha-Lucy Eastwood"
    assert suggestion.verdict == "accurate", suggestion.explanation


def test_someone_beaten_named_after_the_figure_is_not_its_subject(checked):
    claim, suggestion = checked[BEATING_SOMEONE]["21,791"]
    assert claim.subject == "Mark Fletcher"
    assert suggestion.verdict == "accurate", suggestion.explanation


def test_seats_out_of_a_total_are_the_areas_total(checked):
    claim, suggestion = checked[OUT_OF_SEATS]["59"]
    assert suggestion.verdict == "accurate", suggestion.explanation


def test_candidates_of_some_seats_are_not_the_countrys(checked):
    claims = checked[CANDIDATES_OF_SOME_SEATS]
    assert claims["26"][1].verdict == "not_checkable", claims["26"][1].explanation
    claim, suggestion = claims["3,230"]  # the UK's were 3,320
    assert suggestion.verdict == "inaccurate", suggestion.explanation


def test_counts_of_mps_of_a_kind_are_not_a_partys_seats(checked):
    claims = checked[MPS_OF_A_KIND_TEXT]
    for figure in ("29", "335"):
        claim, suggestion = claims[figure]
        assert suggestion.verdict != "inaccurate", (figure, suggestion.explanation)


def test_a_place_in_a_sentence_about_the_notional_result_is_read_there(checked):
    # doubted before the notional result was read (the Liberal Democrats came first in
    # 2024); now checked against the seat's notional result, where they were second
    claim, suggestion = checked[A_PLACE_IN_A_NOTIONAL_SENTENCE]["second"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert "notional result in Chichester" in suggestion.explanation


def test_a_year_in_a_relative_clause_is_not_the_figure_afters(checked):
    claim, suggestion = checked[A_YEAR_IN_A_RELATIVE_CLAUSE]["14,495"]
    assert claim.election == "ge2024"
    assert claim.subject == "Amanda Martin"
    assert suggestion.verdict == "accurate", suggestion.explanation


A_PARAGRAPH_IN_2019 = (
    "ge2024",
    "Penny Mordaunt lost Portsmouth North to Labour's Amanda Martin by 780 votes.\n\n"
    "Five years earlier things were different. In December 2019 Mordaunt won 28,172 votes. "
    "Her majority was 15,780 on a turnout of 64.4%.",
)


def test_a_month_before_the_year_still_marks_the_election(checked):
    """ "In December 2019" marks the sentence's figures as 2019's."""
    claim, suggestion = checked[A_PARAGRAPH_IN_2019]["28,172"]
    assert claim.election == "ge2019"
    assert suggestion.verdict == "accurate", suggestion.explanation


def test_a_sentence_after_one_opening_on_another_year_is_doubted(checked):
    """The paragraph speaks of 2019: its later figures are not called inaccurate as 2024's."""
    claims = checked[A_PARAGRAPH_IN_2019]
    for figure in ("15,780", "64.4%"):
        claim, suggestion = claims[figure]
        assert claim.year_before == 2019
        assert suggestion.verdict != "inaccurate", (figure, suggestion.explanation)


BALLOTS_WHERE = (
    "ge2024",
    "Turnout ranged from 41.7% in Leeds South to 69.5% in Leeds North West, where 49,777 valid "
    "votes were cast.",
)
A_PERSON_IN_A_RELATIVE_CLAUSE = (
    "ge2024",
    "Lee Anderson held Ashfield for Reform UK. Jason Zadrozny of the Ashfield Independents, who "
    "ran Anderson close five years ago, came third.",
)


def test_a_count_of_ballots_is_the_seat_named_nearest_before_it(checked):
    claim, suggestion = checked[BALLOTS_WHERE]["49,777"]
    assert claim.subject == "Leeds North West"
    assert suggestion.verdict == "accurate", suggestion.explanation


def test_a_person_in_a_relative_clause_is_not_the_subject_after_it(checked):
    claim, suggestion = checked[A_PERSON_IN_A_RELATIVE_CLAUSE]["third"]
    assert claim.subject == "Jason Zadrozny"
    assert suggestion.verdict == "accurate", suggestion.explanation


A_SEAT_NAMED_LIKE_A_CANDIDATE = (
    "ge2024",
    "The Liberal Democrats gained Newbury with a majority of 2,377. Labour's Josh Newbury won "
    "Cannock Chase.",
)
CANDIDATES_IN_BRITAIN = ("ge2024", "Across Britain, 4,379 candidates were standing.")


def test_a_seat_named_after_a_verb_of_winning_stays_the_seat(checked):
    """ "gained Newbury" is the seat, though the article names Josh Newbury too."""
    claim, suggestion = checked[A_SEAT_NAMED_LIKE_A_CANDIDATE]["2,377"]
    assert claim.subject == "Lee Dillon"
    assert suggestion.verdict == "accurate", suggestion.explanation


def test_candidates_in_great_britain_are_the_uks_less_northern_irelands(checked):
    claim, suggestion = checked[CANDIDATES_IN_BRITAIN]["4,379"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert "Great Britain" in suggestion.explanation


def test_a_majority_said_so_is_not_confirmed_as_the_winners_votes(checked):
    _claim, suggestion = checked[A_MAJORITY_THAT_IS_HIS_VOTES]["24,120"]
    assert suggestion.verdict not in ("accurate", "approximately_accurate"), suggestion.explanation
    assert "7,247 majority" in suggestion.explanation


def test_a_figure_listed_after_its_party_is_not_confirmed_as_another_partys_other_figure(
    checked,
):
    _claim, suggestion = checked[LISTED_AFTER_ITS_PARTY]["12.3%"]
    assert suggestion.verdict not in ("accurate", "approximately_accurate"), suggestion.explanation
    assert suggestion.reading is None, suggestion.reading
    # where the region is named, the figure is read as Reform UK's share there, as it is
    _claim, suggestion = checked[LISTED_AFTER_ITS_PARTY]["19.9%"]
    assert suggestion.verdict == "accurate", suggestion.explanation
    assert "North East only" in suggestion.explanation


def test_a_seats_turnout_under_a_nations_heading_is_neither_confirmed_nor_called_wrong(checked):
    _claim, suggestion = checked[A_SEATS_TURNOUT_UNDER_A_NATION]["56%"]
    assert suggestion.verdict == "not_checkable", suggestion.explanation
    assert "Cardiff North" in suggestion.explanation


@pytest.mark.parametrize("kind", list(SURNAMES_OF_OTHERS))
def test_a_word_before_a_surname_that_is_no_spelling_of_the_given_name_names_no_one(checked, kind):
    election, text, figure = SURNAMES_OF_OTHERS[kind]
    _claim, suggestion = checked[(election, text)][figure]
    assert suggestion.verdict not in ("accurate", "approximately_accurate"), suggestion.explanation


def test_a_place_taken_in_several_seats_is_no_seats_place(checked):
    election, text, _figures, _reason = CORRECT["a place taken in several seats"]
    _claim, suggestion = checked[(election, text)]["second"]
    assert suggestion.verdict == "not_checkable"
    assert "A place taken in several seats" in suggestion.explanation
