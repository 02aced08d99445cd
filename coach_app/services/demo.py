"""Demo data: a lived-in vault of synthetic coachees, for newcomers, the GUI and the benchmark.

``generate`` fills an open vault with coachees from several countries, their goals (with Goal
Attainment Scaling levels), about a year of sessions each (mostly GROW, also OSKAR, CLEAR,
experiment cards, intervision and action-learning sets), experiments agreed in one session and
reviewed in a later one, and the measures of ``INSTRUMENTS.md`` (confidence, GAS, GSE,
empowerment, team psychological safety) scored the way the app scores them. Notes are written in
English, Dutch, French, Swedish and German, composed from the phrase banks below, so search can
be tried on real diacritics ("securite" finds "sécurité").

Everything comes from one ``random.Random(seed)``, ids and timestamps included, so a seed (and a
``today``) gives the same vault every time.

Speed: the benchmark asks for 100,000 sessions in two minutes. Going through the ORM (one object
per row, and the after-flush hook writing the search index one statement at a time) halves the
throughput, so rows are written with Core ``executemany`` in one transaction per coachee, and the
search index is written in the same transaction from ``search_index.document_for``, the function
the hook itself uses, so the index holds exactly what an ORM save would have put there.
"""

from __future__ import annotations

import random
import time
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock
from typing import Any

from sqlalchemy import insert, text

from coach_app.models import (
    TEMPLATE_SECTIONS,
    Coachee,
    CoachingSession,
    Experiment,
    Goal,
    Measurement,
)
from coach_app.models.search_index import Indexed, document_for, search_docs
from coach_app.vault.vault import Vault

Progress = Callable[[int, int], None]

LANGUAGES = ("en", "nl", "fr", "sv", "de")
THEMES = ("delegation", "voice", "feedback", "energy", "influence")

# How often each language is a coachee's note language after the first five coachees (which get
# one language each, so even a tiny demo vault shows all five).
_LANGUAGE_WEIGHTS = (35, 20, 15, 15, 15)

# GROW is what most coaches reach for; the rest give every template screen something to show.
_TEMPLATE_WEIGHTS = {
    "grow": 44,
    "oskar": 12,
    "clear": 10,
    "pdsa": 10,
    "free": 10,
    "action_learning": 8,
    "intervision": 6,
}

# ---- phrase banks ---------------------------------------------------------------------------
# Slots, filled once per session so a note talks about one topic and one person:
# {who}/{Who} someone as the subject of a sentence; {with_who} "with <someone>";
# {topic} after "about" (German: accusative); {at_meeting} "in <a meeting>"; {day} a weekday;
# {n} a small number; {conf} and {conf_prev} confidence ratings.

_SLOTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "who": (
            "the manager",
            "the director",
            "a senior colleague",
            "the new product owner",
            "the works council",
            "the CFO",
            "HR",
        ),
        "with_who": (
            "with the manager",
            "with the director",
            "with a senior colleague",
            "with the new product owner",
            "with the CFO",
        ),
        "topic": (
            "the reorganisation",
            "the quarterly planning",
            "the budget round",
            "the new roster",
            "the merger with the regional office",
            "the annual reviews",
            "the move to the new building",
        ),
        "at_meeting": (
            "in the Monday stand-up",
            "in the leadership meeting",
            "at the team day",
            "in the steering group",
            "in the weekly one-to-one",
        ),
        "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    },
    "nl": {
        "who": (
            "de leidinggevende",
            "de directeur",
            "een ervaren collega",
            "de nieuwe productowner",
            "de ondernemingsraad",
            "de controller",
            "HR",
        ),
        "with_who": (
            "met de leidinggevende",
            "met de directeur",
            "met een ervaren collega",
            "met de nieuwe productowner",
            "met de controller",
        ),
        "topic": (
            "de reorganisatie",
            "de kwartaalplanning",
            "de begrotingsronde",
            "het nieuwe rooster",
            "de fusie met de regio",
            "de jaargesprekken",
            "de verhuizing naar het nieuwe pand",
        ),
        "at_meeting": (
            "in het MT-overleg",
            "in de weekstart",
            "op de teamdag",
            "in de stuurgroep",
            "in het werkoverleg",
        ),
        "day": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"),
    },
    "fr": {
        "who": (
            "la directrice",
            "le manager",
            "une collègue expérimentée",
            "le nouveau product owner",
            "le comité social",
            "le directeur financier",
            "la DRH",
        ),
        "with_who": (
            "avec la directrice",
            "avec le manager",
            "avec une collègue expérimentée",
            "avec le nouveau product owner",
            "avec le directeur financier",
        ),
        "topic": (
            "la réorganisation",
            "le budget",
            "la planification trimestrielle",
            "le nouveau planning",
            "la fusion avec le site de Lille",
            "les entretiens annuels",
            "le déménagement",
        ),
        "at_meeting": (
            "en comité de direction",
            "pendant la réunion d'équipe du lundi",
            "lors du séminaire d'équipe",
            "en comité de pilotage",
            "pendant le point hebdomadaire",
        ),
        "day": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    },
    "sv": {
        "who": (
            "chefen",
            "verksamhetschefen",
            "en erfaren kollega",
            "den nya produktägaren",
            "facket",
            "ekonomichefen",
            "HR",
        ),
        "with_who": (
            "med chefen",
            "med verksamhetschefen",
            "med en erfaren kollega",
            "med den nya produktägaren",
            "med ekonomichefen",
        ),
        "topic": (
            "omorganisationen",
            "kvartalsplaneringen",
            "budgeten",
            "det nya schemat",
            "sammanslagningen med regionkontoret",
            "medarbetarsamtalen",
            "flytten till nya lokaler",
        ),
        "at_meeting": (
            "på ledningsgruppsmötet",
            "på måndagsmötet",
            "på teamdagen",
            "i styrgruppen",
            "på veckoavstämningen",
        ),
        "day": ("måndag", "tisdag", "onsdag", "torsdag", "fredag"),
    },
    "de": {
        "who": (
            "die Vorgesetzte",
            "der Bereichsleiter",
            "eine erfahrene Kollegin",
            "der neue Product Owner",
            "der Betriebsrat",
            "die Geschäftsführung",
            "die Personalabteilung",
        ),
        "with_who": (
            "mit der Vorgesetzten",
            "mit dem Bereichsleiter",
            "mit einer erfahrenen Kollegin",
            "mit dem neuen Product Owner",
            "mit der Geschäftsführung",
        ),
        "topic": (
            "die Umstrukturierung",
            "die Quartalsplanung",
            "das Budget",
            "den neuen Dienstplan",
            "die Fusion mit dem Standort Nord",
            "die Jahresgespräche",
            "den Umzug ins neue Gebäude",
        ),
        "at_meeting": (
            "im Jour fixe",
            "in der Führungsrunde",
            "beim Teamtag",
            "im Lenkungskreis",
            "in der Montagsrunde",
        ),
        "day": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    },
}

