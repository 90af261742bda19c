<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AccountForm</name>
    <message>
        <source>Create an account</source>
        <translation>إنشاء حساب</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Pick an XMPP server (for example one you or a friend run, or a public one) and a user name. Your address will be name@server.</source>
        <translation>اختر خادم XMPP (مثلًا خادمًا تديره أنت أو أحد أصدقائك، أو خادمًا عامًا) واسم مستخدم. سيكون عنوانك name@server.</translation>
    </message>
    <message>
        <source>Enter your XMPP address and password. Sotto will publish its encryption keys for this device.</source>
        <translation>أدخل عنوان XMPP الخاص بك وكلمة المرور. سينشر Sotto مفاتيح التشفير الخاصة به لهذا الجهاز.</translation>
    </message>
    <message>
        <source>Please enter a server and a user name.</source>
        <translation>يُرجى إدخال خادم واسم مستخدم.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 8 characters.</source>
        <translation>يُرجى اختيار كلمة مرور من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Please enter your full address, like name@example.org.</source>
        <translation>يُرجى إدخال عنوانك الكامل، مثل name@example.org.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>إنشاء الحساب</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>لا يوجد حساب</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>تغيير كلمة المرور…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>The password of %1 changes on the server, for all your devices. Your other devices will ask for the new one.</source>
        <translation>تتغيّر كلمة مرور %1 على الخادم، لكل أجهزتك. ستطلب منك أجهزتك الأخرى كلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>أعد إدخال كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>استخدم %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>كلمتا المرور الجديدتان مختلفتان.</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>جارٍ تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Your password is changed. Sotto keeps the new one on this computer.</source>
        <translation>تم تغيير كلمة مرورك. يحتفظ Sotto بالجديدة على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>AppError</name>
    <message>
        <source>This profile is already open in another Sotto window.</source>
        <translation>هذا الملف الشخصي مفتوح بالفعل في نافذة Sotto أخرى.</translation>
    </message>
    <message>
        <source>No system keychain is available. Choose a passphrase to protect your messages on this computer.</source>
        <translation>لا تتوفر سلسلة مفاتيح في النظام. اختر عبارة مرور لحماية رسائلك على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects this profile.</source>
        <translation>أدخل عبارة المرور التي تحمي هذا الملف الشخصي.</translation>
    </message>
    <message>
        <source>That passphrase does not open this profile.</source>
        <translation>عبارة المرور هذه لا تفتح هذا الملف الشخصي.</translation>
    </message>
    <message>
        <source>The key to your messages is no longer in the system keychain. Restore it with your recovery code or a backup.</source>
        <translation>لم يعد مفتاح رسائلك موجودًا في سلسلة مفاتيح النظام. استعده باستخدام رمز الاسترداد أو نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Your messages could not be read or saved on this computer.</source>
        <translation>تعذّرت قراءة رسائلك أو حفظها على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>لا يوجد ملف شخصي مفتوح.</translation>
    </message>
    <message>
        <source>Create an account or sign in first.</source>
        <translation>أنشئ حسابًا أو سجّل الدخول أولًا.</translation>
    </message>
    <message>
        <source>This profile already belongs to another account.</source>
        <translation>هذا الملف الشخصي يخص حسابًا آخر بالفعل.</translation>
    </message>
    <message>
        <source>That is not a valid address. It looks like name@example.org.</source>
        <translation>هذا ليس عنوانًا صالحًا. يبدو العنوان هكذا: name@example.org.</translation>
    </message>
    <message>
        <source>The account password could not be read from or saved to the keychain. Sign in again.</source>
        <translation>تعذّرت قراءة كلمة مرور الحساب من سلسلة المفاتيح أو حفظها فيها. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقّق من العنوان ومن اتصالك.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted, so Sotto did not connect.</source>
        <translation>شهادة الخادم غير موثوقة، لذلك لم يتصل Sotto.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made. Sotto never connects without encryption.</source>
        <translation>تعذّر إنشاء اتصال آمن بالخادم. لا يتصل Sotto أبدًا دون تشفير.</translation>
    </message>
    <message>
        <source>The address or password is wrong.</source>
        <translation>العنوان أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>That name is already taken on this server. Try another.</source>
        <translation>هذا الاسم مستخدم بالفعل على هذا الخادم. جرّب اسمًا آخر.</translation>
    </message>
    <message>
        <source>The server did not allow creating the account.</source>
        <translation>لم يسمح الخادم بإنشاء الحساب.</translation>
    </message>
    <message>
        <source>The connection was lost. Sotto reconnects by itself; unsent messages wait.</source>
        <translation>انقطع الاتصال. سيعيد Sotto الاتصال تلقائيًا، والرسائل غير المرسلة بانتظار الإرسال.</translation>
    </message>
    <message>
        <source>The server answered in a way Sotto does not understand.</source>
        <translation>ردّ الخادم بطريقة لا يفهمها Sotto.</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>أنت غير متصل.</translation>
    </message>
    <message>
        <source>This contact's app does not support end-to-end encryption (OMEMO), so the message was not sent.</source>
        <translation>تطبيق جهة الاتصال هذه لا يدعم التشفير من طرف إلى طرف (OMEMO)، لذلك لم تُرسَل الرسالة.</translation>
    </message>
    <message>
        <source>None of this contact's devices is trusted. Review their devices before sending.</source>
        <translation>لا يوجد أي جهاز موثوق لجهة الاتصال هذه. راجع أجهزتها قبل الإرسال.</translation>
    </message>
    <message>
        <source>This contact's safety number changed. Verify it or accept the new key before sending.</source>
        <translation>تغيّر رقم الأمان لجهة الاتصال هذه. تحقّق منه أو اقبل المفتاح الجديد قبل الإرسال.</translation>
    </message>
    <message>
        <source>The message could not be encrypted, so it was not sent.</source>
        <translation>تعذّر تشفير الرسالة، لذلك لم تُرسَل.</translation>
    </message>
    <message>
        <source>That message no longer exists.</source>
        <translation>لم تعد هذه الرسالة موجودة.</translation>
    </message>
    <message>
        <source>That device is not known for this contact.</source>
        <translation>هذا الجهاز غير معروف لجهة الاتصال هذه.</translation>
    </message>
    <message>
        <source>The current password is not right. Nothing was changed.</source>
        <translation>كلمة المرور الحالية غير صحيحة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The new password is too short. Use at least 8 characters.</source>
        <translation>كلمة المرور الجديدة قصيرة جدًا. استخدم 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The server did not accept the new password. Your password is unchanged.</source>
        <translation>لم يقبل الخادم كلمة المرور الجديدة. لم تتغيّر كلمة مرورك.</translation>
    </message>
    <message>
        <source>This server does not allow changing the password from an app. Your password is unchanged.</source>
        <translation>لا يسمح هذا الخادم بتغيير كلمة المرور من تطبيق. لم تتغيّر كلمة مرورك.</translation>
    </message>
