<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountForm</name>
    <message>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Pick an XMPP server (for example one you or a friend run, or a public one) and a user name. Your address will be name@server.</source>
        <translation>Elige un servidor XMPP (por ejemplo, uno que administres tú o una amistad, o uno público) y un nombre de usuario. Tu dirección será nombre@servidor.</translation>
    </message>
    <message>
        <source>Enter your XMPP address and password. Sotto will publish its encryption keys for this device.</source>
        <translation>Introduce tu dirección XMPP y tu contraseña. Sotto publicará sus claves de cifrado para este dispositivo.</translation>
    </message>
    <message>
        <source>Please enter a server and a user name.</source>
        <translation>Introduce un servidor y un nombre de usuario.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 8 characters.</source>
        <translation>Elige una contraseña de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Please enter your full address, like name@example.org.</source>
        <translation>Introduce tu dirección completa, por ejemplo nombre@example.org.</translation>
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
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repite la contraseña</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Ninguna cuenta</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Cambiar contraseña…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>The password of %1 changes on the server, for all your devices. Your other devices will ask for the new one.</source>
        <translation>La contraseña de %1 cambia en el servidor, para todos tus dispositivos. Tus otros dispositivos te pedirán la nueva.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repite la nueva contraseña</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Cambiando la contraseña</translation>
    </message>
    <message>
        <source>Your password is changed. Sotto keeps the new one on this computer.</source>
        <translation>Tu contraseña se ha cambiado. Sotto guarda la nueva en este ordenador.</translation>
    </message>
