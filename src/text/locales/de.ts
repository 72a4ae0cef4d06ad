import type { Catalog } from '../translate.js';

/** German (de): every message of `en.ts`, translated. */
export const de: Catalog = {
  'access.alreadyHas': '<@{memberId}> hat bereits Zugang zu **{name}**.',
  'access.alreadyPaused': 'Die Aufnahme in **{name}** war bereits pausiert.',
  'access.everyoneHasIt':
    '**{name}** ist allgemein verfügbar: Alle haben bereits Zugang, es gibt keinen Zugang zu vergeben.',
  'access.granted':
    '<@{memberId}> hat jetzt Zugang zu **{name}** (als Maintainer-Freigabe vermerkt). Die Rolle wird gleich vergeben.',
  'access.how.invite': 'Einladung',
  'access.how.maintainer': 'Maintainer',
  'access.how.sign-up': 'Anmeldung',
  'access.listEmpty': 'Noch niemand hat Zugang zu **{name}**.',
  'access.listLine':
    '<@{memberId}> · {how} · <t:{grantedAt}:d>{hasTerms, select, yes { · Bedingungen v{termsVersion}} other {}}',
  'access.listMore': '…und {more, number} weitere.',
  'access.listTitle': '{name}: {count, plural, one {# Mitglied} other {# Mitglieder}} mit Zugang',
  'access.noAccess': '<@{memberId}> hat keinen Zugang zu **{name}**.',
  'access.notInServer':
    '<@{memberId}> ist kein Mitglied dieses Servers und kann die Feature-Rolle daher nicht erhalten.',
  'access.notPaused': 'Die Aufnahme in **{name}** war nicht pausiert.',
  'access.paused':
    'Die Aufnahme in **{name}** ist pausiert: Niemand Neues kommt hinzu, bis du `/access resume` ausführst.',
  'access.reasonRequired': '`{option}`: Gib einen Grund an: Das Mitglied erfährt, warum.',
  'access.reconcileSkippedGa': 'General Availability: Rollen werden nicht geprüft, alle haben das Feature.',
  'access.reconciled':
    'Die Rolle von {checked, plural, one {# Mitglied} other {# Mitgliedern}} mit Zugang wurde geprüft.',
  'access.reconciledAllInPlace': 'Alle Rollen sind vorhanden.',
  'access.reconciledGone':
    'Haben den Server verlassen: {gone, number} (ihr Zugang bleibt bestehen, bis du ihn entziehst).',
  'access.reconciledRefused':
    'Fehlende Rollen werden nicht zurückgegeben: Die Rolle {roleName} hat jetzt {permissions}, was eine Feature-Rolle nicht haben darf. Entferne diese Berechtigungen unter Servereinstellungen > Rollen.',
  'access.reconciledRestored':
    'Hatten die Rolle verloren: {restored, number}; sie wird ihnen wieder vergeben.',
  'access.reconciledUnchecked':
    'Diesmal nicht geprüft: {unchecked, number} weitere (höchstens 100 pro Durchlauf).',
  'access.resumed': 'Die Aufnahme in **{name}** ist wieder offen.',
  'access.retire.announced': 'Die Ankündigung für <#{channelId}> ist in der Warteschlange.',
  'access.retire.done':
    '**{name}** eingestellt: {grants, plural, one {# Zugang} other {# Zugänge}} entzogen (die Rollen werden entfernt), {invites, plural, one {# Einladung} other {# Einladungen}} geschlossen, {waiting, plural, one {# Wartelisteneintrag} other {# Wartelisteneinträge}} geschlossen.',
  'access.retire.grantReason': 'Feature eingestellt: {reason}',
  'access.retire.noAnnouncementChannel':
    'Es ist kein Ankündigungskanal festgelegt, daher wurde der Server nicht informiert. Lege mit `/setup announcements` einen fest und kündige es selbst an.',
  'access.revoked':
    'Der Zugang von <@{memberId}> zu **{name}** wurde entzogen. Die Rolle wird entfernt, und das Mitglied erfährt den Grund per Direktnachricht.',
  'access.revokedDm':
    'Dein Zugang zu **{name}** auf **{guildName}** wurde von den Maintainern entfernt. Grund: {reason}',
  'access.rolePrivileged':
    'Nicht vergeben: Die Rolle {roleName} von **{name}** umfasst jetzt {permissions}, was eine Feature-Rolle nicht haben darf, daher vergibt Stagegate sie nicht. Entferne diese Berechtigungen unter Servereinstellungen > Rollen, oder gib dem Feature mit `/feature edit` eine andere Rolle.',
  'access.seats': 'Plätze für **{name}**: jetzt {cap, number}; {used, number} belegt, {free, number} frei.',
  'access.seatsOverCap':
    'Plätze für **{name}**: jetzt {cap, number}; Mitglieder mit Zugang: bereits {used, number}. Niemand wird entfernt, und niemand Neues wird aufgenommen, bis die Zahl der Mitglieder mit Zugang unter {cap, number} sinkt.',
  'access.targetIsBot': 'Bots können keinen Zugang erhalten: Wähle ein Mitglied.',
  'cmd.access': 'Begrenze und entziehe den Zugang zu einem Feature',
  'cmd.access.grant': 'Gib einem Mitglied Zugang (Ausnahme durch Maintainer, wird so vermerkt)',
  'cmd.access.grant.member': 'Das Mitglied',
  'cmd.access.list': 'Liste die Mitglieder mit Zugang auf und korrigiere abweichende Rollen',
  'cmd.access.pause': 'Nimm keine neuen Mitglieder mehr auf',
  'cmd.access.resume': 'Nimm wieder neue Mitglieder auf',
  'cmd.access.revoke': 'Entziehe einem Mitglied den Zugang; es erfährt den Grund',
  'cmd.access.revoke.member': 'Das Mitglied',
  'cmd.access.revoke.reason': 'Warum (das Mitglied erfährt es)',
  'cmd.access.seats':
    'Lege die Höchstzahl der Plätze in Early Access fest (Senken entzieht niemandem den Zugang)',
  'cmd.access.seats.count': 'Plätze',
  'cmd.feature': 'Verwalte den Feature-Katalog',
  'cmd.feature.create': 'Lege ein Feature an; es startet in Early Access',
  'cmd.feature.create.channel': 'Wohin Feedback gespiegelt wird (optional)',
  'cmd.feature.create.description': 'Worum es bei dem Feature geht',
  'cmd.feature.create.key': 'Kurzer Schlüssel: Kleinbuchstaben, Ziffern, Bindestriche (2–32)',
  'cmd.feature.create.name': 'Anzeigename',
  'cmd.feature.create.role': 'Die Rolle, die Mitglieder mit Zugang erhalten',
  'cmd.feature.create.seats': 'Höchstzahl der Plätze in Early Access (optional)',
  'cmd.feature.edit': 'Ändere ein Feature; nur die angegebenen Optionen ändern sich',
  'cmd.feature.edit.channel': 'Wohin Feedback gespiegelt wird',
  'cmd.feature.edit.description': 'Worum es bei dem Feature geht',
  'cmd.feature.edit.name': 'Anzeigename',
  'cmd.feature.edit.role': 'Die Rolle, die Mitglieder mit Zugang erhalten',
  'cmd.feature.edit.seats': 'Höchstzahl der Plätze in Early Access',
  'cmd.feature.retire':
    'Stelle ein Feature in Early Access ein: Alle Zugänge werden entzogen, der Server wird informiert',
  'cmd.feature.retire.reason': 'Warum es eingestellt wird (steht in der Ankündigung)',
  'cmd.features': 'Zeige alle Features mit ihrer Reifestufe an oder eines im Detail',
  'cmd.features.feature': 'Zeige dieses Feature im Detail an',
  'cmd.feedback': 'Gib Feedback zu einem Feature auf seiner aktuellen Reifestufe',
  'cmd.feedback.message': 'Dein Feedback; lass es leer, um es in einem Formular zu schreiben',
  'cmd.feedback.tags': '1 bis 3 Tags, durch Kommas getrennt (zum Beispiel: bug, performance)',
  'cmd.invite': 'Einladungen für Early Access',
  'cmd.invite.admit': 'Lade die ersten Mitglieder der Warteliste ein und benachrichtige sie',
  'cmd.invite.admit.count': 'Wie viele aufgenommen werden',
  'cmd.invite.create': 'Erstelle einen Einladungscode',
  'cmd.invite.create.expires_in': 'Wie lange er gültig bleibt, z. B. 12h, 7d, 2w (Standard: 7d)',
  'cmd.invite.create.member': 'Nur dieses Mitglied kann ihn nutzen',
  'cmd.invite.create.uses': 'Wie viele Mitglieder ihn nutzen können (Standard: 1)',
  'cmd.invite.list': 'Liste die Einladungen eines Features auf',
  'cmd.invite.revoke': 'Widerrufe einen Einladungscode',
  'cmd.invite.revoke.code': 'Der Einladungscode',
  'cmd.join': 'Erhalte Zugang zu einem Feature (Early Access nur mit Einladung, Preview für alle)',
  'cmd.join.code': 'Dein Einladungscode für Early Access',
  'cmd.leave': 'Gib deinen Zugang zu einem Feature ab; seine Rolle wird entfernt',
  'cmd.mydata': 'Ansehen oder löschen, was Stagegate auf diesem Server über dich speichert',
  'cmd.mydata.delete': 'Deine Feedback-Texte, Stimmen und übrigen Daten auf diesem Server löschen',
  'cmd.mydata.export':
    'Eine JSON-Datei mit allem erhalten, was Stagegate auf diesem Server über dich speichert',
  'cmd.notifications':
    'Direktnachrichten zu Feedback, dem du folgst, auf diesem Server ein- oder ausschalten',
  'cmd.notifications.setting': 'an oder aus',
  'cmd.notifications.setting.choice.off': 'aus',
  'cmd.notifications.setting.choice.on': 'an',
  'cmd.option.feature': 'Das Feature (sein Schlüssel)',
  'cmd.option.level.choice.early-access': 'Early Access',
  'cmd.option.level.choice.ga': 'General Availability',
  'cmd.option.level.choice.preview': 'Preview',
  'cmd.option.status.choice.acknowledged': 'Zur Kenntnis genommen',
  'cmd.option.status.choice.duplicate': 'Duplikat',
  'cmd.option.status.choice.open': 'Offen',
  'cmd.option.status.choice.planned': 'Geplant',
  'cmd.option.status.choice.resolved': 'Erledigt',
  'cmd.option.status.choice.wont-fix': 'Wird nicht umgesetzt',
  'cmd.promote': 'Stufe ein Feature auf die nächste Reifestufe hoch, wenn die Reifekriterien erfüllt sind',
  'cmd.promote.dry_run': 'Zeige, was passieren würde, ohne etwas zu ändern',
  'cmd.promote.force': 'Stufe auch bei unerfüllten Kriterien hoch (wird vermerkt)',
  'cmd.promote.note': 'Was sich geändert hat; steht in der Ankündigung',
  'cmd.setup': 'Richte Stagegate für diesen Server ein',
  'cmd.setup.announcements': 'Wo Hochstufungen und eingestellte Features angekündigt werden',
  'cmd.setup.announcements.channel': 'Ankündigungskanal',
  'cmd.setup.feedback-rate': 'Wie viele Feedback-Einträge ein Mitglied pro Minute abgeben darf',
  'cmd.setup.feedback-rate.per_minute': 'Limit (Standard: 5)',
  'cmd.setup.ga-roles': 'Was mit Feature-Rollen passiert, wenn ein Feature General Availability erreicht',
  'cmd.setup.ga-roles.policy': 'Die Rolle als Abzeichen behalten oder entfernen',
  'cmd.setup.ga-roles.policy.choice.keep': 'Als Abzeichen behalten',
  'cmd.setup.ga-roles.policy.choice.remove': 'Entfernen',
  'cmd.setup.gates': 'Reifekriterien eines Übergangs',
  'cmd.setup.gates.max_open_blockers': 'Erlaubte offene Blocker',
  'cmd.setup.gates.min_days': 'Nötige Tage auf der aktuellen Stufe',
  'cmd.setup.gates.min_feedback': 'Nötiges Feedback auf der aktuellen Stufe',
  'cmd.setup.gates.min_participants': 'Nötige Teilnehmende auf der aktuellen Stufe (Feedback oder Stimmen)',
  'cmd.setup.gates.transition': 'Welche Hochstufung',
  'cmd.setup.gates.transition.choice.early-access->preview': 'Early Access -> Preview',
  'cmd.setup.gates.transition.choice.preview->ga': 'Preview -> General Availability',
  'cmd.setup.language': 'Die Sprache der Beiträge und Direktnachrichten von Stagegate auf diesem Server',
  'cmd.setup.language.locale': 'Eine Sprache oder die bevorzugte Sprache des Servers',
  'cmd.setup.language.locale.choice.de': 'Deutsch',
  'cmd.setup.language.locale.choice.en-US': 'English',
  'cmd.setup.language.locale.choice.es-ES': 'Español',
  'cmd.setup.language.locale.choice.fr': 'Français',
  'cmd.setup.language.locale.choice.pt-BR': 'Português (Brasil)',
  'cmd.setup.language.locale.choice.server': 'Die bevorzugte Sprache des Servers',
  'cmd.setup.log': 'Wo Hinweise zur Reife und Zustellprobleme gemeldet werden',
  'cmd.setup.log.channel': 'Log-Kanal',
  'cmd.setup.maintainers':
    'Die Rolle, deren Mitglieder Maintainer-Befehle ausführen dürfen (neben „Server verwalten“)',
  'cmd.setup.maintainers.role': 'Maintainer-Rolle',
  'cmd.setup.show': 'Zeige die aktuelle Konfiguration',
  'cmd.setup.tags': 'Die Tag-Liste für Feedback',
  'cmd.setup.tags.add': 'Füge ein Tag hinzu',
  'cmd.setup.tags.add.tag': 'Kleinbuchstaben, Ziffern, Bindestriche',
  'cmd.setup.tags.remove': 'Entferne ein Tag (gespeichertes Feedback behält es)',
  'cmd.setup.tags.remove.tag': 'Das Tag',
  'cmd.setup.terms': 'Die Bedingungen, die Mitglieder vor dem Zugang akzeptieren',
  'cmd.setup.terms.level': 'Welche Stufe',
  'cmd.setup.terms.text': 'Der Text der Bedingungen',
  'cmd.triage': 'Sichte und exportiere Feedback',
  'cmd.triage.export': 'Lade das Feedback eines Features als CSV oder JSON herunter',
  'cmd.triage.export.format': 'Dateiformat (Standard: csv)',
  'cmd.triage.export.format.choice.csv': 'CSV',
  'cmd.triage.export.format.choice.json': 'JSON',
  'cmd.triage.export.level': 'Nur Feedback, das auf dieser Stufe gegeben wurde',
  'cmd.triage.list': 'Blättere durch das Feedback eines Features',
  'cmd.triage.list.level': 'Nur Feedback, das auf dieser Stufe gegeben wurde',
  'cmd.triage.list.sort': 'Reihenfolge der Liste (Standard: neueste zuerst)',
  'cmd.triage.list.sort.choice.newest': 'neueste zuerst',
  'cmd.triage.list.sort.choice.votes': 'meiste Stimmen zuerst',
  'cmd.triage.list.status': 'Nur Feedback mit diesem Status',
  'cmd.triage.list.tag': 'Nur Feedback mit diesem Tag',
  'cmd.triage.set': 'Ändere den Status, füge eine Notiz hinzu oder passe die Tags eines Feedback-Eintrags an',
  'cmd.triage.set.duplicate_of': 'Bei Status Duplikat: die Nummer des Originals (#M)',
  'cmd.triage.set.id': 'Die Feedback-Nummer (#N)',
  'cmd.triage.set.note': 'Eine Triage-Notiz (wird mit deinem Namen gespeichert)',
  'cmd.triage.set.status': 'Neuer Status',
  'cmd.triage.set.tags': 'Ersetze die Tags: 1 bis 3, durch Kommas getrennt',
  'announcement.daysLine': 'Tage in {level}: **{days, number}**',
  'announcement.evidenceField': 'Kennzahlen',
  'announcement.feedbackLine': 'Feedback in {level}: **{total, number}** ({tags})',
  'announcement.moreTags': 'und {count, number} weitere',
  'announcement.noTags': 'keine',
  'announcement.noteField': 'Notiz',
  'announcement.participantsLine': 'Teilnehmende: **{participants, number}**',
  'announcement.promotedTitle': '{name}: {from} → {to}',
  'announcement.resolvedLine': 'Erledigt in {level}: **{resolved, number}**',
  'announcement.retiredTitle': '{name} wurde eingestellt',
  'announcement.tagCount': '{tag} {count, number}',
  'announcement.whyField': 'Grund',
  'cmd.vote': 'Einen Feedback-Eintrag unterstützen oder deine Stimme zurückziehen',
  'cmd.vote.id': 'Die Feedback-Nummer (#N)',
  'cmd.vote.withdraw': 'Stattdessen deine Stimme zurückziehen',
  'discord.cannotMessageUser': 'Das Mitglied nimmt keine Direktnachrichten von diesem Server an.',
  'discord.missingPermission': 'Dem Bot fehlt dort die Berechtigung {permission}.',
  'discord.missingPermissions':
    'Discord hat abgelehnt: Dem Bot fehlt hier eine Berechtigung. Gib seiner Rolle „Rollen verwalten“, „Kanäle ansehen“, „Nachrichten senden“ und „Links einbetten“ und stelle sicher, dass seine Rolle über allen Feature-Rollen steht.',
  'discord.roleAboveBot':
    'Discord hat die Rollenänderung abgelehnt: Die Feature-Rolle steht über der höchsten Rolle des Bots. Ziehe die Rolle des Bots unter Servereinstellungen > Rollen über die Feature-Rollen.',
  'discord.unexpected':
    'Stagegate konnte die Anfrage nicht erstellen (ein eigener Fehler, im Log des Bots festgehalten). Sie wird nicht wiederholt.',
  'discord.unknownChannel':
    'Der Kanal existiert nicht mehr, oder der Bot kann ihn nicht sehen. Wähle in `/setup` einen anderen Kanal.',
  'discord.unknownMember': 'Das Mitglied ist nicht mehr auf dem Server.',
  'discord.unknownRole':
    'Die Feature-Rolle existiert nicht mehr. Lege mit `/feature edit role:` eine neue fest.',
  'discussion.cannot.createPosts': 'zu jedem Feedback einen Beitrag erstellen',
  'discussion.cannot.createPublicThreads': 'zu jeder Kopie einen Thread öffnen',
  'discussion.cannot.manageChannels': 'die Stufen- und Status-Tags erstellen',
  'discussion.cannot.manageThreads': 'die Threads geschlossener Einträge archivieren',
  'discussion.cannot.sendMessagesInThreads': 'Statusänderungen in den Threads posten',
  'discussion.forumMode':
    'Jedes Feedback wird ein Beitrag im Forum <#{channelId}>, mit Tags für Stufe und Status.',
  'discussion.missing':
    '⚠️ In <#{channelId}> fehlt dem Bot {missing}, daher kann er nicht {effects}. Feedback wird trotzdem gespeichert.',
  'discussion.tagsMissing':
    'Im Forum <#{channelId}> ist kein Platz für die Tags {tags} (ein Forum fasst 20 Tags): Beiträge erscheinen ohne sie. Entferne einige Tags des Forums und setze den Kanal dann erneut mit `/feature edit channel`.',
  'discussion.textMode': 'Jede Feedback-Kopie in <#{channelId}> öffnet einen Thread für die Diskussion.',
  expiredComponent: 'Dieser Button oder dieses Formular ist abgelaufen. Führe den Befehl erneut aus.',
  'feature.channelWrongType': 'Wähle einen Text-, Ankündigungs- oder Forumkanal.',
  'feature.choice': '{name} ({level})',
  'feature.choiceRetired': '{name} (eingestellt)',
  'feature.created':
    '**{name}** (`{key}`) in {level} angelegt. Mitglieder können jetzt mit einer Einladung per `/join` beitreten oder mit `/feedback` Feedback geben.',
  'feature.edited': '`{key}` aktualisiert: {fields}.',
  'feature.keyTaken':
    'Auf diesem Server gibt es bereits ein Feature mit dem Schlüssel `{key}`. Wähle einen anderen Schlüssel.',
  'feature.nothingToEdit':
    'Gib mindestens eine Option an, die geändert werden soll (Name, Beschreibung, Rolle, Kanal oder Plätze).',
  'feature.permission.administrator': 'Administrator',
  'feature.permission.banMembers': 'Mitglieder bannen',
  'feature.permission.kickMembers': 'Mitglieder kicken',
  'feature.permission.manageChannels': 'Kanäle verwalten',
  'feature.permission.manageEvents': 'Events verwalten',
  'feature.permission.manageGuild': 'Server verwalten',
  'feature.permission.manageGuildExpressions': 'Ausdrücke verwalten',
  'feature.permission.manageMessages': 'Nachrichten verwalten',
  'feature.permission.manageNicknames': 'Nicknames verwalten',
  'feature.permission.manageRoles': 'Rollen verwalten',
  'feature.permission.manageThreads': 'Threads verwalten',
  'feature.permission.manageWebhooks': 'Webhooks verwalten',
  'feature.permission.mentionEveryone': '@everyone erwähnen',
  'feature.permission.moderateMembers': 'Timeout für Mitglieder',
  'feature.permission.moveMembers': 'Mitglieder verschieben',
  'feature.permission.muteMembers': 'Mitglieder stummschalten',
  'feature.permission.viewAuditLog': 'Audit-Log einsehen',
  'feature.reasonRequired': 'Gib einen Grund an: Er wird gespeichert und in der Ankündigung angezeigt.',
  'feature.roleAboveBot':
    'Die Rolle {name} steht auf gleicher Höhe wie oder über der höchsten Rolle des Bots, daher kann der Bot sie nicht vergeben. Verschiebe die Rolle des Bots unter Servereinstellungen > Rollen darüber, oder wähle eine andere Rolle.',
  'feature.roleAlert':
    '⚠️ Die Rolle {roleName} von **{name}** (`{key}`) umfasst jetzt {permissions}. Stagegate vergibt diese Rolle an Mitglieder, die beitreten, und vergibt sie deshalb an niemanden, bis die Rolle korrigiert ist: Entferne diese Berechtigungen unter Servereinstellungen > Rollen, oder gib dem Feature mit `/feature edit` eine andere Rolle.',
  'feature.roleEveryone':
    'Die Rolle @everyone kann keine Feature-Rolle sein: Wähle eine eigens für dieses Feature erstellte Rolle.',
  'feature.roleManaged':
    'Die Rolle {name} wird von einer Integration verwaltet und kann vom Bot nicht vergeben werden.',
  'feature.rolePrivileged':
    'Die Rolle {name} umfasst {permissions}: Mitglieder, die beitreten, würden diese Berechtigungen erhalten. Wähle eine Rolle ohne Moderationsberechtigungen.',
  'feature.roleTaken':
    'Diese Rolle ist bereits die Rolle von **{name}**: Zwei Features können sich keine Rolle teilen. Wähle oder erstelle eine andere Rolle.',
  'feature.roleUnknown': 'Diese Rolle gibt es auf diesem Server nicht.',
  'features.atLevelField': 'Auf dieser Stufe',
  'features.atLevelValue': '{days, plural, one {# Tag} other {# Tage}} (seit <t:{since}:D>)',
  'features.detailTitle': '{name} ({key})',
  'features.levelField': 'Stufe',
  'features.listLine':
    '**{name}** `{key}` — {level} · {participants, plural, one {# teilnehmende Person} other {# Teilnehmende}} · {feedback, plural, one {# Feedback-Eintrag} other {# Feedback-Einträge}}',
  'features.listMore':
    '…und {count, number} weitere. Mit `/features feature:<key>` siehst du ein einzelnes Feature.',
  'features.listTitle': 'Features',
  'features.none': 'Noch keine aktiven Features. Maintainer fügen mit `/feature create` eines hinzu.',
  'features.readinessField': 'Reife',
  'features.roleField': 'Rolle',
  'feedback.alreadyStored':
    'Dieses Feedback wurde bereits als **#{number}** für **{feature}** ({level}) mit den Tags {tags} gespeichert. Nichts wurde doppelt gespeichert.',
  'feedback.byLevelField': 'Feedback nach Stufe',
  'feedback.byTagField': 'Feedback nach Tag',
  'feedback.countLine': '{label}: **{count, number}**',
  'feedback.discussionLink': 'Diskussion: <#{threadId}>',
  'feedback.earlyAccessOnly':
    '**{feature}** ist in Early Access: Nur Mitglieder mit Zugang können Feedback geben. Bitte mit `/join feature:{key}` um Zugang (du brauchst eine Einladung, sonst kommst du auf die Warteliste).',
  'feedback.mirrorFrom': 'Von',
  'feedback.mirrorLevel': 'Stufe',
  'feedback.mirrorTags': 'Tags',
  'feedback.mirrorTitle': '#{number} · {feature}',
  'feedback.modalLabel': 'Dein Feedback',
  'feedback.modalPlaceholder': 'Was funktioniert, was nicht, was du erwartet hast…',
  'feedback.modalTitle': 'Feedback: {feature}',
  'feedback.moreOpenBlockers': '…und {count, number} weitere (`/triage list tag:blocker status:open`).',
  'feedback.noFeedbackYet': 'Noch kein Feedback.',
  'feedback.noOpenBlockers': 'Keine.',
  'feedback.openBlockersField': 'Offene Blocker ({count, number})',
  'feedback.rateLimited':
    'Du kannst höchstens {perMinute, plural, one {# Feedback-Eintrag} other {# Feedback-Einträge}} pro Minute abgeben. Versuche es <t:{retryAt}:R> erneut.',
  'feedback.stored':
    'Danke! Dein Feedback ist als **#{number}** für **{feature}** ({level}) mit den Tags {tags} gespeichert.',
  'feedback.tagsChanged':
    'Die Tag-Liste hat sich geändert, während das Formular offen war. Führe `/feedback` mit den aktuellen Tags erneut aus.',
  'feedback.tagsTooLongForForm':
    'Diese Tags sind zu lang für das Formular. Gib dein Feedback stattdessen mit der Option `message` ab.',
  'feedback.topVotedField': 'Meiste Stimmen',
  'feedback.topVotedLine': '**#{number}** · {votes, plural, one {# Stimme} other {# Stimmen}} · {excerpt}',
  'feedback.topVotedNone': 'Kein offenes Feedback.',
  'gateLabel.max_open_blockers': 'Offene Blocker',
  'gateLabel.min_days': 'Tage in {levelLabel}',
  'gateLabel.min_feedback': 'Feedback in {levelLabel}',
  'gateLabel.min_participants': 'Teilnehmende in {levelLabel}',
  genericError:
    'Bei uns ist etwas schiefgelaufen. Bitte versuche es erneut; wenn das Problem bleibt, nenne einem Maintainer die Referenz `{reference}`.',
  guildOnly: 'Stagegate-Befehle funktionieren nur auf einem Server.',
  interactionReplayed:
    'Dieser Befehl wurde bereits ausgeführt (Discord hat ihn zweimal zugestellt); nichts wurde geändert.',
  invalidOption: '`{option}`: {problem}',
  'invite.admitted':
    '{count, plural, one {# Mitglied} other {# Mitglieder}} von der Warteliste von **{name}** eingeladen: {members}. Sie werden per Direktnachricht informiert (oder per Erwähnung im Kanal des Features, wenn sie keine Direktnachrichten annehmen). Noch auf der Warteliste: {remaining, number}.',
  'invite.admittedSome':
    '{count, plural, one {# Mitglied} other {# Mitglieder}} von der Warteliste von **{name}** eingeladen: {members} und {more, number} weitere. Sie werden per Direktnachricht informiert (oder per Erwähnung im Kanal des Features, wenn sie keine Direktnachrichten annehmen). Noch auf der Warteliste: {remaining, number}.',
  'invite.alreadyRevoked': 'Die Einladung `{code}` wurde bereits widerrufen.',
  'invite.created':
    'Einladung `{code}` für **{name}**: {uses, plural, one {# Nutzung} other {# Nutzungen}}, gültig bis <t:{expiresAt}:f>{hasTarget, select, yes {, nur für <@{target}>} other {}}.\nZum Teilen: `/join feature:{key} code:{code}`',
  'invite.invitedDm':
    'Du bist zu **{name}** (Early Access) auf **{guildName}** eingeladen! Führe dort bis <t:{expiresAt}:f> `/join feature:{key}` aus (oder nutze den Code `{code}`).',
  'invite.listEmpty': '**{name}** hat noch keine Einladungen. Erstelle eine mit `/invite create`.',
  'invite.listLine':
    '`{code}` · {status} · {usage} · {hasExpiry, select, yes {Ablauf <t:{expiresAt}:R>} other {kein Ablaufdatum}}{hasTarget, select, yes { · für <@{target}>} other {}}',
  'invite.listMore': '…und {more, number} ältere.',
  'invite.listTitle': 'Einladungen für {name}',
  'invite.listUsage': '{uses, number}/{maxUses, number} genutzt',
  'invite.listUsageUnlimited': '{uses, number}/∞ genutzt',
  'invite.notFound': 'Auf diesem Server gibt es keine Einladung `{code}`.',
  'invite.onlyEarlyAccess':
    '**{name}** ist in {level}: Einladungen gibt es nur für Early Access. {isPreview, select, yes {Alle können mit `/join` beitreten.} other {Alle haben bereits Zugang.}}',
  'invite.revoked':
    'Einladung `{code}` für **{name}** widerrufen. Mitglieder, die bereits beigetreten sind, behalten ihren Zugang.',
  'invite.status.expired': 'abgelaufen',
  'invite.status.revoked': 'widerrufen',
  'invite.status.usable': 'aktiv',
  'invite.status.used-up': 'aufgebraucht',
  'invite.status.wrong-member': 'aktiv',
  'invite.targetHasAccess': '<@{memberId}> hat bereits Zugang.',
  'invite.targetIsBot': 'Bots können nicht eingeladen werden: Wähle ein Mitglied.',
  'invite.waitlistEmpty': 'Niemand steht auf der Warteliste von **{name}**.',
  'join.accept': 'Akzeptieren',
  'join.alreadyMember': 'Du hast bereits Zugang zu **{name}**.',
  'join.alreadyWaiting':
    'Du stehst bereits auf der Warteliste für **{name}**, auf Platz **{position, number}**.',
  'join.codeRefused.expired': 'Dieser Einladungscode ist abgelaufen. Bitte einen Maintainer um einen neuen.',
  'join.codeRefused.revoked': 'Dieser Einladungscode wurde von den Maintainern widerrufen.',
  'join.codeRefused.used-up':
    'Dieser Einladungscode wurde bereits so oft genutzt, wie er erlaubt. Bitte einen Maintainer um einen neuen.',
  'join.codeRefused.wrong-member': 'Dieser Einladungscode wurde für ein anderes Mitglied erstellt.',
  'join.codeUnknown':
    'Dieser Einladungscode ist für **{name}** nicht gültig. Prüfe ihn, oder führe `/join` ohne Code aus, um auf die Warteliste zu kommen.',
  'join.decline': 'Ablehnen',
  'join.declined': 'Du hast die Bedingungen von **{name}** abgelehnt. Es wurde nichts vergeben.',
  'join.defaultTerms.early-access':
    'Early Access ist nur mit Einladung zugänglich. Das Feature kann sich komplett ändern oder entfernt werden, und dein Zugang kann jederzeit eingeschränkt oder entzogen werden. Mit dem Akzeptieren sagst du zu, mit inkompatiblen Änderungen zu rechnen und Feedback zu geben.',
  'join.defaultTerms.preview':
    'Preview ist fast fertig, aber nicht für den Produktiveinsatz gedacht. Rechne mit Ecken und Kanten; es ist ein letzter Belastungstest vor General Availability.',
  'join.everyoneHasIt':
    '**{name}** ist allgemein verfügbar: Alle haben bereits Zugang, ein Beitritt ist nicht nötig.',
  'join.featureGone': 'Dieses Feature ist nicht mehr verfügbar. Es wurde nichts vergeben.',
  'join.full':
    '**{name}** hat keinen freien Platz: Alle {seats, number} Early-Access-Plätze sind belegt. Versuche es später erneut.',
  'join.granted':
    'Willkommen bei **{name}**! Du hast die Bedingungen akzeptiert; die Rolle <@&{roleId}> wird gleich vergeben. Mit `/feedback` sagst du dem Team, was du denkst, mit `/leave` gibst du den Zugang wieder ab.',
  'join.inviteGone':
    'Deine Einladung zu **{name}** ist nicht mehr gültig (inzwischen genutzt, abgelaufen oder widerrufen). Es wurde nichts vergeben.',
  'join.left': 'Du hast **{name}** verlassen. Dein Zugang ist beendet, und die Rolle wird entfernt.',
  'join.leftWaitlist': 'Du hast die Warteliste von **{name}** verlassen.',
  'join.notMember': 'Du hast keinen Zugang zu **{name}** und stehst nicht auf der Warteliste.',
  'join.nothingToLeaveAtGa':
    '**{name}** ist allgemein verfügbar: Alle haben Zugang, daher gibt es keinen Zugang abzugeben.',
  'join.paused':
    'Die Aufnahme in **{name}** ist gerade von den Maintainern pausiert. Versuche es später erneut.',
  'join.rolePrivileged':
    'Du kannst **{name}** gerade nicht beitreten: Seine Rolle hat Berechtigungen, die eine Feature-Rolle nicht haben darf, daher vergibt Stagegate sie nicht, bis die Maintainer das korrigiert haben. Versuche es später erneut.',
  'join.termsChanged':
    'Die Bedingungen von **{name}** haben sich geändert, während du sie gelesen hast. Führe `/join` erneut aus, um die aktuellen Bedingungen zu sehen.',
  'join.termsFooter':
    'Bedingungen, Version {version} · Akzeptiere innerhalb von {minutes, number} Minuten, sonst wird nichts vergeben.',
  'join.termsPrompt':
    'Lies die Bedingungen unten. Drücke **Akzeptieren**, um Zugang zu erhalten, oder **Ablehnen**.',
  'join.termsTitle': '{name}: Bedingungen für {level}',
  'join.waitlisted':
    '**{name}** ist vorerst nur mit Einladung zugänglich. Du stehst auf Platz **{position, number}** der Warteliste; du bekommst eine Direktnachricht, sobald du eingeladen wirst.',
  maintainerOnly:
    'Dieser Befehl ist für Maintainer: Du brauchst die Berechtigung „Server verwalten“ oder die mit `/setup maintainers` festgelegte Maintainer-Rolle.',
  'mydata.authorErased': '(gelöscht)',
  'mydata.confirm':
    '**Deine Daten auf diesem Server löschen?** Das lässt sich nicht rückgängig machen. Gelöscht werden:',
  'mydata.confirmKept':
    'Deine Feedback-Einträge bleiben mit Nummer, Status, Tags und Stimmen erhalten, damit die Auswertung des Teams vollständig bleibt; ihr Text lautet dann `[deleted by its author]`, und sie nennen dich nicht mehr. Was das Team festhält (dein früherer Zugang, Einladungen für dich), bleibt ebenfalls. Antworte innerhalb von {minutes, plural, one {# Minute} other {# Minuten}}.',
  'mydata.eraseButton': 'Meine Daten löschen',
  'mydata.erased': 'Auf diesem Server gelöscht:',
  'mydata.erasedNote':
    'Deine Feedback-Einträge behalten Nummer und Status; ihr Text lautet jetzt `[deleted by its author]`.',
  'mydata.erasedNothing': 'Auf diesem Server war nichts mehr zu löschen.',
  'mydata.exportTooLarge':
    'Deine Daten auf diesem Server sind größer als {limitMiB} MiB und können daher nicht an Discord angehängt werden. Bitte die Server-Administration um eine Kopie aus der Datenbank von Stagegate.',
  'mydata.exported':
    'Alles, was Stagegate auf diesem Server über dich speichert, steht in `{fileName}`: {feedback, plural, one {# Feedback-Eintrag} other {# Feedback-Einträge}}, {votes, plural, one {# Stimme} other {# Stimmen}} und {records, plural, one {# weiterer Datensatz} other {# weitere Datensätze}}. Notizen des Teams und Texte anderer Mitglieder gehören nicht dazu.',
  'mydata.exportedEmpty':
    'Stagegate speichert auf diesem Server nichts über dich; `{fileName}` zeigt die leeren Listen.',
  'mydata.item.access':
    '{count, plural, one {dein Zugang zu {features} samt Rolle} other {deine Zugänge zu {features} samt Rollen}}',
  'mydata.item.feedback':
    '{count, plural, one {der Text von # Feedback-Eintrag und der Hinweis, dass er von dir stammt} other {der Text von # Feedback-Einträgen und der Hinweis, dass sie von dir stammen}}',
  'mydata.item.follows':
    '{count, plural, one {# Eintrag, dem du folgst} other {# Einträge, denen du folgst}}',
  'mydata.item.notifications':
    'deine Benachrichtigungseinstellung (Benachrichtigungen sind dann wieder an, wie voreingestellt)',
  'mydata.item.votes': '{count, plural, one {# Stimme} other {# Stimmen}}',
  'mydata.item.waitlist': '{count, plural, one {# Wartelisten-Eintrag} other {# Wartelisten-Einträge}}',
  'mydata.item.withdrawnVotes':
    'der Nachweis über {count, plural, one {# zurückgezogene Stimme} other {# zurückgezogene Stimmen}}',
  'mydata.keepButton': 'Daten behalten',
  'mydata.kept': 'Es wurde nichts gelöscht.',
  'mydata.moreFeatures': '{count, plural, one {# weiteren Feature} other {# weiteren Features}}',
  'mydata.nothingToErase':
    'Stagegate speichert auf diesem Server nichts über dich, was `/mydata delete` löscht. `/mydata export` zeigt alles, was gespeichert ist.',
  notYourComponent: 'Diese Buttons gehören einem anderen Mitglied.',
  'notifications.duplicateOf':
    'Es ist ein Duplikat von **#{original}**: Die Stimmen und Follower wurden dorthin übertragen; ab jetzt bekommst du Nachrichten zu **#{original}**.',
  'notifications.note': 'Notiz der Maintainer: {note}',
  'notifications.off':
    'Benachrichtigungen sind auf diesem Server aus: keine Direktnachrichten mehr zu Feedback, dem du folgst. Mit `/notifications setting:on` schaltest du sie wieder ein.',
  'notifications.on':
    'Benachrichtigungen sind auf diesem Server an: Du bekommst eine Direktnachricht, wenn sich der Status von Feedback ändert, dem du folgst, und ein Dankeschön, wenn ein Feature hochgestuft wird, zu dem du Feedback gegeben hast.',
  'notifications.optOutButton': 'Diese Nachrichten abschalten',
  'notifications.optedOut':
    'Erledigt: keine Benachrichtigungen mehr von diesem Server. Mit `/notifications setting:on` schaltest du sie dort wieder ein.',
  'notifications.statusChanged': '**#{number}** ({feature}) hat jetzt den Status **{status}**.',
  'notifications.statusFooter':
    'Du bekommst diese Nachricht, weil du #{number} folgst (es ist dein Feedback oder du hast dafür gestimmt).',
  'notifications.thanksHeader':
    '**{feature}** ist von {from} auf {to} gewechselt. Danke für dein Feedback in {from}; so ist der Stand:',
  'notifications.thanksLine': '**#{number}** · **{status}** · {excerpt}',
  'notifications.thanksMore': '…und {count, number} weitere.',
  'option.empty': '`{option}`: ist leer.',
  'option.featureMissing': '`{option}`: Gib ein Feature an.',
  'option.feedbackNumber': '`{option}`: gib eine Feedback-Nummer an (#N).',
  'option.invalid': '`{option}`: ist ungültig.',
  'option.inviteCodeCharacters': '`{option}`: Ein Einladungscode besteht nur aus Buchstaben und Ziffern.',
  'option.missing': '`{option}`: ist erforderlich.',
  'option.nulCharacter':
    '`{option}`: enthält ein unsichtbares NUL-Zeichen (U+0000), das nicht gespeichert werden kann. Entferne es und versuche es erneut.',
  'option.tooBig': '`{option}`: darf höchstens {max, number} sein.',
  'option.tooLong': '`{option}`: darf höchstens {max, number} Zeichen lang sein.',
  'option.tooShort': '`{option}`: braucht mindestens {min, number} Zeichen.',
  'option.tooSmall': '`{option}`: muss mindestens {min, number} sein.',
  'promote.announcementField': 'Ankündigung',
  'promote.announcementPreview':
    'Würde in <#{channelId}> gepostet und nur die Feature-Rolle erwähnen (siehe unten).',
  'promote.announcementQueued': 'Wird in <#{channelId}> gepostet und erwähnt nur die Feature-Rolle.',
  'promote.atGa':
    '**{name}** ist bereits in General Availability, der letzten Stufe: Es gibt keine weitere Stufe.',
  'promote.dryRunHeader': 'Probelauf: Es wurde nichts geändert. Das würde `/promote` tun:',
  'promote.forcedField': 'Erzwungen',
  'promote.forcedValue':
    'Ja: Die Kriterien sind nicht erfüllt und `force` wurde verwendet; das wird mit dem Bericht gespeichert.',
  'promote.gaKeep':
    'Mitglieder behalten <@&{roleId}> als Abzeichen (GA-Rollenregel: behalten; ändern mit `/setup ga-roles`).',
  'promote.gaRemove':
    '<@&{roleId}> wird {count, plural, one {# Mitglied} other {# Mitgliedern}} mit Zugang entzogen (GA-Rollenregel: entfernen).',
  'promote.gateField': 'Anmeldung',
  'promote.gateOpens':
    'Die Einladungspflicht entfällt: Alle können sich mit `/join` anmelden. {count, plural, one {# Mitglied auf der Warteliste wird} other {# Mitglieder auf der Warteliste werden}} per Direktnachricht informiert.',
  'promote.gatesUnmet':
    'Nicht hochgestuft: **{name}** erfüllt die Reifekriterien für {to} nicht. Es wurde nichts geändert. Führe `/promote` mit `force:True` erneut aus, um trotzdem hochzustufen (der Bericht mit den unerfüllten Kriterien wird gespeichert).',
  'promote.historyField': 'Verlauf der Hochstufungen',
  'promote.historyLine':
    '<t:{at}:d> {from} → {to} durch <@{byId}>{forced, select, yes { **(erzwungen)**} other {}}{hasNote, select, yes {: {note}} other {}}',
  'promote.historyMore': '…und {count, number} frühere.',
  'promote.historyNone': 'Noch keine Stufenwechsel.',
  'promote.nextLevel': 'die nächste Stufe',
  'promote.noAnnouncementChannel':
    'Es ist kein Ankündigungskanal festgelegt, daher wird nichts angekündigt. Lege mit `/setup announcements` einen fest.',
  'promote.noRoleChanges': 'Keine Rollenänderungen.',
  'promote.noteField': 'Notiz',
  'promote.noteLength': '`{option}`: Die Notiz darf höchstens 1000 Zeichen lang sein.',
  'promote.planTitle': '{name}: {from} → {to}',
  'promote.promoted':
    '**{name}** von {from} auf {to} hochgestuft{forced, select, yes { (erzwungen: Die unerfüllten Kriterien sind gespeichert)} other {}}.',
  'promote.readinessField': 'Reife',
  'promote.replayed':
    'Dieses `/promote` wurde bereits ausgeführt: **{name}** ist von {from} zu {to} gewechselt. Sonst hat sich nichts geändert.',
  'promote.retired': '**{name}** ist eingestellt und kann nicht hochgestuft werden.',
  'promote.rolesField': 'Rollen',
  'promote.stale':
    'Nicht hochgestuft: **{name}** wurde gerade auf {level} gesetzt, möglicherweise gleichzeitig von einem anderen Maintainer. Es wurde nichts geändert. Prüfe `/features`; um weiter hochzustufen, führe `/promote` in einer Minute erneut aus.',
  'promote.thanksField': 'Dank',
  'promote.thanksPreview':
    '{count, plural, =0 {Niemand bekäme einen Dank: Niemand hat in {level} Feedback gegeben, oder die Benachrichtigungen sind ausgeschaltet.} one {# Mitglied, das in {level} Feedback gegeben hat, bekäme per Direktnachricht einen Dank mit dem Stand seiner Einträge.} other {# Mitglieder, die in {level} Feedback gegeben haben, bekämen per Direktnachricht einen Dank mit dem Stand ihrer Einträge.}}',
  'promote.thanksQueued':
    '{count, plural, =0 {Kein Dank zu verschicken: Niemand hat in {level} Feedback gegeben, oder die Benachrichtigungen sind ausgeschaltet.} one {# Mitglied, das in {level} Feedback gegeben hat, bekommt per Direktnachricht einen Dank mit dem Stand seiner Einträge.} other {# Mitglieder, die in {level} Feedback gegeben haben, bekommen per Direktnachricht einen Dank mit dem Stand ihrer Einträge.}}',
  'promote.waitlistOpened':
    '**{name}** ist jetzt in Preview: Die Einladungspflicht entfällt, und du kannst dich mit `/join feature:{key}` anmelden. Du standest auf der Warteliste, die jetzt geschlossen ist.',
  'report.directMessage': 'Konnte <@{userId}> keine Direktnachricht senden: {advice}',
  'report.fallbackFailed':
    'Konnte <@{userId}> keine Direktnachricht senden: {closedDms} Eine Erwähnung in <#{channelId}> war auch nicht möglich: {advice}',
  'report.forumPost':
    'Der Beitrag zu einem Feedback in <#{channelId}> konnte nicht erstellt werden: {advice}',
  'report.forumTags': 'Die Stufen- und Status-Tags in <#{channelId}> konnten nicht erstellt werden: {advice}',
  'report.groupDirectMessage':
    '{count, plural, one {# Direktnachricht} other {# Direktnachrichten}} fehlgeschlagen: {advice}',
  'report.groupMessage':
    '{count, plural, one {# Beitrag} other {# Beiträge}} in <#{channelId}> fehlgeschlagen: {advice}',
  'report.groupRole':
    '{count, plural, one {# Rollenänderung} other {# Rollenänderungen}} für **{feature}** fehlgeschlagen: {advice}',
  'report.groupRoleOf':
    '{count, plural, one {# Änderung} other {# Änderungen}} von <@&{roleId}> fehlgeschlagen: {advice}',
  'report.message': 'Konnte nicht in <#{channelId}> posten: {advice}',
  'report.messageEdit': 'Konnte eine Nachricht in <#{channelId}> nicht aktualisieren: {advice}',
  'report.roleAdd': '<@&{roleId}> konnte <@{memberId}> nicht gegeben werden: {advice}',
  'report.roleRemove': '<@&{roleId}> konnte <@{memberId}> nicht entzogen werden: {advice}',
  'readiness.gateLine': '{mark} {label}: {actual, number} / {required, number}',
  'readiness.gateLineAtMost': '{mark} {label}: {actual, number} (höchstens {required, number})',
  'readiness.lastLevel': 'General Availability ist die letzte Stufe.',
  'readiness.notReady': 'Noch nicht bereit für {level}.',
  'readiness.noticeAction': 'Ein Maintainer kann jetzt `/promote feature:{key}` ausführen.',
  'readiness.noticeTitle': '{name} ist bereit für {level}',
  'readiness.ready': 'Bereit für {level}.',
  'report.threadMessage':
    'In den Thread eines Feedbacks in <#{channelId}> konnte nicht gepostet werden: {advice}',
  'report.threadOpen':
    'Der Thread zu einer Feedback-Kopie in <#{channelId}> konnte nicht geöffnet werden: {advice}',
  'report.threadUpdate':
    'Der Thread eines Feedbacks in <#{channelId}> konnte nicht aktualisiert werden: {advice}',
  'roleReason.data-deleted': 'Stagegate: Mitglied hat seine Daten gelöscht ({featureKey})',
  'roleReason.ga-role-removed':
    'Stagegate: {featureKey} hat General Availability erreicht (Rollenregel: entfernen)',
  'roleReason.granted-by-maintainer': 'Stagegate: vergeben von {maintainerName}',
  'roleReason.held-without-access': 'Stagegate: Rolle ohne Zugang',
  'roleReason.joined': 'Stagegate: {featureKey} beigetreten ({how})',
  'roleReason.left': 'Stagegate: {featureKey} verlassen',
  'roleReason.restored': 'Stagegate: Rolle wiederhergestellt (Mitglied hat Zugang)',
  'roleReason.retired': 'Stagegate: {featureKey} eingestellt',
  'roleReason.revoked': 'Stagegate: Zugang entzogen: {reason}',
  'roleReason.role-moved-from': 'Stagegate: {featureKey} nutzt jetzt eine andere Rolle',
  'roleReason.role-moved-to': 'Stagegate: Rolle von {featureKey} geändert (Mitglied hat Zugang)',
  'rule.alreadyRetired': 'Dieses Feature ist bereits eingestellt.',
  'rule.durationInvalid':
    '`{input}` ist keine Dauer: Gib eine Zahl und eine Einheit an, zum Beispiel 30m, 12h, 7d oder 2w (Einheiten: m Minuten, h Stunden, d Tage, w Wochen).',
  'rule.durationOutOfRange': 'Eine Dauer muss zwischen 1 Minute und 90 Tagen liegen (angegeben: `{input}`).',
  'rule.featureDescriptionLength':
    'Eine Feature-Beschreibung muss 1–1000 Zeichen lang sein (deine hat {length, number}).',
  'rule.featureKeyInvalid':
    '`{key}` ist kein gültiger Feature-Schlüssel: Verwende 2–32 Zeichen (Kleinbuchstaben a–z, Ziffern und Bindestriche), beginnend mit einem Buchstaben oder einer Ziffer.',
  'rule.featureNameLength': 'Ein Feature-Name muss 1–80 Zeichen lang sein (deiner hat {length, number}).',
  'rule.feedbackEmpty': 'Feedback darf nicht leer sein.',
  'rule.feedbackTooLong':
    'Feedback darf höchstens {max, number} Zeichen lang sein (deines hat {length, number}).',
  'rule.gateFieldInvalid': '`{field}` muss eine ganze Zahl von 0 bis {max, number} sein.',
  'rule.gateThresholdsNotObject':
    'Die Schwellenwerte der Kriterien müssen min_feedback, min_days und max_open_blockers angeben.',
  'rule.retireOnlyEarlyAccess':
    'Nur Features in Early Access können eingestellt werden; dieses Feature ist in {levelLabel}.',
  'rule.retireReasonLength':
    'Der Grund für das Einstellen muss 1–{max, number} Zeichen lang sein (deiner hat {length, number}).',
  'rule.seatCapInvalid':
    'Die Anzahl der Plätze muss eine ganze Zahl von 1 bis 100.000 sein (angegeben: {value}).',
  'rule.seatCapOnlyEarlyAccess':
    'Platzbegrenzungen gelten nur für Early Access; dieses Feature ist in {levelLabel}, wo Plätze nicht gezählt werden.',
  'rule.tagInvalid':
    '`{tag}` ist kein gültiges Tag: Verwende 1–24 Zeichen (Kleinbuchstaben a–z, Ziffern und Bindestriche), beginnend mit einem Buchstaben oder einer Ziffer.',
  'rule.tagRepeated': 'Das Tag `{tag}` ist mehrfach angegeben.',
  'rule.tagUnknown': 'Unbekanntes Tag `{tag}`. Zur Auswahl: {vocabulary}.',
  'rule.tagsMissing': 'Gib mindestens ein Tag an. Zur Auswahl: {vocabulary}.',
  'rule.tagsTooMany': 'Gib höchstens {max, number} Tags an (du hast {count, number} angegeben).',
  'rule.textNulCharacter':
    'Der Text enthält ein unsichtbares NUL-Zeichen (U+0000), das nicht gespeichert werden kann. Entferne es und versuche es erneut.',
  'setup.announcements':
    'Wenn Features hochgestuft oder eingestellt werden, wird das in <#{channelId}> angekündigt.',
  'setup.channelMissing':
    'Der Bot kann nicht in <#{channelId}> posten, dort fehlen ihm diese Berechtigungen: {missing}. Erteile sie seiner Rolle in den Kanaleinstellungen, oder wähle einen anderen Kanal. Es wurde nichts geändert.',
  'setup.channelNotText': 'Wähle einen Text- oder Ankündigungskanal.',
  'setup.channelUnknown': 'Der Bot kann diesen Kanal nicht sehen. Wähle einen Textkanal, den er lesen kann.',
  'setup.feedbackRate': 'Feedback-Limit pro Mitglied: höchstens {perMinute, number} pro Minute.',
  'setup.gaRolePolicy.keep': 'behalten',
  'setup.gaRolePolicy.remove': 'entfernen',
  'setup.gaRoles':
    '{policy, select, keep {Wenn ein Feature General Availability erreicht, behalten seine Mitglieder die Feature-Rolle als Abzeichen.} other {Wenn ein Feature General Availability erreicht, wird die Feature-Rolle allen Mitgliedern mit Zugang entzogen.}}',
  'setup.gatesLine':
    'Feedback auf der Stufe: mindestens {minFeedback, number}; Teilnehmende auf der Stufe: mindestens {minParticipants, plural, one {# Person} other {# Personen}}; Zeit auf der Stufe: mindestens {minDays, plural, one {# Tag} other {# Tage}}; offenes `blocker`-Feedback: höchstens {maxOpenBlockers, number}.',
  'setup.gatesSet': 'Reifekriterien für {transition} aktualisiert:',
  'setup.gatesTitle': 'Reifekriterien: {transition}',
  'setup.languageDefault':
    'Beiträge und Direktnachrichten von Stagegate auf diesem Server richten sich jetzt nach der bevorzugten Sprache des Servers. Bis Discord sie Stagegate mitteilt, gilt: **{language}**.',
  'setup.languageFallback':
    'Beiträge und Direktnachrichten von Stagegate auf diesem Server richten sich jetzt nach der bevorzugten Sprache des Servers. Diese ({serverLanguage}) spricht Stagegate nicht, daher gilt die Ausweichsprache: **{language}**.',
  'setup.languageName.de': 'Deutsch',
  'setup.languageName.en-US': 'Englisch',
  'setup.languageName.es-ES': 'Spanisch',
  'setup.languageName.fr': 'Französisch',
  'setup.languageName.pt-BR': 'Portugiesisch (Brasilien)',
  'setup.languageServer':
    'Beiträge und Direktnachrichten von Stagegate auf diesem Server richten sich jetzt nach der bevorzugten Sprache des Servers: **{language}**.',
  'setup.languageSet':
    'Sprache der Beiträge und Direktnachrichten von Stagegate auf diesem Server: **{language}**. Antworten an ein Mitglied richten sich weiterhin nach dessen eigener Discord-Sprache.',
  'setup.log': 'Hinweise zur Reife und Zustellprobleme werden in <#{channelId}> gemeldet.',
  'setup.maintainerEveryone':
    'Die Rolle @everyone kann nicht die Maintainer-Rolle sein: Sonst könnte jedes Mitglied hochstufen und Zugänge entziehen.',
  'setup.maintainerManaged':
    'Diese Rolle wird von einer Integration verwaltet (einem Bot, Server-Boosts oder einem Abo): Mitglieder erhalten sie von der Integration, nicht von deinem Team. Wähle eine Rolle, die du selbst vergibst.',
  'setup.maintainerUnknown': 'Diese Rolle gibt es auf diesem Server nicht.',
  'setup.maintainers':
    'Mitglieder mit <@&{roleId}> können jetzt Maintainer-Befehle ausführen (ebenso wie Mitglieder mit „Server verwalten“).',
  'setup.maintainersNeedManageServer':
    'Nur Mitglieder mit der Berechtigung „Server verwalten“ können die Maintainer-Rolle festlegen: Mit der Maintainer-Rolle allein lassen sich keine Maintainer-Rechte an eine andere Rolle weitergeben. Es wurde nichts geändert.',
  'setup.notSet': 'nicht festgelegt',
  'setup.permission.createPosts': 'Beiträge erstellen',
  'setup.permission.createPublicThreads': 'Öffentliche Threads erstellen',
  'setup.permission.embedLinks': 'Links einbetten',
  'setup.permission.manageChannels': 'Kanäle verwalten',
  'setup.permission.manageThreads': 'Threads verwalten',
  'setup.permission.sendMessages': 'Nachrichten senden',
  'setup.permission.sendMessagesInThreads': 'Nachrichten in Threads senden',
  'setup.permission.viewChannel': 'Kanal ansehen',
  'setup.showAnnouncements': 'Ankündigungskanal',
  'setup.showDiscussion': 'Feedback-Kanäle',
  'setup.showDiscussionLine': '`{key}`: <#{channelId}> ({mode})',
  'setup.showDiscussionMissing': 'fehlt: {missing}',
  'setup.showDiscussionMode.forum': 'Forum, ein Beitrag pro Eintrag',
  'setup.showDiscussionMode.text': 'ein Thread pro Eintrag',
  'setup.showGaRoles': 'GA-Rollenregel',
  'setup.showGates': 'Reifekriterien',
  'setup.showGatesLine': '**{transition}**: {gates}',
  'setup.showLanguage': 'Sprache',
  'setup.showLanguageDefault': '{language} (Standard)',
  'setup.showLanguageFallback':
    '{language} (die bevorzugte Sprache des Servers, {serverLanguage}, spricht Stagegate nicht)',
  'setup.showLanguageServer': '{language} (bevorzugte Sprache des Servers)',
  'setup.showLanguageSet': '{language} (festgelegt mit `/setup language`)',
  'setup.showLog': 'Log-Kanal',
  'setup.showMaintainers': 'Maintainer-Rolle',
  'setup.showRate': 'Feedback-Limit',
  'setup.showRateValue': '{perMinute, number} pro Minute und Mitglied',
  'setup.showTags': 'Tags',
  'setup.showTerms': 'Bedingungen',
  'setup.showTermsDefault': '{level}: Standardtext',
  'setup.showTermsVersion': '{level}: Version {version}',
  'setup.showTitle': 'Stagegate-Konfiguration',
  'setup.tagAdded': 'Tag `{tag}` hinzugefügt. Tags: {tags}.',
  'setup.tagExists': 'Das Tag `{tag}` ist bereits in der Tag-Liste.',
  'setup.tagLast':
    'Die Tag-Liste braucht mindestens ein Tag: Füge ein anderes hinzu, bevor du dieses entfernst.',
  'setup.tagMissing': 'Es gibt kein Tag `{tag}`. Tags: {tags}.',
  'setup.tagRemoved': 'Tag `{tag}` entfernt; Feedback, das es trägt, behält es. Tags: {tags}.',
  'setup.tagsFull':
    'Die Tag-Liste fasst höchstens {max, number} Tags (mehr zeigt die Autovervollständigung nicht an). Entferne zuerst eines.',
  'setup.termsEmpty': '`{option}`: Der Text der Bedingungen darf nicht leer sein.',
  'setup.termsSet':
    'Die Bedingungen für {level} wurden als Version {version} gespeichert. Mitglieder akzeptieren diese Version, bevor sie Zugang erhalten.',
  shuttingDown: 'Stagegate wird neu gestartet. Bitte versuche es gleich noch einmal.',
  'status.label.acknowledged': 'Angenommen',
  'status.label.duplicate': 'Duplikat',
  'status.label.open': 'Offen',
  'status.label.planned': 'Geplant',
  'status.label.resolved': 'Erledigt',
  'status.label.wont-fix': 'Wird nicht behoben',
  'thread.duplicate':
    '**#{number}** ist als Duplikat von **#{original}** geschlossen: Die Diskussion geht dort weiter.',
  'thread.note': '**Notiz der Maintainer:** {note}',
  'thread.status': '**#{number}** ist jetzt **{status}**.',
  'triage.changeSeparator': '; ',
  'triage.duplicateOfChange': 'Duplikat von **#{original}**',
  'triage.duplicateOfIsDuplicate':
    '**#{original}** ist selbst ein Duplikat von **#{target}**: Lass `duplicate_of` auf das Original zeigen, **#{target}**.',
  'triage.duplicateOfIsDuplicateUnknown':
    '**#{original}** ist selbst ein Duplikat: Lass `duplicate_of` auf den Eintrag zeigen, den es dupliziert.',
  'triage.duplicateOfItself':
    '**#{number}** kann kein Duplikat von sich selbst sein: Gib in `duplicate_of` die Nummer des Originals an.',
  'triage.duplicateOfNotDuplicate':
    '`duplicate_of` gilt nur mit dem Status `duplicate`: Setze `status:duplicate`, um **#{number}** als Duplikat zu schließen.',
  'triage.duplicateOfRequired':
    'Um **#{number}** als `duplicate` zu schließen, gib `duplicate_of` an: die Nummer des Eintrags, den es dupliziert.',
  'triage.duplicateOfUnknown':
    'Auf diesem Server gibt es kein Feedback **#{original}**, auf das `duplicate_of` zeigen könnte.',
  'triage.exportTooLarge':
    'Der Export ist größer als {limitMiB} MiB und kann daher nicht an Discord angehängt werden. {levelGiven, select, yes {Selbst eine einzelne Stufe ist zu groß: Bitte die Server-Administration um einen Datenbankexport.} other {Exportiere mit der Option `level` eine Stufe nach der anderen.}}',
  'triage.exported':
    '{rows, plural, one {# Feedback-Eintrag} other {# Feedback-Einträge}} nach `{fileName}` exportiert.',
  'triage.filterStatus': 'Status {status}',
  'triage.filterTag': 'Tag {tag}',
  'triage.followersNotified':
    '{count, plural, one {# Follower benachrichtigt} other {# Follower benachrichtigt}}',
  'triage.listEmpty': 'Kein Feedback passt zu diesen Filtern.',
  'triage.listFooter':
    '{total, plural, one {# passender Eintrag} other {# passende Einträge}} · neueste zuerst',
  'triage.listFooterVotes':
    '{total, plural, one {# passender Eintrag} other {# passende Einträge}} · meiste Stimmen zuerst',
  'triage.listTitle': 'Feedback: {feature}',
  'triage.listTitleFiltered': 'Feedback: {feature} ({filters})',
  'triage.next': 'Weiter',
  'triage.noteEmpty': 'Die Notiz darf nicht leer sein.',
  'triage.noteRecorded': 'Notiz gespeichert',
  'triage.previous': 'Zurück',
  'triage.statusChange': 'Status `{from}` → `{to}`',
  'triage.tagsChange': 'Tags {from} → {to}',
  'triage.unchanged':
    '**#{number}** hat bereits den Status `{status}`; gib einen anderen Status, eine Notiz oder Tags an, um etwas zu ändern.',
  'triage.unknownFeedback': 'Auf diesem Server gibt es kein Feedback **#{number}**.',
  'triage.updated': '**#{number}** aktualisiert: {changes}.',
  unknownCommand:
    'Dieser Befehl ist nicht mehr verfügbar. Es kann einen Moment dauern, bis Discord die Liste aktualisiert.',
  unknownFeature: 'Es gibt kein aktives Feature `{key}`. Mit `/features` siehst du die Liste.',
  'votes.alreadyVoted':
    'Du unterstützt **#{number}** bereits ({votes, plural, one {# Stimme} other {# Stimmen}}). Um deine Stimme zurückzuziehen, nutze `/vote id:{number} withdraw:True`.',
  'votes.buttonLabel': 'Unterstützen · {votes, number}',
  'votes.choice': '#{number} · {votes, plural, one {# Stimme} other {# Stimmen}} · {feature} · {excerpt}',
  'votes.closed': '**#{number}** ist abgeschlossen (**{status}**): Es nimmt keine Stimmen mehr an.',
  'votes.count': '{votes, plural, one {# Stimme} other {# Stimmen}}',
  'votes.itemGone': 'Dieses Feedback gibt es nicht mehr.',
  'votes.noAccess':
    '**#{number}** betrifft **{feature}** in Early Access: Nur Mitglieder mit Zugang können abstimmen. Bitte mit `/join feature:{key}` um Zugang.',
  'votes.notVoted':
    'Du unterstützt **#{number}** nicht ({votes, plural, one {# Stimme} other {# Stimmen}}), also gibt es keine Stimme zum Zurückziehen.',
  'votes.ownItem':
    '**#{number}** ist dein eigenes Feedback: Du kannst nicht dafür stimmen, und du folgst ihm bereits.',
  'votes.retired':
    '**#{number}** betrifft **{feature}**, das eingestellt wurde: Sein Feedback nimmt keine Stimmen an.',
  'votes.unknownItem': 'Auf diesem Server gibt es kein Feedback **#{number}**.',
  'votes.voted':
    'Du unterstützt **#{number}**; der Eintrag hat jetzt {votes, plural, one {# Stimme} other {# Stimmen}}. Du bekommst Bescheid, wenn sich sein Status ändert.',
  'votes.withdrawn':
    'Du hast deine Stimme für **#{number}** zurückgezogen; der Eintrag hat jetzt {votes, plural, one {# Stimme} other {# Stimmen}}. Du folgst ihm nicht mehr.',
  yourText: 'Dein Text (kopiere ihn, um es erneut zu versuchen)',
};
