<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="65"/>
        <source>−2 much less than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="66"/>
        <source>−1 less than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="67"/>
        <source>0 expected outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="68"/>
        <source>+1 more than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="69"/>
        <source>+2 much more than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_editor.py" line="72"/>
        <source>Agree an experiment from the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_editor.py" line="73"/>
        <source>Save now (it also saves by itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_editor.py" line="74"/>
        <source>Next / previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_editor.py" line="75"/>
        <source>Done: save and close the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/restore_action.py" line="124"/>
        <source>RestoreDialog</source>
        <comment>Vault created in {folder} from the backup.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/restore_action.py" line="130"/>
        <source>RestoreDialog</source>
        <comment>Vault in {folder} restored from the backup.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/restore_action.py" line="136"/>
        <source>RestoreDialog</source>
        <comment>The state before the restore is kept in {path}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/restore_action.py" line="152"/>
        <source>RestoreDialog</source>
        <comment>The backup predates a passphrase change; the current passphrase still applies.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../coach_app/ui/context.py" line="69"/>
        <source>The vault is locked. Unlock it to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../coach_app/ui/assessment_dialog.py" line="115"/>
        <source>Score preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_dialog.py" line="132"/>
        <source>Context: {label}. Shown beside the progress chart, not as the coachee&apos;s own progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_dialog.py" line="200"/>
        <source>Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_dialog.py" line="202"/>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_dialog.py" line="252"/>
        <source>Enter the item wording first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentMenu</name>
    <message>
        <location filename="../../coach_app/ui/assessment_menu.py" line="32"/>
        <source>&amp;Confidence per goal</source>
        <extracomment>The built-in measures in the order a coach meets them (their menu wording is in ``builtin_choices``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_menu.py" line="33"/>
        <source>&amp;Goal attainment (GAS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_menu.py" line="34"/>
        <source>General &amp;self-efficacy (GSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_menu.py" line="35"/>
        <source>Psychological &amp;empowerment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_menu.py" line="36"/>
        <source>&amp;Team psychological safety (context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_menu.py" line="73"/>
        <source>Add a&amp;ssessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_menu.py" line="76"/>
        <source>Add assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_menu.py" line="85"/>
        <source>Unlock the vault first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_menu.py" line="94"/>
        <source>{label}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_menu.py" line="99"/>
        <source>No custom metrics yet (File → Settings → Measures)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../coach_app/ui/window_backups.py" line="35"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_backups.py" line="39"/>
        <source>Backup written and verified: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_backups.py" line="42"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_backups.py" line="43"/>
        <source>Backup written and verified:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_backups.py" line="61"/>
        <source>the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_backups.py" line="77"/>
        <source>the daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_backups.py" line="84"/>
        <source>Daily backup written and verified: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_backups.py" line="95"/>
        <source>see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_backups.py" line="96"/>
        <source>The daily backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDetailsBox</name>
    <message>
        <location filename="../../coach_app/ui/client_details_box.py" line="24"/>
        <source>May be named on hours logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/client_details_box.py" line="26"/>
        <source>Without consent the hours log shows this client as “Confidential client n”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/client_details_box.py" line="29"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/client_details_box.py" line="30"/>
        <source>Pro bono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/client_details_box.py" line="31"/>
        <source>Sessions are paid or pro bono by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/client_details_box.py" line="35"/>
        <source>Client type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoacheeCopyDialog</name>
    <message>
        <location filename="../../coach_app/ui/coachee_copy_action.py" line="39"/>
        <location filename="../../coach_app/ui/coachee_copy_action.py" line="103"/>
        <source>Coachee copy (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_copy_action.py" line="43"/>
        <source>A PDF for {name} to keep: their focus, goals, ratings and experiments. Add only what you want them to read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_copy_action.py" line="59"/>
        <source>Choose where and save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_copy_action.py" line="85"/>
        <source>Save the coachee copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_copy_action.py" line="86"/>
        <source>{name} copy {date}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_copy_action.py" line="89"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_copy_action.py" line="104"/>
        <source>Writing the coachee copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_copy_action.py" line="107"/>
        <source>the coachee copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_copy_action.py" line="114"/>
        <source>coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_copy_action.py" line="128"/>
        <source>Coachee copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_copy_action.py" line="129"/>
        <source>Saved to {out} (NOT encrypted: keep it safe, delete it when done).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoacheeListModel</name>
    <message>
        <location filename="../../coach_app/ui/models.py" line="148"/>
        <source>Coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="148"/>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="148"/>
        <source>Open experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="179"/>
        <source>{open} ({overdue} overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="185"/>
        <source>no session yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="187"/>
        <source>{name}, last session {last}, {open}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/models.py" line="190"/>
        <source>%n open experiment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="193"/>
        <source>, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="201"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="203"/>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/models.py" line="207"/>
        <source>%n experiment(s) past their due date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoacheeListPanel</name>
    <message>
        <location filename="../../coach_app/ui/coachee_list.py" line="63"/>
        <source>Filter coachees (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_list.py" line="64"/>
        <source>Filter coachees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_list.py" line="67"/>
        <source>Show coachees with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_list.py" line="69"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_list.py" line="70"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_list.py" line="71"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_list.py" line="72"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_list.py" line="73"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_list.py" line="80"/>
        <source>Coachees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_list.py" line="89"/>
        <source>New coachee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_list.py" line="90"/>
        <source>New coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/coachee_list.py" line="187"/>
        <source>%n coachee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/coachee_list.py" line="189"/>
        <source>{shown} of %n coachee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoacheePage</name>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="87"/>
        <source>Coachee name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="90"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="91"/>
        <source>Start a session with this coachee (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="92"/>
        <source>Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="96"/>
        <source>Sessions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="103"/>
        <source>Enter or double-click opens the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="105"/>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="113"/>
        <source>Enter or double-click opens the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="120"/>
        <source>Agree experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="121"/>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="130"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="131"/>
        <location filename="../../coach_app/ui/coachee_page.py" line="132"/>
        <source>Add assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="133"/>
        <source>Progress report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="135"/>
        <source>Profile, goals, this chart and the experiments as a PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="156"/>
        <source>Learning log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="159"/>
        <source>Coachee tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="160"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="161"/>
        <source>Sess&amp;ions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="162"/>
        <source>E&amp;xperiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="163"/>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="164"/>
        <source>&amp;Learning log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoacheeStatus</name>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="71"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="72"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="73"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="74"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfidenceForm</name>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="230"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="233"/>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="235"/>
        <source>Confidence: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="249"/>
        <source>Give at least one rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/assessment_forms.py" line="250"/>
        <source>%n rating(s) to save.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="152"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="153"/>
        <location filename="../../coach_app/ui/unlock_pages.py" line="155"/>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="157"/>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="161"/>
        <source>Everything you write is encrypted with a key that only this passphrase (or the recovery key you get next) can open. Nobody, including us, can reset it. A few unusual words in a row work well.

Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="92"/>
        <source>Coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="93"/>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="94"/>
        <source>Days since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="95"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="96"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="97"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="98"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="105"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="170"/>
        <source>No confidence ratings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="172"/>
        <source>Confidence, last %n session(s) (mean of goals): {values}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../coach_app/ui/dashboard.py" line="208"/>
        <source>Filter by name, organisation or flag…</source>
        <extracomment>What the rows show: a change to any of these reloads them. Okabe–Ito blue, and its lighter sibling for dark backgrounds (same as the progress chart). Native styles that already draw the platform&apos;s convention (the arrow points up when the smallest value is at the top); Qt&apos;s own styles (Fusion, Windows) draw it the other way.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard.py" line="210"/>
        <source>Filter coachees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard.py" line="212"/>
        <source>Flagged &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard.py" line="214"/>
        <source>Dashboard summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard.py" line="226"/>
        <source>Active coachees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard.py" line="280"/>
        <source>Loading the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/dashboard.py" line="329"/>
        <source>%n active coachee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard.py" line="330"/>
        <source>{count} flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard.py" line="333"/>
        <source>{count} shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStart</name>
    <message>
        <location filename="../../coach_app/ui/demo_start.py" line="50"/>
        <source>The demo vault was not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/demo_start.py" line="95"/>
        <source>Preparing a demo vault with sample coachees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/demo_start.py" line="118"/>
        <source>The demo vault could not be made; the log says why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevelopmentDialog</name>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="49"/>
        <source>Supervision or CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="67"/>
        <source>Private: what you took from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="70"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="71"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="72"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="73"/>
        <source>Supervisor or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="74"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="75"/>
        <source>Private reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevelopmentPanel</name>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="160"/>
        <source>Add supervision or CPD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="163"/>
        <source>Supervision and CPD per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="167"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="168"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="169"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="170"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="171"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="177"/>
        <source>Supervision and CPD entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="200"/>
        <source>{year}: {sup} h supervision, {cpd} h CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/development_panel.py" line="205"/>
        <source>No supervision or CPD recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftRestore</name>
    <message>
        <location filename="../../coach_app/ui/window_drafts.py" line="74"/>
        <source>What was open before the lock could not be reopened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="452"/>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="453"/>
        <source>Erase coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="456"/>
        <source>This deletes everything about &lt;b&gt;{name}&lt;/b&gt; from this vault: profile, goals, every session note, experiments and measurements. It cannot be undone; older backups still hold them, and the erasure is applied again if one is restored.&lt;br&gt;&lt;br&gt;Type the name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="465"/>
        <source>Type the coachee&apos;s name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="469"/>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <location filename="../../coach_app/ui/errors.py" line="44"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/errors.py" line="49"/>
        <source>Coach Companion hit an unexpected problem ({kind}). What you typed is saved as you go; if something looks wrong, lock and unlock the vault or restart the app. The details were written to the log (without any note text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/errors.py" line="62"/>
        <location filename="../../coach_app/ui/errors.py" line="145"/>
        <source>Coach Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/errors.py" line="123"/>
        <source>Log of the last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/errors.py" line="129"/>
        <source>Log text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/errors.py" line="147"/>
        <source>The last time, Coach Companion hit a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/errors.py" line="150"/>
        <source>The details were written to {path} (without any note text). You can look at them, or send them along when you report the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/errors.py" line="157"/>
        <source>Show log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentDecision</name>
    <message>
        <location filename="../../coach_app/ui/models.py" line="84"/>
        <source>Adopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="85"/>
        <source>Adapt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="86"/>
        <source>Abandon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="87"/>
        <source>Edit experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="87"/>
        <source>Agree an experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="94"/>
        <source>A small step to try before the next session. Writing the prediction down makes the review a real comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="100"/>
        <source>e.g. Say no to one meeting a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="101"/>
        <source>Experiment title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="103"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="105"/>
        <source>e.g. They will push back at first, then nobody will miss it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="106"/>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="109"/>
        <source>What exactly will be tried, and when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="109"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="112"/>
        <source>How will you notice it worked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="112"/>
        <source>Success signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="118"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="119"/>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="121"/>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="129"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="134"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="135"/>
        <source>&amp;Goal (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="136"/>
        <source>&amp;Prediction — what do you expect will happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="137"/>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="138"/>
        <source>&amp;Success signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="245"/>
        <source>No particular goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="252"/>
        <source>{title} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="261"/>
        <source>achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_dialog.py" line="262"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentDue</name>
    <message>
        <location filename="../../coach_app/ui/experiment_common.py" line="32"/>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_common.py" line="36"/>
        <source>%n day(s) past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_common.py" line="39"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_common.py" line="40"/>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentReviewDialog</name>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="66"/>
        <source>Review: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="72"/>
        <source>What happened? What did you learn? Adopt, adapt or abandon?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="75"/>
        <source>An experiment that did not go as predicted is not a failure: finding that out is what it was for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="81"/>
        <source>What happened? Any surprises?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="81"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="84"/>
        <source>What did you learn, compared with the prediction?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="85"/>
        <source>What did you learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="90"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="93"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="96"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="101"/>
        <source>Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="108"/>
        <source>What &amp;happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="109"/>
        <source>What did you &amp;learn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="176"/>
        <source>Adopt — it works; keep doing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="177"/>
        <source>Adapt — change something and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="178"/>
        <source>Abandon — let it go; what it taught stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="179"/>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="184"/>
        <source>Done — it was tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="185"/>
        <source>Still in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="186"/>
        <source>Dropped — not tried or stopped, and that is fine to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="192"/>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="196"/>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="197"/>
        <source>Prediction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="198"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="199"/>
        <source>Success signal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="200"/>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_review.py" line="227"/>
        <source>{group}: {option}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentStatus</name>
    <message>
        <location filename="../../coach_app/ui/models.py" line="73"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="74"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="75"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="76"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentTableModel</name>
    <message>
        <location filename="../../coach_app/ui/models.py" line="319"/>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="319"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="319"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="319"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="357"/>
        <source>{due} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="360"/>
        <source>{title}, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="364"/>
        <source>, due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="365"/>
        <source>, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="369"/>
        <source>Prediction: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="370"/>
        <source>Action: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="371"/>
        <source>Success signal: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="372"/>
        <source>Outcome: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="373"/>
        <source>Learning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="74"/>
        <source>The exported file is NOT encrypted: anyone who can open it can read everything in it. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="91"/>
        <source>Export the whole vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="93"/>
        <source>Every coachee with their goals, sessions, experiments and measurements, as one JSON file another vault can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="97"/>
        <source>Export this coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="99"/>
        <source>Everything this vault holds about {name}, as one JSON file (for a subject-access request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="103"/>
        <source>Export this coachee (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="105"/>
        <source>Everything this vault holds about {name}, as a readable PDF (for a subject-access request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="109"/>
        <source>Export notes as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="111"/>
        <source>The session notes as Markdown text files, one folder per coachee, in a folder you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="117"/>
        <source>One file per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="118"/>
        <source>Only {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="119"/>
        <source>Include my private reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="134"/>
        <source>Choose where and export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="144"/>
        <source>coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="146"/>
        <source>{name} export {date}.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="150"/>
        <source>{name} all data {date}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="153"/>
        <source>Coaching vault export {date}.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="212"/>
        <source>Export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="224"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="226"/>
        <source>JSON file (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="266"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="268"/>
        <source>the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="275"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_export.py" line="276"/>
        <source>Exported to {out} (NOT encrypted: keep it safe, delete it when done).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePaths</name>
    <message>
        <location filename="../../coach_app/ui/file_paths.py" line="41"/>
        <source>Not in the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_paths.py" line="42"/>
        <source>This file is not encrypted: write it outside the vault folder. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../coach_app/ui/labels.py" line="68"/>
        <source>Problem with the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GasForm</name>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="281"/>
        <source>0 is the expected outcome; the combined T-score is 50 when every goal is at its expected outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="291"/>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="296"/>
        <source>Goal attainment: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="299"/>
        <source>{title} (weight {weight})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="308"/>
        <source>This coachee has no active goals to rate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="332"/>
        <source>Choose a level for at least one goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="334"/>
        <source>T-score of the goals rated now: {score} (50 = as expected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalAttainment</name>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="81"/>
        <source>much less than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="82"/>
        <source>somewhat less than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="83"/>
        <source>the expected level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="84"/>
        <source>somewhat more than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="85"/>
        <source>much more than expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="336"/>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="338"/>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="345"/>
        <source>What the coachee wants to achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="353"/>
        <source>How much this goal counts in the GAS score: 1 (least) to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="355"/>
        <source>Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="356"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="357"/>
        <source>Weight (1–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="360"/>
        <source>Goal Attainment Scaling: describe what each level would look like, in observable terms. 0 is the outcome you both expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="372"/>
        <source>Level {sign}: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="422"/>
        <source>This goal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../coach_app/ui/group_dialogs.py" line="43"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_dialogs.py" line="44"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_dialogs.py" line="45"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_dialogs.py" line="46"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupSessionDialog</name>
    <message>
        <location filename="../../coach_app/ui/group_session_editor.py" line="63"/>
        <source>Group session — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_session_editor.py" line="76"/>
        <location filename="../../coach_app/ui/group_session_editor.py" line="96"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_session_editor.py" line="80"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_session_editor.py" line="81"/>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_session_editor.py" line="85"/>
        <location filename="../../coach_app/ui/group_session_editor.py" line="98"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_session_editor.py" line="97"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_session_editor.py" line="99"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_session_editor.py" line="108"/>
        <source>Add round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_session_editor.py" line="310"/>
        <source>The action became an experiment on {name}&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_session_editor.py" line="316"/>
        <source>The insight went to {name}&apos;s learning log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_session_editor.py" line="320"/>
        <source>The rating became a confidence measurement of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="92"/>
        <source>New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="95"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="95"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="95"/>
        <location filename="../../coach_app/ui/groups_page.py" line="140"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="95"/>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="97"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="104"/>
        <source>Double-click a group or press Enter to open its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="115"/>
        <source>← All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="124"/>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="126"/>
        <location filename="../../coach_app/ui/groups_page.py" line="133"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="126"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="126"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="128"/>
        <location filename="../../coach_app/ui/groups_page.py" line="137"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="128"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="128"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="128"/>
        <source>Case-givers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="133"/>
        <source>Cases brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="133"/>
        <source>Last case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="137"/>
        <source>Case-giver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="137"/>
        <source>Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="137"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="141"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="142"/>
        <source>Who brought a case when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="143"/>
        <source>The set&apos;s learning log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="236"/>
        <source>{name} — {kind}, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="251"/>
        <source>coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="251"/>
        <source>by name only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="266"/>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="283"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="290"/>
        <source>Next to bring a case: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/groups_page.py" line="292"/>
        <source>No current members.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../coach_app/ui/help_overlay.py" line="25"/>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/help_overlay.py" line="26"/>
        <source>Move between fields and lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/help_overlay.py" line="29"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/help_overlay.py" line="30"/>
        <source>Open the selected coachee (list or dashboard), session or search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/help_overlay.py" line="36"/>
        <source>Alt+O / I / X / P / L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/help_overlay.py" line="37"/>
        <source>Coachee tabs: Overview, Sessions, Experiments, Progress, Learning log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/help_overlay.py" line="43"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/help_overlay.py" line="44"/>
        <source>Open a button&apos;s menu, e.g. Add assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/help_overlay.py" line="47"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/help_overlay.py" line="48"/>
        <source>Close a dialog or this overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/help_overlay.py" line="59"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/help_overlay.py" line="77"/>
        <source>Press any key to close.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../coach_app/ui/home_page.py" line="43"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/home_page.py" line="45"/>
        <source>Learning log (everyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/home_page.py" line="46"/>
        <source>What every reviewed experiment taught (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/home_page.py" line="49"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/home_page.py" line="58"/>
        <source>Every active coachee at a glance, longest without a session first. Double-click a row or press Enter to open that coachee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/home_page.py" line="67"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/home_page.py" line="68"/>
        <source>New coachee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/home_page.py" line="69"/>
        <source>New coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/home_page.py" line="70"/>
        <source>Add the first person you coach (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/home_page.py" line="73"/>
        <source>This vault has no coachees yet. Add the first person you coach: their profile, goals, session notes, agreed experiments and progress all live here, encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/home_page.py" line="87"/>
        <source>Welcome to Coach Companion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="89"/>
        <location filename="../../coach_app/ui/hours_page.py" line="93"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="90"/>
        <source>Untick to count from the first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="93"/>
        <location filename="../../coach_app/ui/hours_page.py" line="111"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="100"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="102"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="104"/>
        <source>Export spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="126"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="128"/>
        <source>Clients not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="131"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="132"/>
        <location filename="../../coach_app/ui/hours_page.py" line="160"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="133"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="134"/>
        <source>Pro bono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="135"/>
        <location filename="../../coach_app/ui/hours_page.py" line="152"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="138"/>
        <source>Hours per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="140"/>
        <source>Per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="141"/>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="142"/>
        <source>Totals per year or per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="146"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="147"/>
        <source>Individual/Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="148"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="149"/>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="150"/>
        <location filename="../../coach_app/ui/hours_page.py" line="161"/>
        <source>Paid hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="151"/>
        <source>Pro bono hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="155"/>
        <source>Hours per client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="159"/>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="162"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="163"/>
        <source>Recent hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="164"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="167"/>
        <source>Progress towards credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="169"/>
        <source>Where the requirements come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="231"/>
        <source>{total} hours: {paid} paid, {pro_bono} pro bono; {group} in groups; {internal} with internal clients; {n} clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="244"/>
        <source>{hours} hours with {n} client(s) who did not consent to be named: they appear as “Confidential client” on the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="249"/>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="249"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="280"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="280"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="291"/>
        <source>{body}: figures from {source} as of {date}. Check the current requirements before you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="332"/>
        <source>Export hours log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="334"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="334"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/hours_page.py" line="347"/>
        <source>Hours log written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../coach_app/ui/file_import.py" line="97"/>
        <location filename="../../coach_app/ui/file_import.py" line="166"/>
        <source>Import from a JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_import.py" line="99"/>
        <source>File: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_import.py" line="102"/>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_import.py" line="109"/>
        <source>Everything in the file is imported, or nothing is: if any part of it cannot be imported, the vault stays exactly as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_import.py" line="117"/>
        <location filename="../../coach_app/ui/file_import.py" line="210"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/file_import.py" line="139"/>
        <source>%n coachee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/file_import.py" line="140"/>
        <source>%n goal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/file_import.py" line="141"/>
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/file_import.py" line="142"/>
        <source>%n experiment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/file_import.py" line="143"/>
        <source>%n measurement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/file_import.py" line="146"/>
        <source>%n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_import.py" line="147"/>
        <source>This file adds: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_import.py" line="167"/>
        <source>JSON file (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_import.py" line="186"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_import.py" line="192"/>
        <source>the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/file_import.py" line="211"/>
        <source>Imported {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemWordingDialog</name>
    <message>
        <location filename="../../coach_app/ui/assessment_wording.py" line="124"/>
        <source>{name}: item wording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemWordingForm</name>
    <message>
        <location filename="../../coach_app/ui/assessment_wording.py" line="48"/>
        <source>{name} ships without its item wording. Enter the wording of each item once for this vault (from your licensed copy of the questionnaire); it is stored encrypted with your notes and used for every coachee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_wording.py" line="55"/>
        <source>Licence: {licence}
Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_wording.py" line="68"/>
        <source>Wording of item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_wording.py" line="75"/>
        <source>Save wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_wording.py" line="86"/>
        <source>Item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_wording.py" line="90"/>
        <source> (scored reversed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../coach_app/ui/launch.py" line="164"/>
        <source>cannot use the folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningLogModel</name>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="227"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="228"/>
        <source>Coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="229"/>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="230"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="231"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="232"/>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="242"/>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="273"/>
        <source>Goal: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="278"/>
        <source>Prediction: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="279"/>
        <source>Outcome: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="280"/>
        <source>Learning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="283"/>
        <source>not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_models.py" line="287"/>
        <source>Decision: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningLogPage</name>
    <message>
        <location filename="../../coach_app/ui/home_page.py" line="122"/>
        <source>Learning log of everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/home_page.py" line="125"/>
        <source>Learning log — everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/home_page.py" line="129"/>
        <source>What every reviewed experiment taught, newest first. A coachee&apos;s own Learning log tab also filters by goal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningLogWidget</name>
    <message>
        <location filename="../../coach_app/ui/learning_log.py" line="53"/>
        <source>All decisions</source>
        <extracomment>The widest the Experiment and Goal columns grow on their own, in widths of &quot;M&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/learning_log.py" line="57"/>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/learning_log.py" line="83"/>
        <source>Filter by decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/learning_log.py" line="85"/>
        <source>Filter by goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/learning_log.py" line="95"/>
        <source>Learning log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/learning_log.py" line="108"/>
        <source>Select an experiment to read its whole learning loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/learning_log.py" line="110"/>
        <source>Experiment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/learning_log.py" line="113"/>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/learning_log.py" line="115"/>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/learning_log.py" line="201"/>
        <source>Loading the learning log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/learning_log.py" line="218"/>
        <source>%n learning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/learning_log.py" line="240"/>
        <source>All goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="157"/>
        <source>Coach Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="208"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="211"/>
        <source>Vault: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="213"/>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="214"/>
        <source> demo </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="215"/>
        <source>Demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="227"/>
        <source>Finishing {label}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="227"/>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="277"/>
        <source>Locked. Enter your passphrase to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="365"/>
        <source>{app} — demo vault — passphrase: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="370"/>
        <source> demo vault — passphrase: {passphrase} </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="395"/>
        <source>Unsaved notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="397"/>
        <source>The last changes to this session could not be saved (the reason is shown in the editor). Quit anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="59"/>
        <source>Psychological empowerment (12 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="63"/>
        <source>Team psychological safety (7 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="71"/>
        <source>General self-efficacy (GSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="72"/>
        <source>Team psychological safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="128"/>
        <source>Problem with the measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="139"/>
        <location filename="../../coach_app/ui/settings_measures.py" line="141"/>
        <source>Custom metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="142"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="142"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="142"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="148"/>
        <source>Metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="149"/>
        <source>e.g. Energy at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="154"/>
        <source>Lowest value of the metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="155"/>
        <source>Highest value of the metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="162"/>
        <source>Metric key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="163"/>
        <source>Add metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="164"/>
        <source>Update selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="165"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="167"/>
        <source>Values already recorded stay in the vault and on the charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="181"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="183"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="185"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="196"/>
        <source>Your own single ratings (e.g. energy 1–10), offered under Add assessment and charted with the other measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="209"/>
        <source>{low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="249"/>
        <source>New key: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="273"/>
        <source>A metric with the key {key} exists already; choose another name or select it and press Update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="305"/>
        <source>Questionnaire wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="310"/>
        <source>These questionnaires ship without their item text: enter it once from your licensed copy. It is saved when you press “Save wording”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="323"/>
        <source>Edit wording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="325"/>
        <source>Edit the wording of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="340"/>
        <source>entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="340"/>
        <source>not entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="355"/>
        <source>Reference values (measurement-error band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="359"/>
        <source>A shaded “within measurement error” band appears on a chart only for a scale whose SD and reliability you enter here from a published source; leave a row empty and no band is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="366"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="367"/>
        <source>SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="368"/>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="369"/>
        <source>Published source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="380"/>
        <source>Author (year), table or page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="382"/>
        <source>SD of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="383"/>
        <source>Reliability of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="384"/>
        <source>Published source of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="413"/>
        <source>Enter the SD of {name}, or clear its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="418"/>
        <source>Enter the reliability of {name}, or clear its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_measures.py" line="426"/>
        <source>Name the published source of the reference values for {name}; without it no band is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiItemForm</name>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="105"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="119"/>
        <source>(R) = scored reversed; enter the answer as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="127"/>
        <source>Item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="133"/>
        <source>Item {number}: no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="141"/>
        <source>Item {number}: {value} ({anchor})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="145"/>
        <source>Item {number}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="179"/>
        <source>Choose an answer for each statement the coachee answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="188"/>
        <source>Subscale means: {means}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="190"/>
        <source>Score: {value} (sum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="192"/>
        <source>Score: {value} (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="194"/>
        <source> — from {answered} of {total} answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../../coach_app/ui/group_dialogs.py" line="62"/>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_dialogs.py" line="69"/>
        <source>e.g. Leaders&apos; action-learning set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_dialogs.py" line="84"/>
        <source>People you do not coach individually, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_dialogs.py" line="85"/>
        <location filename="../../coach_app/ui/group_dialogs.py" line="97"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_dialogs.py" line="87"/>
        <location filename="../../coach_app/ui/group_dialogs.py" line="98"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_dialogs.py" line="92"/>
        <location filename="../../coach_app/ui/group_dialogs.py" line="101"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_dialogs.py" line="93"/>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_dialogs.py" line="94"/>
        <location filename="../../coach_app/ui/group_dialogs.py" line="103"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_dialogs.py" line="95"/>
        <location filename="../../coach_app/ui/group_dialogs.py" line="104"/>
        <source>Members (coachees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_dialogs.py" line="96"/>
        <location filename="../../coach_app/ui/group_dialogs.py" line="105"/>
        <source>Members by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_dialogs.py" line="99"/>
        <location filename="../../coach_app/ui/group_dialogs.py" line="106"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_dialogs.py" line="102"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphrasePage</name>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="325"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="326"/>
        <source>Set new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="329"/>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="333"/>
        <source>The recovery key opened your vault. Choose a new passphrase now; your recovery key stays valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberForm</name>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="372"/>
        <source>{name} ({low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/assessment_forms.py" line="380"/>
        <source>Value: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../coach_app/ui/ops.py" line="85"/>
        <source>Stopped: {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/ops.py" line="348"/>
        <source>The vault is being locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="95"/>
        <source>{label} is set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueExperimentsDialog</name>
    <message>
        <location filename="../../coach_app/ui/experiment_overdue.py" line="37"/>
        <location filename="../../coach_app/ui/experiment_overdue.py" line="49"/>
        <source>Overdue experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_overdue.py" line="42"/>
        <source>Open experiments past their due date: a reminder to ask how they went. Press Enter to open the coachee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_overdue.py" line="63"/>
        <source>Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/experiment_overdue.py" line="68"/>
        <source>&amp;Open coachee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueExperimentsModel</name>
    <message>
        <location filename="../../coach_app/ui/session_models.py" line="232"/>
        <source>Coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_models.py" line="232"/>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_models.py" line="232"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_models.py" line="232"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_models.py" line="261"/>
        <source>Prediction: {prediction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/session_models.py" line="278"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="75"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="81"/>
        <location filename="../../coach_app/ui/coachee_overview.py" line="82"/>
        <source>Add assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="83"/>
        <source>Record a rating or questionnaire for this coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="87"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="88"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="89"/>
        <source>Open experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="90"/>
        <source>Latest ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="125"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="126"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="127"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="128"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="129"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="130"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="131"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="132"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="133"/>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="150"/>
        <source>&lt;p&gt;No goals yet. &lt;a href=&apos;add-goal&apos;&gt;Add a goal&lt;/a&gt; (Coachee → Add goal).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="155"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="159"/>
        <source>weight {weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="189"/>
        <source> — due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_overview.py" line="191"/>
        <source>overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageNavigation</name>
    <message>
        <location filename="../../coach_app/ui/window_navigation.py" line="117"/>
        <source>The session editor is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../coach_app/ui/passphrase_dialog.py" line="54"/>
        <location filename="../../coach_app/ui/passphrase_dialog.py" line="77"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/passphrase_dialog.py" line="55"/>
        <location filename="../../coach_app/ui/passphrase_dialog.py" line="97"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/passphrase_dialog.py" line="56"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/passphrase_dialog.py" line="59"/>
        <source>Also replace the encryption key (for a passphrase that may have leaked; takes longer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/passphrase_dialog.py" line="65"/>
        <source>The whole vault is rewritten under a new key and you get a new recovery key; the old passphrase and the old recovery key no longer open it. Backups made before this change keep the old key: they still open with the old passphrase and the old recovery key, so delete them if the old passphrase leaked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/passphrase_dialog.py" line="75"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/passphrase_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/passphrase_dialog.py" line="87"/>
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/passphrase_dialog.py" line="91"/>
        <source>Your notes stay as they are. The recovery key stays the same unless you also replace the encryption key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/passphrase_dialog.py" line="152"/>
        <source>Other work is still running (a backup or a report). Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/passphrase_dialog.py" line="165"/>
        <source>re-encrypting the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/passphrase_dialog.py" line="165"/>
        <source>changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/passphrase_dialog.py" line="205"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/passphrase_dialog.py" line="223"/>
        <source>Remembering the new key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="81"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="83"/>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="88"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="90"/>
        <source>Passphrase strength hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="92"/>
        <source>Whether the passphrases match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="93"/>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="101"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="119"/>
        <source>Strength: {verdict}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="124"/>
        <source>The passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="126"/>
        <source>The passphrases do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointTableModel</name>
    <message>
        <location filename="../../coach_app/ui/progress_table.py" line="96"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_table.py" line="97"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_table.py" line="98"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_table.py" line="99"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_table.py" line="100"/>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintSession</name>
    <message>
        <location filename="../../coach_app/ui/print_action.py" line="32"/>
        <source>Print session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/print_action.py" line="62"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="187"/>
        <source>New coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="189"/>
        <source>Edit profile — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="197"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="202"/>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="204"/>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="225"/>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="210"/>
        <source>What the coaching is about, in the coachee&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="214"/>
        <source>Comma-separated, e.g. leadership, new role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="215"/>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="229"/>
        <source>Consent recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="219"/>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="220"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="221"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="222"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="223"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="224"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="226"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="227"/>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="228"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_dialogs.py" line="230"/>
        <source>Hours log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChartWidget</name>
    <message>
        <location filename="../../coach_app/ui/progress_canvas.py" line="22"/>
        <source>adopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_canvas.py" line="23"/>
        <source>adapt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_canvas.py" line="24"/>
        <source>abandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_canvas.py" line="26"/>
        <source>not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_canvas.py" line="29"/>
        <source>— (not reviewed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_canvas.py" line="33"/>
        <source>{title} (agreed {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_canvas.py" line="36"/>
        <source>Prediction: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_canvas.py" line="39"/>
        <source>Learning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_canvas.py" line="40"/>
        <source>Decision: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_chart.py" line="134"/>
        <source>Experiment details</source>
        <extracomment>What one coachee&apos;s chart shows: a change of these for that coachee makes it out of date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_chart.py" line="161"/>
        <source>Progress chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_chart.py" line="212"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_chart.py" line="217"/>
        <source>Loading the progress chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_chart.py" line="297"/>
        <source>Choose a coachee to see their progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_chart.py" line="440"/>
        <source>No measurements yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/progress_chart.py" line="443"/>
        <source>%n series</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/progress_chart.py" line="444"/>
        <source>%n experiment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_chart.py" line="449"/>
        <source>not drawn (too many goals for one chart): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_chart.py" line="451"/>
        <source>point at an experiment marker to read its prediction and learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_chart.py" line="492"/>
        <source>{name} progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_chart.py" line="494"/>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_chart.py" line="494"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_chart.py" line="496"/>
        <source>Export chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_chart.py" line="496"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_chart.py" line="507"/>
        <source>Chart saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTable</name>
    <message>
        <location filename="../../coach_app/ui/progress_table.py" line="132"/>
        <source>Progress data table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_table.py" line="143"/>
        <source>Copy as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_table.py" line="146"/>
        <source>Copy every row; the clipboard is cleared again after a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/progress_table.py" line="165"/>
        <source>%n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressToolbar</name>
    <message>
        <location filename="../../coach_app/ui/progress_toolbar.py" line="45"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_toolbar.py" line="46"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_toolbar.py" line="53"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_toolbar.py" line="57"/>
        <source>Show or hide the list of series beside the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_toolbar.py" line="58"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_toolbar.py" line="61"/>
        <source>Show every point as a table instead of the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_toolbar.py" line="66"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_toolbar.py" line="68"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_toolbar.py" line="79"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_toolbar.py" line="83"/>
        <source>PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_toolbar.py" line="86"/>
        <source>SVG drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_toolbar.py" line="94"/>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_toolbar.py" line="95"/>
        <source>6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_toolbar.py" line="96"/>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_toolbar.py" line="97"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="60"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="61"/>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="63"/>
        <source>Copies the key; the clipboard is cleared after a minute if it still holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="65"/>
        <source>Save as &amp;text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="66"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="67"/>
        <source>Prints the key with the vault folder and the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="68"/>
        <source>I have stored my recovery key in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="69"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="75"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="79"/>
        <source>If you ever forget your passphrase, this key is the only way back into your notes. It is shown once. Print it or write it down and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="134"/>
        <source>Copied. Paste it into your password manager now: the clipboard is cleared in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="146"/>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="146"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="153"/>
        <source>Could not save the file: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="156"/>
        <source>Saved to {path}. Move it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="161"/>
        <source>Coach Companion recovery key

{key}

This key opens your vault if you forget your passphrase. Keep it safe and private.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="175"/>
        <source>Sent to the printer. Keep the sheet somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/recovery_key_page.py" line="177"/>
        <source>Could not print: the printer did not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="279"/>
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="281"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="286"/>
        <source>Unlock with recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="288"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="290"/>
        <source>Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="294"/>
        <source>Type the recovery key you stored when the vault was created. Spaces, dashes and lower case do not matter. You then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../coach_app/ui/report_action.py" line="58"/>
        <source>Writing the progress report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_action.py" line="59"/>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_action.py" line="100"/>
        <source>The report was not written: the vault was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_action.py" line="106"/>
        <source>coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_action.py" line="107"/>
        <source>{name} progress {date}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_action.py" line="136"/>
        <source>Save progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_action.py" line="138"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_action.py" line="164"/>
        <source>the progress report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../coach_app/ui/restore_action.py" line="51"/>
        <location filename="../../coach_app/ui/restore_action.py" line="168"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/restore_action.py" line="55"/>
        <source>Restore {name}?

The app locks first. The vault&apos;s data is then replaced by the backup&apos;s; what is in the vault now is kept as a verified safety backup. Coachees erased since the backup was made are erased again. Afterwards, unlock as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/restore_action.py" line="63"/>
        <source>Your passphrase (it opens the vault and the backup):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/restore_action.py" line="66"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/restore_action.py" line="70"/>
        <source>Lock and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/restore_action.py" line="169"/>
        <source>Coach Companion backup (*.ccbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/restore_action.py" line="182"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/restore_action.py" line="184"/>
        <location filename="../../coach_app/ui/restore_action.py" line="207"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../../coach_app/ui/search_focus.py" line="102"/>
        <source>&amp;Edit</source>
        <extracomment>The highlight of a found word: a marker yellow, with dark text so it reads in dark mode too.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/search_focus.py" line="103"/>
        <source>Change this session&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/search_focus.py" line="107"/>
        <source>Opened from search: read-only, the found words highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundBox</name>
    <message>
        <location filename="../../coach_app/ui/group_round_box.py" line="52"/>
        <source>— choose who brings the case —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_round_box.py" line="57"/>
        <location filename="../../coach_app/ui/group_round_box.py" line="72"/>
        <source>Case-giver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_round_box.py" line="60"/>
        <source>No rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_round_box.py" line="62"/>
        <source>Confidence in the action (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_round_box.py" line="63"/>
        <source>Remove round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_round_box.py" line="68"/>
        <source>What lands on the case-giver&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_round_box.py" line="74"/>
        <source>Confidence (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_round_box.py" line="90"/>
        <source>Round {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_round_box.py" line="146"/>
        <source>Choose who brought the case: their action, insight and rating follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_round_box.py" line="149"/>
        <source>{name} is not a coachee of this vault: the round stays in the group&apos;s record and nothing lands on anyone&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/group_round_box.py" line="153"/>
        <source>The action becomes an experiment on {name}&apos;s record, the insight an entry of {name}&apos;s learning log, the rating a confidence measurement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../coach_app/ui/search_dialog.py" line="138"/>
        <location filename="../../coach_app/ui/search_dialog.py" line="145"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/search_dialog.py" line="143"/>
        <source>Search notes, experiments, goals and coachees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/search_dialog.py" line="153"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/search_dialog.py" line="170"/>
        <source>Search state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/search_dialog.py" line="177"/>
        <source>↑ ↓ move · Enter opens · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/search_dialog.py" line="194"/>
        <source>Type to search everything in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/search_dialog.py" line="223"/>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/search_dialog.py" line="236"/>
        <source>{results} for {coachees}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/search_dialog.py" line="237"/>
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/search_dialog.py" line="238"/>
        <source>%n coachee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/search_dialog.py" line="241"/>
        <source> (showing the best ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/search_dialog.py" line="245"/>
        <source>No results for “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../coach_app/ui/session_models.py" line="183"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_models.py" line="184"/>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_models.py" line="185"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_models.py" line="186"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/session_models.py" line="192"/>
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_models.py" line="194"/>
        <source>{coachee} ({results})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityCheckDialog</name>
    <message>
        <location filename="../../coach_app/ui/security_check_dialog.py" line="70"/>
        <location filename="../../coach_app/ui/security_check_dialog.py" line="71"/>
        <source>Security check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/security_check_dialog.py" line="74"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/security_check_dialog.py" line="77"/>
        <source>Progress of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/security_check_dialog.py" line="80"/>
        <source>What the check found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/security_check_dialog.py" line="85"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/security_check_dialog.py" line="86"/>
        <source>Copy the whole list (no coachee data is in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/security_check_dialog.py" line="88"/>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/security_check_dialog.py" line="118"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/security_check_dialog.py" line="139"/>
        <source>the security check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/security_check_dialog.py" line="167"/>
        <source>Needs attention: %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/security_check_dialog.py" line="171"/>
        <source>Everything checked is in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/security_check_dialog.py" line="181"/>
        <source>The check could not finish: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/security_check_dialog.py" line="199"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/security_check_dialog.py" line="199"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/security_check_dialog.py" line="206"/>
        <source>{status}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesList</name>
    <message>
        <location filename="../../coach_app/ui/progress_series_list.py" line="65"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_series_list.py" line="67"/>
        <location filename="../../coach_app/ui/progress_series_list.py" line="70"/>
        <source>Reference lines for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_series_list.py" line="72"/>
        <source>The series whose baseline, median, slope and run signals are drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/progress_series_list.py" line="102"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionArea</name>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="300"/>
        <source>Coachee of the open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="301"/>
        <source>← Back to coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="302"/>
        <source>Save and close the session (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/coachee_page.py" line="315"/>
        <source>The session editor is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../coach_app/ui/session_editor.py" line="119"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_editor.py" line="124"/>
        <location filename="../../coach_app/ui/session_editor.py" line="366"/>
        <source>No session is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_editor.py" line="290"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_editor.py" line="301"/>
        <location filename="../../coach_app/ui/session_editor.py" line="345"/>
        <source>Saves as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_editor.py" line="401"/>
        <source>Saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_editor.py" line="405"/>
        <source>Not saved: {reason} — your text is still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_editor.py" line="459"/>
        <source>Your unsaved text was kept while the app was locked and has been saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_editor.py" line="463"/>
        <source>Your unsaved text was kept while the app was locked but could not be saved: {reason} It is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../coach_app/ui/session_form.py" line="106"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_form.py" line="110"/>
        <source>Anything else worth keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_form.py" line="117"/>
        <location filename="../../coach_app/ui/session_form.py" line="121"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_form.py" line="118"/>
        <source>Comma-separated, e.g. delegation, feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_form.py" line="133"/>
        <source>Private reflection (only you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_form.py" line="136"/>
        <source>Your own thoughts: hunches, what you noticed in yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_form.py" line="142"/>
        <source>For your own practice; kept apart from the session notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../coach_app/ui/session_page.py" line="44"/>
        <source>{when} · {minutes} min · {kind} · {template}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_page.py" line="64"/>
        <source>Coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_page.py" line="66"/>
        <source>Session date, duration and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_page.py" line="68"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_page.py" line="71"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_page.py" line="72"/>
        <source>Save and close the session (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSidePanel</name>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="52"/>
        <source>Why this number and not lower?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="53"/>
        <source>What would move it one point up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="111"/>
        <source>Open experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="114"/>
        <source>Confidence today (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="125"/>
        <location filename="../../coach_app/ui/session_side_panel.py" line="150"/>
        <source>Agreed last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="129"/>
        <source>This is the first session with this coachee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="139"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="142"/>
        <source>{when} · {template} · {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="149"/>
        <source>Nothing was written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="172"/>
        <source>No open experiments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="175"/>
        <source>New experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="176"/>
        <source>Agree an experiment; select text first to prefill it (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="193"/>
        <source>Expected: {prediction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="198"/>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="199"/>
        <source>Review experiment: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="210"/>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="213"/>
        <source>A questionnaire or rating, recorded as part of this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="215"/>
        <source>Assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="216"/>
        <source>Add an assessment to this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="238"/>
        <source>Confidence ruler prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="242"/>
        <source>No active goals yet: add one to rate confidence per goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_side_panel.py" line="263"/>
        <source>Confidence for goal: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTimelineModel</name>
    <message>
        <location filename="../../coach_app/ui/models.py" line="268"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="268"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="268"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="285"/>
        <source>(no notes yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="287"/>
        <source>Session on {date}, {template}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/models.py" line="293"/>
        <source>{date} {time}, {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="75"/>
        <location filename="../../coach_app/ui/settings_dialog.py" line="76"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="88"/>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="89"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="90"/>
        <source>&amp;Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="106"/>
        <location filename="../../coach_app/ui/settings_dialog.py" line="130"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="107"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="110"/>
        <source>Lock the vault after this much time without a key or click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="113"/>
        <source>Also lock when the screen locks or the computer sleeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="117"/>
        <source>Where the system says so: Linux desktops and Windows, not macOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="119"/>
        <location filename="../../coach_app/ui/settings_dialog.py" line="158"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="134"/>
        <source>{folder} (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="136"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="142"/>
        <source>Problem with the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="146"/>
        <source>Lock after idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="150"/>
        <location filename="../../coach_app/ui/settings_dialog.py" line="155"/>
        <source>Default template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="151"/>
        <source>Default session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="152"/>
        <location filename="../../coach_app/ui/settings_dialog.py" line="157"/>
        <location filename="../../coach_app/ui/settings_dialog.py" line="190"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="154"/>
        <source>Lock after idle, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="156"/>
        <source>Default session length, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="159"/>
        <source>Lock when the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="185"/>
        <source>Keep the vault&apos;s key in this computer&apos;s keyring; unchecking forgets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="299"/>
        <source>The keyring did not do it: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="302"/>
        <source>The key is remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="307"/>
        <source>Remembering the key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="310"/>
        <source>The remembered key was removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings_dialog.py" line="315"/>
        <source>Forgetting the remembered key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../coach_app/ui/task_progress.py" line="37"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../coach_app/ui/session_template_chooser.py" line="58"/>
        <source>Note template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_template_chooser.py" line="65"/>
        <source>&amp;Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_template_chooser.py" line="67"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_template_chooser.py" line="77"/>
        <source>Choose how to structure the notes. Enter starts, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_template_chooser.py" line="88"/>
        <source>{name}  —  {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/session_template_chooser.py" line="99"/>
        <source>New session with {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="197"/>
        <location filename="../../coach_app/ui/unlock_pages.py" line="217"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="198"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="200"/>
        <source>Checking the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="202"/>
        <source>Why remembering is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="204"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="206"/>
        <source>Use recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="210"/>
        <source>Forgot the passphrase? Unlock with the recovery key and choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="214"/>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="215"/>
        <source>Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_pages.py" line="252"/>
        <source>Keeps the vault&apos;s key in this computer&apos;s keyring so you are not asked at every start. Lock (Ctrl+L) still asks for the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="161"/>
        <source>Unlock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="184"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="190"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="215"/>
        <source>Coach Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="345"/>
        <source>The remembered key was not found; enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="351"/>
        <source>{problem} Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="354"/>
        <source>Unlocking with the key remembered on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="360"/>
        <source>The keyring refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="363"/>
        <source>Could not remember the key on this computer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="368"/>
        <source>The key is remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="377"/>
        <source>Could not forget the remembered key: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="400"/>
        <source>Creating your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="438"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="452"/>
        <source>Recovery key accepted. Now choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="459"/>
        <source>Checking the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="471"/>
        <source>New passphrase set. Your recovery key still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock.py" line="478"/>
        <source>Setting the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="112"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="114"/>
        <source>&amp;New coachee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="117"/>
        <source>&amp;Backup now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="119"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="121"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="124"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="128"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="130"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="135"/>
        <source>&amp;Coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="138"/>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="141"/>
        <source>Add &amp;goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="148"/>
        <source>&amp;Progress report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="154"/>
        <source>Coachee &amp;copy (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="158"/>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="161"/>
        <source>E&amp;rase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="164"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="167"/>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="173"/>
        <source>&amp;Agreed experiment (from the selected text)…	Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="180"/>
        <source>&amp;Print session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="183"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="186"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="189"/>
        <source>&amp;Learning log (everyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="192"/>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="195"/>
        <source>&amp;Hours log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="198"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="200"/>
        <source>&amp;Filter coachees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="203"/>
        <source>&amp;Overdue experiments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="206"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="208"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="211"/>
        <source>&amp;Security check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="221"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="223"/>
        <source>&amp;Whole vault (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="224"/>
        <source>This &amp;coachee (JSON, subject-access)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="225"/>
        <source>This coachee (&amp;PDF, subject-access)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="226"/>
        <source>&amp;Notes as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="232"/>
        <source>&amp;Import (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="246"/>
        <source>Open a session to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="349"/>
        <source>Archive coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="350"/>
        <source>Archive {name}? Nothing is deleted; they move to the Archived list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="361"/>
        <source>{name} archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="382"/>
        <source>Erasing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="390"/>
        <source>Coachee erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="391"/>
        <source>{name} was erased from this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coach_app/ui/window_actions.py" line="395"/>
        <source>%n backup(s) in the vault&apos;s backup folder were cleaned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="401"/>
        <source>Could not clean the backup {name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="409"/>
        <source>Coachee erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="427"/>
        <source>erasing a coachee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="466"/>
        <source>Progress report saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="485"/>
        <source>Experiments cannot be edited in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="496"/>
        <source>Experiments cannot be reviewed in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="515"/>
        <source>Search is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/window_actions.py" line="528"/>
        <source>This build has no overdue list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
