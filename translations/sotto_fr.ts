<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountForm</name>
    <message>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Pick an XMPP server (for example one you or a friend run, or a public one) and a user name. Your address will be name@server.</source>
        <translation>Choisissez un serveur XMPP (par exemple un serveur géré par vous ou par un ami, ou un serveur public) et un nom d’utilisateur. Votre adresse sera nom@serveur.</translation>
    </message>
    <message>
        <source>Enter your XMPP address and password. Sotto will publish its encryption keys for this device.</source>
        <translation>Saisissez votre adresse XMPP et votre mot de passe. Sotto publiera ses clés de chiffrement pour cet appareil.</translation>
    </message>
    <message>
        <source>Please enter a server and a user name.</source>
        <translation>Veuillez saisir un serveur et un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 8 characters.</source>
        <translation>Veuillez choisir un mot de passe d’au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Please enter your full address, like name@example.org.</source>
        <translation>Veuillez saisir votre adresse complète, par exemple nom@example.org.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Changer le mot de passe…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>The password of %1 changes on the server, for all your devices. Your other devices will ask for the new one.</source>
        <translation>Le mot de passe de %1 change sur le serveur, pour tous vos appareils. Vos autres appareils vous demanderont le nouveau.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Changement du mot de passe</translation>
    </message>
    <message>
        <source>Your password is changed. Sotto keeps the new one on this computer.</source>
        <translation>Votre mot de passe a été changé. Sotto conserve le nouveau sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>AppError</name>
    <message>
        <source>This profile is already open in another Sotto window.</source>
        <translation>Ce profil est déjà ouvert dans une autre fenêtre de Sotto.</translation>
    </message>
    <message>
        <source>No system keychain is available. Choose a passphrase to protect your messages on this computer.</source>
        <translation>Aucun trousseau de clés système n’est disponible. Choisissez une phrase de passe pour protéger vos messages sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects this profile.</source>
        <translation>Saisissez la phrase de passe qui protège ce profil.</translation>
    </message>
    <message>
        <source>That passphrase does not open this profile.</source>
        <translation>Cette phrase de passe n’ouvre pas ce profil.</translation>
    </message>
    <message>
        <source>The key to your messages is no longer in the system keychain. Restore it with your recovery code or a backup.</source>
        <translation>La clé de vos messages ne se trouve plus dans le trousseau de clés système. Restaurez-la avec votre code de récupération ou une sauvegarde.</translation>
    </message>
    <message>
        <source>Your messages could not be read or saved on this computer.</source>
        <translation>Vos messages n’ont pas pu être lus ou enregistrés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n’est ouvert.</translation>
    </message>
    <message>
        <source>Create an account or sign in first.</source>
        <translation>Créez d’abord un compte ou connectez-vous.</translation>
    </message>
    <message>
        <source>This profile already belongs to another account.</source>
        <translation>Ce profil appartient déjà à un autre compte.</translation>
    </message>
    <message>
        <source>That is not a valid address. It looks like name@example.org.</source>
        <translation>Ce n’est pas une adresse valide. Elle ressemble à ceci : nom@example.org.</translation>
    </message>
    <message>
        <source>The account password could not be read from or saved to the keychain. Sign in again.</source>
        <translation>Le mot de passe du compte n’a pas pu être lu dans le trousseau de clés ni y être enregistré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>Le serveur est injoignable. Vérifiez l’adresse et votre connexion.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted, so Sotto did not connect.</source>
        <translation>Le certificat du serveur n’est pas approuvé, Sotto ne s’est donc pas connecté.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made. Sotto never connects without encryption.</source>
        <translation>Impossible d’établir une connexion sécurisée avec le serveur. Sotto ne se connecte jamais sans chiffrement.</translation>
    </message>
    <message>
        <source>The address or password is wrong.</source>
        <translation>L’adresse ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>That name is already taken on this server. Try another.</source>
        <translation>Ce nom est déjà pris sur ce serveur. Essayez-en un autre.</translation>
    </message>
    <message>
        <source>The server did not allow creating the account.</source>
        <translation>Le serveur n’a pas autorisé la création du compte.</translation>
    </message>
    <message>
        <source>The connection was lost. Sotto reconnects by itself; unsent messages wait.</source>
        <translation>La connexion a été perdue. Sotto se reconnecte automatiquement ; les messages non envoyés sont mis en attente.</translation>
    </message>
    <message>
        <source>The server answered in a way Sotto does not understand.</source>
        <translation>Le serveur a répondu d’une manière que Sotto ne comprend pas.</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>Vous êtes hors ligne.</translation>
    </message>
    <message>
        <source>This contact's app does not support end-to-end encryption (OMEMO), so the message was not sent.</source>
        <translation>L’application de ce contact ne prend pas en charge le chiffrement de bout en bout (OMEMO), le message n’a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>None of this contact's devices is trusted. Review their devices before sending.</source>
        <translation>Aucun appareil de ce contact n’est approuvé. Vérifiez ses appareils avant d’envoyer.</translation>
    </message>
    <message>
        <source>This contact's safety number changed. Verify it or accept the new key before sending.</source>
        <translation>Le numéro de sécurité de ce contact a changé. Vérifiez-le ou acceptez la nouvelle clé avant d’envoyer.</translation>
    </message>
    <message>
        <source>The message could not be encrypted, so it was not sent.</source>
        <translation>Le message n’a pas pu être chiffré, il n’a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>That message no longer exists.</source>
        <translation>Ce message n’existe plus.</translation>
    </message>
    <message>
        <source>That device is not known for this contact.</source>
        <translation>Cet appareil est inconnu pour ce contact.</translation>
    </message>
    <message>
        <source>The current password is not right. Nothing was changed.</source>
        <translation>Le mot de passe actuel n’est pas correct. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The new password is too short. Use at least 8 characters.</source>
        <translation>Le nouveau mot de passe est trop court. Utilisez au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The server did not accept the new password. Your password is unchanged.</source>
        <translation>Le serveur n’a pas accepté le nouveau mot de passe. Votre mot de passe n’a pas changé.</translation>
    </message>
    <message>
        <source>This server does not allow changing the password from an app. Your password is unchanged.</source>
        <translation>Ce serveur ne permet pas de changer le mot de passe depuis une application. Votre mot de passe n’a pas changé.</translation>
    </message>
