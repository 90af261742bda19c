<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountForm</name>
    <message>
        <source>Create an account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Pick an XMPP server (for example one you or a friend run, or a public one) and a user name. Your address will be name@server.</source>
        <translation>选择一个 XMPP 服务器（例如你自己或朋友运行的服务器，或公共服务器）和用户名。你的地址将是 用户名@服务器。</translation>
    </message>
    <message>
        <source>Enter your XMPP address and password. Sotto will publish its encryption keys for this device.</source>
        <translation>输入你的 XMPP 地址和密码。Sotto 将为此设备发布其加密密钥。</translation>
    </message>
    <message>
        <source>Please enter a server and a user name.</source>
        <translation>请输入服务器和用户名。</translation>
    </message>
    <message>
        <source>Please choose a password of at least 8 characters.</source>
        <translation>请选择至少 8 个字符的密码。</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Please enter your full address, like name@example.org.</source>
        <translation>请输入完整地址，例如 name@example.org。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>重复密码</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账号</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>没有账号</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>更改密码…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>The password of %1 changes on the server, for all your devices. Your other devices will ask for the new one.</source>
        <translation>%1 的密码会在服务器上更改，对你的所有设备生效。你的其他设备会要求输入新密码。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>请至少使用 %1 个字符。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>正在更改密码</translation>
    </message>
    <message>
        <source>Your password is changed. Sotto keeps the new one on this computer.</source>
        <translation>你的密码已更改。Sotto 会在这台电脑上保存新密码。</translation>
    </message>
</context>
<context>
    <name>AppError</name>
    <message>
        <source>This profile is already open in another Sotto window.</source>
        <translation>此配置文件已在另一个 Sotto 窗口中打开。</translation>
    </message>
    <message>
        <source>No system keychain is available. Choose a passphrase to protect your messages on this computer.</source>
        <translation>没有可用的系统密钥环。请选择一个密码短语来保护此电脑上的消息。</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects this profile.</source>
        <translation>请输入保护此配置文件的密码短语。</translation>
    </message>
    <message>
        <source>That passphrase does not open this profile.</source>
        <translation>该密码短语无法打开此配置文件。</translation>
    </message>
    <message>
        <source>The key to your messages is no longer in the system keychain. Restore it with your recovery code or a backup.</source>
        <translation>用于打开你消息的密钥已不在系统密钥环中。请使用恢复码或备份将其恢复。</translation>
    </message>
    <message>
        <source>Your messages could not be read or saved on this computer.</source>
        <translation>无法在此电脑上读取或保存你的消息。</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>没有打开的配置文件。</translation>
    </message>
    <message>
        <source>Create an account or sign in first.</source>
        <translation>请先创建账号或登录。</translation>
    </message>
    <message>
        <source>This profile already belongs to another account.</source>
        <translation>此配置文件已属于另一个账号。</translation>
    </message>
    <message>
        <source>That is not a valid address. It looks like name@example.org.</source>
        <translation>这不是有效的地址。地址形如 name@example.org。</translation>
    </message>
    <message>
        <source>The account password could not be read from or saved to the keychain. Sign in again.</source>
        <translation>无法从密钥环读取账号密码，或无法将其保存到密钥环。请重新登录。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>无法连接到服务器。请检查地址和网络连接。</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted, so Sotto did not connect.</source>
        <translation>服务器的证书不受信任，因此 Sotto 没有连接。</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made. Sotto never connects without encryption.</source>
        <translation>无法与服务器建立安全连接。Sotto 从不在未加密的情况下连接。</translation>
    </message>
    <message>
        <source>The address or password is wrong.</source>
        <translation>地址或密码错误。</translation>
    </message>
    <message>
        <source>That name is already taken on this server. Try another.</source>
        <translation>该名称在此服务器上已被占用。请换一个。</translation>
    </message>
    <message>
        <source>The server did not allow creating the account.</source>
        <translation>服务器不允许创建该账号。</translation>
    </message>
    <message>
        <source>The connection was lost. Sotto reconnects by itself; unsent messages wait.</source>
        <translation>连接已断开。Sotto 会自动重新连接；未发送的消息会等待发送。</translation>
    </message>
    <message>
        <source>The server answered in a way Sotto does not understand.</source>
        <translation>服务器返回了 Sotto 无法理解的响应。</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>你已离线。</translation>
    </message>
    <message>
        <source>This contact's app does not support end-to-end encryption (OMEMO), so the message was not sent.</source>
        <translation>该联系人的应用不支持端到端加密（OMEMO），因此消息未发送。</translation>
    </message>
    <message>
        <source>None of this contact's devices is trusted. Review their devices before sending.</source>
        <translation>该联系人的设备均不受信任。请在发送前检查其设备。</translation>
    </message>
    <message>
        <source>This contact's safety number changed. Verify it or accept the new key before sending.</source>
        <translation>该联系人的安全码已更改。请在发送前验证安全码或接受新密钥。</translation>
    </message>
    <message>
        <source>The message could not be encrypted, so it was not sent.</source>
        <translation>消息无法加密，因此未发送。</translation>
    </message>
    <message>
        <source>That message no longer exists.</source>
        <translation>该消息已不存在。</translation>
    </message>
    <message>
        <source>That device is not known for this contact.</source>
        <translation>该设备不是此联系人的已知设备。</translation>
    </message>
    <message>
        <source>The current password is not right. Nothing was changed.</source>
        <translation>当前密码不正确。未做任何更改。</translation>
    </message>
    <message>
        <source>The new password is too short. Use at least 8 characters.</source>
        <translation>新密码太短。请至少使用 8 个字符。</translation>
    </message>
    <message>
        <source>The server did not accept the new password. Your password is unchanged.</source>
        <translation>服务器未接受新密码。你的密码保持不变。</translation>
    </message>
    <message>
        <source>This server does not allow changing the password from an app. Your password is unchanged.</source>
        <translation>此服务器不允许在应用中更改密码。你的密码保持不变。</translation>
    </message>
