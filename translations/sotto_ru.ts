<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountForm</name>
    <message>
        <source>Create an account</source>
        <translation>Создать аккаунт</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Pick an XMPP server (for example one you or a friend run, or a public one) and a user name. Your address will be name@server.</source>
        <translation>Выберите XMPP-сервер (например, ваш собственный, сервер друга или публичный) и имя пользователя. Ваш адрес будет иметь вид имя@сервер.</translation>
    </message>
    <message>
        <source>Enter your XMPP address and password. Sotto will publish its encryption keys for this device.</source>
        <translation>Введите ваш XMPP-адрес и пароль. Sotto опубликует свои ключи шифрования для этого устройства.</translation>
    </message>
    <message>
        <source>Please enter a server and a user name.</source>
        <translation>Введите сервер и имя пользователя.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 8 characters.</source>
        <translation>Выберите пароль длиной не менее 8 символов.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Please enter your full address, like name@example.org.</source>
        <translation>Введите полный адрес, например name@example.org.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Создать аккаунт</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Нет аккаунта</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Сменить пароль…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Сменить</translation>
    </message>
    <message>
        <source>The password of %1 changes on the server, for all your devices. Your other devices will ask for the new one.</source>
        <translation>Пароль %1 меняется на сервере — для всех ваших устройств. Остальные ваши устройства запросят новый пароль.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Используйте не менее %1 символов.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Пароль меняется</translation>
    </message>
    <message>
        <source>Your password is changed. Sotto keeps the new one on this computer.</source>
        <translation>Пароль изменён. Sotto хранит новый пароль на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>AppError</name>
    <message>
        <source>This profile is already open in another Sotto window.</source>
        <translation>Этот профиль уже открыт в другом окне Sotto.</translation>
    </message>
    <message>
        <source>No system keychain is available. Choose a passphrase to protect your messages on this computer.</source>
        <translation>Системная связка ключей недоступна. Придумайте парольную фразу, чтобы защитить ваши сообщения на этом компьютере.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects this profile.</source>
        <translation>Введите парольную фразу, которая защищает этот профиль.</translation>
    </message>
    <message>
        <source>That passphrase does not open this profile.</source>
        <translation>Эта парольная фраза не подходит к этому профилю.</translation>
    </message>
    <message>
        <source>The key to your messages is no longer in the system keychain. Restore it with your recovery code or a backup.</source>
        <translation>Ключа к вашим сообщениям больше нет в системной связке ключей. Восстановите его с помощью кода восстановления или резервной копии.</translation>
    </message>
    <message>
        <source>Your messages could not be read or saved on this computer.</source>
        <translation>Не удалось прочитать или сохранить ваши сообщения на этом компьютере.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Ни один профиль не открыт.</translation>
    </message>
    <message>
        <source>Create an account or sign in first.</source>
        <translation>Сначала создайте аккаунт или войдите.</translation>
    </message>
    <message>
        <source>This profile already belongs to another account.</source>
        <translation>Этот профиль уже принадлежит другому аккаунту.</translation>
    </message>
    <message>
        <source>That is not a valid address. It looks like name@example.org.</source>
        <translation>Это неверный адрес. Адрес выглядит так: name@example.org.</translation>
    </message>
    <message>
        <source>The account password could not be read from or saved to the keychain. Sign in again.</source>
        <translation>Не удалось прочитать пароль аккаунта из связки ключей или сохранить его туда. Войдите снова.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>Сервер недоступен. Проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted, so Sotto did not connect.</source>
        <translation>Сертификат сервера не является доверенным, поэтому Sotto не стал подключаться.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made. Sotto never connects without encryption.</source>
        <translation>Не удалось установить защищённое соединение с сервером. Sotto никогда не подключается без шифрования.</translation>
    </message>
    <message>
        <source>The address or password is wrong.</source>
        <translation>Неверный адрес или пароль.</translation>
    </message>
    <message>
        <source>That name is already taken on this server. Try another.</source>
        <translation>Это имя на этом сервере уже занято. Попробуйте другое.</translation>
    </message>
    <message>
        <source>The server did not allow creating the account.</source>
        <translation>Сервер не разрешил создать аккаунт.</translation>
    </message>
    <message>
        <source>The connection was lost. Sotto reconnects by itself; unsent messages wait.</source>
        <translation>Соединение потеряно. Sotto переподключится сам; неотправленные сообщения ждут отправки.</translation>
    </message>
    <message>
        <source>The server answered in a way Sotto does not understand.</source>
        <translation>Sotto не понимает ответ сервера.</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>Вы не в сети.</translation>
    </message>
    <message>
        <source>This contact's app does not support end-to-end encryption (OMEMO), so the message was not sent.</source>
        <translation>Приложение этого контакта не поддерживает сквозное шифрование (OMEMO), поэтому сообщение не отправлено.</translation>
    </message>
    <message>
        <source>None of this contact's devices is trusted. Review their devices before sending.</source>
        <translation>Ни одно из устройств этого контакта не является доверенным. Проверьте устройства контакта перед отправкой.</translation>
    </message>
    <message>
        <source>This contact's safety number changed. Verify it or accept the new key before sending.</source>
        <translation>Код безопасности этого контакта изменился. Подтвердите его или примите новый ключ перед отправкой.</translation>
    </message>
    <message>
        <source>The message could not be encrypted, so it was not sent.</source>
        <translation>Не удалось зашифровать сообщение, поэтому оно не отправлено.</translation>
    </message>
    <message>
        <source>That message no longer exists.</source>
        <translation>Этого сообщения больше не существует.</translation>
    </message>
    <message>
        <source>That device is not known for this contact.</source>
        <translation>Такое устройство у этого контакта неизвестно.</translation>
    </message>
    <message>
        <source>The current password is not right. Nothing was changed.</source>
        <translation>Текущий пароль неверен. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The new password is too short. Use at least 8 characters.</source>
        <translation>Новый пароль слишком короткий. Используйте не менее 8 символов.</translation>
    </message>
    <message>
        <source>The server did not accept the new password. Your password is unchanged.</source>
        <translation>Сервер не принял новый пароль. Ваш пароль не изменён.</translation>
    </message>
    <message>
        <source>This server does not allow changing the password from an app. Your password is unchanged.</source>
        <translation>Этот сервер не позволяет менять пароль из приложения. Ваш пароль не изменён.</translation>
    </message>