</context>
<context>
    <name>BackupError</name>
    <message>
        <source>The backup passphrase is wrong.</source>
        <translation>La phrase de passe de la sauvegarde est incorrecte.</translation>
    </message>
    <message>
        <source>This file is not a Sotto backup.</source>
        <translation>Ce fichier n’est pas une sauvegarde Sotto.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Sotto. Update Sotto to restore it.</source>
        <translation>Cette sauvegarde a été créée par une version plus récente de Sotto. Mettez Sotto à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>This backup uses key derivation settings this version of Sotto does not accept.</source>
        <translation>Cette sauvegarde utilise des paramètres de dérivation de clé que cette version de Sotto n’accepte pas.</translation>
    </message>
    <message>
        <source>The backup file is incomplete: it ends too early (was the copy interrupted?).</source>
        <translation>Le fichier de sauvegarde est incomplet : il se termine trop tôt (la copie a-t-elle été interrompue ?).</translation>
    </message>
    <message>
        <source>The backup file is damaged or was modified: its contents do not authenticate.</source>
        <translation>Le fichier de sauvegarde est endommagé ou a été modifié : son contenu ne peut pas être authentifié.</translation>
    </message>
    <message>
        <source>The backup file is damaged: parts of it are missing or out of order.</source>
        <translation>Le fichier de sauvegarde est endommagé : certaines parties manquent ou sont dans le désordre.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the backup key from the passphrase.</source>
        <translation>Mémoire insuffisante pour dériver la clé de sauvegarde à partir de la phrase de passe.</translation>
    </message>
    <message>
        <source>The backup could not be written (disk full or not writable). No partial backup was left behind.</source>
        <translation>La sauvegarde n’a pas pu être écrite (disque plein ou non accessible en écriture). Aucune sauvegarde partielle n’a été laissée.</translation>
    </message>
    <message>
        <source>The backup file could not be opened or read.</source>
        <translation>Le fichier de sauvegarde n’a pas pu être ouvert ou lu.</translation>
    </message>
    <message>
        <source>This passphrase is too short: use at least 16 characters with at least 6 different ones, or the generated passphrase.</source>
        <translation>Cette phrase de passe est trop courte : utilisez au moins 16 caractères, dont au moins 6 différents, ou la phrase de passe générée.</translation>
    </message>
    <message>
        <source>An item is too large to be backed up.</source>
        <translation>Un élément est trop volumineux pour être sauvegardé.</translation>
    </message>
    <message>
        <source>Internal backup error (invalid state).</source>
        <translation>Erreur interne de sauvegarde (état non valide).</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n’est ouvert.</translation>
    </message>
    <message>
        <source>There is nothing to back up yet: create an account or sign in first.</source>
        <translation>Il n’y a encore rien à sauvegarder : créez d’abord un compte ou connectez-vous.</translation>
    </message>
    <message>
        <source>This profile already holds an account or messages. Confirm to add what the backup has; nothing in the profile will be removed.</source>
        <translation>Ce profil contient déjà un compte ou des messages. Confirmez pour ajouter le contenu de la sauvegarde ; rien ne sera supprimé du profil.</translation>
    </message>
    <message>
        <source>This backup belongs to another account than this profile. Restore it into a new profile. Nothing was changed.</source>
        <translation>Cette sauvegarde appartient à un autre compte que ce profil. Restaurez-la dans un nouveau profil. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup decrypted correctly but holds data Sotto cannot use. Nothing was restored.</source>
        <translation>La sauvegarde a bien été déchiffrée, mais elle contient des données que Sotto ne peut pas utiliser. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Your messages could not be read or saved on this computer. Nothing was changed.</source>
        <translation>Vos messages n’ont pas pu être lus ou enregistrés sur cet ordinateur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept.</source>
        <translation>Annulé. Rien n’a été conservé.</translation>
    </message>
    <message>
        <source>The backup folder does not exist or cannot be written to.</source>
        <translation>Le dossier de sauvegarde n’existe pas ou n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The saved backup passphrase could not be read: the keychain is locked or refused access. Unlock it, or turn automatic backups off and on again to set a new passphrase.</source>
        <translation>La phrase de passe de sauvegarde enregistrée n’a pas pu être lue : le trousseau est verrouillé ou a refusé l’accès. Déverrouillez-le, ou désactivez puis réactivez les sauvegardes automatiques pour définir une nouvelle phrase de passe.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up %1 messages.</source>
        <translation>%1 messages sauvegardés.</translation>
    </message>
    <message>
        <source>The automatic backup failed. %1 Sotto tries again at the next start.</source>
        <translation>La sauvegarde automatique a échoué. %1 Sotto réessaiera au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with your account, keys, contacts and messages. It restores on another computer. Without its passphrase nobody can open it, not even you.</source>
        <translation>Une sauvegarde est un fichier chiffré unique contenant votre compte, vos clés, vos contacts et vos messages. Elle peut être restaurée sur un autre ordinateur. Sans sa phrase de passe, personne ne peut l’ouvrir, pas même vous.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Use my own passphrase</source>
        <translation>Utiliser ma propre phrase de passe</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Verify the last backup</source>
        <translation>Vérifier la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Write this passphrase down and keep it somewhere safe. Sotto shows it only now.</source>
        <translation>Notez cette phrase de passe et conservez-la en lieu sûr. Sotto ne l’affiche que maintenant.</translation>
    </message>
    <message>
        <source>Backup passphrase: %1</source>
        <translation>Phrase de passe de la sauvegarde : %1</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Je l’ai notée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Type the passphrase again, from what you wrote down.</source>
        <translation>Saisissez à nouveau la phrase de passe, telle que vous l’avez notée.</translation>
    </message>
    <message>
        <source>Backup passphrase, again</source>
        <translation>Phrase de passe de la sauvegarde, confirmation</translation>
    </message>
    <message>
        <source>That is not the passphrase shown before.</source>
        <translation>Ce n’est pas la phrase de passe affichée précédemment.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Start backup</source>
        <translation>Lancer la sauvegarde</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase de passe</translation>
    </message>
    <message>
        <source>Your backup passphrase</source>
        <translation>Votre phrase de passe de sauvegarde</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>La même, à nouveau</translation>
    </message>
    <message>
        <source>Your backup passphrase, again</source>
        <translation>Votre phrase de passe de sauvegarde, confirmation</translation>
    </message>
    <message>
        <source>At least 16 characters, at least 6 of them different.</source>
        <translation>Au moins 16 caractères, dont au moins 6 différents.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progression de la sauvegarde</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Annuler la sauvegarde</translation>
    </message>
    <message>
        <source>Last: %1 — %2</source>
        <translation>Dernière : %1 — %2</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aucune sauvegarde pour l’instant.</translation>
    </message>
    <message>
        <source>Restore into this profile…</source>
        <translation>Restaurer dans ce profil…</translation>
    </message>
    <message>
        <source>Restore a backup into this profile</source>
        <translation>Restaurer une sauvegarde dans ce profil</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivées</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidiennes</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaires</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Conserver les dernières</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>Nombre de sauvegardes automatiques à conserver</translation>
    </message>
    <message>
        <source>An automatic backup is running…</source>
        <translation>Une sauvegarde automatique est en cours…</translation>
    </message>
    <message>
        <source>Last automatic backup: %1 — %2</source>
        <translation>Dernière sauvegarde automatique : %1 — %2</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Aucune sauvegarde automatique pour l’instant.</translation>
    </message>
    <message>
        <source>Only Sotto's own automatic backup files in the folder are ever deleted, the oldest first.</source>
        <translation>Seuls les fichiers de sauvegarde automatique de Sotto sont supprimés du dossier, les plus anciens d’abord.</translation>
    </message>
    <message>
        <source>Automatic backups use this passphrase. Sotto keeps it on this computer so that they run without asking; you need it to restore one.</source>
        <translation>Les sauvegardes automatiques utilisent cette phrase de passe. Sotto la conserve sur cet ordinateur pour qu’elles s’exécutent sans rien demander ; vous en aurez besoin pour en restaurer une.</translation>
    </message>
    <message>
        <source>Restoring into this profile only adds what it is missing: messages, contacts and settings from the backup that are not here yet. Nothing in this profile is changed or deleted.</source>
        <translation>La restauration dans ce profil ajoute seulement ce qui manque : les messages, contacts et réglages de la sauvegarde qui ne sont pas encore ici. Rien n’est modifié ni supprimé dans ce profil.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>Fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Passphrase of that backup</source>
        <translation>Phrase de passe de cette sauvegarde</translation>
    </message>
    <message>
        <source>Add what is missing</source>
        <translation>Ajouter ce qui manque</translation>
    </message>