# Sentence families; a template section draws from one or two of them.
_PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "aim": (
            "Wants to leave today with one concrete step on {topic}.",
            "Came in with: how do I stop being the bottleneck for my team?",
            "Focus for today: preparing the conversation {with_who} next {day}.",
            "Would like to understand why the same tension keeps coming back {at_meeting}.",
            "Goal for this hour: separate the noise from what really matters this quarter.",
            "Asked to look at energy; evenings are disappearing into e-mail again.",
            "Wants a way to say no without damaging the relationship {with_who}.",
            "Theme of the session: being heard {at_meeting} instead of rehearsing and staying "
            "silent.",
        ),
        "situation": (
            "Describes {n} weeks of firefighting since the news about {topic}; sleep is worse.",
            "{Who} keeps asking for updates outside the agreed rhythm.",
            "Said twice that 'it is probably just me'. I reflected that back.",
            "Team of {n}0 people, two of them new since spring; onboarding falls mostly on the "
            "coachee.",
            "Gave feedback to one team member last week. It felt clumsy, but the relationship "
            "held.",
            "Still answers every question in the team chat within minutes, also in the evening.",
            "Sees the point of the decision about {topic}, but feels no ownership; it was made "
            "two levels up.",
            "Asked what already works: the one-to-ones on {day} are real conversations now.",
            "Energy around {conf} out of 10, better than last time.",
        ),
        "explore": (
            "Options named: hand over the weekly report, block focus time, ask for a clearer "
            "mandate.",
            "What would a leader you admire do here? Long pause, then: 'ask the team first'.",
            "Explored what is at stake if nothing changes: losing the two strongest people.",
            "Looked at the pattern: takes over when the deadline is close and the stakes feel "
            "high.",
            "Sorted what is inside and outside the circle of influence; more inside than expected.",
            "Tried the question 'what would make this ten percent easier?'. Two small ideas came "
            "up.",
            "Rehearsed the opening sentence for the talk about {topic}; the second version "
            "sounded much calmer.",
            "Could accept a slightly worse result if the team learns from it.",
        ),
        "commit": (
            "Will block two mornings a week for strategic work and tell the team why.",
            "Sends the agenda about {topic} by {day}.",
            "Will notice the urge to step in, and wait ten seconds before saying anything.",
            "Commitment: one open question before giving an opinion {at_meeting}.",
            "Will talk about expectations {with_who} before the end of the month.",
            "Next step is small on purpose: one delegated decision, reviewed together afterwards.",
            "Confidence to do this: about {conf} out of 10.",
        ),
        "scaling": (
            "Puts it at {conf}/10. Not lower, because the team already handles the routine "
            "questions.",
            "{conf} out of 10 today. One point up would be leaving before six twice a week.",
            "Scaled {conf}, last time {conf_prev}. What made the difference: the talk {with_who}.",
            "Somewhere around {conf}. What keeps it there: the support of one colleague.",
        ),
        "review": (
            "Looked back at the last agreement; more happened than the coachee first remembered.",
            "The agreed step was taken once, not three times, and that was enough to learn from.",
            "Went well since last time: had the difficult conversation, and it was shorter than "
            "feared.",
            "Nothing tried since last session: holidays and a sick child. No judgement; picked it "
            "up again.",
            "Agreement from last time partly done, the rest consciously postponed.",
        ),
        "affirm": (
            "Affirmed the courage it took to raise this {at_meeting}.",
            "Noted how clearly the coachee now describes the own pattern.",
            "Named the progress: three months ago this would not have been discussed at all.",
            "Acknowledged the care for the team underneath the urge to control.",
        ),
        "case": (
            "Case-giver: team lead in a logistics company; conflict between two senior planners.",
            "Case from a peer coach: a coachee who cancels every other session.",
            "Problem owner: programme manager whose steering group keeps shifting priorities.",
            "Case-giver works on a hospital ward; new roster system, staff feel unheard.",
        ),
        "question": (
            "Key question: how do I stay neutral when I have an opinion about the solution?",
            "Key question: what is my part in the fact that nobody speaks up in the team meeting?",
            "Key question: how do I hand over the project without losing sight of quality?",
            "Key question: where is the line between coaching and managing in my role?",
        ),
        "clarify": (
            "Who else knows? Since when? What has been tried already?",
            "The group asked what the case-giver would lose if the conflict were solved tomorrow.",
            "Questions about the mandate: who decides on the roster, in practice and on paper?",
            "Asked what the manager expects, and whether that was ever said out loud.",
        ),
        "ideas": (
            "Ideas: make the unspoken rules visible, a short check-in round, ask for help openly.",
            "One member suggested not solving it: name the tension and ask the team what it needs.",
            "Try a retrospective led by someone from outside the team.",
            "Share your own doubt first; others may follow.",
        ),
        "helped": (
            "The question about the own part landed hardest, said the case-giver.",
            "What helped: hearing that others struggle with the same thing.",
            "Takes away one concrete step and a first sentence for the conversation.",
            "Realised halfway that the key question had changed; that was the insight.",
        ),
        "notes": (
            "Next session moved to {day}; coachee is travelling.",
            "Sent the short article on the ladder of inference afterwards.",
            "Three-way meeting {with_who} to be planned before the mid-term review.",
            "Coachee asked for a summary of the goals to share at the team day.",
            "Online today; camera off for the first ten minutes, by choice.",
            "Arrived late after an incident at work; shortened session.",
        ),
        "reflection": (
            "I noticed I wanted to rescue. Held back, and the coachee found the answer.",
            "Was I too directive today? Offered two options instead of asking one more question.",
            "Something about authority triggers me here; take it to supervision.",
            "The energy dropped when the manager came up. Follow up next time.",
            "Good session. The silence after the scaling question did the work.",
            "I talked too much in the first half. Shorter questions next time.",
        ),
        "context": (
            "Referred by HR after a 360 round.",
            "Self-referred; pays part of the programme personally.",
            "Three-way contract with the line manager signed at the start.",
            "Has had coaching before and knows what helps: direct questions.",
        ),
    },
    "nl": {
        "aim": (
            "Wil vandaag weg met één concrete stap rond {topic}.",
            "Kwam binnen met: hoe zorg ik dat ik niet langer de bottleneck van mijn team ben?",
            "Focus vandaag: het gesprek {with_who} van aanstaande {day} voorbereiden.",
            "Wil begrijpen waarom dezelfde spanning steeds terugkomt {at_meeting}.",
            "Doel voor dit uur: scheiden wat ruis is en wat dit kwartaal echt telt.",
            "Wil naar energie kijken; de avonden verdwijnen weer in de mail.",
            "Zoekt een manier om nee te zeggen zonder de relatie {with_who} te beschadigen.",
            "Thema: gehoord worden {at_meeting} in plaats van repeteren en zwijgen.",
        ),
        "situation": (
            "Beschrijft {n} weken brandjes blussen sinds het nieuws over {topic}; slaapt slechter.",
            "{Who} vraagt steeds om updates buiten het afgesproken ritme.",
            "Zei twee keer 'het ligt waarschijnlijk aan mij'. Dat heb ik teruggegeven.",
            "Team van {n}0 mensen, twee nieuw sinds het voorjaar; het inwerken komt vooral bij "
            "de coachee terecht.",
            "Gaf vorige week feedback aan een teamlid. Voelde onhandig, maar de relatie bleef "
            "goed.",
            "Beantwoordt nog steeds elke vraag in de teamapp binnen een paar minuten, ook 's "
            "avonds.",
            "Snapt het besluit over {topic}, maar voelt geen eigenaarschap; het is twee lagen "
            "hoger genomen.",
            "Gevraagd wat al werkt: de één-op-ééns op {day} zijn nu echte gesprekken.",
            "Energie rond de {conf} op 10, beter dan de vorige keer.",
        ),
        "explore": (
            "Opties: de weekrapportage overdragen, focustijd blokken, om een helderder mandaat "
            "vragen.",
            "Wat zou een leider die je bewondert hier doen? Lange stilte, dan: 'eerst het team "
            "vragen'.",
            "Verkend wat er op het spel staat als er niets verandert: de twee sterkste mensen "
            "vertrekken.",
            "Het patroon bekeken: neemt het over als de deadline dichtbij is en er veel op het "
            "spel staat.",
            "Gesorteerd wat binnen en buiten de eigen invloed ligt; meer erbinnen dan gedacht.",
            "De vraag 'wat zou dit tien procent makkelijker maken?' leverde twee kleine ideeën op.",
            "De openingszin voor het gesprek over {topic} geoefend; de tweede versie klonk veel "
            "rustiger.",
            "Kan een iets minder resultaat accepteren als het team ervan leert.",
        ),
        "commit": (
            "Blokt twee ochtenden per week voor strategisch werk en legt het team uit waarom.",
            "Stuurt de agenda over {topic} uiterlijk {day} rond.",
            "Gaat de neiging om in te grijpen opmerken en tien tellen wachten.",
            "Afspraak: eerst één open vraag stellen en dan pas een mening geven {at_meeting}.",
            "Bespreekt de verwachtingen {with_who} voor het einde van de maand.",
            "De volgende stap is bewust klein: één gedelegeerd besluit, daarna samen geëvalueerd.",
            "Vertrouwen dat het lukt: ongeveer een {conf} op 10.",
        ),
        "scaling": (
            "Geeft zichzelf een {conf}. Niet lager, omdat het team de routinevragen al zelf "
            "oppakt.",
            "Vandaag een {conf} op 10. Eén punt hoger: twee keer per week voor zessen naar huis.",
            "Schaalt op {conf}, vorige keer {conf_prev}. Het verschil: het gesprek {with_who}.",
            "Ergens rond de {conf}. Wat het daar houdt: de steun van één collega.",
        ),
        "review": (
            "Teruggekeken op de vorige afspraak; er was meer gebeurd dan de coachee zich eerst "
            "herinnerde.",
            "De afgesproken stap één keer gezet in plaats van drie keer, en dat was genoeg om van "
            "te leren.",
            "Ging goed sinds de vorige keer: het moeilijke gesprek gevoerd, korter dan gevreesd.",
            "Niets geprobeerd sinds de vorige sessie: vakantie en een ziek kind. Geen oordeel, "
            "opnieuw opgepakt.",
            "Afspraak van de vorige keer deels gedaan, de rest bewust uitgesteld.",
        ),
        "affirm": (
            "Benoemd hoeveel moed het kostte om dit in te brengen {at_meeting}.",
            "Teruggegeven hoe helder de coachee het eigen patroon nu beschrijft.",
            "De vooruitgang benoemd: drie maanden geleden was dit niet eens bespreekbaar.",
            "Erkend dat onder de neiging tot controle veel zorg voor het team zit.",
        ),
        "case": (
            "Inbrenger: teamleider bij een logistiek bedrijf; conflict tussen twee senior "
            "planners.",
            "Casus van een collega-coach: een coachee die elke tweede sessie afzegt.",
            "Probleemeigenaar: programmamanager van wie de stuurgroep steeds de prioriteiten "
            "verschuift.",
            "Inbrenger werkt op een verpleegafdeling; nieuw roostersysteem, medewerkers voelen "
            "zich niet gehoord.",
        ),
        "question": (
            "Kernvraag: hoe blijf ik neutraal als ik zelf een mening over de oplossing heb?",
            "Kernvraag: wat is mijn aandeel in het feit dat niemand iets zegt in het teamoverleg?",
            "Kernvraag: hoe draag ik het project over zonder de kwaliteit uit het oog te "
            "verliezen?",
            "Kernvraag: waar ligt in mijn rol de grens tussen coachen en sturen?",
        ),
        "clarify": (
            "Wie weet er nog meer van? Sinds wanneer? Wat is al geprobeerd?",
            "De groep vroeg wat de inbrenger zou verliezen als het conflict morgen opgelost was.",
            "Vragen over het mandaat: wie beslist over het rooster, in de praktijk en op papier?",
            "Gevraagd wat de leidinggevende verwacht, en of dat ooit hardop is gezegd.",
        ),
        "ideas": (
            "Ideeën: de ongeschreven regels zichtbaar maken, een korte check-in, openlijk om "
            "hulp vragen.",
            "Iemand stelde voor het niet op te lossen: de spanning benoemen en het team vragen "
            "wat het nodig heeft.",
            "Een retrospective laten leiden door iemand van buiten het team.",
            "Deel eerst je eigen twijfel; anderen volgen misschien.",
        ),
        "helped": (
            "De vraag naar het eigen aandeel kwam het hardst binnen, zei de inbrenger.",
            "Wat hielp: horen dat anderen met hetzelfde worstelen.",
            "Neemt één concrete stap mee en een eerste zin voor het gesprek.",
            "Halverwege gemerkt dat de kernvraag was veranderd; dat was het inzicht.",
        ),
        "notes": (
            "Volgende sessie verzet naar {day}; coachee is op reis.",
            "Na afloop het korte artikel over de ladder van conclusies gestuurd.",
            "Driegesprek {with_who} inplannen voor de tussenevaluatie.",
            "Coachee vroeg om een samenvatting van de doelen voor de teamdag.",
            "Vandaag online; camera de eerste tien minuten uit, bewust.",
            "Kwam te laat na een incident op het werk; sessie ingekort.",
        ),
        "reflection": (
            "Ik merkte dat ik wilde redden. Me ingehouden, en de coachee vond het antwoord zelf.",
            "Was ik vandaag te sturend? Twee opties aangereikt in plaats van nog één vraag te "
            "stellen.",
            "Iets met autoriteit raakt mij hier; meenemen naar supervisie.",
            "De energie zakte toen de leidinggevende ter sprake kwam. Volgende keer op terugkomen.",
            "Goede sessie. De stilte na de schaalvraag deed het werk.",
            "Ik praatte te veel in de eerste helft. Volgende keer kortere vragen.",
        ),
        "context": (
            "Aangemeld door HR na een 360-gradenfeedbackronde.",
            "Zelf aangemeld; betaalt een deel van het traject zelf.",
            "Driehoekscontract met de leidinggevende bij de start getekend.",
            "Heeft eerder coaching gehad en weet wat helpt: directe vragen.",
        ),
    },
    "fr": {
        "aim": (
            "Veut repartir aujourd'hui avec une étape concrète sur {topic}.",
            "Arrive avec la question : comment ne plus être le goulot d'étranglement de mon "
            "équipe ?",
            "Objectif du jour : préparer l'entretien {with_who} de {day} prochain.",
            "Souhaite comprendre pourquoi la même tension revient toujours {at_meeting}.",
            "But de la séance : distinguer le bruit de ce qui compte vraiment ce trimestre.",
            "Veut parler d'énergie ; les soirées disparaissent de nouveau dans les e-mails.",
            "Cherche une façon de dire non sans abîmer la relation {with_who}.",
            "Thème : être entendu·e {at_meeting} au lieu de répéter dans sa tête et se taire.",
        ),
        "situation": (
            "Décrit {n} semaines à éteindre des incendies depuis l'annonce sur {topic} ; dort "
            "moins bien.",
            "{Who} demande sans cesse des points d'avancement hors du rythme convenu.",
            "A dit deux fois « c'est sans doute moi le problème ». Je le lui ai reflété.",
            "Équipe de {n}0 personnes, dont deux nouvelles depuis le printemps ; l'intégration "
            "repose surtout sur le coaché.",
            "A fait un retour à un membre de l'équipe la semaine dernière. Maladroit, mais la "
            "relation a tenu.",
            "Répond encore à chaque question sur la messagerie d'équipe en quelques minutes, "
            "même le soir.",
            "Comprend la décision sur {topic}, mais ne s'en sent pas propriétaire ; elle a été "
            "prise deux niveaux plus haut.",
            "Ce qui marche déjà : les entretiens individuels du {day} sont devenus de vrais "
            "échanges.",
            "Énergie autour de {conf} sur 10, mieux que la dernière fois.",
        ),
        "explore": (
            "Options : confier le rapport hebdomadaire, bloquer du temps de concentration, "
            "demander un mandat plus clair.",
            "Que ferait un leader que vous admirez ? Long silence, puis : « demander d'abord à "
            "l'équipe ».",
            "Exploré l'enjeu si rien ne change : perdre les deux personnes les plus solides.",
            "Regardé le schéma : reprend la main quand l'échéance approche et que l'enjeu paraît "
            "élevé.",
            "Trié ce qui est dans ou hors de sa zone d'influence ; plus de choses dedans que "
            "prévu.",
            "La question « qu'est-ce qui rendrait ceci dix pour cent plus facile ? » a fait "
            "émerger deux petites idées.",
            "Répété la phrase d'ouverture pour parler sur {topic} ; la deuxième version était "
            "bien plus posée.",
            "Pourrait accepter un résultat un peu moins bon si l'équipe en tire des leçons.",
            "Parlé de sécurité psychologique : qui ose dire « je ne sais pas » dans l'équipe ?",
        ),
        "commit": (
            "Va bloquer deux matinées par semaine pour le travail stratégique et expliquer "
            "pourquoi à l'équipe.",
            "Envoie l'ordre du jour sur {topic} d'ici {day}.",
            "Va remarquer l'envie d'intervenir, et attendre dix secondes avant de parler.",
            "Engagement : une question ouverte avant de donner son avis {at_meeting}.",
            "Va clarifier les attentes {with_who} avant la fin du mois.",
            "Prochaine étape volontairement petite : une décision déléguée, puis un bilan "
            "ensemble.",
            "Confiance pour le faire : environ {conf} sur 10.",
        ),
        "scaling": (
            "Se situe à {conf}/10. Pas plus bas, parce que l'équipe gère déjà les questions "
            "courantes.",
            "{conf} sur 10 aujourd'hui. Un point de plus : partir avant dix-huit heures deux "
            "fois par semaine.",
            "Se place à {conf}, la dernière fois {conf_prev}. La différence : l'échange "
            "{with_who}.",
            "Autour de {conf}. Ce qui tient ce chiffre : le soutien d'une collègue.",
        ),
        "review": (
            "Retour sur l'engagement précédent ; il s'est passé plus de choses que le coaché ne "
            "s'en souvenait.",
            "L'étape convenue a été faite une fois, pas trois, et c'était assez pour apprendre.",
            "Ce qui s'est bien passé : la conversation difficile a eu lieu, plus courte que "
            "redouté.",
            "Rien d'essayé depuis la dernière séance : vacances et un enfant malade. Sans "
            "jugement, on a repris.",
            "Engagement de la dernière fois en partie réalisé, le reste reporté en conscience.",
        ),
        "affirm": (
            "Reconnu le courage qu'il a fallu pour aborder ce point {at_meeting}.",
            "Souligné la clarté avec laquelle le coaché décrit maintenant son propre schéma.",
            "Nommé le progrès : il y a trois mois, ce sujet n'aurait même pas été abordé.",
            "Reconnu le soin pour l'équipe qui se cache sous le besoin de contrôle.",
        ),
        "case": (
            "Porteur du cas : chef d'équipe dans une entreprise de logistique ; conflit entre "
            "deux planificateurs.",
            "Cas apporté par une consœur : une coachée qui annule une séance sur deux.",
            "Porteuse du problème : directrice de programme dont le comité de pilotage change "
            "sans cesse les priorités.",
            "Le porteur du cas travaille dans un service hospitalier ; nouveau logiciel de "
            "planning, le personnel ne se sent pas entendu.",
        ),
        "question": (
            "Question clé : comment rester neutre quand j'ai un avis sur la solution ?",
            "Question clé : quelle est ma part dans le fait que personne ne prend la parole en "
            "réunion ?",
            "Question clé : comment transmettre le projet sans perdre de vue la qualité ?",
            "Question clé : où est la limite entre coacher et diriger dans mon rôle ?",
        ),
        "clarify": (
            "Qui d'autre est au courant ? Depuis quand ? Qu'est-ce qui a déjà été tenté ?",
            "Le groupe a demandé ce que le porteur perdrait si le conflit était réglé demain.",
            "Questions sur le mandat : qui décide du planning, en pratique et sur le papier ?",
            "Demandé ce que la hiérarchie attend, et si cela a déjà été dit à voix haute.",
        ),
        "ideas": (
            "Idées : rendre visibles les règles non dites, un court tour de météo, demander de "
            "l'aide ouvertement.",
            "Une participante propose de ne pas résoudre : nommer la tension et demander à "
            "l'équipe ce dont elle a besoin.",
            "Faire animer une rétrospective par quelqu'un d'extérieur à l'équipe.",
            "Partager d'abord son propre doute ; d'autres suivront peut-être.",
        ),
        "helped": (
            "La question sur sa propre part a le plus touché, dit le porteur du cas.",
            "Ce qui a aidé : entendre que d'autres se débattent avec la même chose.",
            "Repart avec une étape concrète et une première phrase pour l'entretien.",
            "S'est rendu compte en cours de route que la question clé avait changé ; c'était "
            "ça, la prise de conscience.",
        ),
        "notes": (
            "Prochaine séance déplacée au {day} ; le coaché est en déplacement.",
            "Envoyé ensuite le court article sur l'échelle d'inférence.",
            "Entretien tripartite {with_who} à planifier avant le bilan intermédiaire.",
            "Le coaché a demandé un résumé des objectifs pour la journée d'équipe.",
            "En visio aujourd'hui ; caméra coupée les dix premières minutes, par choix.",
            "Arrivé en retard après un incident au travail ; séance écourtée.",
        ),
        "reflection": (
            "J'ai remarqué mon envie de sauver. Je me suis retenue, et la réponse est venue du "
            "coaché.",
            "Trop directive aujourd'hui ? J'ai proposé deux options au lieu de poser une "
            "question de plus.",
            "Quelque chose autour de l'autorité me touche ici ; à porter en supervision.",
            "L'énergie est retombée quand le manager a été évoqué. À reprendre la prochaine fois.",
            "Bonne séance. Le silence après la question d'échelle a fait le travail.",
            "J'ai trop parlé en première partie. Des questions plus courtes la prochaine fois.",
        ),
        "context": (
            "Orienté par les RH après un feedback à 360 degrés.",
            "Démarche personnelle ; finance une partie de l'accompagnement.",
            "Contrat tripartite signé avec le manager au démarrage.",
            "A déjà été coaché et sait ce qui l'aide : des questions directes.",
        ),
    },
    "sv": {
        "aim": (
            "Vill gå härifrån i dag med ett konkret steg kring {topic}.",
            "Kom in med: hur slutar jag vara flaskhalsen i mitt team?",
            "Fokus i dag: förbereda samtalet {with_who} på {day}.",
            "Vill förstå varför samma spänning hela tiden kommer tillbaka {at_meeting}.",
            "Mål för timmen: skilja bruset från det som verkligen räknas det här kvartalet.",
            "Vill titta på energin; kvällarna försvinner i mejl igen.",
            "Söker ett sätt att säga nej utan att skada relationen {with_who}.",
            "Tema: att bli hörd {at_meeting} i stället för att öva i huvudet och tiga.",
        ),
        "situation": (
            "Beskriver {n} veckor av brandsläckning sedan beskedet om {topic}; sover sämre.",
            "{Who} ber hela tiden om lägesrapporter utanför den överenskomna rytmen.",
            "Sa två gånger 'det är nog bara jag'. Jag speglade det.",
            "Team på {n}0 personer, två nya sedan i våras; introduktionen hamnar mest hos coachee.",
            "Gav återkoppling till en medarbetare förra veckan. Kändes klumpigt, men relationen "
            "höll.",
            "Svarar fortfarande på varje fråga i teamchatten inom några minuter, även på kvällen.",
            "Förstår beslutet om {topic}, men känner inget ägarskap; det togs två nivåer upp.",
            "Det som redan fungerar: enskilda samtal på {day} är nu riktiga samtal.",
            "Energin kring {conf} av 10, bättre än förra gången.",
        ),
        "explore": (
            "Alternativ: lämna över veckorapporten, blocka fokustid, be om ett tydligare mandat.",
            "Vad skulle en ledare du beundrar göra? Lång tystnad, sedan: 'fråga teamet först'.",
            "Utforskade vad som står på spel om inget förändras: att förlora de två starkaste.",
            "Tittade på mönstret: tar över när deadline närmar sig och insatserna känns höga.",
            "Sorterade vad som ligger inom och utanför påverkanscirkeln; mer inom än väntat.",
            "Frågan 'vad skulle göra det här tio procent lättare?' gav två små idéer.",
            "Övade öppningsmeningen för samtalet om {topic}; andra versionen lät mycket lugnare.",
            "Kan acceptera ett något sämre resultat om teamet lär sig av det.",
            "Pratade om förtroende och trygghet i gruppen: vem vågar säga 'jag vet inte'?",
        ),
        "commit": (
            "Blockar två förmiddagar i veckan för strategiskt arbete och förklarar varför för "
            "teamet.",
            "Skickar dagordningen om {topic} senast på {day}.",
            "Ska lägga märke till impulsen att gå in och vänta tio sekunder.",
            "Åtagande: en öppen fråga innan den egna åsikten {at_meeting}.",
            "Ska prata om förväntningar {with_who} före månadens slut.",
            "Nästa steg är medvetet litet: ett delegerat beslut, som vi följer upp tillsammans.",
            "Tilltro till att det går: ungefär {conf} av 10.",
        ),
        "scaling": (
            "Sätter sig på {conf}/10. Inte lägre, eftersom teamet redan tar rutinfrågorna.",
            "{conf} av 10 i dag. Ett steg upp vore att gå hem före sex två gånger i veckan.",
            "Skattar {conf}, förra gången {conf_prev}. Skillnaden: samtalet {with_who}.",
            "Någonstans kring {conf}. Det som håller siffran: stödet från en kollega.",
        ),
        "review": (
            "Följde upp förra överenskommelsen; mer hade hänt än coachee först mindes.",
            "Det överenskomna steget togs en gång, inte tre, och det räckte för att lära sig "
            "något.",
            "Gick bra sedan sist: det svåra samtalet blev av, och det var kortare än befarat.",
            "Inget prövat sedan förra sessionen: semester och ett sjukt barn. Utan dömande, vi "
            "tog upp det igen.",
            "Förra överenskommelsen delvis genomförd, resten medvetet uppskjuten.",
        ),
        "affirm": (
            "Bekräftade modet det krävde att ta upp detta {at_meeting}.",
            "Lyfte hur tydligt coachee nu beskriver sitt eget mönster.",
            "Satte ord på framstegen: för tre månader sedan hade detta inte ens diskuterats.",
            "Bekräftade omtanken om teamet som finns under behovet av kontroll.",
        ),
        "case": (
            "Fallägare: teamledare på ett logistikföretag; konflikt mellan två seniora planerare.",
            "Fall från en kollega: en coachee som ställer in varannan session.",
            "Problemägare: programchef vars styrgrupp hela tiden flyttar prioriteringarna.",
            "Fallägaren arbetar på en vårdavdelning; nytt schemasystem, personalen känner sig "
            "inte hörd.",
        ),
        "question": (
            "Nyckelfråga: hur förblir jag neutral när jag har en åsikt om lösningen?",
            "Nyckelfråga: vad är min del i att ingen säger något på teammötet?",
            "Nyckelfråga: hur lämnar jag över projektet utan att tappa kvaliteten?",
            "Nyckelfråga: var går gränsen mellan att coacha och att leda i min roll?",
        ),
        "clarify": (
            "Vilka mer vet? Sedan när? Vad har redan prövats?",
            "Gruppen frågade vad fallägaren skulle förlora om konflikten löstes i morgon.",
            "Frågor om mandatet: vem beslutar om schemat, i praktiken och på papperet?",
            "Frågade vad chefen förväntar sig, och om det någonsin sagts högt.",
        ),
        "ideas": (
            "Idéer: synliggöra de outtalade reglerna, en kort incheckning, be öppet om hjälp.",
            "En deltagare föreslog att inte lösa det: sätta ord på spänningen och fråga teamet "
            "vad det behöver.",
            "Låta någon utanför teamet leda en retrospektiv.",
            "Dela ditt eget tvivel först; andra följer kanske efter.",
        ),
        "helped": (
            "Frågan om den egna delen träffade hårdast, sa fallägaren.",
            "Det som hjälpte: att höra att andra brottas med samma sak.",
            "Tar med sig ett konkret steg och en första mening till samtalet.",
            "Märkte halvvägs att nyckelfrågan hade ändrats; det var insikten.",
        ),
        "notes": (
            "Nästa session flyttad till {day}; coachee är på resa.",
            "Skickade efteråt den korta artikeln om slutledningsstegen.",
            "Trepartssamtal {with_who} ska planeras före halvtidsavstämningen.",
            "Coachee bad om en sammanfattning av målen till teamdagen.",
            "Digitalt i dag; kameran av de första tio minuterna, som ett eget val.",
            "Kom sent efter en incident på jobbet; förkortad session.",
        ),
        "reflection": (
            "Jag märkte att jag ville rädda. Höll igen, och coachee hittade svaret själv.",
            "Var jag för styrande i dag? Gav två alternativ i stället för att ställa en fråga "
            "till.",
            "Något kring auktoritet väcker något i mig här; ta med till handledning.",
            "Energin sjönk när chefen kom på tal. Följ upp nästa gång.",
            "Bra session. Tystnaden efter skalfrågan gjorde jobbet.",
            "Jag pratade för mycket i första halvan. Kortare frågor nästa gång.",
        ),
        "context": (
            "Remitterad av HR efter en 360-gradersutvärdering.",
            "Sökte själv; betalar en del av programmet privat.",
            "Trepartskontrakt med närmaste chef påskrivet vid start.",
            "Har gått i coachning förut och vet vad som hjälper: raka frågor.",
        ),
    },
    "de": {
        "aim": (
            "Möchte heute mit einem konkreten Schritt für {topic} rausgehen.",
            "Kam mit der Frage: Wie höre ich auf, der Engpass für mein Team zu sein?",
            "Fokus heute: das Gespräch {with_who} am {day} vorbereiten.",
            "Will verstehen, warum dieselbe Spannung immer wieder auftaucht {at_meeting}.",
            "Ziel für diese Stunde: das Rauschen von dem trennen, was in diesem Quartal wirklich "
            "zählt.",
            "Möchte auf die Energie schauen; die Abende verschwinden wieder in E-Mails.",
            "Sucht einen Weg, Nein zu sagen, ohne die Beziehung {with_who} zu beschädigen.",
            "Thema: gehört werden {at_meeting}, statt im Kopf zu proben und zu schweigen.",
        ),
        "situation": (
            "Beschreibt {n} Wochen Feuerwehreinsätze seit der Nachricht über {topic}; schläft "
            "schlechter.",
            "{Who} fragt ständig nach Updates außerhalb des vereinbarten Rhythmus.",
            "Sagte zweimal „das liegt wahrscheinlich an mir“. Habe das gespiegelt.",
            "Team mit {n}0 Leuten, zwei davon neu seit dem Frühjahr; die Einarbeitung bleibt "
            "größtenteils am Coachee hängen.",
            "Hat letzte Woche einem Teammitglied Rückmeldung gegeben. Fühlte sich holprig an, "
            "aber die Beziehung hielt.",
            "Beantwortet immer noch jede Frage im Teamchat innerhalb von Minuten, auch abends.",
            "Versteht die Entscheidung über {topic}, fühlt sich aber nicht verantwortlich; sie "
            "fiel zwei Ebenen höher.",
            "Was schon funktioniert: die Einzelgespräche am {day} sind jetzt echte Gespräche.",
            "Energie etwa bei {conf} von 10, besser als beim letzten Mal.",
        ),
        "explore": (
            "Optionen: den Wochenbericht abgeben, Fokuszeit blocken, um ein klareres Mandat "
            "bitten.",
            "Was würde eine Führungskraft tun, die Sie bewundern? Lange Pause, dann: „erst das "
            "Team fragen“.",
            "Erkundet, was auf dem Spiel steht, wenn sich nichts ändert: die zwei Stärksten gehen.",
            "Das Muster angeschaut: übernimmt, wenn die Frist naht und viel auf dem Spiel steht.",
            "Sortiert, was im eigenen Einflussbereich liegt und was nicht; mehr drinnen als "
            "gedacht.",
            "Die Frage „was würde das zehn Prozent leichter machen?“ brachte zwei kleine Ideen.",
            "Den ersten Satz für das Gespräch über {topic} geübt; die zweite Fassung klang viel "
            "ruhiger.",
            "Könnte ein etwas schlechteres Ergebnis akzeptieren, wenn das Team daraus lernt.",
            "Über psychologische Sicherheit gesprochen: Wer traut sich im Team „ich weiß es "
            "nicht“ zu sagen?",
        ),
        "commit": (
            "Blockt zwei Vormittage pro Woche für strategische Arbeit und erklärt dem Team, warum.",
            "Schickt die Tagesordnung für {topic} bis {day} herum.",
            "Wird den Impuls bemerken, einzugreifen, und zehn Sekunden warten.",
            "Vereinbarung: erst eine offene Frage, dann die eigene Meinung {at_meeting}.",
            "Klärt die Erwartungen {with_who} bis Monatsende.",
            "Der nächste Schritt ist bewusst klein: eine delegierte Entscheidung, danach "
            "gemeinsam ausgewertet.",
            "Zuversicht, dass es klappt: etwa {conf} von 10.",
        ),
        "scaling": (
            "Sieht sich bei {conf}/10. Nicht niedriger, weil das Team Routinefragen schon "
            "selbst löst.",
            "Heute {conf} von 10. Ein Punkt mehr hieße: zweimal pro Woche vor sechs gehen.",
            "Skaliert auf {conf}, letztes Mal {conf_prev}. Der Unterschied: das Gespräch "
            "{with_who}.",
            "Ungefähr bei {conf}. Was die Zahl hält: die Unterstützung einer Kollegin.",
        ),
        "review": (
            "Auf die letzte Vereinbarung zurückgeschaut; es ist mehr passiert, als der Coachee "
            "zuerst erinnerte.",
            "Der vereinbarte Schritt wurde einmal gemacht, nicht dreimal, und das reichte zum "
            "Lernen.",
            "Lief gut seit dem letzten Mal: das schwierige Gespräch geführt, kürzer als "
            "befürchtet.",
            "Seit der letzten Sitzung nichts ausprobiert: Urlaub und ein krankes Kind. Ohne "
            "Urteil wieder aufgenommen.",
            "Vereinbarung vom letzten Mal teilweise erledigt, den Rest bewusst verschoben.",
        ),
        "affirm": (
            "Gewürdigt, wie viel Mut es brauchte, das anzusprechen {at_meeting}.",
            "Zurückgemeldet, wie klar der Coachee das eigene Muster jetzt beschreibt.",
            "Den Fortschritt benannt: vor drei Monaten wäre das gar nicht besprechbar gewesen.",
            "Die Fürsorge für das Team hinter dem Kontrollbedürfnis anerkannt.",
        ),
        "case": (
            "Fallgeberin: Teamleiterin in einem Logistikunternehmen; Konflikt zwischen zwei "
            "erfahrenen Disponenten.",
            "Fall eines Kollegen-Coaches: ein Coachee, der jede zweite Sitzung absagt.",
            "Problemeigner: Programmleiter, dessen Lenkungskreis ständig die Prioritäten "
            "verschiebt.",
            "Fallgeber arbeitet auf einer Krankenhausstation; neues Dienstplansystem, das "
            "Personal fühlt sich übergangen.",
        ),
        "question": (
            "Schlüsselfrage: Wie bleibe ich neutral, wenn ich eine Meinung zur Lösung habe?",
            "Schlüsselfrage: Was ist mein Anteil daran, dass in der Teambesprechung niemand "
            "etwas sagt?",
            "Schlüsselfrage: Wie übergebe ich das Projekt, ohne die Qualität aus dem Blick zu "
            "verlieren?",
            "Schlüsselfrage: Wo liegt in meiner Rolle die Grenze zwischen Coachen und Führen?",
        ),
        "clarify": (
            "Wer weiß noch davon? Seit wann? Was wurde schon versucht?",
            "Die Gruppe fragte, was der Fallgeber verlieren würde, wenn der Konflikt morgen "
            "gelöst wäre.",
            "Fragen zum Mandat: Wer entscheidet über den Dienstplan, in der Praxis und auf "
            "dem Papier?",
            "Gefragt, was die Führungskraft erwartet und ob das je laut gesagt wurde.",
        ),
        "ideas": (
            "Ideen: die ungeschriebenen Regeln sichtbar machen, eine kurze Check-in-Runde, offen "
            "um Hilfe bitten.",
            "Jemand schlug vor, es nicht zu lösen: die Spannung benennen und das Team fragen, "
            "was es braucht.",
            "Eine Retrospektive von jemandem außerhalb des Teams moderieren lassen.",
            "Zuerst den eigenen Zweifel teilen; andere folgen vielleicht.",
        ),
        "helped": (
            "Die Frage nach dem eigenen Anteil traf am meisten, sagte der Fallgeber.",
            "Was geholfen hat: zu hören, dass andere mit demselben ringen.",
            "Nimmt einen konkreten Schritt und einen ersten Satz für das Gespräch mit.",
            "Merkte auf halber Strecke, dass sich die Schlüsselfrage geändert hatte; das war "
            "die Einsicht.",
        ),
        "notes": (
            "Nächste Sitzung auf {day} verschoben; der Coachee ist auf Dienstreise.",
            "Danach den kurzen Artikel zur Leiter der Schlussfolgerungen geschickt.",
            "Dreiergespräch {with_who} vor der Zwischenbilanz einplanen.",
            "Der Coachee bat um eine Zusammenfassung der Ziele für den Teamtag.",
            "Heute online; Kamera die ersten zehn Minuten aus, bewusst so gewählt.",
            "Kam nach einem Vorfall bei der Arbeit zu spät; Sitzung verkürzt.",
        ),
        "reflection": (
            "Ich merkte, dass ich retten wollte. Habe mich zurückgehalten, und die Antwort kam "
            "vom Coachee.",
            "War ich heute zu direktiv? Zwei Optionen angeboten, statt noch eine Frage zu stellen.",
            "Etwas am Thema Autorität berührt mich hier; in die Supervision mitnehmen.",
            "Die Energie sank, als die Vorgesetzte zur Sprache kam. Nächstes Mal aufgreifen.",
            "Gute Sitzung. Die Stille nach der Skalierungsfrage hat die Arbeit gemacht.",
            "Ich habe in der ersten Hälfte zu viel geredet. Nächstes Mal kürzere Fragen.",
        ),
        "context": (
            "Von der Personalabteilung nach einer 360-Grad-Rückmeldung vermittelt.",
            "Selbst gemeldet; zahlt einen Teil des Programms privat.",
            "Dreieckskontrakt mit der Führungskraft zum Start unterschrieben.",
            "Hatte schon Coaching und weiß, was hilft: direkte Fragen.",
        ),
    },
}