</context>
<context>
    <name>BackupError</name>
    <message>
        <source>The backup passphrase is wrong.</source>
        <translation>عبارة مرور النسخة الاحتياطية غير صحيحة.</translation>
    </message>
    <message>
        <source>This file is not a Sotto backup.</source>
        <translation>هذا الملف ليس نسخة احتياطية من Sotto.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Sotto. Update Sotto to restore it.</source>
        <translation>أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من Sotto. حدّث Sotto لاستعادتها.</translation>
    </message>
    <message>
        <source>This backup uses key derivation settings this version of Sotto does not accept.</source>
        <translation>تستخدم هذه النسخة الاحتياطية إعدادات اشتقاق مفاتيح لا يقبلها هذا الإصدار من Sotto.</translation>
    </message>
    <message>
        <source>The backup file is incomplete: it ends too early (was the copy interrupted?).</source>
        <translation>ملف النسخة الاحتياطية غير مكتمل: ينتهي قبل أوانه (هل انقطع النسخ؟).</translation>
    </message>
    <message>
        <source>The backup file is damaged or was modified: its contents do not authenticate.</source>
        <translation>ملف النسخة الاحتياطية تالف أو معدَّل: فشل التحقق من صحة محتواه.</translation>
    </message>
    <message>
        <source>The backup file is damaged: parts of it are missing or out of order.</source>
        <translation>ملف النسخة الاحتياطية تالف: أجزاء منه مفقودة أو في غير ترتيبها.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the backup key from the passphrase.</source>
        <translation>لا توجد ذاكرة كافية لاشتقاق مفتاح النسخة الاحتياطية من عبارة المرور.</translation>
    </message>
    <message>
        <source>The backup could not be written (disk full or not writable). No partial backup was left behind.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية (القرص ممتلئ أو غير قابل للكتابة). لم تُترك أي نسخة احتياطية جزئية.</translation>
    </message>
    <message>
        <source>The backup file could not be opened or read.</source>
        <translation>تعذّر فتح ملف النسخة الاحتياطية أو قراءته.</translation>
    </message>
    <message>
        <source>This passphrase is too short: use at least 16 characters with at least 6 different ones, or the generated passphrase.</source>
        <translation>عبارة المرور هذه قصيرة جدًا: استخدم 16 حرفًا على الأقل، منها 6 أحرف مختلفة على الأقل، أو استخدم عبارة المرور المولَّدة.</translation>
    </message>
    <message>
        <source>An item is too large to be backed up.</source>
        <translation>أحد العناصر أكبر من أن يُنسخ احتياطيًا.</translation>
    </message>
    <message>
        <source>Internal backup error (invalid state).</source>
        <translation>خطأ داخلي في النسخ الاحتياطي (حالة غير صالحة).</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>لا يوجد ملف شخصي مفتوح.</translation>
    </message>
    <message>
        <source>There is nothing to back up yet: create an account or sign in first.</source>
        <translation>لا يوجد شيء لنسخه احتياطيًا بعد: أنشئ حسابًا أو سجّل الدخول أولًا.</translation>
    </message>
    <message>
        <source>This profile already holds an account or messages. Confirm to add what the backup has; nothing in the profile will be removed.</source>
        <translation>يحتوي هذا الملف الشخصي بالفعل على حساب أو رسائل. أكّد لإضافة محتوى النسخة الاحتياطية؛ لن يُزال أي شيء من الملف الشخصي.</translation>
    </message>
    <message>
        <source>This backup belongs to another account than this profile. Restore it into a new profile. Nothing was changed.</source>
        <translation>تنتمي هذه النسخة الاحتياطية إلى حساب غير حساب هذا الملف الشخصي. استعدها في ملف شخصي جديد. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The backup decrypted correctly but holds data Sotto cannot use. Nothing was restored.</source>
        <translation>فُكّ تشفير النسخة الاحتياطية بنجاح، لكنها تحتوي على بيانات لا يستطيع Sotto استخدامها. لم يُستعد أي شيء.</translation>
    </message>
    <message>
        <source>Your messages could not be read or saved on this computer. Nothing was changed.</source>
        <translation>تعذّرت قراءة رسائلك أو حفظها على هذا الحاسوب. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept.</source>
        <translation>أُلغيت العملية. لم يُحتفظ بأي شيء.</translation>
    </message>
    <message>
        <source>The backup folder does not exist or cannot be written to.</source>
        <translation>مجلد النسخ الاحتياطية غير موجود أو لا يمكن الكتابة فيه.</translation>
    </message>
    <message>
        <source>The saved backup passphrase could not be read: the keychain is locked or refused access. Unlock it, or turn automatic backups off and on again to set a new passphrase.</source>
        <translation>تعذّرت قراءة عبارة مرور النسخ الاحتياطي المحفوظة: سلسلة المفاتيح مقفلة أو رفضت الوصول. افتح قفلها، أو أوقف النسخ الاحتياطي التلقائي ثم شغّله مجددًا لتعيين عبارة مرور جديدة.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up %1 messages.</source>
        <translation>تم نسخ %1 من الرسائل احتياطيًا.</translation>
    </message>
    <message>
        <source>The automatic backup failed. %1 Sotto tries again at the next start.</source>
        <translation>فشل النسخ الاحتياطي التلقائي. %1 سيحاول Sotto مجددًا عند التشغيل التالي.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with your account, keys, contacts and messages. It restores on another computer. Without its passphrase nobody can open it, not even you.</source>
        <translation>النسخة الاحتياطية ملف واحد مشفّر يضم حسابك ومفاتيحك وجهات اتصالك ورسائلك، ويمكن استعادتها على حاسوب آخر. لا يمكن لأحد فتحها دون عبارة المرور الخاصة بها، ولا حتى أنت.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>النسخ الاحتياطي الآن</translation>
    </message>
    <message>
        <source>Use my own passphrase</source>
        <translation>استخدام عبارة مرور خاصة بي</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Verify the last backup</source>
        <translation>التحقق من آخر نسخة احتياطية</translation>
    </message>
    <message>
        <source>Write this passphrase down and keep it somewhere safe. Sotto shows it only now.</source>
        <translation>اكتب عبارة المرور هذه واحفظها في مكان آمن. لن يعرضها Sotto إلا الآن.</translation>
    </message>
    <message>
        <source>Backup passphrase: %1</source>
        <translation>عبارة مرور النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>لقد كتبتها</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Type the passphrase again, from what you wrote down.</source>
        <translation>اكتب عبارة المرور مرة أخرى كما دوّنتها.</translation>
    </message>
    <message>
        <source>Backup passphrase, again</source>
        <translation>عبارة مرور النسخة الاحتياطية، مرة أخرى</translation>
    </message>
    <message>
        <source>That is not the passphrase shown before.</source>
        <translation>هذه ليست عبارة المرور التي عُرضت سابقًا.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Start backup</source>
        <translation>بدء النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>عبارة المرور الخاصة بك</translation>
    </message>
    <message>
        <source>Your backup passphrase</source>
        <translation>عبارة مرور النسخة الاحتياطية الخاصة بك</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>العبارة نفسها مرة أخرى</translation>
    </message>
    <message>
        <source>Your backup passphrase, again</source>
        <translation>عبارة مرور النسخة الاحتياطية الخاصة بك، مرة أخرى</translation>
    </message>
    <message>
        <source>At least 16 characters, at least 6 of them different.</source>
        <translation>16 حرفًا على الأقل، منها 6 أحرف مختلفة على الأقل.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>تقدّم النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>إلغاء النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Last: %1 — %2</source>
        <translation>آخر نسخة: %1 — %2</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>لا توجد نسخة احتياطية بعد.</translation>
    </message>
    <message>
        <source>Restore into this profile…</source>
        <translation>الاستعادة إلى هذا الملف الشخصي…</translation>
    </message>
    <message>
        <source>Restore a backup into this profile</source>
        <translation>استعادة نسخة احتياطية إلى هذا الملف الشخصي</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>النسخ الاحتياطي التلقائي</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>يوميًا</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>الاحتفاظ بآخر</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>عدد النسخ الاحتياطية التلقائية التي يُحتفظ بها</translation>
    </message>
    <message>
        <source>An automatic backup is running…</source>
        <translation>يجري نسخ احتياطي تلقائي…</translation>
    </message>
    <message>
        <source>Last automatic backup: %1 — %2</source>
        <translation>آخر نسخة احتياطية تلقائية: %1 — %2</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>لا توجد نسخة احتياطية تلقائية بعد.</translation>
    </message>
    <message>
        <source>Only Sotto's own automatic backup files in the folder are ever deleted, the oldest first.</source>
        <translation>لا يُحذف من المجلد إلا ملفات النسخ الاحتياطي التلقائي الخاصة بـ Sotto، بدءًا بالأقدم.</translation>
    </message>
    <message>
        <source>Automatic backups use this passphrase. Sotto keeps it on this computer so that they run without asking; you need it to restore one.</source>
        <translation>تستخدم النسخ الاحتياطية التلقائية عبارة المرور هذه. يحتفظ بها Sotto على هذا الحاسوب لتعمل دون أن تسألك؛ وستحتاج إليها لاستعادة أي منها.</translation>
    </message>
    <message>
        <source>Restoring into this profile only adds what it is missing: messages, contacts and settings from the backup that are not here yet. Nothing in this profile is changed or deleted.</source>
        <translation>الاستعادة إلى هذا الملف الشخصي تضيف ما ينقصه فقط: الرسائل وجهات الاتصال والإعدادات الموجودة في النسخة الاحتياطية وغير الموجودة هنا بعد. لا يتغيّر أو يُحذف أي شيء في هذا الملف الشخصي.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>ملف النسخة الاحتياطية المراد استعادته</translation>
    </message>
    <message>
        <source>Passphrase of that backup</source>
        <translation>عبارة مرور تلك النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Add what is missing</source>
        <translation>إضافة ما ينقص</translation>
    </message>
