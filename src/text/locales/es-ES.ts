import type { Catalog } from '../translate.js';

/** Spanish (Spain), also read by Latin American Spanish clients. */
export const es: Catalog = {
  'access.alreadyHas': '<@{memberId}> ya tiene acceso a **{name}**.',
  'access.alreadyPaused': 'Las admisiones en **{name}** ya estaban en pausa.',
  'access.everyoneHasIt': '**{name}** ya está disponible para todo el mundo: no hay acceso que conceder.',
  'access.granted':
    'Acceso a **{name}** concedido a <@{memberId}> (registrado como concesión de un responsable). El rol está en camino.',
  'access.listEmpty': 'Todavía nadie tiene acceso a **{name}**.',
  'access.listMore': '…y {more, number} más.',
  'access.listTitle':
    '{name}: {count, plural, one {# miembro} many {# de miembros} other {# miembros}} con acceso',
  'access.noAccess': '<@{memberId}> no tiene acceso a **{name}**.',
  'access.notInServer':
    '<@{memberId}> no es miembro de este servidor, así que no se le puede dar el rol de la función.',
  'access.notPaused': 'Las admisiones en **{name}** no estaban en pausa.',
  'access.paused':
    'Admisiones en **{name}** en pausa: no entrará nadie nuevo hasta que uses `/access resume`.',
  'access.reasonRequired': 'Indica un motivo: se le comunicará al miembro.',
  'access.reconcileSkippedGa':
    'General Availability: no se comprueban los roles, todo el mundo tiene la función.',
  'access.reconciled':
    'Se ha comprobado el rol de {checked, plural, one {# miembro} many {# de miembros} other {# miembros}} con acceso.',
  'access.reconciledAllInPlace': 'Todos los roles están en su sitio.',
  'access.reconciledGone':
    'Han salido del servidor: {gone, number} (su acceso se mantiene hasta que lo revoques).',
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
  'access.seats':
    '**{name}** tiene ahora {cap, number} plazas: {used, number} ocupadas, {free, number} libres.',
  'access.seatsOverCap':
    '**{name}** tiene ahora {cap, number} plazas; {used, number} miembros ya tienen acceso. No se quita a nadie, y no se admite a nadie nuevo hasta que haya menos de {cap, number} con acceso.',
  'access.targetIsBot': 'No se puede dar acceso a bots: elige a un miembro.',
  'discord.cannotMessageUser': 'El miembro no acepta mensajes directos de este servidor.',
  'discord.missingPermissions':
    'Discord lo ha rechazado: al bot le falta un permiso aquí. Dale a su rol los permisos Gestionar roles, Ver canal, Enviar mensajes e Insertar enlaces, y asegúrate de que su rol esté por encima de todos los roles de funciones.',
  'discord.roleAboveBot':
    'Discord ha rechazado el cambio de rol: el rol de la función está por encima del rol más alto del bot. Arrastra el rol del bot por encima de los roles de funciones en Ajustes del servidor > Roles.',
  'discord.unknownChannel': 'El canal ya no existe o el bot no puede verlo. Elige otro canal en `/setup`.',
  'discord.unknownMember': 'El miembro ya no está en el servidor.',
  'discord.unknownRole': 'El rol de la función ya no existe. Configura uno nuevo con `/feature edit role:`.',
  expiredComponent: 'Este botón o formulario ha caducado. Vuelve a ejecutar el comando.',
  'feature.created':
    'Se ha creado **{name}** (`{key}`) en {level}. Ahora los miembros pueden unirse con `/join` mediante una invitación o enviar comentarios con `/feedback`.',
  'feature.edited': 'Se ha actualizado `{key}`: {fields}.',
  'feature.keyTaken': 'Ya existe una función con la clave `{key}` en este servidor. Elige otra clave.',
  'feature.nothingToEdit':
    'Indica al menos una opción que cambiar (nombre, descripción, rol, canal o plazas).',
  'feature.reasonRequired': 'Indica un motivo: queda registrado y se muestra en el anuncio.',
  'feature.roleAboveBot':
    'El rol {name} está al mismo nivel o por encima del rol más alto del bot, así que el bot no podría concederlo. Sube el rol del bot por encima de él en Ajustes del servidor > Roles, o elige otro rol.',
  'feature.roleEveryone':
    'El rol @everyone no puede ser el rol de una función: elige un rol creado para esta función.',
  'feature.roleManaged': 'El rol {name} lo gestiona una integración y el bot no puede concederlo.',
  'feature.rolePrivileged':
    'El rol {name} otorga {permissions}: los miembros que se unan lo recibirían. Elige un rol sin permisos de moderación.',
  'feature.roleTaken':
    'Ese rol ya es el de **{name}**: dos funciones no pueden compartir rol. Elige o crea otro rol.',
  'feature.roleUnknown': 'Ese rol no existe en este servidor.',
  'features.listTitle': 'Funciones',
  'features.none':
    'Todavía no hay funciones activas. Los responsables pueden añadir una con `/feature create`.',
  'feedback.alreadyStored':
    'Este comentario ya estaba guardado como **#{number}** para **{feature}** ({level}), con las etiquetas {tags}. No se ha guardado dos veces.',
  'feedback.byLevelField': 'Comentarios por nivel',
  'feedback.byTagField': 'Comentarios por etiqueta',
  'feedback.countLine': '{label}: **{count, number}**',
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
  'gateLabel.max_open_blockers': 'Bloqueantes abiertos',
  'gateLabel.min_days': 'Días en {levelLabel}',
  'gateLabel.min_feedback': 'Comentarios en {levelLabel}',
  genericError:
    'Algo ha fallado por nuestra parte. Inténtalo de nuevo; si sigue pasando, dale a un responsable la referencia `{reference}`.',
  guildOnly: 'Los comandos de Stagegate solo funcionan dentro de un servidor.',
  invalidOption: '`{option}`: {problem}',
  'invite.admitted':
    'Se ha invitado a {count, plural, one {# miembro} many {# de miembros} other {# miembros}} de la lista de espera de **{name}**: {members}. Se les avisa por mensaje directo (o con una mención en el canal de la función si tienen los MD cerrados). Siguen esperando: {remaining, number}.',
  'invite.alreadyRevoked': 'La invitación `{code}` ya estaba revocada.',
  'invite.created':
    'Invitación `{code}` para **{name}**: {uses, plural, one {# uso} many {# de usos} other {# usos}}, válida hasta el <t:{expiresAt}:f>{hasTarget, select, yes {, solo para <@{target}>} other {}}.\nCompártela: `/join feature:{key} code:{code}`',
  'invite.invitedDm':
    '¡Te han invitado a **{name}** (Early Access) en **{guildName}**! Ejecuta allí `/join feature:{key}` (o usa el código `{code}`) antes del <t:{expiresAt}:f>.',
  'invite.listEmpty': '**{name}** aún no tiene invitaciones. Crea una con `/invite create`.',
  'invite.listMore': '…y {more, number} más antiguas.',
  'invite.listTitle': 'Invitaciones de {name}',
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
  'join.everyoneHasIt': '**{name}** ya está disponible para todo el mundo: no hace falta unirse.',
  'join.featureGone': 'Esta función ya no está disponible. No se ha concedido nada.',
  'join.full':
    '**{name}** no tiene plazas libres: todas las plazas de Early Access ({seats, number}) están ocupadas. Vuelve a intentarlo más tarde.',
  'join.grantLeaveReason': 'salida voluntaria',
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
  notYourComponent: 'Estos botones son de otro miembro.',
  'option.empty': '`{option}`: está vacío.',
  'option.featureMissing': '`{option}`: indica una función.',
  'option.invalid': '`{option}`: no es válido.',
  'option.inviteCodeCharacters': '`{option}`: un código de invitación solo tiene letras y números.',
  'option.missing': '`{option}`: es obligatorio.',
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
  'promote.gaRoleRemovedReason': 'Stagegate: {key} llegó a General Availability (política de roles: quitar)',
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
  'promote.noAnnouncementChannel':
    'No hay ningún canal de anuncios configurado, así que no se anuncia nada. Configura uno con `/setup announcements`.',
  'promote.noRoleChanges': 'Sin cambios de roles.',
  'promote.noteField': 'Nota',
  'promote.noteLength': 'La nota puede tener como máximo 1000 caracteres.',
  'promote.planTitle': '{name}: {from} → {to}',
  'promote.promoted':
    'Se ha promovido **{name}** de {from} a {to}{forced, select, yes { (forzada: los requisitos sin cumplir quedan registrados)} other {}}.',
  'promote.readinessField': 'Preparación',
  'promote.retired': '**{name}** está retirada y no se puede promover.',
  'promote.rolesField': 'Roles',
  'promote.stale':
    'No se ha promovido: **{name}** acaba de pasar a {level}, quizá por otro responsable en ese mismo momento. No ha cambiado nada. Consulta `/features`; para seguir promoviéndola, vuelve a ejecutar `/promote` dentro de un minuto.',
  'promote.waitlistOpened':
    '**{name}** ya está en Preview: se ha levantado la restricción por invitación y puedes inscribirte con `/join feature:{key}`. Estabas en su lista de espera, que ya se ha cerrado.',
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
    'Mínimo de comentarios en el nivel: {minFeedback, number}. Tiempo mínimo en el nivel: {minDays, plural, one {# día} many {# de días} other {# días}}. Máximo de comentarios `blocker` abiertos: {maxOpenBlockers, number}.',
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
  'setup.permission.embedLinks': 'Insertar enlaces',
  'setup.permission.sendMessages': 'Enviar mensajes',
  'setup.permission.viewChannel': 'Ver canal',
  'setup.showAnnouncements': 'Canal de anuncios',
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
  'triage.changeSeparator': '; ',
  'triage.exportTooLarge':
    'La exportación supera los {limitMiB} MiB, el máximo que Discord permite adjuntar. {levelGiven, select, yes {Incluso un solo nivel es demasiado grande: pide a la administración del servidor una exportación de la base de datos.} other {Exporta un nivel cada vez con la opción `level`.}}',
  'triage.exported':
    '{rows, plural, one {Se ha exportado # comentario} many {Se han exportado # de comentarios} other {Se han exportado # comentarios}} a `{fileName}`.',
  'triage.filterStatus': 'estado {status}',
  'triage.filterTag': 'etiqueta {tag}',
  'triage.listEmpty': 'Ningún comentario coincide con estos filtros.',
  'triage.listFooter':
    '{total, plural, one {# resultado} many {# de resultados} other {# resultados}} · más recientes primero',
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
  yourText: 'Tu texto (cópialo para volver a intentarlo)',
};