</context>
<context>
    <name>BlockedContactsSection</name>
    <message>
        <source>Blocked and reported</source>
        <translation>Bloqués et signalés</translation>
    </message>
    <message>
        <source>Drop messages from people who are not my contacts</source>
        <translation>Rejeter les messages des personnes qui ne sont pas dans mes contacts</translation>
    </message>
    <message>
        <source>When off, their first messages wait under Requests; they get no delivery or read receipts until you accept.</source>
        <translation>Si cette option est désactivée, leurs premiers messages attendent dans Demandes ; ils ne reçoivent aucun accusé de réception ni de lecture tant que vous n’avez pas accepté.</translation>
    </message>
    <message>
        <source>Nobody is blocked.</source>
        <translation>Personne n’est bloqué.</translation>
    </message>
    <message numerus="yes">
        <source>Reported as %1 on %2, %n message(s) attached</source>
        <translation><numerusform>Signalé comme %1 le %2, %n message joint</numerusform><numerusform>Signalé comme %1 le %2, %n messages joints</numerusform></translation>
    </message>
    <message>
        <source>spam</source>
        <translation>spam</translation>
    </message>
    <message>
        <source>abuse</source>
        <translation>abus</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Débloquer %1</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Sending is not available in this version of Sotto.</source>
        <translation>L’envoi n’est pas disponible dans cette version de Sotto.</translation>
    </message>
    <message>
        <source>Review the changed safety number before sending.</source>
        <translation>Vérifiez le numéro de sécurité modifié avant d’envoyer.</translation>
    </message>
    <message>
        <source>Retrying is not available in this version of Sotto.</source>
        <translation>Le renvoi n’est pas disponible dans cette version de Sotto.</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Chiffré de bout en bout</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>Numéro de sécurité</translation>
    </message>
    <message>
        <source>Show safety number</source>
        <translation>Afficher le numéro de sécurité</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Détails du contact</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message numerus="yes">
        <source>Scroll to newest, %n new message(s)</source>
        <translation><numerusform>Aller au plus récent, %n nouveau message</numerusform><numerusform>Aller au plus récent, %n nouveaux messages</numerusform></translation>
    </message>
    <message>
        <source>Scroll to newest</source>
        <translation>Aller au plus récent</translation>
    </message>
    <message>
        <source>Choose a conversation, or start a new one with Ctrl+N.</source>
        <translation>Choisissez une conversation ou commencez-en une nouvelle avec Ctrl+N.</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>écrit…</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation>%1 est en train d’écrire</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write an encrypted message</source>
        <translation>Écrire un message chiffré</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Entrée envoie, Maj+Entrée insère un saut de ligne</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
</context>
<context>
    <name>ContactDetailsPage</name>
    <message>
        <source>(key not known yet)</source>
        <translation>(clé encore inconnue)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Détails du contact</translation>
    </message>
    <message>
        <source>Show safety number</source>
        <translation>Afficher le numéro de sécurité</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>No encryption devices are known for this contact yet.</source>
        <translation>Aucun appareil de chiffrement n’est encore connu pour ce contact.</translation>
    </message>
    <message>
        <source>Device details are not available in this version of Sotto.</source>
        <translation>Les détails des appareils ne sont pas disponibles dans cette version de Sotto.</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Appareil %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Trusted (not verified)</source>
        <translation>Approuvé (non vérifié)</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>Distrust</source>
        <translation>Désapprouver</translation>
    </message>
    <message>
        <source>Distrust device %1</source>
        <translation>Désapprouver l’appareil %1</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Trust device %1</source>
        <translation>Approuver l’appareil %1</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Empreinte %1</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloquer %1</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Remove %1 from contacts</source>
        <translation>Supprimer %1 des contacts</translation>
    </message>
    <message>
        <source>Blocking and removing contacts are not available in this version of Sotto.</source>
        <translation>Le blocage et la suppression de contacts ne sont pas disponibles dans cette version de Sotto.</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Débloquer %1</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Signaler…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Signaler %1</translation>
    </message>
    <message>
        <source>Hide QR code</source>
        <translation>Masquer le code QR</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>Hide the QR code of device %1</source>
        <translation>Masquer le code QR de l’appareil %1</translation>
    </message>
    <message>
        <source>Show the QR code of device %1</source>
        <translation>Afficher le code QR de l’appareil %1</translation>
    </message>
    <message>
        <source>Device %1 of %2</source>
        <translation>Appareil %1 de %2</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation><numerusform>%1, %n message non lu</numerusform><numerusform>%1, %n messages non lus</numerusform></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglée</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Trouvé : %1</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Brouillon : %1</translation>
    </message>
    <message>
        <source>Wants to message you</source>
        <translation>Souhaite vous écrire</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous : %1</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>en sourdine</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accept message request from %1</source>
        <translation>Accepter la demande de message de %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Decline message request from %1</source>
        <translation>Refuser la demande de message de %1</translation>
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
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Paramètres (Ctrl+,)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Reconnecting… messages will be sent when back online</source>
        <translation>Reconnexion… les messages seront envoyés dès le retour en ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Aucune conversation ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No conversations yet. Start one with +.</source>
        <translation>Aucune conversation pour l’instant. Commencez-en une avec +.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archives</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Réactiver le son</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mettre en sourdine</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