</context>
<context>
    <name>BackupError</name>
    <message>
        <source>The backup passphrase is wrong.</source>
        <translation>Неверная парольная фраза резервной копии.</translation>
    </message>
    <message>
        <source>This file is not a Sotto backup.</source>
        <translation>Этот файл не является резервной копией Sotto.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Sotto. Update Sotto to restore it.</source>
        <translation>Эта резервная копия создана более новой версией Sotto. Обновите Sotto, чтобы восстановить её.</translation>
    </message>
    <message>
        <source>This backup uses key derivation settings this version of Sotto does not accept.</source>
        <translation>В этой резервной копии используются параметры формирования ключа, которые эта версия Sotto не принимает.</translation>
    </message>
    <message>
        <source>The backup file is incomplete: it ends too early (was the copy interrupted?).</source>
        <translation>Файл резервной копии неполон: он обрывается раньше времени (копирование было прервано?).</translation>
    </message>
    <message>
        <source>The backup file is damaged or was modified: its contents do not authenticate.</source>
        <translation>Файл резервной копии повреждён или изменён: его содержимое не проходит проверку подлинности.</translation>
    </message>
    <message>
        <source>The backup file is damaged: parts of it are missing or out of order.</source>
        <translation>Файл резервной копии повреждён: части файла отсутствуют или идут не по порядку.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the backup key from the passphrase.</source>
        <translation>Недостаточно памяти, чтобы получить ключ резервной копии из парольной фразы.</translation>
    </message>
    <message>
        <source>The backup could not be written (disk full or not writable). No partial backup was left behind.</source>
        <translation>Не удалось записать резервную копию (диск заполнен или недоступен для записи). Неполной резервной копии не осталось.</translation>
    </message>
    <message>
        <source>The backup file could not be opened or read.</source>
        <translation>Не удалось открыть или прочитать файл резервной копии.</translation>
    </message>
    <message>
        <source>This passphrase is too short: use at least 16 characters with at least 6 different ones, or the generated passphrase.</source>
        <translation>Парольная фраза слишком короткая: используйте не менее 16 символов, среди которых не менее 6 разных, или сгенерированную парольную фразу.</translation>
    </message>
    <message>
        <source>An item is too large to be backed up.</source>
        <translation>Элемент слишком велик для резервного копирования.</translation>
    </message>
    <message>
        <source>Internal backup error (invalid state).</source>
        <translation>Внутренняя ошибка резервного копирования (недопустимое состояние).</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Ни один профиль не открыт.</translation>
    </message>
    <message>
        <source>There is nothing to back up yet: create an account or sign in first.</source>
        <translation>Пока нечего сохранять: сначала создайте аккаунт или войдите в него.</translation>
    </message>
    <message>
        <source>This profile already holds an account or messages. Confirm to add what the backup has; nothing in the profile will be removed.</source>
        <translation>В этом профиле уже есть аккаунт или сообщения. Подтвердите, чтобы добавить содержимое резервной копии; из профиля ничего не будет удалено.</translation>
    </message>
    <message>
        <source>This backup belongs to another account than this profile. Restore it into a new profile. Nothing was changed.</source>
        <translation>Эта резервная копия принадлежит другому аккаунту, а не аккаунту этого профиля. Восстановите её в новый профиль. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup decrypted correctly but holds data Sotto cannot use. Nothing was restored.</source>
        <translation>Резервная копия успешно расшифрована, но содержит данные, которые Sotto не может использовать. Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>Your messages could not be read or saved on this computer. Nothing was changed.</source>
        <translation>Не удалось прочитать или сохранить ваши сообщения на этом компьютере. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept.</source>
        <translation>Отменено. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The backup folder does not exist or cannot be written to.</source>
        <translation>Папка для резервных копий не существует или недоступна для записи.</translation>
    </message>
    <message>
        <source>The saved backup passphrase could not be read: the keychain is locked or refused access. Unlock it, or turn automatic backups off and on again to set a new passphrase.</source>
        <translation>Не удалось прочитать сохранённую парольную фразу резервной копии: связка ключей заблокирована или отказала в доступе. Разблокируйте её или выключите и снова включите автоматическое резервное копирование, чтобы задать новую парольную фразу.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up %1 messages.</source>
        <translation>Сохранено сообщений: %1.</translation>
    </message>
    <message>
        <source>The automatic backup failed. %1 Sotto tries again at the next start.</source>
        <translation>Автоматическое резервное копирование не удалось. %1 Sotto попробует снова при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with your account, keys, contacts and messages. It restores on another computer. Without its passphrase nobody can open it, not even you.</source>
        <translation>Резервная копия — это один зашифрованный файл с вашим аккаунтом, ключами, контактами и сообщениями. Её можно восстановить на другом компьютере. Без её парольной фразы никто не сможет её открыть, даже вы.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <source>Use my own passphrase</source>
        <translation>Использовать свою парольную фразу</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Verify the last backup</source>
        <translation>Проверить последнюю резервную копию</translation>
    </message>
    <message>
        <source>Write this passphrase down and keep it somewhere safe. Sotto shows it only now.</source>
        <translation>Запишите эту парольную фразу и храните её в надёжном месте. Sotto показывает её только сейчас.</translation>
    </message>
    <message>
        <source>Backup passphrase: %1</source>
        <translation>Парольная фраза резервной копии: %1</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Фраза записана</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Type the passphrase again, from what you wrote down.</source>
        <translation>Введите парольную фразу ещё раз — так, как вы её записали.</translation>
    </message>
    <message>
        <source>Backup passphrase, again</source>
        <translation>Парольная фраза резервной копии, повторно</translation>
    </message>
    <message>
        <source>That is not the passphrase shown before.</source>
        <translation>Это не та парольная фраза, которая была показана.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Start backup</source>
        <translation>Начать резервное копирование</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ваша парольная фраза</translation>
    </message>
    <message>
        <source>Your backup passphrase</source>
        <translation>Ваша парольная фраза для резервной копии</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Ещё раз ту же</translation>
    </message>
    <message>
        <source>Your backup passphrase, again</source>
        <translation>Ваша парольная фраза для резервной копии, повторно</translation>
    </message>
    <message>
        <source>At least 16 characters, at least 6 of them different.</source>
        <translation>Не менее 16 символов, среди которых не менее 6 разных.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Ход резервного копирования</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Отменить резервное копирование</translation>
    </message>
    <message>
        <source>Last: %1 — %2</source>
        <translation>Последняя: %1 — %2</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <source>Restore into this profile…</source>
        <translation>Восстановить в этот профиль…</translation>
    </message>
    <message>
        <source>Restore a backup into this profile</source>
        <translation>Восстановить резервную копию в этот профиль</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматическое резервное копирование</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Хранить последние</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>Сколько автоматических резервных копий хранить</translation>
    </message>
    <message>
        <source>An automatic backup is running…</source>
        <translation>Идёт автоматическое резервное копирование…</translation>
    </message>
    <message>
        <source>Last automatic backup: %1 — %2</source>
        <translation>Последняя автоматическая резервная копия: %1 — %2</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Автоматических резервных копий пока нет.</translation>
    </message>
    <message>
        <source>Only Sotto's own automatic backup files in the folder are ever deleted, the oldest first.</source>
        <translation>Из папки удаляются только собственные файлы автоматических резервных копий Sotto, начиная с самых старых.</translation>
    </message>
    <message>
        <source>Automatic backups use this passphrase. Sotto keeps it on this computer so that they run without asking; you need it to restore one.</source>
        <translation>Автоматическое резервное копирование использует эту парольную фразу. Sotto хранит её на этом компьютере, чтобы копии создавались без вопросов; она понадобится вам для восстановления.</translation>
    </message>
    <message>
        <source>Restoring into this profile only adds what it is missing: messages, contacts and settings from the backup that are not here yet. Nothing in this profile is changed or deleted.</source>
        <translation>Восстановление в этот профиль только добавляет недостающее: сообщения, контакты и настройки из резервной копии, которых здесь ещё нет. Ничего в этом профиле не изменяется и не удаляется.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>Файл резервной копии для восстановления</translation>
    </message>
    <message>
        <source>Passphrase of that backup</source>
        <translation>Парольная фраза этой резервной копии</translation>
    </message>
    <message>
        <source>Add what is missing</source>
        <translation>Добавить недостающее</translation>
    </message>