</context>
<context>
    <name>BackupError</name>
    <message>
        <source>The backup passphrase is wrong.</source>
        <translation>备份密码短语错误。</translation>
    </message>
    <message>
        <source>This file is not a Sotto backup.</source>
        <translation>此文件不是 Sotto 备份。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Sotto. Update Sotto to restore it.</source>
        <translation>此备份由更新版本的 Sotto 创建。请更新 Sotto 后再恢复。</translation>
    </message>
    <message>
        <source>This backup uses key derivation settings this version of Sotto does not accept.</source>
        <translation>此备份使用的密钥派生设置不被此版本的 Sotto 接受。</translation>
    </message>
    <message>
        <source>The backup file is incomplete: it ends too early (was the copy interrupted?).</source>
        <translation>备份文件不完整：文件提前结束（复制是否被中断？）。</translation>
    </message>
    <message>
        <source>The backup file is damaged or was modified: its contents do not authenticate.</source>
        <translation>备份文件已损坏或被修改：其内容未通过验证。</translation>
    </message>
    <message>
        <source>The backup file is damaged: parts of it are missing or out of order.</source>
        <translation>备份文件已损坏：部分内容缺失或顺序错乱。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the backup key from the passphrase.</source>
        <translation>内存不足，无法从密码短语派生备份密钥。</translation>
    </message>
    <message>
        <source>The backup could not be written (disk full or not writable). No partial backup was left behind.</source>
        <translation>无法写入备份（磁盘已满或不可写）。未留下不完整的备份。</translation>
    </message>
    <message>
        <source>The backup file could not be opened or read.</source>
        <translation>无法打开或读取备份文件。</translation>
    </message>
    <message>
        <source>This passphrase is too short: use at least 16 characters with at least 6 different ones, or the generated passphrase.</source>
        <translation>此密码短语太短：请至少使用 16 个字符，其中至少有 6 个不同的字符，或使用生成的密码短语。</translation>
    </message>
    <message>
        <source>An item is too large to be backed up.</source>
        <translation>某个项目太大，无法备份。</translation>
    </message>
    <message>
        <source>Internal backup error (invalid state).</source>
        <translation>内部备份错误（无效状态）。</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>没有打开的配置文件。</translation>
    </message>
    <message>
        <source>There is nothing to back up yet: create an account or sign in first.</source>
        <translation>还没有可备份的内容：请先创建账号或登录。</translation>
    </message>
    <message>
        <source>This profile already holds an account or messages. Confirm to add what the backup has; nothing in the profile will be removed.</source>
        <translation>此配置文件已包含账号或消息。确认后将添加备份中的内容；配置文件中的任何内容都不会被删除。</translation>
    </message>
    <message>
        <source>This backup belongs to another account than this profile. Restore it into a new profile. Nothing was changed.</source>
        <translation>此备份属于另一个账号，而不是此配置文件的账号。请将其恢复到新的配置文件中。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup decrypted correctly but holds data Sotto cannot use. Nothing was restored.</source>
        <translation>备份已成功解密，但其中包含 Sotto 无法使用的数据。未恢复任何内容。</translation>
    </message>
    <message>
        <source>Your messages could not be read or saved on this computer. Nothing was changed.</source>
        <translation>无法在此电脑上读取或保存你的消息。未做任何更改。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept.</source>
        <translation>已取消。未保留任何内容。</translation>
    </message>
    <message>
        <source>The backup folder does not exist or cannot be written to.</source>
        <translation>备份文件夹不存在或无法写入。</translation>
    </message>
    <message>
        <source>The saved backup passphrase could not be read: the keychain is locked or refused access. Unlock it, or turn automatic backups off and on again to set a new passphrase.</source>
        <translation>无法读取已保存的备份密码短语：钥匙串已锁定或拒绝了访问。请将其解锁，或者关闭再重新开启自动备份以设置新的密码短语。</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up %1 messages.</source>
        <translation>已备份 %1 条消息。</translation>
    </message>
    <message>
        <source>The automatic backup failed. %1 Sotto tries again at the next start.</source>
        <translation>自动备份失败。%1 Sotto 会在下次启动时重试。</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with your account, keys, contacts and messages. It restores on another computer. Without its passphrase nobody can open it, not even you.</source>
        <translation>备份是一个加密文件，包含你的账号、密钥、联系人和消息，可以在另一台电脑上恢复。没有它的密码短语，任何人都无法打开它，包括你自己。</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Use my own passphrase</source>
        <translation>使用我自己的密码短语</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Verify the last backup</source>
        <translation>验证上一次备份</translation>
    </message>
    <message>
        <source>Write this passphrase down and keep it somewhere safe. Sotto shows it only now.</source>
        <translation>请写下此密码短语并妥善保管。Sotto 只会在此时显示它。</translation>
    </message>
    <message>
        <source>Backup passphrase: %1</source>
        <translation>备份密码短语：%1</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>我已写下</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Type the passphrase again, from what you wrote down.</source>
        <translation>请根据你写下的内容再次输入密码短语。</translation>
    </message>
    <message>
        <source>Backup passphrase, again</source>
        <translation>再次输入备份密码短语</translation>
    </message>
    <message>
        <source>That is not the passphrase shown before.</source>
        <translation>这不是之前显示的密码短语。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Start backup</source>
        <translation>开始备份</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>你的密码短语</translation>
    </message>
    <message>
        <source>Your backup passphrase</source>
        <translation>你的备份密码短语</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <source>Your backup passphrase, again</source>
        <translation>再次输入你的备份密码短语</translation>
    </message>
    <message>
        <source>At least 16 characters, at least 6 of them different.</source>
        <translation>至少 16 个字符，其中至少 6 个互不相同。</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>备份密码短语</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>备份进度</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>取消备份</translation>
    </message>
    <message>
        <source>Last: %1 — %2</source>
        <translation>上次：%1 — %2</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>Restore into this profile…</source>
        <translation>恢复到此配置文件…</translation>
    </message>
    <message>
        <source>Restore a backup into this profile</source>
        <translation>将备份恢复到此配置文件</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>保留最近</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>要保留的自动备份数量</translation>
    </message>
    <message>
        <source>An automatic backup is running…</source>
        <translation>正在进行自动备份…</translation>
    </message>
    <message>
        <source>Last automatic backup: %1 — %2</source>
        <translation>上次自动备份：%1 — %2</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>尚无自动备份。</translation>
    </message>
    <message>
        <source>Only Sotto's own automatic backup files in the folder are ever deleted, the oldest first.</source>
        <translation>文件夹中只会删除 Sotto 自己的自动备份文件，且从最旧的开始。</translation>
    </message>
    <message>
        <source>Automatic backups use this passphrase. Sotto keeps it on this computer so that they run without asking; you need it to restore one.</source>
        <translation>自动备份使用此密码短语。Sotto 会把它保存在这台电脑上，以便备份无需询问即可运行；恢复备份时你需要它。</translation>
    </message>
    <message>
        <source>Restoring into this profile only adds what it is missing: messages, contacts and settings from the backup that are not here yet. Nothing in this profile is changed or deleted.</source>
        <translation>恢复到此配置文件只会添加缺少的内容：备份中此处尚没有的消息、联系人和设置。此配置文件中的任何内容都不会被更改或删除。</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>要恢复的备份文件</translation>
    </message>
    <message>
        <source>Passphrase of that backup</source>
        <translation>该备份的密码短语</translation>
    </message>
    <message>
        <source>Add what is missing</source>
        <translation>添加缺少的内容</translation>
    </message>