</context>
<context>
    <name>BlockedContactsSection</name>
    <message>
        <source>Blocked and reported</source>
        <translation>المحظورون والمُبلَّغ عنهم</translation>
    </message>
    <message>
        <source>Drop messages from people who are not my contacts</source>
        <translation>تجاهل الرسائل الواردة من أشخاص ليسوا من جهات اتصالي</translation>
    </message>
    <message>
        <source>When off, their first messages wait under Requests; they get no delivery or read receipts until you accept.</source>
        <translation>عند إيقاف هذا الخيار، تنتظر رسائلهم الأولى في «الطلبات»، ولا يتلقّون إشعارات التسليم أو القراءة حتى تقبل.</translation>
    </message>
    <message>
        <source>Nobody is blocked.</source>
        <translation>لا يوجد أحد محظور.</translation>
    </message>
    <message numerus="yes">
        <source>Reported as %1 on %2, %n message(s) attached</source>
        <translation><numerusform>أُبلغ عنه (%1) في %2، مع إرفاق %n رسالة</numerusform><numerusform>أُبلغ عنه (%1) في %2، مع إرفاق %n رسالة</numerusform><numerusform>أُبلغ عنه (%1) في %2، مع إرفاق %n رسالتين</numerusform><numerusform>أُبلغ عنه (%1) في %2، مع إرفاق %n رسائل</numerusform><numerusform>أُبلغ عنه (%1) في %2، مع إرفاق %n رسالة</numerusform><numerusform>أُبلغ عنه (%1) في %2، مع إرفاق %n رسالة</numerusform></translation>
    </message>
    <message>
        <source>spam</source>
        <translation>رسائل مزعجة</translation>
    </message>
    <message>
        <source>abuse</source>
        <translation>إساءة</translation>
    </message>
    <message>
        <source>other</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>إلغاء الحظر</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>إلغاء حظر %1</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Sending is not available in this version of Sotto.</source>
        <translation>الإرسال غير متاح في هذا الإصدار من Sotto.</translation>
    </message>
    <message>
        <source>Review the changed safety number before sending.</source>
        <translation>راجع رقم الأمان الذي تغيّر قبل الإرسال.</translation>
    </message>
    <message>
        <source>Retrying is not available in this version of Sotto.</source>
        <translation>إعادة المحاولة غير متاحة في هذا الإصدار من Sotto.</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>مشفّرة من طرف إلى طرف</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>رقم الأمان</translation>
    </message>
    <message>
        <source>Show safety number</source>
        <translation>إظهار رقم الأمان</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>تفاصيل جهة الاتصال</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message numerus="yes">
        <source>Scroll to newest, %n new message(s)</source>
        <translation><numerusform>الانتقال إلى الأحدث، %n رسالة جديدة</numerusform><numerusform>الانتقال إلى الأحدث، %n رسالة جديدة</numerusform><numerusform>الانتقال إلى الأحدث، %n رسالتان جديدتان</numerusform><numerusform>الانتقال إلى الأحدث، %n رسائل جديدة</numerusform><numerusform>الانتقال إلى الأحدث، %n رسالة جديدة</numerusform><numerusform>الانتقال إلى الأحدث، %n رسالة جديدة</numerusform></translation>
    </message>
    <message>
        <source>Scroll to newest</source>
        <translation>الانتقال إلى الأحدث</translation>
    </message>
    <message>
        <source>Choose a conversation, or start a new one with Ctrl+N.</source>
        <translation>اختر محادثة، أو ابدأ محادثة جديدة بالضغط على Ctrl+N.</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>يكتب…</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation>%1 يكتب</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write an encrypted message</source>
        <translation>اكتب رسالة مشفّرة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter للإرسال، وShift+Enter لسطر جديد</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>إرسال الرسالة</translation>
    </message>
