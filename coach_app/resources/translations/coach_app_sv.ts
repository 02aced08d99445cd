<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="102"/>
        <source>see its file {name}</source>
        <translation>se dess fil {name}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="118"/>
        <source>not stated in its metadata</source>
        <translation>anges inte i dess metadata</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="137"/>
        <source>About Coach Companion</source>
        <translation>Om Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="146"/>
        <source>Coach Companion</source>
        <translation>Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="152"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="156"/>
        <source>An encrypted, offline companion for coaches: session notes, experiments and honest progress charts. Your notes stay on this computer, encrypted with your passphrase.</source>
        <translation>Ett krypterat följeslagarprogram för coacher som fungerar utan internet: samtalsanteckningar, experiment och ärliga framstegsdiagram. Dina anteckningar stannar på den här datorn, krypterade med din lösenfras.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="165"/>
        <source>Libraries it includes</source>
        <translation>Bibliotek som ingår</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="170"/>
        <source>Qt is used through PySide6 under the GNU Lesser General Public License, version 3. Each library&apos;s licence as its own package states it:</source>
        <translation>Qt används genom PySide6 under GNU Lesser General Public License, version 3. Varje biblioteks licens så som dess eget paket anger den:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="179"/>
        <source>General Self-Efficacy Scale</source>
        <translation>General Self-Efficacy Scale (generell självförmåga)</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="205"/>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="205"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="205"/>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="219"/>
        <source>Libraries and their licences</source>
        <translation>Bibliotek och deras licenser</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../ui/context.py" line="69"/>
        <source>The vault is locked. Unlock it to go on.</source>
        <translation>Valvet är låst. Lås upp det för att fortsätta.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="115"/>
        <source>Score preview</source>
        <translation>Förhandsvisning av poäng</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="132"/>
        <source>Context: {label}. Shown beside the progress chart, not as the coachee&apos;s own progress.</source>
        <translation>Sammanhang: {label}. Visas bredvid framstegsdiagrammet, inte som klientens egna framsteg.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="200"/>
        <source>Date taken</source>
        <translation>Datum för skattningen</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="202"/>
        <source>Taken on</source>
        <translation>Genomförd den</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="252"/>
        <source>Enter the item wording first.</source>
        <translation>Skriv in påståendets formulering först.</translation>
    </message>