</context>
<context>
    <name>BlockedContactsSection</name>
    <message>
        <source>Blocked and reported</source>
        <translation>已屏蔽和已举报</translation>
    </message>
    <message>
        <source>Drop messages from people who are not my contacts</source>
        <translation>丢弃非联系人发来的消息</translation>
    </message>
    <message>
        <source>When off, their first messages wait under Requests; they get no delivery or read receipts until you accept.</source>
        <translation>关闭时，他们的首条消息会在“请求”中等待；在你接受之前，他们不会收到送达回执或已读回执。</translation>
    </message>
    <message>
        <source>Nobody is blocked.</source>
        <translation>没有屏蔽任何人。</translation>
    </message>
    <message numerus="yes">
        <source>Reported as %1 on %2, %n message(s) attached</source>
        <translation><numerusform>已于 %2 举报（%1），附带 %n 条消息</numerusform></translation>
    </message>
    <message>
        <source>spam</source>
        <translation>垃圾消息</translation>
    </message>
    <message>
        <source>abuse</source>
        <translation>滥用</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>取消屏蔽</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>取消屏蔽 %1</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Sending is not available in this version of Sotto.</source>
        <translation>此版本的 Sotto 不支持发送。</translation>
    </message>
    <message>
        <source>Review the changed safety number before sending.</source>
        <translation>发送前请检查已更改的安全码。</translation>
    </message>
    <message>
        <source>Retrying is not available in this version of Sotto.</source>
        <translation>此版本的 Sotto 不支持重试。</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>端到端加密</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>安全码</translation>
    </message>
    <message>
        <source>Show safety number</source>
        <translation>显示安全码</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>联系人详情</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message numerus="yes">
        <source>Scroll to newest, %n new message(s)</source>
        <translation><numerusform>滚动到最新，%n 条新消息</numerusform></translation>
    </message>
    <message>
        <source>Scroll to newest</source>
        <translation>滚动到最新</translation>
    </message>
    <message>
        <source>Choose a conversation, or start a new one with Ctrl+N.</source>
        <translation>选择一个会话，或按 Ctrl+N 开始新会话。</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>正在输入…</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation>%1 正在输入</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write an encrypted message</source>
        <translation>输入加密消息</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter 发送，Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
</context>
<context>
    <name>ContactDetailsPage</name>
    <message>
        <source>(key not known yet)</source>
        <translation>（尚未获知密钥）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>联系人详情</translation>
    </message>
    <message>
        <source>Show safety number</source>
        <translation>显示安全码</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>No encryption devices are known for this contact yet.</source>
        <translation>尚无此联系人的已知加密设备。</translation>
    </message>
    <message>
        <source>Device details are not available in this version of Sotto.</source>
        <translation>此版本的 Sotto 无法显示设备详情。</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Trusted (not verified)</source>
        <translation>已信任（未验证）</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>不受信任</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>未活跃</translation>
    </message>
    <message>
        <source>Distrust</source>
        <translation>不信任</translation>
    </message>
    <message>
        <source>Distrust device %1</source>
        <translation>不信任设备 %1</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>Trust device %1</source>
        <translation>信任设备 %1</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>指纹 %1</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>屏蔽 %1</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Remove %1 from contacts</source>
        <translation>从联系人中删除 %1</translation>
    </message>
    <message>
        <source>Blocking and removing contacts are not available in this version of Sotto.</source>
        <translation>此版本的 Sotto 不支持屏蔽和删除联系人。</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>取消屏蔽</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>取消屏蔽 %1</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>举报…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>举报 %1</translation>
    </message>
    <message>
        <source>Hide QR code</source>
        <translation>隐藏 QR 码</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR 码</translation>
    </message>
    <message>
        <source>Hide the QR code of device %1</source>
        <translation>隐藏设备 %1 的 QR 码</translation>
    </message>
    <message>
        <source>Show the QR code of device %1</source>
        <translation>显示设备 %1 的 QR 码</translation>
    </message>
    <message>
        <source>Device %1 of %2</source>
        <translation>%2 的设备 %1</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation><numerusform>%1，%n 条未读消息</numerusform></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>找到：%1</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>草稿：%1</translation>
    </message>
    <message>
        <source>Wants to message you</source>
        <translation>想给你发消息</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>你：%1</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Accept message request from %1</source>
        <translation>接受来自 %1 的消息请求</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Decline message request from %1</source>
        <translation>拒绝来自 %1 的消息请求</translation>
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
        <translation>新会话</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>新会话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>设置（Ctrl+,）</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Reconnecting… messages will be sent when back online</source>
        <translation>正在重新连接…恢复在线后将发送消息</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索会话</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>没有与“%1”匹配的会话。</translation>
    </message>
    <message>
        <source>No conversations yet. Start one with +.</source>
        <translation>还没有会话。点击 + 开始一个。</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消免打扰</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>标记为已读</translation>
    </message>