</context>
<context>
    <name>CryptoError</name>
    <message>
        <source>The message is damaged or was tampered with.</source>
        <translation>Le message est endommagé ou a été falsifié.</translation>
    </message>
    <message>
        <source>The message was already received.</source>
        <translation>Le message a déjà été reçu.</translation>
    </message>
    <message>
        <source>Too many messages from this device were lost.</source>
        <translation>Trop de messages de cet appareil ont été perdus.</translation>
    </message>
    <message>
        <source>There is no encrypted session with this device.</source>
        <translation>Il n’y a pas de session chiffrée avec cet appareil.</translation>
    </message>
    <message>
        <source>The message uses a key this device no longer has.</source>
        <translation>Le message utilise une clé que cet appareil ne possède plus.</translation>
    </message>
    <message>
        <source>A key is not valid.</source>
        <translation>Une clé n’est pas valide.</translation>
    </message>
    <message>
        <source>The device's key signature does not verify.</source>
        <translation>La signature de clé de l’appareil n’a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The device presented a different identity key.</source>
        <translation>L’appareil a présenté une clé d’identité différente.</translation>
    </message>
    <message>
        <source>The message uses an old protocol version.</source>
        <translation>Le message utilise une ancienne version du protocole.</translation>
    </message>
    <message>
        <source>The message uses an unknown protocol version.</source>
        <translation>Le message utilise une version inconnue du protocole.</translation>
    </message>
    <message>
        <source>The message belongs to an outdated session.</source>
        <translation>Le message appartient à une session obsolète.</translation>
    </message>
    <message>
        <source>The message carries no text.</source>
        <translation>Le message ne contient aucun texte.</translation>
    </message>
    <message>
        <source>The message was not encrypted for this device.</source>
        <translation>Le message n’a pas été chiffré pour cet appareil.</translation>
    </message>
    <message>
        <source>The key store could not be read or written.</source>
        <translation>Le magasin de clés n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>Invalid argument.</source>
        <translation>Argument non valide.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Mémoire insuffisante.</translation>
    </message>
    <message>
        <source>Internal encryption error.</source>
        <translation>Erreur interne de chiffrement.</translation>
    </message>
</context>
<context>
    <name>DeliveryStateIcon</name>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>KeychainLostPage</name>
    <message>
        <source>Sotto's key is missing from your keychain</source>
        <translation>La clé de Sotto est absente de votre trousseau de clés</translation>
    </message>
    <message>
        <source>Your messages are still on this computer, encrypted, and nothing has been deleted. But the key that opens them is no longer in your system's keychain. This can happen when the keychain was reset, when you use a different desktop session or keychain program, or after the computer was reinstalled.</source>
        <translation>Vos messages sont toujours sur cet ordinateur, chiffrés, et rien n’a été supprimé. Mais la clé qui permet de les ouvrir ne se trouve plus dans le trousseau de clés de votre système. Cela peut arriver lorsque le trousseau a été réinitialisé, lorsque vous utilisez une autre session de bureau ou un autre gestionnaire de trousseau, ou après une réinstallation de l’ordinateur.</translation>
    </message>
    <message>
        <source>Enter the recovery code you saved when you set up Sotto. Sotto will put the key back into the keychain.</source>
        <translation>Saisissez le code de récupération que vous avez conservé lors de la configuration de Sotto. Sotto remettra la clé dans le trousseau.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>This version of Sotto cannot use a recovery code yet.</source>
        <translation>Cette version de Sotto ne peut pas encore utiliser de code de récupération.</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Réessayer le trousseau de clés</translation>
    </message>
    <message>
        <source>Use this after unlocking or restoring your keychain</source>
        <translation>À utiliser après avoir déverrouillé ou restauré votre trousseau de clés</translation>
    </message>
    <message>
        <source>Restore with recovery code</source>
        <translation>Restaurer avec le code de récupération</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of Sotto</source>
        <translation>Langue de Sotto</translation>
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
        <translation>Ouverture de vos messages</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Their address</source>
        <translation>Adresse du contact</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start the conversation</source>
        <translation>Commencer la conversation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Them</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>message could not be decrypted</source>
        <translation>le message n’a pas pu être déchiffré</translation>
    </message>
    <message>
        <source>This message could not be decrypted. Ask the sender to send it again; their app may need to refresh its keys.</source>
        <translation>Ce message n’a pas pu être déchiffré. Demandez à l’expéditeur de le renvoyer ; son application doit peut-être actualiser ses clés.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Chiffré de bout en bout</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <source>From a device you have not verified</source>
        <translation>Depuis un appareil que vous n’avez pas vérifié</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Réessayer l’envoi</translation>
    </message>
</context>
<context>
    <name>MessageContextMenu</name>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Signaler…</translation>
    </message>
    <message>
        <source>Report this message</source>
        <translation>Signaler ce message</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Réessayer l’envoi</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Show a notification for new messages</source>
        <translation>Afficher une notification pour les nouveaux messages</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Name and message</source>
        <translation>Nom et message</translation>
    </message>
    <message>
        <source>Name only</source>
        <translation>Nom uniquement</translation>
    </message>
    <message>
        <source>No name or message</source>
        <translation>Ni nom ni message</translation>
    </message>
    <message>
        <source>What notifications show</source>
        <translation>Contenu des notifications</translation>
    </message>
    <message>
        <source>Notifications can be read by anyone who sees your screen, also when it is locked. A message request only ever shows “New message request”.</source>
        <translation>Les notifications peuvent être lues par toute personne qui voit votre écran, même verrouillé. Une demande de message affiche toujours uniquement « Nouvelle demande de message ».</translation>
    </message>
</context>
<context>
    <name>OwnDevicesSection</name>
    <message>
        <source>In use now</source>
        <translation>Utilisé en ce moment</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>Pas encore vu</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Vu pour la dernière fois : %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Messages to you are encrypted for each of these devices. Remove one you no longer use.</source>
        <translation>Les messages qui vous sont destinés sont chiffrés pour chacun de ces appareils. Retirez celui que vous n’utilisez plus.</translation>
    </message>
    <message>
        <source>No devices known yet.</source>
        <translation>Aucun appareil connu pour l’instant.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Appareil %1</translation>
    </message>
    <message>
        <source>Fingerprint not known yet</source>
        <translation>Empreinte pas encore connue</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Empreinte : %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove device %1</source>
        <translation>Retirer l’appareil %1</translation>
    </message>
    <message>
        <source>Remove device %1?</source>
        <translation>Retirer l’appareil %1 ?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your contacts stop encrypting new messages to it. If that device is still signed in, it adds itself back the next time it connects; sign out there first.</source>
        <translation>Vos contacts cessent de chiffrer les nouveaux messages pour lui. Si cet appareil est toujours connecté, il se rajoutera à sa prochaine connexion ; déconnectez-vous d’abord sur celui-ci.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Protect your messages with a passphrase</source>
        <translation>Protégez vos messages avec une phrase de passe</translation>
    </message>
    <message>
        <source>Unlock Sotto</source>
        <translation>Déverrouiller Sotto</translation>
    </message>
    <message>
        <source>Sotto keeps your messages in an encrypted database. Normally its key is kept in your system's keychain, but this computer has no keychain that Sotto can use (for example no GNOME Keyring or KWallet is running). Sotto never stores the key unprotected, so please choose a passphrase instead. You will need it every time Sotto starts.</source>
        <translation>Sotto conserve vos messages dans une base de données chiffrée. Normalement, sa clé est conservée dans le trousseau de clés de votre système, mais cet ordinateur n’a aucun trousseau utilisable par Sotto (par exemple, ni GNOME Keyring ni KWallet n’est en cours d’exécution). Sotto ne stocke jamais la clé sans protection, veuillez donc plutôt choisir une phrase de passe. Vous en aurez besoin à chaque démarrage de Sotto.</translation>
    </message>
    <message>
        <source>Your messages are protected by a passphrase. Enter it to open them.</source>
        <translation>Vos messages sont protégés par une phrase de passe. Saisissez-la pour les ouvrir.</translation>
    </message>
    <message>
        <source>Please use at least 8 characters; a few unusual words work well.</source>
        <translation>Veuillez utiliser au moins 8 caractères ; quelques mots inhabituels conviennent bien.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Les phrases de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Confirmer la phrase de passe</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Send read receipts</source>
        <translation>Envoyer des accusés de lecture</translation>
    </message>
    <message>
        <source>Contacts see when you have read their messages. That a message reached this computer is always confirmed.</source>
        <translation>Vos contacts voient quand vous avez lu leurs messages. La réception d’un message sur cet ordinateur est toujours confirmée.</translation>
    </message>
    <message>
        <source>Send typing indicators</source>
        <translation>Envoyer les indicateurs de saisie</translation>
    </message>
    <message>
        <source>Contacts see when you are typing to them. Your server sees it too: typing indicators are not end-to-end encrypted.</source>
        <translation>Vos contacts voient quand vous leur écrivez. Votre serveur le voit aussi : les indicateurs de saisie ne sont pas chiffrés de bout en bout.</translation>
    </message>
    <message>
        <source>Trust new devices of my contacts until I verify them</source>
        <translation>Faire confiance aux nouveaux appareils de mes contacts jusqu’à ce que je les vérifie</translation>
    </message>
    <message>
        <source>When off, Sotto does not encrypt to a new device of a contact until you decide about it.</source>
        <translation>Si cette option est désactivée, Sotto ne chiffre pas pour un nouvel appareil d’un contact tant que vous n’avez pas décidé.</translation>
    </message>
