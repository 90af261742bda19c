<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountForm</name>
    <message>
        <source>Create an account</source>
        <translation>Criar uma conta</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Pick an XMPP server (for example one you or a friend run, or a public one) and a user name. Your address will be name@server.</source>
        <translation>Escolha um servidor XMPP (por exemplo, um mantido por você ou por um amigo, ou um público) e um nome de usuário. Seu endereço será nome@servidor.</translation>
    </message>
    <message>
        <source>Enter your XMPP address and password. Sotto will publish its encryption keys for this device.</source>
        <translation>Digite seu endereço XMPP e sua senha. O Sotto publicará as chaves de criptografia dele para este dispositivo.</translation>
    </message>
    <message>
        <source>Please enter a server and a user name.</source>
        <translation>Digite um servidor e um nome de usuário.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 8 characters.</source>
        <translation>Escolha uma senha com pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>As senhas não coincidem.</translation>
    </message>
    <message>
        <source>Please enter your full address, like name@example.org.</source>
        <translation>Digite seu endereço completo, como nome@example.org.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repita a senha</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Criar conta</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Nenhuma conta</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Alterar senha…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Alterar senha</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <source>The password of %1 changes on the server, for all your devices. Your other devices will ask for the new one.</source>
        <translation>A senha de %1 muda no servidor, para todos os seus dispositivos. Seus outros dispositivos vão pedir a nova.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Senha atual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita a nova senha</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>As duas novas senhas não coincidem.</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Alterando a senha</translation>
    </message>
    <message>
        <source>Your password is changed. Sotto keeps the new one on this computer.</source>
        <translation>Sua senha foi alterada. O Sotto guarda a nova neste computador.</translation>
    </message>
</context>
<context>
    <name>AppError</name>
    <message>
        <source>This profile is already open in another Sotto window.</source>
        <translation>Este perfil já está aberto em outra janela do Sotto.</translation>
    </message>
    <message>
        <source>No system keychain is available. Choose a passphrase to protect your messages on this computer.</source>
        <translation>Nenhum chaveiro do sistema está disponível. Escolha uma frase secreta para proteger suas mensagens neste computador.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects this profile.</source>
        <translation>Digite a frase secreta que protege este perfil.</translation>
    </message>
    <message>
        <source>That passphrase does not open this profile.</source>
        <translation>Essa frase secreta não abre este perfil.</translation>
    </message>
    <message>
        <source>The key to your messages is no longer in the system keychain. Restore it with your recovery code or a backup.</source>
        <translation>A chave das suas mensagens não está mais no chaveiro do sistema. Restaure-a com seu código de recuperação ou com um backup.</translation>
    </message>
    <message>
        <source>Your messages could not be read or saved on this computer.</source>
        <translation>Não foi possível ler ou salvar suas mensagens neste computador.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Nenhum perfil está aberto.</translation>
    </message>
    <message>
        <source>Create an account or sign in first.</source>
        <translation>Primeiro crie uma conta ou entre.</translation>
    </message>
    <message>
        <source>This profile already belongs to another account.</source>
        <translation>Este perfil já pertence a outra conta.</translation>
    </message>
    <message>
        <source>That is not a valid address. It looks like name@example.org.</source>
        <translation>Esse não é um endereço válido. Ele tem este formato: nome@example.org.</translation>
    </message>
    <message>
        <source>The account password could not be read from or saved to the keychain. Sign in again.</source>
        <translation>Não foi possível ler a senha da conta no chaveiro nem salvá-la nele. Entre novamente.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>Não foi possível acessar o servidor. Verifique o endereço e sua conexão.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted, so Sotto did not connect.</source>
        <translation>O certificado do servidor não é confiável, por isso o Sotto não se conectou.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made. Sotto never connects without encryption.</source>
        <translation>Não foi possível estabelecer uma conexão segura com o servidor. O Sotto nunca se conecta sem criptografia.</translation>
    </message>
    <message>
        <source>The address or password is wrong.</source>
        <translation>O endereço ou a senha está incorreto.</translation>
    </message>
    <message>
        <source>That name is already taken on this server. Try another.</source>
        <translation>Esse nome já está em uso neste servidor. Tente outro.</translation>
    </message>
    <message>
        <source>The server did not allow creating the account.</source>
        <translation>O servidor não permitiu a criação da conta.</translation>
    </message>
    <message>
        <source>The connection was lost. Sotto reconnects by itself; unsent messages wait.</source>
        <translation>A conexão foi perdida. O Sotto se reconecta automaticamente; as mensagens não enviadas ficam aguardando.</translation>
    </message>
    <message>
        <source>The server answered in a way Sotto does not understand.</source>
        <translation>O servidor respondeu de uma forma que o Sotto não entende.</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>Você está off-line.</translation>
    </message>
    <message>
        <source>This contact's app does not support end-to-end encryption (OMEMO), so the message was not sent.</source>
        <translation>O aplicativo deste contato não oferece suporte à criptografia de ponta a ponta (OMEMO), por isso a mensagem não foi enviada.</translation>
    </message>
    <message>
        <source>None of this contact's devices is trusted. Review their devices before sending.</source>
        <translation>Nenhum dos dispositivos deste contato é confiável. Revise os dispositivos dele antes de enviar.</translation>
    </message>
    <message>
        <source>This contact's safety number changed. Verify it or accept the new key before sending.</source>
        <translation>O número de segurança deste contato mudou. Verifique-o ou aceite a nova chave antes de enviar.</translation>
    </message>
    <message>
        <source>The message could not be encrypted, so it was not sent.</source>
        <translation>Não foi possível criptografar a mensagem, por isso ela não foi enviada.</translation>
    </message>
    <message>
        <source>That message no longer exists.</source>
        <translation>Essa mensagem não existe mais.</translation>
    </message>
    <message>
        <source>That device is not known for this contact.</source>
        <translation>Esse dispositivo não é conhecido para este contato.</translation>
    </message>
    <message>
        <source>The current password is not right. Nothing was changed.</source>
        <translation>A senha atual não está correta. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The new password is too short. Use at least 8 characters.</source>
        <translation>A nova senha é curta demais. Use pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The server did not accept the new password. Your password is unchanged.</source>
        <translation>O servidor não aceitou a nova senha. Sua senha continua a mesma.</translation>
    </message>
    <message>
        <source>This server does not allow changing the password from an app. Your password is unchanged.</source>
        <translation>Este servidor não permite alterar a senha por um aplicativo. Sua senha continua a mesma.</translation>
    </message>
