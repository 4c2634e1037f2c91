"""Generalisation guard: the extractor on the team-written held-out sets, scored with the shared
scorer's matching. strict_f1 must stay near the level reached; a drop means a change that helps one
wording hurts others.

- tests/heldout (12 texts): 0.40 before any held-out-driven change, 0.90 after the first round.
- tests/heldout/fresh (6 texts, written after the first round): 0.25 on first contact (the honest
  figure for the first-round extractor), 0.86 after the second round.
- tests/heldout/fresh2 (6 texts, written after the second round): 0.49 on first contact (the honest
  figure for the second-round extractor; the original extractor scores 0.43 there), 0.93 after the third.
- tests/heldout/fresh3 (8 texts, written after the third round): 0.47 on first contact (precision 0.90,
  recall 0.32: the honest figure for the third-round extractor), 1.00 after the fourth round; the
  fourth round also took heldout, fresh and fresh2 to 1.00.
All four are now development sets.
- tests/heldout/fresh4 (6 texts, written after the fourth round): 0.56 on first contact (precision 0.78,
  recall 0.44), the honest figure for the fourth-round extractor; not tuned on. Its floor only guards
  against regressions; a new batch is needed for the next honest figure. Built-in site list only, so
  edits to content/ by others do not move the figures. After the fifth round (fixes driven by fresh4's
  misses) fresh4 scores 0.90: tuned, no longer honest.
- tests/heldout/fresh5 (6 texts, written after the fifth round): 0.59 on first contact (precision 0.86,
  recall 0.61, lenient f1 0.71), the honest figure for the fifth-round extractor. The round-4 rules
  (tests/test_extract_round4_rules.py) were driven by its misses: 0.72 after them, no longer honest.
- tests/heldout/fresh6 (5 texts, written after those rules, annotated before the extractor ran): 0.60 on
  first contact (precision 1.00, recall 0.64, lenient f1 0.78, date_acc 0.67); not tuned on.
- tests/heldout/fresh7 (5 texts with traps of each kind and year- or month-only publication dates, written
  and annotated before any extractor ran on them, after the spaCy assertion stage and `--published` EDTF):
  0.65 on first contact (precision 0.79, recall 0.83); the extractor before them 0.38 (it refused 3 of the
  5 articles' publication dates). The comparison-by-verb construction ('compared ... to the demolition of')
  was added after seeing one of its false alarms: fresh7 is no longer fully honest for that one row.
- tests/heldout/fresh8 and fresh9 (6 texts each: fire, earthquakes, thefts, war, restorations, UNESCO
  decisions; publication dates to the day, month, year, approximate and an interval), written and
  annotated by the lead while the extractor was being rebuilt, kept out of its developer's sight, and
  scored once on the landed extractor: fresh8 0.36 (precision 0.62, recall 0.58), fresh9 0.51
  (precision 0.87, recall 0.67); the extractor before the rebuild: 0.30 and 0.55. Not tuned on: these
  are the honest first-contact figures. The extractor rebuild (pipeline, parse roles, date
  attachment) was then tuned on them among others: 0.85 and 0.88.
- tests/heldout/fresh10, fresh11, fresh12 (6 texts each: earthquakes, fires, a flood, a typhoon, thefts,
  a repatriation, wars, demolitions, UNESCO inscriptions, reopenings; publication dates to the day,
  month, year, approximate and intervals), written and annotated by the lead's helpers before any
  extractor ran on them and kept out of the extractor developers' sight. First contact of the rebuilt
  extractor: 0.26 (precision 0.69, recall 0.36), 0.45 (0.80, 0.39), 0.17 (0.91, 0.32); the extractor
  before the rebuild: 0.37, 0.43, 0.11. Not tuned on. Their floors guard against regressions only.
- tests/heldout/fresh15 and fresh16 (6 texts each: an earthquake, thefts and a recovery, a war's
  destructions recalled years on, a war review, a palace fire and its restoration, a monitoring
  bulletin, a blast, a reconversion; publication dates to the day, month, year, approximate and
  intervals; denials, plans and comparisons as traps), written and annotated by helpers of the lead
  before any extractor ran on them, never shown to the extractor's developers. First contact of the
  extractor they were written beside: 0.55 (precision 0.90, recall 0.57) and 0.56 (0.89, 0.66); of the
  same extractor after that round's site and event work, done without sight of them: 0.55 and 0.61
  (0.89, 0.63, date accuracy 0.84). Not tuned on.
- The site-attribution round after them (lists under one event and one listing, parts named by position,
  names 'known as', a town a sentence introduces, appositives owned by a place, 'the Old City' of a modern
  town) read the misses of fresh17 and fresh18: heritage extract 0.46 -> 0.58 (precision 0.71 -> 0.84) and
  0.42 -> 0.61 (precision 0.90 -> 1.00), every other batch unchanged. The events-5 round beside it (one
  list of verbs of saying; seasons across a year, two-unit counts, datelines, a list under one trigger and
  its date, coordinated steps of one act, a month after 'last year', the publication bound in merging, an
  aside's backer as no actor) read the same misses: fresh17 0.46 -> 0.51 (precision 0.78), fresh18 0.42 ->
  0.53 (0.87), fresh15 0.70 -> 0.71, the rest unchanged. fresh17 and fresh18 are development sets now.
- tests/heldout/fresh19 and fresh20 (6 texts each: an earthquake, a museum's looting, a grass fire among
  statues, a library burnt recalled forty years on, a cathedral fire, looting seen by satellite; a library
  reopened, shelling reviewed, a golden toilet stolen, a UNESCO session, a flood, shrines demolished;
  publication dates to the day, month, year, approximate and an interval), written and annotated by a
  helper of the lead before any extractor ran on them, kept from the rounds above. First contact of the
  extractor at 8408775: 0.36 (precision 0.85, recall 0.30) and 0.41 (0.71, 0.30).
  The sites-6 round read fresh19 and fresh20 (tuned, no longer honest): 0.36 -> 0.32 and 0.48 -> 0.53 (precision
  0.78 -> 0.88); fresh19's drop is a claim that had matched by luck (another town's church) now gone.
- tests/heldout/fresh21 (6 texts: an earthquake's cathedrals, a museum fire, stolen paintings recovered, a
  cathedral shelled recalled a century on, a palace's restoration, a UNESCO session; publication dates to the
  day, month, year and approximate), written and annotated by a helper of the lead before any extractor ran
  on it, kept from the round-6 branches. First contact at ed78a80: 0.37 (precision 0.86, recall 0.39, date
  accuracy 0.68); after the round-6 branches, unseen: 0.37 (0.86, 0.39). Then read by the round-7 date and
  recall branches: 0.37 -> 0.50 (dates) -> 0.75 (both); tuned now.
- tests/heldout/fresh22 and fresh23 (6 texts each: an earthquake's towers, a castle keep reopened, a salt cellar
  stolen and found, a pavilion burnt recalled 70 years on, a mosque rebuilt, a UNESCO session; an archive's
  collapse, a bombing, a theft's trial, a castle rebuilt recalled, a tower reopened, a year's review), written and
  annotated by a helper of the lead before any extractor ran on them. First contact at 5195995 (the extractor of
  fad3221): 0.32 (precision 0.65, recall 0.30) and 0.28 (0.64, 0.22). The lead then read their misses for a few
  rules (an appositive 'monument' or 'archive', a town's building told by a lower-case head, site nouns in the
  place's language, schools of a faith as styles, a bombing as an attack): 0.35 and 0.36; the round-7 date and
  recall branches, which never saw them: 0.41 (0.71, 0.42) and 0.36 (0.69, 0.28). Partly tuned.
- tests/heldout/fresh24 and fresh25 (6 texts each: Hue 1968, a monastery fire, a museum robbery, a cathedral
  demolished recalled 90 years on, a bomb beside a gallery, a year's review; a temple fire, an earthquake, a room
  recreated, the Blitz recalled 70 years on, paint thrown at a monument, a storm's damage; publication dates to
  the day, month, year and approximate), written and annotated by a helper of the lead after those rules, read by
  nobody since. First contact at 0405f23: 0.37 (precision 0.85, recall 0.44, date accuracy 0.65) and 0.16 (0.80,
  0.16); after the round-7 date and recall branches, unseen: 0.40 (0.86, 0.47) and 0.19 (0.80, 0.16); after
  the round-8 coreference branch, unseen: the same. Not tuned on: the honest figures.
- tests/heldout/fresh26 (6 texts: an earthquake's cathedral, a district's fire recalled 30 years on, a war
  bulletin, stolen museum pieces recovered, an avenue restored, a UNESCO inscription; publication dates to the
  day, month, year and approximate), written and annotated by a helper of the lead while the round-8 branch
  was written without it: first contact at 953177a 0.29 (precision 0.50, recall 0.21); after the round-8
  coreference branch, unseen: 0.26 (0.46, 0.18: one part's damage told after a description lost). Not tuned on.
- tests/heldout/fresh27 and fresh28 (6 texts each: riots burning churches, a memorial rededicated, football fans
  damaging a fountain, a pier fire, palaces occupied and restored recalled 75 years on, shrines demolished; an
  earthquake's pagodas, a helmet stolen from a museum, a flood's heritage, an opera house recalled, a UNESCO
  session, a pub burned and demolished; publication dates to the day, month, year and approximate), written and
  annotated by a helper of the lead before any extractor ran on them. First contact at f20f54e: 0.35 (precision
  0.91, recall 0.29) and 0.31 (0.70, 0.20; one article crashed the roles stage, fixed). Round 9 (the lead's
  rules read fresh27's misses; the date branch could read fresh27, not fresh28): 0.436 and 0.481. fresh28 not
  tuned on.
- tests/heldout/fresh29 (6 texts: a storm at two island monuments, a painting stolen from a castle, a war
  bulletin, an opera house reopened, a library fire recalled, a UNESCO session), written and annotated after
  round 9's rules: first contact at 6dcdfab 0.20 (precision 0.53, recall 0.27, date accuracy 0.56); after the
  round-9 date branch, unseen: the same. Round 10 (this session's lead) read its misses: 0.60 (a theft 'taken
  from' a castle, 'the house' for a mansion, an opera house's one-word German name, a pronoun across a paragraph
  naming the article's topic, a making's date kept from the theft the parser coordinated with it). Tuned now.
- tests/heldout/fresh30 and fresh31 (6 texts each: an earthquake's temples, a museum theft, a museum attack, a
  storm-hit palace recalled with a war, a mission church fire, a covered bridge's restoration; a monastery church
  burned in a war, a church arson, a chateau fire, a war bulletin, a city taken recalled a century on, a UNESCO
  session; publication dates to the day, month, year and approximate), written and annotated by helpers of the lead
  before any extractor ran on them. First contact at e15fabe (round 10): 0.49 (precision 0.80, recall 0.50, date
  accuracy 0.81) and 0.32 (0.68, 0.48, date accuracy 0.54) by score.py. The lead then read their misses for a few
  rules (heads 'lavra', 'sanctuary', 'gatehouse'; 'cracked X's walls'; a turret of X collapsing damages X; a known
  name before 'river' is the river): 0.52 and 0.43 here; later rules of the round read fresh22-fresh31. Tuned now.
- tests/heldout/fresh32, fresh33 and fresh34 (6 texts each: a cathedral spire fire, a temple's stones, a pillar
  damaged, a city's siege, a felled tree at a wall, a church robbery; storms, wildfires, riots and statues,
  church thefts, bombing anniversaries, restorations; towns seized and retaken, museums looted, earthquakes,
  floods, reconstructions), written and annotated by helpers of the lead before any extractor ran on them, kept
  unread through round 10. First contact at 4436154 (end of round 10), score.py strict F1: 0.33 (precision 0.73,
  recall 0.42), 0.42 (0.83, 0.44), 0.47 (0.85, 0.54); the extractor of the round's start (37d2023) on the same
  texts: 0.33, 0.34, 0.50. Not tuned on.
- tests/heldout/fresh35 to fresh38 (6 texts each: protests burning a palace, a relic theft, floods, a shrine
  occupied and stormed, a chapel fire and reopening, a UNESCO session; a mosque destroyed in a war, a wooden church
  fire, a wall collapse, a bridge fire, war loot returned, a volcano's church; paintings stolen and found, a UNESCO
  inscription, a reservoir over an old town, a hurricane report, a cathedral rededicated, a fortress's sieges; a
  palace looted in unrest, statues toppled, a market fire, an earthquake's churches ...), written and annotated by
  helpers of the lead before any extractor ran on them, kept unread through round 11 (the 2026-12-03 session):
  fresh35 and fresh36 were scored once at its start, fresh37 and fresh38 half way, all four unread until its end.
  First contact, score.py strict F1 at 09377d5 (end of round 11): 0.50 (precision 0.75, recall 0.54), 0.38 (0.65,
  0.59), 0.45 (0.82, 0.52), 0.33 (0.61, 0.46); at 191f912 (its start): 0.47, 0.40, 0.45, 0.31. The round's rules
  moved the dev batches (fresh15-fresh34) from a mean of 0.697 to 0.722 and these unseen texts by +0.01: rules read
  from misses still barely generalise. Three rules were then corrected on what these texts showed (an 'it' after an
  unnamed description, a headline's first word, 'neither'): tuned now.
- tests/heldout/fresh39 to fresh42 (6 texts each: a flood's church, an opera house reopened, a residence listed, a
  cathedral arson, a relic theft, a fortress's sieges; a city listed, a statue toppled, a storm recalled, looting in
  unrest, a bridge rebuilt, an earthquake's inns; a volcano, wooden buildings burnt, an old city shelled, a tomb
  blown up, a manuscript stolen, a lighthouse listed; a typhoon's churches, a synagogue set alight, a museum looted
  in a coup, a siege told as history, a landmark rebuilt, a month-only listing), written and annotated by helpers
  of the lead in the 2026-12-03 (second) session before any extractor ran on them. First contact of 23d5092 (the
  session's start), score.py strict F1: 0.53 (precision 0.70, recall 0.47), 0.30 (0.59, 0.35), 0.48 (0.71,
  0.36; one article crashed the extractor), 0.40 (0.72, 0.38). fresh39 and fresh40 were then read for round 12:
  0.68 and 0.55 (tuned). fresh41 and fresh42 stayed unread until its end: 0.52 and 0.39 at 38f6d8e, 0.56 once the
  crash (a century as a deadline) was fixed. Round 12 moved the dev batches from a mean of 0.697 to 0.705. All four
  were then read: 0.68, 0.58, 0.65, 0.43 (tuned).
- tests/heldout/fresh43 to fresh46 (6 texts each: a flood's old town, church arsons, a mosque rebuilt, Khmer lintels
  prised out, a fortress's siege recalled, a mining landscape listed; a quake's temple, a shrine retaken, a riot's
  palace, a bridge rebuilt, two sites listed at one session, a citadel retaken; a wildfire's cliff dwellings, rock art
  defaced, a palace burned and rebuilt, a siege anniversary, a site looted seen from space, a danger listing; a
  hurricane's lighthouse, a theatre gutted and restored, a cemetery desecrated, a town taken and freed, a pub
  demolished, a cathedral reopened), written and annotated by helpers of the lead in the 2026-12-03 (third) session
  before any extractor ran on them. First contact of 9f7cc31 (the session's start), score.py strict F1: 0.36
  (precision 0.73, recall 0.46), 0.45 (0.70, 0.46), 0.35 (0.71, 0.37), 0.32 (0.75, 0.36). fresh43 and fresh44 were
  read for round 13 (0.55 and 0.54 after it); fresh45 and fresh46 stayed unread until it was done: 0.34 and 0.32 at
  afae77b - the round moved unseen text by -0.01 and 0.00.
- tests/heldout/fresh47 and fresh48 (6 texts each: an eruption's town, a statue toppled, a treasury robbed, a city
  taken in an 18th-century war, a wooden mosque restored, a deferred nomination; a library fire, a city bombed in
  1942, a museum store looted and recovered, a monastery occupied and handed back, a belfry rebuilt, a month-only
  committee session), written and annotated by helpers of the lead later in the same session, before the extractor
  ran on them. First contact of 2cfd58e (the end of round 13), score.py strict F1: 0.42 (precision 0.62, recall
  0.38), 0.19 (0.70, 0.44; date accuracy 0.36) - the same as at 9f7cc31, the session's start: none of round 13's
  rules fired on them. Then read: two days joined by 'to' or a dash, a 'when' clause after a time noun ('the night
  80 years ago when bombers set X on fire') and a group a copula puts a site in ('X was among the buildings
  destroyed') came from them, and a description opening the sentence after a bare name told just before is that
  name ('... turned on Chittorgarh, the largest of the six. The fort fell in August 1303'), and 'followed' takes the
  event told just before it ('rebuilt in 1976, and the West Pagoda followed in 1981'): 0.56 and 0.24 after.
- tests/heldout/fresh49 and fresh50 (6 texts each: a drought's dolmen, a church shelled in 1991, a palace museum
  robbed, a border fortress taken, a Roman theatre restored, a tentative-list site inscribed; a storm in a palace
  garden, a temple attacked, a theft that broke a window, a colonial siege, a bridge reopened, two UNESCO decisions),
  written and annotated by helpers of the lead at the end of the same session, before the extractor ran on them.
  First contact of 7328759 (the session's last extractor), score.py strict F1: 0.27 (precision 0.86, recall 0.36,
  date accuracy 0.50) and 0.22 (0.70, 0.27, date accuracy 0.57) - again the same as at 9f7cc31. Then read: named
  wars as dates (vocab/periods.yml: 'wrecked by bombs during the Spanish Civil War' is 1936/1939): 0.32 and 0.22.
- tests/heldout/fresh51 to fresh54 (6 texts each: a quake's colonial cathedral, a temple rebuilt, a film archive
  burned, an Afghan site looted, a castle taken in a colonial war, a month-only listing; a flood's town centre, an
  air strike on an old city, regalia stolen, a medieval siege, frescoes restored, a danger listing; a cyclone's
  colonial buildings, temples burned in riots, paintings looted from a castle in 1939, a citadel seized and retaken,
  a gate restored; a crag's rockfall, a statue vandalised, a prehistoric cemetery dug up, a cathedral seized, a clock
  tower restored, two sites listed at one session), written and annotated by four helpers of the lead at the start
  of the 2026-12-03 fourth session, before any extractor ran on them. First contact of 09736f9 (the end of the third
  session), score.py strict F1: 0.35 (precision 0.75, recall 0.45, date accuracy 0.67), 0.40 (0.64, 0.35, 0.89),
  0.50 (0.78, 0.52, 0.83), 0.43 (0.77, 0.35, 0.90): mean 0.42.
- tests/heldout/fresh55 and fresh56 (6 texts each: a tremor's tower, a station fire, a palace looted in a
  revolution, a castle taken in the Thirty Years War, a dome reopened, a modern site listed; a flood's mission, a
  mosque set alight, a memorial's gate stolen, a fortress seized and retaken, a Roman theatre restored, a danger
  listing), written and annotated by two helpers of the lead in the same session while round 15 went on. First
  contact at afd5f73 (the round's first six rules) and at 09736f9 (before them), score.py strict F1: 0.57
  (precision 0.95, recall 0.49) and 0.14 (0.59, 0.37; date accuracy 0.30), the same at all three.
- tests/heldout/fresh57 and fresh58 (6 texts each: a quake's dzong, a parliament fire, a museum looted in a 1990s
  war, a crusader city taken, a synagogue reconsecrated, a tentative-list site inscribed; a storm's windmill, a Roman
  monument defaced, icons stolen from a monastery, a palace occupied and retaken, a palace rebuilt, an inscription
  and a deferral), written and annotated by two helpers of the lead in the same session, read only after round 15.
  First contact at 9cbd45a (round 15 done), score.py strict F1: 0.44 (precision 0.84, recall 0.52, date accuracy
  0.69) and 0.43 (0.92, 0.44, 0.73); at 09736f9 (before the round) 0.40 and 0.47: the round moved unseen text by
  +0.04 and -0.04.
"""
import importlib.util
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from builder.extract import claims_for_file
from builder.extract.publication import parse_published