</context>
<context>
    <name>AppError</name>
    <message>
        <source>This profile is already open in another Sotto window.</source>
        <translation>Este perfil ya está abierto en otra ventana de Sotto.</translation>
    </message>
    <message>
        <source>No system keychain is available. Choose a passphrase to protect your messages on this computer.</source>
        <translation>No hay ningún llavero del sistema disponible. Elige una frase de contraseña para proteger tus mensajes en este ordenador.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects this profile.</source>
        <translation>Introduce la frase de contraseña que protege este perfil.</translation>
    </message>
    <message>
        <source>That passphrase does not open this profile.</source>
        <translation>Esa frase de contraseña no abre este perfil.</translation>
    </message>
    <message>
        <source>The key to your messages is no longer in the system keychain. Restore it with your recovery code or a backup.</source>
        <translation>La clave de tus mensajes ya no está en el llavero del sistema. Restáurala con tu código de recuperación o con una copia de seguridad.</translation>
    </message>
    <message>
        <source>Your messages could not be read or saved on this computer.</source>
        <translation>No se han podido leer ni guardar tus mensajes en este ordenador.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>No hay ningún perfil abierto.</translation>
    </message>
    <message>
        <source>Create an account or sign in first.</source>
        <translation>Primero crea una cuenta o inicia sesión.</translation>
    </message>
    <message>
        <source>This profile already belongs to another account.</source>
        <translation>Este perfil ya pertenece a otra cuenta.</translation>
    </message>
    <message>
        <source>That is not a valid address. It looks like name@example.org.</source>
        <translation>Esa no es una dirección válida. Tiene este aspecto: nombre@example.org.</translation>
    </message>
    <message>
        <source>The account password could not be read from or saved to the keychain. Sign in again.</source>
        <translation>No se ha podido leer ni guardar la contraseña de la cuenta en el llavero. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>No se puede acceder al servidor. Comprueba la dirección y tu conexión.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted, so Sotto did not connect.</source>
        <translation>El certificado del servidor no es de confianza, así que Sotto no se ha conectado.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made. Sotto never connects without encryption.</source>
        <translation>No se ha podido establecer una conexión segura con el servidor. Sotto nunca se conecta sin cifrado.</translation>
    </message>
    <message>
        <source>The address or password is wrong.</source>
        <translation>La dirección o la contraseña no son correctas.</translation>
    </message>
    <message>
        <source>That name is already taken on this server. Try another.</source>
        <translation>Ese nombre ya está en uso en este servidor. Prueba con otro.</translation>
    </message>
    <message>
        <source>The server did not allow creating the account.</source>
        <translation>El servidor no ha permitido crear la cuenta.</translation>
    </message>
    <message>
        <source>The connection was lost. Sotto reconnects by itself; unsent messages wait.</source>
        <translation>Se ha perdido la conexión. Sotto se vuelve a conectar automáticamente; los mensajes no enviados quedan en espera.</translation>
    </message>
    <message>
        <source>The server answered in a way Sotto does not understand.</source>
        <translation>El servidor ha respondido de una forma que Sotto no entiende.</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>No tienes conexión.</translation>
    </message>
    <message>
        <source>This contact's app does not support end-to-end encryption (OMEMO), so the message was not sent.</source>
        <translation>La aplicación de este contacto no admite cifrado de extremo a extremo (OMEMO), así que el mensaje no se ha enviado.</translation>
    </message>
    <message>
        <source>None of this contact's devices is trusted. Review their devices before sending.</source>
        <translation>Ninguno de los dispositivos de este contacto es de confianza. Revisa sus dispositivos antes de enviar.</translation>
    </message>
    <message>
        <source>This contact's safety number changed. Verify it or accept the new key before sending.</source>
        <translation>El número de seguridad de este contacto ha cambiado. Verifícalo o acepta la nueva clave antes de enviar.</translation>
    </message>
    <message>
        <source>The message could not be encrypted, so it was not sent.</source>
        <translation>No se ha podido cifrar el mensaje, así que no se ha enviado.</translation>
    </message>
    <message>
        <source>That message no longer exists.</source>
        <translation>Ese mensaje ya no existe.</translation>
    </message>
    <message>
        <source>That device is not known for this contact.</source>
        <translation>Ese dispositivo no es conocido para este contacto.</translation>
    </message>
    <message>
        <source>The current password is not right. Nothing was changed.</source>
        <translation>La contraseña actual no es correcta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The new password is too short. Use at least 8 characters.</source>
        <translation>La nueva contraseña es demasiado corta. Usa al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The server did not accept the new password. Your password is unchanged.</source>
        <translation>El servidor no ha aceptado la nueva contraseña. Tu contraseña no ha cambiado.</translation>
    </message>
    <message>
        <source>This server does not allow changing the password from an app. Your password is unchanged.</source>
        <translation>Este servidor no permite cambiar la contraseña desde una aplicación. Tu contraseña no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>BackupError</name>
    <message>
        <source>The backup passphrase is wrong.</source>
        <translation>La frase de contraseña de la copia de seguridad no es correcta.</translation>
    </message>
    <message>
        <source>This file is not a Sotto backup.</source>
        <translation>Este archivo no es una copia de seguridad de Sotto.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Sotto. Update Sotto to restore it.</source>
        <translation>Esta copia de seguridad se creó con una versión más reciente de Sotto. Actualiza Sotto para restaurarla.</translation>
    </message>
    <message>
        <source>This backup uses key derivation settings this version of Sotto does not accept.</source>
        <translation>Esta copia de seguridad usa una configuración de derivación de claves que esta versión de Sotto no acepta.</translation>
    </message>
    <message>
        <source>The backup file is incomplete: it ends too early (was the copy interrupted?).</source>
        <translation>El archivo de copia de seguridad está incompleto: termina antes de tiempo (¿se interrumpió la copia?).</translation>
    </message>
    <message>
        <source>The backup file is damaged or was modified: its contents do not authenticate.</source>
        <translation>El archivo de copia de seguridad está dañado o se ha modificado: su contenido no se puede autenticar.</translation>
    </message>
    <message>
        <source>The backup file is damaged: parts of it are missing or out of order.</source>
        <translation>El archivo de copia de seguridad está dañado: faltan partes o están desordenadas.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the backup key from the passphrase.</source>
        <translation>No hay memoria suficiente para derivar la clave de la copia de seguridad a partir de la frase de contraseña.</translation>
    </message>
    <message>
        <source>The backup could not be written (disk full or not writable). No partial backup was left behind.</source>
        <translation>No se ha podido escribir la copia de seguridad (disco lleno o sin permiso de escritura). No ha quedado ninguna copia parcial.</translation>
    </message>
    <message>
        <source>The backup file could not be opened or read.</source>
        <translation>No se ha podido abrir ni leer el archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>This passphrase is too short: use at least 16 characters with at least 6 different ones, or the generated passphrase.</source>
        <translation>Esta frase de contraseña es demasiado corta: usa al menos 16 caracteres, de los cuales al menos 6 distintos, o la frase de contraseña generada.</translation>
    </message>
    <message>
        <source>An item is too large to be backed up.</source>
        <translation>Un elemento es demasiado grande para incluirlo en la copia de seguridad.</translation>
    </message>
    <message>
        <source>Internal backup error (invalid state).</source>
        <translation>Error interno de la copia de seguridad (estado no válido).</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>No hay ningún perfil abierto.</translation>
    </message>
    <message>
        <source>There is nothing to back up yet: create an account or sign in first.</source>
        <translation>Todavía no hay nada que copiar: primero crea una cuenta o inicia sesión.</translation>
    </message>
    <message>
        <source>This profile already holds an account or messages. Confirm to add what the backup has; nothing in the profile will be removed.</source>
        <translation>Este perfil ya contiene una cuenta o mensajes. Confirma para añadir lo que contiene la copia de seguridad; no se eliminará nada del perfil.</translation>
    </message>
    <message>
        <source>This backup belongs to another account than this profile. Restore it into a new profile. Nothing was changed.</source>
        <translation>Esta copia de seguridad pertenece a una cuenta distinta de la de este perfil. Restáurala en un perfil nuevo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup decrypted correctly but holds data Sotto cannot use. Nothing was restored.</source>
        <translation>La copia de seguridad se ha descifrado correctamente, pero contiene datos que Sotto no puede usar. No se ha restaurado nada.</translation>
    </message>
    <message>
        <source>Your messages could not be read or saved on this computer. Nothing was changed.</source>
        <translation>No se han podido leer ni guardar tus mensajes en este ordenador. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept.</source>
        <translation>Cancelado. No se ha conservado nada.</translation>
    </message>
    <message>
        <source>The backup folder does not exist or cannot be written to.</source>
        <translation>La carpeta de copias de seguridad no existe o no se puede escribir en ella.</translation>
    </message>
    <message>
        <source>The saved backup passphrase could not be read: the keychain is locked or refused access. Unlock it, or turn automatic backups off and on again to set a new passphrase.</source>
        <translation>No se ha podido leer la frase de contraseña guardada de la copia de seguridad: el llavero está bloqueado o ha denegado el acceso. Desbloquéalo, o desactiva y vuelve a activar las copias de seguridad automáticas para establecer una nueva frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up %1 messages.</source>
        <translation>Se han guardado %1 mensajes en la copia de seguridad.</translation>
    </message>
    <message>
        <source>The automatic backup failed. %1 Sotto tries again at the next start.</source>
        <translation>La copia de seguridad automática ha fallado. %1 Sotto lo volverá a intentar en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with your account, keys, contacts and messages. It restores on another computer. Without its passphrase nobody can open it, not even you.</source>
        <translation>Una copia de seguridad es un único archivo cifrado con tu cuenta, tus claves, tus contactos y tus mensajes. Se puede restaurar en otro ordenador. Sin su frase de contraseña nadie puede abrirla, ni siquiera tú.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Use my own passphrase</source>
        <translation>Usar mi propia frase de contraseña</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Verify the last backup</source>
        <translation>Verificar la última copia de seguridad</translation>
    </message>
    <message>
        <source>Write this passphrase down and keep it somewhere safe. Sotto shows it only now.</source>
        <translation>Anota esta frase de contraseña y guárdala en un lugar seguro. Sotto solo la muestra ahora.</translation>
    </message>
    <message>
        <source>Backup passphrase: %1</source>
        <translation>Frase de contraseña de la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ya la he anotado</translation>
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
        <translation>Vuelve a escribir la frase de contraseña tal como la anotaste.</translation>
    </message>
    <message>
        <source>Backup passphrase, again</source>
        <translation>Frase de contraseña de la copia de seguridad, otra vez</translation>
    </message>
    <message>
        <source>That is not the passphrase shown before.</source>
        <translation>No es la frase de contraseña que se mostró antes.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Start backup</source>
        <translation>Iniciar copia de seguridad</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <source>Your backup passphrase</source>
        <translation>Tu frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>La misma otra vez</translation>
    </message>
    <message>
        <source>Your backup passphrase, again</source>
        <translation>Tu frase de contraseña de la copia de seguridad, otra vez</translation>
    </message>
    <message>
        <source>At least 16 characters, at least 6 of them different.</source>
        <translation>Al menos 16 caracteres, de los cuales al menos 6 distintos.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progreso de la copia de seguridad</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Cancelar la copia de seguridad</translation>
    </message>
    <message>
        <source>Last: %1 — %2</source>
        <translation>Última: %1 — %2</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aún no hay ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Restore into this profile…</source>
        <translation>Restaurar en este perfil…</translation>
    </message>
    <message>
        <source>Restore a backup into this profile</source>
        <translation>Restaurar una copia de seguridad en este perfil</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivadas</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diarias</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanales</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Conservar las últimas</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>Número de copias de seguridad automáticas que se conservan</translation>
    </message>
    <message>
        <source>An automatic backup is running…</source>
        <translation>Se está haciendo una copia de seguridad automática…</translation>
    </message>
    <message>
        <source>Last automatic backup: %1 — %2</source>
        <translation>Última copia de seguridad automática: %1 — %2</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad automática.</translation>
    </message>
    <message>
        <source>Only Sotto's own automatic backup files in the folder are ever deleted, the oldest first.</source>
        <translation>De la carpeta solo se eliminan los archivos de copia de seguridad automática del propio Sotto, primero los más antiguos.</translation>
    </message>
    <message>
        <source>Automatic backups use this passphrase. Sotto keeps it on this computer so that they run without asking; you need it to restore one.</source>
        <translation>Las copias de seguridad automáticas usan esta frase de contraseña. Sotto la guarda en este ordenador para que se hagan sin preguntar; la necesitas para restaurar una.</translation>
    </message>
    <message>
        <source>Restoring into this profile only adds what it is missing: messages, contacts and settings from the backup that are not here yet. Nothing in this profile is changed or deleted.</source>
        <translation>Restaurar en este perfil solo añade lo que falta: los mensajes, contactos y ajustes de la copia de seguridad que todavía no están aquí. No se cambia ni se elimina nada de este perfil.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>Archivo de copia de seguridad que restaurar</translation>
    </message>
    <message>
        <source>Passphrase of that backup</source>
        <translation>Frase de contraseña de esa copia de seguridad</translation>
    </message>
    <message>
        <source>Add what is missing</source>
        <translation>Añadir lo que falta</translation>
    </message>
