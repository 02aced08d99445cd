<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="102"/>
        <source>see its file {name}</source>
        <translation>zie het bestand {name}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="118"/>
        <source>not stated in its metadata</source>
        <translation>niet vermeld in de metadata</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="137"/>
        <source>About Coach Companion</source>
        <translation>Over Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="146"/>
        <source>Coach Companion</source>
        <translation>Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="152"/>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="156"/>
        <source>An encrypted, offline companion for coaches: session notes, experiments and honest progress charts. Your notes stay on this computer, encrypted with your passphrase.</source>
        <translation>Een versleutelde offline assistent voor coaches: sessieaantekeningen, experimenten en eerlijke voortgangsgrafieken. Je aantekeningen blijven op deze computer, versleuteld met je wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="165"/>
        <source>Libraries it includes</source>
        <translation>Meegeleverde bibliotheken</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="170"/>
        <source>Qt is used through PySide6 under the GNU Lesser General Public License, version 3. Each library&apos;s licence as its own package states it:</source>
        <translation>Qt wordt gebruikt via PySide6 onder de GNU Lesser General Public License, versie 3. De licentie van elke bibliotheek, zoals het eigen pakket die vermeldt:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="179"/>
        <source>General Self-Efficacy Scale</source>
        <translation>Algemene self-efficacyschaal (GSE)</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="205"/>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="205"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="205"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="219"/>
        <source>Libraries and their licences</source>
        <translation>Bibliotheken en hun licenties</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../ui/context.py" line="69"/>
        <source>The vault is locked. Unlock it to go on.</source>
        <translation>De kluis is vergrendeld. Ontgrendel hem om verder te gaan.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="115"/>
        <source>Score preview</source>
        <translation>Voorbeeld van de score</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="132"/>
        <source>Context: {label}. Shown beside the progress chart, not as the coachee&apos;s own progress.</source>
        <translation>Context: {label}. Wordt naast de voortgangsgrafiek getoond, niet als voortgang van de coachee zelf.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="200"/>
        <source>Date taken</source>
        <translation>Afnamedatum</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="202"/>
        <source>Taken on</source>
        <translation>Afgenomen op</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="252"/>
        <source>Enter the item wording first.</source>
        <translation>Voer eerst de tekst van de items in.</translation>
    </message>