</context>
<context>
    <name>ContactDetailsPage</name>
    <message>
        <source>(key not known yet)</source>
        <translation>(المفتاح غير معروف بعد)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>تفاصيل جهة الاتصال</translation>
    </message>
    <message>
        <source>Show safety number</source>
        <translation>إظهار رقم الأمان</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>No encryption devices are known for this contact yet.</source>
        <translation>لا توجد أجهزة تشفير معروفة لجهة الاتصال هذه بعد.</translation>
    </message>
    <message>
        <source>Device details are not available in this version of Sotto.</source>
        <translation>تفاصيل الأجهزة غير متاحة في هذا الإصدار من Sotto.</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>الجهاز %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Trusted (not verified)</source>
        <translation>موثوق (لم يتم التحقق)</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>غير موثوق</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>لم يُحسم بعد</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>Distrust</source>
        <translation>إلغاء الثقة</translation>
    </message>
    <message>
        <source>Distrust device %1</source>
        <translation>إلغاء الثقة بالجهاز %1</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>الوثوق</translation>
    </message>
    <message>
        <source>Trust device %1</source>
        <translation>الوثوق بالجهاز %1</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>البصمة %1</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>حظر</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>حظر %1</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>إزالة جهة الاتصال</translation>
    </message>
    <message>
        <source>Remove %1 from contacts</source>
        <translation>إزالة %1 من جهات الاتصال</translation>
    </message>
    <message>
        <source>Blocking and removing contacts are not available in this version of Sotto.</source>
        <translation>حظر جهات الاتصال وإزالتها غير متاحين في هذا الإصدار من Sotto.</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>إلغاء الحظر</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>إلغاء حظر %1</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>إبلاغ…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>الإبلاغ عن %1</translation>
    </message>
    <message>
        <source>Hide QR code</source>
        <translation>إخفاء رمز QR</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>رمز QR</translation>
    </message>
    <message>
        <source>Hide the QR code of device %1</source>
        <translation>إخفاء رمز QR للجهاز %1</translation>
    </message>
    <message>
        <source>Show the QR code of device %1</source>
        <translation>إظهار رمز QR للجهاز %1</translation>
    </message>
    <message>
        <source>Device %1 of %2</source>
        <translation>الجهاز %1 لدى %2</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation><numerusform>%1، %n رسالة غير مقروءة</numerusform><numerusform>%1، %n رسالة غير مقروءة</numerusform><numerusform>%1، %n رسالتان غير مقروءتين</numerusform><numerusform>%1، %n رسائل غير مقروءة</numerusform><numerusform>%1، %n رسالة غير مقروءة</numerusform><numerusform>%1، %n رسالة غير مقروءة</numerusform></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>مثبّتة</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>نتيجة البحث: %1</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>مسودة: %1</translation>
    </message>
    <message>
        <source>Wants to message you</source>
        <translation>يريد مراسلتك</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>أنت: %1</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>مكتومة</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Accept message request from %1</source>
        <translation>قبول طلب المراسلة من %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Decline message request from %1</source>
        <translation>رفض طلب المراسلة من %1</translation>
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
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>محادثة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>الإعدادات (Ctrl+,)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Reconnecting… messages will be sent when back online</source>
        <translation>جارٍ إعادة الاتصال… ستُرسَل الرسائل عند عودة الاتصال</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>بحث (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>الدردشات</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>لا توجد محادثة تطابق «%1».</translation>
    </message>
    <message>
        <source>No conversations yet. Start one with +.</source>
        <translation>لا توجد محادثات بعد. ابدأ محادثة بالزر +.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>إظهار المؤرشفة</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>إلغاء الكتم</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>كتم</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>إلغاء الأرشفة</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>تعليم كمقروءة</translation>
    </message>
</context>
<context>
    <name>CryptoError</name>
    <message>
        <source>The message is damaged or was tampered with.</source>
        <translation>الرسالة تالفة أو تم العبث بها.</translation>
    </message>
    <message>
        <source>The message was already received.</source>
        <translation>تم استلام هذه الرسالة من قبل.</translation>
    </message>
    <message>
        <source>Too many messages from this device were lost.</source>
        <translation>فُقدت رسائل كثيرة جدًا من هذا الجهاز.</translation>
    </message>
    <message>
        <source>There is no encrypted session with this device.</source>
        <translation>لا توجد جلسة مشفّرة مع هذا الجهاز.</translation>
    </message>
    <message>
        <source>The message uses a key this device no longer has.</source>
        <translation>تستخدم الرسالة مفتاحًا لم يعد موجودًا على هذا الجهاز.</translation>
    </message>
    <message>
        <source>A key is not valid.</source>
        <translation>أحد المفاتيح غير صالح.</translation>
    </message>
    <message>
        <source>The device's key signature does not verify.</source>
        <translation>فشل التحقق من توقيع مفتاح الجهاز.</translation>
    </message>
    <message>
        <source>The device presented a different identity key.</source>
        <translation>قدّم الجهاز مفتاح هوية مختلفًا.</translation>
    </message>
    <message>
        <source>The message uses an old protocol version.</source>
        <translation>تستخدم الرسالة إصدارًا قديمًا من البروتوكول.</translation>
    </message>
    <message>
        <source>The message uses an unknown protocol version.</source>
        <translation>تستخدم الرسالة إصدارًا غير معروف من البروتوكول.</translation>
    </message>
    <message>
        <source>The message belongs to an outdated session.</source>
        <translation>تنتمي الرسالة إلى جلسة قديمة.</translation>
    </message>
    <message>
        <source>The message carries no text.</source>
        <translation>لا تحتوي الرسالة على نص.</translation>
    </message>
    <message>
        <source>The message was not encrypted for this device.</source>
        <translation>لم تُشفَّر الرسالة لهذا الجهاز.</translation>
    </message>
    <message>
        <source>The key store could not be read or written.</source>
        <translation>تعذّرت قراءة مخزن المفاتيح أو الكتابة فيه.</translation>
    </message>
    <message>
        <source>Invalid argument.</source>
        <translation>وسيط غير صالح.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>نفدت الذاكرة.</translation>
    </message>
    <message>
        <source>Internal encryption error.</source>
        <translation>خطأ داخلي في التشفير.</translation>
    </message>
</context>
<context>
    <name>DeliveryStateIcon</name>
    <message>
        <source>Sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>تم الإرسال</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>تمت القراءة</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>لم تُرسَل</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>KeychainLostPage</name>
    <message>
        <source>Sotto's key is missing from your keychain</source>
        <translation>مفتاح Sotto مفقود من سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>Your messages are still on this computer, encrypted, and nothing has been deleted. But the key that opens them is no longer in your system's keychain. This can happen when the keychain was reset, when you use a different desktop session or keychain program, or after the computer was reinstalled.</source>
        <translation>لا تزال رسائلك على هذا الحاسوب، مشفّرة، ولم يُحذف أي شيء. لكن المفتاح الذي يفتحها لم يعد موجودًا في سلسلة مفاتيح النظام. قد يحدث هذا عند إعادة ضبط سلسلة المفاتيح، أو عند استخدام جلسة سطح مكتب أو برنامج سلسلة مفاتيح مختلف، أو بعد إعادة تثبيت نظام الحاسوب.</translation>
    </message>
    <message>
        <source>Enter the recovery code you saved when you set up Sotto. Sotto will put the key back into the keychain.</source>
        <translation>أدخل رمز الاسترداد الذي حفظته عند إعداد Sotto. سيعيد Sotto المفتاح إلى سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>This version of Sotto cannot use a recovery code yet.</source>
        <translation>لا يستطيع هذا الإصدار من Sotto استخدام رمز الاسترداد بعد.</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>جرّب سلسلة المفاتيح مرة أخرى</translation>
    </message>
    <message>
        <source>Use this after unlocking or restoring your keychain</source>
        <translation>استخدم هذا بعد فتح قفل سلسلة المفاتيح أو استعادتها</translation>
    </message>
    <message>
        <source>Restore with recovery code</source>
        <translation>الاستعادة برمز الاسترداد</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Language of Sotto</source>
        <translation>لغة Sotto</translation>
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
        <translation>جارٍ فتح رسائلك</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <source>New conversation</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>Their address</source>
        <translation>عنوان الطرف الآخر</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Start the conversation</source>
        <translation>بدء المحادثة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Them</source>
        <translation>الطرف الآخر</translation>
    </message>
    <message>
        <source>message could not be decrypted</source>
        <translation>تعذّر فك تشفير الرسالة</translation>
    </message>
    <message>
        <source>This message could not be decrypted. Ask the sender to send it again; their app may need to refresh its keys.</source>
        <translation>تعذّر فك تشفير هذه الرسالة. اطلب من المرسل إرسالها مرة أخرى؛ فقد يحتاج تطبيقه إلى تحديث مفاتيحه.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>لم تُرسَل</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>مشفّرة من طرف إلى طرف</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>غير مشفّرة</translation>
    </message>
    <message>
        <source>From a device you have not verified</source>
        <translation>من جهاز لم تتحقق منه</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>إعادة محاولة الإرسال</translation>
    </message>
</context>
<context>
    <name>MessageContextMenu</name>
    <message>
        <source>Copy text</source>
        <translation>نسخ النص</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>إبلاغ…</translation>
    </message>
    <message>
        <source>Report this message</source>
        <translation>الإبلاغ عن هذه الرسالة</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>إعادة محاولة الإرسال</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>Show a notification for new messages</source>
        <translation>إظهار إشعار عند وصول رسائل جديدة</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Name and message</source>
        <translation>الاسم والرسالة</translation>
    </message>
    <message>
        <source>Name only</source>
        <translation>الاسم فقط</translation>
    </message>
    <message>
        <source>No name or message</source>
        <translation>بدون اسم أو رسالة</translation>
    </message>
    <message>
        <source>What notifications show</source>
        <translation>ما تعرضه الإشعارات</translation>
    </message>
    <message>
        <source>Notifications can be read by anyone who sees your screen, also when it is locked. A message request only ever shows “New message request”.</source>
        <translation>يمكن لأي شخص يرى شاشتك قراءة الإشعارات، حتى عندما تكون مقفلة. طلب المراسلة لا يظهر إلا بعبارة «طلب مراسلة جديد».</translation>
    </message>
</context>
<context>
    <name>OwnDevicesSection</name>
    <message>
        <source>In use now</source>
        <translation>قيد الاستخدام الآن</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>لم يُرَ بعد</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>آخر ظهور: %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Messages to you are encrypted for each of these devices. Remove one you no longer use.</source>
        <translation>تُشفَّر الرسائل المرسلة إليك لكل جهاز من هذه الأجهزة. أزِل الجهاز الذي لم تعد تستخدمه.</translation>
    </message>
    <message>
        <source>No devices known yet.</source>
        <translation>لا توجد أجهزة معروفة بعد.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>الجهاز %1</translation>
    </message>
    <message>
        <source>Fingerprint not known yet</source>
        <translation>البصمة غير معروفة بعد</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>البصمة: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove device %1</source>
        <translation>إزالة الجهاز %1</translation>
    </message>
    <message>
        <source>Remove device %1?</source>
        <translation>إزالة الجهاز %1؟</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Your contacts stop encrypting new messages to it. If that device is still signed in, it adds itself back the next time it connects; sign out there first.</source>
        <translation>ستتوقف جهات اتصالك عن تشفير الرسائل الجديدة له. إذا كان ذلك الجهاز لا يزال مسجَّل الدخول، فسيضيف نفسه من جديد عند اتصاله التالي؛ سجّل الخروج عليه أولًا.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Protect your messages with a passphrase</source>
        <translation>احمِ رسائلك بعبارة مرور</translation>
    </message>
    <message>
        <source>Unlock Sotto</source>
        <translation>فتح قفل Sotto</translation>
    </message>
    <message>
        <source>Sotto keeps your messages in an encrypted database. Normally its key is kept in your system's keychain, but this computer has no keychain that Sotto can use (for example no GNOME Keyring or KWallet is running). Sotto never stores the key unprotected, so please choose a passphrase instead. You will need it every time Sotto starts.</source>
        <translation>يحفظ Sotto رسائلك في قاعدة بيانات مشفّرة. عادةً يُحفظ مفتاحها في سلسلة مفاتيح النظام، لكن لا توجد على هذا الحاسوب سلسلة مفاتيح يمكن لـ Sotto استخدامها (مثلًا لا يعمل GNOME Keyring ولا KWallet). لا يخزّن Sotto المفتاح أبدًا دون حماية، لذا يُرجى اختيار عبارة مرور بدلًا من ذلك. ستحتاج إليها في كل مرة يبدأ فيها Sotto.</translation>
    </message>
    <message>
        <source>Your messages are protected by a passphrase. Enter it to open them.</source>
        <translation>رسائلك محمية بعبارة مرور. أدخلها لفتح رسائلك.</translation>
    </message>
    <message>
        <source>Please use at least 8 characters; a few unusual words work well.</source>
        <translation>يُرجى استخدام 8 أحرف على الأقل؛ بضع كلمات غير مألوفة خيار جيد.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>تأكيد عبارة المرور</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ المعالجة</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Send read receipts</source>
        <translation>إرسال إشعارات القراءة</translation>
    </message>
    <message>
        <source>Contacts see when you have read their messages. That a message reached this computer is always confirmed.</source>
        <translation>ترى جهات الاتصال متى قرأت رسائلها. أما وصول الرسالة إلى هذا الحاسوب فيُؤكَّد دائمًا.</translation>
    </message>
    <message>
        <source>Send typing indicators</source>
        <translation>إرسال مؤشرات الكتابة</translation>
    </message>
    <message>
        <source>Contacts see when you are typing to them. Your server sees it too: typing indicators are not end-to-end encrypted.</source>
        <translation>ترى جهات الاتصال متى تكتب لها. ويرى خادمك ذلك أيضًا: مؤشرات الكتابة غير مشفّرة من طرف إلى طرف.</translation>
    </message>
    <message>
        <source>Trust new devices of my contacts until I verify them</source>
        <translation>الوثوق بالأجهزة الجديدة لجهات اتصالي إلى أن أتحقق منها</translation>
    </message>
    <message>
        <source>When off, Sotto does not encrypt to a new device of a contact until you decide about it.</source>
        <translation>عند إيقاف هذا الخيار، لا يشفّر Sotto لجهاز جديد لجهة اتصال حتى تقرّر بشأنه.</translation>
    </message>
</context>
<context>
    <name>ProfileProblemPage</name>
    <message>
        <source>Sotto cannot open your messages</source>
        <translation>لا يستطيع Sotto فتح رسائلك</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Save your recovery code</source>
        <translation>احفظ رمز الاسترداد</translation>
    </message>
    <message>
        <source>If your keychain is reset or you forget your passphrase, this code is the only way to open your messages again. Write it down or store it in a password manager. Sotto will not show it again.</source>
        <translation>إذا أُعيد ضبط سلسلة المفاتيح أو نسيت عبارة المرور، فهذا الرمز هو الطريقة الوحيدة لفتح رسائلك مجددًا. اكتبه أو احفظه في مدير كلمات مرور. لن يعرضه Sotto مرة أخرى.</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>رمز الاسترداد: %1</translation>
    </message>
    <message>
        <source>I have saved my recovery code somewhere safe</source>
        <translation>حفظت رمز الاسترداد في مكان آمن</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report %1</source>
        <translation>الإبلاغ عن %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>لماذا؟</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>رسائل مزعجة</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>إساءة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <source>Messages to include (in plain text):</source>
        <translation>الرسائل المراد إرفاقها (دون تشفير):</translation>
    </message>
    <message>
        <source>There are no messages from %1 to include.</source>
        <translation>لا توجد رسائل من %1 يمكن إرفاقها.</translation>
    </message>
    <message>
        <source>Include message: %1</source>
        <translation>إرفاق الرسالة: %1</translation>
    </message>
    <message>
        <source>No message will be attached.</source>
        <translation>لن تُرفق أي رسالة.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked message(s) will be sent in plain text.</source>
        <translation><numerusform>ستُرسَل %n رسالة محدّدة دون تشفير.</numerusform><numerusform>ستُرسَل %n رسالة محدّدة دون تشفير.</numerusform><numerusform>ستُرسَل %n رسالتان محدّدتان دون تشفير.</numerusform><numerusform>ستُرسَل %n رسائل محدّدة دون تشفير.</numerusform><numerusform>ستُرسَل %n رسالة محدّدة دون تشفير.</numerusform><numerusform>ستُرسَل %n رسالة محدّدة دون تشفير.</numerusform></translation>
    </message>
    <message>
        <source>The report goes to your server (%1) and %2 will be blocked. Nothing else leaves this device.</source>
        <translation>يُرسَل البلاغ إلى خادمك (%1) وسيُحظر %2. لن يغادر أي شيء آخر هذا الجهاز.</translation>
    </message>
    <message>
        <source>Report and block</source>
        <translation>إبلاغ وحظر</translation>
    </message>
    <message>
        <source>The message you chose is older than the last five from %1; only these can be attached.</source>
        <translation>الرسالة التي اخترتها أقدم من آخر خمس رسائل من %1؛ ولا يمكن إرفاق سوى هذه الخمس.</translation>
    </message>
</context>
<context>
    <name>RequestBar</name>
    <message>
        <source>Message request from %1</source>
        <translation>طلب مراسلة من %1</translation>
    </message>
    <message>
        <source>This address is not in your contacts. They will not know that you have seen their message until you accept. Links and images are not opened.</source>
        <translation>هذا العنوان ليس ضمن جهات اتصالك. لن يعرف المرسل أنك رأيت رسالته حتى تقبل. لا تُفتح الروابط والصور.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Accept message request from %1</source>
        <translation>قبول طلب المراسلة من %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete message request from %1</source>
        <translation>حذف طلب المراسلة من %1</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>حظر</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>حظر %1</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>إبلاغ…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>الإبلاغ عن %1</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase: the 30 digits Sotto showed you, or your own.</source>
        <translation>اختر ملف النسخة الاحتياطية واكتب عبارة المرور الخاصة به: الأرقام الـ30 التي عرضها Sotto عليك، أو عبارتك الخاصة.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>/path/to/sotto-backup.sottobackup</source>
        <translation>/path/to/sotto-backup.sottobackup</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>تقدّم الاستعادة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>إلغاء الاستعادة</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
</context>
<context>
    <name>SafetyMenuButton</name>
    <message>
        <source>Safety</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Block or report %1</source>
        <translation>حظر %1 أو الإبلاغ عنه</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>إلغاء الحظر</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>حظر</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>إبلاغ…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>الإبلاغ عن %1</translation>
    </message>
</context>
<context>
    <name>SafetyNumberBanner</name>
    <message>
        <source>Your safety number with %1 changed. This happens when they reinstall or add a device, but it could also mean someone is intercepting. Sending is paused until you review it.</source>
        <translation>تغيّر رقم الأمان بينك وبين %1. يحدث هذا عندما يعيد الطرف الآخر تثبيت التطبيق أو يضيف جهازًا، لكنه قد يعني أيضًا أن شخصًا ما يعترض اتصالكما. الإرسال متوقف مؤقتًا حتى تراجعه.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>Review safety number</source>
        <translation>مراجعة رقم الأمان</translation>
    </message>
</context>
<context>
    <name>SafetyNumberPage</name>
    <message>
        <source>This version of Sotto cannot record verification yet.</source>
        <translation>لا يستطيع هذا الإصدار من Sotto تسجيل التحقق بعد.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Safety number with %1</source>
        <translation>رقم الأمان مع %1</translation>
    </message>
    <message>
        <source>Compare these numbers with the ones %1 sees, in person or over a call you trust, or scan each other's code. If they match, nobody is reading along.</source>
        <translation>قارن هذه الأرقام بالأرقام التي يراها %1، وجهًا لوجه أو عبر مكالمة تثق بها، أو امسحا رمز QR لدى كل منكما. إذا تطابقت، فلا أحد يطّلع على محادثتكما.</translation>
    </message>
    <message>
        <source>The safety number is not available yet: Sotto needs this contact's encryption keys first.</source>
        <translation>رقم الأمان غير متاح بعد: يحتاج Sotto أولًا إلى مفاتيح التشفير الخاصة بجهة الاتصال هذه.</translation>
    </message>
    <message>
        <source>Safety number: %1</source>
        <translation>رقم الأمان: %1</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ تم التحقق</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>لم يتم التحقق</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>تعليم كموثَّق</translation>
    </message>
    <message>
        <source>Accept without verifying</source>
        <translation>القبول دون تحقق</translation>
    </message>
    <message>
        <source>Trust the new key now and compare the numbers later</source>
        <translation>الوثوق بالمفتاح الجديد الآن ومقارنة الأرقام لاحقًا</translation>
    </message>
    <message>
        <source>Clear verification</source>
        <translation>إلغاء التحقق</translation>
    </message>
    <message>
        <source>Compare by pasting their number</source>
        <translation>المقارنة بلصق رقم الطرف الآخر</translation>
    </message>
    <message>
        <source>Their safety number</source>
        <translation>رقم الأمان لدى الطرف الآخر</translation>
    </message>
    <message numerus="yes">
        <source>A safety number has 60 digits; this has %n.</source>
        <translation><numerusform>يتكوّن رقم الأمان من 60 رقمًا، وهذا يتكوّن من %n.</numerusform><numerusform>يتكوّن رقم الأمان من 60 رقمًا، وهذا يتكوّن من %n.</numerusform><numerusform>يتكوّن رقم الأمان من 60 رقمًا، وهذا يتكوّن من %n.</numerusform><numerusform>يتكوّن رقم الأمان من 60 رقمًا، وهذا يتكوّن من %n.</numerusform><numerusform>يتكوّن رقم الأمان من 60 رقمًا، وهذا يتكوّن من %n.</numerusform><numerusform>يتكوّن رقم الأمان من 60 رقمًا، وهذا يتكوّن من %n.</numerusform></translation>
    </message>
    <message>
        <source>The numbers match.</source>
        <translation>الأرقام متطابقة.</translation>
    </message>
    <message>
        <source>The numbers do not match. Do not mark this contact as verified.</source>
        <translation>الأرقام غير متطابقة. لا تعلّم جهة الاتصال هذه كموثَّقة.</translation>
    </message>
    <message>
        <source>Sotto</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>Show the code for Sotto</source>
        <translation>إظهار الرمز الخاص بـ Sotto</translation>
    </message>
    <message>
        <source>Other apps</source>
        <translation>تطبيقات أخرى</translation>
    </message>
    <message>
        <source>Show the code for Conversations and other OMEMO apps</source>
        <translation>إظهار الرمز الخاص بـ Conversations وتطبيقات OMEMO الأخرى</translation>
    </message>
    <message>
        <source>Conversations, Dino or Gajim on their side scans this to verify this device.</source>
        <translation>يمسح Conversations أو Dino أو Gajim لدى الطرف الآخر هذا الرمز للتحقق من هذا الجهاز.</translation>
    </message>
    <message>
        <source>Sotto on their side scans this to compare the safety number.</source>
        <translation>يمسح Sotto لدى الطرف الآخر هذا الرمز لمقارنة رقم الأمان.</translation>
    </message>
    <message>
        <source>Paste the 60 digits or the link they sent you</source>
        <translation>الصق الأرقام الستين أو الرابط الذي أرسلوه إليك</translation>
    </message>
    <message>
        <source>Check this code</source>
        <translation>التحقق من هذا الرمز</translation>
    </message>
    <message>
        <source>Check the pasted code</source>
        <translation>التحقق من الرمز الملصق</translation>
    </message>
</context>
<context>
    <name>ScannedCodeCheck</name>
    <message>
        <source>Reading the picture…</source>
        <translation>جارٍ قراءة الصورة…</translation>
    </message>
    <message>
        <source>This version of Sotto cannot check codes yet.</source>
        <translation>لا يستطيع هذا الإصدار من Sotto التحقق من الرموز بعد.</translation>
    </message>
    <message>
        <source>The keys in this code match. The devices it names are verified.</source>
        <translation>المفاتيح في هذا الرمز متطابقة. تم التحقق من الأجهزة المذكورة فيه.</translation>
    </message>
    <message>
        <source>This code does not match the keys Sotto has for %1, so nothing was marked as verified. Ask them to show the code again; if it still differs, compare the safety number in person before you trust this conversation.</source>
        <translation>هذا الرمز لا يطابق المفاتيح التي لدى Sotto لـ %1، لذا لم يُعلَّم أي شيء على أنه تم التحقق منه. اطلب منهم عرض الرمز مجددًا؛ وإذا ظل مختلفًا، فقارنا رقم الأمان وجهًا لوجه قبل أن تثق بهذه المحادثة.</translation>
    </message>
    <message>
        <source>Sotto has not seen the devices in this code yet. Exchange a message with %1 first, then read the code again.</source>
        <translation>لم يرَ Sotto الأجهزة الموجودة في هذا الرمز بعد. تبادل رسالة مع %1 أولًا، ثم اقرأ الرمز مجددًا.</translation>
    </message>
    <message>
        <source>This code belongs to %1, not to %2. Nothing was changed.</source>
        <translation>هذا الرمز يخص %1، وليس %2. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This is an XMPP link, but not a valid verification link. Nothing was changed.</source>
        <translation>هذا رابط XMPP، لكنه ليس رابط تحقق صالحًا. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Sign in first: Sotto needs your account to check codes.</source>
        <translation>سجّل الدخول أولًا: يحتاج Sotto إلى حسابك للتحقق من الرموز.</translation>
    </message>
    <message>
        <source>The codes match: nobody is reading along. You can mark %1 as verified.</source>
        <translation>الرموز متطابقة: لا أحد يقرأ رسائلكما. يمكنك تعليم %1 على أنه تم التحقق منه.</translation>
    </message>
    <message>
        <source>The codes do not match. Do not mark %1 as verified. Make sure you scanned the code from their conversation with you; if the codes still differ, someone may be intercepting your messages.</source>
        <translation>الرموز غير متطابقة. لا تعلّم %1 على أنه تم التحقق منه. تأكّد من أنك مسحت الرمز من محادثته معك؛ وإذا ظلت الرموز مختلفة، فقد يكون أحدهم يعترض رسائلكما.</translation>
    </message>
    <message>
        <source>The safety number is not available yet: Sotto needs this contact's encryption keys first.</source>
        <translation>رقم الأمان غير متاح بعد: يحتاج Sotto أولًا إلى مفاتيح التشفير الخاصة بجهة الاتصال هذه.</translation>
    </message>
    <message>
        <source>This QR code is not a safety number or a verification link: it contains something else.</source>
        <translation>رمز QR هذا ليس رقم أمان ولا رابط تحقق: إنه يحتوي على شيء آخر.</translation>
    </message>
    <message>
        <source>Device %1: verified now</source>
        <translation>الجهاز %1: تم التحقق منه الآن</translation>
    </message>
    <message>
        <source>Device %1: already verified</source>
        <translation>الجهاز %1: تم التحقق منه من قبل</translation>
    </message>
    <message>
        <source>Device %1: the key does not match</source>
        <translation>الجهاز %1: المفتاح غير مطابق</translation>
    </message>
    <message>
        <source>Device %1: not known yet</source>
        <translation>الجهاز %1: غير معروف بعد</translation>
    </message>
    <message>
        <source>This file could not be opened as a picture.</source>
        <translation>تعذّر فتح هذا الملف كصورة.</translation>
    </message>
    <message>
        <source>No QR code was found in this picture. Use a sharp picture that shows the whole code.</source>
        <translation>لم يُعثر على رمز QR في هذه الصورة. استخدم صورة واضحة تُظهر الرمز كاملًا.</translation>
    </message>
    <message>
        <source>Picture of their QR code</source>
        <translation>صورة رمز QR الخاص بهم</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Compare by their QR code</source>
        <translation>المقارنة عبر رمز QR الخاص بهم</translation>
    </message>
    <message>
        <source>Open a picture or screenshot of the code they show (in Sotto, Conversations or another OMEMO app), or drop it here.</source>
        <translation>افتح صورة أو لقطة شاشة للرمز الذي يعرضونه (في Sotto أو Conversations أو تطبيق OMEMO آخر)، أو أفلتها هنا.</translation>
    </message>
    <message>
        <source>Open picture of their QR code…</source>
        <translation>فتح صورة رمز QR الخاص بهم…</translation>
    </message>
    <message>
        <source>Reading the picture</source>
        <translation>جارٍ قراءة الصورة</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>تعليم على أنه تم التحقق منه</translation>
    </message>
    <message>
        <source>Mark %1 as verified</source>
        <translation>تعليم %1 على أنه تم التحقق منه</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Fingerprint of this device: %1</source>
        <translation>بصمة هذا الجهاز: %1</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>Scan this with Conversations or another OMEMO app on your contact's phone to verify this device.</source>
        <translation>امسح هذا الرمز باستخدام Conversations أو تطبيق OMEMO آخر على هاتف جهة اتصالك للتحقق من هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>VerificationQrCode</name>
    <message>
        <source>QR code to scan with the other device</source>
        <translation>رمز QR ليمسحه الجهاز الآخر</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Sotto</source>
        <translation>مرحبًا بك في Sotto</translation>
    </message>
    <message>
        <source>Sotto sends every message end-to-end encrypted (OMEMO) over XMPP, so you can talk to people using Conversations, Dino, Gajim and other XMPP apps. Your messages are stored encrypted on this computer.</source>
        <translation>يرسل Sotto كل رسالة مشفّرة من طرف إلى طرف (OMEMO) عبر XMPP، لذا يمكنك التحدث مع من يستخدمون Conversations وDino وGajim وتطبيقات XMPP الأخرى. تُخزَّن رسائلك مشفّرة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Create a new account</source>
        <translation>إنشاء حساب جديد</translation>
    </message>
    <message>
        <source>Registers a new address on an XMPP server you choose</source>
        <translation>يسجّل عنوانًا جديدًا على خادم XMPP تختاره</translation>
    </message>
    <message>
        <source>Sign in with an existing XMPP account</source>
        <translation>تسجيل الدخول بحساب XMPP موجود</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Brings back an account, its keys and messages from a Sotto backup file</source>
        <translation>يستعيد حسابًا مع مفاتيحه ورسائله من ملف نسخة احتياطية لـ Sotto</translation>
    </message>
</context>
<context>
    <name>sotto</name>
    <message>
        <source>Sotto, a private messenger.</source>
        <translation>Sotto، تطبيق مراسلة خاص.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>حفظ صورة للنافذة في &lt;file&gt; ثم الخروج.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;directory&gt;.</source>
        <translation>استخدام الملف الشخصي الموجود في &lt;directory&gt;.</translation>
    </message>
    <message>
        <source>Connect to &lt;host:port&gt; instead of looking up the server.</source>
        <translation>الاتصال بـ &lt;host:port&gt; بدلًا من البحث عن الخادم.</translation>
    </message>
    <message>
        <source>Use TLS from the start (XEP-0368).</source>
        <translation>استخدام TLS منذ البداية (XEP-0368).</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 &lt;fingerprint&gt;.</source>
        <translation>الوثوق بشهادة الخادم ذات بصمة SHA-256 هذه &lt;fingerprint&gt;.</translation>
    </message>
</context>
<context>
    <name>sotto-cli</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>طباعة الإصدار والخروج.</translation>
    </message>
    <message>
        <source>See above.</source>
        <translation>انظر أعلاه.</translation>
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
        <translation>عميل Sotto بلا واجهة رسومية، للسكربتات والاختبارات.

الأوامر:
  account register JID [PASSWORD]   إنشاء الحساب (تسجيل داخل النطاق)
  account login JID [PASSWORD]      تسجيل الدخول إلى حساب موجود
  account show                      حساب هذا الملف الشخصي وجهازه وبصمته
  contacts [add JID]                عرض قائمة جهات الاتصال، أو إضافة جهة اتصال
  send JID TEXT                     إرسال رسالة مشفّرة بـ OMEMO
  listen [--count N] [--timeout S]  طباعة الرسائل الواردة
  history JID [--limit N]           طباعة الرسائل المخزّنة، الأقدم أولًا
  devices [JID]                     أجهزة OMEMO (أجهزتنا عند عدم تحديد JID)
  trust JID DEVICE trusted|untrusted|verified
  safety-number JID                 رقم الأمان مع جهة اتصال
  fingerprint                       بصمة OMEMO لهذا الجهاز
  requests                          طلبات المراسلة (الرسائل الأولى من الغرباء)
  accept JID                        قبول طلب: إضافة جهة الاتصال
  block JID | unblock JID           الحظر على الخادم، لجميع أجهزتك
  blocked                           قائمة الحظر (مع ما أبلغت عنه)
  report JID --reason spam|abuse|other [--include MESSAGE_ID...]
                                    الإبلاغ إلى خادمك والحظر؛ تُرسَل فقط
                                    الرسائل المضمّنة، دون تشفير

النسخ الاحتياطية (ملف عبارة مرور النسخة الاحتياطية ليس ملف --passphrase-file الخاص بالملف الشخصي):
  backup create --out FILE --backup-passphrase-file F
  backup verify FILE --backup-passphrase-file F
  backup restore FILE --backup-passphrase-file F [--merge]
                                    إلى --profile DIR (جديد، أو --merge للإضافة)

عند عدم تحديد PASSWORD، يُقرأ السطر الأول من الإدخال القياسي.

رموز الخروج: 0 نجاح، 1 خطأ في الاستخدام، 2 تعذّر فتح الملف الشخصي أو فتح قفله،
3 تعذّر الوصول إلى الخادم أو رُفضت بيانات الاعتماد، 4 لم تُرسَل الرسالة (مثلًا
لا يوجد جهاز OMEMO)، 5 انتهت المهلة، 6 لا يوجد حساب أو جهة اتصال أو جهاز بهذا الاسم، 7 لم تُنشأ النسخة الاحتياطية أو لم يُتحقق منها أو لم تُستعد.</translation>
    </message>
    <message>
        <source>account: %1
device: %2
fingerprint: %3</source>
        <translation>الحساب: %1
الجهاز: %2
البصمة: %3</translation>
    </message>
    <message>
        <source>usage: account register|login JID [PASSWORD] | account show</source>
        <translation>الاستخدام: account register|login JID [PASSWORD] | account show</translation>
    </message>
    <message>
        <source>a password is needed (argument or first line of stdin)</source>
        <translation>كلمة المرور مطلوبة (كوسيط أو في السطر الأول من الإدخال القياسي)</translation>
    </message>
    <message>
        <source>%1 messages, %2 conversations, %3 contacts, %4 sessions</source>
        <translation>الرسائل: %1، المحادثات: %2، جهات الاتصال: %3، الجلسات: %4</translation>
    </message>
    <message>
        <source>usage: backup create --out FILE --backup-passphrase-file F
       backup verify FILE --backup-passphrase-file F
       backup restore FILE --backup-passphrase-file F [--merge]</source>
        <translation>الاستخدام: backup create --out FILE --backup-passphrase-file F
           backup verify FILE --backup-passphrase-file F
           backup restore FILE --backup-passphrase-file F [--merge]</translation>
    </message>
    <message>
        <source>usage: backup create --out FILE --backup-passphrase-file F</source>
        <translation>الاستخدام: backup create --out FILE --backup-passphrase-file F</translation>
    </message>
    <message>
        <source>cannot read the backup passphrase file (--backup-passphrase-file)</source>
        <translation>تعذّرت قراءة ملف عبارة مرور النسخة الاحتياطية (--backup-passphrase-file)</translation>
    </message>
    <message>
        <source>backup written: %1 (%2, %3 bytes)</source>
        <translation>كُتبت النسخة الاحتياطية: %1 (%2، %3 بايت)</translation>
    </message>
    <message>
        <source>usage: backup verify FILE --backup-passphrase-file F</source>
        <translation>الاستخدام: backup verify FILE --backup-passphrase-file F</translation>
    </message>
    <message>
        <source>backup is intact: %1</source>
        <translation>النسخة الاحتياطية سليمة: %1</translation>
    </message>
    <message>
        <source>usage: backup restore FILE --backup-passphrase-file F [--merge]</source>
        <translation>الاستخدام: backup restore FILE --backup-passphrase-file F [--merge]</translation>
    </message>
    <message>
        <source>restored %1 into this profile (%2)</source>
        <translation>استُعيد %1 في هذا الملف الشخصي (%2)</translation>
    </message>
    <message>
        <source>the account password could not be stored: sign in again</source>
        <translation>تعذّر حفظ كلمة مرور الحساب: سجّل الدخول مجددًا</translation>
    </message>
    <message>
        <source>Profile directory (default: the user's Sotto profile).</source>
        <translation>مجلد الملف الشخصي (الافتراضي: ملف Sotto الشخصي للمستخدم).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>طباعة كائن JSON واحد في كل سطر.</translation>
    </message>
    <message>
        <source>File whose first line is the passphrase that protects the profile when there is no keychain.</source>
        <translation>ملف يحتوي سطره الأول على عبارة المرور التي تحمي الملف الشخصي عند عدم وجود سلسلة مفاتيح.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Connect to HOST:PORT instead of looking the server up.</source>
        <translation>الاتصال بـ HOST:PORT بدلًا من البحث عن الخادم.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>With --server: the port speaks TLS directly (no STARTTLS).</source>
        <translation>مع --server: يستخدم المنفذ TLS مباشرةً (دون STARTTLS).</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 (hex).</source>
        <translation>قبول شهادة الخادم ذات قيمة SHA-256 هذه (بالنظام الست عشري).</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>Keychain service name (tests).</source>
        <translation>اسم خدمة سلسلة المفاتيح (للاختبارات).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>cannot read the passphrase file</source>
        <translation>تعذّرت قراءة ملف عبارة المرور</translation>
    </message>
    <message>
        <source>--server needs HOST:PORT</source>
        <translation>يحتاج --server إلى HOST:PORT</translation>
    </message>
    <message>
        <source>me</source>
        <comment>the sender of your own messages</comment>
        <translation>أنا</translation>
    </message>
    <message>
        <source>[could not decrypt: %1]</source>
        <translation>[تعذّر فك التشفير: %1]</translation>
    </message>
    <message>
        <source>[NOT ENCRYPTED]</source>
        <translation>[غير مشفّرة]</translation>
    </message>
    <message>
        <source>usage: send JID TEXT</source>
        <translation>الاستخدام: send JID TEXT</translation>
    </message>
    <message>
        <source>usage: history JID [--limit N]</source>
        <translation>الاستخدام: history JID [--limit N]</translation>
    </message>
    <message>
        <source>usage: requests</source>
        <translation>الاستخدام: requests</translation>
    </message>
    <message>
        <source>usage: accept JID</source>
        <translation>الاستخدام: accept JID</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>تم قبول %1</translation>
    </message>
    <message>
        <source>usage: block JID</source>
        <translation>الاستخدام: block JID</translation>
    </message>
    <message>
        <source>usage: unblock JID</source>
        <translation>الاستخدام: unblock JID</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>تم حظر %1</translation>
    </message>
    <message>
        <source>unblocked %1</source>
        <translation>تم إلغاء حظر %1</translation>
    </message>
    <message>
        <source>usage: blocked</source>
        <translation>الاستخدام: blocked</translation>
    </message>
    <message numerus="yes">
        <source>(reported as %1 on %2, %n message(s) attached)</source>
        <translation><numerusform>(أُبلغ عنه بسبب %1 في %2، مع إرفاق %n رسالة)</numerusform><numerusform>(أُبلغ عنه بسبب %1 في %2، مع إرفاق %n رسالة)</numerusform><numerusform>(أُبلغ عنه بسبب %1 في %2، مع إرفاق %n رسالتين)</numerusform><numerusform>(أُبلغ عنه بسبب %1 في %2، مع إرفاق %n رسائل)</numerusform><numerusform>(أُبلغ عنه بسبب %1 في %2، مع إرفاق %n رسالة)</numerusform><numerusform>(أُبلغ عنه بسبب %1 في %2، مع إرفاق %n رسالة)</numerusform></translation>
    </message>
    <message>
        <source>usage: report JID --reason spam|abuse|other [--include MESSAGE_ID...]</source>
        <translation>الاستخدام: report JID --reason spam|abuse|other [--include MESSAGE_ID...]</translation>
    </message>
    <message numerus="yes">
        <source>reported %1 as %2 and blocked; %n message(s) attached</source>
        <translation><numerusform>تم الإبلاغ عن %1 بسبب %2 وحظره؛ مع إرفاق %n رسالة</numerusform><numerusform>تم الإبلاغ عن %1 بسبب %2 وحظره؛ مع إرفاق %n رسالة</numerusform><numerusform>تم الإبلاغ عن %1 بسبب %2 وحظره؛ مع إرفاق %n رسالتين</numerusform><numerusform>تم الإبلاغ عن %1 بسبب %2 وحظره؛ مع إرفاق %n رسائل</numerusform><numerusform>تم الإبلاغ عن %1 بسبب %2 وحظره؛ مع إرفاق %n رسالة</numerusform><numerusform>تم الإبلاغ عن %1 بسبب %2 وحظره؛ مع إرفاق %n رسالة</numerusform></translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(هذا الجهاز)</translation>
    </message>
    <message>
        <source>usage: trust JID DEVICE trusted|untrusted|verified</source>
        <translation>الاستخدام: trust JID DEVICE trusted|untrusted|verified</translation>
    </message>
    <message>
        <source>usage: safety-number JID</source>
        <translation>الاستخدام: safety-number JID</translation>
    </message>
    <message>
        <source>usage: contacts add JID</source>
        <translation>الاستخدام: contacts add JID</translation>
    </message>
    <message>
        <source>usage: contacts [add JID]</source>
        <translation>الاستخدام: contacts [add JID]</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>أمر غير معروف: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Backend</name>
    <message>
        <source>Please enter a passphrase.</source>
        <translation>يُرجى إدخال عبارة مرور.</translation>
    </message>
    <message>
        <source>This version of Sotto cannot restore with a recovery code yet. Your messages are still on this computer; nothing was deleted.</source>
        <translation>لا يستطيع هذا الإصدار من Sotto الاستعادة برمز الاسترداد بعد. لا تزال رسائلك على هذا الحاسوب؛ لم يُحذف أي شيء.</translation>
    </message>
    <message>
        <source>That recovery code does not open this profile.</source>
        <translation>رمز الاسترداد هذا لا يفتح هذا الملف الشخصي.</translation>
    </message>
    <message>
        <source>The profile could not be opened.</source>
        <translation>تعذّر فتح الملف الشخصي.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::BackupController</name>
    <message>
        <source>Backed up %1 messages.</source>
        <translation>عدد الرسائل المنسوخة احتياطيًا: %1.</translation>
    </message>
    <message>
        <source>The backup is intact: %1 messages, %2 conversations.</source>
        <translation>النسخة الاحتياطية سليمة (الرسائل: %1، المحادثات: %2).</translation>
    </message>
    <message>
        <source>Restored %1 messages.</source>
        <translation>عدد الرسائل المستعادة: %1.</translation>
    </message>
    <message>
        <source>Automatic backups are on. Sotto keeps their passphrase on this computer (in the keychain, or encrypted in the profile) so that they run without asking.</source>
        <translation>النسخ الاحتياطي التلقائي مفعّل. يحتفظ Sotto بعبارة مرورها على هذا الحاسوب (في سلسلة المفاتيح، أو مشفّرة في الملف الشخصي) لتعمل دون أن تسألك.</translation>
    </message>
    <message>
        <source>Another backup is running. Try again when it has finished.</source>
        <translation>هناك نسخ احتياطي آخر قيد التشغيل. حاول مجددًا عند انتهائه.</translation>
    </message>
    <message>
        <source>Added what was missing from the backup; %1 items were already here.</source>
        <translation>تمت إضافة ما كان ينقص من النسخة الاحتياطية؛ %1 من العناصر كانت موجودة بالفعل.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LanguageController</name>
    <message>
        <source>System default (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::NotificationCenter</name>
    <message>
        <source>New message</source>
        <translation>رسالة جديدة</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation><numerusform>%n رسالة جديدة</numerusform><numerusform>%n رسالة جديدة</numerusform><numerusform>%n رسالتان جديدتان</numerusform><numerusform>%n رسائل جديدة</numerusform><numerusform>%n رسالة جديدة</numerusform><numerusform>%n رسالة جديدة</numerusform></translation>
    </message>
    <message>
        <source>New message request</source>
        <translation>طلب مراسلة جديد</translation>
    </message>
</context>
<context>
    <name>sotto::ui::NotificationDBus</name>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>sotto::ui::TrayIcon</name>
    <message>
        <source>No unread messages</source>
        <translation>لا توجد رسائل غير مقروءة</translation>
    </message>
    <message numerus="yes">
        <source>%n unread messages</source>
        <translation><numerusform>%n رسالة غير مقروءة</numerusform><numerusform>%n رسالة غير مقروءة</numerusform><numerusform>%n رسالتان غير مقروءتين</numerusform><numerusform>%n رسائل غير مقروءة</numerusform><numerusform>%n رسالة غير مقروءة</numerusform><numerusform>%n رسالة غير مقروءة</numerusform></translation>
    </message>
</context>
<context>
    <name>sotto::ui::TrayMenu</name>
    <message>
        <source>Show Sotto</source>
        <translation>إظهار Sotto</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
</TS>