</context>
<context>
    <name>BlockedContactsSection</name>
    <message>
        <source>Blocked and reported</source>
        <translation>Bloqueados y reportados</translation>
    </message>
    <message>
        <source>Drop messages from people who are not my contacts</source>
        <translation>Descartar los mensajes de personas que no están en mis contactos</translation>
    </message>
    <message>
        <source>When off, their first messages wait under Requests; they get no delivery or read receipts until you accept.</source>
        <translation>Si está desactivado, sus primeros mensajes esperan en Solicitudes; no reciben confirmaciones de entrega ni de lectura hasta que aceptes.</translation>
    </message>
    <message>
        <source>Nobody is blocked.</source>
        <translation>No hay nadie bloqueado.</translation>
    </message>
    <message numerus="yes">
        <source>Reported as %1 on %2, %n message(s) attached</source>
        <translation><numerusform>Reportado como %1 el %2, %n mensaje adjunto</numerusform><numerusform>Reportado como %1 el %2, %n mensajes adjuntos</numerusform></translation>
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
        <translation>otro</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Desbloquear a %1</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Sending is not available in this version of Sotto.</source>
        <translation>El envío no está disponible en esta versión de Sotto.</translation>
    </message>
    <message>
        <source>Review the changed safety number before sending.</source>
        <translation>Revisa el número de seguridad que ha cambiado antes de enviar.</translation>
    </message>
    <message>
        <source>Retrying is not available in this version of Sotto.</source>
        <translation>El reintento no está disponible en esta versión de Sotto.</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Cifrado de extremo a extremo</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>Número de seguridad</translation>
    </message>
    <message>
        <source>Show safety number</source>
        <translation>Mostrar número de seguridad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Detalles del contacto</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message numerus="yes">
        <source>Scroll to newest, %n new message(s)</source>
        <translation><numerusform>Ir al más reciente, %n mensaje nuevo</numerusform><numerusform>Ir al más reciente, %n mensajes nuevos</numerusform></translation>
    </message>
    <message>
        <source>Scroll to newest</source>
        <translation>Ir al más reciente</translation>
    </message>
    <message>
        <source>Choose a conversation, or start a new one with Ctrl+N.</source>
        <translation>Elige una conversación o empieza una nueva con Ctrl+N.</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>escribiendo…</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation>%1 está escribiendo</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write an encrypted message</source>
        <translation>Escribe un mensaje cifrado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Intro envía, Mayús+Intro inserta un salto de línea</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