</context>
<context>
    <name>CryptoError</name>
    <message>
        <source>The message is damaged or was tampered with.</source>
        <translation>消息已损坏或被篡改。</translation>
    </message>
    <message>
        <source>The message was already received.</source>
        <translation>该消息已接收过。</translation>
    </message>
    <message>
        <source>Too many messages from this device were lost.</source>
        <translation>来自此设备的消息丢失过多。</translation>
    </message>
    <message>
        <source>There is no encrypted session with this device.</source>
        <translation>与此设备之间没有加密会话。</translation>
    </message>
    <message>
        <source>The message uses a key this device no longer has.</source>
        <translation>该消息使用了此设备已不再拥有的密钥。</translation>
    </message>
    <message>
        <source>A key is not valid.</source>
        <translation>某个密钥无效。</translation>
    </message>
    <message>
        <source>The device's key signature does not verify.</source>
        <translation>设备的密钥签名验证失败。</translation>
    </message>
    <message>
        <source>The device presented a different identity key.</source>
        <translation>设备提供了不同的身份密钥。</translation>
    </message>
    <message>
        <source>The message uses an old protocol version.</source>
        <translation>该消息使用了旧版本的协议。</translation>
    </message>
    <message>
        <source>The message uses an unknown protocol version.</source>
        <translation>该消息使用了未知版本的协议。</translation>
    </message>
    <message>
        <source>The message belongs to an outdated session.</source>
        <translation>该消息属于已过期的会话。</translation>
    </message>
    <message>
        <source>The message carries no text.</source>
        <translation>该消息不含文本。</translation>
    </message>
    <message>
        <source>The message was not encrypted for this device.</source>
        <translation>该消息并非为此设备加密。</translation>
    </message>
    <message>
        <source>The key store could not be read or written.</source>
        <translation>无法读取或写入密钥存储。</translation>
    </message>
    <message>
        <source>Invalid argument.</source>
        <translation>参数无效。</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <source>Internal encryption error.</source>
        <translation>内部加密错误。</translation>
    </message>
</context>
<context>
    <name>DeliveryStateIcon</name>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>KeychainLostPage</name>
    <message>
        <source>Sotto's key is missing from your keychain</source>
        <translation>Sotto 的密钥已从密钥环中丢失</translation>
    </message>
    <message>
        <source>Your messages are still on this computer, encrypted, and nothing has been deleted. But the key that opens them is no longer in your system's keychain. This can happen when the keychain was reset, when you use a different desktop session or keychain program, or after the computer was reinstalled.</source>
        <translation>你的消息仍以加密形式保存在此电脑上，没有任何内容被删除。但用于打开它们的密钥已不在系统密钥环中。这可能发生在密钥环被重置、你使用了不同的桌面会话或密钥环程序，或者电脑重装系统之后。</translation>
    </message>
    <message>
        <source>Enter the recovery code you saved when you set up Sotto. Sotto will put the key back into the keychain.</source>
        <translation>请输入你在设置 Sotto 时保存的恢复码。Sotto 会将密钥放回密钥环。</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>This version of Sotto cannot use a recovery code yet.</source>
        <translation>此版本的 Sotto 尚不能使用恢复码。</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>再次尝试密钥环</translation>
    </message>
    <message>
        <source>Use this after unlocking or restoring your keychain</source>
        <translation>在解锁或恢复密钥环后使用此项</translation>
    </message>
    <message>
        <source>Restore with recovery code</source>
        <translation>使用恢复码恢复</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language of Sotto</source>
        <translation>Sotto 的语言</translation>
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
        <translation>正在打开你的消息</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <source>New conversation</source>
        <translation>新会话</translation>
    </message>
    <message>
        <source>Their address</source>
        <translation>对方的地址</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start the conversation</source>
        <translation>开始会话</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Them</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>message could not be decrypted</source>
        <translation>消息无法解密</translation>
    </message>
    <message>
        <source>This message could not be decrypted. Ask the sender to send it again; their app may need to refresh its keys.</source>
        <translation>此消息无法解密。请让发送者重新发送；对方的应用可能需要刷新其密钥。</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>端到端加密</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>From a device you have not verified</source>
        <translation>来自你尚未验证的设备</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>重新发送</translation>
    </message>
</context>
<context>
    <name>MessageContextMenu</name>
    <message>
        <source>Copy text</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>举报…</translation>
    </message>
    <message>
        <source>Report this message</source>
        <translation>举报此消息</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>重新发送</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Show a notification for new messages</source>
        <translation>收到新消息时显示通知</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Name and message</source>
        <translation>名字和消息</translation>
    </message>
    <message>
        <source>Name only</source>
        <translation>仅名字</translation>
    </message>
    <message>
        <source>No name or message</source>
        <translation>不显示名字和消息</translation>
    </message>
    <message>
        <source>What notifications show</source>
        <translation>通知显示的内容</translation>
    </message>
    <message>
        <source>Notifications can be read by anyone who sees your screen, also when it is locked. A message request only ever shows “New message request”.</source>
        <translation>任何能看到你屏幕的人都能读到通知，锁屏时也是如此。消息请求始终只显示“新的消息请求”。</translation>
    </message>
</context>
<context>
    <name>OwnDevicesSection</name>
    <message>
        <source>In use now</source>
        <translation>正在使用</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>尚未出现过</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>最后出现：%1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Messages to you are encrypted for each of these devices. Remove one you no longer use.</source>
        <translation>发给你的消息会为这些设备分别加密。移除你不再使用的设备。</translation>
    </message>
    <message>
        <source>No devices known yet.</source>
        <translation>尚无已知设备。</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>此设备</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>Fingerprint not known yet</source>
        <translation>指纹尚未知晓</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove device %1</source>
        <translation>移除设备 %1</translation>
    </message>
    <message>
        <source>Remove device %1?</source>
        <translation>移除设备 %1？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Your contacts stop encrypting new messages to it. If that device is still signed in, it adds itself back the next time it connects; sign out there first.</source>
        <translation>你的联系人将不再为它加密新消息。如果该设备仍处于登录状态，它会在下次连接时重新添加自己；请先在那台设备上退出登录。</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Protect your messages with a passphrase</source>
        <translation>用密码短语保护你的消息</translation>
    </message>
    <message>
        <source>Unlock Sotto</source>
        <translation>解锁 Sotto</translation>
    </message>
    <message>
        <source>Sotto keeps your messages in an encrypted database. Normally its key is kept in your system's keychain, but this computer has no keychain that Sotto can use (for example no GNOME Keyring or KWallet is running). Sotto never stores the key unprotected, so please choose a passphrase instead. You will need it every time Sotto starts.</source>
        <translation>Sotto 将你的消息保存在加密数据库中。通常其密钥保存在系统密钥环中，但此电脑上没有 Sotto 可用的密钥环（例如没有运行 GNOME Keyring 或 KWallet）。Sotto 从不以未受保护的方式存储密钥，因此请改为选择一个密码短语。每次启动 Sotto 时都需要输入它。</translation>
    </message>
    <message>
        <source>Your messages are protected by a passphrase. Enter it to open them.</source>
        <translation>你的消息受密码短语保护。输入密码短语即可打开。</translation>
    </message>
    <message>
        <source>Please use at least 8 characters; a few unusual words work well.</source>
        <translation>请至少使用 8 个字符；几个不常见的词语组合效果很好。</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>重复密码短语</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Send read receipts</source>
        <translation>发送已读回执</translation>
    </message>
    <message>
        <source>Contacts see when you have read their messages. That a message reached this computer is always confirmed.</source>
        <translation>联系人可以看到你何时读了他们的消息。消息已送达这台电脑这一点总会被确认。</translation>
    </message>
    <message>
        <source>Send typing indicators</source>
        <translation>发送正在输入提示</translation>
    </message>
    <message>
        <source>Contacts see when you are typing to them. Your server sees it too: typing indicators are not end-to-end encrypted.</source>
        <translation>联系人可以看到你正在给他们输入消息。你的服务器也能看到：正在输入提示没有端到端加密。</translation>
    </message>
    <message>
        <source>Trust new devices of my contacts until I verify them</source>
        <translation>在我验证之前信任联系人的新设备</translation>
    </message>
    <message>
        <source>When off, Sotto does not encrypt to a new device of a contact until you decide about it.</source>
        <translation>关闭时，在你做出决定之前，Sotto 不会为联系人的新设备加密。</translation>
    </message>