</context>
<context>
    <name>BlockedContactsSection</name>
    <message>
        <source>Blocked and reported</source>
        <translation>Блокировки и жалобы</translation>
    </message>
    <message>
        <source>Drop messages from people who are not my contacts</source>
        <translation>Отклонять сообщения от людей, которых нет в моих контактах</translation>
    </message>
    <message>
        <source>When off, their first messages wait under Requests; they get no delivery or read receipts until you accept.</source>
        <translation>Если выключено, их первые сообщения ждут в разделе «Запросы»; они не получают уведомлений о доставке или прочтении, пока вы не примете запрос.</translation>
    </message>
    <message>
        <source>Nobody is blocked.</source>
        <translation>Никто не заблокирован.</translation>
    </message>
    <message numerus="yes">
        <source>Reported as %1 on %2, %n message(s) attached</source>
        <translation><numerusform>Жалоба (%1), %2, приложено %n сообщение</numerusform><numerusform>Жалоба (%1), %2, приложено %n сообщения</numerusform><numerusform>Жалоба (%1), %2, приложено %n сообщений</numerusform></translation>
    </message>
    <message>
        <source>spam</source>
        <translation>спам</translation>
    </message>
    <message>
        <source>abuse</source>
        <translation>оскорбления</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Разблокировать %1</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Sending is not available in this version of Sotto.</source>
        <translation>Отправка недоступна в этой версии Sotto.</translation>
    </message>
    <message>
        <source>Review the changed safety number before sending.</source>
        <translation>Перед отправкой проверьте изменившийся код безопасности.</translation>
    </message>
    <message>
        <source>Retrying is not available in this version of Sotto.</source>
        <translation>Повторная отправка недоступна в этой версии Sotto.</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Сквозное шифрование</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>Код безопасности</translation>
    </message>
    <message>
        <source>Show safety number</source>
        <translation>Показать код безопасности</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Сведения о контакте</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message numerus="yes">
        <source>Scroll to newest, %n new message(s)</source>
        <translation><numerusform>Прокрутить к новым, %n новое сообщение</numerusform><numerusform>Прокрутить к новым, %n новых сообщения</numerusform><numerusform>Прокрутить к новым, %n новых сообщений</numerusform></translation>
    </message>
    <message>
        <source>Scroll to newest</source>
        <translation>Прокрутить к новым</translation>
    </message>
    <message>
        <source>Choose a conversation, or start a new one with Ctrl+N.</source>
        <translation>Выберите беседу или начните новую с помощью Ctrl+N.</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>печатает…</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation>%1 печатает</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write an encrypted message</source>
        <translation>Напишите зашифрованное сообщение</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter — отправить, Shift+Enter — новая строка</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Отправить сообщение</translation>
    </message>
