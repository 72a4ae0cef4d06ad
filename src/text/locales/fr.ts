import type { Catalog } from '../translate.js';

/** French (fr): every message of `en.ts`, translated. */
export const fr: Catalog = {
  'access.alreadyHas': '<@{memberId}> a déjà accès à **{name}**.',
  'access.alreadyPaused': 'Les admissions à **{name}** étaient déjà suspendues.',
  'access.everyoneHasIt':
    '**{name}** est disponible pour tous : tout le monde y a déjà accès, il n’y a aucun accès à accorder.',
  'access.granted':
    'Accès à **{name}** accordé à <@{memberId}> (consigné comme décision d’un mainteneur). Le rôle est en cours d’attribution.',
  'access.how.invite': 'invitation',
  'access.how.maintainer': 'mainteneur',
  'access.how.sign-up': 'inscription',
  'access.listEmpty': 'Personne n’a encore accès à **{name}**.',
  'access.listLine':
    '<@{memberId}> · {how} · <t:{grantedAt}:d>{hasTerms, select, yes { · conditions v{termsVersion}} other {}}',
  'access.listMore': '…et {more, number} de plus.',
  'access.listTitle':
    '{name} : {count, plural, one {# membre} many {# membres} other {# membres}} avec accès',
  'access.noAccess': '<@{memberId}> n’a pas accès à **{name}**.',
  'access.notInServer':
    '<@{memberId}> n’est pas membre de ce serveur : le rôle de la fonctionnalité ne peut donc pas lui être attribué.',
  'access.notPaused': 'Les admissions à **{name}** n’étaient pas suspendues.',
  'access.paused':
    'Les admissions à **{name}** sont suspendues : aucun nouveau membre n’est admis tant que vous n’avez pas lancé `/access resume`.',
  'access.reasonRequired': '`{option}` : indiquez une raison, elle sera communiquée au membre.',
  'access.reconcileSkippedGa':
    'General Availability : les rôles ne sont pas vérifiés, tout le monde a la fonctionnalité.',
  'access.reconciled':
    'Rôle vérifié pour {checked, plural, one {# membre} many {# membres} other {# membres}} avec accès.',
  'access.reconciledAllInPlace': 'Tous les rôles sont en place.',
  'access.reconciledGone':
    'Ont quitté le serveur : {gone, number} (leur accès reste en place jusqu’à ce que vous le révoquiez).',
  'access.reconciledRefused':
    'Les rôles manquants ne sont pas rendus : le rôle {roleName} porte désormais {permissions}, ce qu’un rôle de fonctionnalité ne doit pas avoir. Retirez ces permissions dans Paramètres du serveur > Rôles.',
  'access.reconciledRestored': 'Avaient perdu le rôle : {restored, number} ; il leur est réattribué.',
  'access.reconciledUnchecked':
    'Non vérifiés cette fois : {unchecked, number} de plus (100 au maximum par passage).',
  'access.resumed': 'Les admissions à **{name}** sont de nouveau ouvertes.',
  'access.retire.announced': 'L’annonce pour <#{channelId}> est en file d’attente.',
  'access.retire.done':
    'Fonctionnalité **{name}** retirée : {grants, plural, one {# accès révoqué} many {# accès révoqués} other {# accès révoqués}} (leurs rôles sont en cours de retrait), {invites, plural, one {# invitation fermée} many {# invitations fermées} other {# invitations fermées}}, {waiting, plural, one {# inscription sur liste d’attente fermée} many {# inscriptions sur liste d’attente fermées} other {# inscriptions sur liste d’attente fermées}}.',
  'access.retire.grantReason': 'fonctionnalité retirée : {reason}',
  'access.retire.noAnnouncementChannel':
    'Aucun salon d’annonces n’est défini, le serveur n’a donc pas été informé. Définissez-en un avec `/setup announcements` et faites l’annonce vous-même.',
  'access.revoked':
    'Accès de <@{memberId}> à **{name}** révoqué. Le rôle est en cours de retrait et la raison est envoyée au membre par message privé.',
  'access.revokedDm':
    'Votre accès à **{name}** sur **{guildName}** a été retiré par les mainteneurs. Raison : {reason}',
  'access.rolePrivileged':
    'Accès non accordé : le rôle {roleName} de **{name}** donne désormais {permissions}, ce qu’un rôle de fonctionnalité ne doit pas avoir, et Stagegate ne l’attribue donc pas. Retirez ces permissions du rôle dans Paramètres du serveur > Rôles, ou donnez un autre rôle à la fonctionnalité avec `/feature edit`.',
  'access.seats':
    'Places pour **{name}** : désormais {cap, number} (occupées : {used, number}, libres : {free, number}).',
  'access.seatsOverCap':
    'Places pour **{name}** : désormais {cap, number} ; membres ayant déjà accès : {used, number}. Personne n’est retiré, et aucun nouveau membre n’est admis tant que le nombre de membres ayant accès n’est pas inférieur à {cap, number}.',
  'access.targetIsBot': 'Les bots ne peuvent pas recevoir d’accès : choisissez un membre.',
  'cmd.access': 'Limitez et retirez l’accès à une fonctionnalité',
  'cmd.access.grant': 'Donnez l’accès à un membre (dérogation de mainteneur, consignée comme telle)',
  'cmd.access.grant.member': 'Le membre',
  'cmd.access.list': 'Listez les membres ayant accès et corrigez les rôles qui ne correspondent plus',
  'cmd.access.pause': 'Cessez d’admettre de nouveaux membres',
  'cmd.access.resume': 'Admettez de nouveau des membres',
  'cmd.access.revoke': 'Retirez l’accès d’un membre ; il est informé du motif',
  'cmd.access.revoke.member': 'Le membre',
  'cmd.access.revoke.reason': 'Pourquoi (le membre en est informé)',
  'cmd.access.seats':
    'Fixez le nombre maximal de places en Early Access (le réduire ne retire l’accès à personne)',
  'cmd.access.seats.count': 'Places',
  'cmd.feature': 'Gérez le catalogue des fonctionnalités',
  'cmd.feature.create': 'Créez une fonctionnalité ; elle commence en Early Access',
  'cmd.feature.create.channel': 'Où les retours sont recopiés (facultatif)',
  'cmd.feature.create.description': 'Ce qu’est la fonctionnalité',
  'cmd.feature.create.key': 'Clé courte : minuscules, chiffres, tirets (2 à 32)',
  'cmd.feature.create.name': 'Nom affiché',
  'cmd.feature.create.role': 'Le rôle que reçoivent les membres ayant accès',
  'cmd.feature.create.seats': 'Nombre maximal de places en Early Access (facultatif)',
  'cmd.feature.edit': 'Modifiez une fonctionnalité ; seules les options indiquées changent',
  'cmd.feature.edit.channel': 'Où les retours sont recopiés',
  'cmd.feature.edit.description': 'Ce qu’est la fonctionnalité',
  'cmd.feature.edit.name': 'Nom affiché',
  'cmd.feature.edit.role': 'Le rôle que reçoivent les membres ayant accès',
  'cmd.feature.edit.seats': 'Nombre maximal de places en Early Access',
  'cmd.feature.retire':
    'Retirez une fonctionnalité en Early Access : tous les accès sont révoqués et le serveur prévenu',
  'cmd.feature.retire.reason': 'Pourquoi elle est retirée (affiché dans l’annonce)',
  'cmd.features': 'Listez les fonctionnalités et leur niveau de maturité, ou affichez-en une en détail',
  'cmd.features.feature': 'Affichez cette fonctionnalité en détail',
  'cmd.feedback': 'Donnez votre avis sur une fonctionnalité à son niveau de maturité actuel',
  'cmd.feedback.message': 'Votre retour ; laissez vide pour l’écrire dans un formulaire',
  'cmd.feedback.tags': '1 à 3 tags, séparés par des virgules (par exemple : bug, performance)',
  'cmd.invite': 'Invitations Early Access',
  'cmd.invite.admit': 'Invitez les premiers membres de la liste d’attente et prévenez-les',
  'cmd.invite.admit.count': 'Combien en admettre',
  'cmd.invite.create': 'Créez un code d’invitation',
  'cmd.invite.create.expires_in': 'Durée de validité, par exemple 12h, 7d, 2w (7d par défaut)',
  'cmd.invite.create.member': 'Seul ce membre peut l’utiliser',
  'cmd.invite.create.uses': 'Combien de membres peuvent l’utiliser (1 par défaut)',
  'cmd.invite.list': 'Listez les invitations d’une fonctionnalité',
  'cmd.invite.revoke': 'Révoquez un code d’invitation',
  'cmd.invite.revoke.code': 'Le code d’invitation',
  'cmd.join': 'Obtenez l’accès à une fonctionnalité (Early Access : sur invitation ; Preview : pour tous)',
  'cmd.join.code': 'Votre code d’invitation Early Access',
  'cmd.leave': 'Renoncez à votre accès à une fonctionnalité ; son rôle vous est retiré',
  'cmd.mydata': 'Consulter ou effacer ce que Stagegate conserve à votre sujet sur ce serveur',
  'cmd.mydata.delete': 'Effacer vos textes de retours, vos votes et vos autres données sur ce serveur',
  'cmd.mydata.export':
    'Recevoir un fichier JSON de tout ce que Stagegate conserve à votre sujet sur ce serveur',
  'cmd.notifications': 'Activer ou couper les messages privés sur les retours que vous suivez sur ce serveur',
  'cmd.notifications.setting': 'activé ou désactivé',
  'cmd.notifications.setting.choice.off': 'désactivé',
  'cmd.notifications.setting.choice.on': 'activé',
  'cmd.option.feature': 'La fonctionnalité (sa clé)',
  'cmd.option.level.choice.early-access': 'Early Access',
  'cmd.option.level.choice.ga': 'General Availability',
  'cmd.option.level.choice.preview': 'Preview',
  'cmd.option.status.choice.acknowledged': 'pris en compte',
  'cmd.option.status.choice.duplicate': 'doublon',
  'cmd.option.status.choice.open': 'ouvert',
  'cmd.option.status.choice.planned': 'prévu',
  'cmd.option.status.choice.resolved': 'résolu',
  'cmd.option.status.choice.wont-fix': 'ne sera pas traité',
  'cmd.promote': 'Faites passer une fonctionnalité au niveau suivant, selon ses critères de maturité',
  'cmd.promote.dry_run': 'Affichez ce qui se passerait, sans rien modifier',
  'cmd.promote.force': 'Promouvez même si les critères ne sont pas remplis (consigné)',
  'cmd.promote.note': 'Ce qui a changé ; affiché dans l’annonce',
  'cmd.setup': 'Configurez Stagegate pour ce serveur',
  'cmd.setup.announcements': 'Où les promotions et les retraits de fonctionnalités sont annoncés',
  'cmd.setup.announcements.channel': 'Salon d’annonces',
  'cmd.setup.feedback-rate': 'Combien de retours un membre peut donner par minute',
  'cmd.setup.feedback-rate.per_minute': 'Limite (5 par défaut)',
  'cmd.setup.ga-roles':
    'Ce que deviennent les rôles d’une fonctionnalité quand elle passe en General Availability',
  'cmd.setup.ga-roles.policy': 'Garder le rôle comme badge, ou le retirer',
  'cmd.setup.ga-roles.policy.choice.keep': 'Garder comme badge',
  'cmd.setup.ga-roles.policy.choice.remove': 'Retirer',
  'cmd.setup.gates': 'Critères de maturité d’une transition',
  'cmd.setup.gates.max_open_blockers': 'Bloquants ouverts autorisés',
  'cmd.setup.gates.min_days': 'Jours nécessaires au niveau actuel',
  'cmd.setup.gates.min_feedback': 'Retours nécessaires au niveau actuel',
  'cmd.setup.gates.min_participants': 'Participants nécessaires au niveau actuel (retours ou votes)',
  'cmd.setup.gates.transition': 'Quelle promotion',
  'cmd.setup.gates.transition.choice.early-access->preview': 'Early Access -> Preview',
  'cmd.setup.gates.transition.choice.preview->ga': 'Preview -> General Availability',
  'cmd.setup.language': 'La langue des publications et messages privés de Stagegate sur ce serveur',
  'cmd.setup.language.locale': 'Une langue, ou la langue préférée du serveur',
  'cmd.setup.language.locale.choice.de': 'Deutsch',
  'cmd.setup.language.locale.choice.en-US': 'English',
  'cmd.setup.language.locale.choice.es-ES': 'Español',
  'cmd.setup.language.locale.choice.fr': 'Français',
  'cmd.setup.language.locale.choice.pt-BR': 'Português (Brasil)',
  'cmd.setup.language.locale.choice.server': 'La langue préférée du serveur',
  'cmd.setup.log': 'Où les avis de maturité et les problèmes d’envoi sont signalés',
  'cmd.setup.log.channel': 'Salon de logs',
  'cmd.setup.maintainers':
    'Le rôle dont les membres peuvent utiliser les commandes de mainteneur (outre « Gérer le serveur »)',
  'cmd.setup.maintainers.role': 'Rôle de mainteneur',
  'cmd.setup.show': 'Affichez la configuration actuelle',
  'cmd.setup.tags': 'La liste des tags des retours',
  'cmd.setup.tags.add': 'Ajoutez un tag',
  'cmd.setup.tags.add.tag': 'Minuscules, chiffres, tirets',
  'cmd.setup.tags.remove': 'Supprimez un tag (les retours enregistrés le gardent)',
  'cmd.setup.tags.remove.tag': 'Le tag',
  'cmd.setup.terms': 'Les conditions que les membres acceptent avant d’obtenir l’accès',
  'cmd.setup.terms.level': 'Quel niveau',
  'cmd.setup.terms.text': 'Le texte des conditions',
  'cmd.triage': 'Examinez et exportez les retours',
  'cmd.triage.export': 'Téléchargez les retours d’une fonctionnalité en CSV ou en JSON',
  'cmd.triage.export.format': 'Format du fichier (csv par défaut)',
  'cmd.triage.export.format.choice.csv': 'CSV',
  'cmd.triage.export.format.choice.json': 'JSON',
  'cmd.triage.export.level': 'Uniquement les retours donnés à ce niveau',
  'cmd.triage.list': 'Parcourez les retours d’une fonctionnalité',
  'cmd.triage.list.level': 'Uniquement les retours donnés à ce niveau',
  'cmd.triage.list.sort': 'Ordre de la liste (par défaut : les plus récents d’abord)',
  'cmd.triage.list.sort.choice.newest': 'les plus récents d’abord',
  'cmd.triage.list.sort.choice.votes': 'les plus votés d’abord',
  'cmd.triage.list.status': 'Uniquement les retours avec ce statut',
  'cmd.triage.list.tag': 'Uniquement les retours avec ce tag',
  'cmd.triage.set': 'Modifiez le statut, ajoutez une note ou ajustez les tags d’un retour',
  'cmd.triage.set.duplicate_of': 'Avec le statut doublon : le numéro de l’original (#M)',
  'cmd.triage.set.id': 'Le numéro du retour (#N)',
  'cmd.triage.set.note': 'Une note de tri (enregistrée avec votre nom)',
  'cmd.triage.set.status': 'Nouveau statut',
  'cmd.triage.set.tags': 'Remplacez les tags : 1 à 3, séparés par des virgules',
  'announcement.daysLine': 'Jours en {level} : **{days, number}**',
  'announcement.evidenceField': 'Chiffres clés',
  'announcement.feedbackLine': 'Retours en {level} : **{total, number}** ({tags})',
  'announcement.moreTags': 'et {count, number} de plus',
  'announcement.noTags': 'aucun',
  'announcement.noteField': 'Note',
  'announcement.participantsLine': 'Participants : **{participants, number}**',
  'announcement.promotedTitle': '{name} : {from} → {to}',
  'announcement.resolvedLine': 'Résolus en {level} : **{resolved, number}**',
  'announcement.retiredTitle': 'Retrait de {name}',
  'announcement.tagCount': '{tag} {count, number}',
  'announcement.whyField': 'Raison',
  'cmd.vote': 'Soutenir un retour, ou retirer votre vote',
  'cmd.vote.id': 'Le numéro du retour (#N)',
  'cmd.vote.withdraw': 'Retirer plutôt votre vote',
  'discord.cannotMessageUser': 'Le membre n’accepte pas les messages privés de ce serveur.',
  'discord.missingPermission': 'Il manque au bot la permission {permission} à cet endroit.',
  'discord.missingPermissions':
    'Refus de Discord : il manque une permission au bot ici. Donnez à son rôle « Gérer les rôles », « Voir les salons », « Envoyer des messages » et « Intégrer des liens », et vérifiez que son rôle est placé au-dessus de tous les rôles de fonctionnalité.',
  'discord.roleAboveBot':
    'Discord a refusé le changement de rôle : le rôle de la fonctionnalité est au-dessus du rôle le plus élevé du bot. Faites glisser le rôle du bot au-dessus des rôles de fonctionnalité dans Paramètres du serveur > Rôles.',
  'discord.unexpected':
    'Stagegate n’a pas pu construire la requête (une erreur interne, consignée dans le journal du bot). Elle ne sera pas relancée.',
  'discord.unknownChannel':
    'Le salon n’existe plus ou le bot ne peut pas le voir. Choisissez un autre salon dans `/setup`.',
  'discord.unknownMember': 'Le membre n’est plus sur le serveur.',
  'discord.unknownRole':
    'Le rôle de la fonctionnalité n’existe plus. Définissez-en un nouveau avec `/feature edit role:`.',
  'discussion.cannot.createPosts': 'créer une publication par retour',
  'discussion.cannot.createPublicThreads': 'ouvrir un fil sur chaque copie',
  'discussion.cannot.manageChannels': 'créer les tags de niveau et de statut',
  'discussion.cannot.manageThreads': 'archiver les fils des retours clos',
  'discussion.cannot.sendMessagesInThreads': 'publier les changements de statut dans les fils',
  'discussion.forumMode':
    'Chaque retour devient une publication du forum <#{channelId}>, avec les tags de son niveau et de son statut.',
  'discussion.missing':
    '⚠️ Dans <#{channelId}>, il manque au bot {missing} : il ne peut donc pas {effects}. Les retours sont enregistrés malgré tout.',
  'discussion.tagsMissing':
    'Le forum <#{channelId}> n’a plus de place pour les tags {tags} (un forum en compte 20 au plus) : les publications s’en passeront. Retirez quelques tags du forum, puis redéfinissez le salon avec `/feature edit channel`.',
  'discussion.textMode': 'Chaque copie de retour dans <#{channelId}> ouvre un fil pour en discuter.',
  expiredComponent: 'Ce bouton ou ce formulaire a expiré. Relancez la commande.',
  'feature.channelWrongType': 'Choisissez un salon textuel, d’annonces ou un forum.',
  'feature.choice': '{name} ({level})',
  'feature.choiceRetired': '{name} (retirée)',
  'feature.created':
    'Fonctionnalité **{name}** (`{key}`) créée en {level}. Les membres peuvent maintenant la rejoindre avec `/join` grâce à une invitation, ou donner leur avis avec `/feedback`.',
  'feature.edited': 'Fonctionnalité `{key}` mise à jour : {fields}.',
  'feature.keyTaken':
    'Une fonctionnalité avec la clé `{key}` existe déjà sur ce serveur. Choisissez une autre clé.',
  'feature.nothingToEdit':
    'Indiquez au moins une option à modifier (nom, description, rôle, salon ou places).',
  'feature.permission.administrator': 'Administrateur',
  'feature.permission.banMembers': 'Bannir des membres',
  'feature.permission.kickMembers': 'Expulser des membres',
  'feature.permission.manageChannels': 'Gérer les salons',
  'feature.permission.manageEvents': 'Gérer les évènements',
  'feature.permission.manageGuild': 'Gérer le serveur',
  'feature.permission.manageGuildExpressions': 'Gérer les expressions',
  'feature.permission.manageMessages': 'Gérer les messages',
  'feature.permission.manageNicknames': 'Gérer les pseudos',
  'feature.permission.manageRoles': 'Gérer les rôles',
  'feature.permission.manageThreads': 'Gérer les fils',
  'feature.permission.manageWebhooks': 'Gérer les webhooks',
  'feature.permission.mentionEveryone': 'Mentionner @everyone',
  'feature.permission.moderateMembers': 'Exclure temporairement des membres',
  'feature.permission.moveMembers': 'Déplacer des membres',
  'feature.permission.muteMembers': 'Rendre les membres muets',
  'feature.permission.viewAuditLog': 'Voir les logs du serveur',
  'feature.reasonRequired': 'Indiquez une raison : elle est enregistrée et affichée dans l’annonce.',
  'feature.roleAboveBot':
    'Le rôle {name} est au même niveau que le rôle le plus élevé du bot, ou au-dessus : le bot ne peut donc pas l’attribuer. Placez le rôle du bot au-dessus dans Paramètres du serveur > Rôles, ou choisissez un autre rôle.',
  'feature.roleAlert':
    '⚠️ Le rôle {roleName} de **{name}** (`{key}`) donne désormais {permissions}. Stagegate attribue ce rôle aux membres qui rejoignent la fonctionnalité : il ne l’attribue donc plus à personne tant que le rôle n’est pas corrigé. Retirez ces permissions du rôle dans Paramètres du serveur > Rôles, ou donnez un autre rôle à la fonctionnalité avec `/feature edit`.',
  'feature.roleEveryone':
    'Le rôle @everyone ne peut pas être un rôle de fonctionnalité : choisissez un rôle créé pour cette fonctionnalité.',
  'feature.roleManaged':
    'Le rôle {name} est géré par une intégration et ne peut pas être attribué par le bot.',
  'feature.rolePrivileged':
    'Le rôle {name} donne {permissions} : les membres qui rejoignent la fonctionnalité obtiendraient ces permissions. Choisissez un rôle sans permissions de modération.',
  'feature.roleTaken':
    'Ce rôle est déjà celui de **{name}** : deux fonctionnalités ne peuvent pas partager un rôle. Choisissez ou créez un autre rôle.',
  'feature.roleUnknown': 'Ce rôle n’existe pas sur ce serveur.',
  'features.atLevelField': 'À ce niveau',
  'features.atLevelValue':
    '{days, plural, one {# jour} many {# de jours} other {# jours}} (depuis le <t:{since}:D>)',
  'features.detailTitle': '{name} ({key})',
  'features.levelField': 'Niveau',
  'features.listLine':
    '**{name}** `{key}` — {level} · {participants, plural, one {# participant} many {# de participants} other {# participants}} · {feedback, plural, one {# retour} many {# de retours} other {# retours}}',
  'features.listMore':
    '…et {count, number} de plus. Utilisez `/features feature:<key>` pour voir une fonctionnalité.',
  'features.listTitle': 'Fonctionnalités',
  'features.none':
    'Aucune fonctionnalité active pour l’instant. Les mainteneurs en ajoutent avec `/feature create`.',
  'features.readinessField': 'Maturité',
  'features.roleField': 'Rôle',
  'feedback.alreadyStored':
    'Ce retour a déjà été enregistré sous **#{number}** pour **{feature}** ({level}), avec les tags {tags}. Rien n’a été enregistré en double.',
  'feedback.byLevelField': 'Retours par niveau',
  'feedback.byTagField': 'Retours par tag',
  'feedback.countLine': '{label} : **{count, number}**',
  'feedback.discussionLink': 'Discussion : <#{threadId}>',
  'feedback.earlyAccessOnly':
    '**{feature}** est en Early Access : seuls les membres qui y ont accès peuvent donner leur avis. Demandez l’accès avec `/join feature:{key}` (il vous faut une invitation ; sinon, vous rejoignez la liste d’attente).',
  'feedback.mirrorFrom': 'Auteur',
  'feedback.mirrorLevel': 'Niveau',
  'feedback.mirrorTags': 'Tags',
  'feedback.mirrorTitle': '#{number} · {feature}',
  'feedback.modalLabel': 'Votre retour',
  'feedback.modalPlaceholder': 'Ce qui marche, ce qui ne marche pas, ce à quoi vous vous attendiez…',
  'feedback.modalTitle': 'Retour : {feature}',
  'feedback.moreOpenBlockers': '…et {count, number} de plus (`/triage list tag:blocker status:open`).',
  'feedback.noFeedbackYet': 'Aucun retour pour l’instant.',
  'feedback.noOpenBlockers': 'Aucun.',
  'feedback.openBlockersField': 'Bloquants ouverts ({count, number})',
  'feedback.rateLimited':
    'Vous pouvez donner au plus {perMinute, plural, one {# retour} many {# retours} other {# retours}} par minute. Réessayez <t:{retryAt}:R>.',
  'feedback.stored':
    'Merci ! Votre retour est enregistré sous **#{number}** pour **{feature}** ({level}), avec les tags {tags}.',
  'feedback.tagsChanged':
    'La liste des tags a changé pendant que le formulaire était ouvert. Relancez `/feedback` avec les tags actuels.',
  'feedback.tagsTooLongForForm':
    'Ces tags sont trop longs pour être transmis au formulaire. Donnez plutôt votre retour avec l’option `message`.',
  'feedback.topVotedField': 'Les plus votés',
  'feedback.topVotedLine':
    '**#{number}** · {votes, plural, one {# vote} many {# de votes} other {# votes}} · {excerpt}',
  'feedback.topVotedNone': 'Aucun retour ouvert.',
  'gateLabel.max_open_blockers': 'Bloquants ouverts',
  'gateLabel.min_days': 'Jours en {levelLabel}',
  'gateLabel.min_feedback': 'Retours en {levelLabel}',
  'gateLabel.min_participants': 'Participants en {levelLabel}',
  genericError:
    'Un problème est survenu de notre côté. Veuillez réessayer ; si le problème persiste, donnez à un mainteneur la référence `{reference}`.',
  guildOnly: 'Les commandes Stagegate ne fonctionnent que sur un serveur.',
  interactionReplayed:
    'Cette commande a déjà été exécutée (Discord l’a transmise deux fois) ; rien n’a changé.',
  invalidOption: '`{option}` : {problem}',
  'invite.admitted':
    '{count, plural, one {# membre invité} many {# membres invités} other {# membres invités}} depuis la liste d’attente de **{name}** : {members}. Ils sont prévenus par message privé (ou par une mention dans le salon de la fonctionnalité si leurs messages privés sont fermés). Toujours en attente : {remaining, number}.',
  'invite.admittedSome':
    '{count, plural, one {# membre invité} many {# membres invités} other {# membres invités}} depuis la liste d’attente de **{name}** : {members} et {more, number} autres. Ils sont prévenus par message privé (ou par une mention dans le salon de la fonctionnalité si leurs messages privés sont fermés). Toujours en attente : {remaining, number}.',
  'invite.alreadyRevoked': 'L’invitation `{code}` a déjà été révoquée.',
  'invite.created':
    'Invitation `{code}` pour **{name}** : {uses, plural, one {# utilisation} many {# utilisations} other {# utilisations}}, valable jusqu’au <t:{expiresAt}:f>{hasTarget, select, yes {, réservée à <@{target}>} other {}}.\nÀ partager : `/join feature:{key} code:{code}`',
  'invite.invitedDm':
    'Vous avez reçu une invitation pour **{name}** (Early Access) sur **{guildName}** ! Lancez `/join feature:{key}` sur le serveur (ou utilisez le code `{code}`) avant le <t:{expiresAt}:f>.',
  'invite.listEmpty': '**{name}** n’a pas encore d’invitation. Créez-en une avec `/invite create`.',
  'invite.listLine':
    '`{code}` · {status} · {usage} · {hasExpiry, select, yes {expiration <t:{expiresAt}:R>} other {sans expiration}}{hasTarget, select, yes { · pour <@{target}>} other {}}',
  'invite.listMore': 'Invitations plus anciennes non affichées : {more, number}.',
  'invite.listTitle': 'Invitations pour {name}',
  'invite.listUsage': 'utilisations : {uses, number}/{maxUses, number}',
  'invite.listUsageUnlimited': 'utilisations : {uses, number}/∞',
  'invite.notFound': 'Il n’y a pas d’invitation `{code}` sur ce serveur.',
  'invite.onlyEarlyAccess':
    '**{name}** est en {level} : les invitations ne concernent que l’Early Access. {isPreview, select, yes {Tout le monde peut s’inscrire avec `/join`.} other {Tout le monde y a déjà accès.}}',
  'invite.revoked':
    'Invitation `{code}` pour **{name}** révoquée. Les membres qui l’ont déjà utilisée gardent leur accès.',
  'invite.status.expired': 'expirée',
  'invite.status.revoked': 'révoquée',
  'invite.status.usable': 'active',
  'invite.status.used-up': 'épuisée',
  'invite.status.wrong-member': 'active',
  'invite.targetHasAccess': '<@{memberId}> a déjà accès.',
  'invite.targetIsBot': 'Les bots ne peuvent pas être invités : choisissez un membre.',
  'invite.waitlistEmpty': 'Personne n’est sur la liste d’attente de **{name}**.',
  'join.accept': 'Accepter',
  'join.alreadyMember': 'Vous avez déjà accès à **{name}**.',
  'join.alreadyWaiting':
    'Vous êtes déjà sur la liste d’attente de **{name}**, en position **{position, number}**.',
  'join.codeRefused.expired': 'Ce code d’invitation a expiré. Demandez-en un nouveau à un mainteneur.',
  'join.codeRefused.revoked': 'Ce code d’invitation a été révoqué par les mainteneurs.',
  'join.codeRefused.used-up':
    'Ce code d’invitation a atteint son nombre maximal d’utilisations. Demandez-en un nouveau à un mainteneur.',
  'join.codeRefused.wrong-member': 'Ce code d’invitation a été créé pour un autre membre.',
  'join.codeUnknown':
    'Ce code d’invitation n’est pas valable pour **{name}**. Vérifiez-le, ou lancez `/join` sans code pour rejoindre la liste d’attente.',
  'join.decline': 'Refuser',
  'join.declined': 'Vous avez refusé les conditions de **{name}**. Aucun accès n’a été accordé.',
  'join.defaultTerms.early-access':
    'L’Early Access est accessible sur invitation uniquement. La fonctionnalité peut changer complètement ou être supprimée, et votre accès peut être limité ou retiré à tout moment. En acceptant, vous reconnaissez que des changements incompatibles sont à prévoir et vous vous engagez à partager vos retours.',
  'join.defaultTerms.preview':
    'La Preview est proche de la version finale, mais pas destinée à un usage en production. Attendez-vous à quelques imperfections ; c’est un dernier test en conditions réelles avant la General Availability.',
  'join.everyoneHasIt':
    '**{name}** est disponible pour tous : tout le monde y a déjà accès, il n’y a rien à rejoindre.',
  'join.featureGone': 'Cette fonctionnalité n’est plus disponible. Aucun accès n’a été accordé.',
  'join.full':
    '**{name}** n’a plus de place libre : les {seats, number} places Early Access sont toutes prises. Réessayez plus tard.',
  'join.granted':
    'Bienvenue dans **{name}** ! Vous avez accepté les conditions ; le rôle <@&{roleId}> est en cours d’attribution. Utilisez `/feedback` pour dire à l’équipe ce que vous en pensez, et `/leave` pour renoncer à l’accès.',
  'join.inviteGone':
    'Votre invitation pour **{name}** n’est plus valable (utilisée, expirée ou révoquée entre-temps). Aucun accès n’a été accordé.',
  'join.left': 'Vous avez quitté **{name}**. Votre accès a pris fin et le rôle est en cours de retrait.',
  'join.leftWaitlist': 'Vous avez quitté la liste d’attente de **{name}**.',
  'join.notMember': 'Vous n’avez pas accès à **{name}** et n’êtes pas sur sa liste d’attente.',
  'join.nothingToLeaveAtGa':
    '**{name}** est disponible pour tous : tout le monde y a accès, il n’y a donc aucun accès à abandonner.',
  'join.paused':
    'Les admissions à **{name}** sont suspendues par les mainteneurs pour le moment. Réessayez plus tard.',
  'join.rolePrivileged':
    'Vous ne pouvez pas rejoindre **{name}** pour le moment : son rôle donne des permissions qu’un rôle de fonctionnalité ne doit pas avoir, et Stagegate ne l’attribue pas tant que les mainteneurs ne l’ont pas corrigé. Réessayez plus tard.',
  'join.termsChanged':
    'Les conditions de **{name}** ont changé pendant votre lecture. Relancez `/join` pour voir les conditions actuelles.',
  'join.termsFooter':
    'Conditions, version {version} · Acceptez dans les {minutes, number} minutes, sinon aucun accès n’est accordé.',
  'join.termsPrompt':
    'Lisez les conditions ci-dessous. Appuyez sur **Accepter** pour obtenir l’accès, ou sur **Refuser**.',
  'join.termsTitle': '{name} : conditions du niveau {level}',
  'join.waitlisted':
    '**{name}** est accessible sur invitation uniquement pour l’instant. Vous êtes sur la liste d’attente en position **{position, number}** ; vous recevrez un message privé quand une invitation vous sera envoyée.',
  maintainerOnly:
    'Cette commande est réservée aux mainteneurs : il vous faut la permission « Gérer le serveur » ou le rôle de mainteneur défini avec `/setup maintainers`.',
  'mydata.authorErased': '(effacé)',
  'mydata.confirm': '**Effacer vos données sur ce serveur ?** C’est définitif. Seront effacés :',
  'mydata.confirmKept':
    'Vos retours restent, avec leur numéro, leur statut, leurs tags et leurs votes, pour que le suivi de l’équipe reste complet ; leur texte deviendra `[deleted by its author]` et ils ne vous nommeront plus. Ce que l’équipe conserve (vos accès passés, les invitations créées pour vous) reste aussi. Répondez dans les {minutes, plural, one {# minute} many {# minutes} other {# minutes}}.',
  'mydata.eraseButton': 'Effacer mes données',
  'mydata.erased': 'Effacé de ce serveur :',
  'mydata.erasedNote':
    'Vos retours gardent leur numéro et leur statut ; leur texte est désormais `[deleted by its author]`.',
  'mydata.erasedNothing': 'Il ne restait rien à effacer sur ce serveur.',
  'mydata.exportTooLarge':
    'Vos données sur ce serveur dépassent {limitMiB} Mio, une taille que Discord ne peut pas joindre. Demandez à l’administration du serveur une copie tirée de la base de données de Stagegate.',
  'mydata.exported':
    'Tout ce que Stagegate conserve à votre sujet sur ce serveur se trouve dans `{fileName}` : {feedback, plural, one {# retour} many {# retours} other {# retours}}, {votes, plural, one {# vote} many {# votes} other {# votes}} et {records, plural, one {# autre enregistrement} many {# autres enregistrements} other {# autres enregistrements}}. Les notes de l’équipe et les textes des autres membres n’en font pas partie.',
  'mydata.exportedEmpty':
    'Stagegate ne conserve rien à votre sujet sur ce serveur ; `{fileName}` montre les listes vides.',
  'mydata.item.access':
    '{count, plural, one {votre accès à {features} et son rôle} many {vos accès à {features} et leurs rôles} other {vos accès à {features} et leurs rôles}}',
  'mydata.item.feedback':
    '{count, plural, one {le texte de # retour et la mention qu’il vient de vous} many {le texte de # retours et la mention qu’ils viennent de vous} other {le texte de # retours et la mention qu’ils viennent de vous}}',
  'mydata.item.follows':
    '{count, plural, one {# retour que vous suivez} many {# retours que vous suivez} other {# retours que vous suivez}}',
  'mydata.item.notifications':
    'votre réglage des notifications (elles sont de nouveau activées, comme par défaut)',
  'mydata.item.votes': '{count, plural, one {# vote} many {# votes} other {# votes}}',
  'mydata.item.waitlist':
    '{count, plural, one {# inscription sur liste d’attente} many {# inscriptions sur liste d’attente} other {# inscriptions sur liste d’attente}}',
  'mydata.item.withdrawnVotes':
    'la trace de {count, plural, one {# vote retiré} many {# votes retirés} other {# votes retirés}}',
  'mydata.keepButton': 'Garder mes données',
  'mydata.kept': 'Rien n’a été effacé.',
  'mydata.moreFeatures':
    '{count, plural, one {# autre fonctionnalité} many {# autres fonctionnalités} other {# autres fonctionnalités}}',
  'mydata.nothingToErase':
    'Stagegate ne conserve rien à votre sujet sur ce serveur que `/mydata delete` efface. `/mydata export` montre tout ce qui est conservé.',
  notYourComponent: 'Ces boutons appartiennent à un autre membre.',
  'notifications.duplicateOf':
    'C’est un doublon de **#{original}** : ses votes et ses abonnés y ont été transférés, et vous recevrez désormais les nouvelles de **#{original}**.',
  'notifications.note': 'Note des mainteneurs : {note}',
  'notifications.off':
    'Les notifications sont désactivées sur ce serveur : plus de messages privés sur les retours que vous suivez. Réactivez-les avec `/notifications setting:on`.',
  'notifications.on':
    'Les notifications sont activées sur ce serveur : vous recevez un message privé quand le statut d’un retour que vous suivez change, et des remerciements quand une fonctionnalité sur laquelle vous avez donné votre avis passe au niveau suivant.',
  'notifications.optOutButton': 'Ne plus recevoir ces messages',
  'notifications.optedOut':
    'C’est fait : plus aucune notification de ce serveur. Réactivez-les là-bas avec `/notifications setting:on`.',
  'notifications.statusChanged': '**#{number}** ({feature}) a maintenant le statut **{status}**.',
  'notifications.statusFooter':
    'Vous recevez ce message parce que vous suivez #{number} (c’est votre retour ou vous avez voté pour lui).',
  'notifications.thanksHeader':
    '**{feature}** passe de {from} à {to}. Merci pour vos retours en {from} ; voici où ils en sont :',
  'notifications.thanksLine': '**#{number}** · **{status}** · {excerpt}',
  'notifications.thanksMore': '…et {count, number} de plus.',
  'option.empty': '`{option}` : est vide.',
  'option.featureMissing': '`{option}` : indiquez une fonctionnalité.',
  'option.feedbackNumber': '`{option}` : indiquez un numéro de retour (#N).',
  'option.invalid': '`{option}` : n’est pas valide.',
  'option.inviteCodeCharacters':
    '`{option}` : un code d’invitation ne contient que des lettres et des chiffres.',
  'option.missing': '`{option}` : est obligatoire.',
  'option.nulCharacter':
    '`{option}` : contient un caractère NUL invisible (U+0000), qui ne peut pas être enregistré. Supprimez-le et réessayez.',
  'option.tooBig': '`{option}` : doit être au plus {max, number}.',
  'option.tooLong': '`{option}` : ne peut pas dépasser {max, number} caractères.',
  'option.tooShort': '`{option}` : doit contenir au moins {min, number} caractères.',
  'option.tooSmall': '`{option}` : doit être au moins {min, number}.',
  'promote.announcementField': 'Annonce',
  'promote.announcementPreview':
    'Serait publiée dans <#{channelId}>, en mentionnant uniquement le rôle de la fonctionnalité (aperçu ci-dessous).',
  'promote.announcementQueued':
    'Publiée dans <#{channelId}>, en mentionnant uniquement le rôle de la fonctionnalité.',
  'promote.atGa':
    '**{name}** est déjà en General Availability, le dernier niveau : il n’y a pas de niveau suivant.',
  'promote.dryRunHeader': 'Simulation : rien n’a été modifié. Voici ce que ferait `/promote` :',
  'promote.forcedField': 'Promotion forcée',
  'promote.forcedValue':
    'Oui : les critères ne sont pas remplis et `force` a été utilisé ; c’est enregistré avec le rapport.',
  'promote.gaKeep':
    'Les membres gardent <@&{roleId}> comme badge (politique de rôle GA : garder ; à modifier avec `/setup ga-roles`).',
  'promote.gaRemove':
    '<@&{roleId}> est retiré à {count, plural, one {# membre} many {# membres} other {# membres}} ayant accès (politique de rôle GA : retirer).',
  'promote.gateField': 'Inscription',
  'promote.gateOpens':
    'Fin de l’accès sur invitation : tout le monde peut s’inscrire avec `/join`. {count, plural, one {# membre de la liste d’attente est prévenu} many {# membres de la liste d’attente sont prévenus} other {# membres de la liste d’attente sont prévenus}} par message privé.',
  'promote.gatesUnmet':
    'Pas de promotion : **{name}** ne remplit pas les critères de maturité pour {to}. Rien n’a changé. Relancez `/promote` avec `force:True` pour promouvoir quand même (le rapport des critères non remplis est enregistré).',
  'promote.historyField': 'Historique des promotions',
  'promote.historyLine':
    '<t:{at}:d> {from} → {to} par <@{byId}>{forced, select, yes { **(forcée)**} other {}}{hasNote, select, yes { : {note}} other {}}',
  'promote.historyMore': 'Changements plus anciens non affichés : {count, number}.',
  'promote.historyNone': 'Aucun changement de niveau pour l’instant.',
  'promote.nextLevel': 'le niveau suivant',
  'promote.noAnnouncementChannel':
    'Aucun salon d’annonces n’est défini, rien n’est donc annoncé. Définissez-en un avec `/setup announcements`.',
  'promote.noRoleChanges': 'Aucun changement de rôle.',
  'promote.noteField': 'Note',
  'promote.noteLength': '`{option}` : la note peut contenir au plus 1 000 caractères.',
  'promote.planTitle': '{name} : {from} → {to}',
  'promote.promoted':
    'Fonctionnalité **{name}** promue : {from} → {to}{forced, select, yes { (promotion forcée : les critères non remplis sont enregistrés)} other {}}.',
  'promote.readinessField': 'Maturité',
  'promote.replayed':
    'Ce `/promote` a déjà été exécuté : **{name}** est passé de {from} à {to}. Rien d’autre n’a changé.',
  'promote.retired': 'La fonctionnalité **{name}** est retirée et ne peut pas être promue.',
  'promote.rolesField': 'Rôles',
  'promote.stale':
    'Pas de promotion : **{name}** vient de passer au niveau {level}, peut-être par un autre mainteneur au même moment. Rien n’a changé. Vérifiez `/features` ; pour une nouvelle promotion, relancez `/promote` dans une minute.',
  'promote.thanksField': 'Remerciements',
  'promote.thanksPreview':
    '{count, plural, =0 {Personne ne serait remercié : personne n’a donné de retour en {level}, ou les notifications sont désactivées.} one {# membre ayant donné des retours en {level} serait remercié par message privé, avec l’état de ses retours.} many {# de membres ayant donné des retours en {level} seraient remerciés par message privé, avec l’état de leurs retours.} other {# membres ayant donné des retours en {level} seraient remerciés par message privé, avec l’état de leurs retours.}}',
  'promote.thanksQueued':
    '{count, plural, =0 {Aucun remerciement à envoyer : personne n’a donné de retour en {level}, ou les notifications sont désactivées.} one {# membre ayant donné des retours en {level} est remercié par message privé, avec l’état de ses retours.} many {# de membres ayant donné des retours en {level} sont remerciés par message privé, avec l’état de leurs retours.} other {# membres ayant donné des retours en {level} sont remerciés par message privé, avec l’état de leurs retours.}}',
  'promote.waitlistOpened':
    '**{name}** est maintenant en Preview : l’accès n’est plus limité aux invitations et vous pouvez vous inscrire avec `/join feature:{key}`. Vous étiez sur sa liste d’attente, désormais fermée.',
  'report.directMessage': 'Impossible d’envoyer un message privé à <@{userId}> : {advice}',
  'report.fallbackFailed':
    'Impossible d’envoyer un message privé à <@{userId}> : {closedDms} Impossible aussi de le ou la mentionner dans <#{channelId}> : {advice}',
  'report.forumPost': 'Impossible de créer la publication d’un retour dans <#{channelId}> : {advice}',
  'report.forumTags': 'Impossible de créer les tags de niveau et de statut dans <#{channelId}> : {advice}',
  'report.groupDirectMessage':
    '{count, plural, one {# message privé a échoué} many {# messages privés ont échoué} other {# messages privés ont échoué}} : {advice}',
  'report.groupMessage':
    '{count, plural, one {# publication dans <#{channelId}> a échoué} many {# publications dans <#{channelId}> ont échoué} other {# publications dans <#{channelId}> ont échoué}} : {advice}',
  'report.groupRole':
    '{count, plural, one {# changement de rôle a échoué} many {# changements de rôle ont échoué} other {# changements de rôle ont échoué}} pour **{feature}** : {advice}',
  'report.groupRoleOf':
    '{count, plural, one {# changement de <@&{roleId}> a échoué} many {# changements de <@&{roleId}> ont échoué} other {# changements de <@&{roleId}> ont échoué}} : {advice}',
  'report.message': 'Impossible de publier dans <#{channelId}> : {advice}',
  'report.messageEdit': 'Impossible de mettre à jour un message dans <#{channelId}> : {advice}',
  'report.roleAdd': 'Impossible de donner <@&{roleId}> à <@{memberId}> : {advice}',
  'report.roleRemove': 'Impossible de retirer <@&{roleId}> à <@{memberId}> : {advice}',
  'readiness.gateLine': '{mark} {label} : {actual, number} / {required, number}',
  'readiness.gateLineAtMost': '{mark} {label} : {actual, number} (au plus {required, number})',
  'readiness.lastLevel': 'General Availability est le dernier niveau.',
  'readiness.notReady': 'Ne peut pas encore passer en {level}.',
  'readiness.noticeAction': 'Un mainteneur peut maintenant lancer `/promote feature:{key}`.',
  'readiness.noticeTitle': '{name} peut passer en {level}',
  'readiness.ready': 'Peut passer en {level}.',
  'report.threadMessage': 'Impossible de publier dans le fil d’un retour dans <#{channelId}> : {advice}',
  'report.threadOpen': 'Impossible d’ouvrir le fil d’une copie de retour dans <#{channelId}> : {advice}',
  'report.threadUpdate': 'Impossible de mettre à jour le fil d’un retour dans <#{channelId}> : {advice}',
  'roleReason.data-deleted': 'Stagegate : le membre a effacé ses données ({featureKey})',
  'roleReason.ga-role-removed':
    'Stagegate : passage de {featureKey} en General Availability (politique de rôle : retirer)',
  'roleReason.granted-by-maintainer': 'Stagegate : accordé par {maintainerName}',
  'roleReason.held-without-access': 'Stagegate : rôle détenu sans accès',
  'roleReason.joined': 'Stagegate : a rejoint {featureKey} ({how})',
  'roleReason.left': 'Stagegate : a quitté {featureKey}',
  'roleReason.restored': 'Stagegate : rôle rétabli (le membre a accès)',
  'roleReason.retired': 'Stagegate : retrait de {featureKey}',
  'roleReason.revoked': 'Stagegate : accès révoqué : {reason}',
  'roleReason.role-moved-from': 'Stagegate : {featureKey} utilise désormais un autre rôle',
  'roleReason.role-moved-to': 'Stagegate : nouveau rôle pour {featureKey} (le membre a accès)',
  'rule.alreadyRetired': 'Cette fonctionnalité est déjà retirée.',
  'rule.durationInvalid':
    '`{input}` n’est pas une durée : indiquez un nombre et une unité, par exemple 30m, 12h, 7d ou 2w (unités : m minutes, h heures, d jours, w semaines).',
  'rule.durationOutOfRange': 'Une durée doit être comprise entre 1 minute et 90 jours (reçu : `{input}`).',
  'rule.featureDescriptionLength':
    'La description d’une fonctionnalité doit faire de 1 à 1 000 caractères (la vôtre en fait {length, number}).',
  'rule.featureKeyInvalid':
    '`{key}` n’est pas une clé de fonctionnalité valide : utilisez de 2 à 32 caractères (lettres minuscules a-z, chiffres et tirets), en commençant par une lettre ou un chiffre.',
  'rule.featureNameLength':
    'Le nom d’une fonctionnalité doit faire de 1 à 80 caractères (le vôtre en fait {length, number}).',
  'rule.feedbackEmpty': 'Un retour ne peut pas être vide.',
  'rule.feedbackTooLong':
    'Un retour peut faire au plus {max, number} caractères (le vôtre en fait {length, number}).',
  'rule.gateFieldInvalid': '`{field}` doit être un nombre entier de 0 à {max, number}.',
  'rule.gateThresholdsNotObject':
    'Les seuils des critères doivent indiquer min_feedback, min_days et max_open_blockers.',
  'rule.retireOnlyEarlyAccess':
    'Seules les fonctionnalités en Early Access peuvent être retirées ; celle-ci est en {levelLabel}.',
  'rule.retireReasonLength':
    'La raison du retrait doit faire de 1 à {max, number} caractères (la vôtre en fait {length, number}).',
  'rule.seatCapInvalid': 'Le nombre de places doit être un nombre entier de 1 à 100 000 (reçu : {value}).',
  'rule.seatCapOnlyEarlyAccess':
    'Les limites de places ne s’appliquent qu’à l’Early Access ; cette fonctionnalité est en {levelLabel}, où les places ne sont pas comptées.',
  'rule.tagInvalid':
    '`{tag}` n’est pas un tag valide : utilisez de 1 à 24 caractères (lettres minuscules a-z, chiffres et tirets), en commençant par une lettre ou un chiffre.',
  'rule.tagRepeated': 'Le tag `{tag}` apparaît plusieurs fois.',
  'rule.tagUnknown': 'Tag inconnu : `{tag}`. Choisissez parmi : {vocabulary}.',
  'rule.tagsMissing': 'Indiquez au moins un tag. Choisissez parmi : {vocabulary}.',
  'rule.tagsTooMany': 'Indiquez au plus {max, number} tags (vous en avez indiqué {count, number}).',
  'rule.textNulCharacter':
    'Le texte contient un caractère NUL invisible (U+0000), qui ne peut pas être enregistré. Supprimez-le et réessayez.',
  'setup.announcements':
    'Les promotions et les retraits de fonctionnalités seront annoncés dans <#{channelId}>.',
  'setup.channelMissing':
    'Le bot ne peut pas publier dans <#{channelId}>, il lui manque ces permissions : {missing}. Accordez-les à son rôle dans les paramètres du salon, ou choisissez un autre salon. Rien n’a changé.',
  'setup.channelNotText': 'Choisissez un salon textuel ou un salon d’annonces.',
  'setup.channelUnknown': 'Le bot ne voit pas ce salon. Choisissez un salon textuel qu’il peut lire.',
  'setup.feedbackRate': 'Limite de retours par membre : au plus {perMinute, number} par minute.',
  'setup.gaRolePolicy.keep': 'garder',
  'setup.gaRolePolicy.remove': 'retirer',
  'setup.gaRoles':
    '{policy, select, keep {Quand une fonctionnalité passe en General Availability, ses membres gardent le rôle de la fonctionnalité comme badge.} other {Quand une fonctionnalité passe en General Availability, le rôle de la fonctionnalité est retiré à tous les membres ayant accès.}}',
  'setup.gatesLine':
    'Retours au niveau : au moins {minFeedback, number} ; participants au niveau : au moins {minParticipants, plural, one {# membre} many {# de membres} other {# membres}} ; durée au niveau : au moins {minDays, plural, one {# jour} many {# jours} other {# jours}} ; retours `blocker` ouverts : au plus {maxOpenBlockers, number}.',
  'setup.gatesSet': 'Critères de maturité mis à jour pour {transition} :',
  'setup.gatesTitle': 'Critères de maturité : {transition}',
  'setup.languageDefault':
    'Les publications et les messages privés de Stagegate sur ce serveur suivent désormais la langue préférée du serveur. Tant que Discord ne l’a pas indiquée à Stagegate, la langue utilisée est : **{language}**.',
  'setup.languageFallback':
    'Les publications et les messages privés de Stagegate sur ce serveur suivent désormais la langue préférée du serveur. Stagegate ne parle pas cette langue ({serverLanguage}) ; la langue de secours s’applique donc : **{language}**.',
  'setup.languageName.de': 'allemand',
  'setup.languageName.en-US': 'anglais',
  'setup.languageName.es-ES': 'espagnol',
  'setup.languageName.fr': 'français',
  'setup.languageName.pt-BR': 'portugais (Brésil)',
  'setup.languageServer':
    'Les publications et les messages privés de Stagegate sur ce serveur suivent désormais la langue préférée du serveur : **{language}**.',
  'setup.languageSet':
    'Langue des publications et des messages privés de Stagegate sur ce serveur : **{language}**. Les réponses à un membre suivent toujours la langue Discord de ce membre.',
  'setup.log': 'Les avis de maturité et les problèmes d’envoi seront signalés dans <#{channelId}>.',
  'setup.maintainerEveryone':
    'Le rôle @everyone ne peut pas être le rôle de mainteneur : chaque membre pourrait alors promouvoir et révoquer.',
  'setup.maintainerManaged':
    'Ce rôle est géré par une intégration (un bot, le boost du serveur ou un abonnement) : les membres le reçoivent de l’intégration, pas de votre équipe. Choisissez un rôle que vous attribuez vous-même.',
  'setup.maintainerUnknown': 'Ce rôle n’existe pas sur ce serveur.',
  'setup.maintainers':
    'Les membres ayant <@&{roleId}> peuvent maintenant utiliser les commandes de mainteneur (tout comme les membres ayant la permission « Gérer le serveur »).',
  'setup.maintainersNeedManageServer':
    'Seuls les membres ayant la permission « Gérer le serveur » peuvent choisir le rôle de mainteneur : le rôle de mainteneur seul ne permet pas de donner les droits de mainteneur à un autre rôle. Rien n’a été modifié.',
  'setup.notSet': 'non défini',
  'setup.permission.createPosts': 'Créer des publications',
  'setup.permission.createPublicThreads': 'Créer des fils publics',
  'setup.permission.embedLinks': 'Intégrer des liens',
  'setup.permission.manageChannels': 'Gérer les salons',
  'setup.permission.manageThreads': 'Gérer les fils',
  'setup.permission.sendMessages': 'Envoyer des messages',
  'setup.permission.sendMessagesInThreads': 'Envoyer des messages dans les fils',
  'setup.permission.viewChannel': 'Voir le salon',
  'setup.showAnnouncements': 'Salon d’annonces',
  'setup.showDiscussion': 'Salons de retours',
  'setup.showDiscussionLine': '`{key}` : <#{channelId}> ({mode})',
  'setup.showDiscussionMissing': 'manque : {missing}',
  'setup.showDiscussionMode.forum': 'forum, une publication par retour',
  'setup.showDiscussionMode.text': 'un fil par retour',
  'setup.showGaRoles': 'Politique de rôle GA',
  'setup.showGates': 'Critères de maturité',
  'setup.showGatesLine': '**{transition}** : {gates}',
  'setup.showLanguage': 'Langue',
  'setup.showLanguageDefault': '{language} (par défaut)',
  'setup.showLanguageFallback':
    '{language} (Stagegate ne parle pas la langue préférée du serveur, {serverLanguage})',
  'setup.showLanguageServer': '{language} (langue préférée du serveur)',
  'setup.showLanguageSet': '{language} (choisie avec `/setup language`)',
  'setup.showLog': 'Salon de logs',
  'setup.showMaintainers': 'Rôle de mainteneur',
  'setup.showRate': 'Limite de retours',
  'setup.showRateValue': '{perMinute, number} par minute et par membre',
  'setup.showTags': 'Tags',
  'setup.showTerms': 'Conditions',
  'setup.showTermsDefault': '{level} : texte par défaut',
  'setup.showTermsVersion': '{level} : version {version}',
  'setup.showTitle': 'Configuration de Stagegate',
  'setup.tagAdded': 'Tag `{tag}` ajouté. Tags : {tags}.',
  'setup.tagExists': 'Le tag `{tag}` figure déjà dans la liste des tags.',
  'setup.tagLast':
    'La liste des tags doit en contenir au moins un : ajoutez-en un autre avant de supprimer celui-ci.',
  'setup.tagMissing': 'Il n’y a pas de tag `{tag}`. Tags : {tags}.',
  'setup.tagRemoved': 'Tag `{tag}` supprimé ; les retours qui le portent le gardent. Tags : {tags}.',
  'setup.tagsFull':
    'La liste des tags en contient au plus {max, number} (l’autocomplétion n’en affiche pas davantage). Supprimez-en un d’abord.',
  'setup.termsEmpty': '`{option}` : le texte des conditions ne peut pas être vide.',
  'setup.termsSet':
    'Conditions du niveau {level} enregistrées en version {version}. Les membres acceptent cette version avant d’obtenir l’accès.',
  shuttingDown: 'Stagegate redémarre. Veuillez réessayer dans un instant.',
  'status.label.acknowledged': 'Pris en compte',
  'status.label.duplicate': 'Doublon',
  'status.label.open': 'Ouvert',
  'status.label.planned': 'Prévu',
  'status.label.resolved': 'Résolu',
  'status.label.wont-fix': 'Ne sera pas corrigé',
  'thread.duplicate':
    '**#{number}** est clos comme doublon de **#{original}** : la discussion continue là-bas.',
  'thread.note': '**Note des mainteneurs :** {note}',
  'thread.status': '**#{number}** est maintenant **{status}**.',
  'triage.changeSeparator': ' ; ',
  'triage.duplicateOfChange': 'doublon de **#{original}**',
  'triage.duplicateOfIsDuplicate':
    '**#{original}** est lui-même un doublon de **#{target}** : faites pointer `duplicate_of` vers l’original, **#{target}**.',
  'triage.duplicateOfIsDuplicateUnknown':
    '**#{original}** est lui-même un doublon : faites pointer `duplicate_of` vers le retour qu’il duplique.',
  'triage.duplicateOfItself':
    '**#{number}** ne peut pas être un doublon de lui-même : indiquez dans `duplicate_of` le numéro de l’original.',
  'triage.duplicateOfNotDuplicate':
    '`duplicate_of` ne va qu’avec le statut `duplicate` : choisissez `status:duplicate` pour clore **#{number}** comme doublon.',
  'triage.duplicateOfRequired':
    'Pour clore **#{number}** comme `duplicate`, indiquez `duplicate_of` : le numéro du retour qu’il duplique.',
  'triage.duplicateOfUnknown':
    'Il n’y a pas de retour **#{original}** sur ce serveur vers lequel faire pointer `duplicate_of`.',
  'triage.exportTooLarge':
    'L’export dépasse {limitMiB} Mio, une taille que Discord ne peut pas joindre. {levelGiven, select, yes {Même un seul niveau est trop volumineux : demandez un export de la base de données à l’administration du serveur.} other {Exportez un niveau à la fois avec l’option `level`.}}',
  'triage.exported':
    '{rows, plural, one {# retour exporté} many {# retours exportés} other {# retours exportés}} dans `{fileName}`.',
  'triage.filterStatus': 'statut {status}',
  'triage.filterTag': 'tag {tag}',
  'triage.followersNotified':
    '{count, plural, one {# abonné prévenu} many {# d’abonnés prévenus} other {# abonnés prévenus}}',
  'triage.listEmpty': 'Aucun retour ne correspond à ces filtres.',
  'triage.listFooter':
    '{total, plural, one {# retour correspondant} many {# retours correspondants} other {# retours correspondants}} · les plus récents d’abord',
  'triage.listFooterVotes':
    '{total, plural, one {# retour correspondant} many {# retours correspondants} other {# retours correspondants}} · les plus votés d’abord',
  'triage.listTitle': 'Retours : {feature}',
  'triage.listTitleFiltered': 'Retours : {feature} ({filters})',
  'triage.next': 'Suivant',
  'triage.noteEmpty': 'La note ne peut pas être vide.',
  'triage.noteRecorded': 'note enregistrée',
  'triage.previous': 'Précédent',
  'triage.statusChange': 'statut `{from}` → `{to}`',
  'triage.tagsChange': 'tags {from} → {to}',
  'triage.unchanged':
    '**#{number}** a déjà le statut `{status}` ; indiquez un autre statut, une note ou des tags pour le modifier.',
  'triage.unknownFeedback': 'Il n’y a pas de retour **#{number}** sur ce serveur.',
  'triage.updated': '**#{number}** mis à jour : {changes}.',
  unknownCommand:
    'Cette commande n’est plus disponible. Discord peut mettre un moment à actualiser la liste.',
  unknownFeature: 'Il n’y a pas de fonctionnalité active `{key}`. Utilisez `/features` pour voir la liste.',
  'votes.alreadyVoted':
    'Vous soutenez déjà **#{number}** ({votes, plural, one {# vote} many {# de votes} other {# votes}}). Pour retirer votre vote, utilisez `/vote id:{number} withdraw:True`.',
  'votes.buttonLabel': 'Voter · {votes, number}',
  'votes.choice':
    '#{number} · {votes, plural, one {# vote} many {# de votes} other {# votes}} · {feature} · {excerpt}',
  'votes.closed': '**#{number}** est clos (**{status}**) : il ne reçoit plus de votes.',
  'votes.count': '{votes, plural, one {# vote} many {# de votes} other {# votes}}',
  'votes.itemGone': 'Ce retour n’existe plus.',
  'votes.noAccess':
    '**#{number}** concerne **{feature}**, en Early Access : seuls les membres qui y ont accès peuvent voter. Demandez l’accès avec `/join feature:{key}`.',
  'votes.notVoted':
    'Vous ne soutenez pas **#{number}** ({votes, plural, one {# vote} many {# de votes} other {# votes}}) : il n’y a donc aucun vote à retirer.',
  'votes.ownItem':
    '**#{number}** est votre propre retour : vous ne pouvez pas voter pour lui, et vous le suivez déjà.',
  'votes.retired':
    '**#{number}** concerne la fonctionnalité **{feature}**, qui a été retirée : ses retours ne reçoivent pas de votes.',
  'votes.unknownItem': 'Il n’y a pas de retour **#{number}** sur ce serveur.',
  'votes.voted':
    'Vous soutenez **#{number}** ; ce retour a maintenant {votes, plural, one {# vote} many {# de votes} other {# votes}}. Un message vous préviendra quand son statut changera.',
  'votes.withdrawn':
    'Vous avez retiré votre vote sur **#{number}** ; ce retour a maintenant {votes, plural, one {# vote} many {# de votes} other {# votes}}. Vous ne le suivez plus.',
  yourText: 'Votre texte (copiez-le pour réessayer)',
};