</context>
<context>
    <name>ProfileProblemPage</name>
    <message>
        <source>Sotto cannot open your messages</source>
        <translation>Sotto 无法打开你的消息</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Save your recovery code</source>
        <translation>保存你的恢复码</translation>
    </message>
    <message>
        <source>If your keychain is reset or you forget your passphrase, this code is the only way to open your messages again. Write it down or store it in a password manager. Sotto will not show it again.</source>
        <translation>如果你的密钥环被重置或你忘记了密码短语，此恢复码是重新打开消息的唯一方式。请把它写下来或保存在密码管理器中。Sotto 不会再次显示它。</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>恢复码：%1</translation>
    </message>
    <message>
        <source>I have saved my recovery code somewhere safe</source>
        <translation>我已将恢复码保存在安全的地方</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report %1</source>
        <translation>举报 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>垃圾消息</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>滥用</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Messages to include (in plain text):</source>
        <translation>要附带的消息（以明文发送）：</translation>
    </message>
    <message>
        <source>There are no messages from %1 to include.</source>
        <translation>没有来自 %1 的消息可以附带。</translation>
    </message>
    <message>
        <source>Include message: %1</source>
        <translation>附带消息：%1</translation>
    </message>
    <message>
        <source>No message will be attached.</source>
        <translation>不会附带任何消息。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked message(s) will be sent in plain text.</source>
        <translation><numerusform>%n 条已勾选的消息将以明文发送。</numerusform></translation>
    </message>
    <message>
        <source>The report goes to your server (%1) and %2 will be blocked. Nothing else leaves this device.</source>
        <translation>举报将发送到你的服务器（%1），并且 %2 将被屏蔽。不会有其他内容离开此设备。</translation>
    </message>
    <message>
        <source>Report and block</source>
        <translation>举报并屏蔽</translation>
    </message>
    <message>
        <source>The message you chose is older than the last five from %1; only these can be attached.</source>
        <translation>你选择的消息早于 %1 的最近五条消息；只能附带这五条。</translation>
    </message>
</context>
<context>
    <name>RequestBar</name>
    <message>
        <source>Message request from %1</source>
        <translation>来自 %1 的消息请求</translation>
    </message>
    <message>
        <source>This address is not in your contacts. They will not know that you have seen their message until you accept. Links and images are not opened.</source>
        <translation>此地址不在你的联系人中。在你接受之前，对方不会知道你已看到其消息。链接和图片不会被打开。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Accept message request from %1</source>
        <translation>接受来自 %1 的消息请求</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete message request from %1</source>
        <translation>删除来自 %1 的消息请求</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>屏蔽 %1</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>举报…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>举报 %1</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase: the 30 digits Sotto showed you, or your own.</source>
        <translation>选择备份文件并输入其密码短语：Sotto 向你显示的 30 位数字，或你自己设置的密码短语。</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>/path/to/sotto-backup.sottobackup</source>
        <translation>/path/to/sotto-backup.sottobackup</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>备份密码短语</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>恢复进度</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>取消恢复</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>SafetyMenuButton</name>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Block or report %1</source>
        <translation>屏蔽或举报 %1</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>取消屏蔽</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>举报…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>举报 %1</translation>
    </message>
</context>
<context>
    <name>SafetyNumberBanner</name>
    <message>
        <source>Your safety number with %1 changed. This happens when they reinstall or add a device, but it could also mean someone is intercepting. Sending is paused until you review it.</source>
        <translation>你与 %1 的安全码已更改。对方重新安装应用或添加设备时会出现这种情况，但这也可能意味着有人正在拦截通信。在你检查之前，发送已暂停。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Review safety number</source>
        <translation>检查安全码</translation>
    </message>