</context>
<context>
    <name>AssessmentMenu</name>
    <message>
        <location filename="../../ui/assessment_menu.py" line="32"/>
        <source>&amp;Confidence per goal</source>
        <extracomment>The built-in measures in the order a coach meets them (their menu wording is in ``builtin_choices``).</extracomment>
        <translation>&amp;Tilltro per mål</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="33"/>
        <source>&amp;Goal attainment (GAS)</source>
        <translation>&amp;Måluppfyllelse (GAS)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="34"/>
        <source>General &amp;self-efficacy (GSE)</source>
        <translation>Generell &amp;självförmåga (GSE)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="35"/>
        <source>Psychological &amp;empowerment</source>
        <translation>Psykologisk &amp;empowerment</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="36"/>
        <source>&amp;Team psychological safety (context)</source>
        <translation>Psykologisk t&amp;rygghet i teamet (sammanhang)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="73"/>
        <source>Add a&amp;ssessment</source>
        <translation>Lägg till &amp;skattning</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="76"/>
        <source>Add assessment</source>
        <translation>Lägg till skattning</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="85"/>
        <source>Unlock the vault first</source>
        <translation>Lås upp valvet först</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="94"/>
        <source>{label}…</source>
        <translation>{label}…</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="99"/>
        <source>No custom metrics yet (File → Settings → Measures)</source>
        <translation>Inga egna mått ännu (Arkiv → Inställningar → Mått)</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <location filename="../../ui/session_autosave.py" line="231"/>
        <source>Not saved yet: the vault is busy with {label}. Your text stays here and is saved as soon as that is done.</source>
        <translation>Inte sparat än: valvet är upptaget med {label}. Din text stannar här och sparas så snart det är klart.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/window_backups.py" line="35"/>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="39"/>
        <source>Backup written and verified: {path}</source>
        <translation>Säkerhetskopian är skriven och kontrollerad: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="42"/>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="43"/>
        <source>Backup written and verified:
{path}</source>
        <translation>Säkerhetskopian är skriven och kontrollerad:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="61"/>
        <source>the backup</source>
        <translation>säkerhetskopieringen</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="77"/>
        <source>the daily backup</source>
        <translation>den dagliga säkerhetskopieringen</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="84"/>
        <source>Daily backup written and verified: {name}</source>
        <translation>Daglig säkerhetskopia skriven och kontrollerad: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="95"/>
        <source>see the log</source>
        <translation>se loggen</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="96"/>
        <source>The daily backup failed: {reason}</source>
        <translation>Den dagliga säkerhetskopieringen misslyckades: {reason}</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../ui/brief_view.py" line="62"/>
        <source>Print brief</source>
        <translation>Skriv ut underlaget</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="71"/>
        <source>coachee</source>
        <translation>klient</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="72"/>
        <source>{name} brief {date}.pdf</source>
        <translation>{name} underlag {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="90"/>
        <location filename="../../ui/brief_view.py" line="94"/>
        <source>Pre-session brief</source>
        <translation>Underlag inför samtalet</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="100"/>
        <source>Include my &amp;private reflection</source>
        <translation>Ta med min &amp;privata reflektion</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="102"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Spara som PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="103"/>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="166"/>
        <source>Reading the brief</source>
        <translation>Läser underlaget</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="174"/>
        <source>Pre-session brief: {name}</source>
        <translation>Underlag inför samtalet: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="201"/>
        <source>Save brief as PDF</source>
        <translation>Spara underlaget som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="203"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="223"/>
        <source>the brief</source>
        <translation>underlaget</translation>
    </message>
</context>
<context>
    <name>ClientDetailsBox</name>
    <message>
        <location filename="../../ui/client_details_box.py" line="24"/>
        <source>May be named on hours logs</source>
        <translation>Får namnges i timloggar</translation>
    </message>
    <message>
        <location filename="../../ui/client_details_box.py" line="26"/>
        <source>Without consent the hours log shows this client as “Confidential client n”.</source>
        <translation>Utan samtycke visas klienten i timloggen som ”Konfidentiell klient n”.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details_box.py" line="29"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location filename="../../ui/client_details_box.py" line="30"/>
        <source>Pro bono</source>
        <translation>Pro bono</translation>
    </message>
    <message>
        <location filename="../../ui/client_details_box.py" line="31"/>
        <source>Sessions are paid or pro bono by default</source>
        <translation>Om samtalen som standard är betalda eller pro bono</translation>
    </message>
    <message>
        <location filename="../../ui/client_details_box.py" line="35"/>
        <source>Client type</source>
        <translation>Klienttyp</translation>
    </message>
</context>
<context>
    <name>CoacheeCopyDialog</name>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="40"/>
        <location filename="../../ui/coachee_copy_action.py" line="130"/>
        <source>Coachee copy (PDF)</source>
        <translation>Klientkopia (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="44"/>
        <source>A PDF for {name} to keep: their focus, goals, ratings and experiments. Add only what you want them to read:</source>
        <translation>En PDF som {name} får behålla: fokus, mål, skattningar och experiment. Lägg bara till det du vill att klienten ska läsa:</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="61"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="63"/>
        <source>Print it without saving a file</source>
        <translation>Skriv ut den utan att spara någon fil</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="65"/>
        <source>Choose where and save…</source>
        <translation>Välj plats och spara…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="106"/>
        <source>Print the coachee copy</source>
        <translation>Skriv ut klientkopian</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="107"/>
        <source>Preparing the coachee copy…</source>
        <translation>Förbereder klientkopian…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="113"/>
        <source>Save the coachee copy</source>
        <translation>Spara klientkopian</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="114"/>
        <source>{name} copy {date}.pdf</source>
        <translation>{name} kopia {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="117"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="131"/>
        <source>Writing the coachee copy…</source>
        <translation>Skriver klientkopian…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="108"/>
        <location filename="../../ui/coachee_copy_action.py" line="134"/>
        <source>the coachee copy</source>
        <translation>klientkopian</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="141"/>
        <source>coachee</source>
        <translation>klient</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="158"/>
        <source>Coachee copy</source>
        <translation>Klientkopia</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="159"/>
        <source>Saved to {out} (NOT encrypted: keep it safe, delete it when done).</source>
        <translation>Sparad i {out} (INTE krypterad: förvara den säkert och radera den när du är klar).</translation>
    </message>
</context>
<context>
    <name>CoacheeListModel</name>
    <message>
        <location filename="../../ui/models.py" line="153"/>
        <location filename="../../ui/models.py" line="160"/>
        <source>Coachee</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="154"/>
        <location filename="../../ui/models.py" line="160"/>
        <source>Last session</source>
        <translation>Senaste samtal</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="155"/>
        <source>Open</source>
        <comment>column title: the coachee&apos;s open experiments</comment>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="160"/>
        <source>Open experiments</source>
        <translation>Öppna experiment</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="194"/>
        <source>{open} ⚠</source>
        <translation>{open} ⚠</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="198"/>
        <source>no session yet</source>
        <translation>inget samtal ännu</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="200"/>
        <source>{name}, last session {last}, {open}</source>
        <translation>{name}, senaste samtal {last}, {open}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models.py" line="203"/>
        <source>%n open experiment(s)</source>
        <translation>
            <numerusform>%n öppet experiment</numerusform>
            <numerusform>%n öppna experiment</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="206"/>
        <source>, {overdue} overdue</source>
        <translation>, {overdue} försenade</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="214"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="216"/>
        <source>Tags: {tags}</source>
        <translation>Taggar: {tags}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models.py" line="219"/>
        <source>%n overdue experiment(s)</source>
        <translation>
            <numerusform>%n experiment har passerat sitt slutdatum</numerusform>
            <numerusform>%n experiment har passerat sitt slutdatum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoacheeListPanel</name>
    <message>
        <location filename="../../ui/coachee_list.py" line="64"/>
        <source>Filter coachees (Ctrl+F)</source>
        <translation>Filtrera klienter (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="65"/>
        <source>Filter coachees</source>
        <translation>Filtrera klienter</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="68"/>
        <source>Show coachees with status</source>
        <translation>Visa klienter med status</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="70"/>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="71"/>
        <source>Paused</source>
        <translation>Pausade</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="72"/>
        <source>Completed</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="73"/>
        <source>Archived</source>
        <translation>Arkiverade</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="74"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="81"/>
        <source>Coachees</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="90"/>
        <source>New coachee…</source>
        <translation>Ny klient…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="91"/>
        <source>New coachee</source>
        <translation>Ny klient</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coachee_list.py" line="190"/>
        <source>%n coachee(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klienter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coachee_list.py" line="192"/>
        <source>{shown} of %n coachee(s)</source>
        <translation>
            <numerusform>{shown} av %n klient</numerusform>
            <numerusform>{shown} av %n klienter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoacheePage</name>
    <message>
        <location filename="../../ui/coachee_page.py" line="87"/>
        <source>Coachee name</source>
        <translation>Klientens namn</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="90"/>
        <source>Start session</source>
        <translation>Starta samtal</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="93"/>
        <source>Start a session with this coachee: choose a template, in-session mode keeps time (Ctrl+N; Ctrl+Shift+S starts it in in-session mode)</source>
        <translation>Starta ett samtal med klienten: välj en mall; samtalsläget håller tiden (Ctrl+N; Ctrl+Shift+S startar i samtalsläge)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="97"/>
        <source>Edit profile…</source>
        <translation>Redigera profil…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="101"/>
        <source>Sessions, newest first</source>
        <translation>Samtal, nyaste först</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="108"/>
        <source>Enter or double-click opens the session</source>
        <translation>Enter eller dubbelklick öppnar samtalet</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="110"/>
        <source>Experiments</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="118"/>
        <source>Enter or double-click opens the review</source>
        <translation>Enter eller dubbelklick öppnar utvärderingen</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="125"/>
        <source>Agree experiment…</source>
        <translation>Avtala experiment…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="126"/>
        <source>Review…</source>
        <translation>Utvärdera…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="135"/>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="136"/>
        <location filename="../../ui/coachee_page.py" line="137"/>
        <source>Add assessment</source>
        <translation>Lägg till skattning</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="138"/>
        <source>Progress report (PDF)…</source>
        <translation>Framstegsrapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="140"/>
        <source>Profile, goals, this chart and the experiments as a PDF (Ctrl+P)</source>
        <translation>Profil, mål, det här diagrammet och experimenten som PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="161"/>
        <source>Learning log</source>
        <translation>Lärlogg</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="164"/>
        <source>Coachee tabs</source>
        <translation>Klientflikar</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="165"/>
        <source>&amp;Overview</source>
        <translation>Ö&amp;versikt</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="166"/>
        <source>Sess&amp;ions</source>
        <translation>Sa&amp;mtal</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="167"/>
        <source>E&amp;xperiments</source>
        <translation>E&amp;xperiment</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="168"/>
        <source>&amp;Progress</source>
        <translation>&amp;Framsteg</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="169"/>
        <source>&amp;Learning log</source>
        <translation>&amp;Lärlogg</translation>
    </message>
</context>
<context>
    <name>CoacheeStatus</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="71"/>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="72"/>
        <source>Paused</source>
        <translation>Pausade</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="73"/>
        <source>Completed</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="74"/>
        <source>Archived</source>
        <translation>Arkiverade</translation>
    </message>
</context>
<context>
    <name>ConfidenceForm</name>
    <message>
        <location filename="../../ui/assessment_forms.py" line="228"/>
        <source>Overall</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="231"/>
        <source>not asked</source>
        <translation>inte frågat</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="233"/>
        <source>Confidence: {title}</source>
        <translation>Tilltro: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="247"/>
        <source>Give at least one rating.</source>
        <translation>Ange minst en skattning.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assessment_forms.py" line="248"/>
        <source>%n rating(s) to save.</source>
        <translation>
            <numerusform>%n skattning att spara.</numerusform>
            <numerusform>%n skattningar att spara.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../ui/unlock_pages.py" line="215"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="216"/>
        <location filename="../../ui/unlock_pages.py" line="218"/>
        <source>Create vault</source>
        <translation>Skapa valv</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="220"/>
        <source>Create your vault</source>
        <translation>Skapa ditt valv</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="224"/>
        <source>Everything you write is encrypted with a key that only this passphrase (or the recovery key you get next) can open. Nobody, including us, can reset it. A few unusual words in a row work well.

Folder: {folder}</source>
        <translation>Allt du skriver krypteras med en nyckel som bara den här lösenfrasen (eller återställningsnyckeln du får i nästa steg) kan öppna. Ingen, inte heller vi, kan återställa den. Några ovanliga ord i följd fungerar bra.

Mapp: {folder}</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <location filename="../../ui/progress_models.py" line="97"/>
        <source>Coachee</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="98"/>
        <source>Last session</source>
        <translation>Senaste samtal</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="99"/>
        <source>Days since</source>
        <translation>Dagar sedan</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="100"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="101"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="102"/>
        <source>Confidence</source>
        <translation>Tilltro</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="103"/>
        <source>Flags</source>
        <translation>Flaggor</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="110"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="158"/>
        <source>No confidence ratings yet</source>
        <translation>Inga skattningar av tilltro ännu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress_models.py" line="160"/>
        <source>Confidence, last %n session(s) (mean of goals): {values}</source>
        <translation>
            <numerusform>Tilltro, senaste %n samtal (medelvärde för målen): {values}</numerusform>
            <numerusform>Tilltro, senaste %n samtal (medelvärde för målen): {values}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../ui/dashboard.py" line="191"/>
        <source>Filter by name, organisation or flag…</source>
        <extracomment>Native styles that already draw the platform&apos;s convention (the arrow points up when the smallest value is at the top); Qt&apos;s own styles (Fusion, Windows) draw it the other way.</extracomment>
        <translation>Filtrera på namn, organisation eller flagga…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="193"/>
        <source>Filter coachees</source>
        <translation>Filtrera klienter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="195"/>
        <source>Flagged &amp;only</source>
        <translation>Endast &amp;flaggade</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="197"/>
        <source>Dashboard summary</source>
        <translation>Sammanfattning av instrumentpanelen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="209"/>
        <source>Active coachees</source>
        <translation>Aktiva klienter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="263"/>
        <source>Loading the dashboard</source>
        <translation>Läser in instrumentpanelen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="312"/>
        <source>%n active coachee(s)</source>
        <translation>
            <numerusform>%n aktiv klient</numerusform>
            <numerusform>%n aktiva klienter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="313"/>
        <source>{count} flagged</source>
        <translation>{count} flaggade</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="316"/>
        <source>{count} shown</source>
        <translation>{count} visas</translation>
    </message>
</context>
<context>
    <name>DemoStart</name>
    <message>
        <location filename="../../ui/demo_start.py" line="67"/>
        <source>The demo vault was not finished.</source>
        <translation>Demovalvet blev inte klart.</translation>
    </message>
    <message>
        <location filename="../../ui/demo_start.py" line="114"/>
        <source>Preparing a demo vault with sample coachees…</source>
        <translation>Förbereder ett demovalv med exempelklienter…</translation>
    </message>
    <message>
        <location filename="../../ui/demo_start.py" line="142"/>
        <source>The demo vault could not be made; the log says why.</source>
        <translation>Demovalvet kunde inte skapas; loggen visar varför.</translation>
    </message>
</context>
<context>
    <name>DevelopmentDialog</name>
    <message>
        <location filename="../../ui/development_panel.py" line="49"/>
        <source>Supervision or CPD</source>
        <translation>Handledning eller fortbildning</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="67"/>
        <source>Private: what you took from it</source>
        <translation>Privat: vad du tog med dig</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="70"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="71"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="72"/>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="73"/>
        <source>Supervisor or provider</source>
        <translation>Handledare eller arrangör</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="74"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="75"/>
        <source>Private reflection</source>
        <translation>Privat reflektion</translation>
    </message>
</context>
<context>
    <name>DevelopmentPanel</name>
    <message>
        <location filename="../../ui/development_panel.py" line="147"/>
        <source>Add supervision or CPD…</source>
        <translation>Lägg till handledning eller fortbildning…</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="150"/>
        <source>Supervision and CPD per year</source>
        <translation>Handledning och fortbildning per år</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="154"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="155"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="156"/>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="157"/>
        <source>Provider</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="158"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="164"/>
        <source>Supervision and CPD entries</source>
        <translation>Poster för handledning och fortbildning</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="187"/>
        <source>{year}: {sup} h supervision, {cpd} h CPD</source>
        <translation>{year}: {sup} h handledning, {cpd} h fortbildning</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="192"/>
        <source>No supervision or CPD recorded yet.</source>
        <translation>Ingen handledning eller fortbildning registrerad ännu.</translation>
    </message>
</context>
<context>
    <name>DraftRestore</name>
    <message>
        <location filename="../../ui/window_drafts.py" line="74"/>
        <source>What was open before the lock could not be reopened: {reason}</source>
        <translation>Det som var öppet före låsningen kunde inte öppnas igen: {reason}</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="444"/>
        <location filename="../../ui/coachee_dialogs.py" line="445"/>
        <source>Erase coachee</source>
        <translation>Radera klient</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="448"/>
        <source>This deletes everything about &lt;b&gt;{name}&lt;/b&gt; from this vault: profile, goals, every session note, experiments and measurements. It cannot be undone; older backups still hold them, and the erasure is applied again if one is restored.&lt;br&gt;&lt;br&gt;Type the name to confirm:</source>
        <translation>Detta raderar allt om &lt;b&gt;{name}&lt;/b&gt; från valvet: profil, mål, alla samtalsanteckningar, experiment och mätningar. Det går inte att ångra; äldre säkerhetskopior innehåller dem fortfarande, och raderingen görs på nytt om en sådan återställs.&lt;br&gt;&lt;br&gt;Skriv namnet för att bekräfta:</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="457"/>
        <source>Type the coachee&apos;s name to confirm</source>
        <translation>Skriv klientens namn för att bekräfta</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="461"/>
        <source>Erase for good</source>
        <translation>Radera för gott</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>Coach Companion hit an unexpected problem ({kind}). What you typed is saved as you go; if something looks wrong, lock and unlock the vault or restart the app. The details were written to the log (without any note text).</source>
        <translation>Coach Companion stötte på ett oväntat problem ({kind}). Det du skriver sparas löpande; om något ser fel ut, lås och lås upp valvet eller starta om appen. Detaljerna skrevs till loggen (utan anteckningstext).</translation>
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
        <translation>Logg från senaste körningen</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="177"/>
        <source>Log text</source>
        <translation>Loggtext</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="195"/>
        <source>The last time, Coach Companion hit a problem.</source>
        <translation>Förra gången stötte Coach Companion på ett problem.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="198"/>
        <source>The details were written to {path} (without any note text). You can look at them, or send them along when you report the problem.</source>
        <translation>Detaljerna skrevs till {path} (utan anteckningstext). Du kan titta på dem, eller skicka med dem när du rapporterar problemet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="205"/>
        <source>Show log</source>
        <translation>Visa logg</translation>
    </message>
</context>
<context>
    <name>ExperimentDecision</name>
    <message>
        <location filename="../../ui/models.py" line="84"/>
        <source>Adopt</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="85"/>
        <source>Adapt</source>
        <translation>Anpassa</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="86"/>
        <source>Abandon</source>
        <translation>Släpp</translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="91"/>
        <source>Edit experiment</source>
        <translation>Redigera experiment</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="91"/>
        <source>Agree an experiment</source>
        <translation>Avtala ett experiment</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="98"/>
        <source>A small step to try before the next session. Writing the prediction down makes the review a real comparison.</source>
        <translation>Ett litet steg att pröva före nästa samtal. När förutsägelsen skrivs ner blir utvärderingen en verklig jämförelse.</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="104"/>
        <source>e.g. Say no to one meeting a week</source>
        <translation>t.ex. Tacka nej till ett möte i veckan</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="105"/>
        <source>Experiment title</source>
        <translation>Experimentets titel</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="107"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="109"/>
        <source>e.g. They will push back at first, then nobody will miss it</source>
        <translation>t.ex. De protesterar först, sedan saknar ingen det</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="110"/>
        <source>Prediction</source>
        <translation>Förutsägelse</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="113"/>
        <source>What exactly will be tried, and when?</source>
        <translation>Vad exakt ska prövas, och när?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="113"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="116"/>
        <source>How will you notice it worked?</source>
        <translation>Hur märker du att det fungerade?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="116"/>
        <source>Success signal</source>
        <translation>Framgångstecken</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="122"/>
        <source>Due date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="123"/>
        <source>Due by</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="125"/>
        <source>Has a due date</source>
        <translation>Har ett slutdatum</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="133"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="138"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="139"/>
        <source>&amp;Goal (optional)</source>
        <translation>&amp;Mål (valfritt)</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="140"/>
        <source>&amp;Prediction — what do you expect will happen?</source>
        <translation>&amp;Förutsägelse – vad tror du kommer att hända?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="141"/>
        <source>&amp;Action</source>
        <translation>&amp;Handling</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="142"/>
        <source>&amp;Success signal</source>
        <translation>Fram&amp;gångstecken</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="277"/>
        <source>No particular goal</source>
        <translation>Inget särskilt mål</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="284"/>
        <source>{title} ({status})</source>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="293"/>
        <source>achieved</source>
        <translation>uppnått</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="294"/>
        <source>dropped</source>
        <translation>släppt</translation>
    </message>
</context>
<context>
    <name>ExperimentDue</name>
    <message>
        <location filename="../../ui/experiment_common.py" line="40"/>
        <source>no due date</source>
        <translation>inget slutdatum</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/experiment_common.py" line="34"/>
        <source>%n day(s) past due</source>
        <translation>
            <numerusform>försenat %n dag</numerusform>
            <numerusform>försenat %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/experiment_common.py" line="45"/>
        <source>due today</source>
        <translation>ska vara klart i dag</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_common.py" line="46"/>
        <source>due {date}</source>
        <translation>senast {date}</translation>
    </message>
</context>
<context>
    <name>ExperimentReviewDialog</name>
    <message>
        <location filename="../../ui/experiment_review.py" line="66"/>
        <source>Review: {title}</source>
        <translation>Utvärdering: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="72"/>
        <source>What happened? What did you learn? Adopt, adapt or abandon?</source>
        <translation>Vad hände? Vad lärde du dig? Behålla, anpassa eller släppa?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="75"/>
        <source>An experiment that did not go as predicted is not a failure: finding that out is what it was for.</source>
        <translation>Ett experiment som inte gick som förutsagt är inget misslyckande: att ta reda på det var just syftet.</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="81"/>
        <source>What happened? Any surprises?</source>
        <translation>Vad hände? Några överraskningar?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="81"/>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="84"/>
        <source>What did you learn, compared with the prediction?</source>
        <translation>Vad lärde du dig, jämfört med förutsägelsen?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="85"/>
        <source>What did you learn</source>
        <translation>Vad du lärde dig</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="90"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="96"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="101"/>
        <source>Save review</source>
        <translation>Spara utvärdering</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="108"/>
        <source>What &amp;happened?</source>
        <translation>Vad &amp;hände?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="109"/>
        <source>What did you &amp;learn?</source>
        <translation>Vad &amp;lärde du dig?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="176"/>
        <source>Adopt — it works; keep doing it</source>
        <translation>Behåll – det fungerar; fortsätt med det</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="177"/>
        <source>Adapt — change something and try again</source>
        <translation>Anpassa – ändra något och försök igen</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="178"/>
        <source>Abandon — let it go; what it taught stays</source>
        <translation>Släpp – låt det gå; lärdomen finns kvar</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="179"/>
        <source>Not decided yet</source>
        <translation>Inte beslutat än</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="184"/>
        <source>Done — it was tried</source>
        <translation>Klart – det prövades</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="185"/>
        <source>Still in progress</source>
        <translation>Pågår fortfarande</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="186"/>
        <source>Dropped — not tried or stopped, and that is fine to say</source>
        <translation>Släppt – inte prövat eller avbrutet, och det är helt okej att säga</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="192"/>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="196"/>
        <source>Goal:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="197"/>
        <source>Prediction:</source>
        <translation>Förutsägelse:</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="198"/>
        <source>Action:</source>
        <translation>Handling:</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="199"/>
        <source>Success signal:</source>
        <translation>Framgångstecken:</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="200"/>
        <source>Due:</source>
        <translation>Senast:</translation>
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
        <translation>Avtalat</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="74"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="75"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="76"/>
        <source>Dropped</source>
        <translation>Släppt</translation>
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
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="330"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="368"/>
        <source>{due} (overdue)</source>
        <translation>{due} (försenat)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="371"/>
        <source>{title}, {status}</source>
        <translation>{title}, {status}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="375"/>
        <source>, due {date}</source>
        <translation>, senast {date}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="376"/>
        <source>, overdue</source>
        <translation>, försenat</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="380"/>
        <source>Prediction: {text}</source>
        <translation>Förutsägelse: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="381"/>
        <source>Action: {text}</source>
        <translation>Handling: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="382"/>
        <source>Success signal: {text}</source>
        <translation>Framgångstecken: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="383"/>
        <source>Outcome: {text}</source>
        <translation>Utfall: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="384"/>
        <source>Learning: {text}</source>
        <translation>Lärdom: {text}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/file_export.py" line="83"/>
        <source>The exported file is NOT encrypted: anyone who can open it can read everything in it. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>Den exporterade filen är INTE krypterad: alla som kan öppna den kan läsa allt i den. Förvara den på ett säkert ställe och radera den när du inte längre behöver den.</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="108"/>
        <source>Export the whole vault</source>
        <translation>Exportera hela valvet</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="110"/>
        <source>Every coachee with their goals, sessions, experiments and measurements, as one JSON file another vault can import.</source>
        <translation>Alla klienter med deras mål, samtal, experiment och mätningar, som en JSON-fil som ett annat valv kan importera.</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="114"/>
        <source>Export this coachee</source>
        <translation>Exportera den här klienten</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="116"/>
        <source>Everything this vault holds about {name}, as one JSON file (for a subject-access request).</source>
        <translation>Allt som valvet innehåller om {name}, som en JSON-fil (för en begäran om registerutdrag).</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="120"/>
        <source>Export this coachee (PDF)</source>
        <translation>Exportera den här klienten (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="122"/>
        <source>Everything this vault holds about {name}, as a readable PDF (for a subject-access request).</source>
        <translation>Allt som valvet innehåller om {name}, som en läsbar PDF (för en begäran om registerutdrag).</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="126"/>
        <source>Export notes as Markdown</source>
        <translation>Exportera anteckningar som Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="128"/>
        <source>The session notes as Markdown text files, one folder per coachee, in a folder you choose.</source>
        <translation>Samtalsanteckningarna som Markdown-textfiler, en mapp per klient, i en mapp du väljer.</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="134"/>
        <source>One file per session</source>
        <translation>En fil per samtal</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="135"/>
        <source>Only {name}</source>
        <translation>Bara {name}</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="136"/>
        <source>Include my private reflections</source>
        <translation>Ta med mina privata reflektioner</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="142"/>
        <source>Your private reflections are your own thoughts about the sessions. Whether a subject-access request covers them is for you to decide (ask your professional body or a lawyer if unsure). Left unticked, the PDF says they were left out; everything else about {name} is in it.</source>
        <translation>Dina privata reflektioner är dina egna tankar om samtalen. Om en begäran om registerutdrag omfattar dem avgör du själv (fråga din yrkesorganisation eller en jurist om du är osäker). Lämnar du rutan tom står det i pdf-filen att de har utelämnats; allt annat om {name} finns med.</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="153"/>
        <source>The file is complete, your private reflections included, so another vault can import it. To give {name} a copy without them, export this coachee as PDF instead.</source>
        <translation>Filen är fullständig, dina privata reflektioner inräknade, så att ett annat valv kan importera den. Vill du ge {name} en kopia utan dem, exportera den här klienten som pdf i stället.</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="171"/>
        <source>Choose where and export…</source>
        <translation>Välj plats och exportera…</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="181"/>
        <source>coachee</source>
        <translation>klient</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="183"/>
        <source>{name} export {date}.json</source>
        <translation>{name} export {date}.json</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="187"/>
        <source>{name} all data {date}.pdf</source>
        <translation>{name} alla data {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="190"/>
        <source>Coaching vault export {date}.json</source>
        <translation>Export av coachingvalv {date}.json</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="251"/>
        <source>Export into</source>
        <translation>Exportera till</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="263"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="265"/>
        <source>JSON file (*.json)</source>
        <translation>JSON-fil (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="305"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="307"/>
        <source>the export</source>
        <translation>exporten</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="314"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="315"/>
        <source>Exported to {out} (NOT encrypted: keep it safe, delete it when done).</source>
        <translation>Exporterad till {out} (INTE krypterad: förvara den säkert och radera den när du är klar).</translation>
    </message>
</context>
<context>
    <name>FilePaths</name>
    <message>
        <location filename="../../ui/file_paths.py" line="41"/>
        <source>Not in the vault folder</source>
        <translation>Inte i valvmappen</translation>
    </message>
    <message>
        <location filename="../../ui/file_paths.py" line="42"/>
        <source>This file is not encrypted: write it outside the vault folder. Nothing was written.</source>
        <translation>Den här filen är inte krypterad: skriv den utanför valvmappen. Inget skrevs.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Problem with the form</source>
        <translation>Problem med formuläret</translation>
    </message>
</context>
<context>
    <name>GasForm</name>
    <message>
        <location filename="../../ui/assessment_forms.py" line="63"/>
        <source>−2 much less than expected</source>
        <translation>−2 mycket mindre än förväntat</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="64"/>
        <source>−1 less than expected</source>
        <translation>−1 mindre än förväntat</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="65"/>
        <source>0 expected outcome</source>
        <translation>0 förväntat utfall</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="66"/>
        <source>+1 more than expected</source>
        <translation>+1 mer än förväntat</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="67"/>
        <source>+2 much more than expected</source>
        <translation>+2 mycket mer än förväntat</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="279"/>
        <source>0 is the expected outcome; the combined T-score is 50 when every goal is at its expected outcome.</source>
        <translation>0 är det förväntade utfallet; den sammanlagda T-poängen är 50 när alla mål ligger på sitt förväntade utfall.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="289"/>
        <source>not rated</source>
        <translation>inte skattat</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="294"/>
        <source>Goal attainment: {title}</source>
        <translation>Måluppfyllelse: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="297"/>
        <source>{title} (weight {weight})</source>
        <translation>{title} (vikt {weight})</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="306"/>
        <source>This coachee has no active goals to rate yet.</source>
        <translation>Klienten har inga aktiva mål att skatta ännu.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="330"/>
        <source>Choose a level for at least one goal.</source>
        <translation>Välj en nivå för minst ett mål.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="332"/>
        <source>T-score of the goals rated now: {score} (50 = as expected)</source>
        <translation>T-poäng för målen som skattas nu: {score} (50 = som förväntat)</translation>
    </message>
</context>
<context>
    <name>GoalAttainment</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="81"/>
        <source>much less than expected</source>
        <translation>mycket sämre än förväntat</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="82"/>
        <source>somewhat less than expected</source>
        <translation>något sämre än förväntat</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="83"/>
        <source>the expected level</source>
        <translation>den förväntade nivån</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="84"/>
        <source>somewhat more than expected</source>
        <translation>något bättre än förväntat</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="85"/>
        <source>much more than expected</source>
        <translation>mycket bättre än förväntat</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="328"/>
        <source>Add goal</source>
        <translation>Lägg till mål</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="330"/>
        <source>Edit goal</source>
        <translation>Redigera mål</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="337"/>
        <source>What the coachee wants to achieve</source>
        <translation>Vad klienten vill uppnå</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="345"/>
        <source>How much this goal counts in the GAS score: 1 (least) to 4</source>
        <translation>Hur mycket målet väger i GAS-poängen: 1 (minst) till 4</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="347"/>
        <source>Title *</source>
        <translation>Titel *</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="348"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="349"/>
        <source>Weight (1–4)</source>
        <translation>Vikt (1–4)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="352"/>
        <source>Goal Attainment Scaling: describe what each level would look like, in observable terms. 0 is the outcome you both expect.</source>
        <translation>Goal Attainment Scaling: beskriv hur varje nivå skulle se ut, i observerbara termer. 0 är det utfall ni båda förväntar er.</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="364"/>
        <source>Level {sign}: {meaning}</source>
        <translation>Nivå {sign}: {meaning}</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="414"/>
        <source>This goal no longer exists.</source>
        <translation>Det här målet finns inte längre.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../ui/group_dialogs.py" line="43"/>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="44"/>
        <source>Paused</source>
        <translation>Pausade</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="45"/>
        <source>Completed</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="46"/>
        <source>Archived</source>
        <translation>Arkiverade</translation>
    </message>
</context>
<context>
    <name>GroupSessionDialog</name>
    <message>
        <location filename="../../ui/group_session_editor.py" line="62"/>
        <source>Group session — {name}</source>
        <translation>Gruppsamtal – {name}</translation>
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
        <translation>Längd (minuter)</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="84"/>
        <location filename="../../ui/group_session_editor.py" line="97"/>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="96"/>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="98"/>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="107"/>
        <source>Add round</source>
        <translation>Lägg till runda</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="313"/>
        <source>The action became an experiment on {name}&apos;s record.</source>
        <translation>Handlingen blev ett experiment i journalen för {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="319"/>
        <source>The insight went to {name}&apos;s learning log.</source>
        <translation>Insikten hamnade i lärloggen för {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="323"/>
        <source>The rating became a confidence measurement of {name}.</source>
        <translation>Skattningen blev en mätning av tilltro för {name}.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../ui/groups_page.py" line="92"/>
        <source>New group…</source>
        <translation>Ny grupp…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="95"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="95"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="95"/>
        <location filename="../../ui/groups_page.py" line="149"/>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="95"/>
        <source>Last session</source>
        <translation>Senaste samtal</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="97"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="104"/>
        <source>Double-click a group or press Enter to open its page.</source>
        <translation>Dubbelklicka på en grupp eller tryck på Enter för att öppna dess sida.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="115"/>
        <source>← All groups</source>
        <translation>← Alla grupper</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="126"/>
        <source>New session…</source>
        <translation>Nytt samtal…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="128"/>
        <source>Edit group…</source>
        <translation>Redigera grupp…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="130"/>
        <source>Name, purpose, dates, status; who joins and who leaves</source>
        <translation>Namn, syfte, datum, status; vem som går med och vem som lämnar</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="134"/>
        <location filename="../../ui/groups_page.py" line="142"/>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="134"/>
        <source>Record</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="134"/>
        <source>Joined</source>
        <translation>Gick med</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="134"/>
        <source>Left</source>
        <translation>Lämnade</translation>
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
        <translation>Närvaro</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="137"/>
        <source>Rounds</source>
        <translation>Rundor</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="137"/>
        <source>Case-givers</source>
        <translation>Fallägare</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="142"/>
        <source>Cases brought</source>
        <translation>Antal fall</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="142"/>
        <source>Last case</source>
        <translation>Senaste fall</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="146"/>
        <source>Case-giver</source>
        <translation>Fallägare</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="146"/>
        <source>Insight</source>
        <translation>Insikt</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="146"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="150"/>
        <source>Sessions</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="151"/>
        <source>Who brought a case when</source>
        <translation>Vem som tog upp ett fall och när</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="152"/>
        <source>The set&apos;s learning log</source>
        <translation>Gruppens lärlogg</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="256"/>
        <source>{name} — {kind}, {status}</source>
        <translation>{name} – {kind}, {status}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="271"/>
        <source>coachee</source>
        <translation>klient</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="271"/>
        <source>by name only</source>
        <translation>bara med namn</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="287"/>
        <source>{n} of {total}</source>
        <translation>{n} av {total}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="304"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="311"/>
        <source>Next to bring a case: {name}</source>
        <translation>Näst på tur att ta upp ett fall: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="313"/>
        <source>No current members.</source>
        <translation>Inga nuvarande medlemmar.</translation>
    </message>
</context>
<context>
    <name>HandoverSetupDialog</name>
    <message>
        <location filename="../../ui/handover.py" line="75"/>
        <source>Hand the laptop over</source>
        <extracomment>What can be handed over: multi-item questionnaires and the check-in (a rating per goal stays with the coach, who knows which goal is meant).</extracomment>
        <translation>Lämna över datorn</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="77"/>
        <source>Questionnaire</source>
        <translation>Frågeformulär</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="81"/>
        <source>Language for the coachee</source>
        <translation>Språk för klienten</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="88"/>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Frågeformulär</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="89"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="94"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Lämna över</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="101"/>
        <source>The screen will show only this form. Getting back needs your passphrase.</source>
        <translation>Skärmen visar bara det här formuläret. För att komma tillbaka krävs din lösenfras.</translation>
    </message>
</context>
<context>
    <name>HandoverWindow</name>
    <message>
        <location filename="../../ui/handover.py" line="330"/>
        <source>Coach&apos;s passphrase</source>
        <translation>Coachens lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="331"/>
        <source>Coach: your passphrase to go back</source>
        <translation>Coach: din lösenfras för att gå tillbaka</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="336"/>
        <source>Back to the questions</source>
        <translation>Tillbaka till frågorna</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="338"/>
        <source>Back to the app</source>
        <translation>Tillbaka till appen</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="340"/>
        <source>Lock the app</source>
        <translation>Lås appen</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="385"/>
        <source>That is not the passphrase.</source>
        <translation>Det är inte lösenfrasen.</translation>
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
        <translation>Flytta mellan fält och listor</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="35"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="36"/>
        <source>Open the selected coachee (list or dashboard), session or search result</source>
        <translation>Öppna den markerade klienten (lista eller instrumentpanel), samtalet eller sökträffen</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="42"/>
        <source>Alt+O / I / X / P / L</source>
        <translation>Alt+V / M / X / F / L</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="43"/>
        <source>Coachee tabs: Overview, Sessions, Experiments, Progress, Learning log</source>
        <translation>Klientflikar: Översikt, Samtal, Experiment, Framsteg, Lärlogg</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="49"/>
        <source>Space</source>
        <translation>Blanksteg</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="50"/>
        <source>Open a button&apos;s menu, e.g. Add assessment</source>
        <translation>Öppna en knapps meny, t.ex. Lägg till skattning</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="53"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="54"/>
        <source>Close a dialog or this overlay; close a session (a live one: Ctrl+Shift+E)</source>
        <translation>Stäng en dialogruta eller den här översikten; stäng ett samtal (ett pågående: Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="60"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="61"/>
        <source>Save a dialog (also from a multi-line field)</source>
        <translation>Spara en dialogruta (även från ett fält med flera rader)</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="91"/>
        <source>Esc or F1 closes this.</source>
        <translation>Esc eller F1 stänger detta.</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="73"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
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
        <translation>Lärlogg (alla)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="46"/>
        <source>What every reviewed experiment taught (Ctrl+Shift+L)</source>
        <translation>Vad varje utvärderat experiment lärde ut (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="49"/>
        <source>Dashboard</source>
        <translation>Instrumentpanel</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="58"/>
        <source>Every active coachee at a glance, longest without a session first. Double-click a row or press Enter to open that coachee.</source>
        <translation>Alla aktiva klienter i en överblick, de som väntat längst på ett samtal först. Dubbelklicka på en rad eller tryck på Enter för att öppna klienten.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="67"/>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="68"/>
        <source>New coachee…</source>
        <translation>Ny klient…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="69"/>
        <source>New coachee</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="70"/>
        <source>Add the first person you coach (Ctrl+Shift+N)</source>
        <translation>Lägg till den första personen du coachar (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="73"/>
        <source>This vault has no coachees yet. Add the first person you coach: their profile, goals, session notes, agreed experiments and progress all live here, encrypted on this computer.</source>
        <translation>Valvet har inga klienter ännu. Lägg till den första personen du coachar: profil, mål, samtalsanteckningar, avtalade experiment och framsteg finns sedan här, krypterat på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="87"/>
        <source>Welcome to Coach Companion</source>
        <translation>Välkommen till Coach Companion</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../ui/hours_page.py" line="89"/>
        <location filename="../../ui/hours_page.py" line="93"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="90"/>
        <source>Untick to count from the first session</source>
        <translation>Avmarkera för att räkna från det första samtalet</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="93"/>
        <location filename="../../ui/hours_page.py" line="111"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="100"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="102"/>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="104"/>
        <source>Export spreadsheet…</source>
        <translation>Exportera kalkylblad…</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="126"/>
        <source>Totals</source>
        <translation>Summor</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="128"/>
        <source>Clients not named</source>
        <translation>Klienter som inte namnges</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="131"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="132"/>
        <location filename="../../ui/hours_page.py" line="160"/>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="133"/>
        <source>Paid</source>
        <translation>Betald</translation>
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
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="138"/>
        <source>Hours per period</source>
        <translation>Timmar per period</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="140"/>
        <source>Per year</source>
        <translation>Per år</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="141"/>
        <source>Per month</source>
        <translation>Per månad</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="142"/>
        <source>Totals per year or per month</source>
        <translation>Summor per år eller per månad</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="146"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="147"/>
        <source>Individual/Group</source>
        <translation>Individuellt/grupp</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="148"/>
        <source>First</source>
        <translation>Första</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="149"/>
        <source>Last</source>
        <translation>Senaste</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="150"/>
        <location filename="../../ui/hours_page.py" line="161"/>
        <source>Paid hours</source>
        <translation>Betalda timmar</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="151"/>
        <source>Pro bono hours</source>
        <translation>Pro bono-timmar</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="155"/>
        <source>Hours per client</source>
        <translation>Timmar per klient</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="159"/>
        <source>Credential</source>
        <translation>Certifiering</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="162"/>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="163"/>
        <source>Recent hours</source>
        <translation>Senaste timmar</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="164"/>
        <source>Reached</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="167"/>
        <source>Progress towards credentials</source>
        <translation>Framsteg mot certifieringar</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="169"/>
        <source>Where the requirements come from</source>
        <translation>Var kraven kommer ifrån</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="231"/>
        <source>{total} hours: {paid} paid, {pro_bono} pro bono; {group} in groups; {internal} with internal clients; {clients}.</source>
        <translation>{total} timmar: {paid} betalda, {pro_bono} pro bono; {group} i grupper; {internal} med interna klienter; {clients}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hours_page.py" line="239"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klienter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hours_page.py" line="246"/>
        <source>{hours} hours with %n client(s) who did not consent to be named: they appear as “Confidential client” on the log.</source>
        <translation>
            <numerusform>{hours} timmar med %n klient som inte har samtyckt till att namnges: klienten visas som ”Konfidentiell klient” i loggen.</numerusform>
            <numerusform>{hours} timmar med %n klienter som inte har samtyckt till att namnges: de visas som ”Konfidentiell klient” i loggen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="255"/>
        <source>Individual</source>
        <translation>Individuellt</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="255"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="286"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="286"/>
        <source>not yet</source>
        <translation>inte än</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="297"/>
        <source>{body}: figures from {source} as of {date}. Check the current requirements before you apply.</source>
        <translation>{body}: siffror från {source} per {date}. Kontrollera de aktuella kraven innan du ansöker.</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="338"/>
        <source>Export hours log</source>
        <translation>Exportera timlogg</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="340"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="340"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Kalkylblad (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="353"/>
        <source>Hours log written: {path}</source>
        <translation>Timloggen är skriven: {path}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/file_import.py" line="97"/>
        <location filename="../../ui/file_import.py" line="166"/>
        <source>Import from a JSON export</source>
        <translation>Importera från en JSON-export</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="99"/>
        <source>File: {name}</source>
        <translation>Fil: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="102"/>
        <source>Checking the file…</source>
        <translation>Kontrollerar filen…</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="109"/>
        <source>Everything in the file is imported, or nothing is: if any part of it cannot be imported, the vault stays exactly as it is.</source>
        <translation>Allt i filen importeras, eller ingenting: om någon del inte kan importeras förblir valvet exakt som det är.</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="117"/>
        <location filename="../../ui/file_import.py" line="216"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="139"/>
        <source>%n coachee(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klienter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="140"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n mål</numerusform>
            <numerusform>%n mål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="141"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n samtal</numerusform>
            <numerusform>%n samtal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="142"/>
        <source>%n experiment(s)</source>
        <translation>
            <numerusform>%n experiment</numerusform>
            <numerusform>%n experiment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="143"/>
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n mätning</numerusform>
            <numerusform>%n mätningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="146"/>
        <location filename="../../ui/file_import.py" line="212"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupp</numerusform>
            <numerusform>%n grupper</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="147"/>
        <source>This file adds: {parts}.</source>
        <translation>Filen lägger till: {parts}.</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="167"/>
        <source>JSON file (*.json)</source>
        <translation>JSON-fil (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="186"/>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="192"/>
        <source>the import</source>
        <translation>importen</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="217"/>
        <source>Imported {summary}.</source>
        <translation>Importerade {summary}.</translation>
    </message>
</context>
<context>
    <name>ItemWordingDialog</name>
    <message>
        <location filename="../../ui/assessment_wording.py" line="121"/>
        <source>{name}: item wording</source>
        <translation>{name}: påståendenas formulering</translation>
    </message>
</context>
<context>
    <name>ItemWordingForm</name>
    <message>
        <location filename="../../ui/assessment_wording.py" line="47"/>
        <source>{name} ships without its item wording. Enter the wording of each item once for this vault (from your licensed copy of the questionnaire); it is stored encrypted with your notes and used for every coachee.</source>
        <translation>{name} levereras utan påståendenas formulering. Skriv in formuleringen för varje påstående en gång för det här valvet (från ditt licensierade exemplar av formuläret); den lagras krypterad tillsammans med dina anteckningar och används för alla klienter.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_wording.py" line="54"/>
        <source>Licence: {licence}
Source: {source}</source>
        <translation>Licens: {licence}
Källa: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_wording.py" line="67"/>
        <source>Wording of item {number}</source>
        <translation>Formulering av påstående {number}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_wording.py" line="72"/>
        <source>Save wording</source>
        <translation>Spara formulering</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_wording.py" line="83"/>
        <source>Item {number}</source>
        <translation>Påstående {number}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_wording.py" line="87"/>
        <source> (scored reversed)</source>
        <translation> (omvänd poängsättning)</translation>
    </message>
</context>
<context>
    <name>KeyringText</name>
    <message>
        <location filename="../../ui/keyring_text.py" line="25"/>
        <source>the system keyring did not answer.</source>
        <translation>systemets nyckelring svarade inte.</translation>
    </message>
    <message>
        <location filename="../../ui/keyring_text.py" line="28"/>
        <source>Remembering the key is not available here: {reason}</source>
        <translation>Att komma ihåg nyckeln är inte möjligt här: {reason}</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../ui/launch.py" line="190"/>
        <source>cannot use the folder {folder}: {reason}</source>
        <translation>kan inte använda mappen {folder}: {reason}</translation>
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
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="236"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="237"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="238"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="239"/>
        <source>Learning</source>
        <translation>Lärdom</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="249"/>
        <source>Not decided</source>
        <translation>Inte beslutat</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="280"/>
        <source>Goal: {goal}</source>
        <translation>Mål: {goal}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="285"/>
        <source>Prediction: {text}</source>
        <translation>Förutsägelse: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="286"/>
        <source>Outcome: {text}</source>
        <translation>Utfall: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="287"/>
        <source>Learning: {text}</source>
        <translation>Lärdom: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="290"/>
        <source>not decided yet</source>
        <translation>inte beslutat än</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="294"/>
        <source>Decision: {decision}</source>
        <translation>Beslut: {decision}</translation>
    </message>
</context>
<context>
    <name>LearningLogPage</name>
    <message>
        <location filename="../../ui/home_page.py" line="122"/>
        <source>Learning log of everyone</source>
        <translation>Allas lärlogg</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="125"/>
        <source>Learning log — everyone</source>
        <translation>Lärlogg – alla</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="129"/>
        <source>What every reviewed experiment taught, newest first. A coachee&apos;s own Learning log tab also filters by goal.</source>
        <translation>Vad varje utvärderat experiment lärde ut, nyaste först. Klientens egen flik Lärlogg kan också filtreras på mål.</translation>
    </message>
</context>
<context>
    <name>LearningLogWidget</name>
    <message>
        <location filename="../../ui/learning_log.py" line="53"/>
        <source>All decisions</source>
        <extracomment>The widest the Experiment and Goal columns grow on their own, in widths of &quot;M&quot;.</extracomment>
        <translation>Alla beslut</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="57"/>
        <source>Not decided yet</source>
        <translation>Inte beslutat än</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="83"/>
        <source>Filter by decision</source>
        <translation>Filtrera på beslut</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="85"/>
        <source>Filter by goal</source>
        <translation>Filtrera på mål</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="95"/>
        <source>Learning log</source>
        <translation>Lärlogg</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="108"/>
        <source>Select an experiment to read its whole learning loop.</source>
        <translation>Välj ett experiment för att läsa hela dess lärloop.</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="110"/>
        <source>Experiment details</source>
        <translation>Experimentdetaljer</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="113"/>
        <source>Decision:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="115"/>
        <source>Goal:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="201"/>
        <source>Loading the learning log</source>
        <translation>Läser in lärloggen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/learning_log.py" line="218"/>
        <source>%n learning(s)</source>
        <translation>
            <numerusform>%n lärdom</numerusform>
            <numerusform>%n lärdomar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="240"/>
        <source>All goals</source>
        <translation>Alla mål</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Finishing {label}…</source>
        <translation>Slutför {label}…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Finishing…</source>
        <translation>Slutför…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Locked. Enter your passphrase to go on.</source>
        <translation>Låst. Ange din lösenfras för att fortsätta.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>Unsaved notes</source>
        <translation>Osparade anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>The last changes to this session could not be saved (the reason is shown in the editor). Quit anyway and lose them?</source>
        <translation>De senaste ändringarna i samtalet kunde inte sparas (orsaken visas i redigeraren). Avsluta ändå och förlora dem?</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="64"/>
        <source>Coach Companion</source>
        <translation>Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="69"/>
        <source>{app} — demo vault — passphrase: {passphrase}</source>
        <translation>{app} — demovalv — lösenfras: {passphrase}</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="72"/>
        <source> demo vault — passphrase: {passphrase} </source>
        <translation> demovalv — lösenfras: {passphrase} </translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="85"/>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="88"/>
        <source>Vault: {folder}</source>
        <translation>Valv: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="91"/>
        <source>Vault folder</source>
        <translation>Valvets mapp</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="92"/>
        <source> demo </source>
        <translation> demo </translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="93"/>
        <source>Demo vault</source>
        <translation>Demovalv</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <location filename="../../ui/settings_measures.py" line="59"/>
        <source>Psychological empowerment (12 items)</source>
        <translation>Psykologisk empowerment (12 påståenden)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="63"/>
        <source>Team psychological safety (7 items)</source>
        <translation>Psykologisk trygghet i teamet (7 påståenden)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="71"/>
        <source>General self-efficacy (GSE)</source>
        <translation>Generell självförmåga (GSE)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="72"/>
        <source>Team psychological safety</source>
        <translation>Psykologisk trygghet i teamet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="128"/>
        <source>Problem with the measures</source>
        <translation>Problem med måtten</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="139"/>
        <location filename="../../ui/settings_measures.py" line="141"/>
        <source>Custom metrics</source>
        <translation>Egna mått</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="142"/>
        <source>Metric</source>
        <translation>Mått</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="142"/>
        <source>Range</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="142"/>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="148"/>
        <source>Metric name</source>
        <translation>Måttets namn</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="149"/>
        <source>e.g. Energy at work</source>
        <translation>t.ex. Energi i arbetet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="154"/>
        <source>Lowest value of the metric</source>
        <translation>Måttets lägsta värde</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="155"/>
        <source>Highest value of the metric</source>
        <translation>Måttets högsta värde</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="162"/>
        <source>Metric key</source>
        <translation>Måttets nyckel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="163"/>
        <source>Add metric</source>
        <translation>Lägg till mått</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="164"/>
        <source>Update selected</source>
        <translation>Uppdatera markerat</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="165"/>
        <source>Remove selected</source>
        <translation>Ta bort markerat</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="167"/>
        <source>Values already recorded stay in the vault and on the charts.</source>
        <translation>Värden som redan registrerats finns kvar i valvet och i diagrammen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="181"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="183"/>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="185"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="196"/>
        <source>Your own single ratings (e.g. energy 1–10), offered under Add assessment and charted with the other measures.</source>
        <translation>Dina egna enskilda skattningar (t.ex. energi 1–10), som erbjuds under Lägg till skattning och visas i diagram med de andra måtten.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="209"/>
        <source>{low} to {high}</source>
        <translation>{low} till {high}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="249"/>
        <source>New key: {key}</source>
        <translation>Ny nyckel: {key}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="273"/>
        <source>A metric with the key {key} exists already; choose another name or select it and press Update.</source>
        <translation>Det finns redan ett mått med nyckeln {key}; välj ett annat namn eller markera det och tryck på Uppdatera.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="305"/>
        <source>Questionnaire wording</source>
        <translation>Formuleringar i frågeformulär</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="310"/>
        <source>These questionnaires ship without their item text: enter it once from your licensed copy. It is saved when you press “Save wording”.</source>
        <translation>De här frågeformulären levereras utan påståendenas text: skriv in den en gång från ditt licensierade exemplar. Den sparas när du trycker på ”Spara formulering”.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="323"/>
        <source>Edit wording…</source>
        <translation>Redigera formulering…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="325"/>
        <source>Edit the wording of {name}</source>
        <translation>Redigera formuleringen av {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="340"/>
        <source>entered</source>
        <translation>inskriven</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="340"/>
        <source>not entered yet</source>
        <translation>inte inskriven än</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="355"/>
        <source>Reference values (measurement-error band)</source>
        <translation>Referensvärden (band för mätfel)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="359"/>
        <source>A shaded “within measurement error” band appears on a chart only for a scale whose SD and reliability you enter here from a published source; leave a row empty and no band is drawn.</source>
        <translation>Ett skuggat band för ”inom mätfelet” visas i ett diagram bara för en skala vars SD och reliabilitet du anger här från en publicerad källa; lämna en rad tom så ritas inget band.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="366"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="367"/>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="368"/>
        <source>Reliability</source>
        <translation>Reliabilitet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="369"/>
        <source>Published source</source>
        <translation>Publicerad källa</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="380"/>
        <source>Author (year), table or page</source>
        <translation>Författare (år), tabell eller sida</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="382"/>
        <source>SD of {name}</source>
        <translation>SD för {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="383"/>
        <source>Reliability of {name}</source>
        <translation>Reliabilitet för {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="384"/>
        <source>Published source of {name}</source>
        <translation>Publicerad källa för {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="413"/>
        <source>Enter the SD of {name}, or clear its row.</source>
        <translation>Ange SD för {name}, eller töm dess rad.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="418"/>
        <source>Enter the reliability of {name}, or clear its row.</source>
        <translation>Ange reliabiliteten för {name}, eller töm dess rad.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="426"/>
        <source>Name the published source of the reference values for {name}; without it no band is drawn.</source>
        <translation>Ange den publicerade källan till referensvärdena för {name}; utan den ritas inget band.</translation>
    </message>
</context>
<context>
    <name>MultiItemForm</name>
    <message>
        <location filename="../../ui/assessment_forms.py" line="103"/>
        <source>no answer</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="117"/>
        <source>(R) = scored reversed; enter the answer as given.</source>
        <translation>(R) = omvänd poängsättning; ange svaret som det gavs.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="125"/>
        <source>Item {number}</source>
        <translation>Påstående {number}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="131"/>
        <source>Item {number}: no answer</source>
        <translation>Påstående {number}: inget svar</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="139"/>
        <source>Item {number}: {value} ({anchor})</source>
        <translation>Påstående {number}: {value} ({anchor})</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="143"/>
        <source>Item {number}: {value}</source>
        <translation>Påstående {number}: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="177"/>
        <source>Choose an answer for each statement the coachee answered.</source>
        <translation>Välj ett svar för varje påstående som klienten besvarade.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="186"/>
        <source>Subscale means: {means}</source>
        <translation>Medelvärden för delskalor: {means}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="188"/>
        <source>Score: {value} (sum)</source>
        <translation>Poäng: {value} (summa)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="190"/>
        <source>Score: {value} (mean)</source>
        <translation>Poäng: {value} (medelvärde)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="192"/>
        <source> — from {answered} of {total} answers</source>
        <translation> – utifrån {answered} av {total} svar</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../../ui/group_dialogs.py" line="70"/>
        <source>New group</source>
        <extracomment>Where a list item keeps the member id of someone already in the group (None for a coachee who is not a member yet); Qt.ItemDataRole.UserRole keeps the coachee id.</extracomment>
        <translation>Ny grupp</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="70"/>
        <source>Edit group</source>
        <translation>Redigera grupp</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="77"/>
        <source>e.g. Leaders&apos; action-learning set</source>
        <translation>t.ex. Chefernas aktionslärandegrupp</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="93"/>
        <source>People you do not coach individually, one a line</source>
        <translation>Personer du inte coachar individuellt, en per rad</translation>
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
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="101"/>
        <location filename="../../ui/group_dialogs.py" line="103"/>
        <location filename="../../ui/group_dialogs.py" line="143"/>
        <source>Members join or leave on</source>
        <translation>Medlemmar går med eller lämnar den</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="106"/>
        <location filename="../../ui/group_dialogs.py" line="130"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="131"/>
        <source>Name *</source>
        <translation>Namn *</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="138"/>
        <source>Untick a member who leaves; tick a coachee who joins. Someone who took part in a session keeps their place in the record with a leaving date.</source>
        <translation>Avmarkera en medlem som lämnar; markera en klient som går med. Den som har deltagit i ett samtal behåller sin plats i journalen, med ett datum för när hen lämnade.</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="142"/>
        <source>New members you do not coach, one a line</source>
        <translation>Nya medlemmar som du inte coachar, en per rad</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="154"/>
        <source>{name} (left {date})</source>
        <translation>{name} (lämnade {date})</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="108"/>
        <location filename="../../ui/group_dialogs.py" line="132"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="109"/>
        <location filename="../../ui/group_dialogs.py" line="133"/>
        <source>Members (coachees)</source>
        <translation>Medlemmar (klienter)</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="110"/>
        <location filename="../../ui/group_dialogs.py" line="134"/>
        <source>Members by name</source>
        <translation>Medlemmar med namn</translation>
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
        <translation>Namn</translation>
    </message>
</context>
<context>
    <name>NewPassphrasePage</name>
    <message>
        <location filename="../../ui/unlock_pages.py" line="390"/>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="391"/>
        <source>Set new passphrase</source>
        <translation>Ange ny lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="394"/>
        <source>Choose a new passphrase</source>
        <translation>Välj en ny lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="398"/>
        <source>The recovery key opened your vault. Choose a new passphrase now; your recovery key stays valid.</source>
        <translation>Återställningsnyckeln öppnade ditt valv. Välj en ny lösenfras nu; din återställningsnyckel gäller fortfarande.</translation>
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
        <translation>Värde: {value}</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/ops.py" line="89"/>
        <source>Stopped: {label}.</source>
        <translation>Avbröts: {label}.</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="222"/>
        <source>Not saved yet: the vault is busy with {label}. Nothing is lost; try again when it is done.</source>
        <translation>Inte sparat än: valvet är upptaget med {label}. Inget går förlorat; försök igen när det är klart.</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="388"/>
        <source>The vault is being locked.</source>
        <translation>Valvet låses.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="95"/>
        <source>{label} is set</source>
        <translation>{label} är angivet</translation>
    </message>
</context>
<context>
    <name>OverdueExperimentsDialog</name>
    <message>
        <location filename="../../ui/experiment_overdue.py" line="37"/>
        <location filename="../../ui/experiment_overdue.py" line="49"/>
        <source>Overdue experiments</source>
        <translation>Försenade experiment</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_overdue.py" line="42"/>
        <source>Open experiments past their due date: a reminder to ask how they went. Press Enter to open the coachee.</source>
        <translation>Öppna experiment som passerat sitt slutdatum: en påminnelse om att fråga hur det gick. Tryck på Enter för att öppna klienten.</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_overdue.py" line="63"/>
        <source>Nothing is overdue.</source>
        <translation>Inget är försenat.</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_overdue.py" line="68"/>
        <source>&amp;Open coachee</source>
        <translation>Ö&amp;ppna klient</translation>
    </message>
</context>
<context>
    <name>OverdueExperimentsModel</name>
    <message>
        <location filename="../../ui/session_models.py" line="236"/>
        <source>Coachee</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="236"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="236"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="236"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="265"/>
        <source>Prediction: {prediction}</source>
        <translation>Förutsägelse: {prediction}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session_models.py" line="282"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/coachee_overview.py" line="80"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="88"/>
        <location filename="../../ui/coachee_overview.py" line="89"/>
        <source>Add assessment</source>
        <translation>Lägg till skattning</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="90"/>
        <source>Record a rating or questionnaire for this coachee</source>
        <translation>Registrera en skattning eller ett frågeformulär för den här klienten</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="94"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="95"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="96"/>
        <source>Open experiments</source>
        <translation>Öppna experiment</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="97"/>
        <source>Latest ratings</source>
        <translation>Senaste skattningar</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="139"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="140"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="141"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="142"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="143"/>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="145"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="146"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="147"/>
        <source>Consent recorded</source>
        <translation>Samtycke registrerat</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="164"/>
        <source>&lt;p&gt;No goals yet. &lt;a href=&apos;add-goal&apos;&gt;Add a goal&lt;/a&gt; (Coachee → Add goal).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inga mål ännu. &lt;a href=&apos;add-goal&apos;&gt;Lägg till ett mål&lt;/a&gt; (Klient → Lägg till mål).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="169"/>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="173"/>
        <source>weight {weight}</source>
        <translation>vikt {weight}</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="204"/>
        <source> — due {date}</source>
        <translation> – senast {date}</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="206"/>
        <source>overdue since {date}</source>
        <translation>försenat sedan {date}</translation>
    </message>
</context>
<context>
    <name>PageNavigation</name>
    <message>
        <location filename="../../ui/window_navigation.py" line="117"/>
        <source>The session editor is not part of this build.</source>
        <translation>Samtalsredigeraren ingår inte i den här versionen.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="54"/>
        <location filename="../../ui/passphrase_dialog.py" line="77"/>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="55"/>
        <location filename="../../ui/passphrase_dialog.py" line="97"/>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="56"/>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="59"/>
        <source>Also replace the encryption key (for a passphrase that may have leaked; takes longer)</source>
        <translation>Byt även krypteringsnyckeln (för en lösenfras som kan ha läckt; tar längre tid)</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="65"/>
        <source>The whole vault is rewritten under a new key and you get a new recovery key; the old passphrase and the old recovery key no longer open it. Backups made before this change keep the old key: they still open with the old passphrase and the old recovery key, so delete them if the old passphrase leaked.</source>
        <translation>Hela valvet skrivs om med en ny nyckel och du får en ny återställningsnyckel; den gamla lösenfrasen och den gamla återställningsnyckeln öppnar det inte längre. Säkerhetskopior som gjorts före ändringen behåller den gamla nyckeln: de öppnas fortfarande med den gamla lösenfrasen och den gamla återställningsnyckeln, så radera dem om den gamla lösenfrasen har läckt.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="75"/>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="87"/>
        <source>Change your passphrase</source>
        <translation>Byt din lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="91"/>
        <source>Your notes stay as they are. The recovery key stays the same unless you also replace the encryption key.</source>
        <translation>Dina anteckningar förblir som de är. Återställningsnyckeln är densamma om du inte också byter krypteringsnyckeln.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="152"/>
        <source>Other work is still running (a backup or a report). Try again shortly.</source>
        <translation>Annat arbete pågår fortfarande (en säkerhetskopiering eller en rapport). Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="165"/>
        <source>re-encrypting the vault</source>
        <translation>omkrypteringen av valvet</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="165"/>
        <source>changing the passphrase</source>
        <translation>bytet av lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="210"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Det är inte den nuvarande lösenfrasen. Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="228"/>
        <source>Remembering the new key on this computer</source>
        <translation>Sparar den nya nyckeln på den här datorn</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../../ui/unlock_pages.py" line="142"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="144"/>
        <source>Repeat the passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="151"/>
        <source>Passphrase strength</source>
        <translation>Lösenfrasens styrka</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="153"/>
        <source>Passphrase strength hint</source>
        <translation>Tips om lösenfrasens styrka</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="155"/>
        <source>Whether the passphrases match</source>
        <translation>Om lösenfraserna stämmer överens</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="156"/>
        <source>Show what I type</source>
        <translation>Visa det jag skriver</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="164"/>
        <source>Repeat</source>
        <translation>Upprepa</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="182"/>
        <source>Strength: {verdict}.</source>
        <translation>Styrka: {verdict}.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="187"/>
        <source>The passphrases match.</source>
        <translation>Lösenfraserna stämmer överens.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="189"/>
        <source>The passphrases do not match yet.</source>
        <translation>Lösenfraserna stämmer inte överens än.</translation>
    </message>
</context>
<context>
    <name>PointTableModel</name>
    <message>
        <location filename="../../ui/progress_table.py" line="96"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../ui/progress_table.py" line="97"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../ui/progress_table.py" line="98"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/progress_table.py" line="99"/>
        <source>Value</source>
        <translation>Värde</translation>
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
        <translation>Skrivaren kunde inte öppnas.</translation>
    </message>
</context>
<context>
    <name>PrintSession</name>
    <message>
        <location filename="../../ui/print_action.py" line="32"/>
        <source>Print session</source>
        <translation>Skriv ut samtal</translation>
    </message>
    <message>
        <location filename="../../ui/print_action.py" line="62"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="179"/>
        <source>New coachee</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="181"/>
        <source>Edit profile — {name}</source>
        <translation>Redigera profil – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="189"/>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="194"/>
        <source>name@example.org</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="196"/>
        <location filename="../../ui/coachee_dialogs.py" line="217"/>
        <source>Started on</source>
        <translation>Började den</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="202"/>
        <source>What the coaching is about, in the coachee&apos;s words</source>
        <translation>Vad coachningen handlar om, med klientens egna ord</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="206"/>
        <source>Comma-separated, e.g. leadership, new role</source>
        <translation>Kommaseparerat, t.ex. ledarskap, ny roll</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="207"/>
        <location filename="../../ui/coachee_dialogs.py" line="221"/>
        <source>Consent recorded on</source>
        <translation>Samtycke registrerat den</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="211"/>
        <source>Name *</source>
        <translation>Namn *</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="212"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="213"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="214"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="215"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="216"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="218"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="219"/>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="220"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="222"/>
        <source>Hours log</source>
        <translation>Timlogg</translation>
    </message>
</context>
<context>
    <name>ProgressChartWidget</name>
    <message>
        <location filename="../../ui/progress_canvas.py" line="25"/>
        <source>adopt</source>
        <translation>behåll</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="26"/>
        <source>adapt</source>
        <translation>anpassa</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="27"/>
        <source>abandon</source>
        <translation>släpp</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="29"/>
        <source>not decided yet</source>
        <translation>inte beslutat än</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="32"/>
        <source>— (not reviewed yet)</source>
        <translation>– (inte utvärderat än)</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="36"/>
        <source>{title} (agreed {date})</source>
        <translation>{title} (avtalat {date})</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="39"/>
        <source>Prediction: {text}</source>
        <translation>Förutsägelse: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="42"/>
        <source>Learning: {text}</source>
        <translation>Lärdom: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="43"/>
        <source>Decision: {decision}</source>
        <translation>Beslut: {decision}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="139"/>
        <source>Experiment details</source>
        <extracomment>What one coachee&apos;s chart shows: a change of these for that coachee makes it out of date.</extracomment>
        <translation>Experimentdetaljer</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="177"/>
        <source>Progress chart</source>
        <translation>Framstegsdiagram</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="230"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="235"/>
        <source>Loading the progress chart</source>
        <translation>Läser in framstegsdiagrammet</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="317"/>
        <source>Choose a coachee to see their progress.</source>
        <translation>Välj en klient för att se klientens framsteg.</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="460"/>
        <source>No measurements yet.</source>
        <translation>Inga mätningar ännu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress_chart.py" line="463"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n serier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress_chart.py" line="464"/>
        <source>%n experiment(s)</source>
        <translation>
            <numerusform>%n experiment</numerusform>
            <numerusform>%n experiment</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="469"/>
        <source>not drawn (too many goals for one chart): {names}</source>
        <translation>visas inte (för många mål för ett diagram): {names}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="471"/>
        <source>point at an experiment marker to read its prediction and learning</source>
        <translation>peka på en experimentmarkör för att läsa dess förutsägelse och lärdom</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="512"/>
        <source>{name} progress</source>
        <translation>{name} framsteg</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="514"/>
        <source>Export chart as PNG</source>
        <translation>Exportera diagram som PNG</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="514"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="516"/>
        <source>Export chart as SVG</source>
        <translation>Exportera diagram som SVG</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="516"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-ritning (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="528"/>
        <source>Chart saved to {path}</source>
        <translation>Diagrammet sparades i {path}</translation>
    </message>
</context>
<context>
    <name>ProgressTable</name>
    <message>
        <location filename="../../ui/progress_table.py" line="132"/>
        <source>Progress data table</source>
        <translation>Tabell med framstegsdata</translation>
    </message>
    <message>
        <location filename="../../ui/progress_table.py" line="143"/>
        <source>Copy as CSV</source>
        <translation>Kopiera som CSV</translation>
    </message>
    <message>
        <location filename="../../ui/progress_table.py" line="146"/>
        <source>Copy every row; the clipboard is cleared again after a minute</source>
        <translation>Kopiera alla rader; urklippet töms igen efter en minut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress_table.py" line="165"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punkt</numerusform>
            <numerusform>%n punkter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressToolbar</name>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="89"/>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="90"/>
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="99"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="103"/>
        <source>Show or hide the list of series beside the chart</source>
        <translation>Visa eller dölj listan över serier bredvid diagrammet</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="104"/>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="107"/>
        <source>Show every point as a table instead of the chart</source>
        <translation>Visa alla punkter som en tabell i stället för diagrammet</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="111"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="113"/>
        <source>Show the last months, or everything</source>
        <translation>Visa de senaste månaderna, eller allt</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="141"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="143"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="127"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="131"/>
        <source>PNG image…</source>
        <translation>PNG-bild…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="134"/>
        <source>SVG drawing…</source>
        <translation>SVG-ritning…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="226"/>
        <source>3 months</source>
        <translation>3 månader</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="227"/>
        <source>6 months</source>
        <translation>6 månader</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="228"/>
        <source>1 year</source>
        <translation>1 år</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="229"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="70"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="71"/>
        <source>C&amp;opy</source>
        <translation>K&amp;opiera</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="73"/>
        <source>Copies the key; the clipboard is cleared after a minute if it still holds it.</source>
        <translation>Kopierar nyckeln; urklippet töms efter en minut om nyckeln fortfarande ligger där.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="75"/>
        <source>Save as &amp;text file…</source>
        <translation>Spara som &amp;textfil…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="76"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="77"/>
        <source>Prints the key with the vault folder and the date.</source>
        <translation>Skriver ut nyckeln med valvmappen och datumet.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="78"/>
        <source>I have stored my recovery key in a safe place</source>
        <translation>Jag har förvarat min återställningsnyckel på ett säkert ställe</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="79"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="85"/>
        <source>Your recovery key</source>
        <translation>Din återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="89"/>
        <source>If you ever forget your passphrase, this key is the only way back into your notes. It is shown once. Print it or write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Om du någon gång glömmer din lösenfras är den här nyckeln den enda vägen tillbaka till dina anteckningar. Den visas bara en gång. Skriv ut den eller skriv ner den och förvara den på ett säkert ställe, inte vid den här datorn.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="144"/>
        <source>Copied. Paste it into your password manager now: the clipboard is cleared in a minute.</source>
        <translation>Kopierad. Klistra in den i din lösenordshanterare nu: urklippet töms om en minut.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="156"/>
        <source>Save the recovery key</source>
        <translation>Spara återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="158"/>
        <source>Text files (*.txt)</source>
        <translation>Textfiler (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="165"/>
        <source>Could not save the file: {reason}.</source>
        <translation>Kunde inte spara filen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="168"/>
        <source>Saved to {path}. Move it somewhere safe.</source>
        <translation>Sparad i {path}. Flytta den till ett säkert ställe.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="173"/>
        <source>Coach Companion recovery key

{key}

This key opens your vault if you forget your passphrase. Keep it safe and private.
</source>
        <translation>Återställningsnyckel för Coach Companion

{key}

Den här nyckeln öppnar ditt valv om du glömmer din lösenfras. Förvara den säkert och privat.
</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="192"/>
        <source>Sent to the printer. Keep the sheet somewhere safe.</source>
        <translation>Skickat till skrivaren. Förvara utskriften på ett säkert ställe.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="194"/>
        <source>Could not print: the printer did not start.</source>
        <translation>Kunde inte skriva ut: skrivaren startade inte.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPrint</name>
    <message>
        <location filename="../../ui/recovery_print.py" line="35"/>
        <source>Print the recovery key</source>
        <translation>Skriv ut återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="54"/>
        <location filename="../../ui/recovery_print.py" line="68"/>
        <source>Coach Companion recovery key</source>
        <translation>Återställningsnyckel för Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="71"/>
        <source>Printed on {date}</source>
        <translation>Utskriven {date}</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="75"/>
        <source>Vault folder: {folder}
Printed on {date}</source>
        <translation>Valvets mapp: {folder}
Utskriven {date}</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="78"/>
        <source>If you forget your passphrase, this key is the only way to open your Coach Companion vault and read your notes. Anyone holding it can open the vault too: keep this sheet somewhere safe and private, away from the computer.</source>
        <translation>Om du glömmer din lösenfras är den här nyckeln det enda sättet att öppna ditt Coach Companion-valv och läsa dina anteckningar. Den som har den kan också öppna valvet: förvara bladet säkert och privat, inte vid datorn.</translation>
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
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="351"/>
        <source>Unlock with recovery key</source>
        <translation>Lås upp med återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="353"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="355"/>
        <source>Use your recovery key</source>
        <translation>Använd din återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="359"/>
        <source>Type the recovery key you stored when the vault was created. Spaces, dashes and lower case do not matter. You then choose a new passphrase.</source>
        <translation>Skriv in återställningsnyckeln du sparade när valvet skapades. Mellanslag, bindestreck och gemener spelar ingen roll. Sedan väljer du en ny lösenfras.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../ui/report_action.py" line="60"/>
        <source>Writing the progress report…</source>
        <translation>Skriver framstegsrapporten…</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="61"/>
        <source>Progress report</source>
        <translation>Framstegsrapport</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="102"/>
        <source>The report was not written: the vault was locked.</source>
        <translation>Rapporten skrevs inte: valvet låstes.</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="108"/>
        <source>coachee</source>
        <translation>klient</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="109"/>
        <source>{name} progress {date}.pdf</source>
        <translation>{name} framsteg {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="138"/>
        <source>Save progress report</source>
        <translation>Spara framstegsrapport</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="140"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="166"/>
        <location filename="../../ui/report_action.py" line="191"/>
        <source>the progress report</source>
        <translation>framstegsrapporten</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="189"/>
        <source>Print progress report</source>
        <translation>Skriv ut framstegsrapporten</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="190"/>
        <source>Preparing the progress report…</source>
        <translation>Förbereder framstegsrapporten…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_action.py" line="51"/>
        <location filename="../../ui/restore_action.py" line="170"/>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="55"/>
        <source>Restore {name}?

The app locks first. The vault&apos;s data is then replaced by the backup&apos;s; what is in the vault now is kept as a verified safety backup. Coachees erased since the backup was made are erased again. Afterwards, unlock as usual.</source>
        <translation>Återställa {name}?

Appen låses först. Valvets data ersätts sedan med säkerhetskopians; det som finns i valvet nu sparas som en kontrollerad säkerhetskopia. Klienter som raderats sedan säkerhetskopian gjordes raderas igen. Lås sedan upp som vanligt.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="63"/>
        <source>Your passphrase (it opens the vault and the backup):</source>
        <translation>Din lösenfras (den öppnar valvet och säkerhetskopian):</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="66"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="70"/>
        <source>Lock and restore</source>
        <translation>Lås och återställ</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="126"/>
        <source>Vault created in {folder} from the backup.</source>
        <translation>Valvet skapades i {folder} från säkerhetskopian.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="132"/>
        <source>Vault in {folder} restored from the backup.</source>
        <translation>Valvet i {folder} återställdes från säkerhetskopian.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="138"/>
        <source>The state before the restore is kept in {path}</source>
        <translation>Läget före återställningen sparas i {path}</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="153"/>
        <source>The backup predates a passphrase change; the current passphrase still applies.</source>
        <translation>Säkerhetskopian är äldre än ett byte av lösenfras; den nuvarande lösenfrasen gäller fortfarande.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="171"/>
        <source>Coach Companion backup (*.ccbackup)</source>
        <translation>Säkerhetskopia från Coach Companion (*.ccbackup)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="184"/>
        <source>Restoring the backup…</source>
        <translation>Återställer säkerhetskopian…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="186"/>
        <location filename="../../ui/restore_action.py" line="209"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../../ui/search_focus.py" line="102"/>
        <source>&amp;Edit</source>
        <extracomment>The highlight of a found word: a marker yellow, with dark text so it reads in dark mode too.</extracomment>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../ui/search_focus.py" line="103"/>
        <source>Change this session&apos;s notes</source>
        <translation>Ändra anteckningarna för det här samtalet</translation>
    </message>
    <message>
        <location filename="../../ui/search_focus.py" line="107"/>
        <source>Opened from search: read-only, the found words highlighted.</source>
        <translation>Öppnat från sökningen: skrivskyddat, de hittade orden markerade.</translation>
    </message>
</context>
<context>
    <name>RoundBox</name>
    <message>
        <location filename="../../ui/group_round_box.py" line="53"/>
        <source>— choose who brings the case —</source>
        <translation>– välj vem som tar upp fallet –</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="58"/>
        <location filename="../../ui/group_round_box.py" line="74"/>
        <source>Case-giver</source>
        <translation>Fallägare</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="61"/>
        <source>No rating</source>
        <translation>Ingen skattning</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="63"/>
        <source>Confidence in the action (0–10)</source>
        <translation>Tilltro till handlingen (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="64"/>
        <source>Remove round</source>
        <translation>Ta bort runda</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="70"/>
        <source>What lands on the case-giver&apos;s record</source>
        <translation>Vad som hamnar i fallägarens journal</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="76"/>
        <source>Confidence (0–10)</source>
        <translation>Tilltro (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="92"/>
        <source>Round {n}</source>
        <translation>Runda {n}</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="161"/>
        <source>Choose who brought the case: their action, insight and rating follow.</source>
        <translation>Välj vem som tog upp fallet: personens handling, insikt och skattning följer med.</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="164"/>
        <source>{name} is not a coachee of this vault: the round stays in the group&apos;s record and nothing lands on anyone&apos;s record.</source>
        <translation>{name} är inte klient i det här valvet: rundan stannar i gruppens journal och inget hamnar i någons journal.</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="168"/>
        <source>The action becomes an experiment on {name}&apos;s record, the insight an entry of {name}&apos;s learning log, the rating a confidence measurement.</source>
        <translation>Handlingen blir ett experiment i journalen för {name}, insikten en post i lärloggen för {name}, skattningen en mätning av tilltro.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search_dialog.py" line="146"/>
        <location filename="../../ui/search_dialog.py" line="153"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="151"/>
        <source>Search notes, experiments, goals and coachees…</source>
        <translation>Sök i anteckningar, experiment, mål och klienter…</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="158"/>
        <source>Marks</source>
        <translation>Markeringar</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="159"/>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="162"/>
        <source>{sign} {kind} marks</source>
        <translation>{sign} Markeringar: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="169"/>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="186"/>
        <source>Search state</source>
        <translation>Sökstatus</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="196"/>
        <source>↑ ↓ move · Enter opens · Esc closes</source>
        <translation>↑ ↓ flyttar · Enter öppnar · Esc stänger</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="213"/>
        <source>Type to search everything in the vault.</source>
        <translation>Skriv för att söka i hela valvet.</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="245"/>
        <source>Searching</source>
        <translation>Söker</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="258"/>
        <source>{results} for {coachees}</source>
        <translation>{results} för {coachees}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="259"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="260"/>
        <source>%n coachee(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klienter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="263"/>
        <source> (showing the best ones)</source>
        <translation> (de bästa visas)</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="267"/>
        <source>No results for “{query}”.</source>
        <translation>Inga träffar för ”{query}”.</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="270"/>
        <source>From three letters on, a word is also found by its start.</source>
        <translation>Från tre bokstäver hittas även ord som börjar så.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/session_models.py" line="183"/>
        <source>Session</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="184"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="185"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="186"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="187"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="188"/>
        <source>Group round</source>
        <translation>Grupprunda</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="189"/>
        <source>Learning log</source>
        <translation>Lärlogg</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session_models.py" line="196"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
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
        <translation>Säkerhetskontroll</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="74"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="77"/>
        <source>Progress of the check</source>
        <translation>Kontrollens förlopp</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="80"/>
        <source>What the check found</source>
        <translation>Vad kontrollen hittade</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="85"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="86"/>
        <source>Copy the whole list (no coachee data is in it).</source>
        <translation>Kopiera hela listan (den innehåller inga klientuppgifter).</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="88"/>
        <source>Check &amp;again</source>
        <translation>Kontrollera &amp;igen</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="118"/>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="139"/>
        <source>the security check</source>
        <translation>säkerhetskontrollen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security_check_dialog.py" line="167"/>
        <source>Needs attention: %n item(s).</source>
        <translation>
            <numerusform>Behöver åtgärdas: %n punkt.</numerusform>
            <numerusform>Behöver åtgärdas: %n punkter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="171"/>
        <source>Everything checked is in order.</source>
        <translation>Allt som kontrollerades är i ordning.</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="181"/>
        <source>The check could not finish: {reason}</source>
        <translation>Kontrollen kunde inte slutföras: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="199"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="199"/>
        <source>Needs attention</source>
        <translation>Behöver åtgärdas</translation>
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
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../ui/progress_series_list.py" line="67"/>
        <location filename="../../ui/progress_series_list.py" line="70"/>
        <source>Reference lines for</source>
        <translation>Referenslinjer för</translation>
    </message>
    <message>
        <location filename="../../ui/progress_series_list.py" line="72"/>
        <source>The series whose baseline, median, slope and run signals are drawn</source>
        <translation>Serien vars baslinje, median, lutning och signaler för seriediagram ritas</translation>
    </message>
    <message>
        <location filename="../../ui/progress_series_list.py" line="98"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
</context>
<context>
    <name>SessionArea</name>
    <message>
        <location filename="../../ui/coachee_page.py" line="309"/>
        <source>Coachee of the open session</source>
        <translation>Klient för det öppna samtalet</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="310"/>
        <source>← Back to coachee</source>
        <translation>← Tillbaka till klienten</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="311"/>
        <source>Save and close the session (Esc)</source>
        <translation>Spara och stäng samtalet (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="324"/>
        <source>The session editor is not part of this build.</source>
        <translation>Samtalsredigeraren ingår inte i den här versionen.</translation>
    </message>
</context>
<context>
    <name>SessionClockBar</name>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="54"/>
        <source>Session clock</source>
        <translation>Samtalsklocka</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="69"/>
        <source>Time left in this phase</source>
        <translation>Tid kvar i den här fasen</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="71"/>
        <source>Time elapsed</source>
        <translation>Förfluten tid</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="73"/>
        <source>Time left in the session</source>
        <translation>Tid kvar av samtalet</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="78"/>
        <source>Clock cue</source>
        <translation>Klocksignal</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="109"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="110"/>
        <source>Session length, minutes</source>
        <translation>Samtalets längd, minuter</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="111"/>
        <source>This session&apos;s length; the phases follow it</source>
        <translation>Det här samtalets längd; faserna följer den</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="114"/>
        <location filename="../../ui/session_clock_bar.py" line="219"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="115"/>
        <source>Pause or resume the clock (Ctrl+Shift+P)</source>
        <translation>Pausa eller återuppta klockan (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="117"/>
        <source>Next phase</source>
        <translation>Nästa fas</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="118"/>
        <source>Move the clock to the next phase (Ctrl+Shift+PgDown)</source>
        <translation>Flytta klockan till nästa fas (Ctrl+Shift+PgDown)</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="120"/>
        <source>End session</source>
        <translation>Avsluta samtal</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="121"/>
        <source>End the session and record its time (Ctrl+Shift+E)</source>
        <translation>Avsluta samtalet och registrera tiden (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="175"/>
        <source>{phase}, {minutes} minutes</source>
        <translation>{phase}, {minutes} minuter</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="178"/>
        <source>{minutes} minutes planned. Go to this section (Alt+{n})</source>
        <translation>{minutes} minuter planerade. Gå till det här avsnittet (Alt+{n})</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="201"/>
        <source>{phase}: {time} of {minutes} min left</source>
        <translation>{phase}: {time} kvar av {minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="205"/>
        <source>{phase}: {time} over</source>
        <translation>{phase}: {time} över tiden</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="211"/>
        <source>{time} elapsed</source>
        <translation>{time} har gått</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="215"/>
        <source>{time} left</source>
        <translation>{time} kvar</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="217"/>
        <source>{time} over</source>
        <translation>{time} över tiden</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="219"/>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="227"/>
        <source>Five minutes left in the session.</source>
        <translation>Fem minuter kvar av samtalet.</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="233"/>
        <source>The time planned for {phase} is used.</source>
        <translation>Tiden som planerats för {phase} är slut.</translation>
    </message>
</context>
<context>
    <name>SessionDelete</name>
    <message>
        <location filename="../../ui/session_delete.py" line="67"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="68"/>
        <source>Bring the deleted session back (Ctrl+Alt+Z)</source>
        <translation>Ta tillbaka det borttagna samtalet (Ctrl+Alt+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="86"/>
        <source>Delete session</source>
        <translation>Ta bort samtal</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="97"/>
        <source>Select a session to delete it.</source>
        <translation>Markera ett samtal för att ta bort det.</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="107"/>
        <source>Delete the session of {when} with {name}?

You can undo this until the app locks or closes.</source>
        <translation>Ta bort samtalet {when} med {name}?

Du kan ångra detta tills appen låses eller stängs.</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="122"/>
        <source>Session of {when} deleted.</source>
        <translation>Samtalet {when} har tagits bort.</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="148"/>
        <source>Session of {when} restored.</source>
        <translation>Samtalet {when} har återställts.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../ui/session_editor.py" line="115"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="120"/>
        <location filename="../../ui/session_editor.py" line="403"/>
        <source>No session is open.</source>
        <translation>Inget samtal är öppet.</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="285"/>
        <source>In session: Ctrl+Shift+E ends it</source>
        <translation>Pågående samtal: Ctrl+Shift+E avslutar det</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="319"/>
        <source>Read-only</source>
        <translation>Skrivskyddat</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="330"/>
        <location filename="../../ui/session_editor.py" line="381"/>
        <source>Saves as you type</source>
        <translation>Sparas medan du skriver</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="458"/>
        <source>Session ended: {minutes} min from {time}</source>
        <translation>Samtalet avslutat: {minutes} min från {time}</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="485"/>
        <source>Saved at {time}</source>
        <translation>Sparat {time}</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="489"/>
        <source>Not saved: {reason} — your text is still here</source>
        <translation>Inte sparat: {reason} – din text finns kvar här</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="503"/>
        <source>Still in session: Ctrl+Shift+E ends it.</source>
        <translation>Samtalet pågår fortfarande: Ctrl+Shift+E avslutar det.</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor_drafts.py" line="105"/>
        <source>Your unsaved text was kept while the app was locked and has been saved now.</source>
        <translation>Din osparade text behölls medan appen var låst och har nu sparats.</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor_drafts.py" line="110"/>
        <source>Your unsaved text was kept while the app was locked but could not be saved: {reason} It is still in the editor.</source>
        <translation>Din osparade text behölls medan appen var låst men kunde inte sparas: {reason} Den finns kvar i redigeraren.</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="48"/>
        <source>Agree an experiment from the selected text</source>
        <translation>Avtala ett experiment utifrån den markerade texten</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="51"/>
        <source>Mark the line: insight / quote / action / experiment</source>
        <translation>Markera raden: insikt / citat / handling / experiment</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="53"/>
        <source>Hand the laptop over for a self-assessment</source>
        <translation>Lämna över datorn för en självskattning</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="54"/>
        <source>Next / previous field</source>
        <translation>Nästa/föregående fält</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="57"/>
        <source>Done: save and close the session (not a live one: Ctrl+Shift+E ends it)</source>
        <translation>Klart: spara och stäng samtalet (inte ett pågående: Ctrl+Shift+E avslutar det)</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="70"/>
        <source>Session: go to section 1..9</source>
        <translation>Samtal: gå till avsnitt 1..9</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="71"/>
        <source>Session: previous / next section</source>
        <translation>Samtal: föregående/nästa avsnitt</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="74"/>
        <source>Session clock: next phase (the cursor stays)</source>
        <translation>Samtalsklocka: nästa fas (markören stannar kvar)</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="76"/>
        <source>Session clock: pause / resume</source>
        <translation>Samtalsklocka: pausa/återuppta</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="77"/>
        <source>End the live session and record its time</source>
        <translation>Avsluta det pågående samtalet och registrera tiden</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="78"/>
        <source>Session: show / hide the side panel</source>
        <translation>Samtal: visa/dölj sidopanelen</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="79"/>
        <source>Session: save now (it also saves by itself)</source>
        <translation>Samtal: spara nu (det sparas också automatiskt)</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../ui/session_form.py" line="109"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="113"/>
        <source>Anything else worth keeping</source>
        <translation>Annat som är värt att behålla</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="120"/>
        <location filename="../../ui/session_form.py" line="124"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="121"/>
        <source>Comma-separated, e.g. delegation, feedback</source>
        <translation>Kommaseparerat, t.ex. delegering, återkoppling</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="136"/>
        <source>Private reflection (only you)</source>
        <translation>Privat reflektion (bara du)</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="139"/>
        <source>Your own thoughts: hunches, what you noticed in yourself</source>
        <translation>Dina egna tankar: aningar, vad du lade märke till hos dig själv</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="145"/>
        <source>For your own practice; kept apart from the session notes.</source>
        <translation>För din egen praktik; hålls åtskild från samtalsanteckningarna.</translation>
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
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="93"/>
        <source>Session date, duration and kind</source>
        <translation>Samtalets datum, längd och typ</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="95"/>
        <source>Save state</source>
        <translation>Sparstatus</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="98"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="99"/>
        <source>Save and close the session (Esc)</source>
        <translation>Spara och stäng samtalet (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="101"/>
        <source>Side panel</source>
        <translation>Sidopanel</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="104"/>
        <source>Show or hide the side panel (F9)</source>
        <translation>Visa eller dölj sidopanelen (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="152"/>
        <source>Session date and start time</source>
        <translation>Samtalets datum och starttid</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="157"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="158"/>
        <source>Session length, minutes</source>
        <translation>Samtalets längd, minuter</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="163"/>
        <source>As the coachee&apos;s default</source>
        <translation>Som klientens standard</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="164"/>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="165"/>
        <source>Pro bono</source>
        <translation>Pro bono</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="168"/>
        <source>Paid or pro bono, for the hours log</source>
        <translation>Betald eller pro bono, för timloggen</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="173"/>
        <source>&amp;When</source>
        <translation>&amp;När</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="174"/>
        <source>&amp;Length</source>
        <translation>&amp;Längd</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="175"/>
        <source>&amp;Billing</source>
        <translation>&amp;Debitering</translation>
    </message>
</context>
<context>
    <name>SessionSidePanel</name>
    <message>
        <location filename="../../ui/session_side_panel.py" line="63"/>
        <source>Why this number and not lower?</source>
        <translation>Varför den siffran och inte lägre?</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="64"/>
        <source>What would move it one point up?</source>
        <translation>Vad skulle flytta den ett steg upp?</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="134"/>
        <source>Open experiments</source>
        <translation>Öppna experiment</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="137"/>
        <source>Confidence today (0–10)</source>
        <translation>Tilltro i dag (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="149"/>
        <location filename="../../ui/session_side_panel.py" line="173"/>
        <source>Agreed last time</source>
        <translation>Avtalat förra gången</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="152"/>
        <source>This is the first session with this coachee.</source>
        <translation>Det här är det första samtalet med klienten.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="162"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="165"/>
        <source>{when} · {template} · {section}</source>
        <translation>{when} · {template} · {section}</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="172"/>
        <source>Nothing was written down.</source>
        <translation>Inget skrevs ner.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="183"/>
        <location filename="../../ui/session_side_panel.py" line="191"/>
        <source>Marked last time</source>
        <translation>Markerat förra gången</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="189"/>
        <source>Nothing was marked last time.</source>
        <translation>Inget markerades förra gången.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="193"/>
        <source>Marked in this session (Ctrl+1 to Ctrl+4)</source>
        <translation>Markerat i det här samtalet (Ctrl+1 till Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="196"/>
        <source>Marked in this session</source>
        <translation>Markerat i det här samtalet</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="207"/>
        <source>Nothing marked yet.</source>
        <translation>Inget markerat ännu.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="219"/>
        <source>No open experiments.</source>
        <translation>Inga öppna experiment.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="222"/>
        <source>New experiment…</source>
        <translation>Nytt experiment…</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="223"/>
        <source>Agree an experiment; select text first to prefill it (Ctrl+E)</source>
        <translation>Avtala ett experiment; markera text först för att fylla i det (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="240"/>
        <source>Expected: {prediction}</source>
        <translation>Förväntat: {prediction}</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="245"/>
        <source>Review…</source>
        <translation>Utvärdera…</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="246"/>
        <source>Review experiment: {title}</source>
        <translation>Utvärdera experiment: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="257"/>
        <source>Measures</source>
        <translation>Mått</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="260"/>
        <source>A questionnaire or rating, recorded as part of this session.</source>
        <translation>Ett frågeformulär eller en skattning, registrerad som en del av samtalet.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="262"/>
        <source>Assessment…</source>
        <translation>Skattning…</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="263"/>
        <source>Add an assessment to this session</source>
        <translation>Lägg till en skattning i det här samtalet</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="270"/>
        <source>Hand the laptop over…</source>
        <translation>Lämna över datorn…</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="272"/>
        <source>The coachee fills in a questionnaire alone; your passphrase ends it</source>
        <translation>Klienten fyller i ett frågeformulär på egen hand; din lösenfras avslutar det</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="292"/>
        <source>Check-in (0–10)</source>
        <translation>Avstämning (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="294"/>
        <source>A check-in, not a validated scale.</source>
        <translation>En avstämning, inte en validerad skala.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="307"/>
        <source>Check-in: {dimension}</source>
        <translation>Avstämning: {dimension}</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="337"/>
        <source>Rate all four to record the check-in.</source>
        <translation>Skatta alla fyra för att registrera avstämningen.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="353"/>
        <source>Check-in cleared.</source>
        <translation>Avstämningen rensades.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="353"/>
        <source>Check-in recorded.</source>
        <translation>Avstämningen registrerades.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="373"/>
        <source>Confidence ruler prompts</source>
        <translation>Frågor till tilltrosskalan</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="377"/>
        <source>No active goals yet: add one to rate confidence per goal.</source>
        <translation>Inga aktiva mål ännu: lägg till ett för att skatta tilltro per mål.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="401"/>
        <source>Confidence for goal: {title}</source>
        <translation>Tilltro för målet: {title}</translation>
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
        <translation>Mall</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="279"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="296"/>
        <source>(no notes yet)</source>
        <translation>(inga anteckningar ännu)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="298"/>
        <source>Session on {date}, {template}: {summary}</source>
        <translation>Samtal den {date}, {template}: {summary}</translation>
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
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source>Settings sections</source>
        <translation>Avsnitt i inställningarna</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>&amp;General</source>
        <translation>&amp;Allmänt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>&amp;Measures</source>
        <translation>&amp;Mått</translation>
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
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>Lock the vault after this much time without a key or click.</source>
        <translation>Lås valvet efter så här lång tid utan tangenttryckning eller klick.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>Also lock when the screen locks or the computer sleeps</source>
        <translation>Lås också när skärmen låses eller datorn går i viloläge</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>Where the system says so: Linux desktops and Windows, not macOS.</source>
        <translation>Där systemet meddelar det: Linux-skrivbord och Windows, inte macOS.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <location filename="../../ui/settings_dialog.py" line="181"/>
        <source>Remember on this computer</source>
        <translation>Kom ihåg på den här datorn</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="129"/>
        <source>Takes effect when the app is started again.</source>
        <translation>Gäller när appen startas nästa gång.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source>The session clock scales each template&apos;s phase budgets to this length; a live session can change it for itself.</source>
        <translation>Samtalsklockan skalar varje malls tidsbudget för faserna till den här längden; ett pågående samtal kan ändra den för sig självt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>Beep at a session clock cue (end of a phase, five minutes left)</source>
        <translation>Pip vid en signal från samtalsklockan (slutet av en fas, fem minuter kvar)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>{folder} (default)</source>
        <translation>{folder} (standard)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="159"/>
        <source>Problem with the settings</source>
        <translation>Problem med inställningarna</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Lock after idle</source>
        <translation>Lås vid inaktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source>A new language is used from the next start.</source>
        <translation>Ett nytt språk används från nästa start.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="171"/>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>Default template</source>
        <translation>Standardmall</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>Default session length</source>
        <translation>Standardlängd för samtal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="174"/>
        <location filename="../../ui/settings_dialog.py" line="180"/>
        <location filename="../../ui/settings_dialog.py" line="214"/>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176"/>
        <source>Lock after idle, minutes</source>
        <translation>Lås vid inaktivitet, minuter</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Language (after a restart)</source>
        <translation>Språk (efter omstart)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="179"/>
        <source>Default session length, minutes</source>
        <translation>Standardlängd för samtal, minuter</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="182"/>
        <source>Lock when the screen locks</source>
        <translation>Lås när skärmen låses</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="183"/>
        <source>Sound at a session clock cue</source>
        <translation>Ljud vid en signal från samtalsklockan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="209"/>
        <source>Keep the vault&apos;s key in this computer&apos;s keyring; unchecking forgets it.</source>
        <translation>Spara valvets nyckel i datorns nyckelring; avmarkera för att glömma den.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="311"/>
        <source>The language could not be stored: {reason}</source>
        <translation>Språket kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="346"/>
        <source>The keyring did not do it: {reason}</source>
        <translation>Nyckelringen gjorde det inte: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="349"/>
        <source>The key is remembered on this computer.</source>
        <translation>Nyckeln är sparad på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="354"/>
        <source>Remembering the key on this computer</source>
        <translation>Sparar nyckeln på den här datorn</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="357"/>
        <source>The remembered key was removed from this computer.</source>
        <translation>Den sparade nyckeln togs bort från den här datorn.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="362"/>
        <source>Forgetting the remembered key</source>
        <translation>Glömmer den sparade nyckeln</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../ui/task_progress.py" line="37"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="60"/>
        <source>Note template</source>
        <translation>Anteckningsmall</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="67"/>
        <source>&amp;In-session mode: keep time with the session clock</source>
        <translation>Samtals&amp;läge: håll tiden med samtalsklockan</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="69"/>
        <source>&amp;Start session</source>
        <translation>&amp;Starta samtal</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="71"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="81"/>
        <source>Choose how to structure the notes. Enter starts, Esc cancels.</source>
        <translation>Välj hur anteckningarna ska struktureras. Enter startar, Esc avbryter.</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="93"/>
        <source>{name}  —  {hint}</source>
        <translation>{name}  –  {hint}</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="114"/>
        <source>New session with {name}</source>
        <translation>Nytt samtal med {name}</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock_pages.py" line="260"/>
        <location filename="../../ui/unlock_pages.py" line="280"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="261"/>
        <source>Remember on this computer</source>
        <translation>Kom ihåg på den här datorn</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="263"/>
        <source>Checking the system keyring…</source>
        <translation>Kontrollerar systemets nyckelring…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="265"/>
        <source>Why remembering is not available</source>
        <translation>Varför det inte går att komma ihåg</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="267"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="269"/>
        <source>Use recovery key…</source>
        <translation>Använd återställningsnyckel…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="273"/>
        <source>Forgot the passphrase? Unlock with the recovery key and choose a new passphrase.</source>
        <translation>Glömt lösenfrasen? Lås upp med återställningsnyckeln och välj en ny lösenfras.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="277"/>
        <source>Unlock your vault</source>
        <translation>Lås upp ditt valv</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="278"/>
        <source>Folder: {folder}</source>
        <translation>Mapp: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="317"/>
        <source>Keeps the vault&apos;s key in this computer&apos;s keyring so you are not asked at every start. Lock (Ctrl+L) still asks for the passphrase.</source>
        <translation>Sparar valvets nyckel i datorns nyckelring så att du inte behöver ange den vid varje start. Lås (Ctrl+L) frågar ändå efter lösenfrasen.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../ui/unlock.py" line="129"/>
        <source>Unlock screen</source>
        <translation>Upplåsningsskärm</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="144"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="150"/>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="230"/>
        <source>Coach Companion</source>
        <translation>Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="385"/>
        <source>The remembered key was not found; enter your passphrase.</source>
        <translation>Den sparade nyckeln hittades inte; ange din lösenfras.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="391"/>
        <source>{problem} Enter your passphrase.</source>
        <translation>{problem} Ange din lösenfras.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="401"/>
        <source>Unlocking with the key remembered on this computer…</source>
        <translation>Låser upp med nyckeln som är sparad på den här datorn…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="407"/>
        <source>The keyring refused.</source>
        <translation>Nyckelringen nekade.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="410"/>
        <source>Could not remember the key on this computer: {reason}</source>
        <translation>Kunde inte spara nyckeln på den här datorn: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="420"/>
        <source>The key is remembered on this computer.</source>
        <translation>Nyckeln är sparad på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="429"/>
        <source>Could not forget the remembered key: {reason}</source>
        <translation>Kunde inte glömma den sparade nyckeln: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="462"/>
        <source>Creating your vault…</source>
        <translation>Skapar ditt valv…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="505"/>
        <source>Unlocking…</source>
        <translation>Låser upp…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="522"/>
        <source>This vault was made by an earlier version of Coach Companion. Making a verified backup of it, then bringing it up to date: this happens once, and can take a minute for a large vault.</source>
        <translation>Valvet skapades med en tidigare version av Coach Companion. En kontrollerad säkerhetskopia görs först, sedan uppdateras valvet: det sker en gång och kan ta en minut för ett stort valv.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="539"/>
        <source>Recovery key accepted. Now choose a new passphrase.</source>
        <translation>Återställningsnyckeln godtogs. Välj nu en ny lösenfras.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="553"/>
        <source>Checking the recovery key…</source>
        <translation>Kontrollerar återställningsnyckeln…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="565"/>
        <source>New passphrase set. Your recovery key still works.</source>
        <translation>Ny lösenfras angiven. Din återställningsnyckel fungerar fortfarande.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="577"/>
        <source>Setting the new passphrase…</source>
        <translation>Anger den nya lösenfrasen…</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/start_window.py" line="136"/>
        <location filename="../../ui/window_actions.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="116"/>
        <source>&amp;New coachee…</source>
        <translation>&amp;Ny klient…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="119"/>
        <source>&amp;Backup now…</source>
        <translation>&amp;Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="121"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="123"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="126"/>
        <source>Change &amp;passphrase…</source>
        <translation>Byt lösen&amp;fras…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="130"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="137"/>
        <location filename="../../ui/window_actions.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="137"/>
        <source>&amp;Coachee</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="140"/>
        <source>&amp;Edit profile…</source>
        <translation>Redigera &amp;profil…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="143"/>
        <source>Add &amp;goal…</source>
        <translation>Lägg till &amp;mål…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="150"/>
        <source>&amp;Progress report (PDF)…</source>
        <translation>&amp;Framstegsrapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="157"/>
        <source>Pr&amp;int progress report…</source>
        <translation>Skriv &amp;ut framstegsrapport…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="162"/>
        <source>Coachee &amp;copy (PDF)…</source>
        <translation>Klient&amp;kopia (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="165"/>
        <source>Pre-session &amp;brief…</source>
        <translation>U&amp;nderlag inför samtalet…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="169"/>
        <source>&amp;Archive</source>
        <translation>&amp;Arkivera</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="172"/>
        <source>E&amp;rase…</source>
        <translation>&amp;Radera…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="175"/>
        <source>&amp;Session</source>
        <translation>&amp;Samtal</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="178"/>
        <source>&amp;New session</source>
        <translation>&amp;Nytt samtal</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="182"/>
        <source>&amp;Start session (in-session mode)</source>
        <translation>&amp;Starta samtal (samtalsläge)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="191"/>
        <source>&amp;Agreed experiment (from the selected text)…	Ctrl+E</source>
        <translation>&amp;Avtalat experiment (från markerad text)…	Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="198"/>
        <source>&amp;Print session…</source>
        <translation>Skriv &amp;ut samtal…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="210"/>
        <source>&amp;Delete session…</source>
        <translation>&amp;Ta bort samtal…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="216"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Ångra borttagning</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="221"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="224"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Instrumentpanel</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="227"/>
        <source>&amp;Learning log (everyone)</source>
        <translation>&amp;Lärlogg (alla)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="230"/>
        <source>&amp;Groups</source>
        <translation>&amp;Grupper</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="233"/>
        <source>&amp;Hours log</source>
        <translation>&amp;Timlogg</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="236"/>
        <source>&amp;Search…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="238"/>
        <source>&amp;Filter coachees</source>
        <translation>&amp;Filtrera klienter</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="241"/>
        <source>&amp;Overdue experiments…</source>
        <translation>Försenade e&amp;xperiment…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="143"/>
        <location filename="../../ui/window_actions.py" line="244"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="246"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="249"/>
        <source>&amp;Security check…</source>
        <translation>&amp;Säkerhetskontroll…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="145"/>
        <location filename="../../ui/window_actions.py" line="252"/>
        <source>&amp;About Coach Companion</source>
        <translation>&amp;Om Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="262"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="264"/>
        <source>&amp;Whole vault (JSON)…</source>
        <translation>&amp;Hela valvet (JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="265"/>
        <source>This &amp;coachee (JSON, subject-access)…</source>
        <translation>Den här &amp;klienten (JSON, registerutdrag)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="266"/>
        <source>This coachee (&amp;PDF, subject-access)…</source>
        <translation>Den här klienten (&amp;PDF, registerutdrag)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="267"/>
        <source>&amp;Notes as Markdown…</source>
        <translation>&amp;Anteckningar som Markdown…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="273"/>
        <source>&amp;Import (JSON)…</source>
        <translation>I&amp;mportera (JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="287"/>
        <source>Open a session to print it.</source>
        <translation>Öppna ett samtal för att skriva ut det.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="309"/>
        <source>Choose a coachee first, on the dashboard or in the list.</source>
        <translation>Välj en klient först, på instrumentpanelen eller i listan.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="406"/>
        <source>Archive coachee</source>
        <translation>Arkivera klient</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="407"/>
        <source>Archive {name}? Nothing is deleted; they move to the Archived list.</source>
        <translation>Arkivera {name}? Inget raderas; klienten flyttas till listan Arkiverade.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="418"/>
        <source>{name} archived.</source>
        <translation>{name} har arkiverats.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="439"/>
        <source>Erasing…</source>
        <translation>Raderar…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="447"/>
        <source>Coachee erased.</source>
        <translation>Klienten har raderats.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="448"/>
        <source>{name} was erased from this vault.</source>
        <translation>{name} har raderats från valvet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window_actions.py" line="452"/>
        <source>%n backup(s) in the vault&apos;s backup folder were cleaned.</source>
        <translation>
            <numerusform>%n säkerhetskopia i valvets mapp för säkerhetskopior rensades.</numerusform>
            <numerusform>%n säkerhetskopior i valvets mapp för säkerhetskopior rensades.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="458"/>
        <source>Could not clean the backup {name}: {reason}.</source>
        <translation>Kunde inte rensa säkerhetskopian {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="466"/>
        <source>Coachee erased</source>
        <translation>Klienten har raderats</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="484"/>
        <source>erasing a coachee</source>
        <translation>raderingen av en klient</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="523"/>
        <source>Progress report saved: {path}</source>
        <translation>Framstegsrapporten sparades: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="556"/>
        <source>Experiments cannot be edited in this build.</source>
        <translation>Experiment kan inte redigeras i den här versionen.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="567"/>
        <source>Experiments cannot be reviewed in this build.</source>
        <translation>Experiment kan inte utvärderas i den här versionen.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="586"/>
        <source>Search is not part of this build.</source>
        <translation>Sökning ingår inte i den här versionen.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="599"/>
        <source>This build has no overdue list.</source>
        <translation>Den här versionen har ingen lista över försenade experiment.</translation>
    </message>
</context>
</TS>