# Lines that tie a session to an experiment agreed or reviewed in it.
_LINKS: dict[str, dict[str, str]] = {
    "en": {
        "agreed": "Experiment agreed: {title}.",
        "reviewed": "Looked back at '{title}'. {outcome}",
        "prediction": "Prediction: {prediction}",
        "adopt": "Decision: adopt; it works well enough to become a habit.",
        "adapt": "Decision: adapt; keep the idea, change the timing, ask for help earlier.",
        "abandon": "Decision: abandon; it cost more than it gave. The learning stays.",
        "dropped": "Not tried; priorities shifted and the experiment no longer fitted.",
    },
    "nl": {
        "agreed": "Experiment afgesproken: {title}.",
        "reviewed": "Teruggeblikt op '{title}'. {outcome}",
        "prediction": "Voorspelling: {prediction}",
        "adopt": "Besluit: overnemen; het werkt goed genoeg om een gewoonte te worden.",
        "adapt": "Besluit: aanpassen; idee houden, ander moment, eerder om hulp vragen.",
        "abandon": "Besluit: stoppen; het kostte meer dan het opleverde. De les blijft.",
        "dropped": "Niet geprobeerd; de prioriteiten zijn verschoven en het paste niet meer.",
    },
    "fr": {
        "agreed": "Expérience convenue : {title}.",
        "reviewed": "Retour sur « {title} ». {outcome}",
        "prediction": "Prédiction : {prediction}",
        "adopt": "Décision : adopter ; cela marche assez bien pour devenir une habitude.",
        "adapt": "Décision : adapter ; garder l'idée, changer le moment, demander de l'aide "
        "plus tôt.",
        "abandon": "Décision : abandonner ; cela coûtait plus que cela n'apportait. "
        "L'apprentissage reste.",
        "dropped": "Pas essayé ; les priorités ont changé et l'expérience n'avait plus de sens.",
    },
    "sv": {
        "agreed": "Experiment överenskommet: {title}.",
        "reviewed": "Följde upp '{title}'. {outcome}",
        "prediction": "Förutsägelse: {prediction}",
        "adopt": "Beslut: behålla; det fungerar tillräckligt bra för att bli en vana.",
        "adapt": "Beslut: justera; behåll idén, byt tidpunkt, be om hjälp tidigare.",
        "abandon": "Beslut: släppa; det kostade mer än det gav. Lärdomen finns kvar.",
        "dropped": "Inte prövat; prioriteringarna ändrades och experimentet passade inte längre.",
    },
    "de": {
        "agreed": "Vereinbartes Experiment: {title}.",
        "reviewed": "Rückblick auf „{title}“. {outcome}",
        "prediction": "Vorhersage: {prediction}",
        "adopt": "Entscheidung: übernehmen; es funktioniert gut genug, um Gewohnheit zu werden.",
        "adapt": "Entscheidung: anpassen; die Idee behalten, den Zeitpunkt ändern, früher um "
        "Hilfe bitten.",
        "abandon": "Entscheidung: aufgeben; es hat mehr gekostet als gebracht. Die Erkenntnis "
        "bleibt.",
        "dropped": "Nicht ausprobiert; die Prioritäten haben sich verschoben, es passte nicht "
        "mehr.",
    },
}