</context>
<context>
    <name>SafetyNumberPage</name>
    <message>
        <source>This version of Sotto cannot record verification yet.</source>
        <translation>此版本的 Sotto 尚不能记录验证状态。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Safety number with %1</source>
        <translation>与 %1 的安全码</translation>
    </message>
    <message>
        <source>Compare these numbers with the ones %1 sees, in person or over a call you trust, or scan each other's code. If they match, nobody is reading along.</source>
        <translation>请当面或通过你信任的通话，将这些数字与 %1 看到的数字进行比对，或者互相扫描对方的 QR 码。如果一致，就没有人在偷看你们的对话。</translation>
    </message>
    <message>
        <source>The safety number is not available yet: Sotto needs this contact's encryption keys first.</source>
        <translation>安全码暂不可用：Sotto 需要先获取此联系人的加密密钥。</translation>
    </message>
    <message>
        <source>Safety number: %1</source>
        <translation>安全码：%1</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ 已验证</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>标记为已验证</translation>
    </message>
    <message>
        <source>Accept without verifying</source>
        <translation>不验证直接接受</translation>
    </message>
    <message>
        <source>Trust the new key now and compare the numbers later</source>
        <translation>现在信任新密钥，稍后再比对数字</translation>
    </message>
    <message>
        <source>Clear verification</source>
        <translation>清除验证</translation>
    </message>
    <message>
        <source>Compare by pasting their number</source>
        <translation>粘贴对方的安全码进行比对</translation>
    </message>
    <message>
        <source>Their safety number</source>
        <translation>对方的安全码</translation>
    </message>
    <message numerus="yes">
        <source>A safety number has 60 digits; this has %n.</source>
        <translation><numerusform>安全码应有 60 位数字；此处有 %n 位。</numerusform></translation>
    </message>
    <message>
        <source>The numbers match.</source>
        <translation>数字一致。</translation>
    </message>
    <message>
        <source>The numbers do not match. Do not mark this contact as verified.</source>
        <translation>数字不一致。请勿将此联系人标记为已验证。</translation>
    </message>
    <message>
        <source>Sotto</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>Show the code for Sotto</source>
        <translation>显示用于 Sotto 的码</translation>
    </message>
    <message>
        <source>Other apps</source>
        <translation>其他应用</translation>
    </message>
    <message>
        <source>Show the code for Conversations and other OMEMO apps</source>
        <translation>显示用于 Conversations 和其他 OMEMO 应用的码</translation>
    </message>
    <message>
        <source>Conversations, Dino or Gajim on their side scans this to verify this device.</source>
        <translation>对方的 Conversations、Dino 或 Gajim 扫描此码即可验证此设备。</translation>
    </message>
    <message>
        <source>Sotto on their side scans this to compare the safety number.</source>
        <translation>对方的 Sotto 扫描此码即可比对安全码。</translation>
    </message>
    <message>
        <source>Paste the 60 digits or the link they sent you</source>
        <translation>粘贴对方发给你的 60 位数字或链接</translation>
    </message>
    <message>
        <source>Check this code</source>
        <translation>检查此码</translation>
    </message>
    <message>
        <source>Check the pasted code</source>
        <translation>检查粘贴的码</translation>
    </message>
</context>
<context>
    <name>ScannedCodeCheck</name>
    <message>
        <source>Reading the picture…</source>
        <translation>正在读取图片…</translation>
    </message>
    <message>
        <source>This version of Sotto cannot check codes yet.</source>
        <translation>此版本的 Sotto 尚不能检查码。</translation>
    </message>
    <message>
        <source>The keys in this code match. The devices it names are verified.</source>
        <translation>此码中的密钥一致。其中列出的设备已验证。</translation>
    </message>
    <message>
        <source>This code does not match the keys Sotto has for %1, so nothing was marked as verified. Ask them to show the code again; if it still differs, compare the safety number in person before you trust this conversation.</source>
        <translation>此码与 Sotto 保存的 %1 的密钥不一致，因此没有任何内容被标记为已验证。请让对方再次出示此码；如果仍然不一致，请在信任此对话之前当面比对安全码。</translation>
    </message>
    <message>
        <source>Sotto has not seen the devices in this code yet. Exchange a message with %1 first, then read the code again.</source>
        <translation>Sotto 尚未见过此码中的设备。请先与 %1 互发一条消息，然后再读取此码。</translation>
    </message>
    <message>
        <source>This code belongs to %1, not to %2. Nothing was changed.</source>
        <translation>此码属于 %1，而不是 %2。未做任何更改。</translation>
    </message>
    <message>
        <source>This is an XMPP link, but not a valid verification link. Nothing was changed.</source>
        <translation>这是一个 XMPP 链接，但不是有效的验证链接。未做任何更改。</translation>
    </message>
    <message>
        <source>Sign in first: Sotto needs your account to check codes.</source>
        <translation>请先登录：Sotto 需要你的账号来检查码。</translation>
    </message>
    <message>
        <source>The codes match: nobody is reading along. You can mark %1 as verified.</source>
        <translation>码一致：没有人在偷看。你可以将 %1 标记为已验证。</translation>
    </message>
    <message>
        <source>The codes do not match. Do not mark %1 as verified. Make sure you scanned the code from their conversation with you; if the codes still differ, someone may be intercepting your messages.</source>
        <translation>码不一致。不要将 %1 标记为已验证。请确认你扫描的是对方与你的对话中的码；如果码仍然不一致，可能有人正在拦截你们的消息。</translation>
    </message>
    <message>
        <source>The safety number is not available yet: Sotto needs this contact's encryption keys first.</source>
        <translation>安全码暂不可用：Sotto 需要先获得此联系人的加密密钥。</translation>
    </message>
    <message>
        <source>This QR code is not a safety number or a verification link: it contains something else.</source>
        <translation>此 QR 码既不是安全码也不是验证链接：其中包含的是其他内容。</translation>
    </message>
    <message>
        <source>Device %1: verified now</source>
        <translation>设备 %1：现已验证</translation>
    </message>
    <message>
        <source>Device %1: already verified</source>
        <translation>设备 %1：已验证过</translation>
    </message>
    <message>
        <source>Device %1: the key does not match</source>
        <translation>设备 %1：密钥不一致</translation>
    </message>
    <message>
        <source>Device %1: not known yet</source>
        <translation>设备 %1：尚不认识</translation>
    </message>
    <message>
        <source>This file could not be opened as a picture.</source>
        <translation>无法将此文件作为图片打开。</translation>
    </message>
    <message>
        <source>No QR code was found in this picture. Use a sharp picture that shows the whole code.</source>
        <translation>在此图片中未找到 QR 码。请使用能完整显示此码的清晰图片。</translation>
    </message>
    <message>
        <source>Picture of their QR code</source>
        <translation>对方 QR 码的图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Compare by their QR code</source>
        <translation>通过对方的 QR 码比对</translation>
    </message>
    <message>
        <source>Open a picture or screenshot of the code they show (in Sotto, Conversations or another OMEMO app), or drop it here.</source>
        <translation>打开对方所出示码的图片或屏幕截图（来自 Sotto、Conversations 或其他 OMEMO 应用），或将其拖放到这里。</translation>
    </message>
    <message>
        <source>Open picture of their QR code…</source>
        <translation>打开对方 QR 码的图片…</translation>
    </message>
    <message>
        <source>Reading the picture</source>
        <translation>正在读取图片</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>标记为已验证</translation>
    </message>
    <message>
        <source>Mark %1 as verified</source>
        <translation>将 %1 标记为已验证</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>此设备</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Fingerprint of this device: %1</source>
        <translation>此设备的指纹：%1</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Scan this with Conversations or another OMEMO app on your contact's phone to verify this device.</source>
        <translation>请用联系人手机上的 Conversations 或其他 OMEMO 应用扫描此码，以验证此设备。</translation>
    </message>