</context>
<context>
    <name>ContactDetailsPage</name>
    <message>
        <source>(key not known yet)</source>
        <translation>(ключ пока неизвестен)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Сведения о контакте</translation>
    </message>
    <message>
        <source>Show safety number</source>
        <translation>Показать код безопасности</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>No encryption devices are known for this contact yet.</source>
        <translation>Для этого контакта пока не известно ни одного устройства с шифрованием.</translation>
    </message>
    <message>
        <source>Device details are not available in this version of Sotto.</source>
        <translation>Сведения об устройствах недоступны в этой версии Sotto.</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Устройство %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Trusted (not verified)</source>
        <translation>Доверенное (не подтверждено)</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Недоверенное</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Решение не принято</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивно</translation>
    </message>
    <message>
        <source>Distrust</source>
        <translation>Не доверять</translation>
    </message>
    <message>
        <source>Distrust device %1</source>
        <translation>Не доверять устройству %1</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Доверять</translation>
    </message>
    <message>
        <source>Trust device %1</source>
        <translation>Доверять устройству %1</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Отпечаток %1</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Заблокировать %1</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Удалить контакт</translation>
    </message>
    <message>
        <source>Remove %1 from contacts</source>
        <translation>Удалить %1 из контактов</translation>
    </message>
    <message>
        <source>Blocking and removing contacts are not available in this version of Sotto.</source>
        <translation>Блокировка и удаление контактов недоступны в этой версии Sotto.</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Разблокировать %1</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Пожаловаться…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Пожаловаться на %1</translation>
    </message>
    <message>
        <source>Hide QR code</source>
        <translation>Скрыть QR-код</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <source>Hide the QR code of device %1</source>
        <translation>Скрыть QR-код устройства %1</translation>
    </message>
    <message>
        <source>Show the QR code of device %1</source>
        <translation>Показать QR-код устройства %1</translation>
    </message>
    <message>
        <source>Device %1 of %2</source>
        <translation>Устройство %1 контакта %2</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation><numerusform>%1, %n непрочитанное сообщение</numerusform><numerusform>%1, %n непрочитанных сообщения</numerusform><numerusform>%1, %n непрочитанных сообщений</numerusform></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Закреплено</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Черновик: %1</translation>
    </message>
    <message>
        <source>Wants to message you</source>
        <translation>Хочет написать вам</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Вы: %1</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>без звука</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Accept message request from %1</source>
        <translation>Принять запрос на переписку от %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Decline message request from %1</source>
        <translation>Отклонить запрос на переписку от %1</translation>
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
        <translation>Новая беседа</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Новая беседа (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Настройки (Ctrl+,)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Reconnecting… messages will be sent when back online</source>
        <translation>Переподключение… сообщения будут отправлены, когда связь восстановится</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Поиск по беседам</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Нет бесед, соответствующих «%1».</translation>
    </message>
    <message>
        <source>No conversations yet. Start one with +.</source>
        <translation>Бесед пока нет. Начните новую кнопкой +.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показать архив</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Включить звук</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Отключить звук</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Вернуть из архива</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Отметить как прочитанное</translation>
    </message>
</context>
<context>
    <name>CryptoError</name>
    <message>
        <source>The message is damaged or was tampered with.</source>
        <translation>Сообщение повреждено или подменено.</translation>
    </message>
    <message>
        <source>The message was already received.</source>
        <translation>Это сообщение уже было получено.</translation>
    </message>
    <message>
        <source>Too many messages from this device were lost.</source>
        <translation>Потеряно слишком много сообщений с этого устройства.</translation>
    </message>
    <message>
        <source>There is no encrypted session with this device.</source>
        <translation>Нет зашифрованного сеанса с этим устройством.</translation>
    </message>
    <message>
        <source>The message uses a key this device no longer has.</source>
        <translation>Сообщение зашифровано ключом, которого на этом устройстве больше нет.</translation>
    </message>
    <message>
        <source>A key is not valid.</source>
        <translation>Ключ недействителен.</translation>
    </message>
    <message>
        <source>The device's key signature does not verify.</source>
        <translation>Подпись ключа устройства не проходит проверку.</translation>
    </message>
    <message>
        <source>The device presented a different identity key.</source>
        <translation>Устройство предъявило другой ключ идентичности.</translation>
    </message>
    <message>
        <source>The message uses an old protocol version.</source>
        <translation>Сообщение использует старую версию протокола.</translation>
    </message>
    <message>
        <source>The message uses an unknown protocol version.</source>
        <translation>Сообщение использует неизвестную версию протокола.</translation>
    </message>
    <message>
        <source>The message belongs to an outdated session.</source>
        <translation>Сообщение относится к устаревшему сеансу.</translation>
    </message>
    <message>
        <source>The message carries no text.</source>
        <translation>Сообщение не содержит текста.</translation>
    </message>
    <message>
        <source>The message was not encrypted for this device.</source>
        <translation>Сообщение не было зашифровано для этого устройства.</translation>
    </message>
    <message>
        <source>The key store could not be read or written.</source>
        <translation>Не удалось прочитать или записать хранилище ключей.</translation>
    </message>
    <message>
        <source>Invalid argument.</source>
        <translation>Недопустимый аргумент.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Недостаточно памяти.</translation>
    </message>
    <message>
        <source>Internal encryption error.</source>
        <translation>Внутренняя ошибка шифрования.</translation>
    </message>
</context>
<context>
    <name>DeliveryStateIcon</name>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>KeychainLostPage</name>
    <message>
        <source>Sotto's key is missing from your keychain</source>
        <translation>Ключ Sotto пропал из связки ключей</translation>
    </message>
    <message>
        <source>Your messages are still on this computer, encrypted, and nothing has been deleted. But the key that opens them is no longer in your system's keychain. This can happen when the keychain was reset, when you use a different desktop session or keychain program, or after the computer was reinstalled.</source>
        <translation>Ваши сообщения по-прежнему на этом компьютере в зашифрованном виде, и ничего не удалено. Но ключа, который их открывает, больше нет в системной связке ключей. Так бывает, если связку ключей сбросили, если вы используете другой сеанс рабочего стола или другую программу для связки ключей, а также после переустановки системы на компьютере.</translation>
    </message>
    <message>
        <source>Enter the recovery code you saved when you set up Sotto. Sotto will put the key back into the keychain.</source>
        <translation>Введите код восстановления, который вы сохранили при настройке Sotto. Sotto вернёт ключ в связку ключей.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>This version of Sotto cannot use a recovery code yet.</source>
        <translation>Эта версия Sotto пока не умеет использовать код восстановления.</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Проверить связку ключей снова</translation>
    </message>
    <message>
        <source>Use this after unlocking or restoring your keychain</source>
        <translation>Используйте это после разблокировки или восстановления связки ключей</translation>
    </message>
    <message>
        <source>Restore with recovery code</source>
        <translation>Восстановить по коду восстановления</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Language of Sotto</source>
        <translation>Язык Sotto</translation>
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
        <translation>Открываем ваши сообщения</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <source>New conversation</source>
        <translation>Новая беседа</translation>
    </message>
    <message>
        <source>Their address</source>
        <translation>Адрес собеседника</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Start the conversation</source>
        <translation>Начать беседу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Them</source>
        <translation>Собеседник</translation>
    </message>
    <message>
        <source>message could not be decrypted</source>
        <translation>не удалось расшифровать сообщение</translation>
    </message>
    <message>
        <source>This message could not be decrypted. Ask the sender to send it again; their app may need to refresh its keys.</source>
        <translation>Не удалось расшифровать это сообщение. Попросите отправителя отправить его ещё раз; возможно, его приложению нужно обновить ключи.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Сквозное шифрование</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Не зашифровано</translation>
    </message>
    <message>
        <source>From a device you have not verified</source>
        <translation>С устройства, которое вы не подтвердили</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Повторить отправку</translation>
    </message>
</context>
<context>
    <name>MessageContextMenu</name>
    <message>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Пожаловаться…</translation>
    </message>
    <message>
        <source>Report this message</source>
        <translation>Пожаловаться на это сообщение</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Повторить отправку</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Show a notification for new messages</source>
        <translation>Показывать уведомление о новых сообщениях</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показывать</translation>
    </message>
    <message>
        <source>Name and message</source>
        <translation>Имя и сообщение</translation>
    </message>
    <message>
        <source>Name only</source>
        <translation>Только имя</translation>
    </message>
    <message>
        <source>No name or message</source>
        <translation>Без имени и сообщения</translation>
    </message>
    <message>
        <source>What notifications show</source>
        <translation>Что показывают уведомления</translation>
    </message>
    <message>
        <source>Notifications can be read by anyone who sees your screen, also when it is locked. A message request only ever shows “New message request”.</source>
        <translation>Уведомления может прочитать любой, кто видит ваш экран, даже заблокированный. Запрос на переписку всегда показывается только как «Новый запрос на переписку».</translation>
    </message>
</context>
<context>
    <name>OwnDevicesSection</name>
    <message>
        <source>In use now</source>
        <translation>Используется сейчас</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>Ещё не появлялось</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Последний раз: %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Messages to you are encrypted for each of these devices. Remove one you no longer use.</source>
        <translation>Сообщения вам шифруются для каждого из этих устройств. Удалите то, которым больше не пользуетесь.</translation>
    </message>
    <message>
        <source>No devices known yet.</source>
        <translation>Устройства пока не известны.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Это устройство</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Устройство %1</translation>
    </message>
    <message>
        <source>Fingerprint not known yet</source>
        <translation>Отпечаток пока не известен</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Отпечаток: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove device %1</source>
        <translation>Удалить устройство %1</translation>
    </message>
    <message>
        <source>Remove device %1?</source>
        <translation>Удалить устройство %1?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Your contacts stop encrypting new messages to it. If that device is still signed in, it adds itself back the next time it connects; sign out there first.</source>
        <translation>Ваши контакты перестанут шифровать для него новые сообщения. Если на том устройстве ещё выполнен вход, оно добавит себя снова при следующем подключении; сначала выйдите на нём.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Protect your messages with a passphrase</source>
        <translation>Защитите сообщения парольной фразой</translation>
    </message>
    <message>
        <source>Unlock Sotto</source>
        <translation>Разблокировать Sotto</translation>
    </message>
    <message>
        <source>Sotto keeps your messages in an encrypted database. Normally its key is kept in your system's keychain, but this computer has no keychain that Sotto can use (for example no GNOME Keyring or KWallet is running). Sotto never stores the key unprotected, so please choose a passphrase instead. You will need it every time Sotto starts.</source>
        <translation>Sotto хранит ваши сообщения в зашифрованной базе данных. Обычно её ключ хранится в системной связке ключей, но на этом компьютере нет связки ключей, которую Sotto может использовать (например, не запущены GNOME Keyring или KWallet). Sotto никогда не хранит ключ без защиты, поэтому придумайте парольную фразу. Она понадобится при каждом запуске Sotto.</translation>
    </message>
    <message>
        <source>Your messages are protected by a passphrase. Enter it to open them.</source>
        <translation>Ваши сообщения защищены парольной фразой. Введите её, чтобы открыть их.</translation>
    </message>
    <message>
        <source>Please use at least 8 characters; a few unusual words work well.</source>
        <translation>Используйте не менее 8 символов; хорошо подходят несколько необычных слов.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>Send read receipts</source>
        <translation>Отправлять уведомления о прочтении</translation>
    </message>
    <message>
        <source>Contacts see when you have read their messages. That a message reached this computer is always confirmed.</source>
        <translation>Контакты видят, когда вы прочитали их сообщения. Доставка сообщения на этот компьютер подтверждается всегда.</translation>
    </message>
    <message>
        <source>Send typing indicators</source>
        <translation>Отправлять индикатор набора текста</translation>
    </message>
    <message>
        <source>Contacts see when you are typing to them. Your server sees it too: typing indicators are not end-to-end encrypted.</source>
        <translation>Контакты видят, когда вы им пишете. Ваш сервер тоже это видит: индикатор набора текста не защищён сквозным шифрованием.</translation>
    </message>
    <message>
        <source>Trust new devices of my contacts until I verify them</source>
        <translation>Доверять новым устройствам моих контактов, пока я их не подтвержу</translation>
    </message>
    <message>
        <source>When off, Sotto does not encrypt to a new device of a contact until you decide about it.</source>
        <translation>Если выключено, Sotto не шифрует для нового устройства контакта, пока вы не примете решение.</translation>
    </message>
</context>
<context>
    <name>ProfileProblemPage</name>
    <message>
        <source>Sotto cannot open your messages</source>
        <translation>Sotto не может открыть ваши сообщения</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить попытку</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Save your recovery code</source>
        <translation>Сохраните код восстановления</translation>
    </message>
    <message>
        <source>If your keychain is reset or you forget your passphrase, this code is the only way to open your messages again. Write it down or store it in a password manager. Sotto will not show it again.</source>
        <translation>Если связку ключей сбросят или вы забудете парольную фразу, только этот код позволит снова открыть ваши сообщения. Запишите его или сохраните в менеджере паролей. Sotto больше не покажет его.</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Код восстановления: %1</translation>
    </message>
    <message>
        <source>I have saved my recovery code somewhere safe</source>
        <translation>Код восстановления сохранён в надёжном месте</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report %1</source>
        <translation>Пожаловаться на %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Почему?</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Спам</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>Оскорбления</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Messages to include (in plain text):</source>
        <translation>Сообщения, которые приложить (в открытом виде):</translation>
    </message>
    <message>
        <source>There are no messages from %1 to include.</source>
        <translation>Нет сообщений от %1, которые можно приложить.</translation>
    </message>
    <message>
        <source>Include message: %1</source>
        <translation>Приложить сообщение: %1</translation>
    </message>
    <message>
        <source>No message will be attached.</source>
        <translation>Сообщения не будут приложены.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked message(s) will be sent in plain text.</source>
        <translation><numerusform>%n отмеченное сообщение будет отправлено в открытом виде.</numerusform><numerusform>%n отмеченных сообщения будут отправлены в открытом виде.</numerusform><numerusform>%n отмеченных сообщений будет отправлено в открытом виде.</numerusform></translation>
    </message>
    <message>
        <source>The report goes to your server (%1) and %2 will be blocked. Nothing else leaves this device.</source>
        <translation>Жалоба будет отправлена на ваш сервер (%1), и адрес %2 будет заблокирован. Больше ничего не покидает это устройство.</translation>
    </message>
    <message>
        <source>Report and block</source>
        <translation>Пожаловаться и заблокировать</translation>
    </message>
    <message>
        <source>The message you chose is older than the last five from %1; only these can be attached.</source>
        <translation>Выбранное сообщение старше последних пяти от %1; приложить можно только их.</translation>
    </message>
</context>
<context>
    <name>RequestBar</name>
    <message>
        <source>Message request from %1</source>
        <translation>Запрос на переписку от %1</translation>
    </message>
    <message>
        <source>This address is not in your contacts. They will not know that you have seen their message until you accept. Links and images are not opened.</source>
        <translation>Этого адреса нет в ваших контактах. Отправитель не узнает, что вы видели его сообщение, пока вы не примете запрос. Ссылки и изображения не открываются.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Accept message request from %1</source>
        <translation>Принять запрос на переписку от %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete message request from %1</source>
        <translation>Удалить запрос на переписку от %1</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Заблокировать %1</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Пожаловаться…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Пожаловаться на %1</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase: the 30 digits Sotto showed you, or your own.</source>
        <translation>Выберите файл резервной копии и введите его парольную фразу: 30 цифр, которые показал вам Sotto, или вашу собственную.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>/path/to/sotto-backup.sottobackup</source>
        <translation>/путь/к/sotto-backup.sottobackup</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Ход восстановления</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Отменить восстановление</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>SafetyMenuButton</name>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Block or report %1</source>
        <translation>Заблокировать %1 или пожаловаться</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Пожаловаться…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Пожаловаться на %1</translation>
    </message>
</context>
<context>
    <name>SafetyNumberBanner</name>
    <message>
        <source>Your safety number with %1 changed. This happens when they reinstall or add a device, but it could also mean someone is intercepting. Sending is paused until you review it.</source>
        <translation>Ваш код безопасности с %1 изменился. Так бывает, когда собеседник переустанавливает приложение или добавляет устройство, но это также может означать, что кто-то перехватывает переписку. Отправка приостановлена, пока вы его не проверите.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Review safety number</source>
        <translation>Проверить код безопасности</translation>
    </message>
</context>
<context>
    <name>SafetyNumberPage</name>
    <message>
        <source>This version of Sotto cannot record verification yet.</source>
        <translation>Эта версия Sotto пока не умеет сохранять подтверждение.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Safety number with %1</source>
        <translation>Код безопасности с %1</translation>
    </message>
    <message>
        <source>Compare these numbers with the ones %1 sees, in person or over a call you trust, or scan each other's code. If they match, nobody is reading along.</source>
        <translation>Сравните эти цифры с теми, что видит %1, — лично или во время звонка, которому вы доверяете, — или отсканируйте коды друг друга. Если они совпадают, вашу переписку никто не читает.</translation>
    </message>
    <message>
        <source>The safety number is not available yet: Sotto needs this contact's encryption keys first.</source>
        <translation>Код безопасности пока недоступен: Sotto сначала нужны ключи шифрования этого контакта.</translation>
    </message>
    <message>
        <source>Safety number: %1</source>
        <translation>Код безопасности: %1</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Подтверждено</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Не подтверждено</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>Отметить как подтверждённый</translation>
    </message>
    <message>
        <source>Accept without verifying</source>
        <translation>Принять без проверки</translation>
    </message>
    <message>
        <source>Trust the new key now and compare the numbers later</source>
        <translation>Доверять новому ключу сейчас, а сравнить цифры позже</translation>
    </message>
    <message>
        <source>Clear verification</source>
        <translation>Снять подтверждение</translation>
    </message>
    <message>
        <source>Compare by pasting their number</source>
        <translation>Сравнить, вставив код собеседника</translation>
    </message>
    <message>
        <source>Their safety number</source>
        <translation>Код безопасности собеседника</translation>
    </message>
    <message numerus="yes">
        <source>A safety number has 60 digits; this has %n.</source>
        <translation><numerusform>Код безопасности состоит из 60 цифр, а здесь %n.</numerusform><numerusform>Код безопасности состоит из 60 цифр, а здесь %n.</numerusform><numerusform>Код безопасности состоит из 60 цифр, а здесь %n.</numerusform></translation>
    </message>
    <message>
        <source>The numbers match.</source>
        <translation>Цифры совпадают.</translation>
    </message>
    <message>
        <source>The numbers do not match. Do not mark this contact as verified.</source>
        <translation>Цифры не совпадают. Не отмечайте этот контакт как подтверждённый.</translation>
    </message>
    <message>
        <source>Sotto</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>Show the code for Sotto</source>
        <translation>Показать код для Sotto</translation>
    </message>
    <message>
        <source>Other apps</source>
        <translation>Другие приложения</translation>
    </message>
    <message>
        <source>Show the code for Conversations and other OMEMO apps</source>
        <translation>Показать код для Conversations и других OMEMO-приложений</translation>
    </message>
    <message>
        <source>Conversations, Dino or Gajim on their side scans this to verify this device.</source>
        <translation>Conversations, Dino или Gajim на их стороне сканирует этот код, чтобы подтвердить это устройство.</translation>
    </message>
    <message>
        <source>Sotto on their side scans this to compare the safety number.</source>
        <translation>Sotto на их стороне сканирует этот код, чтобы сравнить код безопасности.</translation>
    </message>
    <message>
        <source>Paste the 60 digits or the link they sent you</source>
        <translation>Вставьте 60 цифр или ссылку, которую вам прислали</translation>
    </message>
    <message>
        <source>Check this code</source>
        <translation>Проверить этот код</translation>
    </message>
    <message>
        <source>Check the pasted code</source>
        <translation>Проверить вставленный код</translation>
    </message>
</context>
<context>
    <name>ScannedCodeCheck</name>
    <message>
        <source>Reading the picture…</source>
        <translation>Чтение изображения…</translation>
    </message>
    <message>
        <source>This version of Sotto cannot check codes yet.</source>
        <translation>Эта версия Sotto пока не умеет проверять коды.</translation>
    </message>
    <message>
        <source>The keys in this code match. The devices it names are verified.</source>
        <translation>Ключи в этом коде совпадают. Указанные в нём устройства подтверждены.</translation>
    </message>
    <message>
        <source>This code does not match the keys Sotto has for %1, so nothing was marked as verified. Ask them to show the code again; if it still differs, compare the safety number in person before you trust this conversation.</source>
        <translation>Этот код не совпадает с ключами, которые есть у Sotto для %1, поэтому ничего не отмечено как подтверждённое. Попросите показать код ещё раз; если он снова не совпадёт, сравните код безопасности лично, прежде чем доверять этой переписке.</translation>
    </message>
    <message>
        <source>Sotto has not seen the devices in this code yet. Exchange a message with %1 first, then read the code again.</source>
        <translation>Sotto ещё не встречал устройства из этого кода. Сначала обменяйтесь сообщением с %1, затем прочитайте код снова.</translation>
    </message>
    <message>
        <source>This code belongs to %1, not to %2. Nothing was changed.</source>
        <translation>Этот код принадлежит %1, а не %2. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This is an XMPP link, but not a valid verification link. Nothing was changed.</source>
        <translation>Это ссылка XMPP, но не действительная ссылка для подтверждения. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Sign in first: Sotto needs your account to check codes.</source>
        <translation>Сначала войдите: Sotto нужен ваш аккаунт, чтобы проверять коды.</translation>
    </message>
    <message>
        <source>The codes match: nobody is reading along. You can mark %1 as verified.</source>
        <translation>Коды совпадают: никто не читает вашу переписку. Можно отметить %1 как подтверждённый контакт.</translation>
    </message>
    <message>
        <source>The codes do not match. Do not mark %1 as verified. Make sure you scanned the code from their conversation with you; if the codes still differ, someone may be intercepting your messages.</source>
        <translation>Коды не совпадают. Не отмечайте %1 как подтверждённый контакт. Убедитесь, что вы отсканировали код из его переписки с вами; если коды всё равно различаются, возможно, кто-то перехватывает ваши сообщения.</translation>
    </message>
    <message>
        <source>The safety number is not available yet: Sotto needs this contact's encryption keys first.</source>
        <translation>Код безопасности пока недоступен: Sotto сначала нужны ключи шифрования этого контакта.</translation>
    </message>
    <message>
        <source>This QR code is not a safety number or a verification link: it contains something else.</source>
        <translation>Этот QR-код не является ни кодом безопасности, ни ссылкой для подтверждения: в нём что-то другое.</translation>
    </message>
    <message>
        <source>Device %1: verified now</source>
        <translation>Устройство %1: теперь подтверждено</translation>
    </message>
    <message>
        <source>Device %1: already verified</source>
        <translation>Устройство %1: уже подтверждено</translation>
    </message>
    <message>
        <source>Device %1: the key does not match</source>
        <translation>Устройство %1: ключ не совпадает</translation>
    </message>
    <message>
        <source>Device %1: not known yet</source>
        <translation>Устройство %1: пока не известно</translation>
    </message>
    <message>
        <source>This file could not be opened as a picture.</source>
        <translation>Не удалось открыть этот файл как изображение.</translation>
    </message>
    <message>
        <source>No QR code was found in this picture. Use a sharp picture that shows the whole code.</source>
        <translation>На этом изображении не найден QR-код. Используйте чёткое изображение, на котором виден весь код.</translation>
    </message>
    <message>
        <source>Picture of their QR code</source>
        <translation>Изображение их QR-кода</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Compare by their QR code</source>
        <translation>Сравнить по их QR-коду</translation>
    </message>
    <message>
        <source>Open a picture or screenshot of the code they show (in Sotto, Conversations or another OMEMO app), or drop it here.</source>
        <translation>Откройте изображение или снимок экрана с кодом, который вам показывают (в Sotto, Conversations или другом OMEMO-приложении), или перетащите его сюда.</translation>
    </message>
    <message>
        <source>Open picture of their QR code…</source>
        <translation>Открыть изображение их QR-кода…</translation>
    </message>
    <message>
        <source>Reading the picture</source>
        <translation>Чтение изображения</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>Отметить как подтверждённое</translation>
    </message>
    <message>
        <source>Mark %1 as verified</source>
        <translation>Отметить %1 как подтверждённый контакт</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Это устройство</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <source>Fingerprint of this device: %1</source>
        <translation>Отпечаток этого устройства: %1</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Системная</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Scan this with Conversations or another OMEMO app on your contact's phone to verify this device.</source>
        <translation>Отсканируйте этот код в Conversations или другом OMEMO-приложении на телефоне контакта, чтобы подтвердить это устройство.</translation>
    </message>
</context>
<context>
    <name>VerificationQrCode</name>
    <message>
        <source>QR code to scan with the other device</source>
        <translation>QR-код для сканирования другим устройством</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Sotto</source>
        <translation>Добро пожаловать в Sotto</translation>
    </message>
    <message>
        <source>Sotto sends every message end-to-end encrypted (OMEMO) over XMPP, so you can talk to people using Conversations, Dino, Gajim and other XMPP apps. Your messages are stored encrypted on this computer.</source>
        <translation>Sotto отправляет каждое сообщение со сквозным шифрованием (OMEMO) через XMPP, поэтому вы можете общаться с людьми, которые пользуются Conversations, Dino, Gajim и другими XMPP-приложениями. Ваши сообщения хранятся на этом компьютере в зашифрованном виде.</translation>
    </message>
    <message>
        <source>Create a new account</source>
        <translation>Создать новый аккаунт</translation>
    </message>
    <message>
        <source>Registers a new address on an XMPP server you choose</source>
        <translation>Регистрирует новый адрес на выбранном вами XMPP-сервере</translation>
    </message>
    <message>
        <source>Sign in with an existing XMPP account</source>
        <translation>Войти с существующим XMPP-аккаунтом</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Brings back an account, its keys and messages from a Sotto backup file</source>
        <translation>Возвращает аккаунт, его ключи и сообщения из файла резервной копии Sotto</translation>
    </message>
</context>
<context>
    <name>sotto</name>
    <message>
        <source>Sotto, a private messenger.</source>
        <translation>Sotto — приватный мессенджер.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Сохранить снимок окна в &lt;file&gt; и выйти.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;directory&gt;.</source>
        <translation>Использовать профиль в &lt;directory&gt;.</translation>
    </message>
    <message>
        <source>Connect to &lt;host:port&gt; instead of looking up the server.</source>
        <translation>Подключиться к &lt;host:port&gt; вместо поиска сервера.</translation>
    </message>
    <message>
        <source>Use TLS from the start (XEP-0368).</source>
        <translation>Использовать TLS с самого начала (XEP-0368).</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 &lt;fingerprint&gt;.</source>
        <translation>Доверять сертификату сервера с отпечатком SHA-256 &lt;fingerprint&gt;.</translation>
    </message>
</context>
<context>
    <name>sotto-cli</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>See above.</source>
        <translation>См. выше.</translation>
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
        <translation>Консольный клиент Sotto для скриптов и тестов.

Команды:
  account register JID [PASSWORD]   создать аккаунт (внутриполосная регистрация)
  account login JID [PASSWORD]      войти в существующий аккаунт
  account show                      аккаунт, устройство и отпечаток этого профиля
  contacts [add JID]                показать список контактов или добавить контакт
  send JID TEXT                     отправить сообщение, зашифрованное OMEMO
  listen [--count N] [--timeout S]  выводить входящие сообщения
  history JID [--limit N]           вывести сохранённые сообщения, от старых к новым
  devices [JID]                     устройства OMEMO (без JID — наши)
  trust JID DEVICE trusted|untrusted|verified
  safety-number JID                 код безопасности с контактом
  fingerprint                       отпечаток OMEMO этого устройства
  requests                          запросы на переписку (первые сообщения от незнакомцев)
  accept JID                        принять запрос: добавить контакт
  block JID | unblock JID           заблокировать на сервере, для всех ваших устройств
  blocked                           список блокировки (с вашими жалобами)
  report JID --reason spam|abuse|other [--include MESSAGE_ID...]
                                    отправить жалобу вашему серверу и заблокировать;
                                    отправляются только указанные сообщения, в открытом виде

Резервные копии (файл парольной фразы резервной копии — не --passphrase-file профиля):
  backup create --out FILE --backup-passphrase-file F
  backup verify FILE --backup-passphrase-file F
  backup restore FILE --backup-passphrase-file F [--merge]
                                    в --profile DIR (новый или с --merge для добавления)

Без PASSWORD читается первая строка стандартного ввода.

Коды выхода: 0 — успех, 1 — ошибка использования, 2 — не удалось открыть или
разблокировать профиль, 3 — сервер недоступен или учётные данные отклонены,
4 — сообщение не отправлено (например, нет устройства OMEMO), 5 — тайм-аут, 6 — нет такого аккаунта, контакта или устройства, 7 — резервная копия не создана, не проверена или не восстановлена.</translation>
    </message>
    <message>
        <source>account: %1
device: %2
fingerprint: %3</source>
        <translation>аккаунт: %1
устройство: %2
отпечаток: %3</translation>
    </message>
    <message>
        <source>usage: account register|login JID [PASSWORD] | account show</source>
        <translation>использование: account register|login JID [PASSWORD] | account show</translation>
    </message>
    <message>
        <source>a password is needed (argument or first line of stdin)</source>
        <translation>нужен пароль (аргументом или первой строкой стандартного ввода)</translation>
    </message>
    <message>
        <source>%1 messages, %2 conversations, %3 contacts, %4 sessions</source>
        <translation>сообщений: %1, бесед: %2, контактов: %3, сеансов: %4</translation>
    </message>
    <message>
        <source>usage: backup create --out FILE --backup-passphrase-file F
       backup verify FILE --backup-passphrase-file F
       backup restore FILE --backup-passphrase-file F [--merge]</source>
        <translation>использование: backup create --out FILE --backup-passphrase-file F
               backup verify FILE --backup-passphrase-file F
               backup restore FILE --backup-passphrase-file F [--merge]</translation>
    </message>
    <message>
        <source>usage: backup create --out FILE --backup-passphrase-file F</source>
        <translation>использование: backup create --out FILE --backup-passphrase-file F</translation>
    </message>
    <message>
        <source>cannot read the backup passphrase file (--backup-passphrase-file)</source>
        <translation>не удалось прочитать файл парольной фразы резервной копии (--backup-passphrase-file)</translation>
    </message>
    <message>
        <source>backup written: %1 (%2, %3 bytes)</source>
        <translation>резервная копия записана: %1 (%2, байт: %3)</translation>
    </message>
    <message>
        <source>usage: backup verify FILE --backup-passphrase-file F</source>
        <translation>использование: backup verify FILE --backup-passphrase-file F</translation>
    </message>
    <message>
        <source>backup is intact: %1</source>
        <translation>резервная копия цела: %1</translation>
    </message>
    <message>
        <source>usage: backup restore FILE --backup-passphrase-file F [--merge]</source>
        <translation>использование: backup restore FILE --backup-passphrase-file F [--merge]</translation>
    </message>
    <message>
        <source>restored %1 into this profile (%2)</source>
        <translation>%1 восстановлен в этот профиль (%2)</translation>
    </message>
    <message>
        <source>the account password could not be stored: sign in again</source>
        <translation>не удалось сохранить пароль аккаунта: войдите снова</translation>
    </message>
    <message>
        <source>Profile directory (default: the user's Sotto profile).</source>
        <translation>Каталог профиля (по умолчанию: профиль Sotto текущего пользователя).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Выводить по одному JSON-объекту на строку.</translation>
    </message>
    <message>
        <source>File whose first line is the passphrase that protects the profile when there is no keychain.</source>
        <translation>Файл, первая строка которого — парольная фраза, защищающая профиль, если связки ключей нет.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Connect to HOST:PORT instead of looking the server up.</source>
        <translation>Подключиться к HOST:PORT вместо поиска сервера.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>With --server: the port speaks TLS directly (no STARTTLS).</source>
        <translation>С --server: порт сразу использует TLS (без STARTTLS).</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 (hex).</source>
        <translation>Принять сертификат сервера с этим SHA-256 (в шестнадцатеричном виде).</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>Keychain service name (tests).</source>
        <translation>Имя службы связки ключей (для тестов).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>cannot read the passphrase file</source>
        <translation>не удалось прочитать файл парольной фразы</translation>
    </message>
    <message>
        <source>--server needs HOST:PORT</source>
        <translation>для --server нужен HOST:PORT</translation>
    </message>
    <message>
        <source>me</source>
        <comment>the sender of your own messages</comment>
        <translation>я</translation>
    </message>
    <message>
        <source>[could not decrypt: %1]</source>
        <translation>[не удалось расшифровать: %1]</translation>
    </message>
    <message>
        <source>[NOT ENCRYPTED]</source>
        <translation>[НЕ ЗАШИФРОВАНО]</translation>
    </message>
    <message>
        <source>usage: send JID TEXT</source>
        <translation>использование: send JID TEXT</translation>
    </message>
    <message>
        <source>usage: history JID [--limit N]</source>
        <translation>использование: history JID [--limit N]</translation>
    </message>
    <message>
        <source>usage: requests</source>
        <translation>использование: requests</translation>
    </message>
    <message>
        <source>usage: accept JID</source>
        <translation>использование: accept JID</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>запрос %1 принят</translation>
    </message>
    <message>
        <source>usage: block JID</source>
        <translation>использование: block JID</translation>
    </message>
    <message>
        <source>usage: unblock JID</source>
        <translation>использование: unblock JID</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>%1 заблокирован</translation>
    </message>
    <message>
        <source>unblocked %1</source>
        <translation>%1 разблокирован</translation>
    </message>
    <message>
        <source>usage: blocked</source>
        <translation>использование: blocked</translation>
    </message>
    <message numerus="yes">
        <source>(reported as %1 on %2, %n message(s) attached)</source>
        <translation><numerusform>(жалоба: %1, %2, приложено %n сообщение)</numerusform><numerusform>(жалоба: %1, %2, приложено %n сообщения)</numerusform><numerusform>(жалоба: %1, %2, приложено %n сообщений)</numerusform></translation>
    </message>
    <message>
        <source>usage: report JID --reason spam|abuse|other [--include MESSAGE_ID...]</source>
        <translation>использование: report JID --reason spam|abuse|other [--include MESSAGE_ID...]</translation>
    </message>
    <message numerus="yes">
        <source>reported %1 as %2 and blocked; %n message(s) attached</source>
        <translation><numerusform>жалоба на %1 (%2) отправлена, контакт заблокирован; приложено %n сообщение</numerusform><numerusform>жалоба на %1 (%2) отправлена, контакт заблокирован; приложено %n сообщения</numerusform><numerusform>жалоба на %1 (%2) отправлена, контакт заблокирован; приложено %n сообщений</numerusform></translation>
    </message>
    <message>
        <source>active</source>
        <translation>активно</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивно</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(это устройство)</translation>
    </message>
    <message>
        <source>usage: trust JID DEVICE trusted|untrusted|verified</source>
        <translation>использование: trust JID DEVICE trusted|untrusted|verified</translation>
    </message>
    <message>
        <source>usage: safety-number JID</source>
        <translation>использование: safety-number JID</translation>
    </message>
    <message>
        <source>usage: contacts add JID</source>
        <translation>использование: contacts add JID</translation>
    </message>
    <message>
        <source>usage: contacts [add JID]</source>
        <translation>использование: contacts [add JID]</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>неизвестная команда: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Backend</name>
    <message>
        <source>Please enter a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>This version of Sotto cannot restore with a recovery code yet. Your messages are still on this computer; nothing was deleted.</source>
        <translation>Эта версия Sotto пока не умеет восстанавливать доступ по коду восстановления. Ваши сообщения по-прежнему на этом компьютере; ничего не удалено.</translation>
    </message>
    <message>
        <source>That recovery code does not open this profile.</source>
        <translation>Этот код восстановления не подходит к этому профилю.</translation>
    </message>
    <message>
        <source>The profile could not be opened.</source>
        <translation>Не удалось открыть профиль.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::BackupController</name>
    <message>
        <source>Backed up %1 messages.</source>
        <translation>Сохранено сообщений: %1.</translation>
    </message>
    <message>
        <source>The backup is intact: %1 messages, %2 conversations.</source>
        <translation>Резервная копия цела (сообщений: %1, бесед: %2).</translation>
    </message>
    <message>
        <source>Restored %1 messages.</source>
        <translation>Восстановлено сообщений: %1.</translation>
    </message>
    <message>
        <source>Automatic backups are on. Sotto keeps their passphrase on this computer (in the keychain, or encrypted in the profile) so that they run without asking.</source>
        <translation>Автоматическое резервное копирование включено. Sotto хранит его парольную фразу на этом компьютере (в связке ключей или в зашифрованном виде в профиле), чтобы копии создавались без вопросов.</translation>
    </message>
    <message>
        <source>Another backup is running. Try again when it has finished.</source>
        <translation>Выполняется другое резервное копирование. Попробуйте снова, когда оно завершится.</translation>
    </message>
    <message>
        <source>Added what was missing from the backup; %1 items were already here.</source>
        <translation>Недостающее добавлено из резервной копии; уже было здесь элементов: %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LanguageController</name>
    <message>
        <source>System default (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::NotificationCenter</name>
    <message>
        <source>New message</source>
        <translation>Новое сообщение</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation><numerusform>%n новое сообщение</numerusform><numerusform>%n новых сообщения</numerusform><numerusform>%n новых сообщений</numerusform></translation>
    </message>
    <message>
        <source>New message request</source>
        <translation>Новый запрос на переписку</translation>
    </message>
</context>
<context>
    <name>sotto::ui::NotificationDBus</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>sotto::ui::TrayIcon</name>
    <message>
        <source>No unread messages</source>
        <translation>Нет непрочитанных сообщений</translation>
    </message>
    <message numerus="yes">
        <source>%n unread messages</source>
        <translation><numerusform>%n непрочитанное сообщение</numerusform><numerusform>%n непрочитанных сообщения</numerusform><numerusform>%n непрочитанных сообщений</numerusform></translation>
    </message>
</context>
<context>
    <name>sotto::ui::TrayMenu</name>
    <message>
        <source>Show Sotto</source>
        <translation>Показать Sotto</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
</TS>