# Goals by theme: (title, description, GAS levels -2..+2). The levels are observable, as GAS
# asks: the coach and coachee can tell at review which one describes the present.
_GOALS: dict[str, dict[str, tuple[str, str, tuple[str, str, str, str, str]]]] = {
    "en": {
        "delegation": (
            "Delegate decisions to the team",
            "Fewer decisions pass through me; the team owns the day-to-day choices.",
            (
                "Takes back every delegated decision; the team waits for approval.",
                "Delegates small tasks only and checks in daily.",
                "Two decisions a month fully owned by the team, without checking in.",
                "The team decides routine matters alone; I hear about them afterwards.",
                "The team owns a whole work stream; my time goes to strategy.",
            ),
        ),
        "voice": (
            "Speak up in the leadership meeting",
            "Bring my view into the leadership team early, clearly and with a recommendation.",
            (
                "Silent in most meetings; shares views only afterwards in the corridor.",
                "Speaks when asked directly.",
                "Brings one prepared point per meeting on own initiative.",
                "Takes clear positions, also when others disagree.",
                "Is asked for a view before decisions are taken.",
            ),
        ),
        "feedback": (
            "Give timely, specific feedback",
            "Address what I see within days instead of saving it for the annual review.",
            (
                "Avoids feedback; problems come up only in the annual review.",
                "Gives feedback only when something escalates.",
                "Gives specific feedback within a week, about twice a month.",
                "Feedback is a normal part of one-to-ones, both ways.",
                "The team gives each other feedback without me in the middle.",
            ),
        ),
        "energy": (
            "Keep a sustainable pace",
            "Working hours that leave energy for the evenings and weekends.",
            (
                "Works most evenings and weekends; sleep suffers.",
                "Evenings mostly taken up by e-mail.",
                "Laptop closed by seven on four weekdays out of five.",
                "Weekends free of work; evenings free most weeks.",
                "Sustainable rhythm holds through a busy quarter too.",
            ),
        ),
        "influence": (
            "Build support with key stakeholders",
            "Have the important people on board before a proposal goes to the board.",
            (
                "Proposals are blocked in the meeting by surprise objections.",
                "Proposals are postponed for lack of support.",
                "Main objections known and addressed before the meeting.",
                "Stakeholders ask to be involved early.",
                "Seen as the one who brings departments together.",
            ),
        ),
    },
    "nl": {
        "delegation": (
            "Beslissingen bij het team leggen",
            "Minder besluiten via mij; het team is eigenaar van de dagelijkse keuzes.",
            (
                "Trekt elk gedelegeerd besluit terug; het team wacht op goedkeuring.",
                "Delegeert alleen kleine taken en checkt dagelijks.",
                "Twee besluiten per maand volledig bij het team, zonder tussentijds checken.",
                "Het team beslist zelf over routinezaken; ik hoor het achteraf.",
                "Het team is eigenaar van een hele werkstroom; mijn tijd gaat naar strategie.",
            ),
        ),
        "voice": (
            "Mijn stem laten horen in het MT",
            "Mijn visie vroeg, helder en met een advies inbrengen in het managementteam.",
            (
                "Zwijgt in de meeste overleggen; deelt een mening pas achteraf op de gang.",
                "Spreekt als het direct gevraagd wordt.",
                "Brengt per overleg uit zichzelf één voorbereid punt in.",
                "Neemt duidelijk stelling, ook als anderen het oneens zijn.",
                "Wordt om een mening gevraagd voordat er besloten wordt.",
            ),
        ),
        "feedback": (
            "Tijdig en concreet feedback geven",
            "Binnen een paar dagen benoemen wat ik zie, niet bewaren tot het jaargesprek.",
            (
                "Vermijdt feedback; problemen komen pas in het jaargesprek op tafel.",
                "Geeft alleen feedback als iets escaleert.",
                "Geeft ongeveer twee keer per maand binnen een week concrete feedback.",
                "Feedback hoort gewoon bij de één-op-ééns, in beide richtingen.",
                "Het team geeft elkaar feedback zonder mij ertussen.",
            ),
        ),
        "energy": (
            "Een houdbaar tempo vinden",
            "Werktijden die energie overlaten voor de avonden en het weekend.",
            (
                "Werkt de meeste avonden en weekenden; de slaap lijdt eronder.",
                "De avonden gaan grotendeels op aan mail.",
                "Laptop dicht om zeven uur op vier van de vijf werkdagen.",
                "Weekenden vrij van werk; de meeste weken ook de avonden.",
                "Het houdbare ritme blijft staan, ook in een druk kwartaal.",
            ),
        ),
        "influence": (
            "Draagvlak bouwen bij sleutelfiguren",
            "De belangrijke mensen aan boord hebben voordat een voorstel naar de directie gaat.",
            (
                "Voorstellen sneuvelen in het overleg door onverwachte bezwaren.",
                "Voorstellen worden uitgesteld bij gebrek aan draagvlak.",
                "De belangrijkste bezwaren zijn vooraf bekend en verwerkt.",
                "Belanghebbenden vragen zelf om vroeg betrokken te worden.",
                "Geldt als degene die afdelingen bij elkaar brengt.",
            ),
        ),
    },
    "fr": {
        "delegation": (
            "Déléguer les décisions à l'équipe",
            "Moins de décisions passent par moi ; l'équipe porte les choix du quotidien.",
            (
                "Reprend chaque décision déléguée ; l'équipe attend mon accord.",
                "Délègue seulement de petites tâches et vérifie chaque jour.",
                "Deux décisions par mois entièrement portées par l'équipe, sans vérification.",
                "L'équipe décide seule des sujets courants ; je suis informé·e après coup.",
                "L'équipe porte tout un chantier ; mon temps va à la stratégie.",
            ),
        ),
        "voice": (
            "Prendre la parole en comité de direction",
            "Apporter mon point de vue tôt, clairement et avec une recommandation.",
            (
                "Silencieux·se dans la plupart des réunions ; donne son avis après, dans le "
                "couloir.",
                "Prend la parole quand on l'interroge directement.",
                "Apporte de sa propre initiative un point préparé par réunion.",
                "Prend des positions claires, même en cas de désaccord.",
                "On lui demande son avis avant que les décisions soient prises.",
            ),
        ),
        "feedback": (
            "Donner des retours précis et rapides",
            "Nommer ce que je vois en quelques jours au lieu d'attendre l'entretien annuel.",
            (
                "Évite les retours ; les problèmes n'apparaissent qu'à l'entretien annuel.",
                "Ne fait de retour que quand la situation dégénère.",
                "Fait un retour précis dans la semaine, environ deux fois par mois.",
                "Le feedback fait partie des entretiens individuels, dans les deux sens.",
                "Les membres de l'équipe se font des retours sans passer par moi.",
            ),
        ),
        "energy": (
            "Tenir un rythme soutenable",
            "Des horaires qui laissent de l'énergie pour les soirées et les week-ends.",
            (
                "Travaille la plupart des soirs et des week-ends ; le sommeil en pâtit.",
                "Les soirées sont en grande partie prises par les e-mails.",
                "Ordinateur fermé à dix-neuf heures quatre jours ouvrés sur cinq.",
                "Week-ends sans travail ; soirées libres la plupart des semaines.",
                "Le rythme tient aussi pendant un trimestre chargé.",
            ),
        ),
        "influence": (
            "Construire des soutiens clés",
            "Avoir les personnes importantes à bord avant qu'une proposition parte en direction.",
            (
                "Les propositions sont bloquées en réunion par des objections surprises.",
                "Les propositions sont reportées faute de soutien.",
                "Les principales objections sont connues et traitées avant la réunion.",
                "Les parties prenantes demandent à être associées tôt.",
                "Reconnu·e comme la personne qui fait travailler les services ensemble.",
            ),
        ),
    },
    "sv": {
        "delegation": (
            "Lämna beslut till teamet",
            "Färre beslut går via mig; teamet äger de vardagliga valen.",
            (
                "Tar tillbaka varje delegerat beslut; teamet väntar på godkännande.",
                "Delegerar bara små uppgifter och stämmer av dagligen.",
                "Två beslut i månaden helt hos teamet, utan avstämning.",
                "Teamet beslutar själv i rutinfrågor; jag får veta efteråt.",
                "Teamet äger ett helt arbetsområde; min tid går till strategi.",
            ),
        ),
        "voice": (
            "Ta plats i ledningsgruppen",
            "Föra fram min syn tidigt, tydligt och med en rekommendation.",
            (
                "Tyst på de flesta möten; delar sin syn först efteråt i korridoren.",
                "Talar när hen blir direkt tillfrågad.",
                "Tar på eget initiativ upp en förberedd punkt per möte.",
                "Tar tydlig ställning, även när andra tycker annorlunda.",
                "Blir tillfrågad om sin syn innan beslut fattas.",
            ),
        ),
        "feedback": (
            "Ge snabb och konkret återkoppling",
            "Ta upp det jag ser inom några dagar i stället för att spara det till "
            "medarbetarsamtalet.",
            (
                "Undviker återkoppling; problem kommer upp först i medarbetarsamtalet.",
                "Ger återkoppling bara när något eskalerar.",
                "Ger konkret återkoppling inom en vecka, ungefär två gånger i månaden.",
                "Återkoppling är en naturlig del av enskilda samtal, åt båda hållen.",
                "Teamet ger varandra återkoppling utan mig i mitten.",
            ),
        ),
        "energy": (
            "Hålla ett hållbart tempo",
            "Arbetstider som lämnar energi till kvällar och helger.",
            (
                "Arbetar de flesta kvällar och helger; sömnen blir lidande.",
                "Kvällarna går mest åt till mejl.",
                "Datorn stängd klockan sju fyra vardagar av fem.",
                "Helgerna fria från jobb; de flesta veckor även kvällarna.",
                "Den hållbara rytmen håller även under ett intensivt kvartal.",
            ),
        ),
        "influence": (
            "Bygga stöd hos nyckelpersoner",
            "Ha de viktiga personerna med sig innan ett förslag går till ledningen.",
            (
                "Förslag stoppas på mötet av oväntade invändningar.",
                "Förslag skjuts upp i brist på stöd.",
                "De viktigaste invändningarna är kända och hanterade före mötet.",
                "Intressenter ber själva om att bli involverade tidigt.",
                "Ses som den som för samman avdelningar.",
            ),
        ),
    },
    "de": {
        "delegation": (
            "Entscheidungen ans Team abgeben",
            "Weniger Entscheidungen laufen über mich; das Team verantwortet den Alltag.",
            (
                "Holt jede delegierte Entscheidung zurück; das Team wartet auf Freigabe.",
                "Delegiert nur kleine Aufgaben und fragt täglich nach.",
                "Zwei Entscheidungen pro Monat ganz beim Team, ohne Nachfragen.",
                "Das Team entscheidet Routinefragen allein; ich erfahre es hinterher.",
                "Das Team verantwortet einen ganzen Arbeitsbereich; meine Zeit geht in die "
                "Strategie.",
            ),
        ),
        "voice": (
            "In der Führungsrunde Position beziehen",
            "Meine Sicht früh, klar und mit einer Empfehlung in die Führungsrunde bringen.",
            (
                "Schweigt in den meisten Besprechungen; äußert sich erst danach im Flur.",
                "Spricht, wenn direkt gefragt.",
                "Bringt pro Besprechung aus eigenem Antrieb einen vorbereiteten Punkt ein.",
                "Bezieht klar Position, auch bei Widerspruch.",
                "Wird nach der eigenen Sicht gefragt, bevor entschieden wird.",
            ),
        ),
        "feedback": (
            "Zeitnah und konkret Rückmeldung geben",
            "Ansprechen, was ich sehe, innerhalb weniger Tage statt erst im Jahresgespräch.",
            (
                "Vermeidet Rückmeldung; Probleme kommen erst im Jahresgespräch auf den Tisch.",
                "Gibt nur Rückmeldung, wenn etwas eskaliert.",
                "Gibt etwa zweimal im Monat innerhalb einer Woche konkrete Rückmeldung.",
                "Rückmeldung gehört in den Einzelgesprächen dazu, in beide Richtungen.",
                "Das Team gibt sich gegenseitig Rückmeldung, ohne dass ich vermittle.",
            ),
        ),
        "energy": (
            "Ein gesundes Arbeitstempo halten",
            "Arbeitszeiten, die Kraft für Abende und Wochenenden lassen.",
            (
                "Arbeitet an den meisten Abenden und Wochenenden; der Schlaf leidet.",
                "Die Abende gehen großteils für E-Mails drauf.",
                "Laptop an vier von fünf Werktagen um sieben Uhr zu.",
                "Wochenenden arbeitsfrei; die meisten Wochen auch die Abende.",
                "Der gesunde Rhythmus hält auch in einem vollen Quartal.",
            ),
        ),
        "influence": (
            "Rückhalt bei Schlüsselpersonen aufbauen",
            "Die wichtigen Leute an Bord haben, bevor ein Vorschlag in die Geschäftsleitung geht.",
            (
                "Vorschläge scheitern in der Sitzung an überraschenden Einwänden.",
                "Vorschläge werden mangels Rückhalt vertagt.",
                "Die wichtigsten Einwände sind vorher bekannt und eingearbeitet.",
                "Beteiligte bitten von sich aus, früh eingebunden zu werden.",
                "Gilt als diejenige Person, die Bereiche zusammenbringt.",
            ),
        ),
    },
}

