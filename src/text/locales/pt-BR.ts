import type { Catalog } from '../translate.js';

/** Brazilian Portuguese. In `pt`, 0 takes the `one` form, so counts that can be zero carry an `=0` branch. */
export const ptBR: Catalog = {
  'access.alreadyHas': '<@{memberId}> já tem acesso a **{name}**.',
  'access.alreadyPaused': 'As entradas em **{name}** já estavam pausadas.',
  'access.everyoneHasIt': '**{name}** já está disponível para todos: não há acesso para conceder.',
  'access.granted':
    'Acesso a **{name}** concedido a <@{memberId}> (registrado como concessão de um mantenedor). O cargo está a caminho.',
  'access.how.invite': 'convite',
  'access.how.maintainer': 'mantenedor',
  'access.how.sign-up': 'inscrição',
  'access.listEmpty': 'Ninguém tem acesso a **{name}** ainda.',
  'access.listLine':
    '<@{memberId}> · {how} · <t:{grantedAt}:d>{hasTerms, select, yes { · termos v{termsVersion}} other {}}',
  'access.listMore': '…e mais {more, number}.',
  'access.listTitle':
    '{name}: {count, plural, =0 {# membros} one {# membro} many {# de membros} other {# membros}} com acesso',
  'access.noAccess': '<@{memberId}> não tem acesso a **{name}**.',
  'access.notInServer':
    '<@{memberId}> não é membro deste servidor, então não é possível dar o cargo do recurso a esse membro.',
  'access.notPaused': 'As entradas em **{name}** não estavam pausadas.',
  'access.paused': 'Entradas em **{name}** pausadas: ninguém novo entra até você usar `/access resume`.',
  'access.reasonRequired': '`{option}`: informe um motivo; o membro vai saber por quê.',
  'access.reconcileSkippedGa': 'General Availability: os cargos não são verificados, todos têm o recurso.',
  'access.reconciled':
    'Cargo verificado para {checked, plural, =0 {# membros} one {# membro} many {# de membros} other {# membros}} com acesso.',
  'access.reconciledAllInPlace': 'Todos os cargos estão no lugar.',
  'access.reconciledGone': 'Saíram do servidor: {gone, number} (o acesso continua até você revogá-lo).',
  'access.reconciledRefused':
    'Os cargos que faltam não são devolvidos: o cargo {roleName} agora tem {permissions}, o que um cargo de recurso não deve ter. Remova essas permissões em Configurações do servidor > Cargos.',
  'access.reconciledRestored': 'Tinham perdido o cargo: {restored, number} (ele está sendo devolvido).',
  'access.reconciledUnchecked':
    'Não verificados desta vez: mais {unchecked, number} (no máximo 100 por execução).',
  'access.resumed': 'As entradas em **{name}** estão abertas novamente.',
  'access.retire.announced': 'O anúncio será publicado em <#{channelId}>.',
  'access.retire.done':
    '**{name}** foi retirado: {grants, plural, =0 {# acessos revogados} one {# acesso revogado} many {# de acessos revogados} other {# acessos revogados}} (os cargos estão sendo removidos), {invites, plural, =0 {# convites encerrados} one {# convite encerrado} many {# de convites encerrados} other {# convites encerrados}} e {waiting, plural, =0 {# entradas da lista de espera encerradas} one {# entrada da lista de espera encerrada} many {# de entradas da lista de espera encerradas} other {# entradas da lista de espera encerradas}}.',
  'access.retire.grantReason': 'recurso retirado: {reason}',
  'access.retire.noAnnouncementChannel':
    'Nenhum canal de anúncios foi definido, então o servidor não foi avisado. Defina um com `/setup announcements` e faça o anúncio você mesmo.',
  'access.revoked':
    'Acesso de <@{memberId}> a **{name}** revogado. O cargo está sendo removido e o membro recebe o motivo por mensagem direta.',
  'access.revokedDm':
    'Seu acesso a **{name}** em **{guildName}** foi removido pelos mantenedores. Motivo: {reason}',
  'access.rolePrivileged':
    'Não concedido: o cargo {roleName} de **{name}** agora concede {permissions}, o que um cargo de recurso não pode ter, então o Stagegate não o dá. Remova essas permissões do cargo em Configurações do servidor > Cargos, ou dê outro cargo ao recurso com `/feature edit`.',
  'access.seats': '**{name}** agora tem {cap, number} vagas: {used, number} ocupadas, {free, number} livres.',
  'access.seatsOverCap':
    '**{name}** agora tem {cap, number} vagas; {used, number} membros já têm acesso. Ninguém é removido, e ninguém novo entra até que menos de {cap, number} tenham acesso.',
  'access.targetIsBot': 'Bots não podem receber acesso: escolha um membro.',
  'cmd.access': 'Limite e remova o acesso a um recurso',
  'cmd.access.grant': 'Dê acesso a um membro (exceção de mantenedor, registrada como tal)',
  'cmd.access.grant.member': 'O membro',
  'cmd.access.list': 'Liste os membros com acesso e corrija os cargos fora de sincronia',
  'cmd.access.pause': 'Pare de admitir novos membros',
  'cmd.access.resume': 'Volte a admitir novos membros',
  'cmd.access.revoke': 'Remova o acesso de um membro; ele fica sabendo o motivo',
  'cmd.access.revoke.member': 'O membro',
  'cmd.access.revoke.reason': 'Por quê (o membro fica sabendo)',
  'cmd.access.seats': 'Defina o limite de vagas no Early Access (reduzi-lo não revoga o acesso de ninguém)',
  'cmd.access.seats.count': 'Vagas',
  'cmd.feature': 'Gerencie o catálogo de recursos',
  'cmd.feature.create': 'Crie um recurso; ele começa em Early Access',
  'cmd.feature.create.channel': 'Onde o feedback é espelhado (opcional)',
  'cmd.feature.create.description': 'O que é o recurso',
  'cmd.feature.create.key': 'Chave curta: letras minúsculas, dígitos e hifens (2 a 32)',
  'cmd.feature.create.name': 'Nome de exibição',
  'cmd.feature.create.role': 'O cargo que os membros com acesso recebem',
  'cmd.feature.create.seats': 'Limite de vagas no Early Access (opcional)',
  'cmd.feature.edit': 'Altere um recurso; só mudam as opções que você informar',
  'cmd.feature.edit.channel': 'Onde o feedback é espelhado',
  'cmd.feature.edit.description': 'O que é o recurso',
  'cmd.feature.edit.name': 'Nome de exibição',
  'cmd.feature.edit.role': 'O cargo que os membros com acesso recebem',
  'cmd.feature.edit.seats': 'Limite de vagas no Early Access',
  'cmd.feature.retire':
    'Retire um recurso em Early Access: todos os acessos são revogados e o servidor é avisado',
  'cmd.feature.retire.reason': 'Por que ele é retirado (aparece no anúncio)',
  'cmd.features': 'Veja os recursos e o nível de maturidade de cada um, ou um deles em detalhes',
  'cmd.features.feature': 'Veja este recurso em detalhes',
  'cmd.feedback': 'Envie feedback sobre um recurso no nível de maturidade atual dele',
  'cmd.feedback.message': 'Seu feedback; deixe em branco para escrevê-lo em um formulário',
  'cmd.feedback.tags': 'De 1 a 3 tags, separadas por vírgula (por exemplo: bug, performance)',
  'cmd.invite': 'Convites do Early Access',
  'cmd.invite.admit': 'Convide os primeiros membros da lista de espera e avise-os',
  'cmd.invite.admit.count': 'Quantos admitir',
  'cmd.invite.create': 'Crie um código de convite',
  'cmd.invite.create.expires_in': 'Por quanto tempo vale, por exemplo 12h, 7d, 2w (padrão: 7d)',
  'cmd.invite.create.member': 'Só este membro pode usá-lo',
  'cmd.invite.create.uses': 'Quantos membros podem usá-lo (padrão: 1)',
  'cmd.invite.list': 'Liste os convites de um recurso',
  'cmd.invite.revoke': 'Revogue um código de convite',
  'cmd.invite.revoke.code': 'O código de convite',
  'cmd.join': 'Obtenha acesso a um recurso (Early Access exige convite; Preview é aberto a todos)',
  'cmd.join.code': 'Seu código de convite do Early Access',
  'cmd.leave': 'Abra mão do seu acesso a um recurso; o cargo dele é removido',
  'cmd.mydata': 'Veja ou apague o que o Stagegate guarda sobre você neste servidor',
  'cmd.mydata.delete': 'Apague seus textos de feedback, seus votos e seus outros dados neste servidor',
  'cmd.mydata.export': 'Receba um arquivo JSON com tudo o que o Stagegate guarda sobre você neste servidor',
  'cmd.notifications': 'Ative ou desative mensagens diretas sobre feedback que você segue neste servidor',
  'cmd.notifications.setting': 'ativado ou desativado',
  'cmd.notifications.setting.choice.off': 'desativado',
  'cmd.notifications.setting.choice.on': 'ativado',
  'cmd.option.feature': 'O recurso (a chave dele)',
  'cmd.option.level.choice.early-access': 'Early Access',
  'cmd.option.level.choice.ga': 'General Availability',
  'cmd.option.level.choice.preview': 'Preview',
  'cmd.option.status.choice.acknowledged': 'reconhecido',
  'cmd.option.status.choice.duplicate': 'duplicado',
  'cmd.option.status.choice.open': 'aberto',
  'cmd.option.status.choice.planned': 'planejado',
  'cmd.option.status.choice.resolved': 'resolvido',
  'cmd.option.status.choice.wont-fix': 'não será feito',
  'cmd.promote': 'Leve um recurso ao próximo nível de maturidade se ele cumprir os requisitos de prontidão',
  'cmd.promote.dry_run': 'Veja o que aconteceria, sem alterar nada',
  'cmd.promote.force': 'Promova mesmo sem cumprir os requisitos (fica registrado)',
  'cmd.promote.note': 'O que mudou; aparece no anúncio',
  'cmd.setup': 'Configure o Stagegate para este servidor',
  'cmd.setup.announcements': 'Onde as promoções e as retiradas de recursos são anunciadas',
  'cmd.setup.announcements.channel': 'Canal de anúncios',
  'cmd.setup.feedback-rate': 'Quantos feedbacks um membro pode enviar por minuto',
  'cmd.setup.feedback-rate.per_minute': 'Limite (padrão: 5)',
  'cmd.setup.ga-roles': 'O que acontece com os cargos de um recurso quando ele chega a General Availability',
  'cmd.setup.ga-roles.policy': 'Manter o cargo como insígnia ou removê-lo',
  'cmd.setup.ga-roles.policy.choice.keep': 'Manter como insígnia',
  'cmd.setup.ga-roles.policy.choice.remove': 'Remover',
  'cmd.setup.gates': 'Requisitos de prontidão de uma transição',
  'cmd.setup.gates.max_open_blockers': 'Bloqueadores em aberto permitidos',
  'cmd.setup.gates.min_days': 'Dias necessários no nível atual',
  'cmd.setup.gates.min_feedback': 'Feedback necessário no nível atual',
  'cmd.setup.gates.min_participants': 'Participantes necessários no nível atual (feedback ou votos)',
  'cmd.setup.gates.transition': 'Qual promoção',
  'cmd.setup.gates.transition.choice.early-access->preview': 'Early Access -> Preview',
  'cmd.setup.gates.transition.choice.preview->ga': 'Preview -> General Availability',
  'cmd.setup.language': 'O idioma das publicações e mensagens diretas do Stagegate neste servidor',
  'cmd.setup.language.locale': 'Um idioma, ou o idioma preferido do servidor',
  'cmd.setup.language.locale.choice.de': 'Deutsch',
  'cmd.setup.language.locale.choice.en-US': 'English',
  'cmd.setup.language.locale.choice.es-ES': 'Español',
  'cmd.setup.language.locale.choice.fr': 'Français',
  'cmd.setup.language.locale.choice.pt-BR': 'Português (Brasil)',
  'cmd.setup.language.locale.choice.server': 'O idioma preferido do servidor',
  'cmd.setup.log': 'Onde os avisos de prontidão e os problemas de entrega são informados',
  'cmd.setup.log.channel': 'Canal de registros',
  'cmd.setup.maintainers':
    'O cargo cujos membros podem usar os comandos de mantenedor (além de Gerenciar servidor)',
  'cmd.setup.maintainers.role': 'Cargo de mantenedor',
  'cmd.setup.show': 'Veja a configuração atual',
  'cmd.setup.tags': 'A lista de tags do feedback',
  'cmd.setup.tags.add': 'Adicione uma tag',
  'cmd.setup.tags.add.tag': 'Letras minúsculas, dígitos e hifens',
  'cmd.setup.tags.remove': 'Remova uma tag (o feedback registrado continua com ela)',
  'cmd.setup.tags.remove.tag': 'A tag',
  'cmd.setup.terms': 'Os termos que os membros aceitam antes de obter acesso',
  'cmd.setup.terms.level': 'Qual nível',
  'cmd.setup.terms.text': 'O texto dos termos',
  'cmd.triage': 'Revise e exporte feedback',
  'cmd.triage.export': 'Baixe o feedback de um recurso em CSV ou JSON',
  'cmd.triage.export.format': 'Formato do arquivo (padrão: csv)',
  'cmd.triage.export.format.choice.csv': 'CSV',
  'cmd.triage.export.format.choice.json': 'JSON',
  'cmd.triage.export.level': 'Só feedback enviado neste nível',
  'cmd.triage.list': 'Navegue pelo feedback de um recurso',
  'cmd.triage.list.level': 'Só feedback enviado neste nível',
  'cmd.triage.list.sort': 'Ordem da lista (padrão: mais recentes primeiro)',
  'cmd.triage.list.sort.choice.newest': 'mais recentes primeiro',
  'cmd.triage.list.sort.choice.votes': 'mais votados primeiro',
  'cmd.triage.list.status': 'Só feedback com este status',
  'cmd.triage.list.tag': 'Só feedback com esta tag',
  'cmd.triage.set': 'Altere o status, adicione uma nota ou ajuste as tags de um feedback',
  'cmd.triage.set.duplicate_of': 'Com o status duplicado: o número do original (#M)',
  'cmd.triage.set.id': 'O número do feedback (#N)',
  'cmd.triage.set.note': 'Uma nota de triagem (registrada com o seu nome)',
  'cmd.triage.set.status': 'Novo status',
  'cmd.triage.set.tags': 'Substitua as tags: de 1 a 3, separadas por vírgula',
  'announcement.daysLine': 'Dias em {level}: **{days, number}**',
  'announcement.evidenceField': 'Em números',
  'announcement.feedbackLine': 'Feedback em {level}: **{total, number}** ({tags})',
  'announcement.moreTags': 'e mais {count, number}',
  'announcement.noTags': 'nenhuma',
  'announcement.noteField': 'Nota',
  'announcement.participantsLine': 'Participantes: **{participants, number}**',
  'announcement.promotedTitle': '{name}: {from} → {to}',
  'announcement.resolvedLine': 'Resolvidos em {level}: **{resolved, number}**',
  'announcement.retiredTitle': '{name} foi retirado',
  'announcement.tagCount': '{tag} {count, number}',
  'announcement.whyField': 'Motivo',
  'cmd.vote': 'Apoie um item de feedback ou retire seu voto',
  'cmd.vote.id': 'O número do feedback (#N)',
  'cmd.vote.withdraw': 'Retirar seu voto em vez disso',
  'discord.cannotMessageUser': 'O membro não aceita mensagens diretas deste servidor.',
  'discord.missingPermission': 'Falta ao bot a permissão {permission} ali.',
  'discord.missingPermissions':
    'O Discord recusou: falta uma permissão ao bot aqui. Dê ao cargo dele as permissões Gerenciar cargos, Ver canal, Enviar mensagens e Inserir links, e garanta que o cargo dele fique acima de todos os cargos de recursos.',
  'discord.roleAboveBot':
    'O Discord recusou a mudança de cargo: o cargo do recurso está acima do cargo mais alto do bot. Arraste o cargo do bot para cima dos cargos de recursos em Configurações do servidor > Cargos.',
  'discord.unexpected':
    'O Stagegate não conseguiu montar a solicitação (um erro interno, registrado no log do bot). Ela não será repetida.',
  'discord.unknownChannel':
    'O canal não existe mais ou o bot não consegue vê-lo. Escolha outro canal em `/setup`.',
  'discord.unknownMember': 'O membro não está mais no servidor.',
  'discord.unknownRole': 'O cargo do recurso não existe mais. Defina um novo com `/feature edit role:`.',
  'discussion.cannot.createPosts': 'criar uma publicação por feedback',
  'discussion.cannot.createPublicThreads': 'abrir um tópico em cada cópia',
  'discussion.cannot.manageChannels': 'criar as tags de nível e status',
  'discussion.cannot.manageThreads': 'arquivar os tópicos de itens fechados',
  'discussion.cannot.sendMessagesInThreads': 'publicar as mudanças de status nos tópicos',
  'discussion.forumMode':
    'Cada feedback vira uma publicação no fórum <#{channelId}>, com tags de nível e status.',
  'discussion.missing':
    '⚠️ Em <#{channelId}> falta ao bot {missing}, então ele não pode {effects}. O feedback é salvo mesmo assim.',
  'discussion.tagsMissing':
    'O fórum <#{channelId}> não tem espaço para as tags {tags} (um fórum comporta 20): as publicações sairão sem elas. Remova algumas tags do fórum e defina o canal de novo com `/feature edit channel`.',
  'discussion.textMode': 'Cada cópia de feedback em <#{channelId}> abre um tópico para a conversa.',
  expiredComponent: 'Este botão ou formulário expirou. Execute o comando novamente.',
  'feature.channelWrongType': 'Escolha um canal de texto, de anúncios ou um fórum.',
  'feature.choice': '{name} ({level})',
  'feature.choiceRetired': '{name} (retirado)',
  'feature.created':
    '**{name}** (`{key}`) foi criado em {level}. Agora os membros podem entrar com `/join` usando um convite ou enviar feedback com `/feedback`.',
  'feature.edited': '`{key}` atualizado: {fields}.',
  'feature.keyTaken': 'Já existe um recurso com a chave `{key}` neste servidor. Escolha outra chave.',
  'feature.nothingToEdit':
    'Informe pelo menos uma opção para alterar (nome, descrição, cargo, canal ou vagas).',
  'feature.permission.administrator': 'Administrador',
  'feature.permission.banMembers': 'Banir membros',
  'feature.permission.kickMembers': 'Expulsar membros',
  'feature.permission.manageChannels': 'Gerenciar canais',
  'feature.permission.manageEvents': 'Gerenciar eventos',
  'feature.permission.manageGuild': 'Gerenciar servidor',
  'feature.permission.manageGuildExpressions': 'Gerenciar expressões',
  'feature.permission.manageMessages': 'Gerenciar mensagens',
  'feature.permission.manageNicknames': 'Gerenciar apelidos',
  'feature.permission.manageRoles': 'Gerenciar cargos',
  'feature.permission.manageThreads': 'Gerenciar tópicos',
  'feature.permission.manageWebhooks': 'Gerenciar webhooks',
  'feature.permission.mentionEveryone': 'Mencionar @everyone',
  'feature.permission.moderateMembers': 'Castigar membros',
  'feature.permission.moveMembers': 'Mover membros',
  'feature.permission.muteMembers': 'Silenciar membros',
  'feature.permission.viewAuditLog': 'Ver registro de auditoria',
  'feature.reasonRequired': 'Informe um motivo: ele fica registrado e aparece no anúncio.',
  'feature.roleAboveBot':
    'O cargo {name} está na mesma posição ou acima do cargo mais alto do bot, então o bot não conseguiria concedê-lo. Mova o cargo do bot para cima dele em Configurações do servidor > Cargos, ou escolha outro cargo.',
  'feature.roleAlert':
    '⚠️ O cargo {roleName} de **{name}** (`{key}`) agora concede {permissions}. O Stagegate dá esse cargo a quem entra no recurso, então não o dará a ninguém até que o cargo seja corrigido: remova essas permissões do cargo em Configurações do servidor > Cargos, ou dê outro cargo ao recurso com `/feature edit`.',
  'feature.roleEveryone':
    'O cargo @everyone não pode ser cargo de recurso: escolha um cargo criado para este recurso.',
  'feature.roleManaged': 'O cargo {name} é gerenciado por uma integração e não pode ser concedido pelo bot.',
  'feature.rolePrivileged':
    'O cargo {name} concede {permissions}: quem entrar no recurso receberia essas permissões. Escolha um cargo sem permissões de moderação.',
  'feature.roleTaken':
    'Esse cargo já é o cargo de **{name}**: dois recursos não podem compartilhar um cargo. Escolha ou crie outro cargo.',
  'feature.roleUnknown': 'Esse cargo não existe neste servidor.',
  'features.atLevelField': 'Neste nível',
  'features.atLevelValue':
    '{days, plural, one {# dia} many {# de dias} other {# dias}} (desde <t:{since}:D>)',
  'features.detailTitle': '{name} ({key})',
  'features.levelField': 'Nível',
  'features.listLine':
    '**{name}** `{key}` — {level} · {participants, plural, one {# participante} many {# de participantes} other {# participantes}} · {feedback, plural, one {# feedback} many {# de feedbacks} other {# feedbacks}}',
  'features.listMore': '…e mais {count, number}. Use `/features feature:<key>` para ver um recurso.',
  'features.listTitle': 'Recursos',
  'features.none': 'Ainda não há recursos ativos. Os mantenedores podem adicionar um com `/feature create`.',
  'features.readinessField': 'Prontidão',
  'features.roleField': 'Cargo',
  'feedback.alreadyStored':
    'Este feedback já estava registrado como **#{number}** para **{feature}** ({level}), com as tags {tags}. Nada foi registrado duas vezes.',
  'feedback.byLevelField': 'Feedback por nível',
  'feedback.byTagField': 'Feedback por tag',
  'feedback.countLine': '{label}: **{count, number}**',
  'feedback.discussionLink': 'Conversa: <#{threadId}>',
  'feedback.earlyAccessOnly':
    '**{feature}** está em Early Access: só membros com acesso podem enviar feedback. Peça acesso com `/join feature:{key}` (você precisa de um convite; sem ele, entra na lista de espera).',
  'feedback.mirrorFrom': 'Autor',
  'feedback.mirrorLevel': 'Nível',
  'feedback.mirrorTags': 'Tags',
  'feedback.mirrorTitle': '#{number} · {feature}',
  'feedback.modalLabel': 'Seu feedback',
  'feedback.modalPlaceholder': 'O que funciona, o que não funciona, o que você esperava…',
  'feedback.modalTitle': 'Feedback: {feature}',
  'feedback.moreOpenBlockers': '…e mais {count, number} (`/triage list tag:blocker status:open`).',
  'feedback.noFeedbackYet': 'Nenhum feedback ainda.',
  'feedback.noOpenBlockers': 'Nenhum.',
  'feedback.openBlockersField': 'Bloqueadores em aberto ({count, number})',
  'feedback.rateLimited':
    'Você pode enviar feedback no máximo {perMinute, plural, one {# vez} many {# de vezes} other {# vezes}} por minuto. Tente novamente <t:{retryAt}:R>.',
  'feedback.stored':
    'Obrigado! Seu feedback foi registrado como **#{number}** para **{feature}** ({level}), com as tags {tags}.',
  'feedback.tagsChanged':
    'A lista de tags mudou enquanto o formulário estava aberto. Execute `/feedback` novamente com as tags atuais.',
  'feedback.tagsTooLongForForm':
    'Essas tags são longas demais para levar ao formulário. Envie seu feedback com a opção `message`.',
  'feedback.topVotedField': 'Mais votados',
  'feedback.topVotedLine':
    '**#{number}** · {votes, plural, =0 {# votos} one {# voto} many {# de votos} other {# votos}} · {excerpt}',
  'feedback.topVotedNone': 'Nenhum feedback aberto.',
  'gateLabel.max_open_blockers': 'Bloqueadores em aberto',
  'gateLabel.min_days': 'Dias em {levelLabel}',
  'gateLabel.min_feedback': 'Feedback em {levelLabel}',
  'gateLabel.min_participants': 'Participantes em {levelLabel}',
  genericError:
    'Algo deu errado do nosso lado. Tente novamente; se continuar acontecendo, passe a um mantenedor a referência `{reference}`.',
  guildOnly: 'Os comandos do Stagegate só funcionam dentro de um servidor.',
  interactionReplayed: 'Este comando já foi executado (o Discord o entregou duas vezes); nada mudou.',
  invalidOption: '`{option}`: {problem}',
  'invite.admitted':
    '{count, plural, =0 {# membros convidados} one {# membro convidado} many {# de membros convidados} other {# membros convidados}} da lista de espera de **{name}**: {members}. Eles são avisados por mensagem direta (ou por uma menção no canal do recurso, se as MDs estiverem fechadas). Ainda aguardando: {remaining, number}.',
  'invite.admittedSome':
    '{count, plural, =0 {# membros convidados} one {# membro convidado} many {# de membros convidados} other {# membros convidados}} da lista de espera de **{name}**: {members} e mais {more, number}. Eles são avisados por mensagem direta (ou por uma menção no canal do recurso, se as MDs estiverem fechadas). Ainda aguardando: {remaining, number}.',
  'invite.alreadyRevoked': 'O convite `{code}` já estava revogado.',
  'invite.created':
    'Convite `{code}` para **{name}**: {uses, plural, one {# uso} many {# de usos} other {# usos}}, válido até <t:{expiresAt}:f>{hasTarget, select, yes {, só para <@{target}>} other {}}.\nCompartilhe: `/join feature:{key} code:{code}`',
  'invite.invitedDm':
    'Você recebeu um convite para **{name}** (Early Access) em **{guildName}**! Execute `/join feature:{key}` lá (ou use o código `{code}`) antes de <t:{expiresAt}:f>.',
  'invite.listEmpty': '**{name}** ainda não tem convites. Crie um com `/invite create`.',
  'invite.listLine':
    '`{code}` · {status} · {usage} · {hasExpiry, select, yes {expira <t:{expiresAt}:R>} other {sem expiração}}{hasTarget, select, yes { · para <@{target}>} other {}}',
  'invite.listMore': '…e mais {more, number} antigos.',
  'invite.listTitle': 'Convites de {name}',
  'invite.listUsage': 'usos: {uses, number}/{maxUses, number}',
  'invite.listUsageUnlimited': 'usos: {uses, number}/∞',
  'invite.notFound': 'Não há nenhum convite `{code}` neste servidor.',
  'invite.onlyEarlyAccess':
    '**{name}** está em {level}: convites são só para Early Access. {isPreview, select, yes {Qualquer pessoa pode entrar com `/join`.} other {Todos já têm acesso.}}',
  'invite.revoked': 'Convite `{code}` de **{name}** revogado. Quem já entrou mantém o acesso.',
  'invite.status.expired': 'expirado',
  'invite.status.revoked': 'revogado',
  'invite.status.usable': 'ativo',
  'invite.status.used-up': 'esgotado',
  'invite.status.wrong-member': 'ativo',
  'invite.targetHasAccess': '<@{memberId}> já tem acesso.',
  'invite.targetIsBot': 'Bots não podem ser convidados: escolha um membro.',
  'invite.waitlistEmpty': 'Não há ninguém na lista de espera de **{name}**.',
  'join.accept': 'Aceitar',
  'join.alreadyMember': 'Você já tem acesso a **{name}**.',
  'join.alreadyWaiting': 'Você já está na lista de espera de **{name}**, na posição **{position, number}**.',
  'join.codeRefused.expired': 'Esse código de convite expirou. Peça um novo a um mantenedor.',
  'join.codeRefused.revoked': 'Esse código de convite foi revogado pelos mantenedores.',
  'join.codeRefused.used-up':
    'Esse código de convite já foi usado o número máximo de vezes. Peça um novo a um mantenedor.',
  'join.codeRefused.wrong-member': 'Esse código de convite foi criado para outro membro.',
  'join.codeUnknown':
    'Esse código de convite não é válido para **{name}**. Confira o código ou execute `/join` sem código para entrar na lista de espera.',
  'join.decline': 'Recusar',
  'join.declined': 'Você recusou os termos de **{name}**. Nada foi concedido.',
  'join.defaultTerms.early-access':
    'O Early Access é só por convite. O recurso pode mudar completamente ou ser removido, e seu acesso pode ser limitado ou removido a qualquer momento. Ao aceitar, você concorda em esperar mudanças incompatíveis e em compartilhar feedback.',
  'join.defaultTerms.preview':
    'O Preview está quase pronto, mas não é para uso em produção. Espere algumas arestas; é um último teste de estresse antes da General Availability.',
  'join.everyoneHasIt': '**{name}** já está disponível para todos: não é preciso entrar.',
  'join.featureGone': 'Este recurso não está mais disponível. Nada foi concedido.',
  'join.full':
    '**{name}** não tem vagas livres: todas as vagas de Early Access ({seats, number}) estão ocupadas. Tente novamente mais tarde.',
  'join.granted':
    'Boas-vindas a **{name}**! Você aceitou os termos; o cargo <@&{roleId}> está a caminho. Use `/feedback` para dizer à equipe o que você acha e `/leave` para abrir mão do acesso.',
  'join.inviteGone':
    'Seu convite para **{name}** não é mais válido (foi usado, expirou ou foi revogado nesse meio-tempo). Nada foi concedido.',
  'join.left': 'Você saiu de **{name}**. Seu acesso terminou e o cargo está sendo removido.',
  'join.leftWaitlist': 'Você saiu da lista de espera de **{name}**.',
  'join.notMember': 'Você não tem acesso a **{name}** e não está na lista de espera.',
  'join.nothingToLeaveAtGa': '**{name}** já está disponível para todos: não há acesso do qual abrir mão.',
  'join.paused':
    'As entradas em **{name}** estão pausadas pelos mantenedores no momento. Tente novamente mais tarde.',
  'join.rolePrivileged':
    'Você não pode entrar em **{name}** agora: o cargo dele concede permissões que um cargo de recurso não pode ter, então o Stagegate não o dá até que os mantenedores corrijam isso. Tente novamente mais tarde.',
  'join.termsChanged':
    'Os termos de **{name}** mudaram enquanto você os lia. Execute `/join` novamente para ver os termos atuais.',
  'join.termsFooter':
    'Versão dos termos: {version} · Aceite em até {minutes, number} min, ou nada será concedido.',
  'join.termsPrompt': 'Leia os termos abaixo. Clique em **Aceitar** para obter acesso, ou em **Recusar**.',
  'join.termsTitle': '{name}: termos de {level}',
  'join.waitlisted':
    '**{name}** está disponível só por convite no momento. Você está na lista de espera, na posição **{position, number}**, e vai receber uma mensagem direta quando receber um convite.',
  maintainerOnly:
    'Este comando é para mantenedores: você precisa da permissão Gerenciar servidor ou do cargo de mantenedor definido com `/setup maintainers`.',
  'mydata.authorErased': '(apagado)',
  'mydata.confirm': '**Apagar seus dados neste servidor?** Isso não pode ser desfeito. Será apagado:',
  'mydata.confirmKept':
    'Seus itens de feedback continuam, com número, status, tags e votos, para que a triagem da equipe continue completa; o texto deles passará a ser `[deleted by its author]` e eles não vão mais identificar você. O que a equipe guarda (seus acessos anteriores, convites criados para você) também fica. Responda em até {minutes, plural, one {# minuto} many {# de minutos} other {# minutos}}.',
  'mydata.eraseButton': 'Apagar meus dados',
  'mydata.erased': 'Apagado deste servidor:',
  'mydata.erasedNote':
    'Seus itens de feedback mantêm número e status; o texto deles agora é `[deleted by its author]`.',
  'mydata.erasedNothing': 'Não havia mais nada a apagar neste servidor.',
  'mydata.exportTooLarge':
    'Seus dados neste servidor passam de {limitMiB} MiB, o máximo que o Discord permite anexar. Peça à administração do servidor uma cópia do banco de dados do Stagegate.',
  'mydata.exported':
    'Tudo o que o Stagegate guarda sobre você neste servidor está em `{fileName}`: {feedback, plural, =0 {nenhum item de feedback} one {# item de feedback} many {# de itens de feedback} other {# itens de feedback}}, {votes, plural, =0 {nenhum voto} one {# voto} many {# de votos} other {# votos}} e {records, plural, =0 {nenhum outro registro} one {# outro registro} many {# de outros registros} other {# outros registros}}. As notas da equipe e os textos de outros membros não fazem parte dele.',
  'mydata.exportedEmpty':
    'O Stagegate não guarda nada sobre você neste servidor; `{fileName}` mostra as listas vazias.',
  'mydata.item.access':
    '{count, plural, one {seu acesso a {features} e o cargo correspondente} many {seus acessos a {features} e os cargos correspondentes} other {seus acessos a {features} e os cargos correspondentes}}',
  'mydata.item.feedback':
    '{count, plural, one {o texto de # item de feedback e o registro de que ele é seu} many {o texto de # de itens de feedback e o registro de que eles são seus} other {o texto de # itens de feedback e o registro de que eles são seus}}',
  'mydata.item.follows':
    '{count, plural, one {# item que você segue} many {# de itens que você segue} other {# itens que você segue}}',
  'mydata.item.notifications':
    'sua configuração de notificações (elas voltam a ficar ativadas, como no padrão)',
  'mydata.item.votes': '{count, plural, one {# voto} many {# de votos} other {# votos}}',
  'mydata.item.waitlist':
    '{count, plural, one {# entrada em lista de espera} many {# de entradas em listas de espera} other {# entradas em listas de espera}}',
  'mydata.item.withdrawnVotes':
    'o registro de {count, plural, one {# voto retirado} many {# de votos retirados} other {# votos retirados}}',
  'mydata.keepButton': 'Manter meus dados',
  'mydata.kept': 'Nada foi apagado.',
  'mydata.moreFeatures':
    '{count, plural, one {mais # recurso} many {mais # de recursos} other {mais # recursos}}',
  'mydata.nothingToErase':
    'O Stagegate não guarda sobre você neste servidor nada que o `/mydata delete` apague. O `/mydata export` mostra tudo o que é guardado.',
  notYourComponent: 'Estes botões pertencem a outro membro.',
  'notifications.duplicateOf':
    'É um duplicado de **#{original}**: os votos e seguidores foram transferidos para lá, e a partir de agora você receberá as novidades de **#{original}**.',
  'notifications.note': 'Nota dos mantenedores: {note}',
  'notifications.off':
    'As notificações estão desativadas neste servidor: você não recebe mais mensagens diretas sobre o feedback que segue. Ative-as de novo com `/notifications setting:on`.',
  'notifications.on':
    'As notificações estão ativadas neste servidor: você recebe uma mensagem direta quando o status de um feedback que você segue muda, e um agradecimento quando um recurso sobre o qual você deu feedback sobe de nível.',
  'notifications.optOutButton': 'Desativar estas mensagens',
  'notifications.optedOut':
    'Pronto: você não recebe mais notificações desse servidor. Ative-as de novo lá com `/notifications setting:on`.',
  'notifications.statusChanged': '**#{number}** ({feature}) agora está com o status **{status}**.',
  'notifications.statusFooter':
    'Você recebe esta mensagem porque segue #{number} (o feedback é seu ou você votou nele).',
  'notifications.thanksHeader':
    '**{feature}** passou de {from} para {to}. Obrigado pelo seu feedback em {from}; veja a situação de cada item:',
  'notifications.thanksLine': '**#{number}** · **{status}** · {excerpt}',
  'notifications.thanksMore': '…e mais {count, number}.',
  'option.empty': '`{option}`: está vazio.',
  'option.featureMissing': '`{option}`: informe um recurso.',
  'option.feedbackNumber': '`{option}`: informe um número de feedback (#N).',
  'option.invalid': '`{option}`: não é válido.',
  'option.inviteCodeCharacters': '`{option}`: um código de convite tem apenas letras e números.',
  'option.missing': '`{option}`: é obrigatório.',
  'option.nulCharacter':
    '`{option}`: contém um caractere NUL invisível (U+0000), que não pode ser salvo. Remova-o e tente de novo.',
  'option.tooBig': '`{option}`: deve ser no máximo {max, number}.',
  'option.tooLong': '`{option}`: pode ter no máximo {max, number} caracteres.',
  'option.tooShort': '`{option}`: precisa de pelo menos {min, number} caracteres.',
  'option.tooSmall': '`{option}`: deve ser pelo menos {min, number}.',
  'promote.announcementField': 'Anúncio',
  'promote.announcementPreview':
    'Seria publicado em <#{channelId}>, mencionando só o cargo do recurso (veja abaixo).',
  'promote.announcementQueued': 'Será publicado em <#{channelId}>, mencionando só o cargo do recurso.',
  'promote.atGa': '**{name}** já está em General Availability, o último nível: não há para onde promovê-lo.',
  'promote.dryRunHeader': 'Simulação: nada foi alterado. Isto é o que `/promote` faria:',
  'promote.forcedField': 'Forçada',
  'promote.forcedValue':
    'Sim: há requisitos não cumpridos e `force` foi usado; isso fica registrado com o relatório.',
  'promote.gaKeep':
    'Os membros mantêm <@&{roleId}> como insígnia (política de cargos em GA: manter; altere com `/setup ga-roles`).',
  'promote.gaRemove':
    '<@&{roleId}> é removido de {count, plural, =0 {# membros} one {# membro} many {# de membros} other {# membros}} com acesso (política de cargos em GA: remover).',
  'promote.gateField': 'Inscrição',
  'promote.gateOpens':
    'A restrição por convite é suspensa: qualquer pessoa pode se inscrever com `/join`. {count, plural, =0 {# membros da lista de espera são avisados por mensagem direta.} one {# membro da lista de espera é avisado por mensagem direta.} many {# de membros da lista de espera são avisados por mensagem direta.} other {# membros da lista de espera são avisados por mensagem direta.}}',
  'promote.gatesUnmet':
    'Não promovido: **{name}** não cumpre os requisitos de prontidão para {to}. Nada foi alterado. Execute `/promote` novamente com `force:True` para promover mesmo assim (o relatório com os requisitos não cumpridos fica registrado).',
  'promote.historyField': 'Histórico de promoções',
  'promote.historyLine':
    '<t:{at}:d> {from} → {to} por <@{byId}>{forced, select, yes { **(forçada)**} other {}}{hasNote, select, yes {: {note}} other {}}',
  'promote.historyMore': '…e mais {count, number} anteriores.',
  'promote.historyNone': 'Nenhuma mudança de nível ainda.',
  'promote.nextLevel': 'o próximo nível',
  'promote.noAnnouncementChannel':
    'Nenhum canal de anúncios foi definido, então nada é anunciado. Defina um com `/setup announcements`.',
  'promote.noRoleChanges': 'Nenhuma mudança de cargos.',
  'promote.noteField': 'Nota',
  'promote.noteLength': '`{option}`: a nota pode ter no máximo 1000 caracteres.',
  'promote.planTitle': '{name}: {from} → {to}',
  'promote.promoted':
    '**{name}** promovido de {from} para {to}{forced, select, yes { (forçada: os requisitos não cumpridos ficam registrados)} other {}}.',
  'promote.readinessField': 'Prontidão',
  'promote.replayed':
    'Este `/promote` já foi executado: **{name}** passou de {from} para {to}. Nada mais mudou.',
  'promote.retired': '**{name}** foi retirado e não pode ser promovido.',
  'promote.rolesField': 'Cargos',
  'promote.stale':
    'Não promovido: **{name}** acabou de passar para {level}, talvez por outro mantenedor no mesmo momento. Nada foi alterado. Confira `/features`; para promovê-lo mais, execute `/promote` novamente daqui a um minuto.',
  'promote.thanksField': 'Agradecimentos',
  'promote.thanksPreview':
    '{count, plural, =0 {Ninguém receberia agradecimento: ninguém deu feedback em {level}, ou as notificações estão desativadas.} one {# membro que deu feedback em {level} receberia um agradecimento por mensagem direta, com a situação dos seus itens.} many {# de membros que deram feedback em {level} receberiam um agradecimento por mensagem direta, com a situação dos seus itens.} other {# membros que deram feedback em {level} receberiam um agradecimento por mensagem direta, com a situação dos seus itens.}}',
  'promote.thanksQueued':
    '{count, plural, =0 {Nenhum agradecimento a enviar: ninguém deu feedback em {level}, ou as notificações estão desativadas.} one {# membro que deu feedback em {level} recebe um agradecimento por mensagem direta, com a situação dos seus itens.} many {# de membros que deram feedback em {level} recebem um agradecimento por mensagem direta, com a situação dos seus itens.} other {# membros que deram feedback em {level} recebem um agradecimento por mensagem direta, com a situação dos seus itens.}}',
  'promote.waitlistOpened':
    '**{name}** agora está em Preview: a restrição por convite foi suspensa e você pode se inscrever com `/join feature:{key}`. Você estava na lista de espera, que agora foi encerrada.',
  'report.directMessage': 'Não foi possível enviar uma mensagem direta para <@{userId}>: {advice}',
  'report.fallbackFailed':
    'Não foi possível enviar uma mensagem direta para <@{userId}>: {closedDms} Também não foi possível mencionar em <#{channelId}>: {advice}',
  'report.forumPost': 'Não foi possível criar a publicação de um feedback em <#{channelId}>: {advice}',
  'report.forumTags': 'Não foi possível criar as tags de nível e status em <#{channelId}>: {advice}',
  'report.groupDirectMessage':
    '{count, plural, one {# mensagem direta falhou} many {# mensagens diretas falharam} other {# mensagens diretas falharam}}: {advice}',
  'report.groupMessage':
    '{count, plural, one {# publicação em <#{channelId}> falhou} many {# publicações em <#{channelId}> falharam} other {# publicações em <#{channelId}> falharam}}: {advice}',
  'report.groupRole':
    '{count, plural, one {# mudança de cargo falhou} many {# mudanças de cargo falharam} other {# mudanças de cargo falharam}} em **{feature}**: {advice}',
  'report.groupRoleOf':
    '{count, plural, one {# mudança de <@&{roleId}> falhou} many {# mudanças de <@&{roleId}> falharam} other {# mudanças de <@&{roleId}> falharam}}: {advice}',
  'report.message': 'Não foi possível publicar em <#{channelId}>: {advice}',
  'report.messageEdit': 'Não foi possível atualizar uma mensagem em <#{channelId}>: {advice}',
  'report.roleAdd': 'Não foi possível dar <@&{roleId}> a <@{memberId}>: {advice}',
  'report.roleRemove': 'Não foi possível remover <@&{roleId}> de <@{memberId}>: {advice}',
  'readiness.gateLine': '{mark} {label}: {actual, number} / {required, number}',
  'readiness.gateLineAtMost': '{mark} {label}: {actual, number} (no máximo {required, number})',
  'readiness.lastLevel': 'General Availability é o último nível.',
  'readiness.notReady': 'Ainda não está pronto para {level}.',
  'readiness.noticeAction': 'Agora um mantenedor pode executar `/promote feature:{key}`.',
  'readiness.noticeTitle': '{name} está pronto para {level}',
  'readiness.ready': 'Pronto para {level}.',
  'report.threadMessage': 'Não foi possível publicar no tópico de um feedback em <#{channelId}>: {advice}',
  'report.threadOpen': 'Não foi possível abrir o tópico de uma cópia de feedback em <#{channelId}>: {advice}',
  'report.threadUpdate': 'Não foi possível atualizar o tópico de um feedback em <#{channelId}>: {advice}',
  'roleReason.data-deleted': 'Stagegate: o membro apagou seus dados ({featureKey})',
  'roleReason.ga-role-removed':
    'Stagegate: {featureKey} chegou a General Availability (política de cargos: remover)',
  'roleReason.granted-by-maintainer': 'Stagegate: concedido por {maintainerName}',
  'roleReason.held-without-access': 'Stagegate: cargo mantido sem acesso',
  'roleReason.joined': 'Stagegate: entrou em {featureKey} ({how})',
  'roleReason.left': 'Stagegate: saiu de {featureKey}',
  'roleReason.restored': 'Stagegate: cargo restaurado (o membro tem acesso)',
  'roleReason.retired': 'Stagegate: {featureKey} retirado',
  'roleReason.revoked': 'Stagegate: acesso revogado: {reason}',
  'roleReason.role-moved-from': 'Stagegate: {featureKey} passou para outro cargo',
  'roleReason.role-moved-to': 'Stagegate: cargo de {featureKey} alterado (o membro tem acesso)',
  'rule.alreadyRetired': 'Este recurso já foi retirado.',
  'rule.durationInvalid':
    '`{input}` não é uma duração: use um número e uma unidade, por exemplo 30m, 12h, 7d ou 2w (m = minutos, h = horas, d = dias, w = semanas).',
  'rule.durationOutOfRange': 'A duração deve estar entre 1 minuto e 90 dias (recebido: `{input}`).',
  'rule.featureDescriptionLength':
    'A descrição de um recurso deve ter de 1 a 1000 caracteres (a sua tem {length, number}).',
  'rule.featureKeyInvalid':
    '`{key}` não é uma chave de recurso válida: use de 2 a 32 caracteres (letras minúsculas a-z, dígitos e hifens), começando por uma letra ou um dígito.',
  'rule.featureNameLength':
    'O nome de um recurso deve ter de 1 a 80 caracteres (o seu tem {length, number}).',
  'rule.feedbackEmpty': 'O feedback não pode ficar vazio.',
  'rule.feedbackTooLong':
    'O feedback pode ter no máximo {max, number} caracteres (o seu tem {length, number}).',
  'rule.gateFieldInvalid': '`{field}` deve ser um número inteiro de 0 a {max, number}.',
  'rule.gateThresholdsNotObject':
    'Os limites dos requisitos devem informar min_feedback, min_days e max_open_blockers.',
  'rule.retireOnlyEarlyAccess':
    'Só recursos em Early Access podem ser retirados; este recurso está em {levelLabel}.',
  'rule.retireReasonLength':
    'O motivo da retirada deve ter de 1 a {max, number} caracteres (o seu tem {length, number}).',
  'rule.seatCapInvalid': 'O número de vagas deve ser um número inteiro de 1 a 100000 (recebido: {value}).',
  'rule.seatCapOnlyEarlyAccess':
    'O limite de vagas vale só para Early Access; este recurso está em {levelLabel}, onde as vagas não são contadas.',
  'rule.tagInvalid':
    '`{tag}` não é uma tag válida: use de 1 a 24 caracteres (letras minúsculas a-z, dígitos e hifens), começando por uma letra ou um dígito.',
  'rule.tagRepeated': 'A tag `{tag}` aparece mais de uma vez.',
  'rule.tagUnknown': 'Tag desconhecida: `{tag}`. Escolha entre: {vocabulary}.',
  'rule.tagsMissing': 'Informe pelo menos uma tag. Escolha entre: {vocabulary}.',
  'rule.tagsTooMany': 'Informe no máximo {max, number} tags (você informou {count, number}).',
  'rule.textNulCharacter':
    'O texto contém um caractere NUL invisível (U+0000), que não pode ser salvo. Remova-o e tente de novo.',
  'setup.announcements': 'As promoções e retiradas serão anunciadas em <#{channelId}>.',
  'setup.channelMissing':
    'O bot não consegue publicar em <#{channelId}>: faltam estas permissões nesse canal: {missing}. Conceda-as ao cargo dele nas configurações do canal ou escolha outro canal. Nada foi alterado.',
  'setup.channelNotText': 'Escolha um canal de texto ou de anúncios.',
  'setup.channelUnknown': 'O bot não consegue ver esse canal. Escolha um canal de texto que ele possa ler.',
  'setup.feedbackRate': 'Limite de feedback: {perMinute, number} por minuto por membro.',
  'setup.gaRolePolicy.keep': 'manter',
  'setup.gaRolePolicy.remove': 'remover',
  'setup.gaRoles':
    '{policy, select, keep {Quando um recurso chegar a General Availability, os membros dele mantêm o cargo do recurso como insígnia.} other {Quando um recurso chegar a General Availability, o cargo do recurso é removido de todos os membros com acesso.}}',
  'setup.gatesLine':
    'Mínimo de feedback no nível: {minFeedback, number}. Mínimo de participantes no nível: {minParticipants, plural, one {# pessoa} many {# de pessoas} other {# pessoas}}. Tempo mínimo no nível: {minDays, plural, =0 {# dias} one {# dia} many {# de dias} other {# dias}}. Máximo de feedback `blocker` em aberto: {maxOpenBlockers, number}.',
  'setup.gatesSet': 'Requisitos de prontidão de {transition} atualizados:',
  'setup.gatesTitle': 'Requisitos de prontidão: {transition}',
  'setup.languageDefault':
    'As publicações e mensagens diretas do Stagegate neste servidor agora seguem o idioma preferido do servidor. Até o Discord informar esse idioma ao Stagegate, é usado: **{language}**.',
  'setup.languageFallback':
    'As publicações e mensagens diretas do Stagegate neste servidor agora seguem o idioma preferido do servidor. O Stagegate não fala esse idioma ({serverLanguage}), então é usado o idioma alternativo: **{language}**.',
  'setup.languageName.de': 'alemão',
  'setup.languageName.en-US': 'inglês',
  'setup.languageName.es-ES': 'espanhol',
  'setup.languageName.fr': 'francês',
  'setup.languageName.pt-BR': 'português (Brasil)',
  'setup.languageServer':
    'As publicações e mensagens diretas do Stagegate neste servidor agora seguem o idioma preferido do servidor: **{language}**.',
  'setup.languageSet':
    'Idioma das publicações e mensagens diretas do Stagegate neste servidor: **{language}**. As respostas a cada membro continuam no idioma do Discord desse membro.',
  'setup.log': 'Avisos de prontidão e problemas de entrega serão informados em <#{channelId}>.',
  'setup.maintainerEveryone':
    'O cargo @everyone não pode ser o cargo de mantenedor: ele permitiria que qualquer membro promovesse e revogasse.',
  'setup.maintainerManaged':
    'Esse cargo é gerenciado por uma integração (um bot, impulsos do servidor ou uma assinatura): os membros o recebem da integração, não da sua equipe. Escolha um cargo que você mesmo atribua.',
  'setup.maintainerUnknown': 'Esse cargo não existe neste servidor.',
  'setup.maintainers':
    'Membros com <@&{roleId}> agora podem usar os comandos de mantenedor (assim como membros com Gerenciar servidor).',
  'setup.maintainersNeedManageServer':
    'Só membros com a permissão Gerenciar servidor podem escolher o cargo de mantenedor: o cargo de mantenedor sozinho não pode passar direitos de mantenedor para outro cargo. Nada foi alterado.',
  'setup.notSet': 'não definido',
  'setup.permission.createPosts': 'Criar publicações',
  'setup.permission.createPublicThreads': 'Criar tópicos públicos',
  'setup.permission.embedLinks': 'Inserir links',
  'setup.permission.manageChannels': 'Gerenciar canais',
  'setup.permission.manageThreads': 'Gerenciar tópicos',
  'setup.permission.sendMessages': 'Enviar mensagens',
  'setup.permission.sendMessagesInThreads': 'Enviar mensagens em tópicos',
  'setup.permission.viewChannel': 'Ver canal',
  'setup.showAnnouncements': 'Canal de anúncios',
  'setup.showDiscussion': 'Canais de feedback',
  'setup.showDiscussionLine': '`{key}`: <#{channelId}> ({mode})',
  'setup.showDiscussionMissing': 'falta: {missing}',
  'setup.showDiscussionMode.forum': 'fórum, uma publicação por item',
  'setup.showDiscussionMode.text': 'um tópico por item',
  'setup.showGaRoles': 'Política de cargos em GA',
  'setup.showGates': 'Requisitos de prontidão',
  'setup.showGatesLine': '**{transition}**: {gates}',
  'setup.showLanguage': 'Idioma',
  'setup.showLanguageDefault': '{language} (padrão)',
  'setup.showLanguageFallback':
    '{language} (o Stagegate não fala o idioma preferido do servidor, {serverLanguage})',
  'setup.showLanguageServer': '{language} (idioma preferido do servidor)',
  'setup.showLanguageSet': '{language} (definido com `/setup language`)',
  'setup.showLog': 'Canal de registros',
  'setup.showMaintainers': 'Cargo de mantenedor',
  'setup.showRate': 'Limite de feedback',
  'setup.showRateValue': '{perMinute, number} por minuto por membro',
  'setup.showTags': 'Tags',
  'setup.showTerms': 'Termos',
  'setup.showTermsDefault': '{level}: texto padrão',
  'setup.showTermsVersion': '{level}: versão {version}',
  'setup.showTitle': 'Configuração do Stagegate',
  'setup.tagAdded': 'Tag `{tag}` adicionada. Tags: {tags}.',
  'setup.tagExists': 'A tag `{tag}` já está na lista.',
  'setup.tagLast': 'A lista precisa de pelo menos uma tag: adicione outra antes de remover esta.',
  'setup.tagMissing': 'Não existe a tag `{tag}`. Tags: {tags}.',
  'setup.tagRemoved': 'Tag `{tag}` removida; o feedback que já a tem continua com ela. Tags: {tags}.',
  'setup.tagsFull':
    'A lista comporta no máximo {max, number} tags (o preenchimento automático não mostra mais). Remova uma primeiro.',
  'setup.termsEmpty': '`{option}`: O texto dos termos não pode ficar vazio.',
  'setup.termsSet':
    'Termos de {level} salvos como versão {version}. Os membros precisam aceitar esta versão para obter acesso.',
  shuttingDown: 'O Stagegate está reiniciando. Tente novamente daqui a pouco.',
  'status.label.acknowledged': 'Reconhecido',
  'status.label.duplicate': 'Duplicado',
  'status.label.open': 'Aberto',
  'status.label.planned': 'Planejado',
  'status.label.resolved': 'Resolvido',
  'status.label.wont-fix': 'Não será corrigido',
  'thread.duplicate': '**#{number}** foi fechado como duplicado de **#{original}**: a conversa continua lá.',
  'thread.note': '**Nota dos mantenedores:** {note}',
  'thread.status': '**#{number}** agora está **{status}**.',
  'triage.changeSeparator': '; ',
  'triage.duplicateOfChange': 'duplicado de **#{original}**',
  'triage.duplicateOfIsDuplicate':
    '**#{original}** já é um duplicado de **#{target}**: aponte `duplicate_of` para o original, **#{target}**.',
  'triage.duplicateOfIsDuplicateUnknown':
    '**#{original}** já é um duplicado: aponte `duplicate_of` para o feedback que ele duplica.',
  'triage.duplicateOfItself':
    '**#{number}** não pode ser duplicado de si mesmo: informe em `duplicate_of` o número do original.',
  'triage.duplicateOfNotDuplicate':
    '`duplicate_of` só vale com o status `duplicate`: escolha `status:duplicate` para encerrar **#{number}** como duplicado.',
  'triage.duplicateOfRequired':
    'Para encerrar **#{number}** como `duplicate`, informe `duplicate_of`: o número do feedback que ele duplica.',
  'triage.duplicateOfUnknown':
    'Não há nenhum feedback **#{original}** neste servidor para `duplicate_of` apontar.',
  'triage.exportTooLarge':
    'A exportação passa de {limitMiB} MiB, o máximo que o Discord permite anexar. {levelGiven, select, yes {Mesmo um só nível é grande demais: peça à administração do servidor uma exportação do banco de dados.} other {Exporte um nível por vez com a opção `level`.}}',
  'triage.exported':
    '{rows, plural, =0 {# itens de feedback exportados} one {# item de feedback exportado} many {# de itens de feedback exportados} other {# itens de feedback exportados}} para `{fileName}`.',
  'triage.filterStatus': 'status {status}',
  'triage.filterTag': 'tag {tag}',
  'triage.followersNotified':
    '{count, plural, one {# seguidor avisado} many {# de seguidores avisados} other {# seguidores avisados}}',
  'triage.listEmpty': 'Nenhum feedback corresponde a esses filtros.',
  'triage.listFooter':
    '{total, plural, =0 {# resultados} one {# resultado} many {# de resultados} other {# resultados}} · mais recentes primeiro',
  'triage.listFooterVotes':
    '{total, plural, =0 {# resultados} one {# resultado} many {# de resultados} other {# resultados}} · mais votados primeiro',
  'triage.listTitle': 'Feedback: {feature}',
  'triage.listTitleFiltered': 'Feedback: {feature} ({filters})',
  'triage.next': 'Próxima',
  'triage.noteEmpty': 'A nota não pode ficar vazia.',
  'triage.noteRecorded': 'nota registrada',
  'triage.previous': 'Anterior',
  'triage.statusChange': 'status `{from}` → `{to}`',
  'triage.tagsChange': 'tags {from} → {to}',
  'triage.unchanged':
    '**#{number}** já está com o status `{status}`; informe outro status, uma nota ou tags para alterá-lo.',
  'triage.unknownFeedback': 'Não há nenhum feedback **#{number}** neste servidor.',
  'triage.updated': '**#{number}** atualizado: {changes}.',
  unknownCommand:
    'Este comando não está mais disponível. O Discord pode levar um momento para atualizar a lista.',
  unknownFeature: 'Não há nenhum recurso ativo `{key}`. Use `/features` para ver a lista.',
  'votes.alreadyVoted':
    'Você já apoia **#{number}** ({votes, plural, =0 {# votos} one {# voto} many {# de votos} other {# votos}}). Para retirar seu voto, use `/vote id:{number} withdraw:True`.',
  'votes.buttonLabel': 'Votar · {votes, number}',
  'votes.choice':
    '#{number} · {votes, plural, =0 {# votos} one {# voto} many {# de votos} other {# votos}} · {feature} · {excerpt}',
  'votes.closed': '**#{number}** está encerrado (**{status}**): não recebe mais votos.',
  'votes.count': '{votes, plural, =0 {# votos} one {# voto} many {# de votos} other {# votos}}',
  'votes.itemGone': 'Este feedback não existe mais.',
  'votes.noAccess':
    '**#{number}** é sobre **{feature}**, em Early Access: só membros com acesso podem votar. Peça acesso com `/join feature:{key}`.',
  'votes.notVoted':
    'Você não apoia **#{number}** ({votes, plural, =0 {# votos} one {# voto} many {# de votos} other {# votos}}), então não há voto para retirar.',
  'votes.ownItem': '**#{number}** é o seu próprio feedback: você não pode votar nele e já o segue.',
  'votes.retired':
    '**#{number}** é sobre o recurso **{feature}**, que foi retirado: o feedback dele não recebe votos.',
  'votes.unknownItem': 'Não há nenhum feedback **#{number}** neste servidor.',
  'votes.voted':
    'Você apoia **#{number}**; agora ele tem {votes, plural, =0 {# votos} one {# voto} many {# de votos} other {# votos}}. Avisaremos você quando o status dele mudar.',
  'votes.withdrawn':
    'Você retirou seu voto em **#{number}**; agora ele tem {votes, plural, =0 {# votos} one {# voto} many {# de votos} other {# votos}}. Você não o segue mais.',
  yourText: 'Seu texto (copie-o para tentar novamente)',
};