</context>
<context>
    <name>ProfileProblemPage</name>
    <message>
        <source>Sotto cannot open your messages</source>
        <translation>Sotto ne peut pas ouvrir vos messages</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Save your recovery code</source>
        <translation>Conservez votre code de récupération</translation>
    </message>
    <message>
        <source>If your keychain is reset or you forget your passphrase, this code is the only way to open your messages again. Write it down or store it in a password manager. Sotto will not show it again.</source>
        <translation>Si votre trousseau de clés est réinitialisé ou si vous oubliez votre phrase de passe, ce code est le seul moyen de rouvrir vos messages. Notez-le ou enregistrez-le dans un gestionnaire de mots de passe. Sotto ne l’affichera plus.</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Code de récupération : %1</translation>
    </message>
    <message>
        <source>I have saved my recovery code somewhere safe</source>
        <translation>J’ai conservé mon code de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report %1</source>
        <translation>Signaler %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>Abus</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Messages to include (in plain text):</source>
        <translation>Messages à inclure (en clair) :</translation>
    </message>
    <message>
        <source>There are no messages from %1 to include.</source>
        <translation>Il n’y a aucun message de %1 à inclure.</translation>
    </message>
    <message>
        <source>Include message: %1</source>
        <translation>Inclure le message : %1</translation>
    </message>
    <message>
        <source>No message will be attached.</source>
        <translation>Aucun message ne sera joint.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked message(s) will be sent in plain text.</source>
        <translation><numerusform>%n message coché sera envoyé en clair.</numerusform><numerusform>%n messages cochés seront envoyés en clair.</numerusform></translation>
    </message>
    <message>
        <source>The report goes to your server (%1) and %2 will be blocked. Nothing else leaves this device.</source>
        <translation>Le signalement est envoyé à votre serveur (%1) et %2 sera bloqué. Rien d’autre ne quitte cet appareil.</translation>
    </message>
    <message>
        <source>Report and block</source>
        <translation>Signaler et bloquer</translation>
    </message>
    <message>
        <source>The message you chose is older than the last five from %1; only these can be attached.</source>
        <translation>Le message choisi est plus ancien que les cinq derniers de %1 ; seuls ceux-ci peuvent être joints.</translation>
    </message>
</context>
<context>
    <name>RequestBar</name>
    <message>
        <source>Message request from %1</source>
        <translation>Demande de message de %1</translation>
    </message>
    <message>
        <source>This address is not in your contacts. They will not know that you have seen their message until you accept. Links and images are not opened.</source>
        <translation>Cette adresse ne figure pas dans vos contacts. La personne ne saura pas que vous avez vu son message tant que vous n’aurez pas accepté. Les liens et les images ne sont pas ouverts.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accept message request from %1</source>
        <translation>Accepter la demande de message de %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete message request from %1</source>
        <translation>Supprimer la demande de message de %1</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloquer %1</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Signaler…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Signaler %1</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase: the 30 digits Sotto showed you, or your own.</source>
        <translation>Choisissez le fichier de sauvegarde et saisissez sa phrase de passe : les 30 chiffres que Sotto vous a montrés, ou la vôtre.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>/path/to/sotto-backup.sottobackup</source>
        <translation>/chemin/vers/sotto-backup.sottobackup</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progression de la restauration</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Annuler la restauration</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>SafetyMenuButton</name>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Block or report %1</source>
        <translation>Bloquer ou signaler %1</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Signaler…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Signaler %1</translation>
    </message>
</context>
<context>
    <name>SafetyNumberBanner</name>
    <message>
        <source>Your safety number with %1 changed. This happens when they reinstall or add a device, but it could also mean someone is intercepting. Sending is paused until you review it.</source>
        <translation>Votre numéro de sécurité avec %1 a changé. Cela arrive quand votre contact réinstalle l’application ou ajoute un appareil, mais cela peut aussi signifier que quelqu’un intercepte vos échanges. L’envoi est suspendu jusqu’à ce que vous l’ayez vérifié.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Review safety number</source>
        <translation>Vérifier le numéro de sécurité</translation>
    </message>