</context>
<context>
    <name>BackupError</name>
    <message>
        <source>The backup passphrase is wrong.</source>
        <translation>A frase secreta do backup está incorreta.</translation>
    </message>
    <message>
        <source>This file is not a Sotto backup.</source>
        <translation>Este arquivo não é um backup do Sotto.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Sotto. Update Sotto to restore it.</source>
        <translation>Este backup foi feito por uma versão mais recente do Sotto. Atualize o Sotto para restaurá-lo.</translation>
    </message>
    <message>
        <source>This backup uses key derivation settings this version of Sotto does not accept.</source>
        <translation>Este backup usa configurações de derivação de chave que esta versão do Sotto não aceita.</translation>
    </message>
    <message>
        <source>The backup file is incomplete: it ends too early (was the copy interrupted?).</source>
        <translation>O arquivo de backup está incompleto: ele termina antes do esperado (a cópia foi interrompida?).</translation>
    </message>
    <message>
        <source>The backup file is damaged or was modified: its contents do not authenticate.</source>
        <translation>O arquivo de backup está danificado ou foi modificado: não é possível autenticar o conteúdo dele.</translation>
    </message>
    <message>
        <source>The backup file is damaged: parts of it are missing or out of order.</source>
        <translation>O arquivo de backup está danificado: faltam partes ou elas estão fora de ordem.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the backup key from the passphrase.</source>
        <translation>Memória insuficiente para derivar a chave do backup a partir da frase secreta.</translation>
    </message>
    <message>
        <source>The backup could not be written (disk full or not writable). No partial backup was left behind.</source>
        <translation>Não foi possível gravar o backup (disco cheio ou sem permissão de gravação). Nenhum backup parcial foi deixado para trás.</translation>
    </message>
    <message>
        <source>The backup file could not be opened or read.</source>
        <translation>Não foi possível abrir ou ler o arquivo de backup.</translation>
    </message>
    <message>
        <source>This passphrase is too short: use at least 16 characters with at least 6 different ones, or the generated passphrase.</source>
        <translation>Esta frase secreta é muito curta: use pelo menos 16 caracteres, sendo pelo menos 6 diferentes, ou a frase secreta gerada.</translation>
    </message>
    <message>
        <source>An item is too large to be backed up.</source>
        <translation>Um item é grande demais para ser incluído no backup.</translation>
    </message>
    <message>
        <source>Internal backup error (invalid state).</source>
        <translation>Erro interno do backup (estado inválido).</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Nenhum perfil está aberto.</translation>
    </message>
    <message>
        <source>There is nothing to back up yet: create an account or sign in first.</source>
        <translation>Ainda não há nada para fazer backup: primeiro crie uma conta ou entre.</translation>
    </message>
    <message>
        <source>This profile already holds an account or messages. Confirm to add what the backup has; nothing in the profile will be removed.</source>
        <translation>Este perfil já contém uma conta ou mensagens. Confirme para adicionar o conteúdo do backup; nada será removido do perfil.</translation>
    </message>
    <message>
        <source>This backup belongs to another account than this profile. Restore it into a new profile. Nothing was changed.</source>
        <translation>Este backup pertence a uma conta diferente da deste perfil. Restaure-o em um novo perfil. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The backup decrypted correctly but holds data Sotto cannot use. Nothing was restored.</source>
        <translation>O backup foi descriptografado corretamente, mas contém dados que o Sotto não consegue usar. Nada foi restaurado.</translation>
    </message>
    <message>
        <source>Your messages could not be read or saved on this computer. Nothing was changed.</source>
        <translation>Não foi possível ler ou salvar suas mensagens neste computador. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept.</source>
        <translation>Cancelado. Nada foi mantido.</translation>
    </message>
    <message>
        <source>The backup folder does not exist or cannot be written to.</source>
        <translation>A pasta de backup não existe ou não permite gravação.</translation>
    </message>
    <message>
        <source>The saved backup passphrase could not be read: the keychain is locked or refused access. Unlock it, or turn automatic backups off and on again to set a new passphrase.</source>
        <translation>Não foi possível ler a frase secreta salva do backup: o chaveiro está bloqueado ou recusou o acesso. Desbloqueie-o ou desative e reative os backups automáticos para definir uma nova frase secreta.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up %1 messages.</source>
        <translation>Backup de %1 mensagens concluído.</translation>
    </message>
    <message>
        <source>The automatic backup failed. %1 Sotto tries again at the next start.</source>
        <translation>O backup automático falhou. %1 O Sotto tentará novamente na próxima inicialização.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with your account, keys, contacts and messages. It restores on another computer. Without its passphrase nobody can open it, not even you.</source>
        <translation>Um backup é um único arquivo criptografado com sua conta, chaves, contatos e mensagens. Ele pode ser restaurado em outro computador. Sem a frase secreta dele, ninguém consegue abri-lo, nem mesmo você.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Pasta de backup</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <source>Use my own passphrase</source>
        <translation>Usar minha própria frase secreta</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Verify the last backup</source>
        <translation>Verificar o último backup</translation>
    </message>
    <message>
        <source>Write this passphrase down and keep it somewhere safe. Sotto shows it only now.</source>
        <translation>Anote esta frase secreta e guarde-a em um lugar seguro. O Sotto só a mostra agora.</translation>
    </message>
    <message>
        <source>Backup passphrase: %1</source>
        <translation>Frase secreta do backup: %1</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Já anotei</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Type the passphrase again, from what you wrote down.</source>
        <translation>Digite a frase secreta novamente, conforme você a anotou.</translation>
    </message>
    <message>
        <source>Backup passphrase, again</source>
        <translation>Frase secreta do backup, novamente</translation>
    </message>
    <message>
        <source>That is not the passphrase shown before.</source>
        <translation>Essa não é a frase secreta mostrada antes.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Start backup</source>
        <translation>Iniciar backup</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Sua frase secreta</translation>
    </message>
    <message>
        <source>Your backup passphrase</source>
        <translation>Sua frase secreta do backup</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>A mesma novamente</translation>
    </message>
    <message>
        <source>Your backup passphrase, again</source>
        <translation>Sua frase secreta do backup, novamente</translation>
    </message>
    <message>
        <source>At least 16 characters, at least 6 of them different.</source>
        <translation>Pelo menos 16 caracteres, sendo pelo menos 6 diferentes.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase secreta do backup</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progresso do backup</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Cancelar o backup</translation>
    </message>
    <message>
        <source>Last: %1 — %2</source>
        <translation>Último: %1 — %2</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Nenhum backup ainda.</translation>
    </message>
    <message>
        <source>Restore into this profile…</source>
        <translation>Restaurar neste perfil…</translation>
    </message>
    <message>
        <source>Restore a backup into this profile</source>
        <translation>Restaurar um backup neste perfil</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Backups automáticos</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativados</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diários</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanais</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Manter os últimos</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>Número de backups automáticos a manter</translation>
    </message>
    <message>
        <source>An automatic backup is running…</source>
        <translation>Um backup automático está em andamento…</translation>
    </message>
    <message>
        <source>Last automatic backup: %1 — %2</source>
        <translation>Último backup automático: %1 — %2</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Ainda não há backup automático.</translation>
    </message>
    <message>
        <source>Only Sotto's own automatic backup files in the folder are ever deleted, the oldest first.</source>
        <translation>Da pasta, só são excluídos os arquivos de backup automático do próprio Sotto, os mais antigos primeiro.</translation>
    </message>
    <message>
        <source>Automatic backups use this passphrase. Sotto keeps it on this computer so that they run without asking; you need it to restore one.</source>
        <translation>Os backups automáticos usam esta frase secreta. O Sotto a guarda neste computador para que eles rodem sem perguntar; você precisa dela para restaurar um.</translation>
    </message>
    <message>
        <source>Restoring into this profile only adds what it is missing: messages, contacts and settings from the backup that are not here yet. Nothing in this profile is changed or deleted.</source>
        <translation>Restaurar neste perfil só adiciona o que falta: mensagens, contatos e configurações do backup que ainda não estão aqui. Nada neste perfil é alterado ou excluído.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Arquivo de backup</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>Arquivo de backup a restaurar</translation>
    </message>
    <message>
        <source>Passphrase of that backup</source>
        <translation>Frase secreta desse backup</translation>
    </message>
    <message>
        <source>Add what is missing</source>
        <translation>Adicionar o que falta</translation>
    </message>