HELDOUT = Path(__file__).parent / "heldout"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
# all reached 1.00 in the fourth round; floors a margin of one or two facts under it
FLOORS = {HELDOUT: 0.92, HELDOUT / "fresh": 0.90, HELDOUT / "fresh2": 0.90, HELDOUT / "fresh3": 0.92,
          HELDOUT / "fresh4": 0.84,  # fresh4: first contact 0.56; 0.90 after the fifth round
          HELDOUT / "fresh5": 0.65,  # fresh5: first contact 0.59; 0.72 after the round-4 fixes (tuned)
          HELDOUT / "fresh6": 0.55,  # fresh6: first contact 0.60, not tuned on
          HELDOUT / "fresh7": 0.60,  # fresh7: first contact 0.65 (traps, year/month dates); the old extractor 0.38
          HELDOUT / "fresh8": 0.72, HELDOUT / "fresh9": 0.72,  # first contact 0.36 and 0.51; 0.77 each tuned (built-in list only)
          # the lead's batches, first contact of the rebuilt extractor 0.26, 0.45, 0.17
          HELDOUT / "fresh10": 0.66, HELDOUT / "fresh11": 0.62, HELDOUT / "fresh12": 0.69,  # 0.73 after round 8 (coreference)
          # first contact 0.55 and 0.56 (the extractor at their writing), 0.55 and 0.61 (with the site and
          # event rounds written beside them, unseen): not tuned on
          HELDOUT / "fresh15": 0.75, HELDOUT / "fresh16": 0.73,  # 0.78 and 0.77 after round 7 (dates, recall)
          # first contact 0.47 and 0.34; 0.46 and 0.42 after the site and event rounds written without them;
          # after the site and the events-5 rounds that read their misses (tuned): see the docstring
          # fresh17 0.62 after the events-6 round (triggers by marks and means: Sungnyemun found)
          HELDOUT / "fresh17": 0.64, HELDOUT / "fresh18": 0.75,  # 0.67 and 0.75 after round 7; fresh18 0.78 after round 8
          # first contact 0.36 and 0.41 (the extractor at their writing, 8408775)
          # fresh19 0.315 in this file after both round-6 branches (a lucky match gone, dates of new claims)
          HELDOUT / "fresh19": 0.48, HELDOUT / "fresh20": 0.70,  # 0.51 and 0.69 after round 7 (recall); fresh20 0.74 after round 8
          # first contact 0.37 at ed78a80; 0.37 again after the round-6 branches, unseen; round 7 read it
          HELDOUT / "fresh21": 0.72,
          # the round-7 figures above, in this file's scoring 0.415 and 0.356; a margin of one fact
          HELDOUT / "fresh22": 0.60, HELDOUT / "fresh23": 0.36,  # fresh22 0.44 after round 8, 0.635 after round 9
          # not tuned on: 0.398 and 0.195 here; fresh26 0.26 (score.py) after round 8; after round 9 (names the
          # parse makes a patient, dates), still unseen: 0.508, 0.284, 0.250
          HELDOUT / "fresh24": 0.47, HELDOUT / "fresh25": 0.25, HELDOUT / "fresh26": 0.22,
          # first contact at f20f54e 0.35 and 0.31 (one article crashed); after round 9 0.436 (read by the lead) and
          # 0.481 (unseen); fresh29 first contact after round 9: 0.20, 0.60 after round 10 read it
          HELDOUT / "fresh27": 0.40, HELDOUT / "fresh28": 0.47, HELDOUT / "fresh29": 0.55,
          # first contact at e15fabe 0.49 and 0.32 (score.py); 0.52 and 0.43 after a few rules read their misses
          HELDOUT / "fresh30": 0.55, HELDOUT / "fresh31": 0.42,  # 0.62 and 0.47 after round 11
          # first contact at 4436154: 0.33, 0.42, 0.47 (score.py); floors a fact or two under
          HELDOUT / "fresh32": 0.50, HELDOUT / "fresh33": 0.40, HELDOUT / "fresh34": 0.52,  # 0.57, 0.45, 0.60 after round 12
          # first contact at 09377d5 (end of round 11): 0.50, 0.38, 0.45, 0.33 (score.py); 191f912 (the round's
          # start): 0.47, 0.40, 0.45, 0.31; floors a fact or two under what they score here now
          HELDOUT / "fresh35": 0.50, HELDOUT / "fresh36": 0.35, HELDOUT / "fresh37": 0.45, HELDOUT / "fresh38": 0.36,
          # first contact at 23d5092: 0.53, 0.30, 0.48, 0.40 (score.py); after round 12 0.68, 0.55 (read), 0.56, 0.39;
          # all read since: 0.68, 0.58, 0.65, 0.43
          HELDOUT / "fresh39": 0.62, HELDOUT / "fresh40": 0.52, HELDOUT / "fresh41": 0.58, HELDOUT / "fresh42": 0.42,
          # first contact at 9f7cc31: 0.36, 0.45, 0.35, 0.32 (score.py); fresh43 and fresh44 read for round 13 (0.55,
          # 0.54); fresh45 and fresh46 unread until it was done: 0.34 and 0.32 at afae77b
          HELDOUT / "fresh43": 0.50, HELDOUT / "fresh44": 0.50, HELDOUT / "fresh45": 0.34, HELDOUT / "fresh46": 0.42,
          # first contact at 2cfd58e (and at 9f7cc31, the same): 0.42, 0.19 (score.py)
          HELDOUT / "fresh47": 0.50, HELDOUT / "fresh48": 0.20,
          # first contact at 7328759 (and at 9f7cc31, the same): 0.27, 0.22 (score.py)
          HELDOUT / "fresh49": 0.28, HELDOUT / "fresh50": 0.18,
          # first contact at 09736f9: 0.35, 0.40, 0.50, 0.43 (score.py)
          HELDOUT / "fresh51": 0.40, HELDOUT / "fresh52": 0.35, HELDOUT / "fresh53": 0.45, HELDOUT / "fresh54": 0.38,
          # first contact at 09736f9 and afd5f73 (the same): 0.57, 0.14 (score.py)
          HELDOUT / "fresh55": 0.52, HELDOUT / "fresh56": 0.18,
          # first contact at 9cbd45a: 0.44, 0.43 (score.py); at 09736f9 0.40, 0.47
          HELDOUT / "fresh57": 0.40, HELDOUT / "fresh58": 0.38}


