<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="102"/>
        <source>see its file {name}</source>
        <translation>voir son fichier {name}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="118"/>
        <source>not stated in its metadata</source>
        <translation>non indiquée dans ses métadonnées</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="137"/>
        <source>About Coach Companion</source>
        <translation>À propos de Coach Companion</translation>
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
        <translation>Un compagnon chiffré et hors ligne pour les coachs&#xa0;: notes de séance, expérimentations et graphiques de progression honnêtes. Vos notes restent sur cet ordinateur, chiffrées avec votre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="165"/>
        <source>Libraries it includes</source>
        <translation>Bibliothèques incluses</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="170"/>
        <source>Qt is used through PySide6 under the GNU Lesser General Public License, version 3. Each library&apos;s licence as its own package states it:</source>
        <translation>Qt est utilisé via PySide6 sous la GNU Lesser General Public License, version 3. La licence de chaque bibliothèque, telle que son propre paquet l&apos;indique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="179"/>
        <source>General Self-Efficacy Scale</source>
        <translation>Échelle d&apos;auto-efficacité généralisée</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="205"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="205"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="205"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="219"/>
        <source>Libraries and their licences</source>
        <translation>Bibliothèques et leurs licences</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../ui/context.py" line="69"/>
        <source>The vault is locked. Unlock it to go on.</source>
        <translation>Le coffre est verrouillé. Déverrouillez-le pour continuer.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="115"/>
        <source>Score preview</source>
        <translation>Aperçu du score</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="132"/>
        <source>Context: {label}. Shown beside the progress chart, not as the coachee&apos;s own progress.</source>
        <translation>Contexte&#xa0;: {label}. Affiché à côté du graphique de progression, et non comme la progression propre du coaché·e.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="200"/>
        <source>Date taken</source>
        <translation>Date de passation</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="202"/>
        <source>Taken on</source>
        <translation>Passé le</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.py" line="252"/>
        <source>Enter the item wording first.</source>
        <translation>Saisissez d&apos;abord le libellé des items.</translation>
    </message>