</context>
<context>
    <name>BlockedContactsSection</name>
    <message>
        <source>Blocked and reported</source>
        <translation>Bloqueados e denunciados</translation>
    </message>
    <message>
        <source>Drop messages from people who are not my contacts</source>
        <translation>Descartar mensagens de pessoas que não estão nos meus contatos</translation>
    </message>
    <message>
        <source>When off, their first messages wait under Requests; they get no delivery or read receipts until you accept.</source>
        <translation>Quando desativado, as primeiras mensagens delas aguardam em Solicitações; elas não recebem confirmações de entrega nem de leitura até você aceitar.</translation>
    </message>
    <message>
        <source>Nobody is blocked.</source>
        <translation>Ninguém está bloqueado.</translation>
    </message>
    <message numerus="yes">
        <source>Reported as %1 on %2, %n message(s) attached</source>
        <translation><numerusform>Denunciado como %1 em %2, %n mensagem anexada</numerusform><numerusform>Denunciado como %1 em %2, %n mensagens anexadas</numerusform></translation>
    </message>
    <message>
        <source>spam</source>
        <translation>spam</translation>
    </message>
    <message>
        <source>abuse</source>
        <translation>abuso</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Desbloquear %1</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Sending is not available in this version of Sotto.</source>
        <translation>O envio não está disponível nesta versão do Sotto.</translation>
    </message>
    <message>
        <source>Review the changed safety number before sending.</source>
        <translation>Revise o número de segurança alterado antes de enviar.</translation>
    </message>
    <message>
        <source>Retrying is not available in this version of Sotto.</source>
        <translation>Tentar novamente não está disponível nesta versão do Sotto.</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Criptografada de ponta a ponta</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>Número de segurança</translation>
    </message>
    <message>
        <source>Show safety number</source>
        <translation>Mostrar número de segurança</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Detalhes do contato</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message numerus="yes">
        <source>Scroll to newest, %n new message(s)</source>
        <translation><numerusform>Ir para a mais recente, %n mensagem nova</numerusform><numerusform>Ir para a mais recente, %n mensagens novas</numerusform></translation>
    </message>
    <message>
        <source>Scroll to newest</source>
        <translation>Ir para a mais recente</translation>
    </message>
    <message>
        <source>Choose a conversation, or start a new one with Ctrl+N.</source>
        <translation>Escolha uma conversa ou inicie uma nova com Ctrl+N.</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>digitando…</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation>%1 está digitando</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write an encrypted message</source>
        <translation>Escreva uma mensagem criptografada</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter envia, Shift+Enter começa uma nova linha</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
</context>
<context>
    <name>ContactDetailsPage</name>
    <message>
        <source>(key not known yet)</source>
        <translation>(chave ainda desconhecida)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Detalhes do contato</translation>
    </message>
    <message>
        <source>Show safety number</source>
        <translation>Mostrar número de segurança</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>No encryption devices are known for this contact yet.</source>
        <translation>Ainda não há dispositivos de criptografia conhecidos para este contato.</translation>
    </message>
    <message>
        <source>Device details are not available in this version of Sotto.</source>
        <translation>Os detalhes dos dispositivos não estão disponíveis nesta versão do Sotto.</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Dispositivo %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Trusted (not verified)</source>
        <translation>Confiável (não verificado)</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Não confiável</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indefinido</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inativo</translation>
    </message>
    <message>
        <source>Distrust</source>
        <translation>Não confiar</translation>
    </message>
    <message>
        <source>Distrust device %1</source>
        <translation>Não confiar no dispositivo %1</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiar</translation>
    </message>
    <message>
        <source>Trust device %1</source>
        <translation>Confiar no dispositivo %1</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Impressão digital %1</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloquear %1</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Remover contato</translation>
    </message>
    <message>
        <source>Remove %1 from contacts</source>
        <translation>Remover %1 dos contatos</translation>
    </message>
    <message>
        <source>Blocking and removing contacts are not available in this version of Sotto.</source>
        <translation>Bloquear e remover contatos não está disponível nesta versão do Sotto.</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Desbloquear %1</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Denunciar…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Denunciar %1</translation>
    </message>
    <message>
        <source>Hide QR code</source>
        <translation>Ocultar código QR</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>Hide the QR code of device %1</source>
        <translation>Ocultar o código QR do dispositivo %1</translation>
    </message>
    <message>
        <source>Show the QR code of device %1</source>
        <translation>Mostrar o código QR do dispositivo %1</translation>
    </message>
    <message>
        <source>Device %1 of %2</source>
        <translation>Dispositivo %1 de %2</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation><numerusform>%1, %n mensagem não lida</numerusform><numerusform>%1, %n mensagens não lidas</numerusform></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fixada</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Encontrado: %1</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Rascunho: %1</translation>
    </message>
    <message>
        <source>Wants to message you</source>
        <translation>Quer enviar mensagens para você</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Você: %1</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciada</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Accept message request from %1</source>
        <translation>Aceitar solicitação de mensagem de %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <source>Decline message request from %1</source>
        <translation>Recusar solicitação de mensagem de %1</translation>
    </message>