def _scorer():
    """score.py's own matching when the shared folder is there; otherwise the same rules, restated."""
    if SCORER.exists():
        spec = importlib.util.spec_from_file_location("heldout_score", SCORER)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod.match, mod.date_ok, mod.SCORED_EVENTS
    return _match, _date_ok, SCORED


SCORED = {"seized", "recaptured", "destroyed", "damaged", "looted", "restored", "inscribed"}
GENERIC = {"the", "a", "an", "of", "ancient", "city", "site", "historic", "archaeological", "old", "in", "at"}


def _words(name):
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return frozenset(t for t in re.findall(r"[a-z0-9]+", text) if t not in GENERIC)


def _fact_names(f):
    names = [f["site"], *re.split(r"\s*[()]\s*|\s+-\s+|,\s*", f["site"]), *(f.get("aliases_in_text") or [])]
    return {w for w in map(_words, names) if w}


def _claim_names(c):
    return {w for w in map(_words, [c.get("site") or "", c.get("mention") or "", *(c.get("aliases") or [])]) if w}


def _date_ok(c, f):
    want = {f.get("date")} | set(f.get("date_acceptable") or [])
    return c.get("date") in {None if w is None else str(w) for w in want}


def _match(claims, facts):
    pairs = []
    for i, c in enumerate(claims):
        for j, f in enumerate(facts):
            if c.get("event") in {f["event"], *(f.get("event_acceptable") or [])} and _claim_names(c) & _fact_names(f):
                pairs.append((2 * _date_ok(c, f), i, j))
    used_c, used_f, out = set(), set(), []
    for _, i, j in sorted(pairs, key=lambda p: -p[0]):
        if i not in used_c and j not in used_f:
            used_c.add(i), used_f.add(j), out.append((i, j))
    return out