</context>
<context>
    <name>SafetyNumberPage</name>
    <message>
        <source>This version of Sotto cannot record verification yet.</source>
        <translation>Cette version de Sotto ne peut pas encore enregistrer la vérification.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Safety number with %1</source>
        <translation>Numéro de sécurité avec %1</translation>
    </message>
    <message>
        <source>Compare these numbers with the ones %1 sees, in person or over a call you trust, or scan each other's code. If they match, nobody is reading along.</source>
        <translation>Comparez ces chiffres avec ceux que voit %1, en personne ou lors d’un appel de confiance, ou scannez mutuellement vos codes. S’ils correspondent, personne ne lit vos échanges.</translation>
    </message>
    <message>
        <source>The safety number is not available yet: Sotto needs this contact's encryption keys first.</source>
        <translation>Le numéro de sécurité n’est pas encore disponible : Sotto a d’abord besoin des clés de chiffrement de ce contact.</translation>
    </message>
    <message>
        <source>Safety number: %1</source>
        <translation>Numéro de sécurité : %1</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Vérifié</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>Marquer comme vérifié</translation>
    </message>
    <message>
        <source>Accept without verifying</source>
        <translation>Accepter sans vérifier</translation>
    </message>
    <message>
        <source>Trust the new key now and compare the numbers later</source>
        <translation>Approuver la nouvelle clé maintenant et comparer les chiffres plus tard</translation>
    </message>
    <message>
        <source>Clear verification</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>Compare by pasting their number</source>
        <translation>Comparer en collant son numéro</translation>
    </message>
    <message>
        <source>Their safety number</source>
        <translation>Numéro de sécurité du contact</translation>
    </message>
    <message numerus="yes">
        <source>A safety number has 60 digits; this has %n.</source>
        <translation><numerusform>Un numéro de sécurité comporte 60 chiffres ; celui-ci en a %n.</numerusform><numerusform>Un numéro de sécurité comporte 60 chiffres ; celui-ci en a %n.</numerusform></translation>
    </message>
    <message>
        <source>The numbers match.</source>
        <translation>Les numéros correspondent.</translation>
    </message>
    <message>
        <source>The numbers do not match. Do not mark this contact as verified.</source>
        <translation>Les numéros ne correspondent pas. Ne marquez pas ce contact comme vérifié.</translation>
    </message>
    <message>
        <source>Sotto</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>Show the code for Sotto</source>
        <translation>Afficher le code pour Sotto</translation>
    </message>
    <message>
        <source>Other apps</source>
        <translation>Autres applis</translation>
    </message>
    <message>
        <source>Show the code for Conversations and other OMEMO apps</source>
        <translation>Afficher le code pour Conversations et les autres applis OMEMO</translation>
    </message>
    <message>
        <source>Conversations, Dino or Gajim on their side scans this to verify this device.</source>
        <translation>Conversations, Dino ou Gajim de leur côté scanne ce code pour vérifier cet appareil.</translation>
    </message>
    <message>
        <source>Sotto on their side scans this to compare the safety number.</source>
        <translation>Sotto de leur côté scanne ce code pour comparer le numéro de sécurité.</translation>
    </message>
    <message>
        <source>Paste the 60 digits or the link they sent you</source>
        <translation>Collez les 60 chiffres ou le lien qu’on vous a envoyé</translation>
    </message>
    <message>
        <source>Check this code</source>
        <translation>Vérifier ce code</translation>
    </message>
    <message>
        <source>Check the pasted code</source>
        <translation>Vérifier le code collé</translation>
    </message>
</context>
<context>
    <name>ScannedCodeCheck</name>
    <message>
        <source>Reading the picture…</source>
        <translation>Lecture de l’image…</translation>
    </message>
    <message>
        <source>This version of Sotto cannot check codes yet.</source>
        <translation>Cette version de Sotto ne peut pas encore vérifier les codes.</translation>
    </message>
    <message>
        <source>The keys in this code match. The devices it names are verified.</source>
        <translation>Les clés de ce code correspondent. Les appareils qu’il mentionne sont vérifiés.</translation>
    </message>
    <message>
        <source>This code does not match the keys Sotto has for %1, so nothing was marked as verified. Ask them to show the code again; if it still differs, compare the safety number in person before you trust this conversation.</source>
        <translation>Ce code ne correspond pas aux clés que Sotto possède pour %1 : rien n’a donc été marqué comme vérifié. Demandez-lui d’afficher à nouveau le code ; s’il diffère encore, comparez le numéro de sécurité en personne avant de faire confiance à cette conversation.</translation>
    </message>
    <message>
        <source>Sotto has not seen the devices in this code yet. Exchange a message with %1 first, then read the code again.</source>
        <translation>Sotto n’a pas encore vu les appareils de ce code. Échangez d’abord un message avec %1, puis relisez le code.</translation>
    </message>
    <message>
        <source>This code belongs to %1, not to %2. Nothing was changed.</source>
        <translation>Ce code appartient à %1, pas à %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This is an XMPP link, but not a valid verification link. Nothing was changed.</source>
        <translation>Il s’agit d’un lien XMPP, mais pas d’un lien de vérification valide. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Sign in first: Sotto needs your account to check codes.</source>
        <translation>Connectez-vous d’abord : Sotto a besoin de votre compte pour vérifier les codes.</translation>
    </message>
    <message>
        <source>The codes match: nobody is reading along. You can mark %1 as verified.</source>
        <translation>Les codes correspondent : personne ne lit vos messages en secret. Vous pouvez marquer %1 comme vérifié.</translation>
    </message>
    <message>
        <source>The codes do not match. Do not mark %1 as verified. Make sure you scanned the code from their conversation with you; if the codes still differ, someone may be intercepting your messages.</source>
        <translation>Les codes ne correspondent pas. Ne marquez pas %1 comme vérifié. Assurez-vous d’avoir scanné le code de sa conversation avec vous ; si les codes diffèrent encore, quelqu’un intercepte peut-être vos messages.</translation>
    </message>
    <message>
        <source>The safety number is not available yet: Sotto needs this contact's encryption keys first.</source>
        <translation>Le numéro de sécurité n’est pas encore disponible : Sotto a d’abord besoin des clés de chiffrement de ce contact.</translation>
    </message>
    <message>
        <source>This QR code is not a safety number or a verification link: it contains something else.</source>
        <translation>Ce code QR n’est ni un numéro de sécurité ni un lien de vérification : il contient autre chose.</translation>
    </message>
    <message>
        <source>Device %1: verified now</source>
        <translation>Appareil %1 : vérifié maintenant</translation>
    </message>
    <message>
        <source>Device %1: already verified</source>
        <translation>Appareil %1 : déjà vérifié</translation>
    </message>
    <message>
        <source>Device %1: the key does not match</source>
        <translation>Appareil %1 : la clé ne correspond pas</translation>
    </message>
    <message>
        <source>Device %1: not known yet</source>
        <translation>Appareil %1 : pas encore connu</translation>
    </message>
    <message>
        <source>This file could not be opened as a picture.</source>
        <translation>Ce fichier n’a pas pu être ouvert comme image.</translation>
    </message>
    <message>
        <source>No QR code was found in this picture. Use a sharp picture that shows the whole code.</source>
        <translation>Aucun code QR n’a été trouvé dans cette image. Utilisez une image nette qui montre le code en entier.</translation>
    </message>
    <message>
        <source>Picture of their QR code</source>
        <translation>Image de son code QR</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Compare by their QR code</source>
        <translation>Comparer avec son code QR</translation>
    </message>
    <message>
        <source>Open a picture or screenshot of the code they show (in Sotto, Conversations or another OMEMO app), or drop it here.</source>
        <translation>Ouvrez une image ou une capture d’écran du code affiché (dans Sotto, Conversations ou une autre appli OMEMO), ou déposez-la ici.</translation>
    </message>
    <message>
        <source>Open picture of their QR code…</source>
        <translation>Ouvrir une image de son code QR…</translation>
    </message>
    <message>
        <source>Reading the picture</source>
        <translation>Lecture de l’image</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>Marquer comme vérifié</translation>
    </message>
    <message>
        <source>Mark %1 as verified</source>
        <translation>Marquer %1 comme vérifié</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Fingerprint of this device: %1</source>
        <translation>Empreinte de cet appareil : %1</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Scan this with Conversations or another OMEMO app on your contact's phone to verify this device.</source>
        <translation>Scannez ce code avec Conversations ou une autre appli OMEMO sur le téléphone de votre contact pour vérifier cet appareil.</translation>
    </message>