# Experiments by theme: (title, action, prediction, success signal).
_EXPERIMENTS: dict[str, dict[str, tuple[tuple[str, str, str, str], ...]]] = {
    "en": {
        "delegation": (
            (
                "Let the team set the sprint scope",
                "Stay out of the planning on {day} and only ask for the outcome afterwards.",
                "The team will choose a safer scope than I would, and nothing will go wrong.",
                "Planning done without a message to me; the sprint starts on time.",
            ),
            (
                "Hand over the weekly report",
                "Give the weekly report to a senior team member, after one short handover.",
                "It will cost me more time in the first weeks than doing it myself.",
                "The report goes out on time twice without my edits.",
            ),
        ),
        "voice": (
            (
                "Speak in the first ten minutes",
                "Make one contribution in the first ten minutes {at_meeting}.",
                "Nobody will react and it will feel awkward.",
                "At least one person builds on what I said.",
            ),
            (
                "Bring one clear recommendation",
                "Prepare one recommendation with a reason and say it before the discussion turns.",
                "It will be questioned hard.",
                "The recommendation is minuted, agreed or not.",
            ),
        ),
        "feedback": (
            (
                "Feedback within 48 hours",
                "Give one piece of specific feedback within two days of noticing it.",
                "The colleague will get defensive.",
                "A follow-up question instead of a defence.",
            ),
            (
                "Ask the team for feedback on me",
                "Ask {n} team members: what should I keep doing, and what should I stop?",
                "I will only get polite answers.",
                "At least one answer I did not expect.",
            ),
        ),
        "energy": (
            (
                "No e-mail after seven",
                "Close the laptop at seven on weekdays; work mail off the phone.",
                "Something urgent will be missed.",
                "Nothing escalated that could not wait until the morning.",
            ),
            (
                "A real lunch break",
                "Take a thirty-minute break away from the desk on {n} days a week.",
                "The afternoons will be more productive.",
                "Energy after four o'clock rated higher in the diary.",
            ),
        ),
        "influence": (
            (
                "Coffee with a sceptic",
                "Invite the most critical stakeholder for an informal talk before the proposal "
                "goes in.",
                "They will stay against it, but I will understand why.",
                "One objection known in advance and addressed in the proposal.",
            ),
            (
                "Pre-wire the steering group",
                "Talk to two steering group members one by one before the meeting.",
                "The meeting itself will be shorter and calmer.",
                "A decision in the meeting instead of another postponement.",
            ),
        ),
    },
    "nl": {
        "delegation": (
            (
                "Het team bepaalt de sprintscope",
                "Wegblijven bij de planning op {day} en alleen achteraf naar de uitkomst vragen.",
                "Het team kiest een veiligere scope dan ik zou doen, en er gaat niets mis.",
                "Planning klaar zonder bericht aan mij; de sprint start op tijd.",
            ),
            (
                "De weekrapportage overdragen",
                "De weekrapportage na één korte overdracht bij een senior teamlid leggen.",
                "De eerste weken kost het me meer tijd dan het zelf doen.",
                "Twee keer op tijd verstuurd zonder mijn correcties.",
            ),
        ),
        "voice": (
            (
                "Spreken in de eerste tien minuten",
                "Eén bijdrage leveren in de eerste tien minuten {at_meeting}.",
                "Niemand reageert en het voelt ongemakkelijk.",
                "Minstens één persoon bouwt voort op wat ik zei.",
            ),
            (
                "Eén helder advies meenemen",
                "Eén advies met onderbouwing voorbereiden en uitspreken voordat de discussie "
                "kantelt.",
                "Er komen kritische vragen.",
                "Het advies staat in de notulen, aangenomen of niet.",
            ),
        ),
        "feedback": (
            (
                "Feedback binnen 48 uur",
                "Binnen twee dagen één concrete feedback geven op iets wat ik zie.",
                "De collega gaat in de verdediging.",
                "Een wedervraag in plaats van een verdediging.",
            ),
            (
                "Het team om feedback op mij vragen",
                "{n} teamleden vragen: wat moet ik blijven doen, en waar moet ik mee stoppen?",
                "Ik krijg alleen beleefde antwoorden.",
                "Minstens één antwoord dat ik niet had verwacht.",
            ),
        ),
        "energy": (
            (
                "Geen mail na zevenen",
                "Doordeweeks om zeven uur de laptop dicht; werkmail van de telefoon af.",
                "Er wordt iets urgents gemist.",
                "Niets geëscaleerd dat niet tot de ochtend kon wachten.",
            ),
            (
                "Een echte lunchpauze",
                "Op {n} dagen per week een half uur pauze, weg van het bureau.",
                "De middagen worden productiever.",
                "Energie na vieren hoger gescoord in het logboek.",
            ),
        ),
        "influence": (
            (
                "Koffie met een scepticus",
                "De meest kritische belanghebbende uitnodigen voor een informeel gesprek voordat "
                "het voorstel ingediend wordt.",
                "Die blijft tegen, maar ik snap dan waarom.",
                "Eén bezwaar vooraf bekend en verwerkt in het voorstel.",
            ),
            (
                "De stuurgroep vooraf bijpraten",
                "Twee stuurgroepleden vooraf apart spreken.",
                "Het overleg zelf wordt korter en rustiger.",
                "Een besluit in het overleg in plaats van opnieuw uitstel.",
            ),
        ),
    },
    "fr": {
        "delegation": (
            (
                "L'équipe fixe le périmètre du sprint",
                "Ne pas assister à la planification du {day} et demander seulement le résultat "
                "ensuite.",
                "L'équipe choisira un périmètre plus prudent que moi, et rien ne se passera mal.",
                "Planification faite sans me solliciter ; le sprint démarre à l'heure.",
            ),
            (
                "Confier le rapport hebdomadaire",
                "Confier le rapport hebdomadaire à une personne senior de l'équipe, après une "
                "courte passation.",
                "Les premières semaines, cela me prendra plus de temps que de le faire moi-même.",
                "Le rapport part deux fois à l'heure sans mes corrections.",
            ),
        ),
        "voice": (
            (
                "Parler dans les dix premières minutes",
                "Faire une intervention dans les dix premières minutes {at_meeting}.",
                "Personne ne réagira et ce sera gênant.",
                "Au moins une personne rebondit sur ce que j'ai dit.",
            ),
            (
                "Porter une recommandation claire",
                "Préparer une recommandation argumentée et la dire avant que la discussion ne "
                "bascule.",
                "Elle sera fortement contestée.",
                "La recommandation figure au compte rendu, retenue ou non.",
            ),
        ),
        "feedback": (
            (
                "Un retour en moins de 48 heures",
                "Faire un retour précis dans les deux jours qui suivent ce que j'ai remarqué.",
                "La personne va se justifier.",
                "Une question en retour plutôt qu'une défense.",
            ),
            (
                "Demander un retour sur moi à l'équipe",
                "Demander à {n} membres de l'équipe : que dois-je continuer, et qu'est-ce que je "
                "devrais arrêter ?",
                "Je n'aurai que des réponses polies.",
                "Au moins une réponse à laquelle je ne m'attendais pas.",
            ),
        ),
        "energy": (
            (
                "Pas d'e-mail après dix-neuf heures",
                "Fermer l'ordinateur à dix-neuf heures en semaine ; messagerie pro retirée du "
                "téléphone.",
                "Je vais rater quelque chose d'urgent.",
                "Rien n'a dégénéré qui ne pouvait pas attendre le lendemain.",
            ),
            (
                "Une vraie pause déjeuner",
                "Prendre trente minutes loin du bureau {n} jours par semaine.",
                "Les après-midi seront plus productifs.",
                "Énergie après seize heures mieux notée dans le journal.",
            ),
        ),
        "influence": (
            (
                "Un café avec un sceptique",
                "Inviter la partie prenante la plus critique à un échange informel avant le "
                "dépôt de la proposition.",
                "Elle restera contre, mais je comprendrai pourquoi.",
                "Une objection connue à l'avance et traitée dans la proposition.",
            ),
            (
                "Préparer le comité de pilotage en amont",
                "Voir deux membres du comité de pilotage séparément avant la réunion.",
                "La réunion sera plus courte et plus sereine.",
                "Une décision prise en séance au lieu d'un nouveau report.",
            ),
        ),
    },
    "sv": {
        "delegation": (
            (
                "Teamet bestämmer sprintens omfång",
                "Stanna borta från planeringen på {day} och fråga bara om resultatet efteråt.",
                "Teamet väljer ett försiktigare omfång än jag skulle, och inget går fel.",
                "Planeringen klar utan meddelande till mig; sprinten startar i tid.",
            ),
            (
                "Lämna över veckorapporten",
                "Ge veckorapporten till en senior i teamet efter en kort överlämning.",
                "De första veckorna tar det mer tid än att göra det själv.",
                "Rapporten går ut i tid två gånger utan mina ändringar.",
            ),
        ),
        "voice": (
            (
                "Säga något under de första tio minuterna",
                "Göra ett inlägg under de första tio minuterna {at_meeting}.",
                "Ingen kommer att reagera och det känns pinsamt.",
                "Minst en person bygger vidare på det jag sa.",
            ),
            (
                "Ta med en tydlig rekommendation",
                "Förbereda en rekommendation med skäl och säga den innan diskussionen vänder.",
                "Den kommer att ifrågasättas hårt.",
                "Rekommendationen står i protokollet, antagen eller inte.",
            ),
        ),
        "feedback": (
            (
                "Återkoppling inom 48 timmar",
                "Ge en konkret återkoppling inom två dagar efter att jag märkt något.",
                "Kollegan går i försvar.",
                "En följdfråga i stället för ett försvar.",
            ),
            (
                "Be teamet om återkoppling på mig",
                "Fråga {n} i teamet: vad ska jag fortsätta med, och vad ska jag sluta med?",
                "Jag får bara artiga svar.",
                "Minst ett svar jag inte väntade mig.",
            ),
        ),
        "energy": (
            (
                "Ingen mejl efter sju",
                "Stänga datorn klockan sju på vardagar; jobbmejlen bort från telefonen.",
                "Något brådskande missas.",
                "Inget eskalerade som inte kunde vänta till morgonen.",
            ),
            (
                "En riktig lunchpaus",
                "Ta en halvtimmes paus borta från skrivbordet {n} dagar i veckan.",
                "Eftermiddagarna blir mer produktiva.",
                "Energin efter klockan fyra skattas högre i dagboken.",
            ),
        ),
        "influence": (
            (
                "Fika med en skeptiker",
                "Bjuda den mest kritiska intressenten på ett informellt samtal innan förslaget "
                "lämnas in.",
                "Hen förblir emot, men jag förstår varför.",
                "En invändning känd i förväg och bemött i förslaget.",
            ),
            (
                "Förankra i styrgruppen i förväg",
                "Prata med två i styrgruppen var för sig före mötet.",
                "Själva mötet blir kortare och lugnare.",
                "Ett beslut på mötet i stället för ännu en uppskjutning.",
            ),
        ),
    },
    "de": {
        "delegation": (
            (
                "Das Team legt den Sprint-Umfang fest",
                "Der Planung am {day} fernbleiben und erst hinterher nach dem Ergebnis fragen.",
                "Das Team wählt einen vorsichtigeren Umfang als ich, und nichts geht schief.",
                "Planung ohne Nachricht an mich fertig; der Sprint startet pünktlich.",
            ),
            (
                "Den Wochenbericht abgeben",
                "Den Wochenbericht nach einer kurzen Übergabe einem erfahrenen Teammitglied "
                "überlassen.",
                "In den ersten Wochen kostet mich das mehr Zeit, als es selbst zu machen.",
                "Der Bericht geht zweimal pünktlich raus, ohne meine Korrekturen.",
            ),
        ),
        "voice": (
            (
                "In den ersten zehn Minuten sprechen",
                "Einen Beitrag in den ersten zehn Minuten leisten, {at_meeting}.",
                "Niemand wird reagieren, und es wird sich peinlich anfühlen.",
                "Mindestens eine Person knüpft an das Gesagte an.",
            ),
            (
                "Eine klare Empfehlung mitbringen",
                "Eine begründete Empfehlung vorbereiten und aussprechen, bevor die Diskussion "
                "kippt.",
                "Sie wird hart hinterfragt.",
                "Die Empfehlung steht im Protokoll, angenommen oder nicht.",
            ),
        ),
        "feedback": (
            (
                "Rückmeldung innerhalb von 48 Stunden",
                "Innerhalb von zwei Tagen eine konkrete Rückmeldung zu etwas geben, das mir "
                "auffällt.",
                "Die Kollegin wird sich rechtfertigen.",
                "Eine Rückfrage statt einer Rechtfertigung.",
            ),
            (
                "Das Team um Rückmeldung zu mir bitten",
                "{n} Teammitglieder fragen: Was soll ich beibehalten, und womit soll ich aufhören?",
                "Ich bekomme nur höfliche Antworten.",
                "Mindestens eine Antwort, mit der ich nicht gerechnet habe.",
            ),
        ),
        "energy": (
            (
                "Keine E-Mails nach sieben",
                "Werktags um sieben den Laptop zuklappen; Dienstmail vom Handy nehmen.",
                "Etwas Dringendes wird verpasst.",
                "Nichts ist eskaliert, was nicht bis zum Morgen warten konnte.",
            ),
            (
                "Eine echte Mittagspause",
                "An {n} Tagen pro Woche eine halbe Stunde Pause weg vom Schreibtisch.",
                "Die Nachmittage werden produktiver.",
                "Energie nach vier Uhr im Tagebuch höher eingeschätzt.",
            ),
        ),
        "influence": (
            (
                "Kaffee mit einer Skeptikerin",
                "Die kritischste Beteiligte vor Einreichung des Vorschlags zu einem informellen "
                "Gespräch einladen.",
                "Sie bleibt dagegen, aber ich verstehe, warum.",
                "Ein Einwand vorher bekannt und im Vorschlag aufgegriffen.",
            ),
            (
                "Den Lenkungskreis vorab einbinden",
                "Vor der Sitzung mit zwei Mitgliedern des Lenkungskreises einzeln sprechen.",
                "Die Sitzung selbst wird kürzer und ruhiger.",
                "Eine Entscheidung in der Sitzung statt einer weiteren Vertagung.",
            ),
        ),
    },
}