</context>
<context>
    <name>VerificationQrCode</name>
    <message>
        <source>QR code to scan with the other device</source>
        <translation>供另一台设备扫描的 QR 码</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Sotto</source>
        <translation>欢迎使用 Sotto</translation>
    </message>
    <message>
        <source>Sotto sends every message end-to-end encrypted (OMEMO) over XMPP, so you can talk to people using Conversations, Dino, Gajim and other XMPP apps. Your messages are stored encrypted on this computer.</source>
        <translation>Sotto 通过 XMPP 发送的每条消息都经过端到端加密（OMEMO），因此你可以与使用 Conversations、Dino、Gajim 及其他 XMPP 应用的人交流。你的消息以加密形式存储在此电脑上。</translation>
    </message>
    <message>
        <source>Create a new account</source>
        <translation>创建新账号</translation>
    </message>
    <message>
        <source>Registers a new address on an XMPP server you choose</source>
        <translation>在你选择的 XMPP 服务器上注册一个新地址</translation>
    </message>
    <message>
        <source>Sign in with an existing XMPP account</source>
        <translation>使用现有的 XMPP 账号登录</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Brings back an account, its keys and messages from a Sotto backup file</source>
        <translation>从 Sotto 备份文件中恢复账号及其密钥和消息</translation>
    </message>
</context>
<context>
    <name>sotto</name>
    <message>
        <source>Sotto, a private messenger.</source>
        <translation>Sotto，一款私密的即时通讯应用。</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>将窗口截图保存到 &lt;file&gt; 并退出。</translation>
    </message>
    <message>
        <source>Use the profile in &lt;directory&gt;.</source>
        <translation>使用 &lt;directory&gt; 中的配置文件。</translation>
    </message>
    <message>
        <source>Connect to &lt;host:port&gt; instead of looking up the server.</source>
        <translation>连接到 &lt;host:port&gt;，而不是查找服务器。</translation>
    </message>
    <message>
        <source>Use TLS from the start (XEP-0368).</source>
        <translation>从一开始就使用 TLS（XEP-0368）。</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 &lt;fingerprint&gt;.</source>
        <translation>信任 SHA-256 指纹为 &lt;fingerprint&gt; 的服务器证书。</translation>
    </message>
</context>
<context>
    <name>sotto-cli</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>See above.</source>
        <translation>见上文。</translation>
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
        <translation>Sotto 的无界面客户端，用于脚本和测试。

命令：
  account register JID [PASSWORD]   创建账号（带内注册）
  account login JID [PASSWORD]      登录现有账号
  account show                      此配置文件的账号、设备和指纹
  contacts [add JID]                列出联系人名单，或添加联系人
  send JID TEXT                     发送 OMEMO 加密的消息
  listen [--count N] [--timeout S]  打印收到的消息
  history JID [--limit N]           打印已存储的消息，最早的在前
  devices [JID]                     OMEMO 设备（不带 JID 时为我方设备）
  trust JID DEVICE trusted|untrusted|verified
  safety-number JID                 与某个联系人的安全码
  fingerprint                       此设备的 OMEMO 指纹
  requests                          消息请求（陌生人的首条消息）
  accept JID                        接受请求：添加该联系人
  block JID | unblock JID           在服务器上屏蔽，对你的所有设备生效
  blocked                           屏蔽列表（含你的举报）
  report JID --reason spam|abuse|other [--include MESSAGE_ID...]
                                    向你的服务器举报并屏蔽；仅以明文形式
                                    发送所附带的消息

备份（备份密码短语文件不是配置文件的 --passphrase-file）：
  backup create --out FILE --backup-passphrase-file F
  backup verify FILE --backup-passphrase-file F
  backup restore FILE --backup-passphrase-file F [--merge]
                                    恢复到 --profile DIR（新的配置文件，或用 --merge 添加）

未提供 PASSWORD 时，将读取标准输入的第一行。

退出码：0 成功，1 用法错误，2 无法打开或解锁配置文件，3 无法访问服务器
或凭据被拒绝，4 消息未发送（例如没有 OMEMO 设备），5 超时，
6 没有该账号、联系人或设备，7 备份未能创建、验证或恢复。</translation>
    </message>
    <message>
        <source>account: %1
device: %2
fingerprint: %3</source>
        <translation>账号：%1