</context>
<context>
    <name>VerificationQrCode</name>
    <message>
        <source>QR code to scan with the other device</source>
        <translation>Code QR à scanner avec l’autre appareil</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Sotto</source>
        <translation>Bienvenue dans Sotto</translation>
    </message>
    <message>
        <source>Sotto sends every message end-to-end encrypted (OMEMO) over XMPP, so you can talk to people using Conversations, Dino, Gajim and other XMPP apps. Your messages are stored encrypted on this computer.</source>
        <translation>Sotto envoie chaque message chiffré de bout en bout (OMEMO) via XMPP, pour que vous puissiez discuter avec les personnes qui utilisent Conversations, Dino, Gajim et d’autres applications XMPP. Vos messages sont stockés chiffrés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Create a new account</source>
        <translation>Créer un nouveau compte</translation>
    </message>
    <message>
        <source>Registers a new address on an XMPP server you choose</source>
        <translation>Enregistre une nouvelle adresse sur le serveur XMPP de votre choix</translation>
    </message>
    <message>
        <source>Sign in with an existing XMPP account</source>
        <translation>Se connecter avec un compte XMPP existant</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Brings back an account, its keys and messages from a Sotto backup file</source>
        <translation>Récupère un compte, ses clés et ses messages depuis un fichier de sauvegarde Sotto</translation>
    </message>
</context>
<context>
    <name>sotto</name>
    <message>
        <source>Sotto, a private messenger.</source>
        <translation>Sotto, une messagerie privée.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;file&gt; et quitter.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;directory&gt;.</source>
        <translation>Utiliser le profil situé dans &lt;directory&gt;.</translation>
    </message>
    <message>
        <source>Connect to &lt;host:port&gt; instead of looking up the server.</source>
        <translation>Se connecter à &lt;host:port&gt; au lieu de rechercher le serveur.</translation>
    </message>
    <message>
        <source>Use TLS from the start (XEP-0368).</source>
        <translation>Utiliser TLS dès le début (XEP-0368).</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 &lt;fingerprint&gt;.</source>
        <translation>Faire confiance au certificat du serveur ayant cette empreinte SHA-256 &lt;fingerprint&gt;.</translation>
    </message>
</context>
<context>
    <name>sotto-cli</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>See above.</source>
        <translation>Voir ci-dessus.</translation>
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
        <translation>Le client sans interface de Sotto, pour les scripts et les tests.

Commandes :
  account register JID [PASSWORD]   créer le compte (inscription intrabande)
  account login JID [PASSWORD]      se connecter à un compte existant
  account show                      compte, appareil et empreinte de ce profil
  contacts [add JID]                lister les contacts, ou ajouter un contact
  send JID TEXT                     envoyer un message chiffré avec OMEMO
  listen [--count N] [--timeout S]  afficher les messages entrants
  history JID [--limit N]           afficher les messages enregistrés, du plus ancien au plus récent
  devices [JID]                     appareils OMEMO (les nôtres sans JID)
  trust JID DEVICE trusted|untrusted|verified
  safety-number JID                 le numéro de sécurité avec un contact
  fingerprint                       l’empreinte OMEMO de cet appareil
  requests                          demandes de message (premiers messages d’inconnus)
  accept JID                        accepter une demande : ajouter le contact
  block JID | unblock JID           bloquer sur le serveur, pour tous vos appareils
  blocked                           la liste de blocage (avec ce que vous avez signalé)
  report JID --reason spam|abuse|other [--include MESSAGE_ID...]
                                    signaler à votre serveur et bloquer ; seuls les
                                    messages inclus sont envoyés, en clair

Sauvegardes (le fichier de phrase de passe de la sauvegarde n’est pas le --passphrase-file du profil) :
  backup create --out FILE --backup-passphrase-file F
  backup verify FILE --backup-passphrase-file F
  backup restore FILE --backup-passphrase-file F [--merge]
                                    dans --profile DIR (nouveau, ou --merge pour ajouter)

Sans PASSWORD, la première ligne de l’entrée standard est lue.

Codes de sortie : 0 ok, 1 utilisation incorrecte, 2 impossible d’ouvrir ou de déverrouiller le profil,
3 serveur injoignable ou identifiants refusés, 4 message non envoyé (p. ex. aucun appareil OMEMO),
5 délai dépassé, 6 compte, contact ou appareil inexistant, 7 sauvegarde non créée, non vérifiée ou non restaurée.</translation>
    </message>
    <message>
        <source>account: %1
device: %2
fingerprint: %3</source>
        <translation>compte : %1