</context>
<context>
    <name>ConversationListPane</name>
    <message>
        <source>Sotto</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Nova conversa (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Configurações (Ctrl+,)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Reconnecting… messages will be sent when back online</source>
        <translation>Reconectando… as mensagens serão enviadas quando você estiver on-line de novo</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Off-line</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Pesquisar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitações</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Nenhuma conversa corresponde a “%1”.</translation>
    </message>
    <message>
        <source>No conversations yet. Start one with +.</source>
        <translation>Nenhuma conversa ainda. Inicie uma com +.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar arquivadas</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desafixar</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixar</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ativar som</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Desarquivar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivar</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como lida</translation>
    </message>
</context>
<context>
    <name>CryptoError</name>
    <message>
        <source>The message is damaged or was tampered with.</source>
        <translation>A mensagem está danificada ou foi adulterada.</translation>
    </message>
    <message>
        <source>The message was already received.</source>
        <translation>A mensagem já foi recebida.</translation>
    </message>
    <message>
        <source>Too many messages from this device were lost.</source>
        <translation>Muitas mensagens deste dispositivo foram perdidas.</translation>
    </message>
    <message>
        <source>There is no encrypted session with this device.</source>
        <translation>Não há sessão criptografada com este dispositivo.</translation>
    </message>
    <message>
        <source>The message uses a key this device no longer has.</source>
        <translation>A mensagem usa uma chave que este dispositivo não tem mais.</translation>
    </message>
    <message>
        <source>A key is not valid.</source>
        <translation>Uma chave não é válida.</translation>
    </message>
    <message>
        <source>The device's key signature does not verify.</source>
        <translation>Não foi possível verificar a assinatura da chave do dispositivo.</translation>
    </message>
    <message>
        <source>The device presented a different identity key.</source>
        <translation>O dispositivo apresentou uma chave de identidade diferente.</translation>
    </message>
    <message>
        <source>The message uses an old protocol version.</source>
        <translation>A mensagem usa uma versão antiga do protocolo.</translation>
    </message>
    <message>
        <source>The message uses an unknown protocol version.</source>
        <translation>A mensagem usa uma versão desconhecida do protocolo.</translation>
    </message>
    <message>
        <source>The message belongs to an outdated session.</source>
        <translation>A mensagem pertence a uma sessão desatualizada.</translation>
    </message>
    <message>
        <source>The message carries no text.</source>
        <translation>A mensagem não contém texto.</translation>
    </message>
    <message>
        <source>The message was not encrypted for this device.</source>
        <translation>A mensagem não foi criptografada para este dispositivo.</translation>
    </message>
    <message>
        <source>The key store could not be read or written.</source>
        <translation>Não foi possível ler ou gravar o armazenamento de chaves.</translation>
    </message>
    <message>
        <source>Invalid argument.</source>
        <translation>Argumento inválido.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Memória insuficiente.</translation>
    </message>
    <message>
        <source>Internal encryption error.</source>
        <translation>Erro interno de criptografia.</translation>
    </message>
</context>
<context>
    <name>DeliveryStateIcon</name>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
</context>
<context>
    <name>KeychainLostPage</name>
    <message>
        <source>Sotto's key is missing from your keychain</source>
        <translation>A chave do Sotto não está no seu chaveiro</translation>
    </message>
    <message>
        <source>Your messages are still on this computer, encrypted, and nothing has been deleted. But the key that opens them is no longer in your system's keychain. This can happen when the keychain was reset, when you use a different desktop session or keychain program, or after the computer was reinstalled.</source>
        <translation>Suas mensagens continuam neste computador, criptografadas, e nada foi excluído. Mas a chave que as abre não está mais no chaveiro do seu sistema. Isso pode acontecer quando o chaveiro foi redefinido, quando você usa outra sessão de desktop ou outro programa de chaveiro, ou depois que o computador foi reinstalado.</translation>
    </message>
    <message>
        <source>Enter the recovery code you saved when you set up Sotto. Sotto will put the key back into the keychain.</source>
        <translation>Digite o código de recuperação que você salvou ao configurar o Sotto. O Sotto colocará a chave de volta no chaveiro.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperação</translation>
    </message>
    <message>
        <source>This version of Sotto cannot use a recovery code yet.</source>
        <translation>Esta versão do Sotto ainda não pode usar um código de recuperação.</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Tentar o chaveiro novamente</translation>
    </message>
    <message>
        <source>Use this after unlocking or restoring your keychain</source>
        <translation>Use esta opção depois de desbloquear ou restaurar seu chaveiro</translation>
    </message>
    <message>
        <source>Restore with recovery code</source>
        <translation>Restaurar com código de recuperação</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of Sotto</source>
        <translation>Idioma do Sotto</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Sotto</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>Opening your messages</source>
        <translation>Abrindo suas mensagens</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Their address</source>
        <translation>Endereço do contato</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@example.org</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start the conversation</source>
        <translation>Iniciar a conversa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Them</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>message could not be decrypted</source>
        <translation>não foi possível descriptografar a mensagem</translation>
    </message>
    <message>
        <source>This message could not be decrypted. Ask the sender to send it again; their app may need to refresh its keys.</source>
        <translation>Não foi possível descriptografar esta mensagem. Peça a quem a enviou que a envie novamente; talvez o aplicativo dessa pessoa precise atualizar as chaves.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Criptografada de ponta a ponta</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Não criptografada</translation>
    </message>
    <message>
        <source>From a device you have not verified</source>
        <translation>De um dispositivo que você não verificou</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Tentar enviar novamente</translation>
    </message>
</context>
<context>
    <name>MessageContextMenu</name>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Denunciar…</translation>
    </message>
    <message>
        <source>Report this message</source>
        <translation>Denunciar esta mensagem</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Tentar enviar de novo</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Show a notification for new messages</source>
        <translation>Mostrar uma notificação para novas mensagens</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Name and message</source>
        <translation>Nome e mensagem</translation>
    </message>
    <message>
        <source>Name only</source>
        <translation>Somente o nome</translation>
    </message>
    <message>
        <source>No name or message</source>
        <translation>Nem nome nem mensagem</translation>
    </message>
    <message>
        <source>What notifications show</source>
        <translation>O que as notificações mostram</translation>
    </message>
    <message>
        <source>Notifications can be read by anyone who sees your screen, also when it is locked. A message request only ever shows “New message request”.</source>
        <translation>As notificações podem ser lidas por qualquer pessoa que veja sua tela, mesmo quando ela está bloqueada. Uma solicitação de mensagem sempre mostra apenas “Nova solicitação de mensagem”.</translation>
    </message>
</context>
<context>
    <name>OwnDevicesSection</name>
    <message>
        <source>In use now</source>
        <translation>Em uso agora</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>Ainda não visto</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Visto pela última vez: %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Messages to you are encrypted for each of these devices. Remove one you no longer use.</source>
        <translation>As mensagens para você são criptografadas para cada um destes dispositivos. Remova o que você não usa mais.</translation>
    </message>
    <message>
        <source>No devices known yet.</source>
        <translation>Nenhum dispositivo conhecido ainda.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Dispositivo %1</translation>
    </message>
    <message>
        <source>Fingerprint not known yet</source>
        <translation>Impressão digital ainda desconhecida</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Impressão digital: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove device %1</source>
        <translation>Remover o dispositivo %1</translation>
    </message>
    <message>
        <source>Remove device %1?</source>
        <translation>Remover o dispositivo %1?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your contacts stop encrypting new messages to it. If that device is still signed in, it adds itself back the next time it connects; sign out there first.</source>
        <translation>Seus contatos deixam de criptografar novas mensagens para ele. Se esse dispositivo ainda estiver conectado, ele se adiciona de novo na próxima conexão; saia nele primeiro.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Protect your messages with a passphrase</source>
        <translation>Proteja suas mensagens com uma frase secreta</translation>
    </message>
    <message>
        <source>Unlock Sotto</source>
        <translation>Desbloquear o Sotto</translation>
    </message>
    <message>
        <source>Sotto keeps your messages in an encrypted database. Normally its key is kept in your system's keychain, but this computer has no keychain that Sotto can use (for example no GNOME Keyring or KWallet is running). Sotto never stores the key unprotected, so please choose a passphrase instead. You will need it every time Sotto starts.</source>
        <translation>O Sotto guarda suas mensagens em um banco de dados criptografado. Normalmente, a chave dele fica no chaveiro do seu sistema, mas este computador não tem um chaveiro que o Sotto possa usar (por exemplo, nenhum GNOME Keyring ou KWallet está em execução). O Sotto nunca armazena a chave sem proteção, por isso escolha uma frase secreta. Você vai precisar dela sempre que o Sotto for iniciado.</translation>
    </message>
    <message>
        <source>Your messages are protected by a passphrase. Enter it to open them.</source>
        <translation>Suas mensagens estão protegidas por uma frase secreta. Digite-a para abri-las.</translation>
    </message>
    <message>
        <source>Please use at least 8 characters; a few unusual words work well.</source>
        <translation>Use pelo menos 8 caracteres; algumas palavras incomuns funcionam bem.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>As frases secretas não coincidem.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repita a frase secreta</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Processando</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>Send read receipts</source>
        <translation>Enviar confirmações de leitura</translation>
    </message>
    <message>
        <source>Contacts see when you have read their messages. That a message reached this computer is always confirmed.</source>
        <translation>Os contatos veem quando você leu as mensagens deles. A chegada de uma mensagem a este computador é sempre confirmada.</translation>
    </message>
    <message>
        <source>Send typing indicators</source>
        <translation>Enviar indicadores de digitação</translation>
    </message>
    <message>
        <source>Contacts see when you are typing to them. Your server sees it too: typing indicators are not end-to-end encrypted.</source>
        <translation>Os contatos veem quando você está digitando para eles. Seu servidor também vê: os indicadores de digitação não são criptografados de ponta a ponta.</translation>
    </message>
    <message>
        <source>Trust new devices of my contacts until I verify them</source>
        <translation>Confiar nos novos dispositivos dos meus contatos até eu verificá-los</translation>
    </message>
    <message>
        <source>When off, Sotto does not encrypt to a new device of a contact until you decide about it.</source>
        <translation>Quando desativado, o Sotto não criptografa para um novo dispositivo de um contato até você decidir sobre ele.</translation>
    </message>
</context>
<context>
    <name>ProfileProblemPage</name>
    <message>
        <source>Sotto cannot open your messages</source>
        <translation>O Sotto não consegue abrir suas mensagens</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Save your recovery code</source>
        <translation>Salve seu código de recuperação</translation>
    </message>
    <message>
        <source>If your keychain is reset or you forget your passphrase, this code is the only way to open your messages again. Write it down or store it in a password manager. Sotto will not show it again.</source>
        <translation>Se o seu chaveiro for redefinido ou você esquecer sua frase secreta, este código é a única forma de abrir suas mensagens de novo. Anote-o ou guarde-o em um gerenciador de senhas. O Sotto não vai mostrá-lo novamente.</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Código de recuperação: %1</translation>
    </message>
    <message>
        <source>I have saved my recovery code somewhere safe</source>
        <translation>Salvei meu código de recuperação em um lugar seguro</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report %1</source>
        <translation>Denunciar %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Por quê?</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>Abuso</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Messages to include (in plain text):</source>
        <translation>Mensagens a incluir (sem criptografia):</translation>
    </message>
    <message>
        <source>There are no messages from %1 to include.</source>
        <translation>Não há mensagens de %1 para incluir.</translation>
    </message>
    <message>
        <source>Include message: %1</source>
        <translation>Incluir mensagem: %1</translation>
    </message>
    <message>
        <source>No message will be attached.</source>
        <translation>Nenhuma mensagem será anexada.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked message(s) will be sent in plain text.</source>
        <translation><numerusform>%n mensagem marcada será enviada sem criptografia.</numerusform><numerusform>%n mensagens marcadas serão enviadas sem criptografia.</numerusform></translation>
    </message>
    <message>
        <source>The report goes to your server (%1) and %2 will be blocked. Nothing else leaves this device.</source>
        <translation>A denúncia vai para o seu servidor (%1) e %2 será bloqueado. Nada mais sai deste dispositivo.</translation>
    </message>
    <message>
        <source>Report and block</source>
        <translation>Denunciar e bloquear</translation>
    </message>
    <message>
        <source>The message you chose is older than the last five from %1; only these can be attached.</source>
        <translation>A mensagem escolhida é mais antiga que as cinco últimas de %1; só essas podem ser anexadas.</translation>
    </message>
</context>
<context>
    <name>RequestBar</name>
    <message>
        <source>Message request from %1</source>
        <translation>Solicitação de mensagem de %1</translation>
    </message>
    <message>
        <source>This address is not in your contacts. They will not know that you have seen their message until you accept. Links and images are not opened.</source>
        <translation>Este endereço não está nos seus contatos. A pessoa não saberá que você viu a mensagem dela até você aceitar. Links e imagens não são abertos.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Accept message request from %1</source>
        <translation>Aceitar solicitação de mensagem de %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete message request from %1</source>
        <translation>Excluir solicitação de mensagem de %1</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloquear %1</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Denunciar…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Denunciar %1</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase: the 30 digits Sotto showed you, or your own.</source>
        <translation>Escolha o arquivo de backup e digite a frase secreta dele: os 30 dígitos que o Sotto mostrou a você, ou a sua própria.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Arquivo de backup</translation>
    </message>
    <message>
        <source>/path/to/sotto-backup.sottobackup</source>
        <translation>/caminho/para/sotto-backup.sottobackup</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase secreta do backup</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progresso da restauração</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Cancelar a restauração</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>SafetyMenuButton</name>
    <message>
        <source>Safety</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Block or report %1</source>
        <translation>Bloquear ou denunciar %1</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Denunciar…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Denunciar %1</translation>
    </message>
</context>
<context>
    <name>SafetyNumberBanner</name>
    <message>
        <source>Your safety number with %1 changed. This happens when they reinstall or add a device, but it could also mean someone is intercepting. Sending is paused until you review it.</source>
        <translation>Seu número de segurança com %1 mudou. Isso acontece quando o contato reinstala o aplicativo ou adiciona um dispositivo, mas também pode significar que alguém está interceptando a conversa. O envio fica pausado até você revisá-lo.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Review safety number</source>
        <translation>Revisar número de segurança</translation>
    </message>
</context>
<context>
    <name>SafetyNumberPage</name>
    <message>
        <source>This version of Sotto cannot record verification yet.</source>
        <translation>Esta versão do Sotto ainda não pode registrar a verificação.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Safety number with %1</source>
        <translation>Número de segurança com %1</translation>
    </message>
    <message>
        <source>Compare these numbers with the ones %1 sees, in person or over a call you trust, or scan each other's code. If they match, nobody is reading along.</source>
        <translation>Compare estes números com os que %1 vê, pessoalmente ou em uma chamada de confiança, ou escaneiem o código um do outro. Se coincidirem, ninguém está lendo a conversa.</translation>
    </message>
    <message>
        <source>The safety number is not available yet: Sotto needs this contact's encryption keys first.</source>
        <translation>O número de segurança ainda não está disponível: o Sotto precisa primeiro das chaves de criptografia deste contato.</translation>
    </message>
    <message>
        <source>Safety number: %1</source>
        <translation>Número de segurança: %1</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Verificado</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>Marcar como verificado</translation>
    </message>
    <message>
        <source>Accept without verifying</source>
        <translation>Aceitar sem verificar</translation>
    </message>
    <message>
        <source>Trust the new key now and compare the numbers later</source>
        <translation>Confiar na nova chave agora e comparar os números depois</translation>
    </message>
    <message>
        <source>Clear verification</source>
        <translation>Remover verificação</translation>
    </message>
    <message>
        <source>Compare by pasting their number</source>
        <translation>Comparar colando o número do contato</translation>
    </message>
    <message>
        <source>Their safety number</source>
        <translation>Número de segurança do contato</translation>
    </message>
    <message numerus="yes">
        <source>A safety number has 60 digits; this has %n.</source>
        <translation><numerusform>Um número de segurança tem 60 dígitos; este tem %n.</numerusform><numerusform>Um número de segurança tem 60 dígitos; este tem %n.</numerusform></translation>
    </message>
    <message>
        <source>The numbers match.</source>
        <translation>Os números coincidem.</translation>
    </message>
    <message>
        <source>The numbers do not match. Do not mark this contact as verified.</source>
        <translation>Os números não coincidem. Não marque este contato como verificado.</translation>
    </message>
    <message>
        <source>Sotto</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>Show the code for Sotto</source>
        <translation>Mostrar o código para o Sotto</translation>
    </message>
    <message>
        <source>Other apps</source>
        <translation>Outros apps</translation>
    </message>
    <message>
        <source>Show the code for Conversations and other OMEMO apps</source>
        <translation>Mostrar o código para o Conversations e outros apps OMEMO</translation>
    </message>
    <message>
        <source>Conversations, Dino or Gajim on their side scans this to verify this device.</source>
        <translation>O Conversations, Dino ou Gajim do outro lado escaneia isto para verificar este dispositivo.</translation>
    </message>
    <message>
        <source>Sotto on their side scans this to compare the safety number.</source>
        <translation>O Sotto do outro lado escaneia isto para comparar o número de segurança.</translation>
    </message>
    <message>
        <source>Paste the 60 digits or the link they sent you</source>
        <translation>Cole os 60 dígitos ou o link que enviaram para você</translation>
    </message>
    <message>
        <source>Check this code</source>
        <translation>Conferir este código</translation>
    </message>
    <message>
        <source>Check the pasted code</source>
        <translation>Conferir o código colado</translation>
    </message>
</context>
<context>
    <name>ScannedCodeCheck</name>
    <message>
        <source>Reading the picture…</source>
        <translation>Lendo a imagem…</translation>
    </message>
    <message>
        <source>This version of Sotto cannot check codes yet.</source>
        <translation>Esta versão do Sotto ainda não pode conferir códigos.</translation>
    </message>
    <message>
        <source>The keys in this code match. The devices it names are verified.</source>
        <translation>As chaves deste código coincidem. Os dispositivos que ele cita estão verificados.</translation>
    </message>
    <message>
        <source>This code does not match the keys Sotto has for %1, so nothing was marked as verified. Ask them to show the code again; if it still differs, compare the safety number in person before you trust this conversation.</source>
        <translation>Este código não corresponde às chaves que o Sotto tem de %1, por isso nada foi marcado como verificado. Peça para mostrarem o código de novo; se ainda for diferente, comparem o número de segurança pessoalmente antes de confiar nesta conversa.</translation>
    </message>
    <message>
        <source>Sotto has not seen the devices in this code yet. Exchange a message with %1 first, then read the code again.</source>
        <translation>O Sotto ainda não viu os dispositivos deste código. Troque primeiro uma mensagem com %1 e depois leia o código de novo.</translation>
    </message>
    <message>
        <source>This code belongs to %1, not to %2. Nothing was changed.</source>
        <translation>Este código pertence a %1, não a %2. Nada foi alterado.</translation>
    </message>
    <message>
        <source>This is an XMPP link, but not a valid verification link. Nothing was changed.</source>
        <translation>É um link XMPP, mas não um link de verificação válido. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Sign in first: Sotto needs your account to check codes.</source>
        <translation>Entre primeiro: o Sotto precisa da sua conta para conferir códigos.</translation>
    </message>
    <message>
        <source>The codes match: nobody is reading along. You can mark %1 as verified.</source>
        <translation>Os códigos coincidem: ninguém está lendo junto. Você pode marcar %1 como verificado.</translation>
    </message>
    <message>
        <source>The codes do not match. Do not mark %1 as verified. Make sure you scanned the code from their conversation with you; if the codes still differ, someone may be intercepting your messages.</source>
        <translation>Os códigos não coincidem. Não marque %1 como verificado. Confirme que você escaneou o código da conversa dele com você; se os códigos continuarem diferentes, alguém pode estar interceptando suas mensagens.</translation>
    </message>
    <message>
        <source>The safety number is not available yet: Sotto needs this contact's encryption keys first.</source>
        <translation>O número de segurança ainda não está disponível: o Sotto precisa primeiro das chaves de criptografia deste contato.</translation>
    </message>
    <message>
        <source>This QR code is not a safety number or a verification link: it contains something else.</source>
        <translation>Este código QR não é um número de segurança nem um link de verificação: ele contém outra coisa.</translation>
    </message>
    <message>
        <source>Device %1: verified now</source>
        <translation>Dispositivo %1: verificado agora</translation>
    </message>
    <message>
        <source>Device %1: already verified</source>
        <translation>Dispositivo %1: já verificado</translation>
    </message>
    <message>
        <source>Device %1: the key does not match</source>
        <translation>Dispositivo %1: a chave não coincide</translation>
    </message>
    <message>
        <source>Device %1: not known yet</source>
        <translation>Dispositivo %1: ainda desconhecido</translation>
    </message>
    <message>
        <source>This file could not be opened as a picture.</source>
        <translation>Não foi possível abrir este arquivo como imagem.</translation>
    </message>
    <message>
        <source>No QR code was found in this picture. Use a sharp picture that shows the whole code.</source>
        <translation>Nenhum código QR foi encontrado nesta imagem. Use uma imagem nítida que mostre o código inteiro.</translation>
    </message>
    <message>
        <source>Picture of their QR code</source>
        <translation>Imagem do código QR da outra pessoa</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Compare by their QR code</source>
        <translation>Comparar pelo código QR da outra pessoa</translation>
    </message>
    <message>
        <source>Open a picture or screenshot of the code they show (in Sotto, Conversations or another OMEMO app), or drop it here.</source>
        <translation>Abra uma imagem ou captura de tela do código que mostram (no Sotto, Conversations ou outro app OMEMO), ou solte-a aqui.</translation>
    </message>
    <message>
        <source>Open picture of their QR code…</source>
        <translation>Abrir imagem do código QR…</translation>
    </message>
    <message>
        <source>Reading the picture</source>
        <translation>Lendo a imagem</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>Marcar como verificado</translation>
    </message>
    <message>
        <source>Mark %1 as verified</source>
        <translation>Marcar %1 como verificado</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Não disponível</translation>
    </message>
    <message>
        <source>Fingerprint of this device: %1</source>
        <translation>Impressão digital deste dispositivo: %1</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Scan this with Conversations or another OMEMO app on your contact's phone to verify this device.</source>
        <translation>Escaneie isto com o Conversations ou outro app OMEMO no celular do seu contato para verificar este dispositivo.</translation>
    </message>
</context>
<context>
    <name>VerificationQrCode</name>
    <message>
        <source>QR code to scan with the other device</source>
        <translation>Código QR para escanear com o outro dispositivo</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Sotto</source>
        <translation>Boas-vindas ao Sotto</translation>
    </message>
    <message>
        <source>Sotto sends every message end-to-end encrypted (OMEMO) over XMPP, so you can talk to people using Conversations, Dino, Gajim and other XMPP apps. Your messages are stored encrypted on this computer.</source>
        <translation>O Sotto envia cada mensagem com criptografia de ponta a ponta (OMEMO) via XMPP, para que você possa conversar com pessoas que usam Conversations, Dino, Gajim e outros aplicativos XMPP. Suas mensagens são armazenadas criptografadas neste computador.</translation>
    </message>
    <message>
        <source>Create a new account</source>
        <translation>Criar uma nova conta</translation>
    </message>
    <message>
        <source>Registers a new address on an XMPP server you choose</source>
        <translation>Registra um novo endereço em um servidor XMPP de sua escolha</translation>
    </message>
    <message>
        <source>Sign in with an existing XMPP account</source>
        <translation>Entrar com uma conta XMPP existente</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar do backup</translation>
    </message>
    <message>
        <source>Brings back an account, its keys and messages from a Sotto backup file</source>
        <translation>Recupera uma conta, suas chaves e mensagens a partir de um arquivo de backup do Sotto</translation>
    </message>
</context>
<context>
    <name>sotto</name>
    <message>
        <source>Sotto, a private messenger.</source>
        <translation>Sotto, um app de mensagens privado.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Salvar uma imagem da janela em &lt;file&gt; e sair.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;directory&gt;.</source>
        <translation>Usar o perfil em &lt;directory&gt;.</translation>
    </message>
    <message>
        <source>Connect to &lt;host:port&gt; instead of looking up the server.</source>
        <translation>Conectar a &lt;host:port&gt; em vez de procurar o servidor.</translation>
    </message>
    <message>
        <source>Use TLS from the start (XEP-0368).</source>
        <translation>Usar TLS desde o início (XEP-0368).</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 &lt;fingerprint&gt;.</source>
        <translation>Confiar no certificado do servidor com esta impressão digital SHA-256 &lt;fingerprint&gt;.</translation>
    </message>
</context>
<context>
    <name>sotto-cli</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>Mostrar a versão e sair.</translation>
    </message>
    <message>
        <source>See above.</source>
        <translation>Veja acima.</translation>
    </message>
    <message>
        <source>Sotto's headless client, for scripts and tests.

Commands:
  account register JID [PASSWORD]   create the account (in-band registration)
  account login JID [PASSWORD]      sign in to an existing account
  account show                      this profile's account, device and fingerprint
  contacts [add JID]                list the roster, or add a contact
  send JID TEXT                     send an OMEMO-encrypted message
  listen [--count N] [--timeout S]  print incoming messages
  history JID [--limit N]           print stored messages, oldest first
  devices [JID]                     OMEMO devices (ours without JID)
  trust JID DEVICE trusted|untrusted|verified
  safety-number JID                 the safety number with a contact
  fingerprint                       this device's OMEMO fingerprint
  requests                          message requests (strangers' first messages)
  accept JID                        accept a request: add the contact
  block JID | unblock JID           block on the server, for all your devices
  blocked                           the block list (with what you reported)
  report JID --reason spam|abuse|other [--include MESSAGE_ID...]
                                    report to your server and block; only the
                                    included messages are sent, in plain text

Backups (the backup passphrase file is not the profile's --passphrase-file):
  backup create --out FILE --backup-passphrase-file F
  backup verify FILE --backup-passphrase-file F
  backup restore FILE --backup-passphrase-file F [--merge]
                                    into --profile DIR (new, or --merge to add)

Without PASSWORD the first line of standard input is read.

Exit codes: 0 ok, 1 usage, 2 profile could not be opened or unlocked, 3 server
unreachable or credentials refused, 4 message not sent (e.g. no OMEMO device), 5
timeout, 6 no such account, contact or device, 7 backup not made, verified or restored.</source>
        <translation>Cliente sem interface gráfica do Sotto, para scripts e testes.

Comandos:
  account register JID [PASSWORD]   criar a conta (registro in-band)
  account login JID [PASSWORD]      entrar em uma conta existente
  account show                      conta, dispositivo e impressão digital deste perfil
  contacts [add JID]                listar os contatos ou adicionar um contato
  send JID TEXT                     enviar uma mensagem criptografada com OMEMO
  listen [--count N] [--timeout S]  mostrar as mensagens recebidas
  history JID [--limit N]           mostrar as mensagens armazenadas, das mais antigas às mais novas
  devices [JID]                     dispositivos OMEMO (os nossos, sem JID)
  trust JID DEVICE trusted|untrusted|verified
  safety-number JID                 o número de segurança com um contato
  fingerprint                       a impressão digital OMEMO deste dispositivo
  requests                          solicitações de mensagem (primeiras mensagens de desconhecidos)
  accept JID                        aceitar uma solicitação: adicionar o contato
  block JID | unblock JID           bloquear no servidor, para todos os seus dispositivos
  blocked                           a lista de bloqueio (com o que você denunciou)
  report JID --reason spam|abuse|other [--include MESSAGE_ID...]
                                    denunciar ao seu servidor e bloquear; só as
                                    mensagens incluídas são enviadas, sem criptografia

Backups (o arquivo da frase secreta do backup não é o --passphrase-file do perfil):
  backup create --out FILE --backup-passphrase-file F
  backup verify FILE --backup-passphrase-file F
  backup restore FILE --backup-passphrase-file F [--merge]
                                    em --profile DIR (novo, ou --merge para adicionar)

Sem PASSWORD, a primeira linha da entrada padrão é lida.

Códigos de saída: 0 ok, 1 uso incorreto, 2 não foi possível abrir ou desbloquear o perfil,
3 servidor inacessível ou credenciais recusadas, 4 mensagem não enviada (ex.: nenhum dispositivo OMEMO),
5 tempo esgotado, 6 conta, contato ou dispositivo inexistente, 7 backup não feito, verificado ou restaurado.</translation>
    </message>
    <message>
        <source>account: %1
device: %2
fingerprint: %3</source>
        <translation>conta: %1
dispositivo: %2
impressão digital: %3</translation>
    </message>
    <message>
        <source>usage: account register|login JID [PASSWORD] | account show</source>
        <translation>uso: account register|login JID [PASSWORD] | account show</translation>
    </message>
    <message>
        <source>a password is needed (argument or first line of stdin)</source>
        <translation>é preciso uma senha (como argumento ou na primeira linha da entrada padrão)</translation>
    </message>
    <message>
        <source>%1 messages, %2 conversations, %3 contacts, %4 sessions</source>
        <translation>%1 mensagens, %2 conversas, %3 contatos, %4 sessões</translation>
    </message>
    <message>
        <source>usage: backup create --out FILE --backup-passphrase-file F
       backup verify FILE --backup-passphrase-file F
       backup restore FILE --backup-passphrase-file F [--merge]</source>
        <translation>uso: backup create --out FILE --backup-passphrase-file F
     backup verify FILE --backup-passphrase-file F
     backup restore FILE --backup-passphrase-file F [--merge]</translation>
    </message>
    <message>
        <source>usage: backup create --out FILE --backup-passphrase-file F</source>
        <translation>uso: backup create --out FILE --backup-passphrase-file F</translation>
    </message>
    <message>
        <source>cannot read the backup passphrase file (--backup-passphrase-file)</source>
        <translation>não é possível ler o arquivo da frase secreta do backup (--backup-passphrase-file)</translation>
    </message>
    <message>
        <source>backup written: %1 (%2, %3 bytes)</source>
        <translation>backup gravado: %1 (%2, %3 bytes)</translation>
    </message>
    <message>
        <source>usage: backup verify FILE --backup-passphrase-file F</source>
        <translation>uso: backup verify FILE --backup-passphrase-file F</translation>
    </message>
    <message>
        <source>backup is intact: %1</source>
        <translation>o backup está íntegro: %1</translation>
    </message>
    <message>
        <source>usage: backup restore FILE --backup-passphrase-file F [--merge]</source>
        <translation>uso: backup restore FILE --backup-passphrase-file F [--merge]</translation>
    </message>
    <message>
        <source>restored %1 into this profile (%2)</source>
        <translation>%1 restaurado neste perfil (%2)</translation>
    </message>
    <message>
        <source>the account password could not be stored: sign in again</source>
        <translation>não foi possível armazenar a senha da conta: entre novamente</translation>
    </message>
    <message>
        <source>Profile directory (default: the user's Sotto profile).</source>
        <translation>Diretório do perfil (padrão: o perfil do Sotto do usuário).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIRETÓRIO</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Mostrar um objeto JSON por linha.</translation>
    </message>
    <message>
        <source>File whose first line is the passphrase that protects the profile when there is no keychain.</source>
        <translation>Arquivo cuja primeira linha é a frase secreta que protege o perfil quando não há chaveiro.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Connect to HOST:PORT instead of looking the server up.</source>
        <translation>Conectar a HOST:PORT em vez de procurar o servidor.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>With --server: the port speaks TLS directly (no STARTTLS).</source>
        <translation>Com --server: a porta usa TLS diretamente (sem STARTTLS).</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 (hex).</source>
        <translation>Aceitar o certificado do servidor com este SHA-256 (hex).</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>Keychain service name (tests).</source>
        <translation>Nome do serviço no chaveiro (testes).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>cannot read the passphrase file</source>
        <translation>não é possível ler o arquivo da frase secreta</translation>
    </message>
    <message>
        <source>--server needs HOST:PORT</source>
        <translation>--server precisa de HOST:PORT</translation>
    </message>
    <message>
        <source>me</source>
        <comment>the sender of your own messages</comment>
        <translation>eu</translation>
    </message>
    <message>
        <source>[could not decrypt: %1]</source>
        <translation>[não foi possível descriptografar: %1]</translation>
    </message>
    <message>
        <source>[NOT ENCRYPTED]</source>
        <translation>[NÃO CRIPTOGRAFADA]</translation>
    </message>
    <message>
        <source>usage: send JID TEXT</source>
        <translation>uso: send JID TEXT</translation>
    </message>
    <message>
        <source>usage: history JID [--limit N]</source>
        <translation>uso: history JID [--limit N]</translation>
    </message>
    <message>
        <source>usage: requests</source>
        <translation>uso: requests</translation>
    </message>
    <message>
        <source>usage: accept JID</source>
        <translation>uso: accept JID</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>%1 aceito</translation>
    </message>
    <message>
        <source>usage: block JID</source>
        <translation>uso: block JID</translation>
    </message>
    <message>
        <source>usage: unblock JID</source>
        <translation>uso: unblock JID</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>%1 bloqueado</translation>
    </message>
    <message>
        <source>unblocked %1</source>
        <translation>%1 desbloqueado</translation>
    </message>
    <message>
        <source>usage: blocked</source>
        <translation>uso: blocked</translation>
    </message>
    <message numerus="yes">
        <source>(reported as %1 on %2, %n message(s) attached)</source>
        <translation><numerusform>(denunciado como %1 em %2, %n mensagem anexada)</numerusform><numerusform>(denunciado como %1 em %2, %n mensagens anexadas)</numerusform></translation>
    </message>
    <message>
        <source>usage: report JID --reason spam|abuse|other [--include MESSAGE_ID...]</source>
        <translation>uso: report JID --reason spam|abuse|other [--include MESSAGE_ID...]</translation>
    </message>
    <message numerus="yes">
        <source>reported %1 as %2 and blocked; %n message(s) attached</source>
        <translation><numerusform>%1 denunciado como %2 e bloqueado; %n mensagem anexada</numerusform><numerusform>%1 denunciado como %2 e bloqueado; %n mensagens anexadas</numerusform></translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inativo</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(este dispositivo)</translation>
    </message>
    <message>
        <source>usage: trust JID DEVICE trusted|untrusted|verified</source>
        <translation>uso: trust JID DEVICE trusted|untrusted|verified</translation>
    </message>
    <message>
        <source>usage: safety-number JID</source>
        <translation>uso: safety-number JID</translation>
    </message>
    <message>
        <source>usage: contacts add JID</source>
        <translation>uso: contacts add JID</translation>
    </message>
    <message>
        <source>usage: contacts [add JID]</source>
        <translation>uso: contacts [add JID]</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>comando desconhecido: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Backend</name>
    <message>
        <source>Please enter a passphrase.</source>
        <translation>Digite uma frase secreta.</translation>
    </message>
    <message>
        <source>This version of Sotto cannot restore with a recovery code yet. Your messages are still on this computer; nothing was deleted.</source>
        <translation>Esta versão do Sotto ainda não pode restaurar com um código de recuperação. Suas mensagens continuam neste computador; nada foi excluído.</translation>
    </message>
    <message>
        <source>That recovery code does not open this profile.</source>
        <translation>Esse código de recuperação não abre este perfil.</translation>
    </message>
    <message>
        <source>The profile could not be opened.</source>
        <translation>Não foi possível abrir o perfil.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::BackupController</name>
    <message>
        <source>Backed up %1 messages.</source>
        <translation>Backup de %1 mensagens concluído.</translation>
    </message>
    <message>
        <source>The backup is intact: %1 messages, %2 conversations.</source>
        <translation>O backup está íntegro: %1 mensagens, %2 conversas.</translation>
    </message>
    <message>
        <source>Restored %1 messages.</source>
        <translation>%1 mensagens restauradas.</translation>
    </message>
    <message>
        <source>Automatic backups are on. Sotto keeps their passphrase on this computer (in the keychain, or encrypted in the profile) so that they run without asking.</source>
        <translation>Os backups automáticos estão ativados. O Sotto guarda a frase secreta deles neste computador (no chaveiro, ou criptografada no perfil) para que rodem sem perguntar.</translation>
    </message>
    <message>
        <source>Another backup is running. Try again when it has finished.</source>
        <translation>Outro backup está em andamento. Tente de novo quando ele terminar.</translation>
    </message>
    <message>
        <source>Added what was missing from the backup; %1 items were already here.</source>
        <translation>O que faltava foi adicionado do backup; %1 itens já estavam aqui.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LanguageController</name>
    <message>
        <source>System default (%1)</source>
        <translation>Padrão do sistema (%1)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::NotificationCenter</name>
    <message>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation><numerusform>%n mensagem nova</numerusform><numerusform>%n mensagens novas</numerusform></translation>
    </message>
    <message>
        <source>New message request</source>
        <translation>Nova solicitação de mensagem</translation>
    </message>
</context>
<context>
    <name>sotto::ui::NotificationDBus</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>sotto::ui::TrayIcon</name>
    <message>
        <source>No unread messages</source>
        <translation>Nenhuma mensagem não lida</translation>
    </message>
    <message numerus="yes">
        <source>%n unread messages</source>
        <translation><numerusform>%n mensagem não lida</numerusform><numerusform>%n mensagens não lidas</numerusform></translation>
    </message>
</context>
<context>
    <name>sotto::ui::TrayMenu</name>
    <message>
        <source>Show Sotto</source>
        <translation>Mostrar o Sotto</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
</TS>