def strict_f1(corpus: Path = HELDOUT) -> float:
    match, date_ok, scored = _scorer()
    meta = yaml.safe_load((corpus / "articles.yml").read_text())["articles"]
    truth = yaml.safe_load((corpus / "truth.yml").read_text())["articles"]
    n_claims = strict_hit = strict_req = required = 0
    for a in meta:
        published = parse_published(str(a["publication_date"]))  # EDTF: a year or month is kept as given
        _, claims = claims_for_file(corpus / "articles" / a["file"], published, None)
        claims = [c for c in claims if c["event"] in scored]
        facts = truth[a["slug"]]["facts"]
        req = {j for j, f in enumerate(facts) if not f.get("optional")}
        strict = {j for i, j in match(claims, facts) if date_ok(claims[i], facts[j])}
        n_claims += len(claims)
        strict_hit += len(strict)
        strict_req += len(strict & req)
        required += len(req)
    p = strict_hit / n_claims if n_claims else 0.0
    r = strict_req / required if required else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


@pytest.mark.parametrize("corpus", list(FLOORS), ids=[str(c.relative_to(HELDOUT.parent)) for c in FLOORS])
def test_heldout_strict_f1_does_not_regress(corpus):
    assert strict_f1(corpus) >= FLOORS[corpus]


def test_local_matching_agrees_with_the_shared_scorer():
    """The fallback restatement gives the same pairs as score.py on a small case."""
    claims = [{"site": "Temple of Bel", "event": "destroyed", "date": "2015-08-30"},
              {"site": "Palmyra", "event": "destroyed", "date": None}]
    facts = [{"site": "Temple of Bel", "event": "destroyed", "event_acceptable": ["damaged"], "date": "2015-08-30"}]
    assert _match(claims, facts) == [(0, 0)]
    if SCORER.exists():
        assert _scorer()[0](claims, facts) == [(0, 0)]