# What happened and what was learned, by how the experiment went.
_OUTCOMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "success": (
            "Did it {n} times. Went better than predicted; the team hardly noticed the change.",
            "Done as agreed. The prediction turned out too pessimistic.",
            "Worked on the second try; the first time was cut short by a crisis.",
        ),
        "partial": (
            "Tried once, then the deadline took over. The one time went reasonably.",
            "Did half of it; the second part felt too big for now.",
        ),
        "fail": (
            "Tried, and it went wrong: the issue escalated and the coachee stepped back in.",
            "The old pattern won; by {day} everything was back on the coachee's desk.",
        ),
    },
    "nl": {
        "success": (
            "{n} keer gedaan. Ging beter dan voorspeld; het team merkte de verandering nauwelijks.",
            "Gedaan zoals afgesproken. De voorspelling bleek te somber.",
            "Lukte de tweede keer; de eerste poging werd afgebroken door een crisis.",
        ),
        "partial": (
            "Eén keer geprobeerd, daarna nam de deadline het over. Die ene keer ging redelijk.",
            "De helft gedaan; het tweede deel voelde nog te groot.",
        ),
        "fail": (
            "Geprobeerd en het liep mis: het escaleerde en de coachee stapte er weer in.",
            "Het oude patroon won; op {day} lag alles weer op het bureau van de coachee.",
        ),
    },
    "fr": {
        "success": (
            "Fait {n} fois. Mieux que prévu ; l'équipe a à peine remarqué le changement.",
            "Fait comme convenu. La prédiction était trop pessimiste.",
            "Réussi au deuxième essai ; le premier a été interrompu par une crise.",
        ),
        "partial": (
            "Essayé une fois, puis l'échéance a pris le dessus. Cette fois-là s'est plutôt bien "
            "passée.",
            "Fait à moitié ; la deuxième partie paraissait encore trop grande.",
        ),
        "fail": (
            "Essayé, et cela a mal tourné : la situation s'est envenimée et le coaché a repris "
            "la main.",
            "L'ancien schéma l'a emporté ; dès {day}, tout était revenu sur son bureau.",
        ),
    },
    "sv": {
        "success": (
            "Gjorde det {n} gånger. Gick bättre än väntat; teamet märkte knappt förändringen.",
            "Genomfört som överenskommet. Förutsägelsen var för pessimistisk.",
            "Lyckades andra gången; första försöket avbröts av en kris.",
        ),
        "partial": (
            "Prövade en gång, sedan tog deadline över. Den gången gick hyfsat.",
            "Gjorde halva; andra delen kändes för stor just nu.",
        ),
        "fail": (
            "Prövade, och det gick snett: frågan eskalerade och coachee klev in igen.",
            "Det gamla mönstret vann; på {day} låg allt på coachees bord igen.",
        ),
    },
    "de": {
        "success": (
            "{n}-mal gemacht. Lief besser als vorhergesagt; das Team hat die Änderung kaum "
            "bemerkt.",
            "Wie vereinbart umgesetzt. Die Vorhersage war zu pessimistisch.",
            "Klappte beim zweiten Versuch; der erste wurde von einer Krise unterbrochen.",
        ),
        "partial": (
            "Einmal versucht, dann hat die Frist übernommen. Das eine Mal lief ordentlich.",
            "Zur Hälfte gemacht; der zweite Teil fühlte sich noch zu groß an.",
        ),
        "fail": (
            "Versucht, und es ging schief: die Sache eskalierte, und der Coachee griff wieder ein.",
            "Das alte Muster hat gewonnen; am {day} lag alles wieder auf dem eigenen Schreibtisch.",
        ),
    },
}

_LEARNINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "success": (
            "Control is not the same as quality; the team is more capable than assumed.",
            "Small, visible steps build trust faster than a big announcement.",
        ),
        "partial": (
            "The plan was fine, the timing was not: start on a quiet day.",
            "Needs a clear agreement with the team about when to escalate.",
        ),
        "fail": (
            "Found where the real fear sits: being blamed upward for a mistake. That is the next "
            "topic.",
            "Too big a step at once; a smaller version next time.",
        ),
    },
    "nl": {
        "success": (
            "Controle is niet hetzelfde als kwaliteit; het team kan meer dan gedacht.",
            "Kleine, zichtbare stappen bouwen sneller vertrouwen op dan een grote aankondiging.",
        ),
        "partial": (
            "Het plan klopte, de timing niet: beginnen op een rustige dag.",
            "Er is een heldere afspraak met het team nodig over wanneer je opschaalt.",
        ),
        "fail": (
            "Gevonden waar de echte angst zit: naar boven toe de schuld krijgen van een fout. "
            "Dat is het volgende thema.",
            "Te grote stap in één keer; volgende keer een kleinere versie.",
        ),
    },
    "fr": {
        "success": (
            "Contrôler n'est pas garantir la qualité ; l'équipe est plus capable que prévu.",
            "De petits pas visibles créent la confiance plus vite qu'une grande annonce.",
        ),
        "partial": (
            "Le plan était bon, le moment non : commencer un jour calme.",
            "Il faut un accord clair avec l'équipe sur le moment où l'on fait remonter.",
        ),
        "fail": (
            "Trouvé où se loge la vraie peur : être tenu·e responsable d'une erreur par la "
            "hiérarchie. C'est le prochain sujet.",
            "Un pas trop grand d'un coup ; une version plus petite la prochaine fois.",
        ),
    },
    "sv": {
        "success": (
            "Kontroll är inte samma sak som kvalitet; teamet klarar mer än väntat.",
            "Små, synliga steg bygger förtroende snabbare än ett stort tillkännagivande.",
        ),
        "partial": (
            "Planen höll, tajmingen inte: börja en lugn dag.",
            "Det behövs en tydlig överenskommelse med teamet om när man lyfter frågor uppåt.",
        ),
        "fail": (
            "Hittade var den verkliga rädslan sitter: att få skulden uppåt för ett misstag. Det "
            "är nästa ämne.",
            "För stort steg på en gång; en mindre version nästa gång.",
        ),
    },
    "de": {
        "success": (
            "Kontrolle ist nicht gleich Qualität; das Team kann mehr als gedacht.",
            "Kleine, sichtbare Schritte schaffen schneller Vertrauen als eine große Ankündigung.",
        ),
        "partial": (
            "Der Plan stimmte, der Zeitpunkt nicht: an einem ruhigen Tag beginnen.",
            "Es braucht eine klare Absprache mit dem Team, wann eskaliert wird.",
        ),
        "fail": (
            "Gefunden, wo die eigentliche Angst sitzt: nach oben für einen Fehler geradestehen "
            "zu müssen. Das ist das nächste Thema.",
            "Zu großer Schritt auf einmal; nächstes Mal eine kleinere Version.",
        ),
    },
}

# The coachee's focus, by the theme of their first goal.
_FOCUS: dict[str, dict[str, str]] = {
    "en": {
        "delegation": "First year as a manager; letting go of the expert role and delegating.",
        "voice": "Presence and a clear voice in the leadership team.",
        "feedback": "Giving and asking for feedback; building a team that speaks up.",
        "energy": "Sustainable pace and boundaries after a period of long hours.",
        "influence": "Influencing without formal authority across departments.",
    },
    "nl": {
        "delegation": "Eerste jaar als leidinggevende; de expertrol loslaten en delegeren.",
        "voice": "Aanwezigheid en een heldere stem in het managementteam.",
        "feedback": "Feedback geven en vragen; een team bouwen dat zich uitspreekt.",
        "energy": "Een houdbaar tempo en grenzen na een periode van lange dagen.",
        "influence": "Invloed uitoefenen zonder formele macht, over afdelingen heen.",
    },
    "fr": {
        "delegation": "Première année de management ; lâcher le rôle d'expert et déléguer.",
        "voice": "Présence et voix claire au sein du comité de direction.",
        "feedback": "Donner et demander du feedback ; une équipe où l'on ose parler.",
        "energy": "Rythme soutenable et limites après une période de longues journées.",
        "influence": "Influencer sans autorité formelle, entre les services.",
    },
    "sv": {
        "delegation": "Första året som chef; släppa expertrollen och delegera.",
        "voice": "Närvaro och en tydlig röst i ledningsgruppen.",
        "feedback": "Ge och be om återkoppling; bygga ett team som säger vad det tycker.",
        "energy": "Hållbart tempo och gränser efter en period av långa dagar.",
        "influence": "Påverka utan formellt mandat, över avdelningsgränser.",
    },
    "de": {
        "delegation": "Erstes Jahr als Führungskraft; die Expertenrolle loslassen und delegieren.",
        "voice": "Präsenz und eine klare Stimme in der Führungsrunde.",
        "feedback": "Rückmeldung geben und erbitten; ein Team, das sich traut, etwas zu sagen.",
        "energy": "Ein gesundes Tempo und Grenzen nach einer Phase langer Tage.",
        "influence": "Einfluss ohne formale Macht, über Bereichsgrenzen hinweg.",
    },
}

# ---- people and organisations ---------------------------------------------------------------


def _list(names: str) -> tuple[str, ...]:
    """A comma-separated list (names may contain spaces: "de Vries")."""
    return tuple(name.strip() for name in names.split(","))


_FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "en": _list(
        "Olivia, James, Priya, Daniel, Aoife, Chidi, Hannah, Marcus, Grace, Arjun, "
        "Niamh, Ewa, Samuel, Fatima, Kwame, Eleanor, Liam, Mei"
    ),
    "nl": _list(
        "Sanne, Bram, Fleur, Joris, Noor, Thijs, Anouk, Daan, Eline, Ruben, Zoë, Inge, "
        "Koen, Fatma, Lotte, Jeroen, Maaike, Wouter"
    ),
    "fr": _list(
        "Hélène, Mathieu, Camille, Benoît, Élodie, Théo, Inès, Jérôme, Margaux, Loïc, "
        "Chloé, Karim, Amélie, François, Océane, Rémi, Maëlle, Yasmine"
    ),
    "sv": _list(
        "Åsa, Björn, Linnéa, Oskar, Maja, Göran, Elin, Johan, Sofie, Måns, Ingrid, Pär, "
        "Annika, Jörgen, Saga, Erik, Tove, Aino"
    ),
    "de": _list(
        "Jürgen, Katrin, Lukas, Anja, Sören, Jana, Matthias, Leonie, Günther, Sabine, "
        "Felix, Özlem, Tobias, Miriam, Jörg, Franziska, Stefan, Lea"
    ),
}