</context>
<context>
    <name>ContactDetailsPage</name>
    <message>
        <source>(key not known yet)</source>
        <translation>(clave aún desconocida)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Detalles del contacto</translation>
    </message>
    <message>
        <source>Show safety number</source>
        <translation>Mostrar número de seguridad</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>No encryption devices are known for this contact yet.</source>
        <translation>Todavía no se conoce ningún dispositivo de cifrado de este contacto.</translation>
    </message>
    <message>
        <source>Device details are not available in this version of Sotto.</source>
        <translation>Los detalles de los dispositivos no están disponibles en esta versión de Sotto.</translation>
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
        <translation>De confianza (no verificado)</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>No es de confianza</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>Distrust</source>
        <translation>Desconfiar</translation>
    </message>
    <message>
        <source>Distrust device %1</source>
        <translation>Desconfiar del dispositivo %1</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiar</translation>
    </message>
    <message>
        <source>Trust device %1</source>
        <translation>Confiar en el dispositivo %1</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Huella digital %1</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloquear a %1</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <source>Remove %1 from contacts</source>
        <translation>Eliminar a %1 de los contactos</translation>
    </message>
    <message>
        <source>Blocking and removing contacts are not available in this version of Sotto.</source>
        <translation>Bloquear y eliminar contactos no está disponible en esta versión de Sotto.</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Desbloquear a %1</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Reportar…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Reportar a %1</translation>
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
        <translation>Ocultar el código QR del dispositivo %1</translation>
    </message>
    <message>
        <source>Show the QR code of device %1</source>
        <translation>Mostrar el código QR del dispositivo %1</translation>
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
        <translation><numerusform>%1, %n mensaje sin leer</numerusform><numerusform>%1, %n mensajes sin leer</numerusform></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijada</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Encontrado: %1</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Borrador: %1</translation>
    </message>
    <message>
        <source>Wants to message you</source>
        <translation>Quiere escribirte</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciada</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept message request from %1</source>
        <translation>Aceptar la solicitud de mensaje de %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Decline message request from %1</source>
        <translation>Rechazar la solicitud de mensaje de %1</translation>
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
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Nueva conversación (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Ajustes (Ctrl+,)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Reconnecting… messages will be sent when back online</source>
        <translation>Reconectando… los mensajes se enviarán cuando vuelvas a tener conexión</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Ninguna conversación coincide con «%1».</translation>
    </message>
    <message>
        <source>No conversations yet. Start one with +.</source>
        <translation>Aún no hay conversaciones. Empieza una con +.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivadas</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Dejar de fijar</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leída</translation>
    </message>
</context>
<context>
    <name>CryptoError</name>
    <message>
        <source>The message is damaged or was tampered with.</source>
        <translation>El mensaje está dañado o ha sido manipulado.</translation>
    </message>
    <message>
        <source>The message was already received.</source>
        <translation>El mensaje ya se había recibido.</translation>
    </message>
    <message>
        <source>Too many messages from this device were lost.</source>
        <translation>Se han perdido demasiados mensajes de este dispositivo.</translation>
    </message>
    <message>
        <source>There is no encrypted session with this device.</source>
        <translation>No hay ninguna sesión cifrada con este dispositivo.</translation>
    </message>
    <message>
        <source>The message uses a key this device no longer has.</source>
        <translation>El mensaje usa una clave que este dispositivo ya no tiene.</translation>
    </message>
    <message>
        <source>A key is not valid.</source>
        <translation>Una clave no es válida.</translation>
    </message>
    <message>
        <source>The device's key signature does not verify.</source>
        <translation>No se puede verificar la firma de la clave del dispositivo.</translation>
    </message>
    <message>
        <source>The device presented a different identity key.</source>
        <translation>El dispositivo ha presentado una clave de identidad distinta.</translation>
    </message>
    <message>
        <source>The message uses an old protocol version.</source>
        <translation>El mensaje usa una versión antigua del protocolo.</translation>
    </message>
    <message>
        <source>The message uses an unknown protocol version.</source>
        <translation>El mensaje usa una versión desconocida del protocolo.</translation>
    </message>
    <message>
        <source>The message belongs to an outdated session.</source>
        <translation>El mensaje pertenece a una sesión obsoleta.</translation>
    </message>
    <message>
        <source>The message carries no text.</source>
        <translation>El mensaje no contiene texto.</translation>
    </message>
    <message>
        <source>The message was not encrypted for this device.</source>
        <translation>El mensaje no se cifró para este dispositivo.</translation>
    </message>
    <message>
        <source>The key store could not be read or written.</source>
        <translation>No se ha podido leer ni escribir el almacén de claves.</translation>
    </message>
    <message>
        <source>Invalid argument.</source>
        <translation>Argumento no válido.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Memoria insuficiente.</translation>
    </message>
    <message>
        <source>Internal encryption error.</source>
        <translation>Error interno de cifrado.</translation>
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
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>KeychainLostPage</name>
    <message>
        <source>Sotto's key is missing from your keychain</source>
        <translation>Falta la clave de Sotto en tu llavero</translation>
    </message>
    <message>
        <source>Your messages are still on this computer, encrypted, and nothing has been deleted. But the key that opens them is no longer in your system's keychain. This can happen when the keychain was reset, when you use a different desktop session or keychain program, or after the computer was reinstalled.</source>
        <translation>Tus mensajes siguen cifrados en este ordenador y no se ha borrado nada. Pero la clave que los abre ya no está en el llavero de tu sistema. Esto puede ocurrir si se ha restablecido el llavero, si usas otra sesión de escritorio u otro programa de llavero, o después de reinstalar el ordenador.</translation>
    </message>
    <message>
        <source>Enter the recovery code you saved when you set up Sotto. Sotto will put the key back into the keychain.</source>
        <translation>Introduce el código de recuperación que guardaste al configurar Sotto. Sotto volverá a poner la clave en el llavero.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>This version of Sotto cannot use a recovery code yet.</source>
        <translation>Esta versión de Sotto todavía no puede usar un código de recuperación.</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Volver a probar el llavero</translation>
    </message>
    <message>
        <source>Use this after unlocking or restoring your keychain</source>
        <translation>Usa esta opción después de desbloquear o restaurar tu llavero</translation>
    </message>
    <message>
        <source>Restore with recovery code</source>
        <translation>Restaurar con el código de recuperación</translation>
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
        <translation>Idioma de Sotto</translation>
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
        <translation>Abriendo tus mensajes</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Their address</source>
        <translation>Dirección del contacto</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the conversation</source>
        <translation>Empezar la conversación</translation>
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
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Them</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>message could not be decrypted</source>
        <translation>no se ha podido descifrar el mensaje</translation>
    </message>
    <message>
        <source>This message could not be decrypted. Ask the sender to send it again; their app may need to refresh its keys.</source>
        <translation>No se ha podido descifrar este mensaje. Pide a quien lo envió que lo vuelva a enviar; puede que su aplicación tenga que actualizar sus claves.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Cifrado de extremo a extremo</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <source>From a device you have not verified</source>
        <translation>Desde un dispositivo que no has verificado</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Reintentar el envío</translation>
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
        <translation>Reportar…</translation>
    </message>
    <message>
        <source>Report this message</source>
        <translation>Reportar este mensaje</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Reintentar el envío</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Show a notification for new messages</source>
        <translation>Mostrar una notificación cuando lleguen mensajes nuevos</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Name and message</source>
        <translation>Nombre y mensaje</translation>
    </message>
    <message>
        <source>Name only</source>
        <translation>Solo el nombre</translation>
    </message>
    <message>
        <source>No name or message</source>
        <translation>Ni nombre ni mensaje</translation>
    </message>
    <message>
        <source>What notifications show</source>
        <translation>Qué muestran las notificaciones</translation>
    </message>
    <message>
        <source>Notifications can be read by anyone who sees your screen, also when it is locked. A message request only ever shows “New message request”.</source>
        <translation>Cualquiera que vea tu pantalla puede leer las notificaciones, también cuando está bloqueada. Una solicitud de mensaje solo muestra siempre «Nueva solicitud de mensaje».</translation>
    </message>
</context>
<context>
    <name>OwnDevicesSection</name>
    <message>
        <source>In use now</source>
        <translation>En uso ahora</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>Aún no visto</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Visto por última vez: %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Messages to you are encrypted for each of these devices. Remove one you no longer use.</source>
        <translation>Los mensajes que recibes se cifran para cada uno de estos dispositivos. Quita el que ya no uses.</translation>
    </message>
    <message>
        <source>No devices known yet.</source>
        <translation>Todavía no se conoce ningún dispositivo.</translation>
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
        <translation>Huella digital aún desconocida</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Huella digital: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove device %1</source>
        <translation>Quitar el dispositivo %1</translation>
    </message>
    <message>
        <source>Remove device %1?</source>
        <translation>¿Quitar el dispositivo %1?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your contacts stop encrypting new messages to it. If that device is still signed in, it adds itself back the next time it connects; sign out there first.</source>
        <translation>Tus contactos dejan de cifrar los mensajes nuevos para él. Si ese dispositivo sigue con la sesión iniciada, se volverá a añadir la próxima vez que se conecte; cierra primero la sesión en él.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Protect your messages with a passphrase</source>
        <translation>Protege tus mensajes con una frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock Sotto</source>
        <translation>Desbloquear Sotto</translation>
    </message>
    <message>
        <source>Sotto keeps your messages in an encrypted database. Normally its key is kept in your system's keychain, but this computer has no keychain that Sotto can use (for example no GNOME Keyring or KWallet is running). Sotto never stores the key unprotected, so please choose a passphrase instead. You will need it every time Sotto starts.</source>
        <translation>Sotto guarda tus mensajes en una base de datos cifrada. Normalmente su clave se guarda en el llavero de tu sistema, pero este ordenador no tiene ningún llavero que Sotto pueda usar (por ejemplo, no se está ejecutando GNOME Keyring ni KWallet). Sotto nunca guarda la clave sin protección, así que elige una frase de contraseña. La necesitarás cada vez que se inicie Sotto.</translation>
    </message>
    <message>
        <source>Your messages are protected by a passphrase. Enter it to open them.</source>
        <translation>Tus mensajes están protegidos con una frase de contraseña. Introdúcela para abrirlos.</translation>
    </message>
    <message>
        <source>Please use at least 8 characters; a few unusual words work well.</source>
        <translation>Usa al menos 8 caracteres; unas cuantas palabras poco comunes funcionan bien.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Las frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
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
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Send read receipts</source>
        <translation>Enviar confirmaciones de lectura</translation>
    </message>
    <message>
        <source>Contacts see when you have read their messages. That a message reached this computer is always confirmed.</source>
        <translation>Tus contactos ven cuándo has leído sus mensajes. Que un mensaje ha llegado a este ordenador se confirma siempre.</translation>
    </message>
    <message>
        <source>Send typing indicators</source>
        <translation>Enviar indicadores de escritura</translation>
    </message>
    <message>
        <source>Contacts see when you are typing to them. Your server sees it too: typing indicators are not end-to-end encrypted.</source>
        <translation>Tus contactos ven cuándo les estás escribiendo. Tu servidor también lo ve: los indicadores de escritura no están cifrados de extremo a extremo.</translation>
    </message>
    <message>
        <source>Trust new devices of my contacts until I verify them</source>
        <translation>Confiar en los dispositivos nuevos de mis contactos hasta que los verifique</translation>
    </message>
    <message>
        <source>When off, Sotto does not encrypt to a new device of a contact until you decide about it.</source>
        <translation>Si está desactivado, Sotto no cifra para un dispositivo nuevo de un contacto hasta que decidas sobre él.</translation>
    </message>
</context>
<context>
    <name>ProfileProblemPage</name>
    <message>
        <source>Sotto cannot open your messages</source>
        <translation>Sotto no puede abrir tus mensajes</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Save your recovery code</source>
        <translation>Guarda tu código de recuperación</translation>
    </message>
    <message>
        <source>If your keychain is reset or you forget your passphrase, this code is the only way to open your messages again. Write it down or store it in a password manager. Sotto will not show it again.</source>
        <translation>Si se restablece tu llavero u olvidas tu frase de contraseña, este código es la única forma de volver a abrir tus mensajes. Anótalo o guárdalo en un gestor de contraseñas. Sotto no volverá a mostrarlo.</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Código de recuperación: %1</translation>
    </message>
    <message>
        <source>I have saved my recovery code somewhere safe</source>
        <translation>He guardado mi código de recuperación en un lugar seguro</translation>
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
        <translation>Reportar a %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
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
        <translation>Otro</translation>
    </message>
    <message>
        <source>Messages to include (in plain text):</source>
        <translation>Mensajes que incluir (sin cifrar):</translation>
    </message>
    <message>
        <source>There are no messages from %1 to include.</source>
        <translation>No hay mensajes de %1 que incluir.</translation>
    </message>
    <message>
        <source>Include message: %1</source>
        <translation>Incluir mensaje: %1</translation>
    </message>
    <message>
        <source>No message will be attached.</source>
        <translation>No se adjuntará ningún mensaje.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked message(s) will be sent in plain text.</source>
        <translation><numerusform>%n mensaje marcado se enviará sin cifrar.</numerusform><numerusform>%n mensajes marcados se enviarán sin cifrar.</numerusform></translation>
    </message>
    <message>
        <source>The report goes to your server (%1) and %2 will be blocked. Nothing else leaves this device.</source>
        <translation>El reporte se envía a tu servidor (%1) y %2 quedará bloqueado. Nada más sale de este dispositivo.</translation>
    </message>
    <message>
        <source>Report and block</source>
        <translation>Reportar y bloquear</translation>
    </message>
    <message>
        <source>The message you chose is older than the last five from %1; only these can be attached.</source>
        <translation>El mensaje que elegiste es anterior a los cinco últimos de %1; solo esos se pueden adjuntar.</translation>
    </message>
</context>
<context>
    <name>RequestBar</name>
    <message>
        <source>Message request from %1</source>
        <translation>Solicitud de mensaje de %1</translation>
    </message>
    <message>
        <source>This address is not in your contacts. They will not know that you have seen their message until you accept. Links and images are not opened.</source>
        <translation>Esta dirección no está en tus contactos. No sabrán que has visto su mensaje hasta que aceptes. Los enlaces y las imágenes no se abren.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept message request from %1</source>
        <translation>Aceptar la solicitud de mensaje de %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete message request from %1</source>
        <translation>Eliminar la solicitud de mensaje de %1</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloquear a %1</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Reportar…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Reportar a %1</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase: the 30 digits Sotto showed you, or your own.</source>
        <translation>Elige el archivo de copia de seguridad y escribe su frase de contraseña: los 30 dígitos que te mostró Sotto, o la tuya propia.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>/path/to/sotto-backup.sottobackup</source>
        <translation>/ruta/a/sotto-backup.sottobackup</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progreso de la restauración</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Cancelar la restauración</translation>
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
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Block or report %1</source>
        <translation>Bloquear o reportar a %1</translation>
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
        <translation>Reportar…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Reportar a %1</translation>
    </message>
</context>
<context>
    <name>SafetyNumberBanner</name>
    <message>
        <source>Your safety number with %1 changed. This happens when they reinstall or add a device, but it could also mean someone is intercepting. Sending is paused until you review it.</source>
        <translation>Tu número de seguridad con %1 ha cambiado. Esto ocurre cuando tu contacto reinstala la aplicación o añade un dispositivo, pero también podría significar que alguien está interceptando la conversación. El envío queda en pausa hasta que lo revises.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Review safety number</source>
        <translation>Revisar número de seguridad</translation>
    </message>
</context>
<context>
    <name>SafetyNumberPage</name>
    <message>
        <source>This version of Sotto cannot record verification yet.</source>
        <translation>Esta versión de Sotto todavía no puede guardar la verificación.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Safety number with %1</source>
        <translation>Número de seguridad con %1</translation>
    </message>
    <message>
        <source>Compare these numbers with the ones %1 sees, in person or over a call you trust, or scan each other's code. If they match, nobody is reading along.</source>
        <translation>Compara estos números con los que ve %1, en persona o en una llamada de confianza, o escanea su código y deja que escanee el tuyo. Si coinciden, nadie más está leyendo.</translation>
    </message>
    <message>
        <source>The safety number is not available yet: Sotto needs this contact's encryption keys first.</source>
        <translation>El número de seguridad aún no está disponible: Sotto necesita primero las claves de cifrado de este contacto.</translation>
    </message>
    <message>
        <source>Safety number: %1</source>
        <translation>Número de seguridad: %1</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Verificado</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>Marcar como verificado</translation>
    </message>
    <message>
        <source>Accept without verifying</source>
        <translation>Aceptar sin verificar</translation>
    </message>
    <message>
        <source>Trust the new key now and compare the numbers later</source>
        <translation>Confiar ahora en la nueva clave y comparar los números más tarde</translation>
    </message>
    <message>
        <source>Clear verification</source>
        <translation>Quitar verificación</translation>
    </message>
    <message>
        <source>Compare by pasting their number</source>
        <translation>Comparar pegando su número</translation>
    </message>
    <message>
        <source>Their safety number</source>
        <translation>Número de seguridad del contacto</translation>
    </message>
    <message numerus="yes">
        <source>A safety number has 60 digits; this has %n.</source>
        <translation><numerusform>Un número de seguridad tiene 60 dígitos; este tiene %n.</numerusform><numerusform>Un número de seguridad tiene 60 dígitos; este tiene %n.</numerusform></translation>
    </message>
    <message>
        <source>The numbers match.</source>
        <translation>Los números coinciden.</translation>
    </message>
    <message>
        <source>The numbers do not match. Do not mark this contact as verified.</source>
        <translation>Los números no coinciden. No marques este contacto como verificado.</translation>
    </message>
    <message>
        <source>Sotto</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>Show the code for Sotto</source>
        <translation>Mostrar el código para Sotto</translation>
    </message>
    <message>
        <source>Other apps</source>
        <translation>Otras aplicaciones</translation>
    </message>
    <message>
        <source>Show the code for Conversations and other OMEMO apps</source>
        <translation>Mostrar el código para Conversations y otras aplicaciones OMEMO</translation>
    </message>
    <message>
        <source>Conversations, Dino or Gajim on their side scans this to verify this device.</source>
        <translation>Conversations, Dino o Gajim en su lado escanea esto para verificar este dispositivo.</translation>
    </message>
    <message>
        <source>Sotto on their side scans this to compare the safety number.</source>
        <translation>Sotto en su lado escanea esto para comparar el número de seguridad.</translation>
    </message>
    <message>
        <source>Paste the 60 digits or the link they sent you</source>
        <translation>Pega los 60 dígitos o el enlace que te enviaron</translation>
    </message>
    <message>
        <source>Check this code</source>
        <translation>Comprobar este código</translation>
    </message>
    <message>
        <source>Check the pasted code</source>
        <translation>Comprobar el código pegado</translation>
    </message>
</context>
<context>
    <name>ScannedCodeCheck</name>
    <message>
        <source>Reading the picture…</source>
        <translation>Leyendo la imagen…</translation>
    </message>
    <message>
        <source>This version of Sotto cannot check codes yet.</source>
        <translation>Esta versión de Sotto todavía no puede comprobar códigos.</translation>
    </message>
    <message>
        <source>The keys in this code match. The devices it names are verified.</source>
        <translation>Las claves de este código coinciden. Los dispositivos que nombra están verificados.</translation>
    </message>
    <message>
        <source>This code does not match the keys Sotto has for %1, so nothing was marked as verified. Ask them to show the code again; if it still differs, compare the safety number in person before you trust this conversation.</source>
        <translation>Este código no coincide con las claves que Sotto tiene de %1, así que no se ha marcado nada como verificado. Pide que te muestren el código otra vez; si sigue sin coincidir, comparad el número de seguridad en persona antes de confiar en esta conversación.</translation>
    </message>
    <message>
        <source>Sotto has not seen the devices in this code yet. Exchange a message with %1 first, then read the code again.</source>
        <translation>Sotto todavía no ha visto los dispositivos de este código. Intercambia primero un mensaje con %1 y luego vuelve a leer el código.</translation>
    </message>
    <message>
        <source>This code belongs to %1, not to %2. Nothing was changed.</source>
        <translation>Este código pertenece a %1, no a %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This is an XMPP link, but not a valid verification link. Nothing was changed.</source>
        <translation>Es un enlace XMPP, pero no un enlace de verificación válido. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Sign in first: Sotto needs your account to check codes.</source>
        <translation>Inicia sesión primero: Sotto necesita tu cuenta para comprobar códigos.</translation>
    </message>
    <message>
        <source>The codes match: nobody is reading along. You can mark %1 as verified.</source>
        <translation>Los códigos coinciden: nadie está leyendo tus mensajes. Puedes marcar a %1 como verificado.</translation>
    </message>
    <message>
        <source>The codes do not match. Do not mark %1 as verified. Make sure you scanned the code from their conversation with you; if the codes still differ, someone may be intercepting your messages.</source>
        <translation>Los códigos no coinciden. No marques a %1 como verificado. Asegúrate de haber escaneado el código de su conversación contigo; si los códigos siguen sin coincidir, puede que alguien esté interceptando vuestros mensajes.</translation>
    </message>
    <message>
        <source>The safety number is not available yet: Sotto needs this contact's encryption keys first.</source>
        <translation>El número de seguridad todavía no está disponible: Sotto necesita primero las claves de cifrado de este contacto.</translation>
    </message>
    <message>
        <source>This QR code is not a safety number or a verification link: it contains something else.</source>
        <translation>Este código QR no es un número de seguridad ni un enlace de verificación: contiene otra cosa.</translation>
    </message>
    <message>
        <source>Device %1: verified now</source>
        <translation>Dispositivo %1: verificado ahora</translation>
    </message>
    <message>
        <source>Device %1: already verified</source>
        <translation>Dispositivo %1: ya verificado</translation>
    </message>
    <message>
        <source>Device %1: the key does not match</source>
        <translation>Dispositivo %1: la clave no coincide</translation>
    </message>
    <message>
        <source>Device %1: not known yet</source>
        <translation>Dispositivo %1: aún desconocido</translation>
    </message>
    <message>
        <source>This file could not be opened as a picture.</source>
        <translation>No se ha podido abrir este archivo como imagen.</translation>
    </message>
    <message>
        <source>No QR code was found in this picture. Use a sharp picture that shows the whole code.</source>
        <translation>No se ha encontrado ningún código QR en esta imagen. Usa una imagen nítida que muestre el código completo.</translation>
    </message>
    <message>
        <source>Picture of their QR code</source>
        <translation>Imagen de su código QR</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Compare by their QR code</source>
        <translation>Comparar con su código QR</translation>
    </message>
    <message>
        <source>Open a picture or screenshot of the code they show (in Sotto, Conversations or another OMEMO app), or drop it here.</source>
        <translation>Abre una imagen o captura de pantalla del código que te muestran (en Sotto, Conversations u otra aplicación OMEMO), o suéltala aquí.</translation>
    </message>
    <message>
        <source>Open picture of their QR code…</source>
        <translation>Abrir imagen de su código QR…</translation>
    </message>
    <message>
        <source>Reading the picture</source>
        <translation>Leyendo la imagen</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>Marcar como verificado</translation>
    </message>
    <message>
        <source>Mark %1 as verified</source>
        <translation>Marcar a %1 como verificado</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Fingerprint of this device: %1</source>
        <translation>Huella digital de este dispositivo: %1</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
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
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Scan this with Conversations or another OMEMO app on your contact's phone to verify this device.</source>
        <translation>Escanea esto con Conversations u otra aplicación OMEMO en el teléfono de tu contacto para verificar este dispositivo.</translation>
    </message>
</context>
<context>
    <name>VerificationQrCode</name>
    <message>
        <source>QR code to scan with the other device</source>
        <translation>Código QR para escanear con el otro dispositivo</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Sotto</source>
        <translation>Te damos la bienvenida a Sotto</translation>
    </message>
    <message>
        <source>Sotto sends every message end-to-end encrypted (OMEMO) over XMPP, so you can talk to people using Conversations, Dino, Gajim and other XMPP apps. Your messages are stored encrypted on this computer.</source>
        <translation>Sotto envía cada mensaje cifrado de extremo a extremo (OMEMO) a través de XMPP, para que puedas hablar con personas que usan Conversations, Dino, Gajim y otras aplicaciones XMPP. Tus mensajes se guardan cifrados en este ordenador.</translation>
    </message>
    <message>
        <source>Create a new account</source>
        <translation>Crear una cuenta nueva</translation>
    </message>
    <message>
        <source>Registers a new address on an XMPP server you choose</source>
        <translation>Registra una dirección nueva en el servidor XMPP que elijas</translation>
    </message>
    <message>
        <source>Sign in with an existing XMPP account</source>
        <translation>Iniciar sesión con una cuenta XMPP existente</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Brings back an account, its keys and messages from a Sotto backup file</source>
        <translation>Recupera una cuenta, sus claves y sus mensajes desde un archivo de copia de seguridad de Sotto</translation>
    </message>
</context>
<context>
    <name>sotto</name>
    <message>
        <source>Sotto, a private messenger.</source>
        <translation>Sotto, una aplicación de mensajería privada.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Guardar una imagen de la ventana en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;directory&gt;.</source>
        <translation>Usar el perfil de &lt;directory&gt;.</translation>
    </message>
    <message>
        <source>Connect to &lt;host:port&gt; instead of looking up the server.</source>
        <translation>Conectarse a &lt;host:port&gt; en lugar de buscar el servidor.</translation>
    </message>
    <message>
        <source>Use TLS from the start (XEP-0368).</source>
        <translation>Usar TLS desde el principio (XEP-0368).</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 &lt;fingerprint&gt;.</source>
        <translation>Confiar en el certificado del servidor con esta huella SHA-256 &lt;fingerprint&gt;.</translation>
    </message>
</context>
<context>
    <name>sotto-cli</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>See above.</source>
        <translation>Ver arriba.</translation>
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
        <translation>Cliente sin interfaz gráfica de Sotto, para scripts y pruebas.

Comandos:
  account register JID [PASSWORD]   crear la cuenta (registro dentro de banda)
  account login JID [PASSWORD]      iniciar sesión en una cuenta existente
  account show                      cuenta, dispositivo y huella digital de este perfil
  contacts [add JID]                listar los contactos o añadir un contacto
  send JID TEXT                     enviar un mensaje cifrado con OMEMO
  listen [--count N] [--timeout S]  mostrar los mensajes entrantes
  history JID [--limit N]           mostrar los mensajes guardados, del más antiguo al más reciente
  devices [JID]                     dispositivos OMEMO (los nuestros si no se indica JID)
  trust JID DEVICE trusted|untrusted|verified
  safety-number JID                 el número de seguridad con un contacto
  fingerprint                       la huella digital OMEMO de este dispositivo
  requests                          solicitudes de mensaje (primeros mensajes de desconocidos)
  accept JID                        aceptar una solicitud: añadir el contacto
  block JID | unblock JID           bloquear en el servidor, para todos tus dispositivos
  blocked                           la lista de bloqueo (con lo que has reportado)
  report JID --reason spam|abuse|other [--include MESSAGE_ID...]
                                    reportar a tu servidor y bloquear; solo se envían
                                    los mensajes incluidos, sin cifrar

Copias de seguridad (el archivo de la frase de contraseña de la copia no es el --passphrase-file del perfil):
  backup create --out FILE --backup-passphrase-file F
  backup verify FILE --backup-passphrase-file F
  backup restore FILE --backup-passphrase-file F [--merge]
                                    en --profile DIR (nuevo, o --merge para añadir)

Sin PASSWORD se lee la primera línea de la entrada estándar.

Códigos de salida: 0 correcto, 1 uso incorrecto, 2 no se pudo abrir o desbloquear el perfil,
3 servidor inaccesible o credenciales rechazadas, 4 mensaje no enviado (p. ej., sin dispositivo OMEMO),
5 tiempo de espera agotado, 6 la cuenta, el contacto o el dispositivo no existe, 7 copia de seguridad no creada, verificada ni restaurada.</translation>
    </message>
    <message>
        <source>account: %1
device: %2
fingerprint: %3</source>
        <translation>cuenta: %1
dispositivo: %2
huella digital: %3</translation>
    </message>
    <message>
        <source>usage: account register|login JID [PASSWORD] | account show</source>
        <translation>uso: account register|login JID [PASSWORD] | account show</translation>
    </message>
    <message>
        <source>a password is needed (argument or first line of stdin)</source>
        <translation>se necesita una contraseña (como argumento o en la primera línea de la entrada estándar)</translation>
    </message>
    <message>
        <source>%1 messages, %2 conversations, %3 contacts, %4 sessions</source>
        <translation>%1 mensajes, %2 conversaciones, %3 contactos, %4 sesiones</translation>
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
        <translation>no se puede leer el archivo de la frase de contraseña de la copia de seguridad (--backup-passphrase-file)</translation>
    </message>
    <message>
        <source>backup written: %1 (%2, %3 bytes)</source>
        <translation>copia de seguridad escrita: %1 (%2, %3 bytes)</translation>
    </message>
    <message>
        <source>usage: backup verify FILE --backup-passphrase-file F</source>
        <translation>uso: backup verify FILE --backup-passphrase-file F</translation>
    </message>
    <message>
        <source>backup is intact: %1</source>
        <translation>la copia de seguridad está intacta: %1</translation>
    </message>
    <message>
        <source>usage: backup restore FILE --backup-passphrase-file F [--merge]</source>
        <translation>uso: backup restore FILE --backup-passphrase-file F [--merge]</translation>
    </message>
    <message>
        <source>restored %1 into this profile (%2)</source>
        <translation>%1 restaurado en este perfil (%2)</translation>
    </message>
    <message>
        <source>the account password could not be stored: sign in again</source>
        <translation>no se ha podido guardar la contraseña de la cuenta: vuelve a iniciar sesión</translation>
    </message>
    <message>
        <source>Profile directory (default: the user's Sotto profile).</source>
        <translation>Directorio del perfil (predeterminado: el perfil de Sotto del usuario).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIRECTORIO</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Mostrar un objeto JSON por línea.</translation>
    </message>
    <message>
        <source>File whose first line is the passphrase that protects the profile when there is no keychain.</source>
        <translation>Archivo cuya primera línea es la frase de contraseña que protege el perfil cuando no hay llavero.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Connect to HOST:PORT instead of looking the server up.</source>
        <translation>Conectarse a HOST:PORT en lugar de buscar el servidor.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>With --server: the port speaks TLS directly (no STARTTLS).</source>
        <translation>Con --server: el puerto habla TLS directamente (sin STARTTLS).</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 (hex).</source>
        <translation>Aceptar el certificado del servidor con este SHA-256 (hex).</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>Keychain service name (tests).</source>
        <translation>Nombre del servicio en el llavero (pruebas).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>cannot read the passphrase file</source>
        <translation>no se puede leer el archivo de la frase de contraseña</translation>
    </message>
    <message>
        <source>--server needs HOST:PORT</source>
        <translation>--server necesita HOST:PORT</translation>
    </message>
    <message>
        <source>me</source>
        <comment>the sender of your own messages</comment>
        <translation>yo</translation>
    </message>
    <message>
        <source>[could not decrypt: %1]</source>
        <translation>[no se ha podido descifrar: %1]</translation>
    </message>
    <message>
        <source>[NOT ENCRYPTED]</source>
        <translation>[SIN CIFRAR]</translation>
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
        <translation>%1 aceptado</translation>
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
        <translation><numerusform>(reportado como %1 el %2, %n mensaje adjunto)</numerusform><numerusform>(reportado como %1 el %2, %n mensajes adjuntos)</numerusform></translation>
    </message>
    <message>
        <source>usage: report JID --reason spam|abuse|other [--include MESSAGE_ID...]</source>
        <translation>uso: report JID --reason spam|abuse|other [--include MESSAGE_ID...]</translation>
    </message>
    <message numerus="yes">
        <source>reported %1 as %2 and blocked; %n message(s) attached</source>
        <translation><numerusform>%1 reportado como %2 y bloqueado; %n mensaje adjunto</numerusform><numerusform>%1 reportado como %2 y bloqueado; %n mensajes adjuntos</numerusform></translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
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
        <translation>orden desconocida: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Backend</name>
    <message>
        <source>Please enter a passphrase.</source>
        <translation>Introduce una frase de contraseña.</translation>
    </message>
    <message>
        <source>This version of Sotto cannot restore with a recovery code yet. Your messages are still on this computer; nothing was deleted.</source>
        <translation>Esta versión de Sotto todavía no puede restaurar con un código de recuperación. Tus mensajes siguen en este ordenador; no se ha borrado nada.</translation>
    </message>
    <message>
        <source>That recovery code does not open this profile.</source>
        <translation>Ese código de recuperación no abre este perfil.</translation>
    </message>
    <message>
        <source>The profile could not be opened.</source>
        <translation>No se ha podido abrir el perfil.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::BackupController</name>
    <message>
        <source>Backed up %1 messages.</source>
        <translation>Se han copiado %1 mensajes.</translation>
    </message>
    <message>
        <source>The backup is intact: %1 messages, %2 conversations.</source>
        <translation>La copia de seguridad está intacta: %1 mensajes, %2 conversaciones.</translation>
    </message>
    <message>
        <source>Restored %1 messages.</source>
        <translation>Se han restaurado %1 mensajes.</translation>
    </message>
    <message>
        <source>Automatic backups are on. Sotto keeps their passphrase on this computer (in the keychain, or encrypted in the profile) so that they run without asking.</source>
        <translation>Las copias de seguridad automáticas están activadas. Sotto guarda su frase de contraseña en este ordenador (en el llavero, o cifrada en el perfil) para que se hagan sin preguntar.</translation>
    </message>
    <message>
        <source>Another backup is running. Try again when it has finished.</source>
        <translation>Se está haciendo otra copia de seguridad. Vuelve a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Added what was missing from the backup; %1 items were already here.</source>
        <translation>Se ha añadido lo que faltaba de la copia de seguridad; %1 elementos ya estaban aquí.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LanguageController</name>
    <message>
        <source>System default (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::NotificationCenter</name>
    <message>
        <source>New message</source>
        <translation>Nuevo mensaje</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation><numerusform>%n mensaje nuevo</numerusform><numerusform>%n mensajes nuevos</numerusform></translation>
    </message>
    <message>
        <source>New message request</source>
        <translation>Nueva solicitud de mensaje</translation>
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
        <translation>No hay mensajes sin leer</translation>
    </message>
    <message numerus="yes">
        <source>%n unread messages</source>
        <translation><numerusform>%n mensaje sin leer</numerusform><numerusform>%n mensajes sin leer</numerusform></translation>
    </message>
</context>
<context>
    <name>sotto::ui::TrayMenu</name>
    <message>
        <source>Show Sotto</source>
        <translation>Mostrar Sotto</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
</TS>