设备：%2
指纹：%3</translation>
    </message>
    <message>
        <source>usage: account register|login JID [PASSWORD] | account show</source>
        <translation>用法： account register|login JID [PASSWORD] | account show</translation>
    </message>
    <message>
        <source>a password is needed (argument or first line of stdin)</source>
        <translation>需要密码（作为参数或标准输入的第一行）</translation>
    </message>
    <message>
        <source>%1 messages, %2 conversations, %3 contacts, %4 sessions</source>
        <translation>%1 条消息、%2 个会话、%3 个联系人、%4 个加密会话</translation>
    </message>
    <message>
        <source>usage: backup create --out FILE --backup-passphrase-file F
       backup verify FILE --backup-passphrase-file F
       backup restore FILE --backup-passphrase-file F [--merge]</source>
        <translation>用法： backup create --out FILE --backup-passphrase-file F
    backup verify FILE --backup-passphrase-file F
    backup restore FILE --backup-passphrase-file F [--merge]</translation>
    </message>
    <message>
        <source>usage: backup create --out FILE --backup-passphrase-file F</source>
        <translation>用法： backup create --out FILE --backup-passphrase-file F</translation>
    </message>
    <message>
        <source>cannot read the backup passphrase file (--backup-passphrase-file)</source>
        <translation>无法读取备份密码短语文件（--backup-passphrase-file）</translation>
    </message>
    <message>
        <source>backup written: %1 (%2, %3 bytes)</source>
        <translation>备份已写入：%1（%2，%3 字节）</translation>
    </message>
    <message>
        <source>usage: backup verify FILE --backup-passphrase-file F</source>
        <translation>用法： backup verify FILE --backup-passphrase-file F</translation>
    </message>
    <message>
        <source>backup is intact: %1</source>
        <translation>备份完好：%1</translation>
    </message>
    <message>
        <source>usage: backup restore FILE --backup-passphrase-file F [--merge]</source>
        <translation>用法： backup restore FILE --backup-passphrase-file F [--merge]</translation>
    </message>
    <message>
        <source>restored %1 into this profile (%2)</source>
        <translation>已将 %1 恢复到此配置文件（%2）</translation>
    </message>
    <message>
        <source>the account password could not be stored: sign in again</source>
        <translation>无法存储账号密码：请重新登录</translation>
    </message>
    <message>
        <source>Profile directory (default: the user's Sotto profile).</source>
        <translation>配置文件目录（默认：当前用户的 Sotto 配置文件）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>每行输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>File whose first line is the passphrase that protects the profile when there is no keychain.</source>
        <translation>一个文件，其第一行是在没有密钥环时保护配置文件的密码短语。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Connect to HOST:PORT instead of looking the server up.</source>
        <translation>连接到 HOST:PORT，而不是查找服务器。</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>With --server: the port speaks TLS directly (no STARTTLS).</source>
        <translation>与 --server 一起使用：该端口直接使用 TLS（不使用 STARTTLS）。</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 (hex).</source>
        <translation>接受 SHA-256 值（十六进制）与此相符的服务器证书。</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>Keychain service name (tests).</source>
        <translation>密钥环服务名称（用于测试）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>cannot read the passphrase file</source>
        <translation>无法读取密码短语文件</translation>
    </message>
    <message>
        <source>--server needs HOST:PORT</source>
        <translation>--server 需要 HOST:PORT</translation>
    </message>
    <message>
        <source>me</source>
        <comment>the sender of your own messages</comment>
        <translation>我</translation>
    </message>
    <message>
        <source>[could not decrypt: %1]</source>
        <translation>[无法解密：%1]</translation>
    </message>
    <message>
        <source>[NOT ENCRYPTED]</source>
        <translation>[未加密]</translation>
    </message>
    <message>
        <source>usage: send JID TEXT</source>
        <translation>用法： send JID TEXT</translation>
    </message>
    <message>
        <source>usage: history JID [--limit N]</source>
        <translation>用法： history JID [--limit N]</translation>
    </message>
    <message>
        <source>usage: requests</source>
        <translation>用法： requests</translation>
    </message>
    <message>
        <source>usage: accept JID</source>
        <translation>用法： accept JID</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>已接受 %1</translation>
    </message>
    <message>
        <source>usage: block JID</source>
        <translation>用法： block JID</translation>
    </message>
    <message>
        <source>usage: unblock JID</source>
        <translation>用法： unblock JID</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>已屏蔽 %1</translation>
    </message>
    <message>
        <source>unblocked %1</source>
        <translation>已取消屏蔽 %1</translation>
    </message>
    <message>
        <source>usage: blocked</source>
        <translation>用法： blocked</translation>
    </message>
    <message numerus="yes">
        <source>(reported as %1 on %2, %n message(s) attached)</source>
        <translation><numerusform>（已于 %2 举报为 %1，附带 %n 条消息）</numerusform></translation>
    </message>
    <message>
        <source>usage: report JID --reason spam|abuse|other [--include MESSAGE_ID...]</source>
        <translation>用法： report JID --reason spam|abuse|other [--include MESSAGE_ID...]</translation>
    </message>
    <message numerus="yes">
        <source>reported %1 as %2 and blocked; %n message(s) attached</source>
        <translation><numerusform>已将 %1 举报为 %2 并屏蔽；附带 %n 条消息</numerusform></translation>
    </message>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>不活跃</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>（此设备）</translation>
    </message>
    <message>
        <source>usage: trust JID DEVICE trusted|untrusted|verified</source>
        <translation>用法： trust JID DEVICE trusted|untrusted|verified</translation>
    </message>
    <message>
        <source>usage: safety-number JID</source>
        <translation>用法： safety-number JID</translation>
    </message>
    <message>
        <source>usage: contacts add JID</source>
        <translation>用法： contacts add JID</translation>
    </message>
    <message>
        <source>usage: contacts [add JID]</source>
        <translation>用法： contacts [add JID]</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Backend</name>
    <message>
        <source>Please enter a passphrase.</source>
        <translation>请输入密码短语。</translation>
    </message>
    <message>
        <source>This version of Sotto cannot restore with a recovery code yet. Your messages are still on this computer; nothing was deleted.</source>
        <translation>此版本的 Sotto 尚不能使用恢复码进行恢复。你的消息仍在此电脑上；没有任何内容被删除。</translation>
    </message>
    <message>
        <source>That recovery code does not open this profile.</source>
        <translation>该恢复码无法打开此配置文件。</translation>
    </message>
    <message>
        <source>The profile could not be opened.</source>
        <translation>无法打开配置文件。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::BackupController</name>
    <message>
        <source>Backed up %1 messages.</source>
        <translation>已备份 %1 条消息。</translation>
    </message>
    <message>
        <source>The backup is intact: %1 messages, %2 conversations.</source>
        <translation>备份完好：%1 条消息，%2 个会话。</translation>
    </message>
    <message>
        <source>Restored %1 messages.</source>
        <translation>已恢复 %1 条消息。</translation>
    </message>
    <message>
        <source>Automatic backups are on. Sotto keeps their passphrase on this computer (in the keychain, or encrypted in the profile) so that they run without asking.</source>
        <translation>自动备份已开启。Sotto 会把它们的密码短语保存在这台电脑上（在钥匙串中，或加密保存在配置文件中），以便备份无需询问即可运行。</translation>
    </message>
    <message>
        <source>Another backup is running. Try again when it has finished.</source>
        <translation>另一个备份正在进行。请在它完成后重试。</translation>
    </message>
    <message>
        <source>Added what was missing from the backup; %1 items were already here.</source>
        <translation>已从备份中添加缺少的内容；有 %1 项已经存在。</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LanguageController</name>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
</context>
<context>
    <name>sotto::ui::NotificationCenter</name>
    <message>
        <source>New message</source>
        <translation>新消息</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation><numerusform>%n 条新消息</numerusform></translation>
    </message>
    <message>
        <source>New message request</source>
        <translation>新的消息请求</translation>
    </message>
</context>
<context>
    <name>sotto::ui::NotificationDBus</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>sotto::ui::TrayIcon</name>
    <message>
        <source>No unread messages</source>
        <translation>没有未读消息</translation>
    </message>
    <message numerus="yes">
        <source>%n unread messages</source>
        <translation><numerusform>%n 条未读消息</numerusform></translation>
    </message>
</context>
<context>
    <name>sotto::ui::TrayMenu</name>
    <message>
        <source>Show Sotto</source>
        <translation>显示 Sotto</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
</TS>