_LAST_NAMES: dict[str, tuple[str, ...]] = {
    "en": _list(
        "Whitfield, Okafor, Sharma, Byrne, Kowalski, Patel, Thompson, Mensah, Gallagher, "
        "Hughes, Adeyemi, Reid, Costa, Fitzgerald, Iyer, Chen"
    ),
    "nl": _list(
        "de Vries, Jansen, van den Berg, Bakker, Visser, Mulder, Peeters, Claes, "
        "Janssens, de Wit, Smits, van Dijk, Hendriks, El Amrani, Yılmaz, Vermeulen"
    ),
    "fr": _list(
        "Lefèvre, Moreau, Dubois, Girard, Benali, Lambert, Rousseau, Fontaine, Mercier, "
        "Chevalier, Lemaître, Morel, Perrin, Gauthier, N'Diaye, Bélanger"
    ),
    "sv": _list(
        "Lindqvist, Sjöström, Andersson, Bergström, Nyström, Håkansson, Ekström, "
        "Lindgren, Öberg, Åberg, Karlsson, Sandberg, Holmström, Virtanen, Larsson, "
        "Nordin"
    ),
    "de": _list(
        "Weiß, Müller, Schäfer, Groß, Becker, Hoffmann, Krüger, Wagner, Schröder, "
        "Yıldız, Köhler, Zimmermann, Brandstätter, Meißner, Fuchs, Huber"
    ),
}

# (organisation, e-mail domain). Fictional names on the reserved .example domain.
_ORGANISATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("Northgate Housing Trust", "northgate-housing.example"),
        ("Brightwater Software", "brightwater.example"),
        ("Calder Valley Hospitals", "caldervalley.example"),
        ("Kestrel Insurance", "kestrel-insurance.example"),
        ("Meridian Analytics", "meridian-analytics.example"),
        ("St Brigid's College", "stbrigids.example"),
    ),
    "nl": (
        ("Hanzeport Logistiek", "hanzeport.example"),
        ("Gemeente Waterland-Oost", "waterland-oost.example"),
        ("Zorggroep De Linde", "delinde-zorg.example"),
        ("Polderstroom Energie", "polderstroom.example"),
        ("Vanderveld Bouw", "vanderveld.example"),
        ("Stichting Leerkracht Noord", "leerkrachtnoord.example"),
    ),
    "fr": (
        ("Clinique Saint-Éloi", "saint-eloi.example"),
        ("Groupe Lumière Assurances", "lumiere-assurances.example"),
        ("Ville de Sainte-Aurèle", "sainte-aurele.example"),
        ("Atelier Boréal", "atelier-boreal.example"),
        ("Rhodanie Eaux", "rhodanie.example"),
        ("Banque Coopérative de l'Ouest", "bco.example"),
    ),
    "sv": (
        ("Fjällvind Energi", "fjallvind.example"),
        ("Region Norrå Vård", "norravard.example"),
        ("Västerby stadsbibliotek", "vasterby.example"),
        ("Ekholm & Söner Bygg", "ekholmbygg.example"),
        ("Nordljus Mjukvara", "nordljus.example"),
        ("Skärgårdsfärjor AB", "skargardsfarjor.example"),
    ),
    "de": (
        ("Rheinauen Stadtwerke", "rheinauen-stadtwerke.example"),
        ("Klinikum Am Südpark", "klinikum-suedpark.example"),
        ("Brandt & Köhler Maschinenbau", "brandt-koehler.example"),
        ("Alpenblick Versicherung", "alpenblick.example"),
        ("Stadtverwaltung Neuburg-Ost", "neuburg-ost.example"),
        ("Weißdorn Software GmbH", "weissdorn.example"),
    ),
}

_ROLES: dict[str, tuple[str, ...]] = {
    "en": _list(
        "Team lead, Engineering manager, Head of operations, Product owner, "
        "Ward manager, HR business partner, Programme director, Finance controller, "
        "Deputy head teacher"
    ),
    "nl": _list(
        "Teamleider, Afdelingshoofd, Productowner, Projectleider, Leidinggevende zorg, "
        "HR-adviseur, Programmamanager, Manager bedrijfsvoering"
    ),
    "fr": _list(
        "Responsable d'équipe, Cheffe de projet, Directrice des opérations, "
        "Cadre de santé, Product owner, Responsable RH, Directeur financier, "
        "Chef de service"
    ),
    "sv": _list(
        "Teamledare, Enhetschef, Projektledare, Avdelningschef, Produktägare, "
        "HR-partner, Verksamhetsutvecklare, Rektor"
    ),
    "de": _list(
        "Teamleitung, Abteilungsleitung, Projektleitung, Pflegedienstleitung, "
        "Product Owner, HR-Business-Partner, Bereichsleitung, Scrum Master"
    ),
}

_TEAMS: dict[str, tuple[str, ...]] = {
    "en": ("Platform", "Customer care", "Ward 7", "Finance operations", "Data & insights"),
    "nl": ("Klantcontact", "Planning & Transport", "Wonen", "Data", "Verpleegafdeling B3"),
    "fr": ("Urgences", "Service client", "Pôle numérique", "Contrôle de gestion", "Projets"),
    "sv": ("Kundtjänst", "Plattform", "Avdelning 12", "Ekonomi", "IT-drift"),
    "de": ("Kundenservice", "Plattform", "Station 4B", "Controlling", "Digitalisierung"),
}

_PROGRAMMES_SHARED = (
    "Leadership Lab",
    "New managers track",
    "Agile transformation, wave 2",
    "Talent programme",
    "Women in Leadership",
)
_PROGRAMMES_LOCAL = {
    "en": "Senior leaders circle",
    "nl": "Leergang Leidinggeven",
    "fr": "Parcours Managers",
    "sv": "Ledarskapsprogrammet",
    "de": "Führungskräfteprogramm",
}
_INDIVIDUAL = "Individual coaching"

_COACHEE_TAGS = {
    "delegation": ("delegation", "new-manager"),
    "voice": ("visibility", "senior-leader"),
    "feedback": ("feedback", "team-climate"),
    "energy": ("burnout-risk", "boundaries"),
    "influence": ("stakeholders", "change"),
}
_EXTRA_TAGS = ("remote-team", "reorganisation", "returning-from-leave", "career", "conflict")
_SESSION_TAGS = ("breakthrough", "stuck", "follow-up", "three-way", "online", "walk-and-talk")

# ---- the generated vault --------------------------------------------------------------------


@dataclass(frozen=True)
class DemoSummary:
    """What ``generate`` wrote, and how long it took."""

    coachees: int
    goals: int
    sessions: int
    experiments: int
    measurements: int
    search_documents: int
    seconds: float
    seed: int | None = None


@dataclass
class _Batch:
    """The rows of one coachee, written in one transaction."""

    coachees: list[dict[str, Any]] = field(default_factory=list)
    goals: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    experiments: list[dict[str, Any]] = field(default_factory=list)
    measurements: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _GoalState:
    """One goal while its sessions are generated: the wandering confidence behind the ratings."""

    row: dict[str, Any]
    theme: str
    confidence: float
    last_rating: int
    gas_level: int


@dataclass
class _Open:
    """An experiment waiting for its review, in session ``review_at`` (or never, if beyond)."""

    row: dict[str, Any]
    goal: _GoalState | None
    review_at: int
    result: str = ""