</context>
<context>
    <name>AssessmentMenu</name>
    <message>
        <location filename="../../ui/assessment_menu.py" line="32"/>
        <source>&amp;Confidence per goal</source>
        <extracomment>The built-in measures in the order a coach meets them (their menu wording is in ``builtin_choices``).</extracomment>
        <translation>&amp;Confiance par objectif</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="33"/>
        <source>&amp;Goal attainment (GAS)</source>
        <translation>&amp;Atteinte des objectifs (GAS)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="34"/>
        <source>General &amp;self-efficacy (GSE)</source>
        <translation>Auto-efficacité &amp;générale (GSE)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="35"/>
        <source>Psychological &amp;empowerment</source>
        <translation>&amp;Empowerment psychologique</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="36"/>
        <source>&amp;Team psychological safety (context)</source>
        <translation>&amp;Sécurité psychologique de l&apos;équipe (contexte)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="73"/>
        <source>Add a&amp;ssessment</source>
        <translation>Ajouter une é&amp;valuation</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="76"/>
        <source>Add assessment</source>
        <translation>Ajouter une évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="85"/>
        <source>Unlock the vault first</source>
        <translation>Déverrouillez d&apos;abord le coffre</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="94"/>
        <source>{label}…</source>
        <translation>{label}…</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_menu.py" line="99"/>
        <source>No custom metrics yet (File → Settings → Measures)</source>
        <translation>Aucun indicateur personnalisé pour l&apos;instant (Fichier → Paramètres → Mesures)</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <location filename="../../ui/session_autosave.py" line="231"/>
        <source>Not saved yet: the vault is busy with {label}. Your text stays here and is saved as soon as that is done.</source>
        <translation>Pas encore enregistré : le coffre est occupé par {label}. Votre texte reste ici et sera enregistré dès que ce sera terminé.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/window_backups.py" line="35"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="39"/>
        <source>Backup written and verified: {path}</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="42"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="43"/>
        <source>Backup written and verified:
{path}</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="61"/>
        <source>the backup</source>
        <translation>la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="77"/>
        <source>the daily backup</source>
        <translation>la sauvegarde quotidienne</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="84"/>
        <source>Daily backup written and verified: {name}</source>
        <translation>Sauvegarde quotidienne écrite et vérifiée&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="95"/>
        <source>see the log</source>
        <translation>voir le journal</translation>
    </message>
    <message>
        <location filename="../../ui/window_backups.py" line="96"/>
        <source>The daily backup failed: {reason}</source>
        <translation>La sauvegarde quotidienne a échoué&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../ui/brief_view.py" line="62"/>
        <source>Print brief</source>
        <translation>Imprimer la préparation</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="71"/>
        <source>coachee</source>
        <translation>coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="72"/>
        <source>{name} brief {date}.pdf</source>
        <translation>{name} préparation {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="90"/>
        <location filename="../../ui/brief_view.py" line="94"/>
        <source>Pre-session brief</source>
        <translation>Préparation de séance</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="100"/>
        <source>Include my &amp;private reflection</source>
        <translation>Inclure ma réflexion &amp;personnelle</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="102"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="103"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="166"/>
        <source>Reading the brief</source>
        <translation>Lecture de la préparation</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="174"/>
        <source>Pre-session brief: {name}</source>
        <translation>Préparation de séance&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="201"/>
        <source>Save brief as PDF</source>
        <translation>Enregistrer la préparation en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="203"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/brief_view.py" line="223"/>
        <source>the brief</source>
        <translation>la préparation</translation>
    </message>
</context>
<context>
    <name>ClientDetailsBox</name>
    <message>
        <location filename="../../ui/client_details_box.py" line="24"/>
        <source>May be named on hours logs</source>
        <translation>Peut être nommé·e dans le registre des heures</translation>
    </message>
    <message>
        <location filename="../../ui/client_details_box.py" line="26"/>
        <source>Without consent the hours log shows this client as “Confidential client n”.</source>
        <translation>Sans consentement, le registre des heures affiche ce client comme «&#xa0;Client confidentiel n&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/client_details_box.py" line="29"/>
        <source>Paid</source>
        <translation>Payant</translation>
    </message>
    <message>
        <location filename="../../ui/client_details_box.py" line="30"/>
        <source>Pro bono</source>
        <translation>Pro bono</translation>
    </message>
    <message>
        <location filename="../../ui/client_details_box.py" line="31"/>
        <source>Sessions are paid or pro bono by default</source>
        <translation>Séances payantes ou pro bono par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/client_details_box.py" line="35"/>
        <source>Client type</source>
        <translation>Type de client</translation>
    </message>
</context>
<context>
    <name>CoacheeCopyDialog</name>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="40"/>
        <location filename="../../ui/coachee_copy_action.py" line="130"/>
        <source>Coachee copy (PDF)</source>
        <translation>Copie pour le coaché·e (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="44"/>
        <source>A PDF for {name} to keep: their focus, goals, ratings and experiments. Add only what you want them to read:</source>
        <translation>Un PDF que {name} peut conserver&#xa0;: son axe de travail, ses objectifs, ses notes et ses expérimentations. N&apos;ajoutez que ce que vous voulez lui faire lire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="61"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="63"/>
        <source>Print it without saving a file</source>
        <translation>L&apos;imprimer sans enregistrer de fichier</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="65"/>
        <source>Choose where and save…</source>
        <translation>Choisir l&apos;emplacement et enregistrer…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="106"/>
        <source>Print the coachee copy</source>
        <translation>Imprimer la copie pour le coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="107"/>
        <source>Preparing the coachee copy…</source>
        <translation>Préparation de la copie pour le coaché·e…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="113"/>
        <source>Save the coachee copy</source>
        <translation>Enregistrer la copie pour le coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="114"/>
        <source>{name} copy {date}.pdf</source>
        <translation>{name} copie {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="117"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="131"/>
        <source>Writing the coachee copy…</source>
        <translation>Rédaction de la copie pour le coaché·e…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="108"/>
        <location filename="../../ui/coachee_copy_action.py" line="134"/>
        <source>the coachee copy</source>
        <translation>la copie pour le coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="141"/>
        <source>coachee</source>
        <translation>coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="158"/>
        <source>Coachee copy</source>
        <translation>Copie pour le coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_copy_action.py" line="159"/>
        <source>Saved to {out} (NOT encrypted: keep it safe, delete it when done).</source>
        <translation>Enregistré dans {out} (NON chiffré&#xa0;: conservez-le en lieu sûr, supprimez-le ensuite).</translation>
    </message>
</context>
<context>
    <name>CoacheeListModel</name>
    <message>
        <location filename="../../ui/models.py" line="153"/>
        <location filename="../../ui/models.py" line="160"/>
        <source>Coachee</source>
        <translation>Coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="154"/>
        <location filename="../../ui/models.py" line="160"/>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="155"/>
        <source>Open</source>
        <comment>column title: the coachee&apos;s open experiments</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="160"/>
        <source>Open experiments</source>
        <translation>Expérimentations en cours</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="194"/>
        <source>{open} ⚠</source>
        <translation>{open} ⚠</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="198"/>
        <source>no session yet</source>
        <translation>aucune séance pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="200"/>
        <source>{name}, last session {last}, {open}</source>
        <translation>{name}, dernière séance {last}, {open}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models.py" line="203"/>
        <source>%n open experiment(s)</source>
        <translation>
            <numerusform>%n expérimentation en cours</numerusform>
            <numerusform>%n expérimentations en cours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="206"/>
        <source>, {overdue} overdue</source>
        <translation>, {overdue} en retard</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="214"/>
        <source>Status: {status}</source>
        <translation>Statut&#xa0;: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="216"/>
        <source>Tags: {tags}</source>
        <translation>Mots-clés&#xa0;: {tags}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models.py" line="219"/>
        <source>%n overdue experiment(s)</source>
        <translation>
            <numerusform>%n expérimentation a dépassé son échéance</numerusform>
            <numerusform>%n expérimentations ont dépassé leur échéance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoacheeListPanel</name>
    <message>
        <location filename="../../ui/coachee_list.py" line="64"/>
        <source>Filter coachees (Ctrl+F)</source>
        <translation>Filtrer les coaché·es (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="65"/>
        <source>Filter coachees</source>
        <translation>Filtrer les coaché·es</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="68"/>
        <source>Show coachees with status</source>
        <translation>Afficher les coaché·es au statut</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="70"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="71"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="72"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="73"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="74"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="81"/>
        <source>Coachees</source>
        <translation>Coaché·es</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="90"/>
        <source>New coachee…</source>
        <translation>Nouveau coaché·e…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_list.py" line="91"/>
        <source>New coachee</source>
        <translation>Nouveau coaché·e</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coachee_list.py" line="190"/>
        <source>%n coachee(s)</source>
        <translation>
            <numerusform>%n coaché·e</numerusform>
            <numerusform>%n coaché·es</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coachee_list.py" line="192"/>
        <source>{shown} of %n coachee(s)</source>
        <translation>
            <numerusform>{shown} sur %n coaché·e</numerusform>
            <numerusform>{shown} sur %n coaché·es</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoacheePage</name>
    <message>
        <location filename="../../ui/coachee_page.py" line="87"/>
        <source>Coachee name</source>
        <translation>Nom du coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="90"/>
        <source>Start session</source>
        <translation>Commencer la séance</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="93"/>
        <source>Start a session with this coachee: choose a template, in-session mode keeps time (Ctrl+N; Ctrl+Shift+S starts it in in-session mode)</source>
        <translation>Commencer une séance avec ce coaché·e&#xa0;: choisissez un modèle&#xa0;; le mode séance suit le temps (Ctrl+N&#xa0;; Ctrl+Maj+S la commence en mode séance)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="97"/>
        <source>Edit profile…</source>
        <translation>Modifier le profil…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="101"/>
        <source>Sessions, newest first</source>
        <translation>Séances, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="108"/>
        <source>Enter or double-click opens the session</source>
        <translation>Entrée ou double-clic ouvre la séance</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="110"/>
        <source>Experiments</source>
        <translation>Expérimentations</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="118"/>
        <source>Enter or double-click opens the review</source>
        <translation>Entrée ou double-clic ouvre le bilan</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="125"/>
        <source>Agree experiment…</source>
        <translation>Nouvelle expérimentation…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="126"/>
        <source>Review…</source>
        <translation>Bilan…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="135"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="136"/>
        <location filename="../../ui/coachee_page.py" line="137"/>
        <source>Add assessment</source>
        <translation>Ajouter une évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="138"/>
        <source>Progress report (PDF)…</source>
        <translation>Rapport de progression (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="140"/>
        <source>Profile, goals, this chart and the experiments as a PDF (Ctrl+P)</source>
        <translation>Profil, objectifs, ce graphique et les expérimentations en PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="161"/>
        <source>Learning log</source>
        <translation>Journal d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="164"/>
        <source>Coachee tabs</source>
        <translation>Onglets du coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="165"/>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="166"/>
        <source>Sess&amp;ions</source>
        <translation>Séa&amp;nces</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="167"/>
        <source>E&amp;xperiments</source>
        <translation>E&amp;xpérimentations</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="168"/>
        <source>&amp;Progress</source>
        <translation>&amp;Progression</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="169"/>
        <source>&amp;Learning log</source>
        <translation>&amp;Journal d&apos;apprentissage</translation>
    </message>
</context>
<context>
    <name>CoacheeStatus</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="71"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="72"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="73"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="74"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
<context>
    <name>ConfidenceForm</name>
    <message>
        <location filename="../../ui/assessment_forms.py" line="228"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="231"/>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="233"/>
        <source>Confidence: {title}</source>
        <translation>Confiance&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="247"/>
        <source>Give at least one rating.</source>
        <translation>Donnez au moins une note.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assessment_forms.py" line="248"/>
        <source>%n rating(s) to save.</source>
        <translation>
            <numerusform>%n note à enregistrer.</numerusform>
            <numerusform>%n notes à enregistrer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../ui/unlock_pages.py" line="215"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="216"/>
        <location filename="../../ui/unlock_pages.py" line="218"/>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="220"/>
        <source>Create your vault</source>
        <translation>Créez votre coffre</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="224"/>
        <source>Everything you write is encrypted with a key that only this passphrase (or the recovery key you get next) can open. Nobody, including us, can reset it. A few unusual words in a row work well.

Folder: {folder}</source>
        <translation>Tout ce que vous écrivez est chiffré avec une clé que seule cette phrase de passe (ou la clé de récupération que vous recevrez ensuite) peut ouvrir. Personne, pas même nous, ne peut la réinitialiser. Quelques mots inhabituels à la suite font très bien l&apos;affaire.

Dossier&#xa0;: {folder}</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <location filename="../../ui/progress_models.py" line="97"/>
        <source>Coachee</source>
        <translation>Coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="98"/>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="99"/>
        <source>Days since</source>
        <translation>Jours depuis</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="100"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="101"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="102"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="103"/>
        <source>Flags</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="110"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="158"/>
        <source>No confidence ratings yet</source>
        <translation>Aucune note de confiance pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress_models.py" line="160"/>
        <source>Confidence, last %n session(s) (mean of goals): {values}</source>
        <translation>
            <numerusform>Confiance, %n séance récente (moyenne des objectifs)&#xa0;: {values}</numerusform>
            <numerusform>Confiance, %n dernières séances (moyenne des objectifs)&#xa0;: {values}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../ui/dashboard.py" line="191"/>
        <source>Filter by name, organisation or flag…</source>
        <extracomment>Native styles that already draw the platform&apos;s convention (the arrow points up when the smallest value is at the top); Qt&apos;s own styles (Fusion, Windows) draw it the other way.</extracomment>
        <translation>Filtrer par nom, organisation ou signal…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="193"/>
        <source>Filter coachees</source>
        <translation>Filtrer les coaché·es</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="195"/>
        <source>Flagged &amp;only</source>
        <translation>&amp;Signalés uniquement</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="197"/>
        <source>Dashboard summary</source>
        <translation>Résumé du tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="209"/>
        <source>Active coachees</source>
        <translation>Coaché·es actifs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="263"/>
        <source>Loading the dashboard</source>
        <translation>Chargement du tableau de bord</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="312"/>
        <source>%n active coachee(s)</source>
        <translation>
            <numerusform>%n coaché·e actif</numerusform>
            <numerusform>%n coaché·es actifs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="313"/>
        <source>{count} flagged</source>
        <translation>{count} signalés</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="316"/>
        <source>{count} shown</source>
        <translation>{count} affichés</translation>
    </message>
</context>
<context>
    <name>DemoStart</name>
    <message>
        <location filename="../../ui/demo_start.py" line="67"/>
        <source>The demo vault was not finished.</source>
        <translation>Le coffre de démonstration n&apos;a pas été terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/demo_start.py" line="114"/>
        <source>Preparing a demo vault with sample coachees…</source>
        <translation>Préparation d&apos;un coffre de démonstration avec des coaché·es fictifs…</translation>
    </message>
    <message>
        <location filename="../../ui/demo_start.py" line="142"/>
        <source>The demo vault could not be made; the log says why.</source>
        <translation>Le coffre de démonstration n&apos;a pas pu être créé&#xa0;; le journal technique indique pourquoi.</translation>
    </message>
</context>
<context>
    <name>DevelopmentDialog</name>
    <message>
        <location filename="../../ui/development_panel.py" line="49"/>
        <source>Supervision or CPD</source>
        <translation>Supervision ou formation continue</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="67"/>
        <source>Private: what you took from it</source>
        <translation>Privé&#xa0;: ce que vous en avez retiré</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="70"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="71"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="72"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="73"/>
        <source>Supervisor or provider</source>
        <translation>Superviseur ou organisme</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="74"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="75"/>
        <source>Private reflection</source>
        <translation>Réflexion personnelle</translation>
    </message>
</context>
<context>
    <name>DevelopmentPanel</name>
    <message>
        <location filename="../../ui/development_panel.py" line="147"/>
        <source>Add supervision or CPD…</source>
        <translation>Ajouter supervision ou formation…</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="150"/>
        <source>Supervision and CPD per year</source>
        <translation>Supervision et formation continue par an</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="154"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="155"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="156"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="157"/>
        <source>Provider</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="158"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="164"/>
        <source>Supervision and CPD entries</source>
        <translation>Entrées de supervision et de formation continue</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="187"/>
        <source>{year}: {sup} h supervision, {cpd} h CPD</source>
        <translation>{year}&#xa0;: {sup} h de supervision, {cpd} h de formation continue</translation>
    </message>
    <message>
        <location filename="../../ui/development_panel.py" line="192"/>
        <source>No supervision or CPD recorded yet.</source>
        <translation>Aucune supervision ni formation continue enregistrée pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>DraftRestore</name>
    <message>
        <location filename="../../ui/window_drafts.py" line="74"/>
        <source>What was open before the lock could not be reopened: {reason}</source>
        <translation>Ce qui était ouvert avant le verrouillage n&apos;a pas pu être rouvert&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="444"/>
        <location filename="../../ui/coachee_dialogs.py" line="445"/>
        <source>Erase coachee</source>
        <translation>Effacer le coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="448"/>
        <source>This deletes everything about &lt;b&gt;{name}&lt;/b&gt; from this vault: profile, goals, every session note, experiments and measurements. It cannot be undone; older backups still hold them, and the erasure is applied again if one is restored.&lt;br&gt;&lt;br&gt;Type the name to confirm:</source>
        <translation>Cette action supprime de ce coffre tout ce qui concerne &lt;b&gt;{name}&lt;/b&gt;&#xa0;: profil, objectifs, toutes les notes de séance, expérimentations et mesures. Elle est irréversible&#xa0;; les sauvegardes antérieures contiennent encore ces données, et l&apos;effacement est réappliqué si l&apos;une d&apos;elles est restaurée.&lt;br&gt;&lt;br&gt;Saisissez le nom pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="457"/>
        <source>Type the coachee&apos;s name to confirm</source>
        <translation>Saisissez le nom du coaché·e pour confirmer</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="461"/>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>Coach Companion hit an unexpected problem ({kind}). What you typed is saved as you go; if something looks wrong, lock and unlock the vault or restart the app. The details were written to the log (without any note text).</source>
        <translation>Coach Companion a rencontré un problème inattendu ({kind}). Ce que vous saisissez est enregistré au fur et à mesure&#xa0;; si quelque chose semble anormal, verrouillez puis déverrouillez le coffre ou redémarrez l&apos;application. Les détails ont été écrits dans le journal technique (sans aucun texte de notes).</translation>
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
        <translation>Journal technique de la dernière exécution</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="177"/>
        <source>Log text</source>
        <translation>Texte du journal technique</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="195"/>
        <source>The last time, Coach Companion hit a problem.</source>
        <translation>La dernière fois, Coach Companion a rencontré un problème.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="198"/>
        <source>The details were written to {path} (without any note text). You can look at them, or send them along when you report the problem.</source>
        <translation>Les détails ont été écrits dans {path} (sans aucun texte de notes). Vous pouvez les consulter, ou les joindre lorsque vous signalez le problème.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="205"/>
        <source>Show log</source>
        <translation>Afficher le journal</translation>
    </message>
</context>
<context>
    <name>ExperimentDecision</name>
    <message>
        <location filename="../../ui/models.py" line="84"/>
        <source>Adopt</source>
        <translation>Adopter</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="85"/>
        <source>Adapt</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="86"/>
        <source>Abandon</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="91"/>
        <source>Edit experiment</source>
        <translation>Modifier l&apos;expérimentation</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="91"/>
        <source>Agree an experiment</source>
        <translation>Convenir d&apos;une expérimentation</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="98"/>
        <source>A small step to try before the next session. Writing the prediction down makes the review a real comparison.</source>
        <translation>Un petit pas à essayer avant la prochaine séance. Noter la prédiction fait du bilan une vraie comparaison.</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="104"/>
        <source>e.g. Say no to one meeting a week</source>
        <translation>p. ex. Refuser une réunion par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="105"/>
        <source>Experiment title</source>
        <translation>Titre de l&apos;expérimentation</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="107"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="109"/>
        <source>e.g. They will push back at first, then nobody will miss it</source>
        <translation>p. ex. Il y aura d&apos;abord des résistances, puis personne ne la regrettera</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="110"/>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="113"/>
        <source>What exactly will be tried, and when?</source>
        <translation>Qu&apos;est-ce qui sera essayé exactement, et quand&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="113"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="116"/>
        <source>How will you notice it worked?</source>
        <translation>À quoi verrez-vous que cela a fonctionné&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="116"/>
        <source>Success signal</source>
        <translation>Signe de réussite</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="122"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="123"/>
        <source>Due by</source>
        <translation>Échéance le</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="125"/>
        <source>Has a due date</source>
        <translation>A une échéance</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="133"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="138"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="139"/>
        <source>&amp;Goal (optional)</source>
        <translation>&amp;Objectif (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="140"/>
        <source>&amp;Prediction — what do you expect will happen?</source>
        <translation>&amp;Prédiction — que pensez-vous qu&apos;il va se passer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="141"/>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="142"/>
        <source>&amp;Success signal</source>
        <translation>&amp;Signe de réussite</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="277"/>
        <source>No particular goal</source>
        <translation>Aucun objectif particulier</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="284"/>
        <source>{title} ({status})</source>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="293"/>
        <source>achieved</source>
        <translation>atteint</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_dialog.py" line="294"/>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
</context>
<context>
    <name>ExperimentDue</name>
    <message>
        <location filename="../../ui/experiment_common.py" line="40"/>
        <source>no due date</source>
        <translation>pas d&apos;échéance</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/experiment_common.py" line="34"/>
        <source>%n day(s) past due</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/experiment_common.py" line="45"/>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_common.py" line="46"/>
        <source>due {date}</source>
        <translation>échéance le {date}</translation>
    </message>
</context>
<context>
    <name>ExperimentReviewDialog</name>
    <message>
        <location filename="../../ui/experiment_review.py" line="66"/>
        <source>Review: {title}</source>
        <translation>Bilan&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="72"/>
        <source>What happened? What did you learn? Adopt, adapt or abandon?</source>
        <translation>Que s&apos;est-il passé&#xa0;? Qu&apos;avez-vous appris&#xa0;? Adopter, adapter ou abandonner&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="75"/>
        <source>An experiment that did not go as predicted is not a failure: finding that out is what it was for.</source>
        <translation>Une expérimentation qui ne s&apos;est pas déroulée comme prévu n&apos;est pas un échec&#xa0;: c&apos;est précisément ce qu&apos;elle devait permettre de découvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="81"/>
        <source>What happened? Any surprises?</source>
        <translation>Que s&apos;est-il passé&#xa0;? Des surprises&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="81"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="84"/>
        <source>What did you learn, compared with the prediction?</source>
        <translation>Qu&apos;avez-vous appris, par rapport à la prédiction&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="85"/>
        <source>What did you learn</source>
        <translation>Ce que vous avez appris</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="90"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="93"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="96"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="101"/>
        <source>Save review</source>
        <translation>Enregistrer le bilan</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="108"/>
        <source>What &amp;happened?</source>
        <translation>Que s&apos;est-il &amp;passé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="109"/>
        <source>What did you &amp;learn?</source>
        <translation>Qu&apos;avez-vous &amp;appris&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="176"/>
        <source>Adopt — it works; keep doing it</source>
        <translation>Adopter — ça marche&#xa0;; continuer</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="177"/>
        <source>Adapt — change something and try again</source>
        <translation>Adapter — changer quelque chose et réessayer</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="178"/>
        <source>Abandon — let it go; what it taught stays</source>
        <translation>Abandonner — lâcher prise&#xa0;; l&apos;enseignement reste</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="179"/>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="184"/>
        <source>Done — it was tried</source>
        <translation>Réalisée — elle a été essayée</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="185"/>
        <source>Still in progress</source>
        <translation>Toujours en cours</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="186"/>
        <source>Dropped — not tried or stopped, and that is fine to say</source>
        <translation>Abandonnée — pas essayée ou arrêtée, et on peut le dire</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="192"/>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="196"/>
        <source>Goal:</source>
        <translation>Objectif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="197"/>
        <source>Prediction:</source>
        <translation>Prédiction&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="198"/>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="199"/>
        <source>Success signal:</source>
        <translation>Signe de réussite&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="200"/>
        <source>Due:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_review.py" line="227"/>
        <source>{group}: {option}</source>
        <translation>{group}&#xa0;: {option}</translation>
    </message>
</context>
<context>
    <name>ExperimentStatus</name>
    <message>
        <location filename="../../ui/models.py" line="73"/>
        <source>Agreed</source>
        <translation>Convenue</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="74"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="75"/>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="76"/>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>ExperimentTableModel</name>
    <message>
        <location filename="../../ui/models.py" line="330"/>
        <source>Experiment</source>
        <translation>Expérimentation</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="330"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="330"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="330"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="368"/>
        <source>{due} (overdue)</source>
        <translation>{due} (en retard)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="371"/>
        <source>{title}, {status}</source>
        <translation>{title}, {status}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="375"/>
        <source>, due {date}</source>
        <translation>, échéance le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="376"/>
        <source>, overdue</source>
        <translation>, en retard</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="380"/>
        <source>Prediction: {text}</source>
        <translation>Prédiction&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="381"/>
        <source>Action: {text}</source>
        <translation>Action&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="382"/>
        <source>Success signal: {text}</source>
        <translation>Signe de réussite&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="383"/>
        <source>Outcome: {text}</source>
        <translation>Résultat&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="384"/>
        <source>Learning: {text}</source>
        <translation>Apprentissage&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/file_export.py" line="83"/>
        <source>The exported file is NOT encrypted: anyone who can open it can read everything in it. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>Le fichier exporté n&apos;est PAS chiffré&#xa0;: quiconque peut l&apos;ouvrir peut en lire tout le contenu. Conservez-le en lieu sûr et supprimez-le lorsque vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="108"/>
        <source>Export the whole vault</source>
        <translation>Exporter tout le coffre</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="110"/>
        <source>Every coachee with their goals, sessions, experiments and measurements, as one JSON file another vault can import.</source>
        <translation>Tous les coaché·es avec leurs objectifs, séances, expérimentations et mesures, dans un seul fichier JSON qu&apos;un autre coffre peut importer.</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="114"/>
        <source>Export this coachee</source>
        <translation>Exporter ce coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="116"/>
        <source>Everything this vault holds about {name}, as one JSON file (for a subject-access request).</source>
        <translation>Tout ce que ce coffre contient sur {name}, dans un seul fichier JSON (pour une demande de droit d&apos;accès).</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="120"/>
        <source>Export this coachee (PDF)</source>
        <translation>Exporter ce coaché·e (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="122"/>
        <source>Everything this vault holds about {name}, as a readable PDF (for a subject-access request).</source>
        <translation>Tout ce que ce coffre contient sur {name}, dans un PDF lisible (pour une demande de droit d&apos;accès).</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="126"/>
        <source>Export notes as Markdown</source>
        <translation>Exporter les notes en Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="128"/>
        <source>The session notes as Markdown text files, one folder per coachee, in a folder you choose.</source>
        <translation>Les notes de séance sous forme de fichiers texte Markdown, un dossier par coaché·e, dans le dossier de votre choix.</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="134"/>
        <source>One file per session</source>
        <translation>Un fichier par séance</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="135"/>
        <source>Only {name}</source>
        <translation>Seulement {name}</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="136"/>
        <source>Include my private reflections</source>
        <translation>Inclure mes réflexions personnelles</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="142"/>
        <source>Your private reflections are your own thoughts about the sessions. Whether a subject-access request covers them is for you to decide (ask your professional body or a lawyer if unsure). Left unticked, the PDF says they were left out; everything else about {name} is in it.</source>
        <translation>Vos réflexions personnelles sont vos propres pensées sur les séances. C’est à vous de décider si une demande d’accès les couvre (en cas de doute, demandez à votre organisation professionnelle ou à un juriste). Case non cochée, le PDF indique qu’elles ont été laissées de côté ; tout le reste concernant {name} y figure.</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="153"/>
        <source>The file is complete, your private reflections included, so another vault can import it. To give {name} a copy without them, export this coachee as PDF instead.</source>
        <translation>Le fichier est complet, réflexions personnelles comprises, pour qu’un autre coffre puisse l’importer. Pour remettre à {name} une copie sans elles, exportez plutôt ce coaché·e en PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="171"/>
        <source>Choose where and export…</source>
        <translation>Choisir l&apos;emplacement et exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="181"/>
        <source>coachee</source>
        <translation>coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="183"/>
        <source>{name} export {date}.json</source>
        <translation>{name} export {date}.json</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="187"/>
        <source>{name} all data {date}.pdf</source>
        <translation>{name} toutes les données {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="190"/>
        <source>Coaching vault export {date}.json</source>
        <translation>Export du coffre de coaching {date}.json</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="251"/>
        <source>Export into</source>
        <translation>Exporter dans</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="263"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="265"/>
        <source>JSON file (*.json)</source>
        <translation>Fichier JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="305"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="307"/>
        <source>the export</source>
        <translation>l&apos;export</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="314"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/file_export.py" line="315"/>
        <source>Exported to {out} (NOT encrypted: keep it safe, delete it when done).</source>
        <translation>Exporté dans {out} (NON chiffré&#xa0;: conservez-le en lieu sûr, supprimez-le ensuite).</translation>
    </message>
</context>
<context>
    <name>FilePaths</name>
    <message>
        <location filename="../../ui/file_paths.py" line="41"/>
        <source>Not in the vault folder</source>
        <translation>Pas dans le dossier du coffre</translation>
    </message>
    <message>
        <location filename="../../ui/file_paths.py" line="42"/>
        <source>This file is not encrypted: write it outside the vault folder. Nothing was written.</source>
        <translation>Ce fichier n&apos;est pas chiffré&#xa0;: enregistrez-le hors du dossier du coffre. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Problem with the form</source>
        <translation>Problème dans le formulaire</translation>
    </message>
</context>
<context>
    <name>GasForm</name>
    <message>
        <location filename="../../ui/assessment_forms.py" line="63"/>
        <source>−2 much less than expected</source>
        <translation>−2 bien moins qu&apos;attendu</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="64"/>
        <source>−1 less than expected</source>
        <translation>−1 moins qu&apos;attendu</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="65"/>
        <source>0 expected outcome</source>
        <translation>0 résultat attendu</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="66"/>
        <source>+1 more than expected</source>
        <translation>+1 plus qu&apos;attendu</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="67"/>
        <source>+2 much more than expected</source>
        <translation>+2 bien plus qu&apos;attendu</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="279"/>
        <source>0 is the expected outcome; the combined T-score is 50 when every goal is at its expected outcome.</source>
        <translation>0 est le résultat attendu&#xa0;; le score T combiné vaut 50 lorsque chaque objectif est à son résultat attendu.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="289"/>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="294"/>
        <source>Goal attainment: {title}</source>
        <translation>Atteinte de l&apos;objectif&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="297"/>
        <source>{title} (weight {weight})</source>
        <translation>{title} (poids {weight})</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="306"/>
        <source>This coachee has no active goals to rate yet.</source>
        <translation>Ce coaché·e n&apos;a encore aucun objectif actif à noter.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="330"/>
        <source>Choose a level for at least one goal.</source>
        <translation>Choisissez un niveau pour au moins un objectif.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="332"/>
        <source>T-score of the goals rated now: {score} (50 = as expected)</source>
        <translation>Score T des objectifs notés maintenant&#xa0;: {score} (50 = comme attendu)</translation>
    </message>
</context>
<context>
    <name>GoalAttainment</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="81"/>
        <source>much less than expected</source>
        <translation>bien moins qu&apos;attendu</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="82"/>
        <source>somewhat less than expected</source>
        <translation>un peu moins qu&apos;attendu</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="83"/>
        <source>the expected level</source>
        <translation>le niveau attendu</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="84"/>
        <source>somewhat more than expected</source>
        <translation>un peu plus qu&apos;attendu</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="85"/>
        <source>much more than expected</source>
        <translation>bien plus qu&apos;attendu</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="328"/>
        <source>Add goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="330"/>
        <source>Edit goal</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="337"/>
        <source>What the coachee wants to achieve</source>
        <translation>Ce que le coaché·e veut atteindre</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="345"/>
        <source>How much this goal counts in the GAS score: 1 (least) to 4</source>
        <translation>Poids de cet objectif dans le score GAS&#xa0;: de 1 (le moins) à 4</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="347"/>
        <source>Title *</source>
        <translation>Titre *</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="348"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="349"/>
        <source>Weight (1–4)</source>
        <translation>Poids (1–4)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="352"/>
        <source>Goal Attainment Scaling: describe what each level would look like, in observable terms. 0 is the outcome you both expect.</source>
        <translation>Échelle d&apos;atteinte des objectifs (GAS)&#xa0;: décrivez à quoi ressemblerait chaque niveau, en termes observables. 0 est le résultat que vous attendez tous les deux.</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="364"/>
        <source>Level {sign}: {meaning}</source>
        <translation>Niveau {sign}&#xa0;: {meaning}</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="414"/>
        <source>This goal no longer exists.</source>
        <translation>Cet objectif n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../ui/group_dialogs.py" line="43"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="44"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="45"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="46"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
<context>
    <name>GroupSessionDialog</name>
    <message>
        <location filename="../../ui/group_session_editor.py" line="62"/>
        <source>Group session — {name}</source>
        <translation>Séance de groupe — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="75"/>
        <location filename="../../ui/group_session_editor.py" line="95"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="79"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="80"/>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="84"/>
        <location filename="../../ui/group_session_editor.py" line="97"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="96"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="98"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="107"/>
        <source>Add round</source>
        <translation>Ajouter un tour</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="313"/>
        <source>The action became an experiment on {name}&apos;s record.</source>
        <translation>L&apos;action est devenue une expérimentation dans le dossier de {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="319"/>
        <source>The insight went to {name}&apos;s learning log.</source>
        <translation>La prise de conscience a rejoint le journal d&apos;apprentissage de {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/group_session_editor.py" line="323"/>
        <source>The rating became a confidence measurement of {name}.</source>
        <translation>La note est devenue une mesure de confiance de {name}.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../ui/groups_page.py" line="92"/>
        <source>New group…</source>
        <translation>Nouveau groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="95"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="95"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="95"/>
        <location filename="../../ui/groups_page.py" line="149"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="95"/>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="97"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="104"/>
        <source>Double-click a group or press Enter to open its page.</source>
        <translation>Double-cliquez sur un groupe ou appuyez sur Entrée pour ouvrir sa page.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="115"/>
        <source>← All groups</source>
        <translation>← Tous les groupes</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="126"/>
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="128"/>
        <source>Edit group…</source>
        <translation>Modifier le groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="130"/>
        <source>Name, purpose, dates, status; who joins and who leaves</source>
        <translation>Nom, objet, dates, statut&#xa0;; qui arrive et qui part</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="134"/>
        <location filename="../../ui/groups_page.py" line="142"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="134"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="134"/>
        <source>Joined</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="134"/>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="137"/>
        <location filename="../../ui/groups_page.py" line="146"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="137"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="137"/>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="137"/>
        <source>Case-givers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="142"/>
        <source>Cases brought</source>
        <translation>Cas apportés</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="142"/>
        <source>Last case</source>
        <translation>Dernier cas</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="146"/>
        <source>Case-giver</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="146"/>
        <source>Insight</source>
        <translation>Prise de conscience</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="146"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="150"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="151"/>
        <source>Who brought a case when</source>
        <translation>Qui a apporté un cas, et quand</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="152"/>
        <source>The set&apos;s learning log</source>
        <translation>Journal d&apos;apprentissage du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="256"/>
        <source>{name} — {kind}, {status}</source>
        <translation>{name} — {kind}, {status}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="271"/>
        <source>coachee</source>
        <translation>coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="271"/>
        <source>by name only</source>
        <translation>nom seulement</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="287"/>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="304"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="311"/>
        <source>Next to bring a case: {name}</source>
        <translation>Prochain·e à apporter un cas&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="313"/>
        <source>No current members.</source>
        <translation>Aucun membre actuel.</translation>
    </message>
</context>
<context>
    <name>HandoverSetupDialog</name>
    <message>
        <location filename="../../ui/handover.py" line="75"/>
        <source>Hand the laptop over</source>
        <extracomment>What can be handed over: multi-item questionnaires and the check-in (a rating per goal stays with the coach, who knows which goal is meant).</extracomment>
        <translation>Confier l&apos;ordinateur au coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="77"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="81"/>
        <source>Language for the coachee</source>
        <translation>Langue pour le coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="88"/>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="89"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="94"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Confier l&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="101"/>
        <source>The screen will show only this form. Getting back needs your passphrase.</source>
        <translation>L&apos;écran n&apos;affichera que ce formulaire. Pour revenir, il faudra votre phrase de passe.</translation>
    </message>
</context>
<context>
    <name>HandoverWindow</name>
    <message>
        <location filename="../../ui/handover.py" line="330"/>
        <source>Coach&apos;s passphrase</source>
        <translation>Phrase de passe du coach</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="331"/>
        <source>Coach: your passphrase to go back</source>
        <translation>Coach&#xa0;: votre phrase de passe pour revenir</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="336"/>
        <source>Back to the questions</source>
        <translation>Retour aux questions</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="338"/>
        <source>Back to the app</source>
        <translation>Retour à l&apos;application</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="340"/>
        <source>Lock the app</source>
        <translation>Verrouiller l&apos;application</translation>
    </message>
    <message>
        <location filename="../../ui/handover.py" line="385"/>
        <source>That is not the passphrase.</source>
        <translation>Ce n&apos;est pas la phrase de passe.</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../ui/help_overlay.py" line="31"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="32"/>
        <source>Move between fields and lists</source>
        <translation>Passer d&apos;un champ ou d&apos;une liste à l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="35"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="36"/>
        <source>Open the selected coachee (list or dashboard), session or search result</source>
        <translation>Ouvrir le coaché·e sélectionné (liste ou tableau de bord), la séance ou le résultat de recherche</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="42"/>
        <source>Alt+O / I / X / P / L</source>
        <translation>Alt+V / N / X / P / J</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="43"/>
        <source>Coachee tabs: Overview, Sessions, Experiments, Progress, Learning log</source>
        <translation>Onglets du coaché·e&#xa0;: Vue d&apos;ensemble, Séances, Expérimentations, Progression, Journal d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="49"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="50"/>
        <source>Open a button&apos;s menu, e.g. Add assessment</source>
        <translation>Ouvrir le menu d&apos;un bouton, p. ex. Ajouter une évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="53"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="54"/>
        <source>Close a dialog or this overlay; close a session (a live one: Ctrl+Shift+E)</source>
        <translation>Fermer une boîte de dialogue ou cet écran d&apos;aide&#xa0;; fermer une séance (en mode séance&#xa0;: Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="60"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="61"/>
        <source>Save a dialog (also from a multi-line field)</source>
        <translation>Valider une boîte de dialogue (même depuis un champ multiligne)</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="91"/>
        <source>Esc or F1 closes this.</source>
        <translation>Échap ou F1 ferme cette aide.</translation>
    </message>
    <message>
        <location filename="../../ui/help_overlay.py" line="73"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.py" line="43"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="45"/>
        <source>Learning log (everyone)</source>
        <translation>Journal d&apos;apprentissage (tous)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="46"/>
        <source>What every reviewed experiment taught (Ctrl+Shift+L)</source>
        <translation>Ce que chaque expérimentation évaluée a appris (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="49"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="58"/>
        <source>Every active coachee at a glance, longest without a session first. Double-click a row or press Enter to open that coachee.</source>
        <translation>Tous les coaché·es actifs d&apos;un coup d&apos;œil, en commençant par ceux sans séance depuis le plus longtemps. Double-cliquez sur une ligne ou appuyez sur Entrée pour ouvrir ce coaché·e.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="67"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="68"/>
        <source>New coachee…</source>
        <translation>Nouveau coaché·e…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="69"/>
        <source>New coachee</source>
        <translation>Nouveau coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="70"/>
        <source>Add the first person you coach (Ctrl+Shift+N)</source>
        <translation>Ajoutez la première personne que vous accompagnez (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="73"/>
        <source>This vault has no coachees yet. Add the first person you coach: their profile, goals, session notes, agreed experiments and progress all live here, encrypted on this computer.</source>
        <translation>Ce coffre ne contient encore aucun coaché·e. Ajoutez la première personne que vous accompagnez&#xa0;: son profil, ses objectifs, ses notes de séance, les expérimentations convenues et sa progression sont tous conservés ici, chiffrés sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="87"/>
        <source>Welcome to Coach Companion</source>
        <translation>Bienvenue dans Coach Companion</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../ui/hours_page.py" line="89"/>
        <location filename="../../ui/hours_page.py" line="93"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="90"/>
        <source>Untick to count from the first session</source>
        <translation>Décochez pour compter depuis la première séance</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="93"/>
        <location filename="../../ui/hours_page.py" line="111"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="100"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="102"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="104"/>
        <source>Export spreadsheet…</source>
        <translation>Exporter en tableur…</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="126"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="128"/>
        <source>Clients not named</source>
        <translation>Clients non nommés</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="131"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="132"/>
        <location filename="../../ui/hours_page.py" line="160"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="133"/>
        <source>Paid</source>
        <translation>Payant</translation>
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
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="138"/>
        <source>Hours per period</source>
        <translation>Heures par période</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="140"/>
        <source>Per year</source>
        <translation>Par an</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="141"/>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="142"/>
        <source>Totals per year or per month</source>
        <translation>Totaux par an ou par mois</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="146"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="147"/>
        <source>Individual/Group</source>
        <translation>Individuel/Groupe</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="148"/>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="149"/>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="150"/>
        <location filename="../../ui/hours_page.py" line="161"/>
        <source>Paid hours</source>
        <translation>Heures payantes</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="151"/>
        <source>Pro bono hours</source>
        <translation>Heures pro bono</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="155"/>
        <source>Hours per client</source>
        <translation>Heures par client</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="159"/>
        <source>Credential</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="162"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="163"/>
        <source>Recent hours</source>
        <translation>Heures récentes</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="164"/>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="167"/>
        <source>Progress towards credentials</source>
        <translation>Progression vers les certifications</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="169"/>
        <source>Where the requirements come from</source>
        <translation>Origine des exigences</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="231"/>
        <source>{total} hours: {paid} paid, {pro_bono} pro bono; {group} in groups; {internal} with internal clients; {clients}.</source>
        <translation>{total} heures&#xa0;: {paid} payantes, {pro_bono} pro bono&#xa0;; {group} en groupe&#xa0;; {internal} avec des clients internes&#xa0;; {clients}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hours_page.py" line="239"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hours_page.py" line="246"/>
        <source>{hours} hours with %n client(s) who did not consent to be named: they appear as “Confidential client” on the log.</source>
        <translation>
            <numerusform>{hours} heures avec %n client qui n&apos;a pas consenti à être nommé&#xa0;: il figure comme «&#xa0;Client confidentiel&#xa0;» dans le registre.</numerusform>
            <numerusform>{hours} heures avec %n clients qui n&apos;ont pas consenti à être nommés&#xa0;: ils figurent comme «&#xa0;Client confidentiel&#xa0;» dans le registre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="255"/>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="255"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="286"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="286"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="297"/>
        <source>{body}: figures from {source} as of {date}. Check the current requirements before you apply.</source>
        <translation>{body}&#xa0;: chiffres issus de {source} au {date}. Vérifiez les exigences en vigueur avant de déposer votre candidature.</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="338"/>
        <source>Export hours log</source>
        <translation>Exporter le registre des heures</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="340"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="340"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Tableur (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/hours_page.py" line="353"/>
        <source>Hours log written: {path}</source>
        <translation>Registre des heures écrit&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/file_import.py" line="97"/>
        <location filename="../../ui/file_import.py" line="166"/>
        <source>Import from a JSON export</source>
        <translation>Importer depuis un export JSON</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="99"/>
        <source>File: {name}</source>
        <translation>Fichier&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="102"/>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="109"/>
        <source>Everything in the file is imported, or nothing is: if any part of it cannot be imported, the vault stays exactly as it is.</source>
        <translation>Tout le contenu du fichier est importé, ou rien ne l&apos;est&#xa0;: si une partie ne peut pas être importée, le coffre reste exactement tel qu&apos;il est.</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="117"/>
        <location filename="../../ui/file_import.py" line="216"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="139"/>
        <source>%n coachee(s)</source>
        <translation>
            <numerusform>%n coaché·e</numerusform>
            <numerusform>%n coaché·es</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="140"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="141"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="142"/>
        <source>%n experiment(s)</source>
        <translation>
            <numerusform>%n expérimentation</numerusform>
            <numerusform>%n expérimentations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="143"/>
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform>
            <numerusform>%n mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_import.py" line="146"/>
        <location filename="../../ui/file_import.py" line="212"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="147"/>
        <source>This file adds: {parts}.</source>
        <translation>Ce fichier ajoute&#xa0;: {parts}.</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="167"/>
        <source>JSON file (*.json)</source>
        <translation>Fichier JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="186"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="192"/>
        <source>the import</source>
        <translation>l&apos;import</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="217"/>
        <source>Imported {summary}.</source>
        <translation>Importé&#xa0;: {summary}.</translation>
    </message>
</context>
<context>
    <name>ItemWordingDialog</name>
    <message>
        <location filename="../../ui/assessment_wording.py" line="121"/>
        <source>{name}: item wording</source>
        <translation>{name}&#xa0;: libellé des items</translation>
    </message>
</context>
<context>
    <name>ItemWordingForm</name>
    <message>
        <location filename="../../ui/assessment_wording.py" line="47"/>
        <source>{name} ships without its item wording. Enter the wording of each item once for this vault (from your licensed copy of the questionnaire); it is stored encrypted with your notes and used for every coachee.</source>
        <translation>{name} est fourni sans le libellé de ses items. Saisissez une fois pour ce coffre le libellé de chaque item (d&apos;après votre exemplaire sous licence du questionnaire)&#xa0;; il est conservé chiffré avec vos notes et utilisé pour tous les coaché·es.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_wording.py" line="54"/>
        <source>Licence: {licence}
Source: {source}</source>
        <translation>Licence&#xa0;: {licence}
Source&#xa0;: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_wording.py" line="67"/>
        <source>Wording of item {number}</source>
        <translation>Libellé de l&apos;item {number}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_wording.py" line="72"/>
        <source>Save wording</source>
        <translation>Enregistrer le libellé</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_wording.py" line="83"/>
        <source>Item {number}</source>
        <translation>Item {number}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_wording.py" line="87"/>
        <source> (scored reversed)</source>
        <translation> (score inversé)</translation>
    </message>
</context>
<context>
    <name>KeyringText</name>
    <message>
        <location filename="../../ui/keyring_text.py" line="25"/>
        <source>the system keyring did not answer.</source>
        <translation>le trousseau du système n&apos;a pas répondu.</translation>
    </message>
    <message>
        <location filename="../../ui/keyring_text.py" line="28"/>
        <source>Remembering the key is not available here: {reason}</source>
        <translation>La mémorisation de la clé n&apos;est pas disponible ici&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../ui/launch.py" line="190"/>
        <source>cannot use the folder {folder}: {reason}</source>
        <translation>impossible d&apos;utiliser le dossier {folder}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>LearningLogModel</name>
    <message>
        <location filename="../../ui/progress_models.py" line="234"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="235"/>
        <source>Coachee</source>
        <translation>Coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="236"/>
        <source>Experiment</source>
        <translation>Expérimentation</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="237"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="238"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="239"/>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="249"/>
        <source>Not decided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="280"/>
        <source>Goal: {goal}</source>
        <translation>Objectif&#xa0;: {goal}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="285"/>
        <source>Prediction: {text}</source>
        <translation>Prédiction&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="286"/>
        <source>Outcome: {text}</source>
        <translation>Résultat&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="287"/>
        <source>Learning: {text}</source>
        <translation>Apprentissage&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="290"/>
        <source>not decided yet</source>
        <translation>pas encore décidé</translation>
    </message>
    <message>
        <location filename="../../ui/progress_models.py" line="294"/>
        <source>Decision: {decision}</source>
        <translation>Décision&#xa0;: {decision}</translation>
    </message>
</context>
<context>
    <name>LearningLogPage</name>
    <message>
        <location filename="../../ui/home_page.py" line="122"/>
        <source>Learning log of everyone</source>
        <translation>Journal d&apos;apprentissage de tous</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="125"/>
        <source>Learning log — everyone</source>
        <translation>Journal d&apos;apprentissage — tous</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="129"/>
        <source>What every reviewed experiment taught, newest first. A coachee&apos;s own Learning log tab also filters by goal.</source>
        <translation>Ce que chaque expérimentation évaluée a appris, les plus récentes d&apos;abord. L&apos;onglet Journal d&apos;apprentissage d&apos;un coaché·e permet aussi de filtrer par objectif.</translation>
    </message>
</context>
<context>
    <name>LearningLogWidget</name>
    <message>
        <location filename="../../ui/learning_log.py" line="53"/>
        <source>All decisions</source>
        <extracomment>The widest the Experiment and Goal columns grow on their own, in widths of &quot;M&quot;.</extracomment>
        <translation>Toutes les décisions</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="57"/>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="83"/>
        <source>Filter by decision</source>
        <translation>Filtrer par décision</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="85"/>
        <source>Filter by goal</source>
        <translation>Filtrer par objectif</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="95"/>
        <source>Learning log</source>
        <translation>Journal d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="108"/>
        <source>Select an experiment to read its whole learning loop.</source>
        <translation>Sélectionnez une expérimentation pour lire toute sa boucle d&apos;apprentissage.</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="110"/>
        <source>Experiment details</source>
        <translation>Détails de l&apos;expérimentation</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="113"/>
        <source>Decision:</source>
        <translation>Décision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="115"/>
        <source>Goal:</source>
        <translation>Objectif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="201"/>
        <source>Loading the learning log</source>
        <translation>Chargement du journal d&apos;apprentissage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/learning_log.py" line="218"/>
        <source>%n learning(s)</source>
        <translation>
            <numerusform>%n apprentissage</numerusform>
            <numerusform>%n apprentissages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/learning_log.py" line="240"/>
        <source>All goals</source>
        <translation>Tous les objectifs</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Finishing {label}…</source>
        <translation>Finalisation&#xa0;: {label}…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Locked. Enter your passphrase to go on.</source>
        <translation>Verrouillé. Saisissez votre phrase de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>Unsaved notes</source>
        <translation>Notes non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>The last changes to this session could not be saved (the reason is shown in the editor). Quit anyway and lose them?</source>
        <translation>Les dernières modifications de cette séance n&apos;ont pas pu être enregistrées (la raison est indiquée dans l&apos;éditeur). Quitter quand même et les perdre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="64"/>
        <source>Coach Companion</source>
        <translation>Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="69"/>
        <source>{app} — demo vault — passphrase: {passphrase}</source>
        <translation>{app} — coffre de démonstration — phrase de passe&#xa0;: {passphrase}</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="72"/>
        <source> demo vault — passphrase: {passphrase} </source>
        <translation> coffre de démonstration — phrase de passe&#xa0;: {passphrase} </translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="85"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="88"/>
        <source>Vault: {folder}</source>
        <translation>Coffre&#xa0;: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="91"/>
        <source>Vault folder</source>
        <translation>Dossier du coffre</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="92"/>
        <source> demo </source>
        <translation> démo </translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="93"/>
        <source>Demo vault</source>
        <translation>Coffre de démonstration</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <location filename="../../ui/settings_measures.py" line="59"/>
        <source>Psychological empowerment (12 items)</source>
        <translation>Empowerment psychologique (12 items)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="63"/>
        <source>Team psychological safety (7 items)</source>
        <translation>Sécurité psychologique de l&apos;équipe (7 items)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="71"/>
        <source>General self-efficacy (GSE)</source>
        <translation>Auto-efficacité générale (GSE)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="72"/>
        <source>Team psychological safety</source>
        <translation>Sécurité psychologique de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="128"/>
        <source>Problem with the measures</source>
        <translation>Problème dans les mesures</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="139"/>
        <location filename="../../ui/settings_measures.py" line="141"/>
        <source>Custom metrics</source>
        <translation>Indicateurs personnalisés</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="142"/>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="142"/>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="142"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="148"/>
        <source>Metric name</source>
        <translation>Nom de l&apos;indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="149"/>
        <source>e.g. Energy at work</source>
        <translation>p. ex. Énergie au travail</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="154"/>
        <source>Lowest value of the metric</source>
        <translation>Valeur la plus basse de l&apos;indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="155"/>
        <source>Highest value of the metric</source>
        <translation>Valeur la plus haute de l&apos;indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="162"/>
        <source>Metric key</source>
        <translation>Clé de l&apos;indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="163"/>
        <source>Add metric</source>
        <translation>Ajouter l&apos;indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="164"/>
        <source>Update selected</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="165"/>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="167"/>
        <source>Values already recorded stay in the vault and on the charts.</source>
        <translation>Les valeurs déjà enregistrées restent dans le coffre et sur les graphiques.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="181"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="183"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="185"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="196"/>
        <source>Your own single ratings (e.g. energy 1–10), offered under Add assessment and charted with the other measures.</source>
        <translation>Vos propres notes uniques (p. ex. énergie 1–10), proposées sous Ajouter une évaluation et tracées avec les autres mesures.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="209"/>
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="249"/>
        <source>New key: {key}</source>
        <translation>Nouvelle clé&#xa0;: {key}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="273"/>
        <source>A metric with the key {key} exists already; choose another name or select it and press Update.</source>
        <translation>Un indicateur avec la clé {key} existe déjà&#xa0;; choisissez un autre nom, ou sélectionnez-le et cliquez sur Mettre à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="305"/>
        <source>Questionnaire wording</source>
        <translation>Libellé des questionnaires</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="310"/>
        <source>These questionnaires ship without their item text: enter it once from your licensed copy. It is saved when you press “Save wording”.</source>
        <translation>Ces questionnaires sont fournis sans le texte de leurs items&#xa0;: saisissez-le une fois d&apos;après votre exemplaire sous licence. Il est enregistré lorsque vous cliquez sur «&#xa0;Enregistrer le libellé&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="323"/>
        <source>Edit wording…</source>
        <translation>Modifier le libellé…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="325"/>
        <source>Edit the wording of {name}</source>
        <translation>Modifier le libellé de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="340"/>
        <source>entered</source>
        <translation>saisi</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="340"/>
        <source>not entered yet</source>
        <translation>pas encore saisi</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="355"/>
        <source>Reference values (measurement-error band)</source>
        <translation>Valeurs de référence (bande d&apos;erreur de mesure)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="359"/>
        <source>A shaded “within measurement error” band appears on a chart only for a scale whose SD and reliability you enter here from a published source; leave a row empty and no band is drawn.</source>
        <translation>Une bande ombrée «&#xa0;dans l&apos;erreur de mesure&#xa0;» n&apos;apparaît sur un graphique que pour une échelle dont vous saisissez ici l&apos;écart-type et la fidélité d&apos;après une source publiée&#xa0;; laissez une ligne vide et aucune bande n&apos;est tracée.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="366"/>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="367"/>
        <source>SD</source>
        <translation>É.-T.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="368"/>
        <source>Reliability</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="369"/>
        <source>Published source</source>
        <translation>Source publiée</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="380"/>
        <source>Author (year), table or page</source>
        <translation>Auteur (année), tableau ou page</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="382"/>
        <source>SD of {name}</source>
        <translation>Écart-type de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="383"/>
        <source>Reliability of {name}</source>
        <translation>Fidélité de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="384"/>
        <source>Published source of {name}</source>
        <translation>Source publiée de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="413"/>
        <source>Enter the SD of {name}, or clear its row.</source>
        <translation>Saisissez l&apos;écart-type de {name}, ou videz sa ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="418"/>
        <source>Enter the reliability of {name}, or clear its row.</source>
        <translation>Saisissez la fidélité de {name}, ou videz sa ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_measures.py" line="426"/>
        <source>Name the published source of the reference values for {name}; without it no band is drawn.</source>
        <translation>Indiquez la source publiée des valeurs de référence de {name}&#xa0;; sans elle, aucune bande n&apos;est tracée.</translation>
    </message>
</context>
<context>
    <name>MultiItemForm</name>
    <message>
        <location filename="../../ui/assessment_forms.py" line="103"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="117"/>
        <source>(R) = scored reversed; enter the answer as given.</source>
        <translation>(R) = score inversé&#xa0;; saisissez la réponse telle qu&apos;elle a été donnée.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="125"/>
        <source>Item {number}</source>
        <translation>Item {number}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="131"/>
        <source>Item {number}: no answer</source>
        <translation>Item {number}&#xa0;: pas de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="139"/>
        <source>Item {number}: {value} ({anchor})</source>
        <translation>Item {number}&#xa0;: {value} ({anchor})</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="143"/>
        <source>Item {number}: {value}</source>
        <translation>Item {number}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="177"/>
        <source>Choose an answer for each statement the coachee answered.</source>
        <translation>Choisissez une réponse pour chaque affirmation à laquelle le coaché·e a répondu.</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="186"/>
        <source>Subscale means: {means}</source>
        <translation>Moyennes des sous-échelles&#xa0;: {means}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="188"/>
        <source>Score: {value} (sum)</source>
        <translation>Score&#xa0;: {value} (somme)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="190"/>
        <source>Score: {value} (mean)</source>
        <translation>Score&#xa0;: {value} (moyenne)</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_forms.py" line="192"/>
        <source> — from {answered} of {total} answers</source>
        <translation> — sur {answered} réponses parmi {total}</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../../ui/group_dialogs.py" line="70"/>
        <source>New group</source>
        <extracomment>Where a list item keeps the member id of someone already in the group (None for a coachee who is not a member yet); Qt.ItemDataRole.UserRole keeps the coachee id.</extracomment>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="70"/>
        <source>Edit group</source>
        <translation>Modifier le groupe</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="77"/>
        <source>e.g. Leaders&apos; action-learning set</source>
        <translation>p. ex. Groupe d&apos;apprentissage-action des managers</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="93"/>
        <source>People you do not coach individually, one a line</source>
        <translation>Personnes que vous n&apos;accompagnez pas individuellement, une par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="94"/>
        <location filename="../../ui/group_dialogs.py" line="144"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="96"/>
        <location filename="../../ui/group_dialogs.py" line="145"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="101"/>
        <location filename="../../ui/group_dialogs.py" line="103"/>
        <location filename="../../ui/group_dialogs.py" line="143"/>
        <source>Members join or leave on</source>
        <translation>Arrivées ou départs le</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="106"/>
        <location filename="../../ui/group_dialogs.py" line="130"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="131"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="138"/>
        <source>Untick a member who leaves; tick a coachee who joins. Someone who took part in a session keeps their place in the record with a leaving date.</source>
        <translation>Décochez un membre qui part&#xa0;; cochez un coaché·e qui arrive. Une personne qui a participé à une séance garde sa place dans le dossier, avec une date de départ.</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="142"/>
        <source>New members you do not coach, one a line</source>
        <translation>Nouveaux membres que vous ne coachez pas, un par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="154"/>
        <source>{name} (left {date})</source>
        <translation>{name} (parti·e le {date})</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="108"/>
        <location filename="../../ui/group_dialogs.py" line="132"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="109"/>
        <location filename="../../ui/group_dialogs.py" line="133"/>
        <source>Members (coachees)</source>
        <translation>Membres (coaché·es)</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="110"/>
        <location filename="../../ui/group_dialogs.py" line="134"/>
        <source>Members by name</source>
        <translation>Membres par nom</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="111"/>
        <location filename="../../ui/group_dialogs.py" line="146"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/group_dialogs.py" line="107"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>NewPassphrasePage</name>
    <message>
        <location filename="../../ui/unlock_pages.py" line="390"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="391"/>
        <source>Set new passphrase</source>
        <translation>Définir la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="394"/>
        <source>Choose a new passphrase</source>
        <translation>Choisissez une nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="398"/>
        <source>The recovery key opened your vault. Choose a new passphrase now; your recovery key stays valid.</source>
        <translation>La clé de récupération a ouvert votre coffre. Choisissez maintenant une nouvelle phrase de passe&#xa0;; votre clé de récupération reste valable.</translation>
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
        <translation>Valeur&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/ops.py" line="89"/>
        <source>Stopped: {label}.</source>
        <translation>Arrêté&#xa0;: {label}.</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="222"/>
        <source>Not saved yet: the vault is busy with {label}. Nothing is lost; try again when it is done.</source>
        <translation>Pas encore enregistré : le coffre est occupé par {label}. Rien n&apos;est perdu ; réessayez quand ce sera terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="388"/>
        <source>The vault is being locked.</source>
        <translation>Le coffre est en cours de verrouillage.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="95"/>
        <source>{label} is set</source>
        <translation>{label} renseigné</translation>
    </message>
</context>
<context>
    <name>OverdueExperimentsDialog</name>
    <message>
        <location filename="../../ui/experiment_overdue.py" line="37"/>
        <location filename="../../ui/experiment_overdue.py" line="49"/>
        <source>Overdue experiments</source>
        <translation>Expérimentations en retard</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_overdue.py" line="42"/>
        <source>Open experiments past their due date: a reminder to ask how they went. Press Enter to open the coachee.</source>
        <translation>Expérimentations en cours dont l&apos;échéance est passée&#xa0;: un rappel pour demander comment elles se sont déroulées. Appuyez sur Entrée pour ouvrir le coaché·e.</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_overdue.py" line="63"/>
        <source>Nothing is overdue.</source>
        <translation>Rien n&apos;est en retard.</translation>
    </message>
    <message>
        <location filename="../../ui/experiment_overdue.py" line="68"/>
        <source>&amp;Open coachee</source>
        <translation>&amp;Ouvrir le coaché·e</translation>
    </message>
</context>
<context>
    <name>OverdueExperimentsModel</name>
    <message>
        <location filename="../../ui/session_models.py" line="236"/>
        <source>Coachee</source>
        <translation>Coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="236"/>
        <source>Experiment</source>
        <translation>Expérimentation</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="236"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="236"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="265"/>
        <source>Prediction: {prediction}</source>
        <translation>Prédiction&#xa0;: {prediction}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session_models.py" line="282"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/coachee_overview.py" line="80"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="88"/>
        <location filename="../../ui/coachee_overview.py" line="89"/>
        <source>Add assessment</source>
        <translation>Ajouter une évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="90"/>
        <source>Record a rating or questionnaire for this coachee</source>
        <translation>Enregistrer une note ou un questionnaire pour ce coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="94"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="95"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="96"/>
        <source>Open experiments</source>
        <translation>Expérimentations en cours</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="97"/>
        <source>Latest ratings</source>
        <translation>Dernières notes</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="139"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="140"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="141"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="142"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="143"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="144"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="145"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="146"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="147"/>
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="164"/>
        <source>&lt;p&gt;No goals yet. &lt;a href=&apos;add-goal&apos;&gt;Add a goal&lt;/a&gt; (Coachee → Add goal).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun objectif pour l&apos;instant. &lt;a href=&apos;add-goal&apos;&gt;Ajouter un objectif&lt;/a&gt; (Coaché·e → Ajouter un objectif).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="169"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="173"/>
        <source>weight {weight}</source>
        <translation>poids {weight}</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="204"/>
        <source> — due {date}</source>
        <translation> — échéance le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_overview.py" line="206"/>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
</context>
<context>
    <name>PageNavigation</name>
    <message>
        <location filename="../../ui/window_navigation.py" line="117"/>
        <source>The session editor is not part of this build.</source>
        <translation>L&apos;éditeur de séance ne fait pas partie de cette version.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="54"/>
        <location filename="../../ui/passphrase_dialog.py" line="77"/>
        <source>Change passphrase</source>
        <translation>Changer de phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="55"/>
        <location filename="../../ui/passphrase_dialog.py" line="97"/>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="56"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="59"/>
        <source>Also replace the encryption key (for a passphrase that may have leaked; takes longer)</source>
        <translation>Remplacer aussi la clé de chiffrement (si la phrase de passe a pu fuiter&#xa0;; plus long)</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="65"/>
        <source>The whole vault is rewritten under a new key and you get a new recovery key; the old passphrase and the old recovery key no longer open it. Backups made before this change keep the old key: they still open with the old passphrase and the old recovery key, so delete them if the old passphrase leaked.</source>
        <translation>Tout le coffre est réécrit avec une nouvelle clé et vous recevez une nouvelle clé de récupération&#xa0;; l&apos;ancienne phrase de passe et l&apos;ancienne clé de récupération ne l&apos;ouvrent plus. Les sauvegardes faites avant ce changement gardent l&apos;ancienne clé&#xa0;: elles s&apos;ouvrent toujours avec l&apos;ancienne phrase de passe et l&apos;ancienne clé de récupération, supprimez-les donc si l&apos;ancienne phrase de passe a fuité.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="75"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="87"/>
        <source>Change your passphrase</source>
        <translation>Changez votre phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="91"/>
        <source>Your notes stay as they are. The recovery key stays the same unless you also replace the encryption key.</source>
        <translation>Vos notes restent telles quelles. La clé de récupération reste la même, sauf si vous remplacez aussi la clé de chiffrement.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="152"/>
        <source>Other work is still running (a backup or a report). Try again shortly.</source>
        <translation>Une autre tâche est encore en cours (une sauvegarde ou un rapport). Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="165"/>
        <source>re-encrypting the vault</source>
        <translation>rechiffrement du coffre</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="165"/>
        <source>changing the passphrase</source>
        <translation>changement de la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="210"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Ce n&apos;est pas la phrase de passe actuelle. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="228"/>
        <source>Remembering the new key on this computer</source>
        <translation>Mémorisation de la nouvelle clé sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../../ui/unlock_pages.py" line="142"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="144"/>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="151"/>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="153"/>
        <source>Passphrase strength hint</source>
        <translation>Conseil sur la robustesse de la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="155"/>
        <source>Whether the passphrases match</source>
        <translation>Concordance des phrases de passe</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="156"/>
        <source>Show what I type</source>
        <translation>Afficher la saisie</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="164"/>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="182"/>
        <source>Strength: {verdict}.</source>
        <translation>Robustesse&#xa0;: {verdict}.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="187"/>
        <source>The passphrases match.</source>
        <translation>Les phrases de passe concordent.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="189"/>
        <source>The passphrases do not match yet.</source>
        <translation>Les phrases de passe ne concordent pas encore.</translation>
    </message>
</context>
<context>
    <name>PointTableModel</name>
    <message>
        <location filename="../../ui/progress_table.py" line="96"/>
        <source>Panel</source>
        <translation>Panneau</translation>
    </message>
    <message>
        <location filename="../../ui/progress_table.py" line="97"/>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location filename="../../ui/progress_table.py" line="98"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/progress_table.py" line="99"/>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <translation>Impossible d&apos;ouvrir l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>PrintSession</name>
    <message>
        <location filename="../../ui/print_action.py" line="32"/>
        <source>Print session</source>
        <translation>Imprimer la séance</translation>
    </message>
    <message>
        <location filename="../../ui/print_action.py" line="62"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="179"/>
        <source>New coachee</source>
        <translation>Nouveau coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="181"/>
        <source>Edit profile — {name}</source>
        <translation>Modifier le profil — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="189"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="194"/>
        <source>name@example.org</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="196"/>
        <location filename="../../ui/coachee_dialogs.py" line="217"/>
        <source>Started on</source>
        <translation>Début le</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="202"/>
        <source>What the coaching is about, in the coachee&apos;s words</source>
        <translation>L&apos;objet du coaching, avec les mots du coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="206"/>
        <source>Comma-separated, e.g. leadership, new role</source>
        <translation>Séparés par des virgules, p. ex. leadership, nouvelle fonction</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="207"/>
        <location filename="../../ui/coachee_dialogs.py" line="221"/>
        <source>Consent recorded on</source>
        <translation>Consentement enregistré le</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="211"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="212"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="213"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="214"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="215"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="216"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="218"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="219"/>
        <source>Focus</source>
        <translation>Axe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="220"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_dialogs.py" line="222"/>
        <source>Hours log</source>
        <translation>Registre des heures</translation>
    </message>
</context>
<context>
    <name>ProgressChartWidget</name>
    <message>
        <location filename="../../ui/progress_canvas.py" line="25"/>
        <source>adopt</source>
        <translation>adopter</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="26"/>
        <source>adapt</source>
        <translation>adapter</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="27"/>
        <source>abandon</source>
        <translation>abandonner</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="29"/>
        <source>not decided yet</source>
        <translation>pas encore décidé</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="32"/>
        <source>— (not reviewed yet)</source>
        <translation>— (bilan pas encore fait)</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="36"/>
        <source>{title} (agreed {date})</source>
        <translation>{title} (convenue le {date})</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="39"/>
        <source>Prediction: {text}</source>
        <translation>Prédiction&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="42"/>
        <source>Learning: {text}</source>
        <translation>Apprentissage&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_canvas.py" line="43"/>
        <source>Decision: {decision}</source>
        <translation>Décision&#xa0;: {decision}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="139"/>
        <source>Experiment details</source>
        <extracomment>What one coachee&apos;s chart shows: a change of these for that coachee makes it out of date.</extracomment>
        <translation>Détails de l&apos;expérimentation</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="177"/>
        <source>Progress chart</source>
        <translation>Graphique de progression</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="230"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="235"/>
        <source>Loading the progress chart</source>
        <translation>Chargement du graphique de progression</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="317"/>
        <source>Choose a coachee to see their progress.</source>
        <translation>Choisissez un coaché·e pour voir sa progression.</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="460"/>
        <source>No measurements yet.</source>
        <translation>Aucune mesure pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress_chart.py" line="463"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress_chart.py" line="464"/>
        <source>%n experiment(s)</source>
        <translation>
            <numerusform>%n expérimentation</numerusform>
            <numerusform>%n expérimentations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="469"/>
        <source>not drawn (too many goals for one chart): {names}</source>
        <translation>non tracés (trop d&apos;objectifs pour un seul graphique)&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="471"/>
        <source>point at an experiment marker to read its prediction and learning</source>
        <translation>pointez un repère d&apos;expérimentation pour lire sa prédiction et son apprentissage</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="512"/>
        <source>{name} progress</source>
        <translation>Progression de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="514"/>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="514"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="516"/>
        <source>Export chart as SVG</source>
        <translation>Exporter le graphique en SVG</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="516"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/progress_chart.py" line="528"/>
        <source>Chart saved to {path}</source>
        <translation>Graphique enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>ProgressTable</name>
    <message>
        <location filename="../../ui/progress_table.py" line="132"/>
        <source>Progress data table</source>
        <translation>Tableau des données de progression</translation>
    </message>
    <message>
        <location filename="../../ui/progress_table.py" line="143"/>
        <source>Copy as CSV</source>
        <translation>Copier en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/progress_table.py" line="146"/>
        <source>Copy every row; the clipboard is cleared again after a minute</source>
        <translation>Copier toutes les lignes&#xa0;; le presse-papiers est vidé au bout d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress_table.py" line="165"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressToolbar</name>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="89"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="90"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="99"/>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="103"/>
        <source>Show or hide the list of series beside the chart</source>
        <translation>Afficher ou masquer la liste des séries à côté du graphique</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="104"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="107"/>
        <source>Show every point as a table instead of the chart</source>
        <translation>Afficher tous les points sous forme de tableau au lieu du graphique</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="111"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="113"/>
        <source>Show the last months, or everything</source>
        <translation>Afficher les derniers mois, ou tout</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="141"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="143"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="127"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="131"/>
        <source>PNG image…</source>
        <translation>Image PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="134"/>
        <source>SVG drawing…</source>
        <translation>Dessin SVG…</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="226"/>
        <source>3 months</source>
        <translation>3 mois</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="227"/>
        <source>6 months</source>
        <translation>6 mois</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="228"/>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <location filename="../../ui/progress_toolbar.py" line="229"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="70"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="71"/>
        <source>C&amp;opy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="73"/>
        <source>Copies the key; the clipboard is cleared after a minute if it still holds it.</source>
        <translation>Copie la clé&#xa0;; le presse-papiers est vidé au bout d&apos;une minute s&apos;il la contient encore.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="75"/>
        <source>Save as &amp;text file…</source>
        <translation>Enregistrer en fichier &amp;texte…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="76"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="77"/>
        <source>Prints the key with the vault folder and the date.</source>
        <translation>Imprime la clé avec le dossier du coffre et la date.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="78"/>
        <source>I have stored my recovery key in a safe place</source>
        <translation>J&apos;ai rangé ma clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="79"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="85"/>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="89"/>
        <source>If you ever forget your passphrase, this key is the only way back into your notes. It is shown once. Print it or write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Si vous oubliez un jour votre phrase de passe, cette clé est le seul moyen de retrouver vos notes. Elle n&apos;est affichée qu&apos;une fois. Imprimez-la ou notez-la, et conservez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="144"/>
        <source>Copied. Paste it into your password manager now: the clipboard is cleared in a minute.</source>
        <translation>Copiée. Collez-la maintenant dans votre gestionnaire de mots de passe&#xa0;: le presse-papiers sera vidé dans une minute.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="156"/>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="158"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="165"/>
        <source>Could not save the file: {reason}.</source>
        <translation>Impossible d&apos;enregistrer le fichier&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="168"/>
        <source>Saved to {path}. Move it somewhere safe.</source>
        <translation>Enregistrée dans {path}. Déplacez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="173"/>
        <source>Coach Companion recovery key

{key}

This key opens your vault if you forget your passphrase. Keep it safe and private.
</source>
        <translation>Clé de récupération Coach Companion

{key}

Cette clé ouvre votre coffre si vous oubliez votre phrase de passe. Conservez-la en lieu sûr et ne la communiquez à personne.
</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="192"/>
        <source>Sent to the printer. Keep the sheet somewhere safe.</source>
        <translation>Envoyée à l&apos;imprimante. Conservez la feuille en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="194"/>
        <source>Could not print: the printer did not start.</source>
        <translation>Impression impossible&#xa0;: l&apos;imprimante n&apos;a pas démarré.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPrint</name>
    <message>
        <location filename="../../ui/recovery_print.py" line="35"/>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="54"/>
        <location filename="../../ui/recovery_print.py" line="68"/>
        <source>Coach Companion recovery key</source>
        <translation>Clé de récupération de Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="71"/>
        <source>Printed on {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="75"/>
        <source>Vault folder: {folder}
Printed on {date}</source>
        <translation>Dossier du coffre&#xa0;: {folder}
Imprimé le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_print.py" line="78"/>
        <source>If you forget your passphrase, this key is the only way to open your Coach Companion vault and read your notes. Anyone holding it can open the vault too: keep this sheet somewhere safe and private, away from the computer.</source>
        <translation>Si vous oubliez votre phrase de passe, cette clé est le seul moyen d&apos;ouvrir votre coffre Coach Companion et de lire vos notes. Quiconque la détient peut aussi ouvrir le coffre&#xa0;: conservez cette feuille en lieu sûr et privé, loin de l&apos;ordinateur.</translation>
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
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="351"/>
        <source>Unlock with recovery key</source>
        <translation>Déverrouiller avec la clé</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="353"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="355"/>
        <source>Use your recovery key</source>
        <translation>Utilisez votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="359"/>
        <source>Type the recovery key you stored when the vault was created. Spaces, dashes and lower case do not matter. You then choose a new passphrase.</source>
        <translation>Saisissez la clé de récupération que vous avez conservée à la création du coffre. Les espaces, les tirets et les minuscules n&apos;ont pas d&apos;importance. Vous choisirez ensuite une nouvelle phrase de passe.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../ui/report_action.py" line="60"/>
        <source>Writing the progress report…</source>
        <translation>Rédaction du rapport de progression…</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="61"/>
        <source>Progress report</source>
        <translation>Rapport de progression</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="102"/>
        <source>The report was not written: the vault was locked.</source>
        <translation>Le rapport n&apos;a pas été écrit&#xa0;: le coffre a été verrouillé.</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="108"/>
        <source>coachee</source>
        <translation>coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="109"/>
        <source>{name} progress {date}.pdf</source>
        <translation>{name} progression {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="138"/>
        <source>Save progress report</source>
        <translation>Enregistrer le rapport de progression</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="140"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="166"/>
        <location filename="../../ui/report_action.py" line="191"/>
        <source>the progress report</source>
        <translation>le rapport de progression</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="189"/>
        <source>Print progress report</source>
        <translation>Imprimer le rapport de progression</translation>
    </message>
    <message>
        <location filename="../../ui/report_action.py" line="190"/>
        <source>Preparing the progress report…</source>
        <translation>Préparation du rapport de progression…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_action.py" line="51"/>
        <location filename="../../ui/restore_action.py" line="170"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="55"/>
        <source>Restore {name}?

The app locks first. The vault&apos;s data is then replaced by the backup&apos;s; what is in the vault now is kept as a verified safety backup. Coachees erased since the backup was made are erased again. Afterwards, unlock as usual.</source>
        <translation>Restaurer {name}&#xa0;?

L&apos;application se verrouille d&apos;abord. Les données du coffre sont ensuite remplacées par celles de la sauvegarde&#xa0;; le contenu actuel du coffre est conservé dans une sauvegarde de sécurité vérifiée. Les coaché·es effacés depuis la sauvegarde sont de nouveau effacés. Déverrouillez ensuite comme d&apos;habitude.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="63"/>
        <source>Your passphrase (it opens the vault and the backup):</source>
        <translation>Votre phrase de passe (elle ouvre le coffre et la sauvegarde)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="66"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="70"/>
        <source>Lock and restore</source>
        <translation>Verrouiller et restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="126"/>
        <source>Vault created in {folder} from the backup.</source>
        <translation>Coffre créé dans {folder} à partir de la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="132"/>
        <source>Vault in {folder} restored from the backup.</source>
        <translation>Le coffre situé dans {folder} a été restauré à partir de la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="138"/>
        <source>The state before the restore is kept in {path}</source>
        <translation>L&apos;état antérieur à la restauration est conservé dans {path}</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="153"/>
        <source>The backup predates a passphrase change; the current passphrase still applies.</source>
        <translation>La sauvegarde est antérieure à un changement de phrase de passe&#xa0;; la phrase de passe actuelle reste valable.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="171"/>
        <source>Coach Companion backup (*.ccbackup)</source>
        <translation>Sauvegarde Coach Companion (*.ccbackup)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="184"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_action.py" line="186"/>
        <location filename="../../ui/restore_action.py" line="209"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../../ui/search_focus.py" line="102"/>
        <source>&amp;Edit</source>
        <extracomment>The highlight of a found word: a marker yellow, with dark text so it reads in dark mode too.</extracomment>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/search_focus.py" line="103"/>
        <source>Change this session&apos;s notes</source>
        <translation>Modifier les notes de cette séance</translation>
    </message>
    <message>
        <location filename="../../ui/search_focus.py" line="107"/>
        <source>Opened from search: read-only, the found words highlighted.</source>
        <translation>Ouvert depuis la recherche&#xa0;: lecture seule, mots trouvés surlignés.</translation>
    </message>
</context>
<context>
    <name>RoundBox</name>
    <message>
        <location filename="../../ui/group_round_box.py" line="53"/>
        <source>— choose who brings the case —</source>
        <translation>— choisir qui apporte le cas —</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="58"/>
        <location filename="../../ui/group_round_box.py" line="74"/>
        <source>Case-giver</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="61"/>
        <source>No rating</source>
        <translation>Pas de note</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="63"/>
        <source>Confidence in the action (0–10)</source>
        <translation>Confiance dans l&apos;action (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="64"/>
        <source>Remove round</source>
        <translation>Retirer le tour</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="70"/>
        <source>What lands on the case-giver&apos;s record</source>
        <translation>Ce qui rejoint le dossier du client</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="76"/>
        <source>Confidence (0–10)</source>
        <translation>Confiance (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="92"/>
        <source>Round {n}</source>
        <translation>Tour {n}</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="161"/>
        <source>Choose who brought the case: their action, insight and rating follow.</source>
        <translation>Choisissez qui a apporté le cas&#xa0;: son action, sa prise de conscience et sa note suivent.</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="164"/>
        <source>{name} is not a coachee of this vault: the round stays in the group&apos;s record and nothing lands on anyone&apos;s record.</source>
        <translation>{name} n&apos;est pas un coaché·e de ce coffre&#xa0;: le tour reste dans le dossier du groupe et rien ne rejoint le dossier de qui que ce soit.</translation>
    </message>
    <message>
        <location filename="../../ui/group_round_box.py" line="168"/>
        <source>The action becomes an experiment on {name}&apos;s record, the insight an entry of {name}&apos;s learning log, the rating a confidence measurement.</source>
        <translation>L&apos;action devient une expérimentation dans le dossier de {name}, la prise de conscience une entrée du journal d&apos;apprentissage de {name}, la note une mesure de confiance.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search_dialog.py" line="146"/>
        <location filename="../../ui/search_dialog.py" line="153"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="151"/>
        <source>Search notes, experiments, goals and coachees…</source>
        <translation>Rechercher dans les notes, expérimentations, objectifs et coaché·es…</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="158"/>
        <source>Marks</source>
        <translation>Marques</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="159"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="162"/>
        <source>{sign} {kind} marks</source>
        <translation>{sign} Marques «&#xa0;{kind}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="169"/>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="186"/>
        <source>Search state</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="196"/>
        <source>↑ ↓ move · Enter opens · Esc closes</source>
        <translation>↑ ↓ se déplacer · Entrée ouvre · Échap ferme</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="213"/>
        <source>Type to search everything in the vault.</source>
        <translation>Tapez pour rechercher dans tout le coffre.</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="245"/>
        <source>Searching</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="258"/>
        <source>{results} for {coachees}</source>
        <translation>{results} pour {coachees}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="259"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="260"/>
        <source>%n coachee(s)</source>
        <translation>
            <numerusform>%n coaché·e</numerusform>
            <numerusform>%n coaché·es</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="263"/>
        <source> (showing the best ones)</source>
        <translation> (les meilleurs sont affichés)</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="267"/>
        <source>No results for “{query}”.</source>
        <translation>Aucun résultat pour «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="270"/>
        <source>From three letters on, a word is also found by its start.</source>
        <translation>À partir de trois lettres, la recherche trouve aussi les mots qui commencent ainsi.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/session_models.py" line="183"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="184"/>
        <source>Experiment</source>
        <translation>Expérimentation</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="185"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="186"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="187"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="188"/>
        <source>Group round</source>
        <translation>Tour de groupe</translation>
    </message>
    <message>
        <location filename="../../ui/session_models.py" line="189"/>
        <source>Learning log</source>
        <translation>Journal d&apos;apprentissage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session_models.py" line="196"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
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
        <translation>Vérification de sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="74"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="77"/>
        <source>Progress of the check</source>
        <translation>Avancement de la vérification</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="80"/>
        <source>What the check found</source>
        <translation>Résultats de la vérification</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="85"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="86"/>
        <source>Copy the whole list (no coachee data is in it).</source>
        <translation>Copier toute la liste (elle ne contient aucune donnée de coaché·e).</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="88"/>
        <source>Check &amp;again</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="118"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="139"/>
        <source>the security check</source>
        <translation>la vérification de sécurité</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security_check_dialog.py" line="167"/>
        <source>Needs attention: %n item(s).</source>
        <translation>
            <numerusform>À surveiller&#xa0;: %n point.</numerusform>
            <numerusform>À surveiller&#xa0;: %n points.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="171"/>
        <source>Everything checked is in order.</source>
        <translation>Tout ce qui a été vérifié est en ordre.</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="181"/>
        <source>The check could not finish: {reason}</source>
        <translation>La vérification n&apos;a pas pu aboutir&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="199"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="199"/>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location filename="../../ui/security_check_dialog.py" line="206"/>
        <source>{status}: {text}</source>
        <translation>{status}&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>SeriesList</name>
    <message>
        <location filename="../../ui/progress_series_list.py" line="65"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/progress_series_list.py" line="67"/>
        <location filename="../../ui/progress_series_list.py" line="70"/>
        <source>Reference lines for</source>
        <translation>Lignes de référence pour</translation>
    </message>
    <message>
        <location filename="../../ui/progress_series_list.py" line="72"/>
        <source>The series whose baseline, median, slope and run signals are drawn</source>
        <translation>La série dont la ligne de base, la médiane, la pente et les signaux de séquence sont tracés</translation>
    </message>
    <message>
        <location filename="../../ui/progress_series_list.py" line="98"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>SessionArea</name>
    <message>
        <location filename="../../ui/coachee_page.py" line="309"/>
        <source>Coachee of the open session</source>
        <translation>Coaché·e de la séance ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="310"/>
        <source>← Back to coachee</source>
        <translation>← Retour au coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="311"/>
        <source>Save and close the session (Esc)</source>
        <translation>Enregistrer et fermer la séance (Échap)</translation>
    </message>
    <message>
        <location filename="../../ui/coachee_page.py" line="324"/>
        <source>The session editor is not part of this build.</source>
        <translation>L&apos;éditeur de séance ne fait pas partie de cette version.</translation>
    </message>
</context>
<context>
    <name>SessionClockBar</name>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="54"/>
        <source>Session clock</source>
        <translation>Horloge de séance</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="69"/>
        <source>Time left in this phase</source>
        <translation>Temps restant dans cette phase</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="71"/>
        <source>Time elapsed</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="73"/>
        <source>Time left in the session</source>
        <translation>Temps restant dans la séance</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="78"/>
        <source>Clock cue</source>
        <translation>Signal de l&apos;horloge</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="109"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="110"/>
        <source>Session length, minutes</source>
        <translation>Durée de la séance, en minutes</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="111"/>
        <source>This session&apos;s length; the phases follow it</source>
        <translation>La durée de cette séance&#xa0;; les phases s&apos;y ajustent</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="114"/>
        <location filename="../../ui/session_clock_bar.py" line="219"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="115"/>
        <source>Pause or resume the clock (Ctrl+Shift+P)</source>
        <translation>Mettre en pause ou relancer l&apos;horloge (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="117"/>
        <source>Next phase</source>
        <translation>Phase suivante</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="118"/>
        <source>Move the clock to the next phase (Ctrl+Shift+PgDown)</source>
        <translation>Passer l&apos;horloge à la phase suivante (Ctrl+Maj+Pg suiv)</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="120"/>
        <source>End session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="121"/>
        <source>End the session and record its time (Ctrl+Shift+E)</source>
        <translation>Terminer la séance et enregistrer sa durée (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="175"/>
        <source>{phase}, {minutes} minutes</source>
        <translation>{phase}, {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="178"/>
        <source>{minutes} minutes planned. Go to this section (Alt+{n})</source>
        <translation>{minutes} minutes prévues. Aller à cette rubrique (Alt+{n})</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="201"/>
        <source>{phase}: {time} of {minutes} min left</source>
        <translation>{phase}&#xa0;: il reste {time} sur {minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="205"/>
        <source>{phase}: {time} over</source>
        <translation>{phase}&#xa0;: {time} de dépassement</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="211"/>
        <source>{time} elapsed</source>
        <translation>{time} écoulées</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="215"/>
        <source>{time} left</source>
        <translation>{time} restantes</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="217"/>
        <source>{time} over</source>
        <translation>{time} de dépassement</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="219"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="227"/>
        <source>Five minutes left in the session.</source>
        <translation>Plus que cinq minutes de séance.</translation>
    </message>
    <message>
        <location filename="../../ui/session_clock_bar.py" line="233"/>
        <source>The time planned for {phase} is used.</source>
        <translation>Le temps prévu pour {phase} est écoulé.</translation>
    </message>
</context>
<context>
    <name>SessionDelete</name>
    <message>
        <location filename="../../ui/session_delete.py" line="67"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="68"/>
        <source>Bring the deleted session back (Ctrl+Alt+Z)</source>
        <translation>Récupérer la séance supprimée (Ctrl+Alt+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="86"/>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="97"/>
        <source>Select a session to delete it.</source>
        <translation>Sélectionnez une séance pour la supprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="107"/>
        <source>Delete the session of {when} with {name}?

You can undo this until the app locks or closes.</source>
        <translation>Supprimer la séance du {when} avec {name}&#xa0;?

Vous pouvez annuler la suppression jusqu&apos;à ce que l&apos;application se verrouille ou se ferme.</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="122"/>
        <source>Session of {when} deleted.</source>
        <translation>Séance du {when} supprimée.</translation>
    </message>
    <message>
        <location filename="../../ui/session_delete.py" line="148"/>
        <source>Session of {when} restored.</source>
        <translation>Séance du {when} récupérée.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../ui/session_editor.py" line="115"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="120"/>
        <location filename="../../ui/session_editor.py" line="403"/>
        <source>No session is open.</source>
        <translation>Aucune séance n&apos;est ouverte.</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="285"/>
        <source>In session: Ctrl+Shift+E ends it</source>
        <translation>En séance&#xa0;: Ctrl+Maj+E pour terminer</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="319"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="330"/>
        <location filename="../../ui/session_editor.py" line="381"/>
        <source>Saves as you type</source>
        <translation>Enregistrement automatique</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="458"/>
        <source>Session ended: {minutes} min from {time}</source>
        <translation>Séance terminée&#xa0;: {minutes} min à partir de {time}</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="485"/>
        <source>Saved at {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="489"/>
        <source>Not saved: {reason} — your text is still here</source>
        <translation>Non enregistré&#xa0;: {reason} — votre texte est toujours là</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="503"/>
        <source>Still in session: Ctrl+Shift+E ends it.</source>
        <translation>Toujours en séance&#xa0;: Ctrl+Maj+E pour terminer.</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor_drafts.py" line="105"/>
        <source>Your unsaved text was kept while the app was locked and has been saved now.</source>
        <translation>Votre texte non enregistré a été conservé pendant le verrouillage et vient d&apos;être enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor_drafts.py" line="110"/>
        <source>Your unsaved text was kept while the app was locked but could not be saved: {reason} It is still in the editor.</source>
        <translation>Votre texte non enregistré a été conservé pendant le verrouillage mais n&apos;a pas pu être enregistré&#xa0;: {reason} Il est toujours dans l&apos;éditeur.</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="48"/>
        <source>Agree an experiment from the selected text</source>
        <translation>Convenir d&apos;une expérimentation à partir du texte sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="51"/>
        <source>Mark the line: insight / quote / action / experiment</source>
        <translation>Marquer la ligne&#xa0;: prise de conscience / citation / action / expérimentation</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="53"/>
        <source>Hand the laptop over for a self-assessment</source>
        <translation>Confier l&apos;ordinateur au coaché·e pour une auto-évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="54"/>
        <source>Next / previous field</source>
        <translation>Champ suivant / précédent</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="57"/>
        <source>Done: save and close the session (not a live one: Ctrl+Shift+E ends it)</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="70"/>
        <source>Session: go to section 1..9</source>
        <translation>Séance&#xa0;: aller à la rubrique 1..9</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="71"/>
        <source>Session: previous / next section</source>
        <translation>Séance&#xa0;: rubrique précédente / suivante</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="74"/>
        <source>Session clock: next phase (the cursor stays)</source>
        <translation>Horloge de séance&#xa0;: phase suivante (le curseur ne bouge pas)</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="76"/>
        <source>Session clock: pause / resume</source>
        <translation>Horloge de séance&#xa0;: pause / reprise</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="77"/>
        <source>End the live session and record its time</source>
        <translation>Terminer la séance en cours et enregistrer sa durée</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="78"/>
        <source>Session: show / hide the side panel</source>
        <translation>Séance&#xa0;: afficher / masquer le panneau latéral</translation>
    </message>
    <message>
        <location filename="../../ui/session_live.py" line="79"/>
        <source>Session: save now (it also saves by itself)</source>
        <translation>Séance&#xa0;: enregistrer maintenant (l&apos;enregistrement est aussi automatique)</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../ui/session_form.py" line="109"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="113"/>
        <source>Anything else worth keeping</source>
        <translation>Tout autre élément à conserver</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="120"/>
        <location filename="../../ui/session_form.py" line="124"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="121"/>
        <source>Comma-separated, e.g. delegation, feedback</source>
        <translation>Séparés par des virgules, p. ex. délégation, feedback</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="136"/>
        <source>Private reflection (only you)</source>
        <translation>Réflexion personnelle (vous seul·e)</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="139"/>
        <source>Your own thoughts: hunches, what you noticed in yourself</source>
        <translation>Vos propres pensées&#xa0;: intuitions, ce que vous avez remarqué en vous</translation>
    </message>
    <message>
        <location filename="../../ui/session_form.py" line="145"/>
        <source>For your own practice; kept apart from the session notes.</source>
        <translation>Pour votre propre pratique&#xa0;; conservée à part des notes de séance.</translation>
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
        <translation>Coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="93"/>
        <source>Session date, duration and kind</source>
        <translation>Date, durée et type de la séance</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="95"/>
        <source>Save state</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="98"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="99"/>
        <source>Save and close the session (Esc)</source>
        <translation>Enregistrer et fermer la séance (Échap)</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="101"/>
        <source>Side panel</source>
        <translation>Panneau latéral</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="104"/>
        <source>Show or hide the side panel (F9)</source>
        <translation>Afficher ou masquer le panneau latéral (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="152"/>
        <source>Session date and start time</source>
        <translation>Date et heure de début de la séance</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="157"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="158"/>
        <source>Session length, minutes</source>
        <translation>Durée de la séance, en minutes</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="163"/>
        <source>As the coachee&apos;s default</source>
        <translation>Selon le réglage du coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="164"/>
        <source>Paid</source>
        <translation>Payant</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="165"/>
        <source>Pro bono</source>
        <translation>Pro bono</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="168"/>
        <source>Paid or pro bono, for the hours log</source>
        <translation>Payée ou pro bono, pour le registre des heures</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="173"/>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="174"/>
        <source>&amp;Length</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <location filename="../../ui/session_page.py" line="175"/>
        <source>&amp;Billing</source>
        <translation>&amp;Facturation</translation>
    </message>
</context>
<context>
    <name>SessionSidePanel</name>
    <message>
        <location filename="../../ui/session_side_panel.py" line="63"/>
        <source>Why this number and not lower?</source>
        <translation>Pourquoi ce chiffre et pas moins&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="64"/>
        <source>What would move it one point up?</source>
        <translation>Qu&apos;est-ce qui le ferait monter d&apos;un point&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="134"/>
        <source>Open experiments</source>
        <translation>Expérimentations en cours</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="137"/>
        <source>Confidence today (0–10)</source>
        <translation>Confiance aujourd&apos;hui (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="149"/>
        <location filename="../../ui/session_side_panel.py" line="173"/>
        <source>Agreed last time</source>
        <translation>Convenu la dernière fois</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="152"/>
        <source>This is the first session with this coachee.</source>
        <translation>C&apos;est la première séance avec ce coaché·e.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="162"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="165"/>
        <source>{when} · {template} · {section}</source>
        <translation>{when} · {template} · {section}</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="172"/>
        <source>Nothing was written down.</source>
        <translation>Rien n&apos;a été noté.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="183"/>
        <location filename="../../ui/session_side_panel.py" line="191"/>
        <source>Marked last time</source>
        <translation>Marqué la dernière fois</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="189"/>
        <source>Nothing was marked last time.</source>
        <translation>Rien n&apos;a été marqué la dernière fois.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="193"/>
        <source>Marked in this session (Ctrl+1 to Ctrl+4)</source>
        <translation>Marqué pendant cette séance (Ctrl+1 à Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="196"/>
        <source>Marked in this session</source>
        <translation>Marqué pendant cette séance</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="207"/>
        <source>Nothing marked yet.</source>
        <translation>Rien de marqué pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="219"/>
        <source>No open experiments.</source>
        <translation>Aucune expérimentation en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="222"/>
        <source>New experiment…</source>
        <translation>Nouvelle expérimentation…</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="223"/>
        <source>Agree an experiment; select text first to prefill it (Ctrl+E)</source>
        <translation>Convenir d&apos;une expérimentation&#xa0;; sélectionnez d&apos;abord du texte pour la préremplir (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="240"/>
        <source>Expected: {prediction}</source>
        <translation>Attendu&#xa0;: {prediction}</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="245"/>
        <source>Review…</source>
        <translation>Bilan…</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="246"/>
        <source>Review experiment: {title}</source>
        <translation>Bilan de l&apos;expérimentation&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="257"/>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="260"/>
        <source>A questionnaire or rating, recorded as part of this session.</source>
        <translation>Un questionnaire ou une note, enregistré dans le cadre de cette séance.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="262"/>
        <source>Assessment…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="263"/>
        <source>Add an assessment to this session</source>
        <translation>Ajouter une évaluation à cette séance</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="270"/>
        <source>Hand the laptop over…</source>
        <translation>Confier l&apos;ordinateur…</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="272"/>
        <source>The coachee fills in a questionnaire alone; your passphrase ends it</source>
        <translation>Le coaché·e remplit seul·e un questionnaire&#xa0;; votre phrase de passe y met fin</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="292"/>
        <source>Check-in (0–10)</source>
        <translation>Point d&apos;étape (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="294"/>
        <source>A check-in, not a validated scale.</source>
        <translation>Un point d&apos;étape, pas une échelle validée.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="307"/>
        <source>Check-in: {dimension}</source>
        <translation>Point d&apos;étape&#xa0;: {dimension}</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="337"/>
        <source>Rate all four to record the check-in.</source>
        <translation>Notez les quatre pour enregistrer le point d&apos;étape.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="353"/>
        <source>Check-in cleared.</source>
        <translation>Point d&apos;étape effacé.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="353"/>
        <source>Check-in recorded.</source>
        <translation>Point d&apos;étape enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="373"/>
        <source>Confidence ruler prompts</source>
        <translation>Questions de l&apos;échelle de confiance</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="377"/>
        <source>No active goals yet: add one to rate confidence per goal.</source>
        <translation>Aucun objectif actif pour l&apos;instant&#xa0;: ajoutez-en un pour noter la confiance par objectif.</translation>
    </message>
    <message>
        <location filename="../../ui/session_side_panel.py" line="401"/>
        <source>Confidence for goal: {title}</source>
        <translation>Confiance pour l&apos;objectif&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>SessionTimelineModel</name>
    <message>
        <location filename="../../ui/models.py" line="279"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="279"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="279"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="296"/>
        <source>(no notes yet)</source>
        <translation>(pas encore de notes)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="298"/>
        <source>Session on {date}, {template}: {summary}</source>
        <translation>Séance du {date}, {template}&#xa0;: {summary}</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source>Settings sections</source>
        <translation>Rubriques des paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>&amp;Measures</source>
        <translation>&amp;Mesures</translation>
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
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>Lock the vault after this much time without a key or click.</source>
        <translation>Verrouiller le coffre après ce délai sans frappe ni clic.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>Also lock when the screen locks or the computer sleeps</source>
        <translation>Verrouiller aussi quand l&apos;écran se verrouille ou que l&apos;ordinateur se met en veille</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>Where the system says so: Linux desktops and Windows, not macOS.</source>
        <translation>Là où le système le signale&#xa0;: bureaux Linux et Windows, pas macOS.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <location filename="../../ui/settings_dialog.py" line="181"/>
        <source>Remember on this computer</source>
        <translation>Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="129"/>
        <source>Takes effect when the app is started again.</source>
        <translation>Prend effet au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source>The session clock scales each template&apos;s phase budgets to this length; a live session can change it for itself.</source>
        <translation>L&apos;horloge de séance ajuste le temps prévu pour les phases de chaque modèle à cette durée&#xa0;; une séance en cours peut la modifier pour elle-même.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>Beep at a session clock cue (end of a phase, five minutes left)</source>
        <translation>Bip aux signaux de l&apos;horloge de séance (fin d&apos;une phase, cinq dernières minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>{folder} (default)</source>
        <translation>{folder} (par défaut)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="159"/>
        <source>Problem with the settings</source>
        <translation>Problème dans les paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Lock after idle</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source>A new language is used from the next start.</source>
        <translation>Une nouvelle langue s&apos;applique à partir du prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="171"/>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>Default template</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>Default session length</source>
        <translation>Durée de séance par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="174"/>
        <location filename="../../ui/settings_dialog.py" line="180"/>
        <location filename="../../ui/settings_dialog.py" line="214"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176"/>
        <source>Lock after idle, minutes</source>
        <translation>Verrouiller après inactivité, en minutes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Language (after a restart)</source>
        <translation>Langue (après redémarrage)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="179"/>
        <source>Default session length, minutes</source>
        <translation>Durée de séance par défaut, en minutes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="182"/>
        <source>Lock when the screen locks</source>
        <translation>Verrouiller avec l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="183"/>
        <source>Sound at a session clock cue</source>
        <translation>Son aux signaux de l&apos;horloge de séance</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="209"/>
        <source>Keep the vault&apos;s key in this computer&apos;s keyring; unchecking forgets it.</source>
        <translation>Conserver la clé du coffre dans le trousseau de cet ordinateur&#xa0;; décocher l&apos;oublie.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="311"/>
        <source>The language could not be stored: {reason}</source>
        <translation>Impossible d&apos;enregistrer la langue&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="346"/>
        <source>The keyring did not do it: {reason}</source>
        <translation>Le trousseau ne l&apos;a pas fait&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="349"/>
        <source>The key is remembered on this computer.</source>
        <translation>La clé est mémorisée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="354"/>
        <source>Remembering the key on this computer</source>
        <translation>Mémorisation de la clé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="357"/>
        <source>The remembered key was removed from this computer.</source>
        <translation>La clé mémorisée a été retirée de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="362"/>
        <source>Forgetting the remembered key</source>
        <translation>Oubli de la clé mémorisée</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../ui/task_progress.py" line="37"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="60"/>
        <source>Note template</source>
        <translation>Modèle de notes</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="67"/>
        <source>&amp;In-session mode: keep time with the session clock</source>
        <translation>&amp;Mode séance&#xa0;: suivre le temps avec l&apos;horloge de séance</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="69"/>
        <source>&amp;Start session</source>
        <translation>&amp;Commencer la séance</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="71"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="81"/>
        <source>Choose how to structure the notes. Enter starts, Esc cancels.</source>
        <translation>Choisissez comment structurer les notes. Entrée pour commencer, Échap pour annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="93"/>
        <source>{name}  —  {hint}</source>
        <translation>{name}  —  {hint}</translation>
    </message>
    <message>
        <location filename="../../ui/session_template_chooser.py" line="114"/>
        <source>New session with {name}</source>
        <translation>Nouvelle séance avec {name}</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock_pages.py" line="260"/>
        <location filename="../../ui/unlock_pages.py" line="280"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="261"/>
        <source>Remember on this computer</source>
        <translation>Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="263"/>
        <source>Checking the system keyring…</source>
        <translation>Vérification du trousseau du système…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="265"/>
        <source>Why remembering is not available</source>
        <translation>Pourquoi la mémorisation n&apos;est pas disponible</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="267"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="269"/>
        <source>Use recovery key…</source>
        <translation>Clé de récupération…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="273"/>
        <source>Forgot the passphrase? Unlock with the recovery key and choose a new passphrase.</source>
        <translation>Phrase de passe oubliée&#xa0;? Déverrouillez avec la clé de récupération et choisissez une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="277"/>
        <source>Unlock your vault</source>
        <translation>Déverrouillez votre coffre</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="278"/>
        <source>Folder: {folder}</source>
        <translation>Dossier&#xa0;: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_pages.py" line="317"/>
        <source>Keeps the vault&apos;s key in this computer&apos;s keyring so you are not asked at every start. Lock (Ctrl+L) still asks for the passphrase.</source>
        <translation>Conserve la clé du coffre dans le trousseau de cet ordinateur pour qu&apos;elle ne soit pas demandée à chaque démarrage. Verrouiller (Ctrl+L) demande toujours la phrase de passe.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../ui/unlock.py" line="129"/>
        <source>Unlock screen</source>
        <translation>Écran de déverrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="144"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="150"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="230"/>
        <source>Coach Companion</source>
        <translation>Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="385"/>
        <source>The remembered key was not found; enter your passphrase.</source>
        <translation>La clé mémorisée est introuvable&#xa0;; saisissez votre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="391"/>
        <source>{problem} Enter your passphrase.</source>
        <translation>{problem} Saisissez votre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="401"/>
        <source>Unlocking with the key remembered on this computer…</source>
        <translation>Déverrouillage avec la clé mémorisée sur cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="407"/>
        <source>The keyring refused.</source>
        <translation>Le trousseau a refusé.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="410"/>
        <source>Could not remember the key on this computer: {reason}</source>
        <translation>Impossible de mémoriser la clé sur cet ordinateur&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="420"/>
        <source>The key is remembered on this computer.</source>
        <translation>La clé est mémorisée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="429"/>
        <source>Could not forget the remembered key: {reason}</source>
        <translation>Impossible d&apos;oublier la clé mémorisée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="462"/>
        <source>Creating your vault…</source>
        <translation>Création de votre coffre…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="505"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="522"/>
        <source>This vault was made by an earlier version of Coach Companion. Making a verified backup of it, then bringing it up to date: this happens once, and can take a minute for a large vault.</source>
        <translation>Ce coffre a été créé avec une version antérieure de Coach Companion. Une sauvegarde vérifiée en est faite, puis il est mis à jour&#xa0;: cela n&apos;arrive qu&apos;une fois, et peut prendre une minute pour un grand coffre.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="539"/>
        <source>Recovery key accepted. Now choose a new passphrase.</source>
        <translation>Clé de récupération acceptée. Choisissez maintenant une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="553"/>
        <source>Checking the recovery key…</source>
        <translation>Vérification de la clé de récupération…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="565"/>
        <source>New passphrase set. Your recovery key still works.</source>
        <translation>Nouvelle phrase de passe définie. Votre clé de récupération fonctionne toujours.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="577"/>
        <source>Setting the new passphrase…</source>
        <translation>Définition de la nouvelle phrase de passe…</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/start_window.py" line="136"/>
        <location filename="../../ui/window_actions.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="116"/>
        <source>&amp;New coachee…</source>
        <translation>&amp;Nouveau coaché·e…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="119"/>
        <source>&amp;Backup now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="121"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="123"/>
        <source>&amp;Settings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="126"/>
        <source>Change &amp;passphrase…</source>
        <translation>Changer de phrase de &amp;passe…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="130"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="137"/>
        <location filename="../../ui/window_actions.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="137"/>
        <source>&amp;Coachee</source>
        <translation>&amp;Coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="140"/>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="143"/>
        <source>Add &amp;goal…</source>
        <translation>Ajouter un &amp;objectif…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="150"/>
        <source>&amp;Progress report (PDF)…</source>
        <translation>&amp;Rapport de progression (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="157"/>
        <source>Pr&amp;int progress report…</source>
        <translation>&amp;Imprimer le rapport de progression…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="162"/>
        <source>Coachee &amp;copy (PDF)…</source>
        <translation>&amp;Copie pour le coaché·e (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="165"/>
        <source>Pre-session &amp;brief…</source>
        <translation>&amp;Préparation de séance…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="169"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="172"/>
        <source>E&amp;rase…</source>
        <translation>E&amp;ffacer…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="175"/>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="178"/>
        <source>&amp;New session</source>
        <translation>&amp;Nouvelle séance</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="182"/>
        <source>&amp;Start session (in-session mode)</source>
        <translation>&amp;Commencer la séance (mode séance)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="191"/>
        <source>&amp;Agreed experiment (from the selected text)…	Ctrl+E</source>
        <translation>&amp;Expérimentation convenue (à partir du texte sélectionné)…	Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="198"/>
        <source>&amp;Print session…</source>
        <translation>&amp;Imprimer la séance…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="210"/>
        <source>&amp;Delete session…</source>
        <translation>&amp;Supprimer la séance…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="216"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="221"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="224"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="227"/>
        <source>&amp;Learning log (everyone)</source>
        <translation>&amp;Journal d&apos;apprentissage (tous)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="230"/>
        <source>&amp;Groups</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="233"/>
        <source>&amp;Hours log</source>
        <translation>&amp;Registre des heures</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="236"/>
        <source>&amp;Search…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="238"/>
        <source>&amp;Filter coachees</source>
        <translation>&amp;Filtrer les coaché·es</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="241"/>
        <source>&amp;Overdue experiments…</source>
        <translation>Expérimentations en re&amp;tard…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="143"/>
        <location filename="../../ui/window_actions.py" line="244"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="246"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="249"/>
        <source>&amp;Security check…</source>
        <translation>&amp;Vérification de sécurité…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="145"/>
        <location filename="../../ui/window_actions.py" line="252"/>
        <source>&amp;About Coach Companion</source>
        <translation>À &amp;propos de Coach Companion</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="262"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="264"/>
        <source>&amp;Whole vault (JSON)…</source>
        <translation>&amp;Tout le coffre (JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="265"/>
        <source>This &amp;coachee (JSON, subject-access)…</source>
        <translation>Ce &amp;coaché·e (JSON, droit d&apos;accès)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="266"/>
        <source>This coachee (&amp;PDF, subject-access)…</source>
        <translation>Ce coaché·e (&amp;PDF, droit d&apos;accès)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="267"/>
        <source>&amp;Notes as Markdown…</source>
        <translation>&amp;Notes en Markdown…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="273"/>
        <source>&amp;Import (JSON)…</source>
        <translation>&amp;Importer (JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="287"/>
        <source>Open a session to print it.</source>
        <translation>Ouvrez une séance pour l&apos;imprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="309"/>
        <source>Choose a coachee first, on the dashboard or in the list.</source>
        <translation>Choisissez d&apos;abord un coaché·e, dans le tableau de bord ou dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="406"/>
        <source>Archive coachee</source>
        <translation>Archiver le coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="407"/>
        <source>Archive {name}? Nothing is deleted; they move to the Archived list.</source>
        <translation>Archiver {name}&#xa0;? Rien n&apos;est supprimé&#xa0;; la fiche passe dans la liste Archivé.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="418"/>
        <source>{name} archived.</source>
        <translation>{name} archivé·e.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="439"/>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="447"/>
        <source>Coachee erased.</source>
        <translation>Coaché·e effacé·e.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="448"/>
        <source>{name} was erased from this vault.</source>
        <translation>{name} a été effacé·e de ce coffre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window_actions.py" line="452"/>
        <source>%n backup(s) in the vault&apos;s backup folder were cleaned.</source>
        <translation>
            <numerusform>%n sauvegarde du dossier de sauvegarde du coffre a été nettoyée.</numerusform>
            <numerusform>%n sauvegardes du dossier de sauvegarde du coffre ont été nettoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="458"/>
        <source>Could not clean the backup {name}: {reason}.</source>
        <translation>Impossible de nettoyer la sauvegarde {name}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="466"/>
        <source>Coachee erased</source>
        <translation>Coaché·e effacé·e</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="484"/>
        <source>erasing a coachee</source>
        <translation>effacement d&apos;un coaché·e</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="523"/>
        <source>Progress report saved: {path}</source>
        <translation>Rapport de progression enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="556"/>
        <source>Experiments cannot be edited in this build.</source>
        <translation>Les expérimentations ne peuvent pas être modifiées dans cette version.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="567"/>
        <source>Experiments cannot be reviewed in this build.</source>
        <translation>Le bilan des expérimentations n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="586"/>
        <source>Search is not part of this build.</source>
        <translation>La recherche ne fait pas partie de cette version.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="599"/>
        <source>This build has no overdue list.</source>
        <translation>Cette version n&apos;a pas de liste des retards.</translation>
    </message>
</context>
</TS>