appareil : %2
empreinte : %3</translation>
    </message>
    <message>
        <source>usage: account register|login JID [PASSWORD] | account show</source>
        <translation>utilisation : account register|login JID [PASSWORD] | account show</translation>
    </message>
    <message>
        <source>a password is needed (argument or first line of stdin)</source>
        <translation>un mot de passe est nécessaire (en argument ou sur la première ligne de l’entrée standard)</translation>
    </message>
    <message>
        <source>%1 messages, %2 conversations, %3 contacts, %4 sessions</source>
        <translation>%1 messages, %2 conversations, %3 contacts, %4 sessions</translation>
    </message>
    <message>
        <source>usage: backup create --out FILE --backup-passphrase-file F
       backup verify FILE --backup-passphrase-file F
       backup restore FILE --backup-passphrase-file F [--merge]</source>
        <translation>utilisation : backup create --out FILE --backup-passphrase-file F
              backup verify FILE --backup-passphrase-file F
              backup restore FILE --backup-passphrase-file F [--merge]</translation>
    </message>
    <message>
        <source>usage: backup create --out FILE --backup-passphrase-file F</source>
        <translation>utilisation : backup create --out FILE --backup-passphrase-file F</translation>
    </message>
    <message>
        <source>cannot read the backup passphrase file (--backup-passphrase-file)</source>
        <translation>impossible de lire le fichier de phrase de passe de la sauvegarde (--backup-passphrase-file)</translation>
    </message>
    <message>
        <source>backup written: %1 (%2, %3 bytes)</source>
        <translation>sauvegarde écrite : %1 (%2, %3 octets)</translation>
    </message>
    <message>
        <source>usage: backup verify FILE --backup-passphrase-file F</source>
        <translation>utilisation : backup verify FILE --backup-passphrase-file F</translation>
    </message>
    <message>
        <source>backup is intact: %1</source>
        <translation>la sauvegarde est intacte : %1</translation>
    </message>
    <message>
        <source>usage: backup restore FILE --backup-passphrase-file F [--merge]</source>
        <translation>utilisation : backup restore FILE --backup-passphrase-file F [--merge]</translation>
    </message>
    <message>
        <source>restored %1 into this profile (%2)</source>
        <translation>%1 restauré dans ce profil (%2)</translation>
    </message>
    <message>
        <source>the account password could not be stored: sign in again</source>
        <translation>le mot de passe du compte n’a pas pu être enregistré : reconnectez-vous</translation>
    </message>
    <message>
        <source>Profile directory (default: the user's Sotto profile).</source>
        <translation>Dossier du profil (par défaut : le profil Sotto de l’utilisateur).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Afficher un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>File whose first line is the passphrase that protects the profile when there is no keychain.</source>
        <translation>Fichier dont la première ligne est la phrase de passe qui protège le profil en l’absence de trousseau de clés.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Connect to HOST:PORT instead of looking the server up.</source>
        <translation>Se connecter à HOST:PORT au lieu de rechercher le serveur.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>With --server: the port speaks TLS directly (no STARTTLS).</source>
        <translation>Avec --server : le port parle directement TLS (sans STARTTLS).</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 (hex).</source>
        <translation>Accepter le certificat du serveur ayant ce SHA-256 (hex).</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>Keychain service name (tests).</source>
        <translation>Nom du service dans le trousseau de clés (tests).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>cannot read the passphrase file</source>
        <translation>impossible de lire le fichier de phrase de passe</translation>
    </message>
    <message>
        <source>--server needs HOST:PORT</source>
        <translation>--server attend HOST:PORT</translation>
    </message>
    <message>
        <source>me</source>
        <comment>the sender of your own messages</comment>
        <translation>moi</translation>
    </message>
    <message>
        <source>[could not decrypt: %1]</source>
        <translation>[impossible de déchiffrer : %1]</translation>
    </message>
    <message>
        <source>[NOT ENCRYPTED]</source>
        <translation>[NON CHIFFRÉ]</translation>
    </message>
    <message>
        <source>usage: send JID TEXT</source>
        <translation>utilisation : send JID TEXT</translation>
    </message>
    <message>
        <source>usage: history JID [--limit N]</source>
        <translation>utilisation : history JID [--limit N]</translation>
    </message>
    <message>
        <source>usage: requests</source>
        <translation>utilisation : requests</translation>
    </message>
    <message>
        <source>usage: accept JID</source>
        <translation>utilisation : accept JID</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>%1 accepté</translation>
    </message>
    <message>
        <source>usage: block JID</source>
        <translation>utilisation : block JID</translation>
    </message>
    <message>
        <source>usage: unblock JID</source>
        <translation>utilisation : unblock JID</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>%1 bloqué</translation>
    </message>
    <message>
        <source>unblocked %1</source>
        <translation>%1 débloqué</translation>
    </message>
    <message>
        <source>usage: blocked</source>
        <translation>utilisation : blocked</translation>
    </message>
    <message numerus="yes">
        <source>(reported as %1 on %2, %n message(s) attached)</source>
        <translation><numerusform>(signalé comme %1 le %2, %n message joint)</numerusform><numerusform>(signalé comme %1 le %2, %n messages joints)</numerusform></translation>
    </message>
    <message>
        <source>usage: report JID --reason spam|abuse|other [--include MESSAGE_ID...]</source>
        <translation>utilisation : report JID --reason spam|abuse|other [--include MESSAGE_ID...]</translation>
    </message>
    <message numerus="yes">
        <source>reported %1 as %2 and blocked; %n message(s) attached</source>
        <translation><numerusform>%1 signalé comme %2 et bloqué ; %n message joint</numerusform><numerusform>%1 signalé comme %2 et bloqué ; %n messages joints</numerusform></translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(cet appareil)</translation>
    </message>
    <message>
        <source>usage: trust JID DEVICE trusted|untrusted|verified</source>
        <translation>utilisation : trust JID DEVICE trusted|untrusted|verified</translation>
    </message>
    <message>
        <source>usage: safety-number JID</source>
        <translation>utilisation : safety-number JID</translation>
    </message>
    <message>
        <source>usage: contacts add JID</source>
        <translation>utilisation : contacts add JID</translation>
    </message>
    <message>
        <source>usage: contacts [add JID]</source>
        <translation>utilisation : contacts [add JID]</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>commande inconnue : %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Backend</name>
    <message>
        <source>Please enter a passphrase.</source>
        <translation>Veuillez saisir une phrase de passe.</translation>
    </message>
    <message>
        <source>This version of Sotto cannot restore with a recovery code yet. Your messages are still on this computer; nothing was deleted.</source>
        <translation>Cette version de Sotto ne peut pas encore restaurer avec un code de récupération. Vos messages sont toujours sur cet ordinateur ; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>That recovery code does not open this profile.</source>
        <translation>Ce code de récupération n’ouvre pas ce profil.</translation>
    </message>
    <message>
        <source>The profile could not be opened.</source>
        <translation>Le profil n’a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::BackupController</name>
    <message>
        <source>Backed up %1 messages.</source>
        <translation>%1 messages sauvegardés.</translation>
    </message>
    <message>
        <source>The backup is intact: %1 messages, %2 conversations.</source>
        <translation>La sauvegarde est intacte : %1 messages, %2 conversations.</translation>
    </message>
    <message>
        <source>Restored %1 messages.</source>
        <translation>%1 messages restaurés.</translation>
    </message>
    <message>
        <source>Automatic backups are on. Sotto keeps their passphrase on this computer (in the keychain, or encrypted in the profile) so that they run without asking.</source>
        <translation>Les sauvegardes automatiques sont activées. Sotto conserve leur phrase de passe sur cet ordinateur (dans le trousseau, ou chiffrée dans le profil) pour qu’elles s’exécutent sans rien demander.</translation>
    </message>
    <message>
        <source>Another backup is running. Try again when it has finished.</source>
        <translation>Une autre sauvegarde est en cours. Réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Added what was missing from the backup; %1 items were already here.</source>
        <translation>Ce qui manquait a été ajouté depuis la sauvegarde ; %1 éléments étaient déjà présents.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LanguageController</name>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::NotificationCenter</name>
    <message>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation><numerusform>%n nouveau message</numerusform><numerusform>%n nouveaux messages</numerusform></translation>
    </message>
    <message>
        <source>New message request</source>
        <translation>Nouvelle demande de message</translation>
    </message>
</context>
<context>
    <name>sotto::ui::NotificationDBus</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>sotto::ui::TrayIcon</name>
    <message>
        <source>No unread messages</source>
        <translation>Aucun message non lu</translation>
    </message>
    <message numerus="yes">
        <source>%n unread messages</source>
        <translation><numerusform>%n message non lu</numerusform><numerusform>%n messages non lus</numerusform></translation>
    </message>
</context>
<context>
    <name>sotto::ui::TrayMenu</name>
    <message>
        <source>Show Sotto</source>
        <translation>Afficher Sotto</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
</TS>