def generate(
    vault: Vault,
    *,
    coachees: int = 12,
    sessions_per_coachee: int = 24,
    seed: int | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill ``vault`` with synthetic coachees and their history; returns what was written.

    ``progress(done, total)`` is called after each coachee, counting sessions (total =
    ``coachees * sessions_per_coachee``). Data already in the vault is left alone.
    """
    if coachees < 0 or sessions_per_coachee < 0:
        raise ValueError("coachees and sessions_per_coachee must be zero or more")
    started = time.perf_counter()
    rng = random.Random(seed)  # noqa: S311 - sample data, not secrets
    today = today or date.today()
    total = coachees * sessions_per_coachee
    languages = _language_plan(rng, coachees)
    counts = dict.fromkeys(("goals", "sessions", "experiments", "measurements", "docs"), 0)
    if progress:
        progress(0, total)
    done = 0
    for index in range(coachees):
        batch = _Batch()
        maker = _CoacheeMaker(rng, languages[index], sessions_per_coachee, today, batch)
        maker.make()
        counts["docs"] += _write(vault, batch)
        counts["goals"] += len(batch.goals)
        counts["sessions"] += len(batch.sessions)
        counts["experiments"] += len(batch.experiments)
        counts["measurements"] += len(batch.measurements)
        done += sessions_per_coachee
        if progress:
            progress(done, total)
    return DemoSummary(
        coachees=coachees,
        goals=counts["goals"],
        sessions=counts["sessions"],
        experiments=counts["experiments"],
        measurements=counts["measurements"],
        search_documents=counts["docs"],
        seconds=time.perf_counter() - started,
        seed=seed,
    )


def _language_plan(rng: random.Random, coachees: int) -> list[str]:
    first = list(LANGUAGES)
    rng.shuffle(first)
    rest = rng.choices(LANGUAGES, weights=_LANGUAGE_WEIGHTS, k=max(0, coachees - len(first)))
    return (first + rest)[:coachees]


# Insert order: parents before the rows that point at them (foreign keys are enforced).
_TABLES = (
    ("coachees", Coachee),
    ("goals", Goal),
    ("sessions", CoachingSession),
    ("experiments", Experiment),
    ("measurements", Measurement),
)


def _write(vault: Vault, batch: _Batch) -> int:
    """One transaction: the coachee's rows, then their search documents. Returns documents."""
    documents: list[tuple[str, str, str, str, str, str]] = []
    for attr, model in _TABLES[:4]:
        for row in getattr(batch, attr):
            # A transient ORM object only to ask the index what it would store for it.
            obj: Indexed = model(**row)
            documents.append((row["id"], *document_for(obj)))
    with vault.write() as s:
        conn = s.connection()
        for attr, model in _TABLES:
            rows = getattr(batch, attr)
            if rows:
                conn.execute(insert(model.__table__), rows)
        base = conn.execute(text("SELECT coalesce(max(rowid), 0) FROM search_docs")).scalar_one()
        conn.execute(
            insert(search_docs),
            [
                {"rowid": base + i, "kind": kind, "owner_id": owner, "coachee_id": cid, "at": at}
                for i, (owner, kind, cid, at, _title, _body) in enumerate(documents, start=1)
            ],
        )
        conn.exec_driver_sql(
            "INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)",
            [
                (base + i, title, body)
                for i, (_owner, _kind, _cid, _at, title, body) in enumerate(documents, start=1)
            ],
        )
    return len(documents)


def _ascii(name: str) -> str:
    """A name as it would appear in an e-mail address."""
    name = name.replace("ß", "ss").replace("ı", "i").replace("'", "")
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return folded.lower().replace(" ", "")


class _CoacheeMaker:
    """Builds one coachee's rows; one instance per coachee keeps the state readable."""

    def __init__(
        self, rng: random.Random, lang: str, n_sessions: int, today: date, batch: _Batch
    ) -> None:
        self.rng = rng
        self.lang = lang
        self.n = n_sessions
        self.today = today
        self.batch = batch
        self.goals: list[_GoalState] = []
        self.open: list[_Open] = []
        self._slots: dict[str, dict[str, Any]] = {}
        self.session_lang = lang
        self.coachee_id = ""

    # ---- small helpers ----------------------------------------------------------------------

    def _id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _fill(self, template: str, lang: str | None = None) -> str:
        if "{" not in template:
            return template
        lang = lang or self.session_lang
        slots = self._slots.get(lang) or self._new_slots(lang)
        return template.format_map(slots)

    def _pick(self, family: str, k: int = 1) -> list[str]:
        bank = _PHRASES[self.session_lang][family]
        return [self._fill(p) for p in self.rng.sample(bank, min(k, len(bank)))]

    def _text(self, *parts: str | list[str]) -> str:
        flat: list[str] = []
        for part in parts:
            flat.extend([part] if isinstance(part, str) else part)
        return " ".join(p for p in flat if p)

    # ---- the coachee ------------------------------------------------------------------------

    def make(self) -> None:
        rng = self.rng
        status = rng.choices(
            ("active", "paused", "completed", "archived"), weights=(74, 10, 13, 3)
        )[0]
        dates = self._session_dates(status)
        first_day = dates[0].date() if dates else self.today - timedelta(days=rng.randint(7, 60))
        started_on = first_day - timedelta(days=rng.randint(0, 10))
        consent = started_on - timedelta(days=rng.randint(0, 7)) if rng.random() < 0.92 else None
        first = rng.choice(_FIRST_NAMES[self.lang])
        last = rng.choice(_LAST_NAMES[self.lang])
        organisation, domain = rng.choice(_ORGANISATIONS[self.lang])
        themes = rng.sample(THEMES, rng.choices((1, 2, 3), weights=(25, 50, 25))[0])
        tags = [rng.choice(_COACHEE_TAGS[t]) for t in themes]
        if rng.random() < 0.4:
            tags.append(rng.choice(_EXTRA_TAGS))
        programme = rng.choices(
            (rng.choice(_PROGRAMMES_SHARED), _PROGRAMMES_LOCAL[self.lang], _INDIVIDUAL),
            weights=(50, 30, 20),
        )[0]
        focus = _FOCUS[self.lang][themes[0]]
        if rng.random() < 0.6:
            focus += " " + rng.choice(_PHRASES[self.lang]["context"])
        created = datetime.combine(started_on, clock(9, 0))
        self.coachee_id = self._id()
        self.batch.coachees.append(
            {
                "id": self.coachee_id,
                "name": f"{first} {last}",
                "role": rng.choice(_ROLES[self.lang]),
                "organisation": organisation,
                "team": rng.choice(_TEAMS[self.lang]),
                "email": f"{_ascii(first)}.{_ascii(last)}@{domain}",
                "programme": programme,
                "started_on": started_on,
                "status": status,
                "focus": focus,
                "tags": list(dict.fromkeys(tags)),
                "consent_recorded_on": consent,
                "created_at": created,
                "updated_at": dates[-1] if dates else created,
            }
        )
        for theme in themes:
            self._goal(theme, status, created)
        self._sessions(dates)

    def _goal(self, theme: str, coachee_status: str, created: datetime) -> None:
        rng = self.rng
        title, description, levels = _GOALS[self.lang][theme]
        if coachee_status == "completed":
            status = rng.choices(("achieved", "active", "dropped"), weights=(70, 20, 10))[0]
        else:
            status = rng.choices(("active", "achieved", "dropped"), weights=(88, 5, 7))[0]
        row = {
            "id": self._id(),
            "coachee_id": self.coachee_id,
            "title": title,
            "description": description,
            "weight": rng.choices((1, 2, 3, 4), weights=(45, 35, 15, 5))[0],
            "gas_levels": dict(zip(("-2", "-1", "0", "1", "2"), levels, strict=True)),
            "status": status,
            "created_at": created,
        }
        self.batch.goals.append(row)
        start = rng.uniform(2.5, 5.5)
        self.goals.append(
            _GoalState(row, theme, start, round(start), -2 if rng.random() < 0.2 else -1)
        )

    def _session_dates(self, status: str) -> list[datetime]:
        """About fortnightly, ending near ``today``; some coachees have a 2–3 month break."""
        rng = self.rng
        n = self.n
        if n == 0:
            return []
        # A year for the usual 24 sessions; a long series gets denser rather than decades long.
        mean_gap = min(14.0, 3 * 365 / n)
        if status == "active":
            end = self.today - timedelta(days=rng.randint(0, 12))
        elif status == "paused":
            end = self.today - timedelta(days=rng.randint(45, 120))
        else:
            end = self.today - timedelta(days=rng.randint(30, 220))
        long_break = rng.randint(1, n - 1) if n >= 6 and rng.random() < 0.3 else -1
        days = [end]
        for i in range(n - 1, 0, -1):
            if i == long_break:
                gap = rng.randint(60, 90)
            else:
                factor = rng.choice((0.5, 0.7, 1.0, 1.0, 1.0, 1.0, 1.2, 1.5, 2.0))
                gap = max(1, round(mean_gap * factor))
            days.append(days[-1] - timedelta(days=gap))
        days.reverse()
        out = []
        for day in days:
            # Coaching happens on weekdays: a Saturday or Sunday becomes the Friday before.
            weekday = day - timedelta(days=max(0, day.weekday() - 4))
            minute = rng.choice((0, 0, 30, 30, 15, 45))
            out.append(datetime.combine(weekday, clock(rng.randint(8, 17), minute)))
        out.sort()
        return out

    # ---- sessions, experiments, measurements ------------------------------------------------

    def _sessions(self, dates: Sequence[datetime]) -> None:
        rng = self.rng
        templates = list(_TEMPLATE_WEIGHTS)
        weights = list(_TEMPLATE_WEIGHTS.values())
        last_gse = last_emp = last_psy = None
        climate_watch = rng.random() < 0.6
        self.gse = rng.uniform(21, 29)
        self.emp = {
            "meaning": rng.uniform(4.5, 6.2),
            "competence": rng.uniform(3.5, 5.2),
            "self_determination": rng.uniform(3.0, 5.0),
            "impact": rng.uniform(2.8, 4.6),
        }
        self.climate = rng.uniform(3.2, 6.0)
        for index, at in enumerate(dates):
            template = "grow" if index == 0 else rng.choices(templates, weights)[0]
            self.session_lang = self.lang if rng.random() < 0.85 else "en"
            session_id = self._id()
            self._slots.clear()
            reviewed = self._review_due(index, session_id, at)
            agreed = self._maybe_agree(template, index, session_id, at)
            sections, notes = self._compose(template, reviewed, agreed)
            kind = {"intervision": "intervision", "action_learning": "action_learning"}.get(
                template
            ) or rng.choices(("one_to_one", "group", "other"), weights=(92, 4, 4))[0]
            duration = rng.choice((90, 120) if kind != "one_to_one" else (45, 60, 60, 60, 75, 90))
            tags = rng.sample(_SESSION_TAGS, rng.choices((0, 1, 2), weights=(60, 30, 10))[0])
            self.batch.sessions.append(
                {
                    "id": session_id,
                    "coachee_id": self.coachee_id,
                    "started_at": at,
                    "duration_minutes": duration,
                    "kind": kind,
                    "template": template,
                    "sections": sections,
                    "notes": notes,
                    "private_reflection": (
                        " ".join(self._pick("reflection", rng.choice((1, 1, 2))))
                        if rng.random() < 0.55
                        else ""
                    ),
                    "tags": tags,
                    "created_at": at,
                    "updated_at": at + timedelta(minutes=duration),
                }
            )
            if kind == "one_to_one":
                self._rate(index, session_id, at.date(), reviewed)
            day = at.date()
            if last_gse is None or (day - last_gse).days >= rng.randint(55, 70):
                self._gse(session_id, day)
                last_gse = day
            if last_emp is None or (day - last_emp).days >= rng.randint(85, 100):
                self._empowerment(session_id, day)
                last_emp = day
            if climate_watch and (last_psy is None or (day - last_psy).days >= 110):
                self._psych_safety(session_id, day)
                last_psy = day
        # Whatever was never reviewed stays open: agreed, or started but not yet talked about.
        for pending in self.open:
            pending.row["status"] = rng.choice(("agreed", "in_progress"))

    def _new_slots(self, lang: str) -> dict[str, Any]:
        """One person, topic, meeting and day per session and language, so a note hangs together."""
        rng = self.rng
        bank = _SLOTS[lang]
        who = rng.choice(bank["who"])
        conf = min(10, max(1, round(self.goals[0].confidence))) if self.goals else 5
        slots = {
            "who": who,
            "Who": who[0].upper() + who[1:],
            "with_who": rng.choice(bank["with_who"]),
            "topic": rng.choice(bank["topic"]),
            "at_meeting": rng.choice(bank["at_meeting"]),
            "day": rng.choice(bank["day"]),
            "n": rng.randint(2, 5),
            "conf": conf,
            "conf_prev": self.goals[0].last_rating if self.goals else conf,
        }
        self._slots[lang] = slots
        return slots

    def _maybe_agree(
        self, template: str, index: int, session_id: str, at: datetime
    ) -> dict[str, Any] | None:
        rng = self.rng
        chance = {"pdsa": 0.9, "intervision": 0.0, "free": 0.15, "action_learning": 0.3}.get(
            template, 0.45
        )
        if rng.random() >= chance:
            return None
        goal = rng.choice(self.goals) if self.goals and rng.random() < 0.9 else None
        theme = goal.theme if goal else rng.choice(THEMES)
        # The experiment card stays in the coachee's language even when a note is in English.
        title, action, prediction, signal = rng.choice(_EXPERIMENTS[self.lang][theme])
        row = {
            "id": self._id(),
            "coachee_id": self.coachee_id,
            "goal_id": goal.row["id"] if goal else None,
            "title": title,
            "prediction": self._fill(prediction, self.lang),
            "action": self._fill(action, self.lang),
            "success_signal": self._fill(signal, self.lang),
            "due_on": at.date() + timedelta(days=rng.choice((7, 10, 14, 14, 21))),
            "status": "agreed",
            "outcome": "",
            "learning": "",
            "decision": None,
            "agreed_in_session_id": session_id,
            "reviewed_in_session_id": None,
            "created_at": at,
            "updated_at": at,
        }
        self.batch.experiments.append(row)
        later = rng.random()
        review_at = index + (1 if later < 0.8 else 2 if later < 0.95 else self.n + 1)
        self.open.append(_Open(row, goal, review_at))
        return row

    def _review_due(self, index: int, session_id: str, at: datetime) -> list[_Open]:
        rng = self.rng
        due = [p for p in self.open if p.review_at == index]
        self.open = [p for p in self.open if p.review_at != index]
        for pending in due:
            row = pending.row
            result = rng.choices(("success", "partial", "fail", "dropped"), (45, 30, 18, 7))[0]
            if result == "dropped":
                row["status"] = "dropped"
                row["outcome"] = _LINKS[self.lang]["dropped"]
                row["decision"] = rng.choice((None, "abandon"))
            else:
                row["status"] = "done"
                row["outcome"] = self._fill(rng.choice(_OUTCOMES[self.lang][result]), self.lang)
                row["learning"] = rng.choice(_LEARNINGS[self.lang][result])
                row["decision"] = {
                    "success": rng.choice(("adopt", "adopt", "adopt", "adapt")),
                    "partial": "adapt",
                    "fail": rng.choice(("abandon", "abandon", "adapt")),
                }[result]
            row["reviewed_in_session_id"] = session_id
            row["updated_at"] = at
            pending.result = result
        return due

    def _compose(
        self, template: str, reviewed: list[_Open], agreed: dict[str, Any] | None
    ) -> tuple[dict[str, str], str]:
        """The template's sections (and free notes) for one session."""
        rng = self.rng
        links = _LINKS[self.session_lang]
        review_lines = [
            links["reviewed"].format(title=p.row["title"], outcome=p.row["outcome"])
            for p in reviewed
        ]
        agreed_line = links["agreed"].format(title=agreed["title"]) if agreed else ""
        two = (1, 2)
        three = (2, 3)
        pick = self._pick
        if template == "grow":
            sections = {
                "goal": self._text(pick("aim", rng.choice(two))),
                "reality": self._text(review_lines, pick("situation", rng.choice(three))),
                "options": self._text(pick("explore", rng.choice(three))),
                "will": self._text(pick("commit", rng.choice(two)), agreed_line),
            }
        elif template == "oskar":
            sections = {
                "outcome": self._text(pick("aim", rng.choice(two))),
                "scaling": self._text(pick("scaling")),
                "know_how": self._text(pick("explore", rng.choice(two)), pick("situation")),
                "affirm_action": self._text(pick("affirm"), pick("commit"), agreed_line),
                "review": self._text(review_lines or pick("review")),
            }
        elif template == "clear":
            sections = {
                "contracting": self._text(pick("aim")),
                "listening": self._text(pick("situation", rng.choice(three))),
                "exploring": self._text(pick("explore", rng.choice(two))),
                "action": self._text(pick("commit", rng.choice(two)), agreed_line),
                "review": self._text(review_lines, pick("review")),
            }
        elif template == "pdsa":
            done = [p for p in reviewed if p.row["status"] == "done"]
            plan = (
                [agreed_line, agreed["action"], links["prediction"].format(**agreed)]
                if agreed
                else pick("aim")
            )
            sections = {
                "plan": self._text(plan),
                "do": self._text(review_lines or pick("situation", 2)),
                "study": self._text([p.row["learning"] for p in done] or pick("explore")),
                "act": self._text(
                    [links[p.row["decision"]] for p in done if p.row["decision"]] or pick("commit")
                ),
            }
        elif template == "intervision":
            sections = {
                "case_giver": self._text(pick("case")),
                "key_question": self._text(pick("question")),
                "clarifying_questions": self._text(pick("clarify", rng.choice(two))),
                "ideas": self._text(pick("ideas", rng.choice(two))),
                "what_helped": self._text(pick("helped")),
            }
        elif template == "action_learning":
            sections = {
                "problem_owner": self._text(pick("case")),
                "questions": self._text(pick("clarify", rng.choice(two))),
                "insights": self._text(pick("explore"), pick("helped")),
                "actions": self._text(pick("commit"), agreed_line),
            }
        else:
            body = self._text(
                review_lines,
                pick("situation", rng.choice(three)),
                pick("explore", rng.choice(two)),
                pick("commit"),
                agreed_line,
            )
            return {}, body
        assert tuple(sections) == TEMPLATE_SECTIONS[template]
        notes = self._text(pick("notes")) if rng.random() < 0.25 else ""
        return sections, notes

    def _rate(self, index: int, session_id: str, day: date, reviewed: list[_Open]) -> None:
        """Confidence per goal in most 1:1s, and now and then the goal's GAS level."""
        rng = self.rng
        effect = {"success": 0.9, "partial": 0.2, "fail": -2.0, "dropped": -0.6}
        for goal in self.goals:
            # A slow upward drift with noise, pulled back from the ceiling; failed experiments
            # show as dips, which is what the chart's experiment markers are there to explain.
            goal.confidence += 0.12 + rng.gauss(0, 0.55) - max(0.0, goal.confidence - 8.5) * 0.3
            for pending in reviewed:
                if pending.goal is goal:
                    goal.confidence += effect[pending.result]
            goal.confidence = min(10.0, max(0.0, goal.confidence))
            if rng.random() < 0.85:
                rating = round(goal.confidence)
                goal.last_rating = rating
                self._measure("confidence", day, session_id, float(rating), goal=goal)
            if index == 0 or rng.random() < 0.16:
                if index > 0:
                    target = round((goal.confidence - 4.5) / 1.6)
                    goal.gas_level = min(2, max(-2, target))
                self._measure("gas", day, session_id, float(goal.gas_level), goal=goal)

    def _gse(self, session_id: str, day: date) -> None:
        rng = self.rng
        self.gse = min(38.0, self.gse + rng.gauss(0.9, 1.2))
        items = [min(4, max(1, round(self.gse / 10 + rng.gauss(0, 0.45)))) for _ in range(10)]
        self._measure("gse", day, session_id, float(sum(items)), items=items)

    def _empowerment(self, session_id: str, day: date) -> None:
        rng = self.rng
        items: list[int] = []
        scores: dict[str, float] = {}
        for name, previous in self.emp.items():
            level = min(6.8, previous + rng.gauss(0.15, 0.3))
            self.emp[name] = level
            answers = [min(7, max(1, round(level + rng.gauss(0, 0.6)))) for _ in range(3)]
            items.extend(answers)
            scores[name] = sum(answers) / 3
        value = sum(scores.values()) / len(scores)
        self._measure("empowerment", day, session_id, value, items=items, scores=scores)

    def _psych_safety(self, session_id: str, day: date) -> None:
        rng = self.rng
        self.climate = min(6.8, max(1.5, self.climate + rng.gauss(0.05, 0.4)))
        items: list[int] = []
        keyed: list[int] = []
        for number in range(1, 8):
            agreement = min(7, max(1, round(self.climate + rng.gauss(0, 0.7))))
            # Items 1, 3 and 5 are worded negatively: a safe team disagrees with them.
            answer = 8 - agreement if number in (1, 3, 5) else agreement
            items.append(answer)
            keyed.append(8 - answer if number in (1, 3, 5) else answer)
        self._measure("psych_safety", day, session_id, sum(keyed) / 7, items=items)

    def _measure(
        self,
        instrument: str,
        day: date,
        session_id: str,
        value: float,
        *,
        goal: _GoalState | None = None,
        items: list[int] | None = None,
        scores: dict[str, float] | None = None,
    ) -> None:
        self.batch.measurements.append(
            {
                "id": self._id(),
                "coachee_id": self.coachee_id,
                "session_id": session_id,
                "goal_id": goal.row["id"] if goal else None,
                "instrument": instrument,
                "taken_on": day,
                "items": items or [],
                "value": value,
                "scores": scores or {},
                "created_at": datetime.combine(day, clock(12, 0)),
            }
        )
