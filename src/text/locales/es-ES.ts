import type { Catalog } from '../translate.js';

/** Spanish (Spain), also read by Latin American Spanish clients. */
export const es: Catalog = {
  'access.alreadyHas': '<@{memberId}> ya tiene acceso a **{name}**.',
  'access.alreadyPaused': 'Las admisiones en **{name}** ya estaban en pausa.',
  'access.everyoneHasIt': '**{name}** ya está disponible para todo el mundo: no hay acceso que conceder.',
  'access.granted':
    'Acceso a **{name}** concedido a <@{memberId}> (registrado como concesión de un responsable). El rol está en camino.',
  'access.how.invite': 'invitación',
  'access.how.maintainer': 'responsable',
  'access.how.sign-up': 'inscripción',
  'access.listEmpty': 'Todavía nadie tiene acceso a **{name}**.',
  'access.listLine':
    '<@{memberId}> · {how} · <t:{grantedAt}:d>{hasTerms, select, yes { · condiciones v{termsVersion}} other {}}',
  'access.listMore': '…y {more, number} más.',
  'access.listTitle':
    '{name}: {count, plural, one {# miembro} many {# de miembros} other {# miembros}} con acceso',
  'access.noAccess': '<@{memberId}> no tiene acceso a **{name}**.',
  'access.notInServer':
    '<@{memberId}> no es miembro de este servidor, así que no se le puede dar el rol de la función.',
  'access.notPaused': 'Las admisiones en **{name}** no estaban en pausa.',
  'access.paused':
    'Admisiones en **{name}** en pausa: no entrará nadie nuevo hasta que uses `/access resume`.',
  'access.reasonRequired': '`{option}`: indica un motivo; se le comunicará al miembro.',
  'access.reconcileSkippedGa':
    'General Availability: no se comprueban los roles, todo el mundo tiene la función.',
  'access.reconciled':
    'Se ha comprobado el rol de {checked, plural, one {# miembro} many {# de miembros} other {# miembros}} con acceso.',
  'access.reconciledAllInPlace': 'Todos los roles están en su sitio.',
  'access.reconciledGone':
    'Han salido del servidor: {gone, number} (su acceso se mantiene hasta que lo revoques).',
  'access.reconciledRefused':
    'Los roles que faltan no se devuelven: el rol {roleName} ahora tiene {permissions}, algo que un rol de función no debe tener. Quita esos permisos en Ajustes del servidor > Roles.',
  'access.reconciledRestored': 'Habían perdido el rol: {restored, number} (se les está devolviendo).',
  'access.reconciledUnchecked':
    'Sin comprobar esta vez: {unchecked, number} más (como máximo 100 por ejecución).',
  'access.resumed': 'Las admisiones en **{name}** vuelven a estar abiertas.',
  'access.retire.announced': 'El anuncio se publicará en <#{channelId}>.',
  'access.retire.done':
    'Se ha retirado **{name}**: {grants, plural, one {# acceso revocado} many {# de accesos revocados} other {# accesos revocados}} (se están quitando sus roles), {invites, plural, one {# invitación cerrada} many {# de invitaciones cerradas} other {# invitaciones cerradas}} y {waiting, plural, one {# entrada de la lista de espera cerrada} many {# de entradas de la lista de espera cerradas} other {# entradas de la lista de espera cerradas}}.',
  'access.retire.grantReason': 'función retirada: {reason}',
  'access.retire.noAnnouncementChannel':
    'No hay ningún canal de anuncios configurado, así que no se ha avisado al servidor. Configura uno con `/setup announcements` y anúncialo tú.',
  'access.revoked':
    'Se ha revocado el acceso de <@{memberId}> a **{name}**. Se le está quitando el rol y se le explica el motivo por mensaje directo.',
  'access.revokedDm':
    'Los responsables han retirado tu acceso a **{name}** en **{guildName}**. Motivo: {reason}',
  'access.rolePrivileged':
    'No se ha concedido: el rol {roleName} de **{name}** otorga ahora {permissions}, algo que un rol de función no debe tener, así que Stagegate no lo da. Quita estos permisos del rol en Ajustes del servidor > Roles, o asigna otro rol a la función con `/feature edit`.',
  'access.seats':
    '**{name}** tiene ahora {cap, number} plazas: {used, number} ocupadas, {free, number} libres.',
  'access.seatsOverCap':
    '**{name}** tiene ahora {cap, number} plazas; {used, number} miembros ya tienen acceso. No se quita a nadie, y no se admite a nadie nuevo hasta que haya menos de {cap, number} con acceso.',
  'access.targetIsBot': 'No se puede dar acceso a bots: elige a un miembro.',
  'cmd.access': 'Limita y retira el acceso a una función',
  'cmd.access.grant': 'Da acceso a un miembro (excepción de responsable, registrada como tal)',
  'cmd.access.grant.member': 'El miembro',
  'cmd.access.list': 'Muestra los miembros con acceso y corrige los roles desincronizados',
  'cmd.access.pause': 'Deja de admitir nuevos miembros',
  'cmd.access.resume': 'Vuelve a admitir nuevos miembros',
  'cmd.access.revoke': 'Retira el acceso a un miembro; se le explica el motivo',
  'cmd.access.revoke.member': 'El miembro',
  'cmd.access.revoke.reason': 'Por qué (se le comunica al miembro)',
  'cmd.access.seats': 'Fija el límite de plazas en Early Access (reducirlo no revoca el acceso a nadie)',
  'cmd.access.seats.count': 'Plazas',
  'cmd.feature': 'Gestiona el catálogo de funciones',
  'cmd.feature.create': 'Crea una función; empieza en Early Access',
  'cmd.feature.create.channel': 'Dónde se replican los comentarios (opcional)',
  'cmd.feature.create.description': 'Qué es la función',
  'cmd.feature.create.key': 'Clave corta: minúsculas, dígitos y guiones (de 2 a 32)',
  'cmd.feature.create.name': 'Nombre visible',
  'cmd.feature.create.role': 'El rol que reciben los miembros con acceso',
  'cmd.feature.create.seats': 'Límite de plazas en Early Access (opcional)',
  'cmd.feature.edit': 'Cambia una función; solo cambian las opciones que indiques',
  'cmd.feature.edit.channel': 'Dónde se replican los comentarios',
  'cmd.feature.edit.description': 'Qué es la función',
  'cmd.feature.edit.name': 'Nombre visible',
  'cmd.feature.edit.role': 'El rol que reciben los miembros con acceso',
  'cmd.feature.edit.seats': 'Límite de plazas en Early Access',
  'cmd.feature.retire':
    'Retira una función en Early Access: se revocan todos los accesos y se avisa al servidor',
  'cmd.feature.retire.reason': 'Por qué se retira (se muestra en el anuncio)',
  'cmd.features': 'Muestra las funciones y su nivel de madurez, o una de ellas en detalle',
  'cmd.features.feature': 'Muestra esta función en detalle',
  'cmd.feedback': 'Envía comentarios sobre una función en su nivel de madurez actual',
  'cmd.feedback.message': 'Tus comentarios; déjalo vacío para escribirlos en un formulario',
  'cmd.feedback.tags': 'De 1 a 3 etiquetas, separadas por comas (por ejemplo: bug, performance)',
  'cmd.invite': 'Invitaciones de Early Access',
  'cmd.invite.admit': 'Invita a los primeros miembros de la lista de espera y avísales',
  'cmd.invite.admit.count': 'Cuántos admitir',
  'cmd.invite.create': 'Crea un código de invitación',
  'cmd.invite.create.expires_in': 'Cuánto tiempo es válido, p. ej. 12h, 7d, 2w (por defecto, 7d)',
  'cmd.invite.create.member': 'Solo este miembro puede usarlo',
  'cmd.invite.create.uses': 'Cuántos miembros pueden usarlo (por defecto, 1)',
  'cmd.invite.list': 'Muestra las invitaciones de una función',
  'cmd.invite.revoke': 'Revoca un código de invitación',
  'cmd.invite.revoke.code': 'El código de invitación',
  'cmd.join': 'Obtén acceso a una función (Early Access requiere invitación; Preview está abierto a todos)',
  'cmd.join.code': 'Tu código de invitación de Early Access',
  'cmd.leave': 'Renuncia a tu acceso a una función; se te quita su rol',
  'cmd.mydata': 'Consulta o borra lo que Stagegate guarda sobre ti en este servidor',
  'cmd.mydata.delete': 'Borra tus textos de comentarios, tus votos y tus demás datos en este servidor',
  'cmd.mydata.export': 'Recibe un archivo JSON con todo lo que Stagegate guarda sobre ti en este servidor',
  'cmd.notifications':
    'Activa o desactiva los mensajes directos sobre comentarios que sigues en este servidor',
  'cmd.notifications.setting': 'activado o desactivado',
  'cmd.notifications.setting.choice.off': 'desactivado',
  'cmd.notifications.setting.choice.on': 'activado',
  'cmd.option.feature': 'La función (su clave)',
  'cmd.option.level.choice.early-access': 'Early Access',
  'cmd.option.level.choice.ga': 'General Availability',
  'cmd.option.level.choice.preview': 'Preview',
  'cmd.option.status.choice.acknowledged': 'aceptado',
  'cmd.option.status.choice.duplicate': 'duplicado',
  'cmd.option.status.choice.open': 'abierto',
  'cmd.option.status.choice.planned': 'planificado',
  'cmd.option.status.choice.resolved': 'resuelto',
  'cmd.option.status.choice.wont-fix': 'no se hará',
  'cmd.promote': 'Pasa una función al siguiente nivel de madurez si cumple los requisitos de preparación',
  'cmd.promote.dry_run': 'Muestra qué pasaría sin cambiar nada',
  'cmd.promote.force': 'Promueve aunque no se cumplan los requisitos (queda registrado)',
  'cmd.promote.note': 'Qué ha cambiado; se muestra en el anuncio',
  'cmd.setup': 'Configura Stagegate para este servidor',
  'cmd.setup.announcements': 'Dónde se anuncian las promociones y las retiradas de funciones',
  'cmd.setup.announcements.channel': 'Canal de anuncios',
  'cmd.setup.feedback-rate': 'Cuántos comentarios puede enviar un miembro por minuto',
  'cmd.setup.feedback-rate.per_minute': 'Límite (por defecto, 5)',
  'cmd.setup.ga-roles': 'Qué pasa con los roles de una función cuando llega a General Availability',
  'cmd.setup.ga-roles.policy': 'Conservar el rol como insignia o quitarlo',
  'cmd.setup.ga-roles.policy.choice.keep': 'Conservar como insignia',
  'cmd.setup.ga-roles.policy.choice.remove': 'Quitar',
  'cmd.setup.gates': 'Requisitos de preparación de una transición',
  'cmd.setup.gates.max_open_blockers': 'Bloqueantes abiertos permitidos',
  'cmd.setup.gates.min_days': 'Días necesarios en el nivel actual',
  'cmd.setup.gates.min_feedback': 'Comentarios necesarios en el nivel actual',
  'cmd.setup.gates.min_participants': 'Participantes necesarios en el nivel actual (comentarios o votos)',
  'cmd.setup.gates.transition': 'Qué promoción',
  'cmd.setup.gates.transition.choice.early-access->preview': 'Early Access -> Preview',
  'cmd.setup.gates.transition.choice.preview->ga': 'Preview -> General Availability',
  'cmd.setup.language': 'El idioma de las publicaciones y mensajes directos de Stagegate en este servidor',
  'cmd.setup.language.locale': 'Un idioma, o el idioma preferido del servidor',
  'cmd.setup.language.locale.choice.de': 'Deutsch',
  'cmd.setup.language.locale.choice.en-US': 'English',
  'cmd.setup.language.locale.choice.es-ES': 'Español',
  'cmd.setup.language.locale.choice.fr': 'Français',
  'cmd.setup.language.locale.choice.pt-BR': 'Português (Brasil)',
  'cmd.setup.language.locale.choice.server': 'El idioma preferido del servidor',
  'cmd.setup.log': 'Dónde se notifican los avisos de preparación y los problemas de entrega',
  'cmd.setup.log.channel': 'Canal de registro',
  'cmd.setup.maintainers':
    'El rol cuyos miembros pueden usar los comandos de responsables (además de Gestionar servidor)',
  'cmd.setup.maintainers.role': 'Rol de responsables',
  'cmd.setup.show': 'Muestra la configuración actual',
  'cmd.setup.tags': 'La lista de etiquetas de los comentarios',
  'cmd.setup.tags.add': 'Añade una etiqueta',
  'cmd.setup.tags.add.tag': 'Minúsculas, dígitos y guiones',
  'cmd.setup.tags.remove': 'Quita una etiqueta (los comentarios guardados la conservan)',
  'cmd.setup.tags.remove.tag': 'La etiqueta',
  'cmd.setup.terms': 'Las condiciones que los miembros aceptan antes de obtener acceso',
  'cmd.setup.terms.level': 'Qué nivel',
  'cmd.setup.terms.text': 'El texto de las condiciones',
  'cmd.triage': 'Revisa y exporta comentarios',
  'cmd.triage.export': 'Descarga los comentarios de una función en CSV o JSON',
  'cmd.triage.export.format': 'Formato del archivo (por defecto, csv)',
  'cmd.triage.export.format.choice.csv': 'CSV',
  'cmd.triage.export.format.choice.json': 'JSON',
  'cmd.triage.export.level': 'Solo comentarios enviados en este nivel',
  'cmd.triage.list': 'Recorre los comentarios de una función',
  'cmd.triage.list.level': 'Solo comentarios enviados en este nivel',
  'cmd.triage.list.sort': 'Orden de la lista (por defecto: más recientes primero)',
  'cmd.triage.list.sort.choice.newest': 'más recientes primero',
  'cmd.triage.list.sort.choice.votes': 'más votados primero',
  'cmd.triage.list.status': 'Solo comentarios con este estado',
  'cmd.triage.list.tag': 'Solo comentarios con esta etiqueta',
  'cmd.triage.set': 'Cambia el estado, añade una nota o ajusta las etiquetas de un comentario',
  'cmd.triage.set.duplicate_of': 'Con el estado duplicado: el número del original (#M)',
  'cmd.triage.set.id': 'El número del comentario (#N)',
  'cmd.triage.set.note': 'Una nota de revisión (se guarda con tu nombre)',
  'cmd.triage.set.status': 'Nuevo estado',
  'cmd.triage.set.tags': 'Sustituye las etiquetas: de 1 a 3, separadas por comas',
  'announcement.daysLine': 'Días en {level}: **{days, number}**',
  'announcement.evidenceField': 'Cifras clave',
  'announcement.feedbackLine': 'Comentarios en {level}: **{total, number}** ({tags})',
  'announcement.moreTags': 'y {count, number} más',
  'announcement.noTags': 'ninguna',
  'announcement.noteField': 'Nota',
  'announcement.participantsLine': 'Participantes: **{participants, number}**',
  'announcement.promotedTitle': '{name}: {from} → {to}',
  'announcement.resolvedLine': 'Resueltos en {level}: **{resolved, number}**',
  'announcement.retiredTitle': 'Se ha retirado {name}',
  'announcement.tagCount': '{tag} {count, number}',
  'announcement.whyField': 'Motivo',
  'cmd.vote': 'Apoya un comentario o retira tu voto',
  'cmd.vote.id': 'El número del comentario (#N)',
  'cmd.vote.withdraw': 'Retirar tu voto en su lugar',
  'discord.cannotMessageUser': 'El miembro no acepta mensajes directos de este servidor.',
  'discord.missingPermission': 'Al bot le falta allí el permiso {permission}.',
  'discord.missingPermissions':
    'Discord lo ha rechazado: al bot le falta un permiso aquí. Dale a su rol los permisos Gestionar roles, Ver canal, Enviar mensajes e Insertar enlaces, y asegúrate de que su rol esté por encima de todos los roles de funciones.',
  'discord.roleAboveBot':
    'Discord ha rechazado el cambio de rol: el rol de la función está por encima del rol más alto del bot. Arrastra el rol del bot por encima de los roles de funciones en Ajustes del servidor > Roles.',
  'discord.unexpected':
    'Stagegate no pudo crear la solicitud (un error propio, registrado en el log del bot). No se reintentará.',
  'discord.unknownChannel': 'El canal ya no existe o el bot no puede verlo. Elige otro canal en `/setup`.',
  'discord.unknownMember': 'El miembro ya no está en el servidor.',
  'discord.unknownRole': 'El rol de la función ya no existe. Configura uno nuevo con `/feature edit role:`.',
  'discussion.cannot.createPosts': 'crear una publicación por comentario',
  'discussion.cannot.createPublicThreads': 'abrir un hilo en cada copia',
  'discussion.cannot.manageChannels': 'crear las etiquetas de nivel y estado',
  'discussion.cannot.manageThreads': 'archivar los hilos de los comentarios cerrados',
  'discussion.cannot.sendMessagesInThreads': 'publicar los cambios de estado en los hilos',
  'discussion.forumMode':
    'Cada comentario se convierte en una publicación del foro <#{channelId}>, con etiquetas de nivel y estado.',
  'discussion.missing':
    '⚠️ En <#{channelId}> al bot le falta {missing}, así que no puede {effects}. Los comentarios se guardan de todos modos.',
  'discussion.tagsMissing':
    'El foro <#{channelId}> no tiene sitio para las etiquetas {tags} (un foro admite 20): las publicaciones irán sin ellas. Quita algunas etiquetas del foro y vuelve a fijar el canal con `/feature edit channel`.',
  'discussion.textMode': 'Cada copia de comentario en <#{channelId}> abre un hilo para conversar sobre ella.',
  expiredComponent: 'Este botón o formulario ha caducado. Vuelve a ejecutar el comando.',
  'feature.channelWrongType': 'Elige un canal de texto, de anuncios o un foro.',
  'feature.choice': '{name} ({level})',
  'feature.choiceRetired': '{name} (retirada)',
  'feature.created':
    'Se ha creado **{name}** (`{key}`) en {level}. Ahora los miembros pueden unirse con `/join` mediante una invitación o enviar comentarios con `/feedback`.',
  'feature.edited': 'Se ha actualizado `{key}`: {fields}.',
  'feature.keyTaken': 'Ya existe una función con la clave `{key}` en este servidor. Elige otra clave.',
  'feature.nothingToEdit':
    'Indica al menos una opción que cambiar (nombre, descripción, rol, canal o plazas).',
  'feature.permission.administrator': 'Administrador',
  'feature.permission.banMembers': 'Banear miembros',
  'feature.permission.kickMembers': 'Expulsar miembros',
  'feature.permission.manageChannels': 'Gestionar canales',
  'feature.permission.manageEvents': 'Gestionar eventos',
  'feature.permission.manageGuild': 'Gestionar servidor',
  'feature.permission.manageGuildExpressions': 'Gestionar expresiones',
  'feature.permission.manageMessages': 'Gestionar mensajes',
  'feature.permission.manageNicknames': 'Gestionar apodos',
  'feature.permission.manageRoles': 'Gestionar roles',
  'feature.permission.manageThreads': 'Gestionar hilos',
  'feature.permission.manageWebhooks': 'Gestionar webhooks',
  'feature.permission.mentionEveryone': 'Mencionar @everyone',
  'feature.permission.moderateMembers': 'Aislar temporalmente a miembros',
  'feature.permission.moveMembers': 'Mover miembros',
  'feature.permission.muteMembers': 'Silenciar miembros',
  'feature.permission.viewAuditLog': 'Ver el registro de auditoría',
  'feature.reasonRequired': 'Indica un motivo: queda registrado y se muestra en el anuncio.',
  'feature.roleAboveBot':
    'El rol {name} está al mismo nivel o por encima del rol más alto del bot, así que el bot no podría concederlo. Sube el rol del bot por encima de él en Ajustes del servidor > Roles, o elige otro rol.',
  'feature.roleAlert':
    '⚠️ El rol {roleName} de **{name}** (`{key}`) otorga ahora {permissions}. Stagegate da este rol a los miembros que se unen, así que no se lo dará a nadie hasta que se corrija: quita estos permisos del rol en Ajustes del servidor > Roles, o asigna otro rol a la función con `/feature edit`.',
  'feature.roleEveryone':
    'El rol @everyone no puede ser el rol de una función: elige un rol creado para esta función.',
  'feature.roleManaged': 'El rol {name} lo gestiona una integración y el bot no puede concederlo.',
  'feature.rolePrivileged':
    'El rol {name} otorga {permissions}: los miembros que se unan lo recibirían. Elige un rol sin permisos de moderación.',
  'feature.roleTaken':
    'Ese rol ya es el de **{name}**: dos funciones no pueden compartir rol. Elige o crea otro rol.',
  'feature.roleUnknown': 'Ese rol no existe en este servidor.',
  'features.atLevelField': 'En este nivel',
  'features.atLevelValue':
    '{days, plural, one {# día} many {# de días} other {# días}} (desde el <t:{since}:D>)',
  'features.detailTitle': '{name} ({key})',
  'features.levelField': 'Nivel',
  'features.listLine':
    '**{name}** `{key}` — {level} · {participants, plural, one {# participante} many {# de participantes} other {# participantes}} · {feedback, plural, one {# comentario} many {# de comentarios} other {# comentarios}}',
  'features.listMore': '…y {count, number} más. Usa `/features feature:<key>` para ver una función.',
  'features.listTitle': 'Funciones',
  'features.none':
    'Todavía no hay funciones activas. Los responsables pueden añadir una con `/feature create`.',
  'features.readinessField': 'Preparación',
  'features.roleField': 'Rol',
  'feedback.alreadyStored':
    'Este comentario ya estaba guardado como **#{number}** para **{feature}** ({level}), con las etiquetas {tags}. No se ha guardado dos veces.',
  'feedback.byLevelField': 'Comentarios por nivel',
  'feedback.byTagField': 'Comentarios por etiqueta',
  'feedback.countLine': '{label}: **{count, number}**',
  'feedback.discussionLink': 'Conversación: <#{threadId}>',
  'feedback.earlyAccessOnly':
    '**{feature}** está en Early Access: solo los miembros con acceso pueden enviar comentarios. Pide acceso con `/join feature:{key}` (necesitas una invitación; si no la tienes, entras en la lista de espera).',
  'feedback.mirrorFrom': 'Autor',
  'feedback.mirrorLevel': 'Nivel',
  'feedback.mirrorTags': 'Etiquetas',
  'feedback.mirrorTitle': '#{number} · {feature}',
  'feedback.modalLabel': 'Tus comentarios',
  'feedback.modalPlaceholder': 'Qué funciona, qué no, qué esperabas…',
  'feedback.modalTitle': 'Comentarios: {feature}',
  'feedback.moreOpenBlockers': '…y {count, number} más (`/triage list tag:blocker status:open`).',
  'feedback.noFeedbackYet': 'Todavía no hay comentarios.',
  'feedback.noOpenBlockers': 'Ninguno.',
  'feedback.openBlockersField': 'Bloqueantes abiertos ({count, number})',
  'feedback.rateLimited':
    'Puedes enviar como máximo {perMinute, plural, one {# comentario} many {# de comentarios} other {# comentarios}} por minuto. Vuelve a intentarlo <t:{retryAt}:R>.',
  'feedback.stored':
    '¡Gracias! Tu comentario se ha guardado como **#{number}** para **{feature}** ({level}), con las etiquetas {tags}.',
  'feedback.tagsChanged':
    'La lista de etiquetas ha cambiado mientras el formulario estaba abierto. Vuelve a ejecutar `/feedback` con las etiquetas actuales.',
  'feedback.tagsTooLongForForm':
    'Estas etiquetas son demasiado largas para llevarlas al formulario. Envía tu comentario con la opción `message`.',
  'feedback.topVotedField': 'Más votados',
  'feedback.topVotedLine':
    '**#{number}** · {votes, plural, one {# voto} many {# de votos} other {# votos}} · {excerpt}',
  'feedback.topVotedNone': 'No hay comentarios abiertos.',
  'gateLabel.max_open_blockers': 'Bloqueantes abiertos',
  'gateLabel.min_days': 'Días en {levelLabel}',
  'gateLabel.min_feedback': 'Comentarios en {levelLabel}',
  'gateLabel.min_participants': 'Participantes en {levelLabel}',
  genericError:
    'Algo ha fallado por nuestra parte. Inténtalo de nuevo; si sigue pasando, dale a un responsable la referencia `{reference}`.',
  guildOnly: 'Los comandos de Stagegate solo funcionan dentro de un servidor.',
  interactionReplayed: 'Este comando ya se ejecutó (Discord lo entregó dos veces); no ha cambiado nada.',
  invalidOption: '`{option}`: {problem}',
  'invite.admitted':
    'Se ha invitado a {count, plural, one {# miembro} many {# de miembros} other {# miembros}} de la lista de espera de **{name}**: {members}. Se les avisa por mensaje directo (o con una mención en el canal de la función si tienen los MD cerrados). Siguen esperando: {remaining, number}.',
  'invite.admittedSome':
    'Se ha invitado a {count, plural, one {# miembro} many {# de miembros} other {# miembros}} de la lista de espera de **{name}**: {members} y {more, number} más. Se les avisa por mensaje directo (o con una mención en el canal de la función si tienen los MD cerrados). Siguen esperando: {remaining, number}.',
  'invite.alreadyRevoked': 'La invitación `{code}` ya estaba revocada.',
  'invite.created':
    'Invitación `{code}` para **{name}**: {uses, plural, one {# uso} many {# de usos} other {# usos}}, válida hasta el <t:{expiresAt}:f>{hasTarget, select, yes {, solo para <@{target}>} other {}}.\nCompártela: `/join feature:{key} code:{code}`',
  'invite.invitedDm':
    '¡Te han invitado a **{name}** (Early Access) en **{guildName}**! Ejecuta allí `/join feature:{key}` (o usa el código `{code}`) antes del <t:{expiresAt}:f>.',
  'invite.listEmpty': '**{name}** aún no tiene invitaciones. Crea una con `/invite create`.',
  'invite.listLine':
    '`{code}` · {status} · {usage} · {hasExpiry, select, yes {caduca <t:{expiresAt}:R>} other {sin caducidad}}{hasTarget, select, yes { · para <@{target}>} other {}}',
  'invite.listMore': '…y {more, number} más antiguas.',
  'invite.listTitle': 'Invitaciones de {name}',
  'invite.listUsage': 'usos: {uses, number}/{maxUses, number}',
  'invite.listUsageUnlimited': 'usos: {uses, number}/∞',
  'invite.notFound': 'No hay ninguna invitación `{code}` en este servidor.',
  'invite.onlyEarlyAccess':
    '**{name}** está en {level}: las invitaciones son solo para Early Access. {isPreview, select, yes {Cualquiera puede unirse con `/join`.} other {Todo el mundo la tiene ya.}}',
  'invite.revoked':
    'Se ha revocado la invitación `{code}` de **{name}**. Los miembros que ya se unieron conservan su acceso.',
  'invite.status.expired': 'caducada',
  'invite.status.revoked': 'revocada',
  'invite.status.usable': 'activa',
  'invite.status.used-up': 'agotada',
  'invite.status.wrong-member': 'activa',
  'invite.targetHasAccess': '<@{memberId}> ya tiene acceso.',
  'invite.targetIsBot': 'No se puede invitar a bots: elige a un miembro.',
  'invite.waitlistEmpty': 'No hay nadie en la lista de espera de **{name}**.',
  'join.accept': 'Aceptar',
  'join.alreadyMember': 'Ya tienes acceso a **{name}**.',
  'join.alreadyWaiting':
    'Ya estás en la lista de espera de **{name}**, en la posición **{position, number}**.',
  'join.codeRefused.expired': 'Ese código de invitación ha caducado. Pide uno nuevo a un responsable.',
  'join.codeRefused.revoked': 'Los responsables han revocado ese código de invitación.',
  'join.codeRefused.used-up':
    'Ese código de invitación ya se ha usado todas las veces permitidas. Pide uno nuevo a un responsable.',
  'join.codeRefused.wrong-member': 'Ese código de invitación es para otro miembro.',
  'join.codeUnknown':
    'Ese código de invitación no es válido para **{name}**. Compruébalo o ejecuta `/join` sin código para entrar en la lista de espera.',
  'join.decline': 'Rechazar',
  'join.declined': 'Has rechazado las condiciones de **{name}**. No se ha concedido nada.',
  'join.defaultTerms.early-access':
    'Early Access es solo con invitación. La función puede cambiar por completo o desaparecer, y tu acceso puede limitarse o retirarse en cualquier momento. Al aceptar, asumes que habrá cambios incompatibles y te comprometes a compartir tus comentarios.',
  'join.defaultTerms.preview':
    'Preview está casi terminada, pero no es para uso en producción. Cuenta con algunas asperezas; es una última prueba de resistencia antes de General Availability.',
  'join.everyoneHasIt': '**{name}** ya está disponible para todo el mundo: no hace falta unirse.',
  'join.featureGone': 'Esta función ya no está disponible. No se ha concedido nada.',
  'join.full':
    '**{name}** no tiene plazas libres: todas las plazas de Early Access ({seats, number}) están ocupadas. Vuelve a intentarlo más tarde.',
  'join.granted':
    '¡Te damos la bienvenida a **{name}**! Has aceptado las condiciones; el rol <@&{roleId}> está en camino. Usa `/feedback` para contarle al equipo qué te parece y `/leave` para renunciar al acceso.',
  'join.inviteGone':
    'Tu invitación a **{name}** ya no es válida (se ha usado, ha caducado o se ha revocado entretanto). No se ha concedido nada.',
  'join.left': 'Has salido de **{name}**. Tu acceso ha terminado y se te está quitando el rol.',
  'join.leftWaitlist': 'Has salido de la lista de espera de **{name}**.',
  'join.notMember': 'No tienes acceso a **{name}** ni estás en su lista de espera.',
  'join.nothingToLeaveAtGa':
    '**{name}** ya está disponible para todo el mundo, así que no hay ningún acceso al que renunciar.',
  'join.paused':
    'Los responsables han pausado las admisiones en **{name}** por ahora. Vuelve a intentarlo más tarde.',
  'join.rolePrivileged':
    'Ahora mismo no puedes unirte a **{name}**: su rol otorga permisos que un rol de función no debe tener, así que Stagegate no lo da hasta que los responsables lo corrijan. Vuelve a intentarlo más tarde.',
  'join.termsChanged':
    'Las condiciones de **{name}** han cambiado mientras las leías. Vuelve a ejecutar `/join` para ver las condiciones actuales.',
  'join.termsFooter':
    'Versión de las condiciones: {version} · Tienes {minutes, number} min para aceptar; si no, no se concederá nada.',
  'join.termsPrompt': 'Lee las condiciones. Pulsa **Aceptar** para obtener acceso o **Rechazar**.',
  'join.termsTitle': '{name}: condiciones de {level}',
  'join.waitlisted':
    '**{name}** es solo con invitación por ahora. Estás en la lista de espera, en la posición **{position, number}**; recibirás un mensaje directo cuando te inviten.',
  maintainerOnly:
    'Este comando es para responsables: necesitas el permiso Gestionar servidor o el rol de responsables configurado con `/setup maintainers`.',
  'mydata.authorErased': '(borrado)',
  'mydata.confirm': '**¿Borrar tus datos en este servidor?** No se puede deshacer. Se borrará lo siguiente:',
  'mydata.confirmKept':
    'Tus comentarios se mantienen, con su número, estado, etiquetas y votos, para que el seguimiento del equipo siga completo; su texto pasará a ser `[deleted by its author]` y ya no te nombrarán. Lo que el equipo conserva (tus accesos anteriores, las invitaciones creadas para ti) también se queda. Responde en {minutes, plural, one {# minuto} many {# de minutos} other {# minutos}}.',
  'mydata.eraseButton': 'Borrar mis datos',
  'mydata.erased': 'Borrado de este servidor:',
  'mydata.erasedNote':
    'Tus comentarios conservan su número y su estado; su texto ahora es `[deleted by its author]`.',
  'mydata.erasedNothing': 'No quedaba nada que borrar en este servidor.',
  'mydata.exportTooLarge':
    'Tus datos en este servidor superan los {limitMiB} MiB, el máximo que Discord permite adjuntar. Pide a la administración del servidor una copia de la base de datos de Stagegate.',
  'mydata.exported':
    'Todo lo que Stagegate guarda sobre ti en este servidor está en `{fileName}`: {feedback, plural, one {# comentario} many {# de comentarios} other {# comentarios}}, {votes, plural, one {# voto} many {# de votos} other {# votos}} y {records, plural, one {# registro más} many {# de registros más} other {# registros más}}. Las notas del equipo y los textos de otros miembros no forman parte de él.',
  'mydata.exportedEmpty':
    'Stagegate no guarda nada sobre ti en este servidor; `{fileName}` muestra las listas vacías.',
  'mydata.item.access':
    '{count, plural, one {tu acceso a {features} y su rol} many {tus accesos a {features} y sus roles} other {tus accesos a {features} y sus roles}}',
  'mydata.item.feedback':
    '{count, plural, one {el texto de # comentario y la constancia de que es tuyo} many {el texto de # de comentarios y la constancia de que son tuyos} other {el texto de # comentarios y la constancia de que son tuyos}}',
  'mydata.item.follows':
    '{count, plural, one {# comentario que sigues} many {# de comentarios que sigues} other {# comentarios que sigues}}',
  'mydata.item.notifications': 'tu ajuste de notificaciones (vuelven a estar activadas, como por defecto)',
  'mydata.item.votes': '{count, plural, one {# voto} many {# de votos} other {# votos}}',
  'mydata.item.waitlist':
    '{count, plural, one {# entrada en lista de espera} many {# de entradas en listas de espera} other {# entradas en listas de espera}}',
  'mydata.item.withdrawnVotes':
    'el registro de {count, plural, one {# voto retirado} many {# de votos retirados} other {# votos retirados}}',
  'mydata.keepButton': 'Conservar mis datos',
  'mydata.kept': 'No se ha borrado nada.',
  'mydata.moreFeatures':
    '{count, plural, one {# función más} many {# de funciones más} other {# funciones más}}',
  'mydata.nothingToErase':
    'Stagegate no guarda sobre ti en este servidor nada que `/mydata delete` borre. `/mydata export` muestra todo lo que guarda.',
  notYourComponent: 'Estos botones son de otro miembro.',
  'notifications.duplicateOf':
    'Es un duplicado de **#{original}**: sus votos y seguidores se han trasladado allí y, a partir de ahora, recibirás las novedades de **#{original}**.',
  'notifications.note': 'Nota de los responsables: {note}',
  'notifications.off':
    'Las notificaciones están desactivadas en este servidor: ya no recibirás mensajes directos sobre los comentarios que sigues. Vuelve a activarlas con `/notifications setting:on`.',
  'notifications.on':
    'Las notificaciones están activadas en este servidor: recibirás un mensaje directo cuando cambie el estado de un comentario que sigues y un agradecimiento cuando una función sobre la que opinaste pase de nivel.',
  'notifications.optOutButton': 'Desactivar estos mensajes',
  'notifications.optedOut':
    'Hecho: ya no recibirás notificaciones de ese servidor. Vuelve a activarlas allí con `/notifications setting:on`.',
  'notifications.statusChanged': '**#{number}** ({feature}) ahora tiene el estado **{status}**.',
  'notifications.statusFooter':
    'Recibes este mensaje porque sigues #{number} (es tu comentario o lo votaste).',
  'notifications.thanksHeader':
    '**{feature}** ha pasado de {from} a {to}. Gracias por tus comentarios en {from}; así están ahora:',
  'notifications.thanksLine': '**#{number}** · **{status}** · {excerpt}',
  'notifications.thanksMore': '…y {count, number} más.',
  'option.empty': '`{option}`: está vacío.',
  'option.featureMissing': '`{option}`: indica una función.',
  'option.feedbackNumber': '`{option}`: indica un número de comentario (#N).',
  'option.invalid': '`{option}`: no es válido.',
  'option.inviteCodeCharacters': '`{option}`: un código de invitación solo tiene letras y números.',
  'option.missing': '`{option}`: es obligatorio.',
  'option.nulCharacter':
    '`{option}`: contiene un carácter NUL invisible (U+0000) que no se puede guardar. Quítalo y vuelve a intentarlo.',
  'option.tooBig': '`{option}`: debe ser como máximo {max, number}.',
  'option.tooLong': '`{option}`: puede tener como máximo {max, number} caracteres.',
  'option.tooShort': '`{option}`: necesita al menos {min, number} caracteres.',
  'option.tooSmall': '`{option}`: debe ser al menos {min, number}.',
  'promote.announcementField': 'Anuncio',
  'promote.announcementPreview':
    'Se publicaría en <#{channelId}>, mencionando solo el rol de la función (se muestra abajo).',
  'promote.announcementQueued': 'Se publicará en <#{channelId}>, mencionando solo el rol de la función.',
  'promote.atGa':
    '**{name}** ya está en General Availability, el último nivel: no se puede promover a ningún otro.',
  'promote.dryRunHeader': 'Simulación: no se ha cambiado nada. Esto es lo que haría `/promote`:',
  'promote.forcedField': 'Forzada',
  'promote.forcedValue':
    'Sí: hay requisitos sin cumplir y se ha usado `force`; queda registrado junto con el informe.',
  'promote.gaKeep':
    'Los miembros conservan <@&{roleId}> como insignia (política de roles en GA: conservar; cámbiala con `/setup ga-roles`).',
  'promote.gaRemove':
    'Se quita <@&{roleId}> a {count, plural, one {# miembro} many {# de miembros} other {# miembros}} con acceso (política de roles en GA: quitar).',
  'promote.gateField': 'Inscripción',
  'promote.gateOpens':
    'Se levanta la restricción por invitación: cualquiera puede inscribirse con `/join`. {count, plural, one {Se avisa por mensaje directo a # miembro de la lista de espera.} many {Se avisa por mensaje directo a # de miembros de la lista de espera.} other {Se avisa por mensaje directo a # miembros de la lista de espera.}}',
  'promote.gatesUnmet':
    'No se ha promovido: **{name}** no cumple los requisitos de preparación para {to}. No ha cambiado nada. Vuelve a ejecutar `/promote` con `force:True` para promoverla igualmente (el informe con los requisitos sin cumplir queda registrado).',
  'promote.historyField': 'Historial de promociones',
  'promote.historyLine':
    '<t:{at}:d> {from} → {to} por <@{byId}>{forced, select, yes { **(forzada)**} other {}}{hasNote, select, yes {: {note}} other {}}',
  'promote.historyMore': '…y {count, number} anteriores.',
  'promote.historyNone': 'Todavía no hay cambios de nivel.',
  'promote.nextLevel': 'el siguiente nivel',
  'promote.noAnnouncementChannel':
    'No hay ningún canal de anuncios configurado, así que no se anuncia nada. Configura uno con `/setup announcements`.',
  'promote.noRoleChanges': 'Sin cambios de roles.',
  'promote.noteField': 'Nota',
  'promote.noteLength': '`{option}`: la nota puede tener como máximo 1000 caracteres.',
  'promote.planTitle': '{name}: {from} → {to}',
  'promote.promoted':
    'Se ha promovido **{name}** de {from} a {to}{forced, select, yes { (forzada: los requisitos sin cumplir quedan registrados)} other {}}.',
  'promote.readinessField': 'Preparación',
  'promote.replayed':
    'Este `/promote` ya se ejecutó: **{name}** pasó de {from} a {to}. No ha cambiado nada más.',
  'promote.retired': '**{name}** está retirada y no se puede promover.',
  'promote.rolesField': 'Roles',
  'promote.stale':
    'No se ha promovido: **{name}** acaba de pasar a {level}, quizá por otro responsable en ese mismo momento. No ha cambiado nada. Consulta `/features`; para seguir promoviéndola, vuelve a ejecutar `/promote` dentro de un minuto.',
  'promote.thanksField': 'Agradecimientos',
  'promote.thanksPreview':
    '{count, plural, =0 {No se agradecería a nadie: nadie dio comentarios en {level}, o tienen las notificaciones desactivadas.} one {Se agradecería por mensaje directo a # miembro que dio comentarios en {level}, con el estado de sus comentarios.} many {Se agradecería por mensaje directo a # de miembros que dieron comentarios en {level}, con el estado de sus comentarios.} other {Se agradecería por mensaje directo a # miembros que dieron comentarios en {level}, con el estado de sus comentarios.}}',
  'promote.thanksQueued':
    '{count, plural, =0 {No hay agradecimientos que enviar: nadie dio comentarios en {level}, o tienen las notificaciones desactivadas.} one {Se agradece por mensaje directo a # miembro que dio comentarios en {level}, con el estado de sus comentarios.} many {Se agradece por mensaje directo a # de miembros que dieron comentarios en {level}, con el estado de sus comentarios.} other {Se agradece por mensaje directo a # miembros que dieron comentarios en {level}, con el estado de sus comentarios.}}',
  'promote.waitlistOpened':
    '**{name}** ya está en Preview: se ha levantado la restricción por invitación y puedes inscribirte con `/join feature:{key}`. Estabas en su lista de espera, que ya se ha cerrado.',
  'report.directMessage': 'No se pudo enviar un mensaje directo a <@{userId}>: {advice}',
  'report.fallbackFailed':
    'No se pudo enviar un mensaje directo a <@{userId}>: {closedDms} Tampoco se pudo mencionar en <#{channelId}>: {advice}',
  'report.forumPost': 'No se pudo crear la publicación de un comentario en <#{channelId}>: {advice}',
  'report.forumTags': 'No se pudieron crear las etiquetas de nivel y estado en <#{channelId}>: {advice}',
  'report.groupDirectMessage':
    '{count, plural, one {Ha fallado # mensaje directo} many {Han fallado # mensajes directos} other {Han fallado # mensajes directos}}: {advice}',
  'report.groupMessage':
    '{count, plural, one {Ha fallado # publicación} many {Han fallado # publicaciones} other {Han fallado # publicaciones}} en <#{channelId}>: {advice}',
  'report.groupRole':
    '{count, plural, one {Ha fallado # cambio de rol} many {Han fallado # cambios de rol} other {Han fallado # cambios de rol}} de **{feature}**: {advice}',
  'report.groupRoleOf':
    '{count, plural, one {Ha fallado # cambio de <@&{roleId}>} many {Han fallado # cambios de <@&{roleId}>} other {Han fallado # cambios de <@&{roleId}>}}: {advice}',
  'report.message': 'No se pudo publicar en <#{channelId}>: {advice}',
  'report.messageEdit': 'No se pudo actualizar un mensaje en <#{channelId}>: {advice}',
  'report.roleAdd': 'No se pudo dar <@&{roleId}> a <@{memberId}>: {advice}',
  'report.roleRemove': 'No se pudo quitar <@&{roleId}> a <@{memberId}>: {advice}',
  'readiness.gateLine': '{mark} {label}: {actual, number} / {required, number}',
  'readiness.gateLineAtMost': '{mark} {label}: {actual, number} (como máximo {required, number})',
  'readiness.lastLevel': 'General Availability es el último nivel.',
  'readiness.notReady': 'Aún no está lista para {level}.',
  'readiness.noticeAction': 'Ahora un responsable puede ejecutar `/promote feature:{key}`.',
  'readiness.noticeTitle': '{name} está lista para {level}',
  'readiness.ready': 'Lista para {level}.',
  'report.threadMessage': 'No se pudo publicar en el hilo de un comentario en <#{channelId}>: {advice}',
  'report.threadOpen': 'No se pudo abrir el hilo de una copia de comentario en <#{channelId}>: {advice}',
  'report.threadUpdate': 'No se pudo actualizar el hilo de un comentario en <#{channelId}>: {advice}',
  'roleReason.data-deleted': 'Stagegate: el miembro borró sus datos ({featureKey})',
  'roleReason.ga-role-removed':
    'Stagegate: {featureKey} llegó a General Availability (política de roles: quitar)',
  'roleReason.granted-by-maintainer': 'Stagegate: concedido por {maintainerName}',
  'roleReason.held-without-access': 'Stagegate: rol asignado sin acceso',
  'roleReason.joined': 'Stagegate: se unió a {featureKey} ({how})',
  'roleReason.left': 'Stagegate: salió de {featureKey}',
  'roleReason.restored': 'Stagegate: rol restaurado (el miembro tiene acceso)',
  'roleReason.retired': 'Stagegate: {featureKey} retirada',
  'roleReason.revoked': 'Stagegate: acceso revocado: {reason}',
  'roleReason.role-moved-from': 'Stagegate: {featureKey} pasó a otro rol',
  'roleReason.role-moved-to': 'Stagegate: cambio de rol de {featureKey} (el miembro tiene acceso)',
  'rule.alreadyRetired': 'Esta función ya está retirada.',
  'rule.durationInvalid':
    '`{input}` no es una duración: usa un número y una unidad, por ejemplo 30m, 12h, 7d o 2w (m = minutos, h = horas, d = días, w = semanas).',
  'rule.durationOutOfRange': 'La duración debe estar entre 1 minuto y 90 días (se ha recibido `{input}`).',
  'rule.featureDescriptionLength':
    'La descripción de una función debe tener entre 1 y 1000 caracteres (la tuya tiene {length, number}).',
  'rule.featureKeyInvalid':
    '`{key}` no es una clave de función válida: usa de 2 a 32 caracteres (letras minúsculas a-z, dígitos y guiones) que empiecen por una letra o un dígito.',
  'rule.featureNameLength':
    'El nombre de una función debe tener entre 1 y 80 caracteres (el tuyo tiene {length, number}).',
  'rule.feedbackEmpty': 'El comentario no puede estar vacío.',
  'rule.feedbackTooLong':
    'El comentario puede tener como máximo {max, number} caracteres (el tuyo tiene {length, number}).',
  'rule.gateFieldInvalid': '`{field}` debe ser un número entero entre 0 y {max, number}.',
  'rule.gateThresholdsNotObject':
    'Los umbrales de los requisitos deben indicar min_feedback, min_days y max_open_blockers.',
  'rule.retireOnlyEarlyAccess':
    'Solo se pueden retirar funciones en Early Access; esta función está en {levelLabel}.',
  'rule.retireReasonLength':
    'El motivo de la retirada debe tener entre 1 y {max, number} caracteres (el tuyo tiene {length, number}).',
  'rule.seatCapInvalid': 'El número de plazas debe ser un entero entre 1 y 100000 (se ha recibido {value}).',
  'rule.seatCapOnlyEarlyAccess':
    'El límite de plazas solo se aplica en Early Access; esta función está en {levelLabel}, donde no se cuentan plazas.',
  'rule.tagInvalid':
    '`{tag}` no es una etiqueta válida: usa de 1 a 24 caracteres (letras minúsculas a-z, dígitos y guiones) que empiecen por una letra o un dígito.',
  'rule.tagRepeated': 'La etiqueta `{tag}` aparece más de una vez.',
  'rule.tagUnknown': 'Etiqueta desconocida: `{tag}`. Elige entre: {vocabulary}.',
  'rule.tagsMissing': 'Indica al menos una etiqueta. Elige entre: {vocabulary}.',
  'rule.tagsTooMany': 'Indica como máximo {max, number} etiquetas (has indicado {count, number}).',
  'rule.textNulCharacter':
    'El texto contiene un carácter NUL invisible (U+0000) que no se puede guardar. Quítalo y vuelve a intentarlo.',
  'setup.announcements': 'Las promociones y retiradas se anunciarán en <#{channelId}>.',
  'setup.channelMissing':
    'El bot no puede publicar en <#{channelId}>: le faltan estos permisos en ese canal: {missing}. Concédeselos a su rol en los ajustes del canal o elige otro canal. No ha cambiado nada.',
  'setup.channelNotText': 'Elige un canal de texto o de anuncios.',
  'setup.channelUnknown': 'El bot no puede ver ese canal. Elige un canal de texto que pueda leer.',
  'setup.feedbackRate': 'Límite de comentarios: {perMinute, number} por minuto y miembro.',
  'setup.gaRolePolicy.keep': 'mantener',
  'setup.gaRolePolicy.remove': 'quitar',
  'setup.gaRoles':
    '{policy, select, keep {Cuando una función llegue a General Availability, sus miembros conservarán el rol de la función como insignia.} other {Cuando una función llegue a General Availability, se quitará el rol de la función a todos los miembros con acceso.}}',
  'setup.gatesLine':
    'Mínimo de comentarios en el nivel: {minFeedback, number}. Mínimo de participantes en el nivel: {minParticipants, plural, one {# persona} many {# de personas} other {# personas}}. Tiempo mínimo en el nivel: {minDays, plural, one {# día} many {# de días} other {# días}}. Máximo de comentarios `blocker` abiertos: {maxOpenBlockers, number}.',
  'setup.gatesSet': 'Requisitos de preparación de {transition} actualizados:',
  'setup.gatesTitle': 'Requisitos de preparación: {transition}',
  'setup.languageDefault':
    'Las publicaciones y los mensajes directos de Stagegate en este servidor siguen ahora el idioma preferido del servidor. Hasta que Discord se lo indique a Stagegate, se usa: **{language}**.',
  'setup.languageFallback':
    'Las publicaciones y los mensajes directos de Stagegate en este servidor siguen ahora el idioma preferido del servidor. Stagegate no habla ese idioma ({serverLanguage}), así que se usa el idioma de reserva: **{language}**.',
  'setup.languageName.de': 'alemán',
  'setup.languageName.en-US': 'inglés',
  'setup.languageName.es-ES': 'español',
  'setup.languageName.fr': 'francés',
  'setup.languageName.pt-BR': 'portugués (Brasil)',
  'setup.languageServer':
    'Las publicaciones y los mensajes directos de Stagegate en este servidor siguen ahora el idioma preferido del servidor: **{language}**.',
  'setup.languageSet':
    'Idioma de las publicaciones y los mensajes directos de Stagegate en este servidor: **{language}**. Las respuestas a cada miembro siguen usando el idioma de Discord de ese miembro.',
  'setup.log': 'Los avisos de preparación y los problemas de entrega se notificarán en <#{channelId}>.',
  'setup.maintainerEveryone':
    'El rol @everyone no puede ser el rol de responsables: permitiría a cualquier miembro promover y revocar.',
  'setup.maintainerManaged':
    'Ese rol lo gestiona una integración (un bot, las mejoras del servidor o una suscripción): los miembros lo reciben de la integración, no de tu equipo. Elige un rol que asignes tú.',
  'setup.maintainerUnknown': 'Ese rol no existe en este servidor.',
  'setup.maintainers':
    'Los miembros con <@&{roleId}> ya pueden usar los comandos de responsables (igual que los miembros con Gestionar servidor).',
  'setup.maintainersNeedManageServer':
    'Solo los miembros con el permiso Gestionar servidor pueden elegir el rol de responsables: el rol de responsables por sí solo no puede dar derechos de responsable a otro rol. No se ha cambiado nada.',
  'setup.notSet': 'sin configurar',
  'setup.permission.createPosts': 'Crear publicaciones',
  'setup.permission.createPublicThreads': 'Crear hilos públicos',
  'setup.permission.embedLinks': 'Insertar enlaces',
  'setup.permission.manageChannels': 'Gestionar canales',
  'setup.permission.manageThreads': 'Gestionar hilos',
  'setup.permission.sendMessages': 'Enviar mensajes',
  'setup.permission.sendMessagesInThreads': 'Enviar mensajes en hilos',
  'setup.permission.viewChannel': 'Ver canal',
  'setup.showAnnouncements': 'Canal de anuncios',
  'setup.showDiscussion': 'Canales de comentarios',
  'setup.showDiscussionLine': '`{key}`: <#{channelId}> ({mode})',
  'setup.showDiscussionMissing': 'falta: {missing}',
  'setup.showDiscussionMode.forum': 'foro, una publicación por comentario',
  'setup.showDiscussionMode.text': 'un hilo por comentario',
  'setup.showGaRoles': 'Política de roles en GA',
  'setup.showGates': 'Requisitos de preparación',
  'setup.showGatesLine': '**{transition}**: {gates}',
  'setup.showLanguage': 'Idioma',
  'setup.showLanguageDefault': '{language} (predeterminado)',
  'setup.showLanguageFallback':
    '{language} (Stagegate no habla el idioma preferido del servidor, {serverLanguage})',
  'setup.showLanguageServer': '{language} (idioma preferido del servidor)',
  'setup.showLanguageSet': '{language} (elegido con `/setup language`)',
  'setup.showLog': 'Canal de registro',
  'setup.showMaintainers': 'Rol de responsables',
  'setup.showRate': 'Límite de comentarios',
  'setup.showRateValue': '{perMinute, number} por minuto y miembro',
  'setup.showTags': 'Etiquetas',
  'setup.showTerms': 'Condiciones',
  'setup.showTermsDefault': '{level}: texto predeterminado',
  'setup.showTermsVersion': '{level}: versión {version}',
  'setup.showTitle': 'Configuración de Stagegate',
  'setup.tagAdded': 'Se ha añadido la etiqueta `{tag}`. Etiquetas: {tags}.',
  'setup.tagExists': 'La etiqueta `{tag}` ya está en la lista.',
  'setup.tagLast': 'La lista necesita al menos una etiqueta: añade otra antes de quitar esta.',
  'setup.tagMissing': 'No existe la etiqueta `{tag}`. Etiquetas: {tags}.',
  'setup.tagRemoved':
    'Se ha quitado la etiqueta `{tag}`; los comentarios que ya la tienen la conservan. Etiquetas: {tags}.',
  'setup.tagsFull':
    'La lista admite como máximo {max, number} etiquetas (el autocompletado no muestra más). Quita una primero.',
  'setup.termsEmpty': '`{option}`: El texto de las condiciones no puede estar vacío.',
  'setup.termsSet':
    'Se han guardado las condiciones de {level} como versión {version}. Los miembros deben aceptar esta versión para obtener acceso.',
  shuttingDown: 'Stagegate se está reiniciando. Vuelve a intentarlo en un momento.',
  'status.label.acknowledged': 'Reconocido',
  'status.label.duplicate': 'Duplicado',
  'status.label.open': 'Abierto',
  'status.label.planned': 'Planificado',
  'status.label.resolved': 'Resuelto',
  'status.label.wont-fix': 'No se corregirá',
  'thread.duplicate':
    '**#{number}** se ha cerrado como duplicado de **#{original}**: la conversación continúa allí.',
  'thread.note': '**Nota de los mantenedores:** {note}',
  'thread.status': '**#{number}** ahora está **{status}**.',
  'triage.changeSeparator': '; ',
  'triage.duplicateOfChange': 'duplicado de **#{original}**',
  'triage.duplicateOfIsDuplicate':
    '**#{original}** ya es un duplicado de **#{target}**: haz que `duplicate_of` apunte al original, **#{target}**.',
  'triage.duplicateOfIsDuplicateUnknown':
    '**#{original}** ya es un duplicado: haz que `duplicate_of` apunte al comentario que duplica.',
  'triage.duplicateOfItself':
    '**#{number}** no puede ser un duplicado de sí mismo: indica en `duplicate_of` el número del original.',
  'triage.duplicateOfNotDuplicate':
    '`duplicate_of` solo sirve con el estado `duplicate`: elige `status:duplicate` para cerrar **#{number}** como duplicado.',
  'triage.duplicateOfRequired':
    'Para cerrar **#{number}** como `duplicate`, indica `duplicate_of`: el número del comentario que duplica.',
  'triage.duplicateOfUnknown':
    'No hay ningún comentario **#{original}** en este servidor al que pueda apuntar `duplicate_of`.',
  'triage.exportTooLarge':
    'La exportación supera los {limitMiB} MiB, el máximo que Discord permite adjuntar. {levelGiven, select, yes {Incluso un solo nivel es demasiado grande: pide a la administración del servidor una exportación de la base de datos.} other {Exporta un nivel cada vez con la opción `level`.}}',
  'triage.exported':
    '{rows, plural, one {Se ha exportado # comentario} many {Se han exportado # de comentarios} other {Se han exportado # comentarios}} a `{fileName}`.',
  'triage.filterStatus': 'estado {status}',
  'triage.filterTag': 'etiqueta {tag}',
  'triage.followersNotified':
    '{count, plural, one {# seguidor avisado} many {# de seguidores avisados} other {# seguidores avisados}}',
  'triage.listEmpty': 'Ningún comentario coincide con estos filtros.',
  'triage.listFooter':
    '{total, plural, one {# resultado} many {# de resultados} other {# resultados}} · más recientes primero',
  'triage.listFooterVotes':
    '{total, plural, one {# resultado} many {# de resultados} other {# resultados}} · más votados primero',
  'triage.listTitle': 'Comentarios: {feature}',
  'triage.listTitleFiltered': 'Comentarios: {feature} ({filters})',
  'triage.next': 'Siguiente',
  'triage.noteEmpty': 'La nota no puede estar vacía.',
  'triage.noteRecorded': 'nota registrada',
  'triage.previous': 'Anterior',
  'triage.statusChange': 'estado `{from}` → `{to}`',
  'triage.tagsChange': 'etiquetas {from} → {to}',
  'triage.unchanged':
    '**#{number}** ya tiene el estado `{status}`; indica otro estado, una nota o etiquetas para cambiarlo.',
  'triage.unknownFeedback': 'No hay ningún comentario **#{number}** en este servidor.',
  'triage.updated': 'Se ha actualizado **#{number}**: {changes}.',
  unknownCommand:
    'Este comando ya no está disponible. Discord puede tardar un momento en actualizar la lista.',
  unknownFeature: 'No hay ninguna función activa `{key}`. Usa `/features` para ver la lista.',
  'votes.alreadyVoted':
    'Ya apoyas **#{number}** ({votes, plural, one {# voto} many {# de votos} other {# votos}}). Para retirar tu voto, usa `/vote id:{number} withdraw:True`.',
  'votes.buttonLabel': 'Votar · {votes, number}',
  'votes.choice':
    '#{number} · {votes, plural, one {# voto} many {# de votos} other {# votos}} · {feature} · {excerpt}',
  'votes.closed': '**#{number}** está cerrado (**{status}**): ya no admite votos.',
  'votes.count': '{votes, plural, one {# voto} many {# de votos} other {# votos}}',
  'votes.itemGone': 'Este comentario ya no existe.',
  'votes.noAccess':
    '**#{number}** trata sobre **{feature}**, en Early Access: solo pueden votar los miembros con acceso. Pide acceso con `/join feature:{key}`.',
  'votes.notVoted':
    'No apoyas **#{number}** ({votes, plural, one {# voto} many {# de votos} other {# votos}}), así que no hay ningún voto que retirar.',
  'votes.ownItem': '**#{number}** es tu propio comentario: no puedes votarlo y ya lo sigues.',
  'votes.retired':
    '**#{number}** trata sobre la función **{feature}**, que se ha retirado: sus comentarios no admiten votos.',
  'votes.unknownItem': 'No hay ningún comentario **#{number}** en este servidor.',
  'votes.voted':
    'Apoyas **#{number}**; ahora tiene {votes, plural, one {# voto} many {# de votos} other {# votos}}. Te avisaremos cuando cambie su estado.',
  'votes.withdrawn':
    'Has retirado tu voto de **#{number}**; ahora tiene {votes, plural, one {# voto} many {# de votos} other {# votos}}. Ya no lo sigues.',
  yourText: 'Tu texto (cópialo para volver a intentarlo)',
};