</context>
<context>
    <name>AssessmentMenu</name>
    <message>
        <location filename="../../ui/assessment_menu.py" line="32"/>
        <source>&amp;Confidence per goal</source>
        <extracomment>The built-in measures in the order a coach meets them (their menu wording is in ``builtin_choices``).</extracomment>
        <translation>&amp;Vertrouwen per doel</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="33"/>
        <source>&amp;Goal attainment (GAS)</source>
        <translation>&amp;Doelrealisatie (GAS)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="34"/>
        <source>General &amp;self-efficacy (GSE)</source>
        <translation>Algemene &amp;self-efficacy (GSE)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="35"/>
        <source>Psychological &amp;empowerment</source>
        <translation>Psychologisch &amp;empowerment</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="36"/>
        <source>&amp;Team psychological safety (context)</source>
        <translation>Psychologische veiligheid in het &amp;team (context)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="73"/>
        <source>Add a&amp;ssessment</source>
        <translation>&amp;Meting toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="76"/>
        <source>Add assessment</source>
        <translation>Meting toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="85"/>
        <source>Unlock the vault first</source>
        <translation>Ontgrendel eerst de kluis</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="94"/>
        <source>{label}…</source>
        <translation>{label}…</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="99"/>
        <source>No custom metrics yet (File → Settings → Measures)</source>
        <translation>Nog geen eigen meetwaarden (Bestand → Instellingen → Metingen)</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <location filename="../../ui/session_autosave.py" line="231"/>
        <source>Not saved yet: the vault is busy with {label}. Your text stays here and is saved as soon as that is done.</source>
        <translation>Nog niet opgeslagen: de kluis is bezig met {label}. Je tekst blijft hier staan en wordt opgeslagen zodra dat klaar is.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/window_backups.py" line="35"/>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="39"/>
        <source>Backup written and verified: {path}</source>
        <translation>Back-up geschreven en gecontroleerd: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="42"/>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="43"/>
        <source>Backup written and verified:
{path}</source>
        <translation>Back-up geschreven en gecontroleerd:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="61"/>
        <source>the backup</source>
        <translation>de back-up</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="77"/>
        <source>the daily backup</source>
        <translation>de dagelijkse back-up</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="84"/>
        <source>Daily backup written and verified: {name}</source>
        <translation>Dagelijkse back-up geschreven en gecontroleerd: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="95"/>
        <source>see the log</source>
        <translation>zie het logbestand</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="96"/>
        <source>The daily backup failed: {reason}</source>
        <translation>De dagelijkse back-up is mislukt: {reason}</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../ui/brief_view.py" line="62"/>
        <source>Print brief</source>
        <translation>Briefing afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="71"/>
        <source>coachee</source>
        <translation>coachee</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="72"/>
        <source>{name} brief {date}.pdf</source>
        <translation>{name} briefing {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="90"/>
        <location filename="../../ui/brief_view.py" line="94"/>
        <source>Pre-session brief</source>
        <translation>Sessiebriefing</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="100"/>
        <source>Include my &amp;private reflection</source>
        <translation>Mijn &amp;persoonlijke reflectie opnemen</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="102"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="103"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="166"/>
        <source>Reading the brief</source>
        <translation>de briefing lezen</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="174"/>
        <source>Pre-session brief: {name}</source>
        <translation>Sessiebriefing: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="201"/>
        <source>Save brief as PDF</source>
        <translation>Briefing opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="203"/>
        <source>PDF document (*.pdf)</source>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="223"/>
        <source>the brief</source>
        <translation>de briefing</translation>
    </message>
</context>
<context>
    <name>ClientDetailsBox</name>
    <message>
        <location filename="../../ui/client_details_box.py" line="24"/>
        <source>May be named on hours logs</source>
        <translation>Mag met naam in urenlogs staan</translation>
    </message>
    <message>
        <location filename="../../ui/client_details_box.py" line="26"/>
        <source>Without consent the hours log shows this client as “Confidential client n”.</source>
        <translation>Zonder toestemming toont het urenlog deze cliënt als ‘Vertrouwelijke cliënt n’.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details_box.py" line="29"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../ui/client_details_box.py" line="30"/>
        <source>Pro bono</source>
        <translation>Pro bono</translation>
    </message>
    <message>
        <location filename="../../ui/client_details_box.py" line="31"/>
        <source>Sessions are paid or pro bono by default</source>
        <translation>Sessies zijn standaard betaald of pro bono</translation>
    </message>
    <message>
        <location filename="../../ui/client_details_box.py" line="35"/>
        <source>Client type</source>
        <translation>Soort cliënt</translation>
    </message>
</context>
<context>
    <name>CoacheeCopyDialog</name>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="40"/>
        <location filename="../../ui/coachee_copy_action.py" line="130"/>
        <source>Coachee copy (PDF)</source>
        <translation>Exemplaar voor de coachee (pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="44"/>
        <source>A PDF for {name} to keep: their focus, goals, ratings and experiments. Add only what you want them to read:</source>
        <translation>Een pdf die {name} mag houden: focus, doelen, scores en experimenten. Voeg alleen toe wat de coachee mag lezen:</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="61"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="63"/>
        <source>Print it without saving a file</source>
        <translation>Afdrukken zonder een bestand op te slaan</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="65"/>
        <source>Choose where and save…</source>
        <translation>Locatie kiezen en opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="106"/>
        <source>Print the coachee copy</source>
        <translation>Exemplaar voor de coachee afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="107"/>
        <source>Preparing the coachee copy…</source>
        <translation>Exemplaar voor de coachee wordt voorbereid…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="113"/>
        <source>Save the coachee copy</source>
        <translation>Exemplaar voor de coachee opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="114"/>
        <source>{name} copy {date}.pdf</source>
        <translation>{name} exemplaar {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="117"/>
        <source>PDF document (*.pdf)</source>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="131"/>
        <source>Writing the coachee copy…</source>
        <translation>Exemplaar voor de coachee wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="108"/>
        <location filename="../../ui/coachee_copy_action.py" line="134"/>
        <source>the coachee copy</source>
        <translation>het exemplaar voor de coachee</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="141"/>
        <source>coachee</source>
        <translation>coachee</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="158"/>
        <source>Coachee copy</source>
        <translation>Exemplaar voor de coachee</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="159"/>
        <source>Saved to {out} (NOT encrypted: keep it safe, delete it when done).</source>
        <translation>Opgeslagen in {out} (NIET versleuteld: bewaar het veilig en verwijder het als je klaar bent).</translation>
    </message>
</context>
<context>
    <name>CoacheeListModel</name>
    <message>
        <location filename="../../ui/models.py" line="153"/>
        <location filename="../../ui/models.py" line="160"/>
        <source>Coachee</source>
        <translation>Coachee</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="154"/>
        <location filename="../../ui/models.py" line="160"/>
        <source>Last session</source>
        <translation>Laatste sessie</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="155"/>
        <source>Open</source>
        <comment>column title: the coachee&apos;s open experiments</comment>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="160"/>
        <source>Open experiments</source>
        <translation>Open experimenten</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="194"/>
        <source>{open} ⚠</source>
        <translation>{open} ⚠</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="198"/>
        <source>no session yet</source>
        <translation>nog geen sessie</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="200"/>
        <source>{name}, last session {last}, {open}</source>
        <translation>{name}, laatste sessie {last}, {open}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models.py" line="203"/>
        <source>%n open experiment(s)</source>
        <translation>
            <numerusform>%n open experiment</numerusform>
            <numerusform>%n open experimenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="206"/>
        <source>, {overdue} overdue</source>
        <translation>, {overdue} over tijd</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="214"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="216"/>
        <source>Tags: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models.py" line="219"/>
        <source>%n overdue experiment(s)</source>
        <translation>
            <numerusform>%n experiment over de deadline</numerusform>
            <numerusform>%n experimenten over de deadline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoacheeListPanel</name>
    <message>
        <location filename="../../ui/coachee_list.py" line="64"/>
        <source>Filter coachees (Ctrl+F)</source>
        <translation>Coachees filteren (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="65"/>
        <source>Filter coachees</source>
        <translation>Coachees filteren</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="68"/>
        <source>Show coachees with status</source>
        <translation>Coachees tonen met status</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="70"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="71"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="72"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="73"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="74"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="81"/>
        <source>Coachees</source>
        <translation>Coachees</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="90"/>
        <source>New coachee…</source>
        <translation>Nieuwe coachee…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="91"/>
        <source>New coachee</source>
        <translation>Nieuwe coachee</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coachee_list.py" line="190"/>
        <source>%n coachee(s)</source>
        <translation>
            <numerusform>%n coachee</numerusform>
            <numerusform>%n coachees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coachee_list.py" line="192"/>
        <source>{shown} of %n coachee(s)</source>
        <translation>
            <numerusform>{shown} van %n coachee</numerusform>
            <numerusform>{shown} van %n coachees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoacheePage</name>
    <message>
        <location filename="../../ui/coachee_page.py" line="87"/>
        <source>Coachee name</source>
        <translation>Naam van de coachee</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="90"/>
        <source>Start session</source>
        <translation>Sessie starten</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="93"/>
        <source>Start a session with this coachee: choose a template, in-session mode keeps time (Ctrl+N; Ctrl+Shift+S starts it in in-session mode)</source>
        <translation>Een sessie met deze coachee starten: kies een sjabloon; de live-modus houdt de tijd bij (Ctrl+N; Ctrl+Shift+S start in de live-modus)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="97"/>
        <source>Edit profile…</source>
        <translation>Profiel bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="101"/>
        <source>Sessions, newest first</source>
        <translation>Sessies, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="108"/>
        <source>Enter or double-click opens the session</source>
        <translation>Enter of dubbelklik opent de sessie</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="110"/>
        <source>Experiments</source>
        <translation>Experimenten</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="118"/>
        <source>Enter or double-click opens the review</source>
        <translation>Enter of dubbelklik opent de evaluatie</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="125"/>
        <source>Agree experiment…</source>
        <translation>Experiment afspreken…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="126"/>
        <source>Review…</source>
        <translation>Evalueren…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="135"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="136"/>
        <location filename="../../ui/coachee_page.py" line="137"/>
        <source>Add assessment</source>
        <translation>Meting toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="138"/>
        <source>Progress report (PDF)…</source>
        <translation>Voortgangsrapport (pdf)…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="140"/>
        <source>Profile, goals, this chart and the experiments as a PDF (Ctrl+P)</source>
        <translation>Profiel, doelen, deze grafiek en de experimenten als pdf (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="161"/>
        <source>Learning log</source>
        <translation>Leerlogboek</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="164"/>
        <source>Coachee tabs</source>
        <translation>Coachee-tabbladen</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="165"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="166"/>
        <source>Sess&amp;ions</source>
        <translation>Sess&amp;ies</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="167"/>
        <source>E&amp;xperiments</source>
        <translation>E&amp;xperimenten</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="168"/>
        <source>&amp;Progress</source>
        <translation>&amp;Voortgang</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="169"/>
        <source>&amp;Learning log</source>
        <translation>&amp;Leerlogboek</translation>
    </message>
</context>
<context>
    <name>CoacheeStatus</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="71"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="72"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="73"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="74"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
</context>
<context>
    <name>ConfidenceForm</name>
    <message>
        <location filename="../../ui/assessment_forms.py" line="228"/>
        <source>Overall</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="231"/>
        <source>not asked</source>
        <translation>niet gevraagd</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="233"/>
        <source>Confidence: {title}</source>
        <translation>Vertrouwen: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="247"/>
        <source>Give at least one rating.</source>
        <translation>Geef minstens één score.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assessment_forms.py" line="248"/>
        <source>%n rating(s) to save.</source>
        <translation>
            <numerusform>%n score om op te slaan.</numerusform>
            <numerusform>%n scores om op te slaan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../ui/unlock_pages.py" line="215"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="216"/>
        <location filename="../../ui/unlock_pages.py" line="218"/>
        <source>Create vault</source>
        <translation>Kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="220"/>
        <source>Create your vault</source>
        <translation>Maak je kluis aan</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="224"/>
        <source>Everything you write is encrypted with a key that only this passphrase (or the recovery key you get next) can open. Nobody, including us, can reset it. A few unusual words in a row work well.

Folder: {folder}</source>
        <translation>Alles wat je schrijft wordt versleuteld met een sleutel die alleen deze wachtwoordzin (of de herstelsleutel die je hierna krijgt) kan openen. Niemand, ook wij niet, kan hem opnieuw instellen. Een paar ongewone woorden achter elkaar werken goed.

Map: {folder}</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <location filename="../../ui/progress_models.py" line="97"/>
        <source>Coachee</source>
        <translation>Coachee</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="98"/>
        <source>Last session</source>
        <translation>Laatste sessie</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="99"/>
        <source>Days since</source>
        <translation>Dagen geleden</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="100"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="101"/>
        <source>Overdue</source>
        <translation>Over tijd</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="102"/>
        <source>Confidence</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="103"/>
        <source>Flags</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="110"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="158"/>
        <source>No confidence ratings yet</source>
        <translation>Nog geen vertrouwensscores</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress_models.py" line="160"/>
        <source>Confidence, last %n session(s) (mean of goals): {values}</source>
        <translation>
            <numerusform>Vertrouwen, laatste %n sessie (gemiddelde van de doelen): {values}</numerusform>
            <numerusform>Vertrouwen, laatste %n sessies (gemiddelde van de doelen): {values}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../ui/dashboard.py" line="191"/>
        <source>Filter by name, organisation or flag…</source>
        <extracomment>Native styles that already draw the platform&apos;s convention (the arrow points up when the smallest value is at the top); Qt&apos;s own styles (Fusion, Windows) draw it the other way.</extracomment>
        <translation>Filteren op naam, organisatie of signaal…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="193"/>
        <source>Filter coachees</source>
        <translation>Coachees filteren</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="195"/>
        <source>Flagged &amp;only</source>
        <translation>Alleen met &amp;signaal</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="197"/>
        <source>Dashboard summary</source>
        <translation>Samenvatting van het dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="209"/>
        <source>Active coachees</source>
        <translation>Actieve coachees</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="263"/>
        <source>Loading the dashboard</source>
        <translation>Dashboard wordt geladen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="312"/>
        <source>%n active coachee(s)</source>
        <translation>
            <numerusform>%n actieve coachee</numerusform>
            <numerusform>%n actieve coachees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="313"/>
        <source>{count} flagged</source>
        <translation>{count} met signaal</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="316"/>
        <source>{count} shown</source>
        <translation>{count} getoond</translation>
    </message>
</context>
<context>
    <name>DemoStart</name>
    <message>
        <location filename="../../ui/demo_start.py" line="67"/>
        <source>The demo vault was not finished.</source>
        <translation>De demokluis is niet afgemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/demo_start.py" line="114"/>
        <source>Preparing a demo vault with sample coachees…</source>
        <translation>Demokluis met voorbeeldcoachees wordt voorbereid…</translation>
    </message>
    <message>
        <location filename="../../ui/demo_start.py" line="142"/>
        <source>The demo vault could not be made; the log says why.</source>
        <translation>De demokluis kon niet worden gemaakt; het logbestand zegt waarom.</translation>
    </message>
</context>
<context>
    <name>DevelopmentDialog</name>
    <message>
        <location filename="../../ui/development_panel.py" line="49"/>
        <source>Supervision or CPD</source>
        <translation>Supervisie of bijscholing</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="67"/>
        <source>Private: what you took from it</source>
        <translation>Privé: wat je eruit hebt meegenomen</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="70"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="71"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="72"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="73"/>
        <source>Supervisor or provider</source>
        <translation>Supervisor of aanbieder</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="74"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="75"/>
        <source>Private reflection</source>
        <translation>Persoonlijke reflectie</translation>
    </message>
</context>
<context>
    <name>DevelopmentPanel</name>
    <message>
        <location filename="../../ui/development_panel.py" line="147"/>
        <source>Add supervision or CPD…</source>
        <translation>Supervisie of bijscholing toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="150"/>
        <source>Supervision and CPD per year</source>
        <translation>Supervisie en bijscholing per jaar</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="154"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="155"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="156"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="157"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="158"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="164"/>
        <source>Supervision and CPD entries</source>
        <translation>Supervisie en bijscholing</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="187"/>
        <source>{year}: {sup} h supervision, {cpd} h CPD</source>
        <translation>{year}: {sup} u supervisie, {cpd} u bijscholing</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="192"/>
        <source>No supervision or CPD recorded yet.</source>
        <translation>Nog geen supervisie of bijscholing vastgelegd.</translation>
    </message>
</context>
<context>
    <name>DraftRestore</name>
    <message>
        <location filename="../../ui/window_drafts.py" line="74"/>
        <source>What was open before the lock could not be reopened: {reason}</source>
        <translation>Wat vóór het vergrendelen open stond, kon niet opnieuw worden geopend: {reason}</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="444"/>
        <location filename="../../ui/coachee_dialogs.py" line="445"/>
        <source>Erase coachee</source>
        <translation>Coachee wissen</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="448"/>
        <source>This deletes everything about &lt;b&gt;{name}&lt;/b&gt; from this vault: profile, goals, every session note, experiments and measurements. It cannot be undone; older backups still hold them, and the erasure is applied again if one is restored.&lt;br&gt;&lt;br&gt;Type the name to confirm:</source>
        <translation>Dit verwijdert alles over &lt;b&gt;{name}&lt;/b&gt; uit deze kluis: profiel, doelen, alle sessieaantekeningen, experimenten en metingen. Dit kan niet ongedaan worden gemaakt; oudere back-ups bevatten de gegevens nog, en het wissen wordt opnieuw toegepast als zo&apos;n back-up wordt teruggezet.&lt;br&gt;&lt;br&gt;Typ de naam ter bevestiging:</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="457"/>
        <source>Type the coachee&apos;s name to confirm</source>
        <translation>Typ de naam van de coachee ter bevestiging</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="461"/>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>Coach Companion hit an unexpected problem ({kind}). What you typed is saved as you go; if something looks wrong, lock and unlock the vault or restart the app. The details were written to the log (without any note text).</source>
        <translation>Coach Companion stuitte op een onverwacht probleem ({kind}). Wat je typt wordt steeds opgeslagen; ziet iets er niet goed uit, vergrendel en ontgrendel dan de kluis of start de app opnieuw. De details staan in het logbestand (zonder tekst uit aantekeningen).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <location filename="../../ui/errors.py" line="193"/>
        <source>Coach Companion</source>
        <translation>Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="171"/>
        <source>Log of the last run</source>
        <translation>Logbestand van de vorige keer</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="177"/>
        <source>Log text</source>
        <translation>Logtekst</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="195"/>
        <source>The last time, Coach Companion hit a problem.</source>
        <translation>De vorige keer stuitte Coach Companion op een probleem.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="198"/>
        <source>The details were written to {path} (without any note text). You can look at them, or send them along when you report the problem.</source>
        <translation>De details staan in {path} (zonder tekst uit aantekeningen). Je kunt ze bekijken of meesturen als je het probleem meldt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="205"/>
        <source>Show log</source>
        <translation>Logbestand tonen</translation>
    </message>
</context>
<context>
    <name>ExperimentDecision</name>
    <message>
        <location filename="../../ui/models.py" line="84"/>
        <source>Adopt</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="85"/>
        <source>Adapt</source>
        <translation>Aanpassen</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="86"/>
        <source>Abandon</source>
        <translation>Loslaten</translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="91"/>
        <source>Edit experiment</source>
        <translation>Experiment bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="91"/>
        <source>Agree an experiment</source>
        <translation>Een experiment afspreken</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="98"/>
        <source>A small step to try before the next session. Writing the prediction down makes the review a real comparison.</source>
        <translation>Een kleine stap om uit te proberen vóór de volgende sessie. Door de verwachting op te schrijven wordt de evaluatie een echte vergelijking.</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="104"/>
        <source>e.g. Say no to one meeting a week</source>
        <translation>bijv. één vergadering per week afzeggen</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="105"/>
        <source>Experiment title</source>
        <translation>Titel van het experiment</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="107"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="109"/>
        <source>e.g. They will push back at first, then nobody will miss it</source>
        <translation>bijv. eerst komt er weerstand, daarna mist niemand het</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="110"/>
        <source>Prediction</source>
        <translation>Verwachting</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="113"/>
        <source>What exactly will be tried, and when?</source>
        <translation>Wat wordt er precies geprobeerd, en wanneer?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="113"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="116"/>
        <source>How will you notice it worked?</source>
        <translation>Waaraan merk je dat het gewerkt heeft?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="116"/>
        <source>Success signal</source>
        <translation>Succesindicator</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="122"/>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="123"/>
        <source>Due by</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="125"/>
        <source>Has a due date</source>
        <translation>Heeft een deadline</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="133"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="138"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="139"/>
        <source>&amp;Goal (optional)</source>
        <translation>&amp;Doel (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="140"/>
        <source>&amp;Prediction — what do you expect will happen?</source>
        <translation>&amp;Verwachting — wat denk je dat er gebeurt?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="141"/>
        <source>&amp;Action</source>
        <translation>&amp;Actie</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="142"/>
        <source>&amp;Success signal</source>
        <translation>&amp;Succesindicator</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="277"/>
        <source>No particular goal</source>
        <translation>Geen specifiek doel</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="284"/>
        <source>{title} ({status})</source>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="293"/>
        <source>achieved</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="294"/>
        <source>dropped</source>
        <translation>losgelaten</translation>
    </message>
</context>
<context>
    <name>ExperimentDue</name>
    <message>
        <location filename="../../ui/experiment_common.py" line="40"/>
        <source>no due date</source>
        <translation>geen deadline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/experiment_common.py" line="34"/>
        <source>%n day(s) past due</source>
        <translation>
            <numerusform>%n dag over tijd</numerusform>
            <numerusform>%n dagen over tijd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/experiment_common.py" line="45"/>
        <source>due today</source>
        <translation>deadline vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_common.py" line="46"/>
        <source>due {date}</source>
        <translation>deadline {date}</translation>
    </message>
</context>
<context>
    <name>ExperimentReviewDialog</name>
    <message>
        <location filename="../../ui/experiment_review.py" line="66"/>
        <source>Review: {title}</source>
        <translation>Evaluatie: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="72"/>
        <source>What happened? What did you learn? Adopt, adapt or abandon?</source>
        <translation>Wat is er gebeurd? Wat heb je geleerd? Behouden, aanpassen of loslaten?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="75"/>
        <source>An experiment that did not go as predicted is not a failure: finding that out is what it was for.</source>
        <translation>Een experiment dat anders liep dan verwacht is geen mislukking: dat ontdekken was juist het doel.</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="81"/>
        <source>What happened? Any surprises?</source>
        <translation>Wat is er gebeurd? Verrassingen?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="81"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="84"/>
        <source>What did you learn, compared with the prediction?</source>
        <translation>Wat heb je geleerd, vergeleken met de verwachting?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="85"/>
        <source>What did you learn</source>
        <translation>Wat je hebt geleerd</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="90"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="96"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="101"/>
        <source>Save review</source>
        <translation>Evaluatie opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="108"/>
        <source>What &amp;happened?</source>
        <translation>Wat is er &amp;gebeurd?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="109"/>
        <source>What did you &amp;learn?</source>
        <translation>Wat heb je ge&amp;leerd?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="176"/>
        <source>Adopt — it works; keep doing it</source>
        <translation>Behouden — het werkt; zo doorgaan</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="177"/>
        <source>Adapt — change something and try again</source>
        <translation>Aanpassen — iets veranderen en opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="178"/>
        <source>Abandon — let it go; what it taught stays</source>
        <translation>Loslaten — laat het gaan; wat het leerde blijft</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="179"/>
        <source>Not decided yet</source>
        <translation>Nog niet besloten</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="184"/>
        <source>Done — it was tried</source>
        <translation>Uitgevoerd — het is geprobeerd</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="185"/>
        <source>Still in progress</source>
        <translation>Nog bezig</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="186"/>
        <source>Dropped — not tried or stopped, and that is fine to say</source>
        <translation>Losgelaten — niet geprobeerd of gestopt, en dat mag je gewoon zeggen</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="192"/>
        <source>The plan</source>
        <translation>Het plan</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="196"/>
        <source>Goal:</source>
        <translation>Doel:</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="197"/>
        <source>Prediction:</source>
        <translation>Verwachting:</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="198"/>
        <source>Action:</source>
        <translation>Actie:</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="199"/>
        <source>Success signal:</source>
        <translation>Succesindicator:</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="200"/>
        <source>Due:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="227"/>
        <source>{group}: {option}</source>
        <translation>{group}: {option}</translation>
    </message>
</context>
<context>
    <name>ExperimentStatus</name>
    <message>
        <location filename="../../ui/models.py" line="73"/>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="74"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="75"/>
        <source>Done</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="76"/>
        <source>Dropped</source>
        <translation>Losgelaten</translation>
    </message>
</context>
<context>
    <name>ExperimentTableModel</name>
    <message>
        <location filename="../../ui/models.py" line="330"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="330"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="330"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="330"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="368"/>
        <source>{due} (overdue)</source>
        <translation>{due} (over tijd)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="371"/>
        <source>{title}, {status}</source>
        <translation>{title}, {status}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="375"/>
        <source>, due {date}</source>
        <translation>, deadline {date}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="376"/>
        <source>, overdue</source>
        <translation>, over tijd</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="380"/>
        <source>Prediction: {text}</source>
        <translation>Verwachting: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="381"/>
        <source>Action: {text}</source>
        <translation>Actie: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="382"/>
        <source>Success signal: {text}</source>
        <translation>Succesindicator: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="383"/>
        <source>Outcome: {text}</source>
        <translation>Uitkomst: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="384"/>
        <source>Learning: {text}</source>
        <translation>Leerpunt: {text}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/file_export.py" line="83"/>
        <source>The exported file is NOT encrypted: anyone who can open it can read everything in it. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>Het geëxporteerde bestand is NIET versleuteld: iedereen die het kan openen, kan alles erin lezen. Bewaar het op een veilige plek en verwijder het als je het niet meer nodig hebt.</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="108"/>
        <source>Export the whole vault</source>
        <translation>De hele kluis exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="110"/>
        <source>Every coachee with their goals, sessions, experiments and measurements, as one JSON file another vault can import.</source>
        <translation>Elke coachee met doelen, sessies, experimenten en metingen, als één JSON-bestand dat een andere kluis kan importeren.</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="114"/>
        <source>Export this coachee</source>
        <translation>Deze coachee exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="116"/>
        <source>Everything this vault holds about {name}, as one JSON file (for a subject-access request).</source>
        <translation>Alles wat deze kluis over {name} bevat, als één JSON-bestand (voor een inzageverzoek).</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="120"/>
        <source>Export this coachee (PDF)</source>
        <translation>Deze coachee exporteren (pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="122"/>
        <source>Everything this vault holds about {name}, as a readable PDF (for a subject-access request).</source>
        <translation>Alles wat deze kluis over {name} bevat, als leesbare pdf (voor een inzageverzoek).</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="126"/>
        <source>Export notes as Markdown</source>
        <translation>Aantekeningen exporteren als Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="128"/>
        <source>The session notes as Markdown text files, one folder per coachee, in a folder you choose.</source>
        <translation>De sessieaantekeningen als Markdown-tekstbestanden, één map per coachee, in een map die je kiest.</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="134"/>
        <source>One file per session</source>
        <translation>Eén bestand per sessie</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="135"/>
        <source>Only {name}</source>
        <translation>Alleen {name}</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="136"/>
        <source>Include my private reflections</source>
        <translation>Mijn persoonlijke reflecties meenemen</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="142"/>
        <source>Your private reflections are your own thoughts about the sessions. Whether a subject-access request covers them is for you to decide (ask your professional body or a lawyer if unsure). Left unticked, the PDF says they were left out; everything else about {name} is in it.</source>
        <translation>Je persoonlijke reflecties zijn je eigen gedachten over de sessies. Of een inzageverzoek ze omvat, beslis je zelf (vraag het bij twijfel aan je beroepsvereniging of een jurist). Laat je dit vakje leeg, dan staat in de pdf dat ze zijn weggelaten; al het andere over {name} staat erin.</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="153"/>
        <source>The file is complete, your private reflections included, so another vault can import it. To give {name} a copy without them, export this coachee as PDF instead.</source>
        <translation>Het bestand is volledig, inclusief je persoonlijke reflecties, zodat een andere kluis het kan importeren. Wil je {name} een kopie zonder die reflecties geven, exporteer deze coachee dan als pdf.</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="171"/>
        <source>Choose where and export…</source>
        <translation>Locatie kiezen en exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="181"/>
        <source>coachee</source>
        <translation>coachee</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="183"/>
        <source>{name} export {date}.json</source>
        <translation>{name} export {date}.json</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="187"/>
        <source>{name} all data {date}.pdf</source>
        <translation>{name} alle gegevens {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="190"/>
        <source>Coaching vault export {date}.json</source>
        <translation>Export coachingkluis {date}.json</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="251"/>
        <source>Export into</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="263"/>
        <source>PDF document (*.pdf)</source>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="265"/>
        <source>JSON file (*.json)</source>
        <translation>JSON-bestand (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="305"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="307"/>
        <source>the export</source>
        <translation>de export</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="314"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="315"/>
        <source>Exported to {out} (NOT encrypted: keep it safe, delete it when done).</source>
        <translation>Geëxporteerd naar {out} (NIET versleuteld: bewaar het veilig en verwijder het als je klaar bent).</translation>
    </message>
</context>
<context>
    <name>FilePaths</name>
    <message>
        <location filename="../../ui/file_paths.py" line="41"/>
        <source>Not in the vault folder</source>
        <translation>Niet in de kluismap</translation>
    </message>
    <message>
        <location filename="../../ui/file_paths.py" line="42"/>
        <source>This file is not encrypted: write it outside the vault folder. Nothing was written.</source>
        <translation>Dit bestand is niet versleuteld: sla het op buiten de kluismap. Er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Problem with the form</source>
        <translation>Probleem met het formulier</translation>
    </message>
</context>
<context>
    <name>GasForm</name>
    <message>
        <location filename="../../ui/assessment_forms.py" line="63"/>
        <source>−2 much less than expected</source>
        <translation>−2 veel minder dan verwacht</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="64"/>
        <source>−1 less than expected</source>
        <translation>−1 minder dan verwacht</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="65"/>
        <source>0 expected outcome</source>
        <translation>0 verwachte uitkomst</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="66"/>
        <source>+1 more than expected</source>
        <translation>+1 meer dan verwacht</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="67"/>
        <source>+2 much more than expected</source>
        <translation>+2 veel meer dan verwacht</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="279"/>
        <source>0 is the expected outcome; the combined T-score is 50 when every goal is at its expected outcome.</source>
        <translation>0 is de verwachte uitkomst; de gecombineerde T-score is 50 als elk doel op de verwachte uitkomst zit.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="289"/>
        <source>not rated</source>
        <translation>geen score</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="294"/>
        <source>Goal attainment: {title}</source>
        <translation>Doelrealisatie: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="297"/>
        <source>{title} (weight {weight})</source>
        <translation>{title} (gewicht {weight})</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="306"/>
        <source>This coachee has no active goals to rate yet.</source>
        <translation>Deze coachee heeft nog geen actieve doelen om te scoren.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="330"/>
        <source>Choose a level for at least one goal.</source>
        <translation>Kies voor minstens één doel een niveau.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="332"/>
        <source>T-score of the goals rated now: {score} (50 = as expected)</source>
        <translation>T-score van de nu gescoorde doelen: {score} (50 = zoals verwacht)</translation>
    </message>
</context>
<context>
    <name>GoalAttainment</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="81"/>
        <source>much less than expected</source>
        <translation>veel minder dan verwacht</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="82"/>
        <source>somewhat less than expected</source>
        <translation>iets minder dan verwacht</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="83"/>
        <source>the expected level</source>
        <translation>het verwachte niveau</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="84"/>
        <source>somewhat more than expected</source>
        <translation>iets meer dan verwacht</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="85"/>
        <source>much more than expected</source>
        <translation>veel meer dan verwacht</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="328"/>
        <source>Add goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="330"/>
        <source>Edit goal</source>
        <translation>Doel bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="337"/>
        <source>What the coachee wants to achieve</source>
        <translation>Wat de coachee wil bereiken</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="345"/>
        <source>How much this goal counts in the GAS score: 1 (least) to 4</source>
        <translation>Hoe zwaar dit doel meetelt in de GAS-score: 1 (minst) tot 4</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="347"/>
        <source>Title *</source>
        <translation>Titel *</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="348"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="349"/>
        <source>Weight (1–4)</source>
        <translation>Gewicht (1–4)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="352"/>
        <source>Goal Attainment Scaling: describe what each level would look like, in observable terms. 0 is the outcome you both expect.</source>
        <translation>Goal Attainment Scaling: beschrijf in waarneembare termen hoe elk niveau eruit zou zien. 0 is de uitkomst die jullie allebei verwachten.</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="364"/>
        <source>Level {sign}: {meaning}</source>
        <translation>Niveau {sign}: {meaning}</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="414"/>
        <source>This goal no longer exists.</source>
        <translation>Dit doel bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../ui/group_dialogs.py" line="43"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="44"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="45"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="46"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
</context>
<context>
    <name>GroupSessionDialog</name>
    <message>
        <location filename="../../ui/group_session_editor.py" line="62"/>
        <source>Group session — {name}</source>
        <translation>Groepssessie — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="75"/>
        <location filename="../../ui/group_session_editor.py" line="95"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="79"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="80"/>
        <source>Duration (minutes)</source>
        <translation>Duur (minuten)</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="84"/>
        <location filename="../../ui/group_session_editor.py" line="97"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="96"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="98"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="107"/>
        <source>Add round</source>
        <translation>Ronde toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="313"/>
        <source>The action became an experiment on {name}&apos;s record.</source>
        <translation>De actie is een experiment geworden in het dossier van {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="319"/>
        <source>The insight went to {name}&apos;s learning log.</source>
        <translation>Het inzicht staat nu in het leerlogboek van {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="323"/>
        <source>The rating became a confidence measurement of {name}.</source>
        <translation>De score is een vertrouwensmeting van {name} geworden.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../ui/groups_page.py" line="92"/>
        <source>New group…</source>
        <translation>Nieuwe groep…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="95"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="95"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="95"/>
        <location filename="../../ui/groups_page.py" line="149"/>
        <source>Members</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="95"/>
        <source>Last session</source>
        <translation>Laatste sessie</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="97"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="104"/>
        <source>Double-click a group or press Enter to open its page.</source>
        <translation>Dubbelklik op een groep of druk op Enter om de pagina te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="115"/>
        <source>← All groups</source>
        <translation>← Alle groepen</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="126"/>
        <source>New session…</source>
        <translation>Nieuwe sessie…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="128"/>
        <source>Edit group…</source>
        <translation>Groep bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="130"/>
        <source>Name, purpose, dates, status; who joins and who leaves</source>
        <translation>Naam, doelstelling, data, status; wie erbij komt en wie vertrekt</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="134"/>
        <location filename="../../ui/groups_page.py" line="142"/>
        <source>Member</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="134"/>
        <source>Record</source>
        <translation>Vastgelegd als</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="134"/>
        <source>Joined</source>
        <translation>Lid sinds</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="134"/>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="137"/>
        <location filename="../../ui/groups_page.py" line="146"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="137"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="137"/>
        <source>Rounds</source>
        <translation>Rondes</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="137"/>
        <source>Case-givers</source>
        <translation>Casusinbrengers</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="142"/>
        <source>Cases brought</source>
        <translation>Ingebrachte casussen</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="142"/>
        <source>Last case</source>
        <translation>Laatste casus</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="146"/>
        <source>Case-giver</source>
        <translation>Casusinbrenger</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="146"/>
        <source>Insight</source>
        <translation>Inzicht</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="146"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="150"/>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="151"/>
        <source>Who brought a case when</source>
        <translation>Wie wanneer een casus inbracht</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="152"/>
        <source>The set&apos;s learning log</source>
        <translation>Het leerlogboek van de groep</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="256"/>
        <source>{name} — {kind}, {status}</source>
        <translation>{name} — {kind}, {status}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="271"/>
        <source>coachee</source>
        <translation>coachee</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="271"/>
        <source>by name only</source>
        <translation>alleen op naam</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="287"/>
        <source>{n} of {total}</source>
        <translation>{n} van {total}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="304"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="311"/>
        <source>Next to bring a case: {name}</source>
        <translation>Volgende casusinbrenger: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="313"/>
        <source>No current members.</source>
        <translation>Geen huidige deelnemers.</translation>
    </message>
</context>
<context>
    <name>HandoverSetupDialog</name>
    <message>
        <location filename="../../ui/handover.py" line="75"/>
        <source>Hand the laptop over</source>
        <extracomment>What can be handed over: multi-item questionnaires and the check-in (a rating per goal stays with the coach, who knows which goal is meant).</extracomment>
        <translation>De laptop overhandigen</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="77"/>
        <source>Questionnaire</source>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="81"/>
        <source>Language for the coachee</source>
        <translation>Taal voor de coachee</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="88"/>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Vragenlijst</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="89"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="94"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Overhandigen</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="101"/>
        <source>The screen will show only this form. Getting back needs your passphrase.</source>
        <translation>Het scherm toont alleen dit formulier. Terugkeren kan alleen met jouw wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>HandoverWindow</name>
    <message>
        <location filename="../../ui/handover.py" line="330"/>
        <source>Coach&apos;s passphrase</source>
        <translation>Wachtwoordzin van de coach</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="331"/>
        <source>Coach: your passphrase to go back</source>
        <translation>Coach: je wachtwoordzin om terug te gaan</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="336"/>
        <source>Back to the questions</source>
        <translation>Terug naar de vragen</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="338"/>
        <source>Back to the app</source>
        <translation>Terug naar de app</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="340"/>
        <source>Lock the app</source>
        <translation>De app vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="385"/>
        <source>That is not the passphrase.</source>
        <translation>Dat is niet de wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../ui/help_overlay.py" line="31"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="32"/>
        <source>Move between fields and lists</source>
        <translation>Tussen velden en lijsten bewegen</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="35"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="36"/>
        <source>Open the selected coachee (list or dashboard), session or search result</source>
        <translation>De geselecteerde coachee (lijst of dashboard), sessie of zoekresultaat openen</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="42"/>
        <source>Alt+O / I / X / P / L</source>
        <translation>Alt+O / I / X / V / L</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="43"/>
        <source>Coachee tabs: Overview, Sessions, Experiments, Progress, Learning log</source>
        <translation>Coachee-tabbladen: Overzicht, Sessies, Experimenten, Voortgang, Leerlogboek</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="49"/>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="50"/>
        <source>Open a button&apos;s menu, e.g. Add assessment</source>
        <translation>Het menu van een knop openen, bijv. Meting toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="53"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="54"/>
        <source>Close a dialog or this overlay; close a session (a live one: Ctrl+Shift+E)</source>
        <translation>Een dialoogvenster of dit overzicht sluiten; een sessie sluiten (een live sessie: Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="60"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="61"/>
        <source>Save a dialog (also from a multi-line field)</source>
        <translation>Een dialoogvenster opslaan (ook vanuit een veld met meerdere regels)</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="91"/>
        <source>Esc or F1 closes this.</source>
        <translation>Esc of F1 sluit dit.</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="73"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.py" line="43"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="45"/>
        <source>Learning log (everyone)</source>
        <translation>Leerlogboek (iedereen)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="46"/>
        <source>What every reviewed experiment taught (Ctrl+Shift+L)</source>
        <translation>Wat elk geëvalueerd experiment heeft opgeleverd (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="49"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="58"/>
        <source>Every active coachee at a glance, longest without a session first. Double-click a row or press Enter to open that coachee.</source>
        <translation>Alle actieve coachees in één oogopslag, wie het langst geen sessie had bovenaan. Dubbelklik op een rij of druk op Enter om die coachee te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="67"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="68"/>
        <source>New coachee…</source>
        <translation>Nieuwe coachee…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="69"/>
        <source>New coachee</source>
        <translation>Nieuwe coachee</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="70"/>
        <source>Add the first person you coach (Ctrl+Shift+N)</source>
        <translation>Voeg de eerste persoon toe die je coacht (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="73"/>
        <source>This vault has no coachees yet. Add the first person you coach: their profile, goals, session notes, agreed experiments and progress all live here, encrypted on this computer.</source>
        <translation>Deze kluis heeft nog geen coachees. Voeg de eerste persoon toe die je coacht: profiel, doelen, sessieaantekeningen, afgesproken experimenten en voortgang staan allemaal hier, versleuteld op deze computer.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="87"/>
        <source>Welcome to Coach Companion</source>
        <translation>Welkom bij Coach Companion</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../ui/hours_page.py" line="89"/>
        <location filename="../../ui/hours_page.py" line="93"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="90"/>
        <source>Untick to count from the first session</source>
        <translation>Vink uit om vanaf de eerste sessie te tellen</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="93"/>
        <location filename="../../ui/hours_page.py" line="111"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="100"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="102"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="104"/>
        <source>Export spreadsheet…</source>
        <translation>Spreadsheet exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="126"/>
        <source>Totals</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="128"/>
        <source>Clients not named</source>
        <translation>Cliënten zonder naam</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="131"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="132"/>
        <location filename="../../ui/hours_page.py" line="160"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="133"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="134"/>
        <source>Pro bono</source>
        <translation>Pro bono</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="135"/>
        <location filename="../../ui/hours_page.py" line="152"/>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="138"/>
        <source>Hours per period</source>
        <translation>Uren per periode</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="140"/>
        <source>Per year</source>
        <translation>Per jaar</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="141"/>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="142"/>
        <source>Totals per year or per month</source>
        <translation>Totalen per jaar of per maand</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="146"/>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="147"/>
        <source>Individual/Group</source>
        <translation>Individueel/groep</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="148"/>
        <source>First</source>
        <translation>Eerste</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="149"/>
        <source>Last</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="150"/>
        <location filename="../../ui/hours_page.py" line="161"/>
        <source>Paid hours</source>
        <translation>Betaalde uren</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="151"/>
        <source>Pro bono hours</source>
        <translation>Pro-bono-uren</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="155"/>
        <source>Hours per client</source>
        <translation>Uren per cliënt</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="159"/>
        <source>Credential</source>
        <translation>Accreditatie</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="162"/>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="163"/>
        <source>Recent hours</source>
        <translation>Recente uren</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="164"/>
        <source>Reached</source>
        <translation>Gehaald</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="167"/>
        <source>Progress towards credentials</source>
        <translation>Voortgang naar accreditaties</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="169"/>
        <source>Where the requirements come from</source>
        <translation>Waar de eisen vandaan komen</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="231"/>
        <source>{total} hours: {paid} paid, {pro_bono} pro bono; {group} in groups; {internal} with internal clients; {clients}.</source>
        <translation>{total} uur: {paid} betaald, {pro_bono} pro bono; {group} in groepen; {internal} met interne cliënten; {clients}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hours_page.py" line="239"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliënt</numerusform>
            <numerusform>%n cliënten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hours_page.py" line="246"/>
        <source>{hours} hours with %n client(s) who did not consent to be named: they appear as “Confidential client” on the log.</source>
        <translation>
            <numerusform>{hours} uur met %n cliënt die geen toestemming gaf om met naam te worden genoemd: deze staat als ‘Vertrouwelijke cliënt’ in het log.</numerusform>
            <numerusform>{hours} uur met %n cliënten die geen toestemming gaven om met naam te worden genoemd: zij staan als ‘Vertrouwelijke cliënt’ in het log.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="255"/>
        <source>Individual</source>
        <translation>Individueel</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="255"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="286"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="286"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="297"/>
        <source>{body}: figures from {source} as of {date}. Check the current requirements before you apply.</source>
        <translation>{body}: cijfers uit {source} per {date}. Controleer de actuele eisen voordat je een aanvraag doet.</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="338"/>
        <source>Export hours log</source>
        <translation>Urenlog exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="340"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="340"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="353"/>
        <source>Hours log written: {path}</source>
        <translation>Urenlog geschreven: {path}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/file_import.py" line="97"/>
        <location filename="../../ui/file_import.py" line="166"/>
        <source>Import from a JSON export</source>
        <translation>Importeren uit een JSON-export</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="99"/>
        <source>File: {name}</source>
        <translation>Bestand: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="102"/>
        <source>Checking the file…</source>
        <translation>Bestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="109"/>
        <source>Everything in the file is imported, or nothing is: if any part of it cannot be imported, the vault stays exactly as it is.</source>
        <translation>Alles in het bestand wordt geïmporteerd, of niets: als een deel ervan niet kan worden geïmporteerd, blijft de kluis precies zoals hij is.</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="117"/>
        <location filename="../../ui/file_import.py" line="216"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="139"/>
        <source>%n coachee(s)</source>
        <translation>
            <numerusform>%n coachee</numerusform>
            <numerusform>%n coachees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="140"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n doel</numerusform>
            <numerusform>%n doelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="141"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessie</numerusform>
            <numerusform>%n sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="142"/>
        <source>%n experiment(s)</source>
        <translation>
            <numerusform>%n experiment</numerusform>
            <numerusform>%n experimenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="143"/>
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n meting</numerusform>
            <numerusform>%n metingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="146"/>
        <location filename="../../ui/file_import.py" line="212"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groep</numerusform>
            <numerusform>%n groepen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="147"/>
        <source>This file adds: {parts}.</source>
        <translation>Dit bestand voegt toe: {parts}.</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="167"/>
        <source>JSON file (*.json)</source>
        <translation>JSON-bestand (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="186"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="192"/>
        <source>the import</source>
        <translation>de import</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="217"/>
        <source>Imported {summary}.</source>
        <translation>Geïmporteerd: {summary}.</translation>
    </message>
</context>
<context>
    <name>ItemWordingDialog</name>
    <message>
        <location filename="../../ui/assessment_wording.py" line="121"/>
        <source>{name}: item wording</source>
        <translation>{name}: tekst van de items</translation>
    </message>
</context>
<context>
    <name>ItemWordingForm</name>
    <message>
        <location filename="../../ui/assessment_wording.py" line="47"/>
        <source>{name} ships without its item wording. Enter the wording of each item once for this vault (from your licensed copy of the questionnaire); it is stored encrypted with your notes and used for every coachee.</source>
        <translation>{name} wordt geleverd zonder de tekst van de items. Voer de tekst van elk item één keer in voor deze kluis (uit je gelicentieerde exemplaar van de vragenlijst); hij wordt versleuteld bij je aantekeningen bewaard en voor elke coachee gebruikt.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_wording.py" line="54"/>
        <source>Licence: {licence}
Source: {source}</source>
        <translation>Licentie: {licence}
Bron: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_wording.py" line="67"/>
        <source>Wording of item {number}</source>
        <translation>Tekst van item {number}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_wording.py" line="72"/>
        <source>Save wording</source>
        <translation>Tekst opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_wording.py" line="83"/>
        <source>Item {number}</source>
        <translation>Item {number}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_wording.py" line="87"/>
        <source> (scored reversed)</source>
        <translation> (omgekeerd gescoord)</translation>
    </message>
</context>
<context>
    <name>KeyringText</name>
    <message>
        <location filename="../../ui/keyring_text.py" line="25"/>
        <source>the system keyring did not answer.</source>
        <translation>de sleutelbos van het systeem gaf geen antwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/keyring_text.py" line="28"/>
        <source>Remembering the key is not available here: {reason}</source>
        <translation>Sleutel onthouden is hier niet beschikbaar: {reason}</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../ui/launch.py" line="190"/>
        <source>cannot use the folder {folder}: {reason}</source>
        <translation>kan de map {folder} niet gebruiken: {reason}</translation>
    </message>
</context>
<context>
    <name>LearningLogModel</name>
    <message>
        <location filename="../../ui/progress_models.py" line="234"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="235"/>
        <source>Coachee</source>
        <translation>Coachee</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="236"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="237"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="238"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="239"/>
        <source>Learning</source>
        <translation>Leerpunt</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="249"/>
        <source>Not decided</source>
        <translation>Niet besloten</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="280"/>
        <source>Goal: {goal}</source>
        <translation>Doel: {goal}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="285"/>
        <source>Prediction: {text}</source>
        <translation>Verwachting: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="286"/>
        <source>Outcome: {text}</source>
        <translation>Uitkomst: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="287"/>
        <source>Learning: {text}</source>
        <translation>Leerpunt: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="290"/>
        <source>not decided yet</source>
        <translation>nog niet besloten</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="294"/>
        <source>Decision: {decision}</source>
        <translation>Besluit: {decision}</translation>
    </message>
</context>
<context>
    <name>LearningLogPage</name>
    <message>
        <location filename="../../ui/home_page.py" line="122"/>
        <source>Learning log of everyone</source>
        <translation>Leerlogboek van iedereen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="125"/>
        <source>Learning log — everyone</source>
        <translation>Leerlogboek — iedereen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="129"/>
        <source>What every reviewed experiment taught, newest first. A coachee&apos;s own Learning log tab also filters by goal.</source>
        <translation>Wat elk geëvalueerd experiment heeft opgeleverd, nieuwste eerst. Het tabblad Leerlogboek van een coachee kan ook op doel filteren.</translation>
    </message>
</context>
<context>
    <name>LearningLogWidget</name>
    <message>
        <location filename="../../ui/learning_log.py" line="53"/>
        <source>All decisions</source>
        <extracomment>The widest the Experiment and Goal columns grow on their own, in widths of &quot;M&quot;.</extracomment>
        <translation>Alle besluiten</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="57"/>
        <source>Not decided yet</source>
        <translation>Nog niet besloten</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="83"/>
        <source>Filter by decision</source>
        <translation>Filteren op besluit</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="85"/>
        <source>Filter by goal</source>
        <translation>Filteren op doel</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="95"/>
        <source>Learning log</source>
        <translation>Leerlogboek</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="108"/>
        <source>Select an experiment to read its whole learning loop.</source>
        <translation>Selecteer een experiment om de hele leercyclus te lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="110"/>
        <source>Experiment details</source>
        <translation>Details van het experiment</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="113"/>
        <source>Decision:</source>
        <translation>Besluit:</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="115"/>
        <source>Goal:</source>
        <translation>Doel:</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="201"/>
        <source>Loading the learning log</source>
        <translation>Leerlogboek wordt geladen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/learning_log.py" line="218"/>
        <source>%n learning(s)</source>
        <translation>
            <numerusform>%n leerpunt</numerusform>
            <numerusform>%n leerpunten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="240"/>
        <source>All goals</source>
        <translation>Alle doelen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Finishing {label}…</source>
        <translation>Afronden: {label}…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Finishing…</source>
        <translation>Bezig met afronden…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Locked. Enter your passphrase to go on.</source>
        <translation>Vergrendeld. Voer je wachtwoordzin in om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>Unsaved notes</source>
        <translation>Niet-opgeslagen aantekeningen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>The last changes to this session could not be saved (the reason is shown in the editor). Quit anyway and lose them?</source>
        <translation>De laatste wijzigingen in deze sessie konden niet worden opgeslagen (de reden staat in de editor). Toch afsluiten en ze kwijtraken?</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="64"/>
        <source>Coach Companion</source>
        <translation>Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="69"/>
        <source>{app} — demo vault — passphrase: {passphrase}</source>
        <translation>{app} — demokluis — wachtwoordzin: {passphrase}</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="72"/>
        <source> demo vault — passphrase: {passphrase} </source>
        <translation> demokluis — wachtwoordzin: {passphrase} </translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="85"/>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="88"/>
        <source>Vault: {folder}</source>
        <translation>Kluis: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="91"/>
        <source>Vault folder</source>
        <translation>Map van de kluis</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="92"/>
        <source> demo </source>
        <translation> demo </translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="93"/>
        <source>Demo vault</source>
        <translation>Demokluis</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <location filename="../../ui/settings_measures.py" line="59"/>
        <source>Psychological empowerment (12 items)</source>
        <translation>Psychologisch empowerment (12 items)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="63"/>
        <source>Team psychological safety (7 items)</source>
        <translation>Psychologische veiligheid in het team (7 items)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="71"/>
        <source>General self-efficacy (GSE)</source>
        <translation>Algemene self-efficacy (GSE)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="72"/>
        <source>Team psychological safety</source>
        <translation>Psychologische veiligheid in het team</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="128"/>
        <source>Problem with the measures</source>
        <translation>Probleem met de metingen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="139"/>
        <location filename="../../ui/settings_measures.py" line="141"/>
        <source>Custom metrics</source>
        <translation>Eigen meetwaarden</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="142"/>
        <source>Metric</source>
        <translation>Meetwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="142"/>
        <source>Range</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="142"/>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="148"/>
        <source>Metric name</source>
        <translation>Naam van de meetwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="149"/>
        <source>e.g. Energy at work</source>
        <translation>bijv. Energie op het werk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="154"/>
        <source>Lowest value of the metric</source>
        <translation>Laagste waarde van de meetwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="155"/>
        <source>Highest value of the metric</source>
        <translation>Hoogste waarde van de meetwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="162"/>
        <source>Metric key</source>
        <translation>Sleutel van de meetwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="163"/>
        <source>Add metric</source>
        <translation>Meetwaarde toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="164"/>
        <source>Update selected</source>
        <translation>Selectie bijwerken</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="165"/>
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="167"/>
        <source>Values already recorded stay in the vault and on the charts.</source>
        <translation>Waarden die al zijn vastgelegd blijven in de kluis en in de grafieken.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="181"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="183"/>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="185"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="196"/>
        <source>Your own single ratings (e.g. energy 1–10), offered under Add assessment and charted with the other measures.</source>
        <translation>Je eigen losse scores (bijv. energie 1–10), beschikbaar onder Meting toevoegen en in de grafiek naast de andere metingen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="209"/>
        <source>{low} to {high}</source>
        <translation>{low} tot {high}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="249"/>
        <source>New key: {key}</source>
        <translation>Nieuwe sleutel: {key}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="273"/>
        <source>A metric with the key {key} exists already; choose another name or select it and press Update.</source>
        <translation>Er bestaat al een meetwaarde met de sleutel {key}; kies een andere naam, of selecteer hem en druk op Bijwerken.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="305"/>
        <source>Questionnaire wording</source>
        <translation>Tekst van vragenlijsten</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="310"/>
        <source>These questionnaires ship without their item text: enter it once from your licensed copy. It is saved when you press “Save wording”.</source>
        <translation>Deze vragenlijsten worden geleverd zonder de tekst van de items: voer die één keer in uit je gelicentieerde exemplaar. De tekst wordt opgeslagen als je op ‘Tekst opslaan’ drukt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="323"/>
        <source>Edit wording…</source>
        <translation>Tekst bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="325"/>
        <source>Edit the wording of {name}</source>
        <translation>De tekst van {name} bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="340"/>
        <source>entered</source>
        <translation>ingevoerd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="340"/>
        <source>not entered yet</source>
        <translation>nog niet ingevoerd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="355"/>
        <source>Reference values (measurement-error band)</source>
        <translation>Referentiewaarden (meetfoutmarge)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="359"/>
        <source>A shaded “within measurement error” band appears on a chart only for a scale whose SD and reliability you enter here from a published source; leave a row empty and no band is drawn.</source>
        <translation>Een gearceerde band ‘binnen de meetfout’ verschijnt in een grafiek alleen voor een schaal waarvan je hier de SD en betrouwbaarheid uit een gepubliceerde bron invult; laat je een rij leeg, dan wordt er geen band getekend.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="366"/>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="367"/>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="368"/>
        <source>Reliability</source>
        <translation>Betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="369"/>
        <source>Published source</source>
        <translation>Gepubliceerde bron</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="380"/>
        <source>Author (year), table or page</source>
        <translation>Auteur (jaar), tabel of pagina</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="382"/>
        <source>SD of {name}</source>
        <translation>SD van {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="383"/>
        <source>Reliability of {name}</source>
        <translation>Betrouwbaarheid van {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="384"/>
        <source>Published source of {name}</source>
        <translation>Gepubliceerde bron van {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="413"/>
        <source>Enter the SD of {name}, or clear its row.</source>
        <translation>Voer de SD van {name} in, of maak de rij leeg.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="418"/>
        <source>Enter the reliability of {name}, or clear its row.</source>
        <translation>Voer de betrouwbaarheid van {name} in, of maak de rij leeg.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="426"/>
        <source>Name the published source of the reference values for {name}; without it no band is drawn.</source>
        <translation>Noem de gepubliceerde bron van de referentiewaarden voor {name}; zonder bron wordt er geen band getekend.</translation>
    </message>
</context>
<context>
    <name>MultiItemForm</name>
    <message>
        <location filename="../../ui/assessment_forms.py" line="103"/>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="117"/>
        <source>(R) = scored reversed; enter the answer as given.</source>
        <translation>(R) = omgekeerd gescoord; voer het antwoord in zoals het gegeven is.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="125"/>
        <source>Item {number}</source>
        <translation>Item {number}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="131"/>
        <source>Item {number}: no answer</source>
        <translation>Item {number}: geen antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="139"/>
        <source>Item {number}: {value} ({anchor})</source>
        <translation>Item {number}: {value} ({anchor})</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="143"/>
        <source>Item {number}: {value}</source>
        <translation>Item {number}: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="177"/>
        <source>Choose an answer for each statement the coachee answered.</source>
        <translation>Kies een antwoord voor elke uitspraak die de coachee heeft beantwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="186"/>
        <source>Subscale means: {means}</source>
        <translation>Gemiddelden per subschaal: {means}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="188"/>
        <source>Score: {value} (sum)</source>
        <translation>Score: {value} (som)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="190"/>
        <source>Score: {value} (mean)</source>
        <translation>Score: {value} (gemiddelde)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="192"/>
        <source> — from {answered} of {total} answers</source>
        <translation> — op basis van {answered} van {total} antwoorden</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../../ui/group_dialogs.py" line="70"/>
        <source>New group</source>
        <extracomment>Where a list item keeps the member id of someone already in the group (None for a coachee who is not a member yet); Qt.ItemDataRole.UserRole keeps the coachee id.</extracomment>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="70"/>
        <source>Edit group</source>
        <translation>Groep bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="77"/>
        <source>e.g. Leaders&apos; action-learning set</source>
        <translation>bijv. Actieleergroep leidinggevenden</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="93"/>
        <source>People you do not coach individually, one a line</source>
        <translation>Mensen die je niet individueel coacht, één per regel</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="94"/>
        <location filename="../../ui/group_dialogs.py" line="144"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="96"/>
        <location filename="../../ui/group_dialogs.py" line="145"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="101"/>
        <location filename="../../ui/group_dialogs.py" line="103"/>
        <location filename="../../ui/group_dialogs.py" line="143"/>
        <source>Members join or leave on</source>
        <translation>Deelnemers komen erbij of vertrekken op</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="106"/>
        <location filename="../../ui/group_dialogs.py" line="130"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="131"/>
        <source>Name *</source>
        <translation>Naam *</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="138"/>
        <source>Untick a member who leaves; tick a coachee who joins. Someone who took part in a session keeps their place in the record with a leaving date.</source>
        <translation>Vink een deelnemer uit die vertrekt; vink een coachee aan die erbij komt. Wie aan een sessie heeft deelgenomen, houdt een plaats in het dossier, met een vertrekdatum.</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="142"/>
        <source>New members you do not coach, one a line</source>
        <translation>Nieuwe deelnemers die je niet coacht, één per regel</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="154"/>
        <source>{name} (left {date})</source>
        <translation>{name} (vertrokken {date})</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="108"/>
        <location filename="../../ui/group_dialogs.py" line="132"/>
        <source>Purpose</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="109"/>
        <location filename="../../ui/group_dialogs.py" line="133"/>
        <source>Members (coachees)</source>
        <translation>Deelnemers (coachees)</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="110"/>
        <location filename="../../ui/group_dialogs.py" line="134"/>
        <source>Members by name</source>
        <translation>Deelnemers op naam</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="111"/>
        <location filename="../../ui/group_dialogs.py" line="146"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="107"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>NewPassphrasePage</name>
    <message>
        <location filename="../../ui/unlock_pages.py" line="390"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="391"/>
        <source>Set new passphrase</source>
        <translation>Nieuwe wachtwoordzin instellen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="394"/>
        <source>Choose a new passphrase</source>
        <translation>Kies een nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="398"/>
        <source>The recovery key opened your vault. Choose a new passphrase now; your recovery key stays valid.</source>
        <translation>De herstelsleutel heeft je kluis geopend. Kies nu een nieuwe wachtwoordzin; je herstelsleutel blijft geldig.</translation>
    </message>
</context>
<context>
    <name>NumberForm</name>
    <message>
        <location filename="../../ui/assessment_forms.py" line="370"/>
        <source>{name} ({low}–{high})</source>
        <translation>{name} ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="378"/>
        <source>Value: {value}</source>
        <translation>Waarde: {value}</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/ops.py" line="89"/>
        <source>Stopped: {label}.</source>
        <translation>Gestopt: {label}.</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="222"/>
        <source>Not saved yet: the vault is busy with {label}. Nothing is lost; try again when it is done.</source>
        <translation>Nog niet opgeslagen: de kluis is bezig met {label}. Er gaat niets verloren; probeer het opnieuw als dat klaar is.</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="388"/>
        <source>The vault is being locked.</source>
        <translation>De kluis wordt vergrendeld.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="95"/>
        <source>{label} is set</source>
        <translation>{label} is ingesteld</translation>
    </message>
</context>
<context>
    <name>OverdueExperimentsDialog</name>
    <message>
        <location filename="../../ui/experiment_overdue.py" line="37"/>
        <location filename="../../ui/experiment_overdue.py" line="49"/>
        <source>Overdue experiments</source>
        <translation>Experimenten over tijd</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_overdue.py" line="42"/>
        <source>Open experiments past their due date: a reminder to ask how they went. Press Enter to open the coachee.</source>
        <translation>Open experimenten waarvan de deadline voorbij is: een geheugensteun om te vragen hoe het ging. Druk op Enter om de coachee te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_overdue.py" line="63"/>
        <source>Nothing is overdue.</source>
        <translation>Er is niets over tijd.</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_overdue.py" line="68"/>
        <source>&amp;Open coachee</source>
        <translation>Coachee &amp;openen</translation>
    </message>
</context>
<context>
    <name>OverdueExperimentsModel</name>
    <message>
        <location filename="../../ui/session_models.py" line="236"/>
        <source>Coachee</source>
        <translation>Coachee</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="236"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="236"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="236"/>
        <source>Overdue</source>
        <translation>Over tijd</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="265"/>
        <source>Prediction: {prediction}</source>
        <translation>Verwachting: {prediction}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session_models.py" line="282"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/coachee_overview.py" line="80"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="88"/>
        <location filename="../../ui/coachee_overview.py" line="89"/>
        <source>Add assessment</source>
        <translation>Meting toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="90"/>
        <source>Record a rating or questionnaire for this coachee</source>
        <translation>Een score of vragenlijst vastleggen voor deze coachee</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="94"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="95"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="96"/>
        <source>Open experiments</source>
        <translation>Open experimenten</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="97"/>
        <source>Latest ratings</source>
        <translation>Laatste scores</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="139"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="140"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="141"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="142"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="143"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="145"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="146"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="147"/>
        <source>Consent recorded</source>
        <translation>Toestemming vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="164"/>
        <source>&lt;p&gt;No goals yet. &lt;a href=&apos;add-goal&apos;&gt;Add a goal&lt;/a&gt; (Coachee → Add goal).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nog geen doelen. &lt;a href=&apos;add-goal&apos;&gt;Voeg een doel toe&lt;/a&gt; (Coachee → Doel toevoegen).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="169"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="173"/>
        <source>weight {weight}</source>
        <translation>gewicht {weight}</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="204"/>
        <source> — due {date}</source>
        <translation> — deadline {date}</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="206"/>
        <source>overdue since {date}</source>
        <translation>over tijd sinds {date}</translation>
    </message>
</context>
<context>
    <name>PageNavigation</name>
    <message>
        <location filename="../../ui/window_navigation.py" line="117"/>
        <source>The session editor is not part of this build.</source>
        <translation>De sessie-editor zit niet in deze versie.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="54"/>
        <location filename="../../ui/passphrase_dialog.py" line="77"/>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="55"/>
        <location filename="../../ui/passphrase_dialog.py" line="97"/>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="56"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="59"/>
        <source>Also replace the encryption key (for a passphrase that may have leaked; takes longer)</source>
        <translation>Ook de versleutelingssleutel vervangen (voor een wachtwoordzin die mogelijk is uitgelekt; duurt langer)</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="65"/>
        <source>The whole vault is rewritten under a new key and you get a new recovery key; the old passphrase and the old recovery key no longer open it. Backups made before this change keep the old key: they still open with the old passphrase and the old recovery key, so delete them if the old passphrase leaked.</source>
        <translation>De hele kluis wordt opnieuw weggeschreven met een nieuwe sleutel en je krijgt een nieuwe herstelsleutel; de oude wachtwoordzin en de oude herstelsleutel openen hem dan niet meer. Back-ups van vóór deze wijziging houden de oude sleutel: die openen nog steeds met de oude wachtwoordzin en de oude herstelsleutel, dus verwijder ze als de oude wachtwoordzin is uitgelekt.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="75"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="87"/>
        <source>Change your passphrase</source>
        <translation>Wijzig je wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="91"/>
        <source>Your notes stay as they are. The recovery key stays the same unless you also replace the encryption key.</source>
        <translation>Je aantekeningen blijven zoals ze zijn. De herstelsleutel blijft hetzelfde, tenzij je ook de versleutelingssleutel vervangt.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="152"/>
        <source>Other work is still running (a backup or a report). Try again shortly.</source>
        <translation>Er loopt nog ander werk (een back-up of een rapport). Probeer het zo nog eens.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="165"/>
        <source>re-encrypting the vault</source>
        <translation>de kluis opnieuw versleutelen</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="165"/>
        <source>changing the passphrase</source>
        <translation>de wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="210"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Dat is niet de huidige wachtwoordzin. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="228"/>
        <source>Remembering the new key on this computer</source>
        <translation>De nieuwe sleutel op deze computer onthouden</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../../ui/unlock_pages.py" line="142"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="144"/>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="151"/>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="153"/>
        <source>Passphrase strength hint</source>
        <translation>Tip over de sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="155"/>
        <source>Whether the passphrases match</source>
        <translation>Of de wachtwoordzinnen overeenkomen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="156"/>
        <source>Show what I type</source>
        <translation>Toon wat ik typ</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="164"/>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="182"/>
        <source>Strength: {verdict}.</source>
        <translation>Sterkte: {verdict}.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="187"/>
        <source>The passphrases match.</source>
        <translation>De wachtwoordzinnen komen overeen.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="189"/>
        <source>The passphrases do not match yet.</source>
        <translation>De wachtwoordzinnen komen nog niet overeen.</translation>
    </message>
</context>
<context>
    <name>PointTableModel</name>
    <message>
        <location filename="../../ui/progress_table.py" line="96"/>
        <source>Panel</source>
        <translation>Paneel</translation>
    </message>
    <message>
        <location filename="../../ui/progress_table.py" line="97"/>
        <source>Series</source>
        <translation>Reeks</translation>
    </message>
    <message>
        <location filename="../../ui/progress_table.py" line="98"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/progress_table.py" line="99"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../ui/progress_table.py" line="100"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
</context>
<context>
    <name>PrintPdf</name>
    <message>
        <location filename="../../ui/pdf_print.py" line="50"/>
        <source>The printer could not be opened.</source>
        <extracomment>Pages are rendered at the printer&apos;s resolution up to this; beyond it paper shows no gain.</extracomment>
        <translation>De printer kon niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>PrintSession</name>
    <message>
        <location filename="../../ui/print_action.py" line="32"/>
        <source>Print session</source>
        <translation>Sessie afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/print_action.py" line="62"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="179"/>
        <source>New coachee</source>
        <translation>Nieuwe coachee</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="181"/>
        <source>Edit profile — {name}</source>
        <translation>Profiel bewerken — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="189"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="194"/>
        <source>name@example.org</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="196"/>
        <location filename="../../ui/coachee_dialogs.py" line="217"/>
        <source>Started on</source>
        <translation>Gestart op</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="202"/>
        <source>What the coaching is about, in the coachee&apos;s words</source>
        <translation>Waar de coaching over gaat, in de woorden van de coachee</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="206"/>
        <source>Comma-separated, e.g. leadership, new role</source>
        <translation>Gescheiden door komma&apos;s, bijv. leiderschap, nieuwe rol</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="207"/>
        <location filename="../../ui/coachee_dialogs.py" line="221"/>
        <source>Consent recorded on</source>
        <translation>Toestemming vastgelegd op</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="211"/>
        <source>Name *</source>
        <translation>Naam *</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="212"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="213"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="214"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="215"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="216"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="218"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="219"/>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="220"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="222"/>
        <source>Hours log</source>
        <translation>Urenlog</translation>
    </message>
</context>
<context>
    <name>ProgressChartWidget</name>
    <message>
        <location filename="../../ui/progress_canvas.py" line="25"/>
        <source>adopt</source>
        <translation>behouden</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="26"/>
        <source>adapt</source>
        <translation>aanpassen</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="27"/>
        <source>abandon</source>
        <translation>loslaten</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="29"/>
        <source>not decided yet</source>
        <translation>nog niet besloten</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="32"/>
        <source>— (not reviewed yet)</source>
        <translation>— (nog niet geëvalueerd)</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="36"/>
        <source>{title} (agreed {date})</source>
        <translation>{title} (afgesproken {date})</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="39"/>
        <source>Prediction: {text}</source>
        <translation>Verwachting: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="42"/>
        <source>Learning: {text}</source>
        <translation>Leerpunt: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="43"/>
        <source>Decision: {decision}</source>
        <translation>Besluit: {decision}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="139"/>
        <source>Experiment details</source>
        <extracomment>What one coachee&apos;s chart shows: a change of these for that coachee makes it out of date.</extracomment>
        <translation>Details van het experiment</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="177"/>
        <source>Progress chart</source>
        <translation>Voortgangsgrafiek</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="230"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="235"/>
        <source>Loading the progress chart</source>
        <translation>Voortgangsgrafiek wordt geladen</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="317"/>
        <source>Choose a coachee to see their progress.</source>
        <translation>Kies een coachee om de voortgang te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="460"/>
        <source>No measurements yet.</source>
        <translation>Nog geen metingen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress_chart.py" line="463"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n reeks</numerusform>
            <numerusform>%n reeksen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress_chart.py" line="464"/>
        <source>%n experiment(s)</source>
        <translation>
            <numerusform>%n experiment</numerusform>
            <numerusform>%n experimenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="469"/>
        <source>not drawn (too many goals for one chart): {names}</source>
        <translation>niet getekend (te veel doelen voor één grafiek): {names}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="471"/>
        <source>point at an experiment marker to read its prediction and learning</source>
        <translation>wijs een experimentmarkering aan om de verwachting en het leerpunt te lezen</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="512"/>
        <source>{name} progress</source>
        <translation>{name} voortgang</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="514"/>
        <source>Export chart as PNG</source>
        <translation>Grafiek exporteren als PNG</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="514"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="516"/>
        <source>Export chart as SVG</source>
        <translation>Grafiek exporteren als SVG</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="516"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="528"/>
        <source>Chart saved to {path}</source>
        <translation>Grafiek opgeslagen in {path}</translation>
    </message>
</context>
<context>
    <name>ProgressTable</name>
    <message>
        <location filename="../../ui/progress_table.py" line="132"/>
        <source>Progress data table</source>
        <translation>Tabel met voortgangsgegevens</translation>
    </message>
    <message>
        <location filename="../../ui/progress_table.py" line="143"/>
        <source>Copy as CSV</source>
        <translation>Kopiëren als CSV</translation>
    </message>
    <message>
        <location filename="../../ui/progress_table.py" line="146"/>
        <source>Copy every row; the clipboard is cleared again after a minute</source>
        <translation>Alle rijen kopiëren; het klembord wordt na een minuut weer gewist</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress_table.py" line="165"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressToolbar</name>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="89"/>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="90"/>
        <source>To date</source>
        <translation>Tot datum</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="99"/>
        <source>Series</source>
        <translation>Reeks</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="103"/>
        <source>Show or hide the list of series beside the chart</source>
        <translation>De lijst met reeksen naast de grafiek tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="104"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="107"/>
        <source>Show every point as a table instead of the chart</source>
        <translation>Elk punt als tabel tonen in plaats van de grafiek</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="111"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="113"/>
        <source>Show the last months, or everything</source>
        <translation>Toon de laatste maanden, of alles</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="141"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="143"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="127"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="131"/>
        <source>PNG image…</source>
        <translation>PNG-afbeelding…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="134"/>
        <source>SVG drawing…</source>
        <translation>SVG-tekening…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="226"/>
        <source>3 months</source>
        <translation>3 maanden</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="227"/>
        <source>6 months</source>
        <translation>6 maanden</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="228"/>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="229"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="70"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="71"/>
        <source>C&amp;opy</source>
        <translation>K&amp;opiëren</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="73"/>
        <source>Copies the key; the clipboard is cleared after a minute if it still holds it.</source>
        <translation>Kopieert de sleutel; het klembord wordt na een minuut gewist als de sleutel er nog in staat.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="75"/>
        <source>Save as &amp;text file…</source>
        <translation>Opslaan als &amp;tekstbestand…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="76"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="77"/>
        <source>Prints the key with the vault folder and the date.</source>
        <translation>Drukt de sleutel af met de kluismap en de datum.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="78"/>
        <source>I have stored my recovery key in a safe place</source>
        <translation>Ik heb mijn herstelsleutel op een veilige plek bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="79"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="85"/>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="89"/>
        <source>If you ever forget your passphrase, this key is the only way back into your notes. It is shown once. Print it or write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Als je ooit je wachtwoordzin vergeet, is deze sleutel de enige weg terug naar je aantekeningen. Hij wordt maar één keer getoond. Druk hem af of schrijf hem op en bewaar hem op een veilige plek, niet bij deze computer.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="144"/>
        <source>Copied. Paste it into your password manager now: the clipboard is cleared in a minute.</source>
        <translation>Gekopieerd. Plak hem nu in je wachtwoordbeheerder: het klembord wordt over een minuut gewist.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="156"/>
        <source>Save the recovery key</source>
        <translation>Herstelsleutel opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="158"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="165"/>
        <source>Could not save the file: {reason}.</source>
        <translation>Kon het bestand niet opslaan: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="168"/>
        <source>Saved to {path}. Move it somewhere safe.</source>
        <translation>Opgeslagen in {path}. Zet het op een veilige plek.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="173"/>
        <source>Coach Companion recovery key

{key}

This key opens your vault if you forget your passphrase. Keep it safe and private.
</source>
        <translation>Herstelsleutel voor Coach Companion

{key}

Deze sleutel opent je kluis als je je wachtwoordzin vergeet. Bewaar hem veilig en privé.
</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="192"/>
        <source>Sent to the printer. Keep the sheet somewhere safe.</source>
        <translation>Naar de printer gestuurd. Bewaar het vel op een veilige plek.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="194"/>
        <source>Could not print: the printer did not start.</source>
        <translation>Kon niet afdrukken: de printer is niet gestart.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPrint</name>
    <message>
        <location filename="../../ui/recovery_print.py" line="35"/>
        <source>Print the recovery key</source>
        <translation>De herstelsleutel afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="54"/>
        <location filename="../../ui/recovery_print.py" line="68"/>
        <source>Coach Companion recovery key</source>
        <translation>Herstelsleutel van Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="71"/>
        <source>Printed on {date}</source>
        <translation>Afgedrukt op {date}</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="75"/>
        <source>Vault folder: {folder}
Printed on {date}</source>
        <translation>Map van de kluis: {folder}
Afgedrukt op {date}</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="78"/>
        <source>If you forget your passphrase, this key is the only way to open your Coach Companion vault and read your notes. Anyone holding it can open the vault too: keep this sheet somewhere safe and private, away from the computer.</source>
        <translation>Als je je wachtwoordzin vergeet, is deze sleutel de enige manier om je kluis van Coach Companion te openen en je aantekeningen te lezen. Wie hem heeft, kan de kluis ook openen: bewaar dit blad op een veilige, privéplek, niet bij de computer.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/unlock_pages.py" line="344"/>
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="346"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="351"/>
        <source>Unlock with recovery key</source>
        <translation>Ontgrendelen met herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="353"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="355"/>
        <source>Use your recovery key</source>
        <translation>Gebruik je herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="359"/>
        <source>Type the recovery key you stored when the vault was created. Spaces, dashes and lower case do not matter. You then choose a new passphrase.</source>
        <translation>Typ de herstelsleutel die je bewaard hebt toen de kluis werd aangemaakt. Spaties, streepjes en kleine letters maken niet uit. Daarna kies je een nieuwe wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../ui/report_action.py" line="60"/>
        <source>Writing the progress report…</source>
        <translation>Voortgangsrapport wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="61"/>
        <source>Progress report</source>
        <translation>Voortgangsrapport</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="102"/>
        <source>The report was not written: the vault was locked.</source>
        <translation>Het rapport is niet geschreven: de kluis werd vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="108"/>
        <source>coachee</source>
        <translation>coachee</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="109"/>
        <source>{name} progress {date}.pdf</source>
        <translation>{name} voortgang {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="138"/>
        <source>Save progress report</source>
        <translation>Voortgangsrapport opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="140"/>
        <source>PDF document (*.pdf)</source>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="166"/>
        <location filename="../../ui/report_action.py" line="191"/>
        <source>the progress report</source>
        <translation>het voortgangsrapport</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="189"/>
        <source>Print progress report</source>
        <translation>Voortgangsrapport afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="190"/>
        <source>Preparing the progress report…</source>
        <translation>Voortgangsrapport wordt voorbereid…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_action.py" line="51"/>
        <location filename="../../ui/restore_action.py" line="170"/>
        <source>Restore from a backup</source>
        <translation>Terugzetten uit een back-up</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="55"/>
        <source>Restore {name}?

The app locks first. The vault&apos;s data is then replaced by the backup&apos;s; what is in the vault now is kept as a verified safety backup. Coachees erased since the backup was made are erased again. Afterwards, unlock as usual.</source>
        <translation>{name} terugzetten?

De app wordt eerst vergrendeld. Daarna worden de gegevens in de kluis vervangen door die uit de back-up; wat nu in de kluis staat, wordt bewaard als gecontroleerde veiligheidsback-up. Coachees die zijn gewist nadat de back-up werd gemaakt, worden opnieuw gewist. Ontgrendel daarna zoals gewoonlijk.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="63"/>
        <source>Your passphrase (it opens the vault and the backup):</source>
        <translation>Je wachtwoordzin (die opent de kluis en de back-up):</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="66"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="70"/>
        <source>Lock and restore</source>
        <translation>Vergrendelen en terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="126"/>
        <source>Vault created in {folder} from the backup.</source>
        <translation>Kluis aangemaakt in {folder} op basis van de back-up.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="132"/>
        <source>Vault in {folder} restored from the backup.</source>
        <translation>Kluis in {folder} teruggezet uit de back-up.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="138"/>
        <source>The state before the restore is kept in {path}</source>
        <translation>De toestand van vóór het terugzetten is bewaard in {path}</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="153"/>
        <source>The backup predates a passphrase change; the current passphrase still applies.</source>
        <translation>De back-up is van vóór een wijziging van de wachtwoordzin; de huidige wachtwoordzin blijft gelden.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="171"/>
        <source>Coach Companion backup (*.ccbackup)</source>
        <translation>Coach Companion-back-up (*.ccbackup)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="184"/>
        <source>Restoring the backup…</source>
        <translation>Back-up wordt teruggezet…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="186"/>
        <location filename="../../ui/restore_action.py" line="209"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../../ui/search_focus.py" line="102"/>
        <source>&amp;Edit</source>
        <extracomment>The highlight of a found word: a marker yellow, with dark text so it reads in dark mode too.</extracomment>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/search_focus.py" line="103"/>
        <source>Change this session&apos;s notes</source>
        <translation>De aantekeningen van deze sessie wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/search_focus.py" line="107"/>
        <source>Opened from search: read-only, the found words highlighted.</source>
        <translation>Geopend vanuit zoeken: alleen-lezen, de gevonden woorden gemarkeerd.</translation>
    </message>
</context>
<context>
    <name>RoundBox</name>
    <message>
        <location filename="../../ui/group_round_box.py" line="53"/>
        <source>— choose who brings the case —</source>
        <translation>— kies wie de casus inbrengt —</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="58"/>
        <location filename="../../ui/group_round_box.py" line="74"/>
        <source>Case-giver</source>
        <translation>Casusinbrenger</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="61"/>
        <source>No rating</source>
        <translation>Geen score</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="63"/>
        <source>Confidence in the action (0–10)</source>
        <translation>Vertrouwen in de actie (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="64"/>
        <source>Remove round</source>
        <translation>Ronde verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="70"/>
        <source>What lands on the case-giver&apos;s record</source>
        <translation>Wat er in het dossier van de casusinbrenger komt</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="76"/>
        <source>Confidence (0–10)</source>
        <translation>Vertrouwen (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="92"/>
        <source>Round {n}</source>
        <translation>Ronde {n}</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="161"/>
        <source>Choose who brought the case: their action, insight and rating follow.</source>
        <translation>Kies wie de casus inbracht: actie, inzicht en score gaan naar diens dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="164"/>
        <source>{name} is not a coachee of this vault: the round stays in the group&apos;s record and nothing lands on anyone&apos;s record.</source>
        <translation>{name} is geen coachee in deze kluis: de ronde blijft in het dossier van de groep en komt in niemands dossier terecht.</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="168"/>
        <source>The action becomes an experiment on {name}&apos;s record, the insight an entry of {name}&apos;s learning log, the rating a confidence measurement.</source>
        <translation>De actie wordt een experiment in het dossier van {name}, het inzicht een notitie in het leerlogboek van {name}, de score een vertrouwensmeting.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search_dialog.py" line="146"/>
        <location filename="../../ui/search_dialog.py" line="153"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="151"/>
        <source>Search notes, experiments, goals and coachees…</source>
        <translation>Zoek in aantekeningen, experimenten, doelen en coachees…</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="158"/>
        <source>Marks</source>
        <translation>Markeringen</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="159"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="162"/>
        <source>{sign} {kind} marks</source>
        <translation>{sign} {kind}-markeringen</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="169"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="186"/>
        <source>Search state</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="196"/>
        <source>↑ ↓ move · Enter opens · Esc closes</source>
        <translation>↑ ↓ bewegen · Enter opent · Esc sluit</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="213"/>
        <source>Type to search everything in the vault.</source>
        <translation>Typ om alles in de kluis te doorzoeken.</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="245"/>
        <source>Searching</source>
        <translation>Bezig met zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="258"/>
        <source>{results} for {coachees}</source>
        <translation>{results} voor {coachees}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="259"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="260"/>
        <source>%n coachee(s)</source>
        <translation>
            <numerusform>%n coachee</numerusform>
            <numerusform>%n coachees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="263"/>
        <source> (showing the best ones)</source>
        <translation> (de beste worden getoond)</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="267"/>
        <source>No results for “{query}”.</source>
        <translation>Geen resultaten voor ‘{query}’.</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="270"/>
        <source>From three letters on, a word is also found by its start.</source>
        <translation>Vanaf drie letters worden ook woorden gevonden die zo beginnen.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/session_models.py" line="183"/>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="184"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="185"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="186"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="187"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="188"/>
        <source>Group round</source>
        <translation>Groepsronde</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="189"/>
        <source>Learning log</source>
        <translation>Leerlogboek</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session_models.py" line="196"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="198"/>
        <source>{coachee} ({results})</source>
        <translation>{coachee} ({results})</translation>
    </message>
</context>
<context>
    <name>SecurityCheckDialog</name>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="70"/>
        <location filename="../../ui/security_check_dialog.py" line="71"/>
        <source>Security check</source>
        <translation>Veiligheidscontrole</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="74"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="77"/>
        <source>Progress of the check</source>
        <translation>Voortgang van de controle</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="80"/>
        <source>What the check found</source>
        <translation>Wat de controle vond</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="85"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="86"/>
        <source>Copy the whole list (no coachee data is in it).</source>
        <translation>De hele lijst kopiëren (er staan geen gegevens van coachees in).</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="88"/>
        <source>Check &amp;again</source>
        <translation>&amp;Opnieuw controleren</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="118"/>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="139"/>
        <source>the security check</source>
        <translation>de veiligheidscontrole</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security_check_dialog.py" line="167"/>
        <source>Needs attention: %n item(s).</source>
        <translation>
            <numerusform>Vraagt aandacht: %n punt.</numerusform>
            <numerusform>Vraagt aandacht: %n punten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="171"/>
        <source>Everything checked is in order.</source>
        <translation>Alles wat gecontroleerd is, is in orde.</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="181"/>
        <source>The check could not finish: {reason}</source>
        <translation>De controle kon niet worden afgerond: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="199"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="199"/>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="206"/>
        <source>{status}: {text}</source>
        <translation>{status}: {text}</translation>
    </message>
</context>
<context>
    <name>SeriesList</name>
    <message>
        <location filename="../../ui/progress_series_list.py" line="65"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../ui/progress_series_list.py" line="67"/>
        <location filename="../../ui/progress_series_list.py" line="70"/>
        <source>Reference lines for</source>
        <translation>Referentielijnen voor</translation>
    </message>
    <message>
        <location filename="../../ui/progress_series_list.py" line="72"/>
        <source>The series whose baseline, median, slope and run signals are drawn</source>
        <translation>De reeks waarvan basislijn, mediaan, helling en runsignalen worden getekend</translation>
    </message>
    <message>
        <location filename="../../ui/progress_series_list.py" line="98"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
</context>
<context>
    <name>SessionArea</name>
    <message>
        <location filename="../../ui/coachee_page.py" line="309"/>
        <source>Coachee of the open session</source>
        <translation>Coachee van de open sessie</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="310"/>
        <source>← Back to coachee</source>
        <translation>← Terug naar coachee</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="311"/>
        <source>Save and close the session (Esc)</source>
        <translation>De sessie opslaan en sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="324"/>
        <source>The session editor is not part of this build.</source>
        <translation>De sessie-editor zit niet in deze versie.</translation>
    </message>
</context>
<context>
    <name>SessionClockBar</name>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="54"/>
        <source>Session clock</source>
        <translation>Sessieklok</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="69"/>
        <source>Time left in this phase</source>
        <translation>Resterende tijd in deze fase</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="71"/>
        <source>Time elapsed</source>
        <translation>Verstreken tijd</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="73"/>
        <source>Time left in the session</source>
        <translation>Resterende tijd in de sessie</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="78"/>
        <source>Clock cue</source>
        <translation>Signaal van de klok</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="109"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="110"/>
        <source>Session length, minutes</source>
        <translation>Duur van de sessie, minuten</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="111"/>
        <source>This session&apos;s length; the phases follow it</source>
        <translation>De duur van deze sessie; de fasen passen zich daaraan aan</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="114"/>
        <location filename="../../ui/session_clock_bar.py" line="219"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="115"/>
        <source>Pause or resume the clock (Ctrl+Shift+P)</source>
        <translation>De klok pauzeren of hervatten (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="117"/>
        <source>Next phase</source>
        <translation>Volgende fase</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="118"/>
        <source>Move the clock to the next phase (Ctrl+Shift+PgDown)</source>
        <translation>De klok naar de volgende fase zetten (Ctrl+Shift+PgDown)</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="120"/>
        <source>End session</source>
        <translation>Sessie beëindigen</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="121"/>
        <source>End the session and record its time (Ctrl+Shift+E)</source>
        <translation>De sessie beëindigen en de tijd vastleggen (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="175"/>
        <source>{phase}, {minutes} minutes</source>
        <translation>{phase}, {minutes} minuten</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="178"/>
        <source>{minutes} minutes planned. Go to this section (Alt+{n})</source>
        <translation>{minutes} minuten gepland. Naar dit onderdeel gaan (Alt+{n})</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="201"/>
        <source>{phase}: {time} of {minutes} min left</source>
        <translation>{phase}: nog {time} van {minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="205"/>
        <source>{phase}: {time} over</source>
        <translation>{phase}: {time} over de tijd</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="211"/>
        <source>{time} elapsed</source>
        <translation>{time} verstreken</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="215"/>
        <source>{time} left</source>
        <translation>nog {time}</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="217"/>
        <source>{time} over</source>
        <translation>{time} over de tijd</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="219"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="227"/>
        <source>Five minutes left in the session.</source>
        <translation>Nog vijf minuten in de sessie.</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="233"/>
        <source>The time planned for {phase} is used.</source>
        <translation>De geplande tijd voor {phase} is op.</translation>
    </message>
</context>
<context>
    <name>SessionDelete</name>
    <message>
        <location filename="../../ui/session_delete.py" line="67"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="68"/>
        <source>Bring the deleted session back (Ctrl+Alt+Z)</source>
        <translation>De verwijderde sessie terughalen (Ctrl+Alt+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="86"/>
        <source>Delete session</source>
        <translation>Sessie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="97"/>
        <source>Select a session to delete it.</source>
        <translation>Selecteer een sessie om die te verwijderen.</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="107"/>
        <source>Delete the session of {when} with {name}?

You can undo this until the app locks or closes.</source>
        <translation>De sessie van {when} met {name} verwijderen?

Je kunt dit ongedaan maken tot de app wordt vergrendeld of afgesloten.</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="122"/>
        <source>Session of {when} deleted.</source>
        <translation>Sessie van {when} verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="148"/>
        <source>Session of {when} restored.</source>
        <translation>Sessie van {when} teruggezet.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../ui/session_editor.py" line="115"/>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="120"/>
        <location filename="../../ui/session_editor.py" line="403"/>
        <source>No session is open.</source>
        <translation>Er is geen sessie open.</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="285"/>
        <source>In session: Ctrl+Shift+E ends it</source>
        <translation>Live sessie: beëindigen met Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="319"/>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="330"/>
        <location filename="../../ui/session_editor.py" line="381"/>
        <source>Saves as you type</source>
        <translation>Slaat op terwijl je typt</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="458"/>
        <source>Session ended: {minutes} min from {time}</source>
        <translation>Sessie beëindigd: {minutes} min vanaf {time}</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="485"/>
        <source>Saved at {time}</source>
        <translation>Opgeslagen om {time}</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="489"/>
        <source>Not saved: {reason} — your text is still here</source>
        <translation>Niet opgeslagen: {reason} — je tekst staat er nog</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="503"/>
        <source>Still in session: Ctrl+Shift+E ends it.</source>
        <translation>De sessie loopt nog: beëindigen met Ctrl+Shift+E.</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor_drafts.py" line="105"/>
        <source>Your unsaved text was kept while the app was locked and has been saved now.</source>
        <translation>Je niet-opgeslagen tekst is bewaard terwijl de app vergrendeld was en is nu opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor_drafts.py" line="110"/>
        <source>Your unsaved text was kept while the app was locked but could not be saved: {reason} It is still in the editor.</source>
        <translation>Je niet-opgeslagen tekst is bewaard terwijl de app vergrendeld was, maar kon niet worden opgeslagen: {reason} Hij staat nog in de editor.</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="51"/>
        <source>Mark the line: insight / quote / action / experiment</source>
        <translation>De regel markeren: inzicht / citaat / actie / experiment</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="53"/>
        <source>Hand the laptop over for a self-assessment</source>
        <translation>De laptop overhandigen voor een zelfbeoordeling</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="54"/>
        <source>Next / previous field</source>
        <translation>Volgend / vorig veld</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="57"/>
        <source>Done: save and close the session (not a live one: Ctrl+Shift+E ends it)</source>
        <translation>Klaar: de sessie opslaan en sluiten (niet een live sessie: die beëindig je met Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="71"/>
        <source>Session: previous / next section</source>
        <translation>Sessie: vorig / volgend onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="74"/>
        <source>Session clock: next phase (the cursor stays)</source>
        <translation>Sessieklok: volgende fase (de cursor blijft staan)</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="76"/>
        <source>Session clock: pause / resume</source>
        <translation>Sessieklok: pauzeren / hervatten</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="77"/>
        <source>End the live session and record its time</source>
        <translation>De live sessie beëindigen en de tijd vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="78"/>
        <source>Session: show / hide the side panel</source>
        <translation>Sessie: het zijpaneel tonen / verbergen</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="79"/>
        <source>Session: save now (it also saves by itself)</source>
        <translation>Sessie: nu opslaan (dat gebeurt ook vanzelf)</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="48"/>
        <source>Agree an experiment from the selected text</source>
        <translation>Een experiment afspreken op basis van de geselecteerde tekst</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="70"/>
        <source>Session: go to section 1..9</source>
        <translation>Sessie: naar onderdeel 1..9</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../ui/session_form.py" line="109"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="113"/>
        <source>Anything else worth keeping</source>
        <translation>Al het andere dat de moeite waard is om te bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="120"/>
        <location filename="../../ui/session_form.py" line="124"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="121"/>
        <source>Comma-separated, e.g. delegation, feedback</source>
        <translation>Gescheiden door komma&apos;s, bijv. delegeren, feedback</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="136"/>
        <source>Private reflection (only you)</source>
        <translation>Persoonlijke reflectie (alleen voor jou)</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="139"/>
        <source>Your own thoughts: hunches, what you noticed in yourself</source>
        <translation>Je eigen gedachten: vermoedens, wat je bij jezelf opmerkte</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="145"/>
        <source>For your own practice; kept apart from the session notes.</source>
        <translation>Voor je eigen praktijk; gescheiden van de sessieaantekeningen bewaard.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../ui/session_page.py" line="63"/>
        <source>{when} · {minutes} min · {kind}</source>
        <translation>{when} · {minutes} min · {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="66"/>
        <source>{when} · {minutes} min · {kind} · {template}</source>
        <translation>{when} · {minutes} min · {kind} · {template}</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="91"/>
        <source>Coachee</source>
        <translation>Coachee</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="93"/>
        <source>Session date, duration and kind</source>
        <translation>Datum, duur en soort van de sessie</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="95"/>
        <source>Save state</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="98"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="99"/>
        <source>Save and close the session (Esc)</source>
        <translation>De sessie opslaan en sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="101"/>
        <source>Side panel</source>
        <translation>Zijpaneel</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="104"/>
        <source>Show or hide the side panel (F9)</source>
        <translation>Het zijpaneel tonen of verbergen (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="152"/>
        <source>Session date and start time</source>
        <translation>Datum en begintijd van de sessie</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="157"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="158"/>
        <source>Session length, minutes</source>
        <translation>Duur van de sessie, minuten</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="163"/>
        <source>As the coachee&apos;s default</source>
        <translation>Zoals standaard voor deze coachee</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="164"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="165"/>
        <source>Pro bono</source>
        <translation>Pro bono</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="168"/>
        <source>Paid or pro bono, for the hours log</source>
        <translation>Betaald of pro bono, voor het urenlog</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="173"/>
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="174"/>
        <source>&amp;Length</source>
        <translation>&amp;Duur</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="175"/>
        <source>&amp;Billing</source>
        <translation>&amp;Facturering</translation>
    </message>
</context>
<context>
    <name>SessionSidePanel</name>
    <message>
        <location filename="../../ui/session_side_panel.py" line="63"/>
        <source>Why this number and not lower?</source>
        <translation>Waarom dit getal en niet lager?</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="64"/>
        <source>What would move it one point up?</source>
        <translation>Wat zou het één punt hoger maken?</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="134"/>
        <source>Open experiments</source>
        <translation>Open experimenten</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="137"/>
        <source>Confidence today (0–10)</source>
        <translation>Vertrouwen vandaag (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="149"/>
        <location filename="../../ui/session_side_panel.py" line="173"/>
        <source>Agreed last time</source>
        <translation>Vorige keer afgesproken</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="152"/>
        <source>This is the first session with this coachee.</source>
        <translation>Dit is de eerste sessie met deze coachee.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="162"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="165"/>
        <source>{when} · {template} · {section}</source>
        <translation>{when} · {template} · {section}</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="172"/>
        <source>Nothing was written down.</source>
        <translation>Er is niets opgeschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="183"/>
        <location filename="../../ui/session_side_panel.py" line="191"/>
        <source>Marked last time</source>
        <translation>Vorige keer gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="189"/>
        <source>Nothing was marked last time.</source>
        <translation>Vorige keer is niets gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="193"/>
        <source>Marked in this session (Ctrl+1 to Ctrl+4)</source>
        <translation>Gemarkeerd in deze sessie (Ctrl+1 t/m Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="196"/>
        <source>Marked in this session</source>
        <translation>Gemarkeerd in deze sessie</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="207"/>
        <source>Nothing marked yet.</source>
        <translation>Nog niets gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="219"/>
        <source>No open experiments.</source>
        <translation>Geen open experimenten.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="222"/>
        <source>New experiment…</source>
        <translation>Nieuw experiment…</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="223"/>
        <source>Agree an experiment; select text first to prefill it (Ctrl+E)</source>
        <translation>Een experiment afspreken; selecteer eerst tekst om het vooraf in te vullen (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="240"/>
        <source>Expected: {prediction}</source>
        <translation>Verwacht: {prediction}</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="245"/>
        <source>Review…</source>
        <translation>Evalueren…</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="246"/>
        <source>Review experiment: {title}</source>
        <translation>Experiment evalueren: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="257"/>
        <source>Measures</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="260"/>
        <source>A questionnaire or rating, recorded as part of this session.</source>
        <translation>Een vragenlijst of score, vastgelegd als onderdeel van deze sessie.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="262"/>
        <source>Assessment…</source>
        <translation>Meting…</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="263"/>
        <source>Add an assessment to this session</source>
        <translation>Een meting toevoegen aan deze sessie</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="270"/>
        <source>Hand the laptop over…</source>
        <translation>De laptop overhandigen…</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="272"/>
        <source>The coachee fills in a questionnaire alone; your passphrase ends it</source>
        <translation>De coachee vult alleen een vragenlijst in; jouw wachtwoordzin beëindigt dat</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="292"/>
        <source>Check-in (0–10)</source>
        <translation>Check-in (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="294"/>
        <source>A check-in, not a validated scale.</source>
        <translation>Een check-in, geen gevalideerde schaal.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="307"/>
        <source>Check-in: {dimension}</source>
        <translation>Check-in: {dimension}</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="337"/>
        <source>Rate all four to record the check-in.</source>
        <translation>Geef alle vier een score om de check-in vast te leggen.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="353"/>
        <source>Check-in cleared.</source>
        <translation>Check-in gewist.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="353"/>
        <source>Check-in recorded.</source>
        <translation>Check-in vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="373"/>
        <source>Confidence ruler prompts</source>
        <translation>Vragen bij de vertrouwensliniaal</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="377"/>
        <source>No active goals yet: add one to rate confidence per goal.</source>
        <translation>Nog geen actieve doelen: voeg er een toe om het vertrouwen per doel te scoren.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="401"/>
        <source>Confidence for goal: {title}</source>
        <translation>Vertrouwen voor doel: {title}</translation>
    </message>
</context>
<context>
    <name>SessionTimelineModel</name>
    <message>
        <location filename="../../ui/models.py" line="279"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="279"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="279"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="296"/>
        <source>(no notes yet)</source>
        <translation>(nog geen aantekeningen)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="298"/>
        <source>Session on {date}, {template}: {summary}</source>
        <translation>Sessie op {date}, {template}: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="304"/>
        <source>{date} {time}, {minutes} min</source>
        <translation>{date} {time}, {minutes} min</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source>Settings sections</source>
        <translation>Onderdelen van de instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>&amp;General</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>&amp;Measures</source>
        <translation>&amp;Metingen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <location filename="../../ui/settings_dialog.py" line="137"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>Lock the vault after this much time without a key or click.</source>
        <translation>De kluis vergrendelen na zoveel tijd zonder toetsaanslag of klik.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>Also lock when the screen locks or the computer sleeps</source>
        <translation>Ook vergrendelen als het scherm vergrendelt of de computer in slaap valt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>Where the system says so: Linux desktops and Windows, not macOS.</source>
        <translation>Waar het systeem dat doorgeeft: Linux-desktops en Windows, niet macOS.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <location filename="../../ui/settings_dialog.py" line="181"/>
        <source>Remember on this computer</source>
        <translation>Onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="129"/>
        <source>Takes effect when the app is started again.</source>
        <translation>Wordt actief als de app opnieuw wordt gestart.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source>The session clock scales each template&apos;s phase budgets to this length; a live session can change it for itself.</source>
        <translation>De sessieklok past de tijd per fase van elk sjabloon aan deze duur aan; een live sessie kan die voor zichzelf wijzigen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>Beep at a session clock cue (end of a phase, five minutes left)</source>
        <translation>Een pieptoon bij een signaal van de sessieklok (einde van een fase, nog vijf minuten)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>{folder} (default)</source>
        <translation>{folder} (standaard)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="159"/>
        <source>Problem with the settings</source>
        <translation>Probleem met de instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Lock after idle</source>
        <translation>Vergrendelen na inactiviteit</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source>A new language is used from the next start.</source>
        <translation>Een nieuwe taal wordt gebruikt vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="171"/>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>Default template</source>
        <translation>Standaardsjabloon</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>Default session length</source>
        <translation>Standaardduur van een sessie</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="174"/>
        <location filename="../../ui/settings_dialog.py" line="180"/>
        <location filename="../../ui/settings_dialog.py" line="214"/>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176"/>
        <source>Lock after idle, minutes</source>
        <translation>Vergrendelen na inactiviteit, minuten</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Language (after a restart)</source>
        <translation>Taal (na een herstart)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="179"/>
        <source>Default session length, minutes</source>
        <translation>Standaardduur van een sessie, minuten</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="182"/>
        <source>Lock when the screen locks</source>
        <translation>Vergrendelen als het scherm vergrendelt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="183"/>
        <source>Sound at a session clock cue</source>
        <translation>Geluid bij een signaal van de sessieklok</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="209"/>
        <source>Keep the vault&apos;s key in this computer&apos;s keyring; unchecking forgets it.</source>
        <translation>De sleutel van de kluis bewaren in de sleutelbos van deze computer; uitvinken vergeet hem.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="311"/>
        <source>The language could not be stored: {reason}</source>
        <translation>De taal kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="346"/>
        <source>The keyring did not do it: {reason}</source>
        <translation>De sleutelbos heeft het niet gedaan: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="349"/>
        <source>The key is remembered on this computer.</source>
        <translation>De sleutel wordt op deze computer onthouden.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="354"/>
        <source>Remembering the key on this computer</source>
        <translation>De sleutel op deze computer onthouden</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="357"/>
        <source>The remembered key was removed from this computer.</source>
        <translation>De onthouden sleutel is van deze computer verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="362"/>
        <source>Forgetting the remembered key</source>
        <translation>De onthouden sleutel vergeten</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../ui/task_progress.py" line="37"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="60"/>
        <source>Note template</source>
        <translation>Sjabloon voor aantekeningen</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="67"/>
        <source>&amp;In-session mode: keep time with the session clock</source>
        <translation>&amp;Live-modus: de tijd bijhouden met de sessieklok</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="69"/>
        <source>&amp;Start session</source>
        <translation>Sessie &amp;starten</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="71"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="81"/>
        <source>Choose how to structure the notes. Enter starts, Esc cancels.</source>
        <translation>Kies hoe je de aantekeningen wilt structureren. Enter start, Esc annuleert.</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="93"/>
        <source>{name}  —  {hint}</source>
        <translation>{name}  —  {hint}</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="114"/>
        <source>New session with {name}</source>
        <translation>Nieuwe sessie met {name}</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock_pages.py" line="260"/>
        <location filename="../../ui/unlock_pages.py" line="280"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="261"/>
        <source>Remember on this computer</source>
        <translation>Onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="263"/>
        <source>Checking the system keyring…</source>
        <translation>Sleutelbos van het systeem wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="265"/>
        <source>Why remembering is not available</source>
        <translation>Waarom onthouden niet beschikbaar is</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="267"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="269"/>
        <source>Use recovery key…</source>
        <translation>Herstelsleutel gebruiken…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="273"/>
        <source>Forgot the passphrase? Unlock with the recovery key and choose a new passphrase.</source>
        <translation>Wachtwoordzin vergeten? Ontgrendel met de herstelsleutel en kies een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="277"/>
        <source>Unlock your vault</source>
        <translation>Ontgrendel je kluis</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="278"/>
        <source>Folder: {folder}</source>
        <translation>Map: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="317"/>
        <source>Keeps the vault&apos;s key in this computer&apos;s keyring so you are not asked at every start. Lock (Ctrl+L) still asks for the passphrase.</source>
        <translation>Bewaart de sleutel van de kluis in de sleutelbos van deze computer, zodat je niet bij elke start wordt gevraagd. Vergrendelen (Ctrl+L) vraagt nog steeds om de wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../ui/unlock.py" line="129"/>
        <source>Unlock screen</source>
        <translation>Ontgrendelscherm</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="144"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="150"/>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="230"/>
        <source>Coach Companion</source>
        <translation>Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="385"/>
        <source>The remembered key was not found; enter your passphrase.</source>
        <translation>De onthouden sleutel is niet gevonden; voer je wachtwoordzin in.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="391"/>
        <source>{problem} Enter your passphrase.</source>
        <translation>{problem} Voer je wachtwoordzin in.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="401"/>
        <source>Unlocking with the key remembered on this computer…</source>
        <translation>Ontgrendelen met de sleutel die op deze computer is onthouden…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="407"/>
        <source>The keyring refused.</source>
        <translation>De sleutelbos weigerde.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="410"/>
        <source>Could not remember the key on this computer: {reason}</source>
        <translation>Kon de sleutel niet op deze computer onthouden: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="420"/>
        <source>The key is remembered on this computer.</source>
        <translation>De sleutel wordt op deze computer onthouden.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="429"/>
        <source>Could not forget the remembered key: {reason}</source>
        <translation>Kon de onthouden sleutel niet vergeten: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="462"/>
        <source>Creating your vault…</source>
        <translation>Je kluis wordt aangemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="505"/>
        <source>Unlocking…</source>
        <translation>Bezig met ontgrendelen…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="522"/>
        <source>This vault was made by an earlier version of Coach Companion. Making a verified backup of it, then bringing it up to date: this happens once, and can take a minute for a large vault.</source>
        <translation>Deze kluis is gemaakt met een eerdere versie van Coach Companion. Er wordt eerst een gecontroleerde back-up van gemaakt, daarna wordt hij bijgewerkt: dat gebeurt één keer en kan bij een grote kluis een minuut duren.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="539"/>
        <source>Recovery key accepted. Now choose a new passphrase.</source>
        <translation>Herstelsleutel geaccepteerd. Kies nu een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="553"/>
        <source>Checking the recovery key…</source>
        <translation>Herstelsleutel wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="565"/>
        <source>New passphrase set. Your recovery key still works.</source>
        <translation>Nieuwe wachtwoordzin ingesteld. Je herstelsleutel werkt nog steeds.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="577"/>
        <source>Setting the new passphrase…</source>
        <translation>Nieuwe wachtwoordzin wordt ingesteld…</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/start_window.py" line="136"/>
        <location filename="../../ui/window_actions.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="116"/>
        <source>&amp;New coachee…</source>
        <translation>&amp;Nieuwe coachee…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="119"/>
        <source>&amp;Backup now…</source>
        <translation>Nu &amp;back-up maken…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="121"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="123"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="126"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="130"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="137"/>
        <location filename="../../ui/window_actions.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="137"/>
        <source>&amp;Coachee</source>
        <translation>&amp;Coachee</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="140"/>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Profiel bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="143"/>
        <source>Add &amp;goal…</source>
        <translation>&amp;Doel toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="150"/>
        <source>&amp;Progress report (PDF)…</source>
        <translation>&amp;Voortgangsrapport (pdf)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="157"/>
        <source>Pr&amp;int progress report…</source>
        <translation>Voortgangsrapport a&amp;fdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="162"/>
        <source>Coachee &amp;copy (PDF)…</source>
        <translation>Exemplaar voor &amp;coachee (pdf)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="165"/>
        <source>Pre-session &amp;brief…</source>
        <translation>Sessie&amp;briefing…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="169"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="172"/>
        <source>E&amp;rase…</source>
        <translation>&amp;Wissen…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="175"/>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="178"/>
        <source>&amp;New session</source>
        <translation>&amp;Nieuwe sessie</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="182"/>
        <source>&amp;Start session (in-session mode)</source>
        <translation>Sessie &amp;starten (live-modus)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="191"/>
        <source>&amp;Agreed experiment (from the selected text)…	Ctrl+E</source>
        <translation>&amp;Afgesproken experiment (uit de geselecteerde tekst)…	Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="198"/>
        <source>&amp;Print session…</source>
        <translation>Sessie af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="210"/>
        <source>&amp;Delete session…</source>
        <translation>Sessie &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="216"/>
        <source>&amp;Undo delete</source>
        <translation>Verwijderen &amp;ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="221"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="224"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="227"/>
        <source>&amp;Learning log (everyone)</source>
        <translation>&amp;Leerlogboek (iedereen)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="230"/>
        <source>&amp;Groups</source>
        <translation>&amp;Groepen</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="233"/>
        <source>&amp;Hours log</source>
        <translation>&amp;Urenlog</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="236"/>
        <source>&amp;Search…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="238"/>
        <source>&amp;Filter coachees</source>
        <translation>Coachees &amp;filteren</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="241"/>
        <source>&amp;Overdue experiments…</source>
        <translation>Experimenten over &amp;tijd…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="143"/>
        <location filename="../../ui/window_actions.py" line="244"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="246"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="249"/>
        <source>&amp;Security check…</source>
        <translation>&amp;Veiligheidscontrole…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="145"/>
        <location filename="../../ui/window_actions.py" line="252"/>
        <source>&amp;About Coach Companion</source>
        <translation>&amp;Over Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="262"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="264"/>
        <source>&amp;Whole vault (JSON)…</source>
        <translation>&amp;Hele kluis (JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="265"/>
        <source>This &amp;coachee (JSON, subject-access)…</source>
        <translation>Deze &amp;coachee (JSON, inzageverzoek)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="266"/>
        <source>This coachee (&amp;PDF, subject-access)…</source>
        <translation>Deze coachee (&amp;pdf, inzageverzoek)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="267"/>
        <source>&amp;Notes as Markdown…</source>
        <translation>&amp;Aantekeningen als Markdown…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="273"/>
        <source>&amp;Import (JSON)…</source>
        <translation>I&amp;mporteren (JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="287"/>
        <source>Open a session to print it.</source>
        <translation>Open een sessie om die af te drukken.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="309"/>
        <source>Choose a coachee first, on the dashboard or in the list.</source>
        <translation>Kies eerst een coachee, op het dashboard of in de lijst.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="406"/>
        <source>Archive coachee</source>
        <translation>Coachee archiveren</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="407"/>
        <source>Archive {name}? Nothing is deleted; they move to the Archived list.</source>
        <translation>{name} archiveren? Er wordt niets verwijderd; de coachee verhuist naar de lijst Gearchiveerd.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="418"/>
        <source>{name} archived.</source>
        <translation>{name} gearchiveerd.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="439"/>
        <source>Erasing…</source>
        <translation>Bezig met wissen…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="447"/>
        <source>Coachee erased.</source>
        <translation>Coachee gewist.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="448"/>
        <source>{name} was erased from this vault.</source>
        <translation>{name} is uit deze kluis gewist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window_actions.py" line="452"/>
        <source>%n backup(s) in the vault&apos;s backup folder were cleaned.</source>
        <translation>
            <numerusform>%n back-up in de back-upmap van de kluis is opgeschoond.</numerusform>
            <numerusform>%n back-ups in de back-upmap van de kluis zijn opgeschoond.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="458"/>
        <source>Could not clean the backup {name}: {reason}.</source>
        <translation>Kon de back-up {name} niet opschonen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="466"/>
        <source>Coachee erased</source>
        <translation>Coachee gewist</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="484"/>
        <source>erasing a coachee</source>
        <translation>een coachee wissen</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="523"/>
        <source>Progress report saved: {path}</source>
        <translation>Voortgangsrapport opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="556"/>
        <source>Experiments cannot be edited in this build.</source>
        <translation>Experimenten kunnen in deze versie niet worden bewerkt.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="567"/>
        <source>Experiments cannot be reviewed in this build.</source>
        <translation>Experimenten kunnen in deze versie niet worden geëvalueerd.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="586"/>
        <source>Search is not part of this build.</source>
        <translation>Zoeken zit niet in deze versie.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="599"/>
        <source>This build has no overdue list.</source>
        <translation>Deze versie heeft geen lijst met experimenten over tijd.</translation>
    </message>
</context>
</TS>
