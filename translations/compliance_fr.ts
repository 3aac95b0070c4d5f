<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>cc::client</name>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation>Responsable de la conformité</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>CTO</source>
        <translation>CTO</translation>
    </message>
    <message>
        <source>CEO</source>
        <translation>CEO</translation>
    </message>
    <message>
        <source>Incident contact</source>
        <translation>Contact incident</translation>
    </message>
    <message>
        <source>Incident contact (deputy)</source>
        <translation>Contact incident (suppléant)</translation>
    </message>
</context>
<context>
    <name>cc::client::Alert</name>
    <message>
        <source>Failed sign-ins</source>
        <translation>Échecs de connexion</translation>
    </message>
    <message>
        <source>PII read volume</source>
        <translation>Volume de lectures de PII</translation>
    </message>
    <message>
        <source>Access without a grant</source>
        <translation>Accès sans autorisation</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Nouvelle adresse</translation>
    </message>
    <message>
        <source>Two addresses at once</source>
        <translation>Deux adresses à la fois</translation>
    </message>
    <message>
        <source>Offboarded account</source>
        <translation>Compte clôturé</translation>
    </message>
    <message>
        <source>Unused grant</source>
        <translation>Autorisation inutilisée</translation>
    </message>
    <message>
        <source>Refused requests</source>
        <translation>Requêtes refusées</translation>
    </message>
    <message>
        <source>Credentials reset</source>
        <translation>Moyens d&apos;authentification réinitialisés</translation>
    </message>
    <message>
        <source>Privileged role given</source>
        <translation>Rôle privilégié attribué</translation>
    </message>
    <message>
        <source>Audit log tampered with</source>
        <translation>Journal d&apos;audit altéré</translation>
    </message>
</context>
<context>
    <name>cc::client::ApiClient</name>
    <message>
        <source>The server address must start with https:// (got &quot;%1&quot;).</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (reçu : « %1 »).</translation>
    </message>
    <message>
        <source>TLS (unknown version)</source>
        <translation>TLS (version inconnue)</translation>
    </message>
</context>
<context>
    <name>cc::client::ApiJob</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>La connexion au serveur a été fermée.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>le fichier n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé : %2</translation>
    </message>
    <message>
        <source>The certificate of %1 does not match the fingerprint pinned for this server. It may have been replaced, or someone may be intercepting the connection.</source>
        <translation>Le certificat de %1 ne correspond pas à l&apos;empreinte épinglée pour ce serveur. Il a peut-être été remplacé, ou quelqu&apos;un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Le serveur n&apos;a pas répondu dans un délai de %1 secondes.</translation>
    </message>
    <message>
        <source>Could not save the server&apos;s answer: %1</source>
        <translation>Impossible d&apos;enregistrer la réponse du serveur : %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large.</source>
        <translation>La réponse du serveur était trop volumineuse.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1; the console does not follow redirects.</source>
        <translation>Le serveur a redirigé la requête vers %1 ; la console ne suit pas les redirections.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Le serveur a répondu %1 %2.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer holds no JSON object.</source>
        <translation>La réponse du serveur ne contient aucun objet JSON.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>La réponse du serveur n&apos;est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>cc::client::AuditVerifier</name>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intègre</translation>
    </message>
    <message>
        <source>event altered</source>
        <translation>événement modifié</translation>
    </message>
    <message>
        <source>event removed</source>
        <translation>événement supprimé</translation>
    </message>
    <message>
        <source>chain broken (reordered or inserted)</source>
        <translation>chaîne rompue (ordre modifié ou insertion)</translation>
    </message>
    <message>
        <source>log truncated</source>
        <translation>journal tronqué</translation>
    </message>
    <message>
        <source>history rewritten</source>
        <translation>historique réécrit</translation>
    </message>
    <message>
        <source>checkpoint mismatch</source>
        <translation>point de contrôle divergent</translation>
    </message>
    <message>
        <source>forged checkpoint</source>
        <translation>point de contrôle falsifié</translation>
    </message>
    <message>
        <source>checkpoint removed</source>
        <translation>point de contrôle supprimé</translation>
    </message>
    <message>
        <source>signing key changed</source>
        <translation>clé de signature changée</translation>
    </message>
    <message>
        <source>head mismatch</source>
        <translation>tête de chaîne divergente</translation>
    </message>
    <message>
        <source>cannot verify</source>
        <translation>vérification impossible</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Verification cancelled after %1.</source>
        <translation>Vérification annulée après %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the server&apos;s signing key</source>
        <translation>la clé de signature du serveur</translation>
    </message>
    <message>
        <source>The server&apos;s signing key is not a well-formed Ed25519 public key with a matching key id (algorithm &quot;%1&quot;, key id &quot;%2&quot;).</source>
        <translation>La clé de signature du serveur n&apos;est pas une clé publique Ed25519 bien formée avec un identifiant de clé correspondant (algorithme « %1 », identifiant de clé « %2 »).</translation>
    </message>
    <message>
        <source>The server&apos;s audit signing key changed: this console trusted key %1 when it verified the log on %2; the server now presents key %3. Checkpoints signed by a key you have not confirmed prove nothing. If the change is expected (a new master key), confirm it and verify again.</source>
        <translation>La clé de signature d&apos;audit du serveur a changé : cette console faisait confiance à la clé %1 lorsqu&apos;elle a vérifié le journal le %2 ; le serveur présente désormais la clé %3. Des points de contrôle signés par une clé que vous n&apos;avez pas confirmée ne prouvent rien. Si ce changement est attendu (nouvelle clé maîtresse), confirmez-le et vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>the signed checkpoints</source>
        <translation>les points de contrôle signés</translation>
    </message>
    <message>
        <source>The checkpoint at event %1 (dated %2) names signing key %3, not the server&apos;s key %4: it was not signed by this server.</source>
        <translation>Le point de contrôle de l&apos;événement %1 (daté du %2) indique la clé de signature %3, et non la clé du serveur %4 : il n&apos;a pas été signé par ce serveur.</translation>
    </message>
    <message>
        <source>The checkpoint at event %1 (dated %2) has an invalid signature: it was forged or altered.</source>
        <translation>Le point de contrôle de l&apos;événement %1 (daté du %2) a une signature non valide : il a été falsifié ou modifié.</translation>
    </message>
    <message>
        <source>the chain&apos;s head</source>
        <translation>la tête de la chaîne</translation>
    </message>
    <message>
        <source>The server&apos;s chain head is malformed (seq %1, base %2).</source>
        <translation>La tête de chaîne du serveur est mal formée (seq %1, base %2).</translation>
    </message>
    <message>
        <source>The log was truncated: a checkpoint signed on %1 covers event %2, but the log now ends at event %3.</source>
        <translation>Le journal a été tronqué : un point de contrôle signé le %1 couvre l&apos;événement %2, mais le journal se termine désormais à l&apos;événement %3.</translation>
    </message>
    <message>
        <source>The log was truncated: this console verified it up to event %1 on %2, but it now ends at event %3.</source>
        <translation>Le journal a été tronqué : cette console l&apos;a vérifié jusqu&apos;à l&apos;événement %1 le %2, mais il se termine désormais à l&apos;événement %3.</translation>
    </message>
    <message>
        <source>The signed checkpoint at event %1, which this console saw on %2, is gone: someone removed it, perhaps to hide a rewritten history.</source>
        <translation>Le point de contrôle signé de l&apos;événement %1, vu par cette console le %2, a disparu : quelqu&apos;un l&apos;a supprimé, peut-être pour masquer un historique réécrit.</translation>
    </message>
    <message>
        <source>Event %1 had hash %2 when this console verified it on %3; the chain&apos;s base now says %4.</source>
        <translation>L&apos;événement %1 avait l&apos;empreinte %2 lorsque cette console l&apos;a vérifié le %3 ; la base de la chaîne indique désormais %4.</translation>
    </message>
    <message>
        <source>The chain starts after event %1 (older events were purged), but no checkpoint signed by the server vouches for event %1&apos;s hash %2.</source>
        <translation>La chaîne commence après l&apos;événement %1 (les événements plus anciens ont été purgés), mais aucun point de contrôle signé par le serveur ne garantit l&apos;empreinte %2 de l&apos;événement %1.</translation>
    </message>
    <message>
        <source>the audit events</source>
        <translation>les événements d&apos;audit</translation>
    </message>
    <message>
        <source>The log was truncated: it ends at event %1, but its head says %2. Events %3–%2 were removed.</source>
        <translation>Le journal a été tronqué : il se termine à l&apos;événement %1, mais sa tête indique %2. Les événements %3–%2 ont été supprimés.</translation>
    </message>
    <message>
        <source>The server does not send at_ms and prev_hash with event %1, so its hash cannot be recomputed. Update the store server.</source>
        <translation>Le serveur n&apos;envoie pas at_ms et prev_hash avec l&apos;événement %1 : son empreinte ne peut donc pas être recalculée. Mettez à jour le serveur du dépôt.</translation>
    </message>
    <message>
        <source>Event %1 is missing: the log goes from event %2 to event %3. It was removed.</source>
        <translation>L&apos;événement %1 est manquant : le journal passe de l&apos;événement %2 à l&apos;événement %3. Il a été supprimé.</translation>
    </message>
    <message>
        <source>Events %1–%2 are missing: the log goes from event %3 to event %4. They were removed.</source>
        <translation>Les événements %1–%2 sont manquants : le journal passe de l&apos;événement %3 à l&apos;événement %4. Ils ont été supprimés.</translation>
    </message>
    <message>
        <source>Event %1 appears again after event %2: the log was reordered.</source>
        <translation>L&apos;événement %1 réapparaît après l&apos;événement %2 : l&apos;ordre du journal a été modifié.</translation>
    </message>
    <message>
        <source>Event %1 does not follow event %2: it names %3 as the previous hash, but event %2 has hash %4. Events were reordered, inserted or removed.</source>
        <translation>L&apos;événement %1 ne suit pas l&apos;événement %2 : il indique %3 comme empreinte précédente, mais l&apos;événement %2 a l&apos;empreinte %4. Des événements ont été déplacés, insérés ou supprimés.</translation>
    </message>
    <message>
        <source>Event %1 was altered: its content hashes to %2, but it records %3.</source>
        <translation>L&apos;événement %1 a été modifié : son contenu a pour empreinte %2, mais il enregistre %3.</translation>
    </message>
    <message>
        <source>Event %1 does not match the checkpoint the server signed on %2: the checkpoint says %3, the event now has %4. The chain was rewritten after it was signed.</source>
        <translation>L&apos;événement %1 ne correspond pas au point de contrôle signé par le serveur le %2 : le point de contrôle indique %3, l&apos;événement a désormais %4. La chaîne a été réécrite après sa signature.</translation>
    </message>
    <message>
        <source>Event %1 had hash %2 when this console verified it on %3; now %4. The history was rewritten, and the chain recomputed to hide it.</source>
        <translation>L&apos;événement %1 avait l&apos;empreinte %2 lorsque cette console l&apos;a vérifié le %3 ; il a désormais %4. L&apos;historique a été réécrit, et la chaîne recalculée pour le masquer.</translation>
    </message>
    <message>
        <source>The chain&apos;s head says event %1 has hash %2, but the event has %3.</source>
        <translation>La tête de la chaîne indique que l&apos;événement %1 a l&apos;empreinte %2, mais l&apos;événement a %3.</translation>
    </message>
    <message>
        <source> The events up to %1 this console verified on %2 have since been purged by retention.</source>
        <translation> Les événements jusqu&apos;à %1, vérifiés par cette console le %2, ont depuis été purgés au titre de la conservation.</translation>
    </message>
    <message>
        <source>anchors damaged</source>
        <translation>ancres endommagées</translation>
    </message>
    <message>
        <source>The server does not publish its anchors outside the database (GET /audit/anchors), without which a cut or rewritten log cannot be told from an honest one. Update the store server.</source>
        <translation>Le serveur ne publie pas ses ancres hors de la base de données (GET /audit/anchors) ; sans elles, un journal tronqué ou réécrit ne peut pas être distingué d&apos;un journal intègre. Mettez à jour le serveur du dépôt.</translation>
    </message>
    <message>
        <source>the anchors outside the database</source>
        <translation>les ancres hors de la base de données</translation>
    </message>
    <message>
        <source>The server&apos;s anchor file, its record of the log outside the database, is damaged: %1. What it no longer holds cannot be checked.</source>
        <translation>Le fichier d&apos;ancres du serveur, sa trace du journal hors de la base de données, est endommagé : %1. Ce qu&apos;il ne contient plus ne peut pas être vérifié.</translation>
    </message>
    <message>
        <source>Line %1 of the server&apos;s anchors is malformed: %2.</source>
        <translation>La ligne %1 des ancres du serveur est mal formée : %2.</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>dans le désordre</translation>
    </message>
    <message>
        <source>The server&apos;s anchors outside the database do not hold up: %1.</source>
        <translation>Les ancres du serveur hors de la base de données ne sont pas cohérentes : %1.</translation>
    </message>
    <message>
        <source>The log was truncated: a checkpoint the server anchored outside its database on %1 (line %2 of its anchor file) covers event %3, but the log now ends at event %4.</source>
        <translation>Le journal a été tronqué : un point de contrôle que le serveur a ancré hors de sa base de données le %1 (ligne %2 de son fichier d&apos;ancres) couvre l&apos;événement %3, mais le journal se termine désormais à l&apos;événement %4.</translation>
    </message>
    <message>
        <source>Event %1 changed after the break at event %2 was acknowledged on %3.</source>
        <translation>L&apos;événement %1 a changé après l&apos;acquittement, le %3, de la rupture à l&apos;événement %2.</translation>
    </message>
    <message>
        <source>Event %1 does not match what the server anchored outside its database on %2 (line %3 of its anchor file): %4 there, %5 now. The chain was rewritten after that.</source>
        <translation>L&apos;événement %1 ne correspond pas à ce que le serveur a ancré hors de sa base de données le %2 (ligne %3 de son fichier d&apos;ancres) : %4 dans l&apos;ancre, %5 maintenant. La chaîne a été réécrite depuis.</translation>
    </message>
    <message>
        <source>Intact: %1 recomputed from the base, every link checked, %2 signed checkpoint(s) verified, %3 matched the server&apos;s anchors outside its database.</source>
        <translation>Intègre : recalcul de %1 depuis la base, contrôle de chaque lien, vérification de %2 point(s) de contrôle signé(s), concordance de %3 avec les ancres du serveur hors de sa base de données.</translation>
    </message>
    <message>
        <source> Break acknowledged at event %1 on %2 by %3 (%4): %5.</source>
        <translation> Rupture acquittée à l&apos;événement %1 le %2 par %3 (%4) : %5.</translation>
    </message>
</context>
<context>
    <name>cc::client::DemoAccount</name>
    <message>
        <source>Cannot read %1: %2. Seed the store with `compliancectl demo seed` first.</source>
        <translation>Impossible de lire %1 : %2. Alimentez d&apos;abord le dépôt avec `compliancectl demo seed`.</translation>
    </message>
    <message>
        <source>%1 lacks a username, password or totp_secret.</source>
        <translation>Il manque à %1 un identifiant, un mot de passe ou un totp_secret.</translation>
    </message>
    <message>
        <source>%1 has no demo account &quot;%2&quot;: use one of %3.</source>
        <translation>%1 ne contient pas de compte de démonstration « %2 » : utilisez l&apos;un de %3.</translation>
    </message>
</context>
<context>
    <name>cc::client::Incident</name>
    <message>
        <source>1 · Critical</source>
        <translation>1 · Critique</translation>
    </message>
    <message>
        <source>2 · High</source>
        <translation>2 · Élevée</translation>
    </message>
    <message>
        <source>3 · Medium</source>
        <translation>3 · Moyenne</translation>
    </message>
    <message>
        <source>4 · Low</source>
        <translation>4 · Faible</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Confiné</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Data breach</source>
        <translation>Violation de données</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>cc::client::LocalServer</name>
    <message>
        <source>compliance-stored did not report that it was listening within %1 seconds.</source>
        <translation>compliance-stored n&apos;a pas signalé être à l&apos;écoute dans un délai de %1 secondes.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>compliance-stored exited with code %1.</source>
        <translation>compliance-stored s&apos;est arrêté avec le code %1.</translation>
    </message>
    <message>
        <source>compliance-stored exited with code %1:
%2</source>
        <translation>compliance-stored s&apos;est arrêté avec le code %1 :
%2</translation>
    </message>
</context>
<context>
    <name>cc::client::Task</name>
    <message>
        <source>Access request</source>
        <translation>Demande d&apos;accès</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Revue des accès</translation>
    </message>
    <message>
        <source>Asset review</source>
        <translation>Revue d&apos;actif</translation>
    </message>
    <message>
        <source>Breach notice</source>
        <translation>Notification de violation</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation>Demande de suppression</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
</context>
<context>
    <name>cc::client::Words</name>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Session used</source>
        <translation>Session utilisée</translation>
    </message>
    <message>
        <source>Own account read</source>
        <translation>Consultation de son compte</translation>
    </message>
    <message>
        <source>Policy read</source>
        <translation>Consultation de la politique</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>Accounts listed</source>
        <translation>Liste des comptes consultée</translation>
    </message>
    <message>
        <source>Account offboarded</source>
        <translation>Compte clôturé</translation>
    </message>
    <message>
        <source>Departure scheduled</source>
        <translation>Départ planifié</translation>
    </message>
    <message>
        <source>Role removed</source>
        <translation>Rôle retiré</translation>
    </message>
    <message>
        <source>Second factor reset</source>
        <translation>Second facteur réinitialisé</translation>
    </message>
    <message>
        <source>Access requested</source>
        <translation>Accès demandé</translation>
    </message>
    <message>
        <source>Access approved</source>
        <translation>Accès approuvé</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Access requests listed</source>
        <translation>Liste des demandes d&apos;accès consultée</translation>
    </message>
    <message>
        <source>Grant revoked</source>
        <translation>Autorisation révoquée</translation>
    </message>
    <message>
        <source>Grant expired</source>
        <translation>Autorisation expirée</translation>
    </message>
    <message>
        <source>Grants listed</source>
        <translation>Liste des autorisations consultée</translation>
    </message>
    <message>
        <source>Asset added</source>
        <translation>Actif ajouté</translation>
    </message>
    <message>
        <source>Asset changed</source>
        <translation>Actif modifié</translation>
    </message>
    <message>
        <source>Asset review recorded</source>
        <translation>Revue d&apos;actif enregistrée</translation>
    </message>
    <message>
        <source>Assets imported</source>
        <translation>Actifs importés</translation>
    </message>
    <message>
        <source>Assets exported</source>
        <translation>Actifs exportés</translation>
    </message>
    <message>
        <source>Assets listed</source>
        <translation>Liste des actifs consultée</translation>
    </message>
    <message>
        <source>Asset read</source>
        <translation>Actif consulté</translation>
    </message>
    <message>
        <source>Asset reviews read</source>
        <translation>Revues d&apos;actif consultées</translation>
    </message>
    <message>
        <source>Review reminders sent</source>
        <translation>Rappels de revue envoyés</translation>
    </message>
    <message>
        <source>Notifications read</source>
        <translation>Notifications consultées</translation>
    </message>
    <message>
        <source>Notification marked read</source>
        <translation>Notification marquée comme lue</translation>
    </message>
    <message>
        <source>All notifications marked read</source>
        <translation>Toutes les notifications marquées comme lues</translation>
    </message>
    <message>
        <source>Incident reported</source>
        <translation>Incident déclaré</translation>
    </message>
    <message>
        <source>Incident changed</source>
        <translation>Incident modifié</translation>
    </message>
    <message>
        <source>Breach notice acknowledged</source>
        <translation>Réception de l&apos;avis de violation confirmée</translation>
    </message>
    <message>
        <source>Response plan task changed</source>
        <translation>Tâche du plan de réponse modifiée</translation>
    </message>
    <message>
        <source>Incident note added</source>
        <translation>Note d&apos;incident ajoutée</translation>
    </message>
    <message>
        <source>Incident timeline changed</source>
        <translation>Chronologie de l&apos;incident modifiée</translation>
    </message>
    <message>
        <source>Executives notified</source>
        <translation>Dirigeants notifiés</translation>
    </message>
    <message>
        <source>Incident clock ran out</source>
        <translation>Délai d&apos;incident dépassé</translation>
    </message>
    <message>
        <source>Breach e-mail sent</source>
        <translation>Courriel de violation envoyé</translation>
    </message>
    <message>
        <source>Incidents listed</source>
        <translation>Liste des incidents consultée</translation>
    </message>
    <message>
        <source>Incident read</source>
        <translation>Incident consulté</translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation>Alerte déclenchée</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translation>Alerte acquittée</translation>
    </message>
    <message>
        <source>Alerts listed</source>
        <translation>Liste des alertes consultée</translation>
    </message>
    <message>
        <source>Alert read</source>
        <translation>Alerte consultée</translation>
    </message>
    <message>
        <source>Access review started</source>
        <translation>Revue des accès lancée</translation>
    </message>
    <message>
        <source>Access review decision</source>
        <translation>Décision de revue des accès</translation>
    </message>
    <message>
        <source>Access review completed</source>
        <translation>Revue des accès terminée</translation>
    </message>
    <message>
        <source>Access review reminders sent</source>
        <translation>Rappels de revue des accès envoyés</translation>
    </message>
    <message>
        <source>Access review evidence read</source>
        <translation>Preuves de revue des accès consultées</translation>
    </message>
    <message>
        <source>Access review items read</source>
        <translation>Éléments de revue des accès consultés</translation>
    </message>
    <message>
        <source>Access reviews listed</source>
        <translation>Liste des revues des accès consultée</translation>
    </message>
    <message>
        <source>Access review read</source>
        <translation>Revue des accès consultée</translation>
    </message>
    <message>
        <source>Order facts read</source>
        <translation>Données de commande consultées</translation>
    </message>
    <message>
        <source>Buyer PII read</source>
        <translation>PII d&apos;acheteur consultées</translation>
    </message>
    <message>
        <source>Orders imported</source>
        <translation>Commandes importées</translation>
    </message>
    <message>
        <source>Order totals read</source>
        <translation>Totaux de commandes consultés</translation>
    </message>
    <message>
        <source>Orders listed</source>
        <translation>Liste des commandes consultée</translation>
    </message>
    <message>
        <source>Retention sweep</source>
        <translation>Purge de conservation</translation>
    </message>
    <message>
        <source>Retention status read</source>
        <translation>État de la conservation consulté</translation>
    </message>
    <message>
        <source>Deletion request recorded</source>
        <translation>Demande de suppression enregistrée</translation>
    </message>
    <message>
        <source>Deletion request fulfilled</source>
        <translation>Demande de suppression exécutée</translation>
    </message>
    <message>
        <source>Deletion request overdue</source>
        <translation>Demande de suppression en retard</translation>
    </message>
    <message>
        <source>Deletion request read</source>
        <translation>Demande de suppression consultée</translation>
    </message>
    <message>
        <source>Deletion requests listed</source>
        <translation>Liste des demandes de suppression consultée</translation>
    </message>
    <message>
        <source>Audit log read</source>
        <translation>Journal d&apos;audit consulté</translation>
    </message>
    <message>
        <source>Audit chain verified</source>
        <translation>Chaîne d&apos;audit vérifiée</translation>
    </message>
    <message>
        <source>Audit evidence exported</source>
        <translation>Preuves d&apos;audit exportées</translation>
    </message>
    <message>
        <source>Audit chain head read</source>
        <translation>Tête de la chaîne d&apos;audit consultée</translation>
    </message>
    <message>
        <source>Audit checkpoints read</source>
        <translation>Points de contrôle d&apos;audit consultés</translation>
    </message>
    <message>
        <source>Audit signing key read</source>
        <translation>Clé de signature d&apos;audit consultée</translation>
    </message>
    <message>
        <source>Audit checkpoint signed</source>
        <translation>Point de contrôle d&apos;audit signé</translation>
    </message>
    <message>
        <source>Old audit events removed</source>
        <translation>Anciens événements d&apos;audit supprimés</translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation>Courriel envoyé</translation>
    </message>
    <message>
        <source>Changes read</source>
        <translation>Modifications consultées</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Revue des accès</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Amazon data</source>
        <translation>Données Amazon</translation>
    </message>
    <message>
        <source>Amazon notified</source>
        <translation>Amazon notifié</translation>
    </message>
    <message>
        <source>Amazon&apos;s reference</source>
        <translation>Référence Amazon</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>First kept event</source>
        <translation>Premier événement conservé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Checkpoints removed</source>
        <translation>Points de contrôle supprimés</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>CSV SHA-256</source>
        <translation>SHA-256 du CSV</translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Delay (ms)</source>
        <translation>Retard (ms)</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Hours asked for</source>
        <translation>Heures demandées</translation>
    </message>
    <message>
        <source>Events removed</source>
        <translation>Événements supprimés</translation>
    </message>
    <message>
        <source>Executives</source>
        <translation>Dirigeants</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalés</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Fulfilled before</source>
        <translation>Expédiées avant</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Own items only</source>
        <translation>Mes éléments seulement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notifiés</translation>
    </message>
    <message>
        <source>Reminders to officers</source>
        <translation>Rappels aux responsables</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>PII</source>
        <translation>PII</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Purgés</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Report SHA-256</source>
        <translation>SHA-256 du rapport</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Reminders to reviewers</source>
        <translation>Rappels aux réviseurs</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Scheduled by</source>
        <translation>Planifié par</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>With PII</source>
        <translation>Avec PII</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Maintenu</translation>
    </message>
    <message>
        <source>Role removed; Employee kept as the only role</source>
        <translation>Rôle retiré ; Employé conservé comme seul rôle</translation>
    </message>
    <message>
        <source>Flagged for follow-up</source>
        <translation>Signalé pour suivi</translation>
    </message>
    <message>
        <source>Account already offboarded</source>
        <translation>Compte déjà clôturé</translation>
    </message>
    <message>
        <source>Role already removed</source>
        <translation>Rôle déjà retiré</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Compte modifié</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Compte déverrouillé</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Mot de passe personnel changé</translation>
    </message>
    <message>
        <source>Enrolment started</source>
        <translation>Enrôlement commencé</translation>
    </message>
    <message>
        <source>Enrolment completed</source>
        <translation>Enrôlement terminé</translation>
    </message>
    <message>
        <source>Approval withdrawn</source>
        <translation>Approbation retirée</translation>
    </message>
    <message>
        <source>Audit anchors read</source>
        <translation>Ancres d&apos;audit consultées</translation>
    </message>
    <message>
        <source>Audit log break acknowledged</source>
        <translation>Rupture du journal d&apos;audit acquittée</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Approbateurs</translation>
    </message>
    <message>
        <source>Checkpoints set aside</source>
        <translation>Points de contrôle mis de côté</translation>
    </message>
    <message>
        <source>Code delivered by</source>
        <translation>Code transmis par</translation>
    </message>
    <message>
        <source>Sessions ended</source>
        <translation>Sessions terminées</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>First bad event</source>
        <translation>Premier événement invalide</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <source>Code issued by</source>
        <translation>Code émis par</translation>
    </message>
    <message>
        <source>Locked device tokens</source>
        <translation>Jetons d&apos;appareil verrouillés</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Verrouillé jusqu&apos;au</translation>
    </message>
    <message>
        <source>Operating-system user</source>
        <translation>Utilisateur du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Last good event</source>
        <translation>Dernier événement valide</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Resumes at event</source>
        <translation>Reprise à l&apos;événement</translation>
    </message>
    <message>
        <source>Device tokens revoked</source>
        <translation>Jetons d&apos;appareil révoqués</translation>
    </message>
    <message>
        <source>Roles added</source>
        <translation>Rôles ajoutés</translation>
    </message>
    <message>
        <source>Roles removed</source>
        <translation>Rôles retirés</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Non révoqué : %1</translation>
    </message>
    <message>
        <source>First enrolment</source>
        <translation>Premier enrôlement</translation>
    </message>
    <message>
        <source>Second-factor reset</source>
        <translation>Réinitialisation du second facteur</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Clé USB</translation>
    </message>
    <message>
        <source>External disk</source>
        <translation>Disque externe</translation>
    </message>
    <message>
        <source>Memory card</source>
        <translation>Carte mémoire</translation>
    </message>
    <message>
        <source>Optical disc</source>
        <translation>Disque optique</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur portable</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>No Amazon data</source>
        <translation>Aucune donnée Amazon</translation>
    </message>
    <message>
        <source>Anonymised aggregates only</source>
        <translation>Agrégats anonymisés uniquement</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Daily order totals read</source>
        <translation>Totaux quotidiens des commandes consultés</translation>
    </message>
    <message>
        <source>Legal hold set</source>
        <translation>Conservation légale imposée</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Conservation légale levée</translation>
    </message>
    <message>
        <source>Health checked</source>
        <translation>Disponibilité vérifiée</translation>
    </message>
    <message>
        <source>Alert escalated</source>
        <translation>Alerte escaladée</translation>
    </message>
    <message>
        <source>Sessions ended from an alert</source>
        <translation>Sessions fermées depuis une alerte</translation>
    </message>
    <message>
        <source>API description read</source>
        <translation>Description de l&apos;API consultée</translation>
    </message>
    <message>
        <source>API credential registered</source>
        <translation>Identifiant d&apos;API enregistré</translation>
    </message>
    <message>
        <source>API credentials listed</source>
        <translation>Liste des identifiants d&apos;API consultée</translation>
    </message>
    <message>
        <source>API credential changed</source>
        <translation>Identifiant d&apos;API modifié</translation>
    </message>
    <message>
        <source>API credential rotation recorded</source>
        <translation>Renouvellement d&apos;identifiant d&apos;API enregistré</translation>
    </message>
    <message>
        <source>API credential retired</source>
        <translation>Identifiant d&apos;API retiré</translation>
    </message>
    <message>
        <source>Audit signing key rotated</source>
        <translation>Clé de signature d&apos;audit renouvelée</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Client ajouté</translation>
    </message>
    <message>
        <source>Clients listed</source>
        <translation>Liste des clients consultée</translation>
    </message>
    <message>
        <source>Legal holds listed</source>
        <translation>Liste des conservations légales consultée</translation>
    </message>
    <message>
        <source>Controls listed</source>
        <translation>Liste des contrôles consultée</translation>
    </message>
    <message>
        <source>Control history read</source>
        <translation>Historique d&apos;un contrôle consulté</translation>
    </message>
    <message>
        <source>Control status changed</source>
        <translation>État d&apos;un contrôle modifié</translation>
    </message>
    <message>
        <source>Control attested</source>
        <translation>Contrôle attesté</translation>
    </message>
    <message>
        <source>Control attestations read</source>
        <translation>Attestations d&apos;un contrôle consultées</translation>
    </message>
    <message>
        <source>Dashboard read</source>
        <translation>Tableau de bord consulté</translation>
    </message>
    <message>
        <source>Dashboard trends read</source>
        <translation>Tendances du tableau de bord consultées</translation>
    </message>
    <message>
        <source>Incident contacts read</source>
        <translation>Contacts pour les incidents consultés</translation>
    </message>
    <message>
        <source>Board report read</source>
        <translation>Rapport pour la direction consulté</translation>
    </message>
    <message>
        <source>Return archive saved</source>
        <translation>Archive de restitution enregistrée</translation>
    </message>
    <message>
        <source>Device registered</source>
        <translation>Appareil enregistré</translation>
    </message>
    <message>
        <source>Devices listed</source>
        <translation>Liste des appareils consultée</translation>
    </message>
    <message>
        <source>Device read</source>
        <translation>Appareil consulté</translation>
    </message>
    <message>
        <source>Device changed</source>
        <translation>Appareil modifié</translation>
    </message>
    <message>
        <source>Evidence pack exported</source>
        <translation>Dossier de preuves exporté</translation>
    </message>
    <message>
        <source>Master key rotation started</source>
        <translation>Renouvellement de la clé maîtresse commencé</translation>
    </message>
    <message>
        <source>Master key rotated</source>
        <translation>Clé maîtresse renouvelée</translation>
    </message>
    <message>
        <source>Notification digests sent</source>
        <translation>Récapitulatifs de notifications envoyés</translation>
    </message>
    <message>
        <source>Policy text read</source>
        <translation>Texte de la politique consulté</translation>
    </message>
    <message>
        <source>Policy acknowledged</source>
        <translation>Politique approuvée</translation>
    </message>
    <message>
        <source>Notification preferences read</source>
        <translation>Préférences de notification consultées</translation>
    </message>
    <message>
        <source>Notification preferences changed</source>
        <translation>Préférences de notification modifiées</translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation>Rappels envoyés</translation>
    </message>
    <message>
        <source>Server settings reloaded</source>
        <translation>Paramètres du serveur rechargés</translation>
    </message>
    <message>
        <source>Store backed up</source>
        <translation>Stockage de données sauvegardé</translation>
    </message>
    <message>
        <source>Store restored</source>
        <translation>Stockage de données restauré</translation>
    </message>
    <message>
        <source>Subcontractor added</source>
        <translation>Sous-traitant ajouté</translation>
    </message>
    <message>
        <source>Subcontractors listed</source>
        <translation>Liste des sous-traitants consultée</translation>
    </message>
    <message>
        <source>Subcontractor changed</source>
        <translation>Sous-traitant modifié</translation>
    </message>
    <message>
        <source>Subcontractor assessed</source>
        <translation>Sous-traitant évalué</translation>
    </message>
    <message>
        <source>Subcontractor engagement ended</source>
        <translation>Collaboration avec un sous-traitant terminée</translation>
    </message>
    <message>
        <source>Own tasks read</source>
        <translation>Tâches personnelles consultées</translation>
    </message>
    <message>
        <source>Vulnerability recorded</source>
        <translation>Vulnérabilité enregistrée</translation>
    </message>
    <message>
        <source>Vulnerabilities imported</source>
        <translation>Vulnérabilités importées</translation>
    </message>
    <message>
        <source>Vulnerabilities listed</source>
        <translation>Liste des vulnérabilités consultée</translation>
    </message>
    <message>
        <source>Vulnerability read</source>
        <translation>Vulnérabilité consultée</translation>
    </message>
    <message>
        <source>Vulnerability resolved</source>
        <translation>Vulnérabilité résolue</translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessPage</name>
    <message>
        <source>Access to Amazon data</source>
        <translation>Accès aux données Amazon</translation>
    </message>
    <message>
        <source>Time-bound access to Amazon Marketplace data, granted only on a reason and approved by a compliance officer.</source>
        <translation>Accès limité dans le temps aux données Amazon Marketplace, accordé uniquement sur motif et approuvé par un responsable de la conformité.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>Demandes en attente</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve the selected access request, with a comment for the audit log</source>
        <translation>Approuver la demande d&apos;accès sélectionnée, avec un commentaire pour le journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Deny the selected access request, saying why</source>
        <translation>Refuser la demande d&apos;accès sélectionnée, en indiquant pourquoi</translation>
    </message>
    <message>
        <source>&amp;Request access…</source>
        <translation>&amp;Demander un accès…</translation>
    </message>
    <message>
        <source>Request access</source>
        <translation>Demander un accès</translation>
    </message>
    <message>
        <source>Ask for time-bound access to Amazon data, with a reason</source>
        <translation>Demander un accès limité dans le temps aux données Amazon, avec un motif</translation>
    </message>
    <message>
        <source>Access requests waiting for a decision</source>
        <translation>Demandes d&apos;accès en attente de décision</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>Grants to show</source>
        <translation>Autorisations à afficher</translation>
    </message>
    <message>
        <source>All grants, or only the active, expired or revoked ones</source>
        <translation>Toutes les autorisations, ou seulement les actives, les expirées ou les révoquées</translation>
    </message>
    <message>
        <source>All grants</source>
        <translation>Toutes les autorisations</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirées</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquées</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Revoke grant</source>
        <translation>Révoquer l&apos;autorisation</translation>
    </message>
    <message>
        <source>End the selected grant now, with a reason</source>
        <translation>Mettre fin immédiatement à l&apos;autorisation sélectionnée, avec un motif</translation>
    </message>
    <message>
        <source>Time-bound access to Amazon data, who granted it and until when</source>
        <translation>Accès limités dans le temps aux données Amazon, qui les a accordés et jusqu&apos;à quand</translation>
    </message>
    <message>
        <source>Could not load the lists: %1</source>
        <translation>Impossible de charger les listes : %1</translation>
    </message>
    <message>
        <source>Could not read the access policy: %1</source>
        <translation>Impossible de lire la politique d&apos;accès : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load this list.</source>
        <translation>Impossible de charger cette liste.</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Aucun résultat pour ce filtre.</translation>
    </message>
    <message>
        <source>No requests are waiting for a decision.</source>
        <translation>Aucune demande en attente de décision.</translation>
    </message>
    <message>
        <source>You have no pending requests. Use “Request access…” to ask for data.</source>
        <translation>Vous n&apos;avez aucune demande en attente. Utilisez « Demander un accès… » pour demander des données.</translation>
    </message>
    <message>
        <source>No grants yet.</source>
        <translation>Aucune autorisation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Pending requests (%1%2)</source>
        <translation>Demandes en attente (%1%2)</translation>
    </message>
    <message>
        <source>Grants (%1%2)</source>
        <translation>Autorisations (%1%2)</translation>
    </message>
    <message>
        <source>Needs the access:approve permission (compliance officers).</source>
        <translation>Nécessite la permission access:approve (responsables de la conformité).</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Approuver la demande sélectionnée</translation>
    </message>
    <message>
        <source>Deny the selected request</source>
        <translation>Refuser la demande sélectionnée</translation>
    </message>
    <message>
        <source>End the selected grant now</source>
        <translation>Mettre fin immédiatement à l&apos;autorisation sélectionnée</translation>
    </message>
    <message>
        <source>Ask for time-bound access to Amazon data</source>
        <translation>Demander un accès limité dans le temps aux données Amazon</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for &lt;b&gt;%2&lt;/b&gt; data of client &lt;b&gt;%3&lt;/b&gt; for %4:&lt;br&gt;&lt;i&gt;%5&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; demande les données &lt;b&gt;%2&lt;/b&gt; du client &lt;b&gt;%3&lt;/b&gt; pour %4 :&lt;br&gt;&lt;i&gt;%5&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Approved: %1 has access to %2 of %3 until %4.</source>
        <translation>Approuvée : %1 a accès à %2 de %3 jusqu&apos;au %4.</translation>
    </message>
    <message>
        <source>Denied the request of %1 for %2 of %3.</source>
        <translation>Demande de %1 pour %2 de %3 refusée.</translation>
    </message>
    <message>
        <source>Approve access request</source>
        <translation>Approuver la demande d&apos;accès</translation>
    </message>
    <message>
        <source>Deny access request</source>
        <translation>Refuser la demande d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Comment for the audit log:</source>
        <translation>&amp;Commentaire pour le journal d&apos;audit :</translation>
    </message>
    <message>
        <source>&amp;Why is it denied?</source>
        <translation>&amp;Pourquoi la refuser ?</translation>
    </message>
    <message>
        <source>End the access of &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; data of client &lt;b&gt;%3&lt;/b&gt; now? It would otherwise expire at %4.</source>
        <translation>Mettre fin dès maintenant à l&apos;accès de &lt;b&gt;%1&lt;/b&gt; aux données &lt;b&gt;%2&lt;/b&gt; du client &lt;b&gt;%3&lt;/b&gt; ? Sinon, il expirerait le %4.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Revoked the access of %1 to %2 of %3.</source>
        <translation>Accès de %1 à %2 de %3 révoqué.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Your request for %1 of %2 was sent for approval.</source>
        <translation>Votre demande pour %1 de %2 a été envoyée pour approbation.</translation>
    </message>
    <message>
        <source>The server does not let you decide this request.</source>
        <translation>Le serveur ne vous permet pas de statuer sur cette demande.</translation>
    </message>
    <message>
        <source>Approve and Deny are off: %1</source>
        <translation>Approuver et Refuser sont désactivés : %1</translation>
    </message>
    <message>
        <source>Your approval of the request of %1 is recorded (%2 of %3); it waits for another compliance officer.</source>
        <translation>Votre approbation de la demande de %1 est enregistrée (%2 sur %3) ; la demande attend l&apos;approbation d&apos;un autre responsable de la conformité.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessRequestModel</name>
    <message>
        <source>Enrolled</source>
        <translation>Enrôlé</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non enrôlé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The requester signs in with a one-time code.</source>
        <translation>Le demandeur se connecte avec un code à usage unique.</translation>
    </message>
    <message>
        <source>The requester has not enrolled two-factor authentication: access cannot be granted.</source>
        <translation>Le demandeur ne s&apos;est pas enrôlé à la double authentification : l&apos;accès ne peut pas être accordé.</translation>
    </message>
    <message>
        <source>Decided by %1: %2</source>
        <translation>Décidée par %1 : %2</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>2FA</source>
        <translation>A2F</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No approval yet; approvals needed from distinct compliance officers: %1.</source>
        <translation>Aucune approbation pour l&apos;instant ; approbations requises de responsables de la conformité distincts : %1.</translation>
    </message>
    <message>
        <source>Approved by %1 (%2) at %3%4</source>
        <translation>Approuvée par %1 (%2) le %3%4</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Every order of client %1</source>
        <translation>Toutes les commandes du client %1</translation>
    </message>
    <message>
        <source>Only these orders of client %1: %2</source>
        <translation>Uniquement ces commandes du client %1 : %2</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessReviewItemModel</name>
    <message>
        <source>Keep</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non revu</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>%1 of %2, until %3</source>
        <translation>%1 de %2, jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Grant %1, given by %2 at %3</source>
        <translation>Autorisation %1, accordée par %2 le %3</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Grant or role</source>
        <translation>Autorisation ou rôle</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessReviewModel</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1 of %2 decided (%3 kept, %4 revoked)</source>
        <translation>%1 sur %2 décidés (%3 maintenus, %4 révoqués)</translation>
    </message>
    <message>
        <source>%1 of %2 open</source>
        <translation>%1 sur %2 ouverts</translation>
    </message>
    <message>
        <source>Revoke at the deadline</source>
        <translation>Révoquer à l&apos;échéance</translation>
    </message>
    <message>
        <source>Flag at the deadline</source>
        <translation>Signaler à l&apos;échéance</translation>
    </message>
    <message>
        <source>Completed at %1 by %2; evidence SHA-256 %3</source>
        <translation>Terminée le %1 par %2 ; SHA-256 des preuves %3</translation>
    </message>
    <message>
        <source>%1 not reviewed by the deadline</source>
        <translation>%1 élément(s) non revu(s) à l&apos;échéance</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Lancée</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mes éléments</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non revus</translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessReviewPdf</name>
    <message>
        <source>Access review: %1</source>
        <translation>Revue des accès : %1</translation>
    </message>
    <message>
        <source>Campaign %1, started %2 by %3</source>
        <translation>Campagne %1, lancée le %2 par %3</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <source>Status: open (interim report)</source>
        <translation>Statut : ouverte (rapport intermédiaire)</translation>
    </message>
    <message>
        <source>Completed %1 by %2</source>
        <translation>Terminée le %1 par %2</translation>
    </message>
    <message>
        <source>Items not reviewed by the deadline: %1</source>
        <translation>Éléments non revus à l&apos;échéance : %1</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqués</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>signalés</translation>
    </message>
    <message>
        <source>%1 items: %2 kept, %3 revoked, %4 not reviewed, %5 undecided</source>
        <translation>%1 éléments : %2 maintenus, %3 révoqués, %4 non revus, %5 non décidés</translation>
    </message>
    <message>
        <source>SHA-256 of the CSV evidence: %1</source>
        <translation>SHA-256 des preuves CSV : %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Grant or role</source>
        <translation>Autorisation ou rôle</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>%1 of %2 (grant %3, given by %4, until %5)</source>
        <translation>%1 de %2 (autorisation %3, accordée par %4, jusqu&apos;au %5)</translation>
    </message>
    <message>
        <source>could not write the PDF to %1</source>
        <translation>impossible d&apos;écrire le PDF dans %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessReviewsPage</name>
    <message>
        <source>Access reviews</source>
        <translation>Revues des accès</translation>
    </message>
    <message>
        <source>At least quarterly, every grant and role is reviewed by someone other than its holder: kept or revoked, with a reason, and the evidence kept.</source>
        <translation>Au moins chaque trimestre, chaque autorisation et chaque rôle est revu par une personne autre que son titulaire : maintenu ou révoqué, avec un motif, et les preuves sont conservées.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>&amp;Start review…</source>
        <translation>&amp;Lancer une revue…</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Lancer une revue</translation>
    </message>
    <message>
        <source>Freeze every grant and role as the items of a new campaign</source>
        <translation>Figer chaque autorisation et chaque rôle comme éléments d&apos;une nouvelle campagne</translation>
    </message>
    <message>
        <source>&amp;Export evidence…</source>
        <translation>&amp;Exporter les preuves…</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Exporter les preuves</translation>
    </message>
    <message>
        <source>Save the selected campaign&apos;s CSV evidence and a PDF of it</source>
        <translation>Enregistrer les preuves CSV de la campagne sélectionnée et leur version PDF</translation>
    </message>
    <message>
        <source>Access review campaigns and their progress</source>
        <translation>Campagnes de revue des accès et leur avancement</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>&amp;My items</source>
        <translation>&amp;Mes éléments</translation>
    </message>
    <message>
        <source>My items</source>
        <translation>Mes éléments</translation>
    </message>
    <message>
        <source>Show only the items you review</source>
        <translation>Afficher seulement les éléments que vous revoyez</translation>
    </message>
    <message>
        <source>&amp;Keep…</source>
        <translation>Ma&amp;intenir…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Maintenir</translation>
    </message>
    <message>
        <source>Keep the selected access until the next review, with a reason</source>
        <translation>Maintenir l&apos;accès sélectionné jusqu&apos;à la prochaine revue, avec un motif</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoke the selected access now, with a reason</source>
        <translation>Révoquer immédiatement l&apos;accès sélectionné, avec un motif</translation>
    </message>
    <message>
        <source>The grants and roles under review, their reviewers and the decisions</source>
        <translation>Les autorisations et rôles en revue, leurs réviseurs et les décisions</translation>
    </message>
    <message>
        <source>Could not load the access reviews: %1</source>
        <translation>Impossible de charger les revues des accès : %1</translation>
    </message>
    <message>
        <source>No access review yet.</source>
        <translation>Aucune revue des accès pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Select a campaign to see its items.</source>
        <translation>Sélectionnez une campagne pour voir ses éléments.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Items of “%1” — %2 of %3 decided, closes %4</source>
        <translation>Éléments de « %1 » — %2 sur %3 décidés, échéance le %4</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Aucun résultat pour ce filtre.</translation>
    </message>
    <message>
        <source>Nothing for you to review here.</source>
        <translation>Rien à revoir pour vous ici.</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Aucun élément.</translation>
    </message>
    <message>
        <source>Freeze every grant and role as items of a new campaign</source>
        <translation>Figer chaque autorisation et chaque rôle en éléments d&apos;une nouvelle campagne</translation>
    </message>
    <message>
        <source>Needs the access_reviews:manage permission (compliance officers).</source>
        <translation>Nécessite la permission access_reviews:manage (responsables de la conformité).</translation>
    </message>
    <message>
        <source>Save the campaign&apos;s CSV evidence and a PDF of it</source>
        <translation>Enregistrer les preuves CSV de la campagne et leur version PDF</translation>
    </message>
    <message>
        <source>Needs the access_reviews:manage permission.</source>
        <translation>Nécessite la permission access_reviews:manage.</translation>
    </message>
    <message>
        <source>Select an item</source>
        <translation>Sélectionnez un élément</translation>
    </message>
    <message>
        <source>Already decided</source>
        <translation>Déjà décidé</translation>
    </message>
    <message>
        <source>Nobody reviews their own access</source>
        <translation>Personne ne revoit ses propres accès</translation>
    </message>
    <message>
        <source>Not yours to decide, or closed</source>
        <translation>Pas à vous de décider, ou clos</translation>
    </message>
    <message>
        <source>Keep this access, with a reason</source>
        <translation>Maintenir cet accès, avec un motif</translation>
    </message>
    <message>
        <source>Revoke this access now, with a reason</source>
        <translation>Révoquer cet accès immédiatement, avec un motif</translation>
    </message>
    <message>
        <source>the &lt;b&gt;%1&lt;/b&gt; grant of &lt;b&gt;%2&lt;/b&gt; (%3 data of %4)</source>
        <translation>l&apos;autorisation &lt;b&gt;%1&lt;/b&gt; de &lt;b&gt;%2&lt;/b&gt; (données %3 de %4)</translation>
    </message>
    <message>
        <source>the &lt;b&gt;%1&lt;/b&gt; role of &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>le rôle &lt;b&gt;%1&lt;/b&gt; de &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Révoquer l&apos;accès</translation>
    </message>
    <message>
        <source>Keep access</source>
        <translation>Maintenir l&apos;accès</translation>
    </message>
    <message>
        <source>Revoke %1? It takes effect immediately.</source>
        <translation>Révoquer %1 ? La révocation prend effet immédiatement.</translation>
    </message>
    <message>
        <source>Keep %1 until the next review?</source>
        <translation>Maintenir %1 jusqu&apos;à la prochaine revue ?</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the evidence):</source>
        <translation>&amp;Motif (conservé dans les preuves) :</translation>
    </message>
    <message>
        <source>%1: %2 of %3 — %4.</source>
        <translation>%1 : %2 de %3 — %4.</translation>
    </message>
    <message>
        <source>Started “%1”: %2 items to review by %3.</source>
        <translation>« %1 » lancée : %2 éléments à revoir avant le %3.</translation>
    </message>
    <message>
        <source>Export access review evidence</source>
        <translation>Exporter les preuves de la revue des accès</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation>Sélectionnez d&apos;abord une campagne.</translation>
    </message>
    <message>
        <source>Could not export the evidence: %1</source>
        <translation>Impossible d&apos;exporter les preuves : %1</translation>
    </message>
    <message>
        <source>the CSV does not match its recorded SHA-256; nothing was saved</source>
        <translation>le CSV ne correspond pas à son SHA-256 enregistré ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved the evidence of “%1”: %2 and %3 (SHA-256 %4).</source>
        <translation>Preuves de « %1 » enregistrées : %2 et %3 (SHA-256 %4).</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>Élément &amp;suivant</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Élément suivant</translation>
    </message>
    <message>
        <source>Select the next item you still have to decide</source>
        <translation>Sélectionner le prochain élément qu&apos;il vous reste à trancher</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Votre progression</translation>
    </message>
    <message>
        <source>How many of your items you have decided</source>
        <translation>Combien de vos éléments vous avez tranchés</translation>
    </message>
    <message>
        <source>Nothing is left for you to decide in this campaign.</source>
        <translation>Il ne vous reste rien à trancher dans cette campagne.</translation>
    </message>
    <message>
        <source>No access review has items for you to review.</source>
        <translation>Aucune revue des accès n&apos;a d&apos;éléments à revoir pour vous.</translation>
    </message>
    <message>
        <source>Keep the %1 selected items, with one reason</source>
        <translation>Maintenir les %1 éléments sélectionnés, avec un seul motif</translation>
    </message>
    <message>
        <source>Revoke the %1 selected items now, with one reason</source>
        <translation>Révoquer maintenant les %1 éléments sélectionnés, avec un seul motif</translation>
    </message>
    <message>
        <source>The campaign is closed</source>
        <translation>La campagne est close</translation>
    </message>
    <message>
        <source>Item %1 is not among your items of this campaign.</source>
        <translation>L&apos;élément %1 ne fait pas partie de vos éléments de cette campagne.</translation>
    </message>
    <message>
        <source>%1 of your %2 items decided</source>
        <translation>%1 de vos %2 éléments tranchés</translation>
    </message>
    <message>
        <source>%1 of %2 items decided</source>
        <translation>%1 éléments tranchés sur %2</translation>
    </message>
    <message>
        <source>%1 items selected: Keep or Revoke decides those still open, with one reason.</source>
        <translation>%1 éléments sélectionnés : Maintenir ou Révoquer tranche ceux encore ouverts, avec un seul motif.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; last signed in: %2</source>
        <translation>Dernière connexion de &lt;b&gt;%1&lt;/b&gt; : %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>grant last used: %1</source>
        <translation>autorisation utilisée pour la dernière fois : %1</translation>
    </message>
    <message>
        <source>earlier %1 grants: %2</source>
        <translation>autorisations %1 antérieures : %2</translation>
    </message>
    <message>
        <source>granted by %1 on %2, until %3</source>
        <translation>accordée par %1 le %2, jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>Revoke these %1 items? It takes effect immediately.</source>
        <translation>Révoquer ces %1 éléments ? Cela prend effet immédiatement.</translation>
    </message>
    <message>
        <source>Keep these %1 items until the next review?</source>
        <translation>Maintenir ces %1 éléments jusqu&apos;à la prochaine revue ?</translation>
    </message>
    <message>
        <source>&amp;Reason for all of them (kept in the evidence):</source>
        <translation>&amp;Motif pour tous (conservé dans les preuves) :</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Révoquer %1</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Maintenir %1</translation>
    </message>
    <message>
        <source>%1: %2 items, with one reason.</source>
        <translation>%1 : %2 éléments, avec un seul motif.</translation>
    </message>
    <message>
        <source>%1: %2 items; not decided: %3</source>
        <translation>%1 : %2 éléments ; non tranchés : %3</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
</context>
<context>
    <name>cc::ui::AddCredentialDialog</name>
    <message>
        <source>Add API credential</source>
        <translation>Ajouter un identifiant d&apos;API</translation>
    </message>
    <message>
        <source>A key or client used to reach Amazon, with its accountable owner and where the secret is kept. Never enter the secret itself: the store refuses text that looks like one.</source>
        <translation>Une clé ou un client utilisé pour accéder à Amazon, avec son propriétaire responsable et l&apos;endroit où le secret est conservé. Ne saisissez jamais le secret lui-même : le dépôt refuse tout texte qui y ressemble.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The credential&apos;s name, e.g. the LWA client it is</source>
        <translation>Le nom de l&apos;identifiant, par exemple le client LWA</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>The username of the person accountable for it</source>
        <translation>Le nom d&apos;utilisateur de la personne responsable</translation>
    </message>
    <message>
        <source>Where it lives</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Where the secret is kept (a vault path), never the secret</source>
        <translation>Où le secret est conservé (un chemin de coffre), jamais le secret</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>What it is used for</source>
        <translation>À quoi il sert</translation>
    </message>
    <message>
        <source>Policy default</source>
        <translation>Valeur de la politique</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Rotate every</source>
        <translation>Rotation tous les</translation>
    </message>
    <message>
        <source>Days between rotations; the policy&apos;s when left at the default</source>
        <translation>Jours entre deux rotations ; ceux de la politique si laissé par défaut</translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Dernière rotation</translation>
    </message>
    <message>
        <source>When it was last rotated; not later than now</source>
        <translation>Quand il a été renouvelé pour la dernière fois ; pas après maintenant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire :</translation>
    </message>
    <message>
        <source>&amp;Where it lives:</source>
        <translation>E&amp;mplacement :</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Rotate &amp;every:</source>
        <translation>&amp;Rotation tous les :</translation>
    </message>
    <message>
        <source>&amp;Last rotated:</source>
        <translation>&amp;Dernière rotation :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the credential to the register</source>
        <translation>Ajouter l&apos;identifiant au registre</translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation>Remplissez ce champ.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AddSubcontractorDialog</name>
    <message>
        <source>Add subcontractor</source>
        <translation>Ajouter un sous-traitant</translation>
    </message>
    <message>
        <source>A firm that receives Amazon data from you. Each one receiving data needs a third-party risk assessment before data flows, then yearly.</source>
        <translation>Une entreprise qui reçoit de vous des données Amazon. Chacune doit faire l&apos;objet d&apos;une évaluation des risques tiers avant tout transfert de données, puis chaque année.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The subcontractor&apos;s name</source>
        <translation>Le nom du sous-traitant</translation>
    </message>
    <message>
        <source>Privacy or security contact</source>
        <translation>Contact protection des données ou sécurité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Whom to ask about its handling of the data</source>
        <translation>À qui vous adresser au sujet du traitement des données</translation>
    </message>
    <message>
        <source>Amazon data received</source>
        <translation>Données Amazon reçues</translation>
    </message>
    <message>
        <source>The kinds of Amazon data it receives; none: it receives no Amazon data</source>
        <translation>Les types de données Amazon qu&apos;il reçoit ; aucun : il ne reçoit aucune donnée Amazon</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>Amazon data:</source>
        <translation>Données Amazon :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the subcontractor to the register</source>
        <translation>Ajouter le sous-traitant au registre</translation>
    </message>
    <message>
        <source>Enter the subcontractor&apos;s name.</source>
        <translation>Saisissez le nom du sous-traitant.</translation>
    </message>
    <message>
        <source>Enter whom to contact there.</source>
        <translation>Indiquez qui contacter chez lui.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Optional, e.g. Data analyst, CTO</source>
        <translation>Facultatif, p. ex. Analyste de données, CTO</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>Amazon data access is never part of a role: the user requests it and a compliance officer approves it.</source>
        <translation>L&apos;accès aux données Amazon ne fait jamais partie d&apos;un rôle : l&apos;utilisateur le demande et un responsable de la conformité l&apos;approuve.</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>C&amp;réer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>The name the person signs in with</source>
        <translation>Le nom avec lequel la personne se connecte</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>The person&apos;s name as the console shows it</source>
        <translation>Le nom de la personne tel que la console l&apos;affiche</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Where the person&apos;s notifications go</source>
        <translation>L&apos;adresse où sont envoyées les notifications de la personne</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>The person&apos;s job title; optional</source>
        <translation>La fonction de la personne ; facultatif</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Créer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Create the account with these details</source>
        <translation>Créer le compte avec ces informations</translation>
    </message>
    <message>
        <source>Close without creating an account</source>
        <translation>Fermer sans créer de compte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Close; the code is not shown again</source>
        <translation>Fermer ; le code ne sera plus affiché</translation>
    </message>
</context>
<context>
    <name>cc::ui::AddVulnerabilityDialog</name>
    <message>
        <source>Record vulnerability</source>
        <translation>Enregistrer une vulnérabilité</translation>
    </message>
    <message>
        <source>Critical findings must be resolved within 7 days of discovery, high ones within 30; the due date follows from the severity.</source>
        <translation>Les constats critiques doivent être résolus sous 7 jours après leur découverte, les élevés sous 30 ; l&apos;échéance découle de la gravité.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>The CVE, Debian TEMP- id or scanner rule id</source>
        <translation>Le CVE, l&apos;identifiant TEMP- de Debian ou l&apos;identifiant de règle du scanner</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>How severe the finding is; it sets the due date</source>
        <translation>La gravité du constat ; elle fixe l&apos;échéance</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What the vulnerability is, in a sentence</source>
        <translation>Ce qu&apos;est la vulnérabilité, en une phrase</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>The asset of the asset register it affects, if one fits</source>
        <translation>L&apos;actif de l&apos;inventaire concerné, s&apos;il y en a un</translation>
    </message>
    <message>
        <source>Package, file or service</source>
        <translation>Paquet, fichier ou service</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>The package, file or service affected; needed when no asset fits</source>
        <translation>Le paquet, le fichier ou le service concerné ; nécessaire si aucun actif ne convient</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>When the finding was discovered; not later than now</source>
        <translation>Quand le constat a été découvert ; pas après maintenant</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Asset:</source>
        <translation>&amp;Actif :</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Composant :</translation>
    </message>
    <message>
        <source>&amp;Discovered:</source>
        <translation>&amp;Découverte :</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add the finding to the vulnerability register</source>
        <translation>Ajouter le constat au registre des vulnérabilités</translation>
    </message>
    <message>
        <source>Enter the CVE or scanner id.</source>
        <translation>Saisissez le CVE ou l&apos;identifiant du scanner.</translation>
    </message>
    <message>
        <source>Choose the asset it affects, or name the component.</source>
        <translation>Choisissez l&apos;actif concerné ou nommez le composant.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AlertActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without doing anything</source>
        <translation>Fermer sans rien faire</translation>
    </message>
</context>
<context>
    <name>cc::ui::AlertModel</name>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2: %3</source>
        <translation>Acquittée par %1 le %2 : %3</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>cc::ui::ApiCredentialModel</name>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (plus actif)</translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation>Retiré le %1</translation>
    </message>
    <message>
        <source>Overdue: it was due %1</source>
        <translation>En retard : l&apos;échéance était %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Where it lives</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Dernière rotation</translation>
    </message>
    <message>
        <source>Rotation due</source>
        <translation>Rotation due</translation>
    </message>
</context>
<context>
    <name>cc::ui::AssessSubcontractorDialog</name>
    <message>
        <source>Record assessment of %1</source>
        <translation>Enregistrer l&apos;évaluation de %1</translation>
    </message>
    <message>
        <source>The outcome of the third-party risk assessment and its document (a questionnaire, a report). The store keeps the document sealed and records its SHA-256.</source>
        <translation>Le résultat de l&apos;évaluation des risques tiers et son document (un questionnaire, un rapport). Le dépôt conserve le document scellé et enregistre son SHA-256.</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>When the assessment was made; not later than now</source>
        <translation>Quand l&apos;évaluation a été faite ; pas après maintenant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What the assessment concluded</source>
        <translation>La conclusion de l&apos;évaluation</translation>
    </message>
    <message>
        <source>A person or firm</source>
        <translation>Une personne ou une entreprise</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Who made the assessment</source>
        <translation>Qui a fait l&apos;évaluation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Conditions, findings, follow-ups</source>
        <translation>Conditions, constats, suites à donner</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>The assessment document&apos;s file</source>
        <translation>Le fichier du document d&apos;évaluation</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose document</source>
        <translation>Choisir le document</translation>
    </message>
    <message>
        <source>Pick the assessment document from disk</source>
        <translation>Choisir le document d&apos;évaluation sur le disque</translation>
    </message>
    <message>
        <source>&amp;Assessed:</source>
        <translation>Év&amp;alué le :</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>Asse&amp;ssor:</source>
        <translation>Év&amp;aluateur :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Record the assessment and upload its document</source>
        <translation>Enregistrer l&apos;évaluation et téléverser son document</translation>
    </message>
    <message>
        <source>Assessment document</source>
        <translation>Document d&apos;évaluation</translation>
    </message>
    <message>
        <source>Say who made the assessment.</source>
        <translation>Indiquez qui a fait l&apos;évaluation.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetDialog</name>
    <message>
        <source>It holds Amazon data</source>
        <translation>Il détient des données Amazon</translation>
    </message>
    <message>
        <source>It holds personal data (PII)</source>
        <translation>Il détient des données personnelles (PII)</translation>
    </message>
    <message>
        <source>Change asset</source>
        <translation>Modifier l’actif</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Ajouter un actif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A name that tells the asset apart, unique in the inventory</source>
        <translation>Un nom qui distingue l’actif, unique dans l’inventaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What sort of asset it is</source>
        <translation>Le genre d’actif</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>The username of the active person who answers for the asset and reviews it</source>
        <translation>Le nom d’utilisateur de la personne active qui répond de l’actif et le revoit</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Where the asset is, e.g. a data centre or an office</source>
        <translation>Où se trouve l’actif, p. ex. un centre de données ou un bureau</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the asset is for</source>
        <translation>À quoi sert l’actif</translation>
    </message>
    <message>
        <source>Holds Amazon data</source>
        <translation>Détient des données Amazon</translation>
    </message>
    <message>
        <source>Whether the asset holds Amazon data</source>
        <translation>Si l’actif détient des données Amazon</translation>
    </message>
    <message>
        <source>Holds PII</source>
        <translation>Détient des PII</translation>
    </message>
    <message>
        <source>Whether the asset holds personal data</source>
        <translation>Si l’actif détient des données personnelles</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Assigné à :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Amazon &amp;data:</source>
        <translation>&amp;Données Amazon :</translation>
    </message>
    <message>
        <source>&amp;PII:</source>
        <translation>&amp;PII :</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save the changes to the asset</source>
        <translation>Enregistrer les modifications de l’actif</translation>
    </message>
    <message>
        <source>Add the asset to the inventory</source>
        <translation>Ajouter l’actif à l’inventaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetModel</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur portable</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>Service cloud</translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Stockage de données</translation>
    </message>
    <message>
        <source>Network device</source>
        <translation>Équipement réseau</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Échéance cette semaine</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Changes required</source>
        <translation>Modifications requises</translation>
    </message>
    <message>
        <source>Amazon data</source>
        <translation>Données Amazon</translation>
    </message>
    <message>
        <source>PII</source>
        <translation>PII</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Échéance dans %n jour</numerusform>
            <numerusform>Échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Removable media</source>
        <translation>Support amovible</translation>
    </message>
    <message>
        <source>%1 (left: reassign)</source>
        <translation>%1 (parti : à réattribuer)</translation>
    </message>
    <message>
        <source>%1 (%2) was offboarded: give the asset another owner with Reassign.</source>
        <translation>Le compte de %1 (%2) est clôturé : donnez un autre titulaire à l’actif avec « Réattribuer ».</translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetPicker</name>
    <message>
        <source>No asset</source>
        <translation>Aucun actif</translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetReviewCalendar</name>
    <message numerus="yes">
        <source>%nd late</source>
        <translation>
            <numerusform>%n j de retard</numerusform>
            <numerusform>%n j de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n revue</numerusform>
            <numerusform>%n revues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n autre</numerusform>
            <numerusform>+ %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetReviewDialog</name>
    <message>
        <source>Record review</source>
        <translation>Enregistrer la revue</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, owned by %3.&lt;br&gt;Last review: %4 · next due: &lt;b&gt;%5&lt;/b&gt; (%6).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, propriété de %3.&lt;br&gt;Dernière revue : %4 · prochaine échéance : &lt;b&gt;%5&lt;/b&gt; (%6).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Review &amp;date:</source>
        <translation>&amp;Date de la revue :</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>What was checked; what must change (required unless confirmed).</source>
        <translation>Ce qui a été vérifié ; ce qui doit changer (obligatoire sauf si confirmé).</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>The asset will be retired: no more reviews or reminders.</source>
        <translation>L&apos;actif sera retiré : plus aucune revue ni aucun rappel.</translation>
    </message>
    <message>
        <source>The next review will be due one policy review interval after %1.</source>
        <translation>La prochaine revue sera due un intervalle de revue (selon la politique) après le %1.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de la revue</translation>
    </message>
    <message>
        <source>The day the asset was reviewed</source>
        <translation>Le jour où l&apos;actif a été revu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Whether the asset stays as it is, must change, or is retired</source>
        <translation>Si l&apos;actif reste en l&apos;état, doit changer ou est retiré</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What was checked and what must change</source>
        <translation>Ce qui a été vérifié et ce qui doit changer</translation>
    </message>
    <message>
        <source>Record this review of the asset</source>
        <translation>Enregistrer cette revue de l&apos;actif</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without recording a review</source>
        <translation>Fermer sans enregistrer de revue</translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetsPage</name>
    <message>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Every asset has an owner and is reviewed every six months; owners are reminded before a review falls due.</source>
        <translation>Chaque actif a un propriétaire et est revu tous les six mois ; les propriétaires reçoivent un rappel avant l&apos;échéance d&apos;une revue.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>Tous les actifs</translation>
    </message>
    <message>
        <source>Show every asset</source>
        <translation>Afficher tous les actifs</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>My assets</source>
        <translation>Mes actifs</translation>
    </message>
    <message>
        <source>Show only the assets you own</source>
        <translation>Afficher seulement les actifs dont vous êtes propriétaire</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À échéance</translation>
    </message>
    <message>
        <source>Assets due</source>
        <translation>Actifs à échéance</translation>
    </message>
    <message>
        <source>Show only the assets whose review falls due within a month</source>
        <translation>Afficher seulement les actifs dont la revue arrive à échéance d&apos;ici un mois</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Overdue assets</source>
        <translation>Actifs en retard</translation>
    </message>
    <message>
        <source>Show only the assets whose review is overdue</source>
        <translation>Afficher seulement les actifs dont la revue est en retard</translation>
    </message>
    <message>
        <source>Holds Amazon data</source>
        <translation>Données Amazon</translation>
    </message>
    <message>
        <source>Assets holding Amazon data</source>
        <translation>Actifs détenant des données Amazon</translation>
    </message>
    <message>
        <source>Show only the assets that hold Amazon data</source>
        <translation>Afficher seulement les actifs qui détiennent des données Amazon</translation>
    </message>
    <message>
        <source>&amp;Record review…</source>
        <translation>&amp;Enregistrer une revue…</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Enregistrer une revue</translation>
    </message>
    <message>
        <source>Record a review of the selected asset</source>
        <translation>Enregistrer une revue de l&apos;actif sélectionné</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>Add assets from a CSV file: every row or none</source>
        <translation>Ajouter des actifs depuis un fichier CSV : toutes les lignes ou aucune</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Save the asset inventory as a CSV file</source>
        <translation>Enregistrer l&apos;inventaire des actifs dans un fichier CSV</translation>
    </message>
    <message>
        <source>The asset inventory with each asset&apos;s review state</source>
        <translation>L&apos;inventaire des actifs avec l&apos;état de revue de chacun</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Historique des revues</translation>
    </message>
    <message>
        <source>The past reviews of the selected asset</source>
        <translation>Les revues passées de l&apos;actif sélectionné</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Review calendar — the next six months</source>
        <translation>Calendrier des revues — les six prochains mois</translation>
    </message>
    <message>
        <source>Review calendar</source>
        <translation>Calendrier des revues</translation>
    </message>
    <message>
        <source>The reviews overdue and due in each of the next six months; click one to select its asset</source>
        <translation>Les revues en retard et celles dues pour chacun des six prochains mois ; cliquez sur l&apos;une d&apos;elles pour sélectionner son actif</translation>
    </message>
    <message>
        <source>Asset #%1 is not in your list.</source>
        <translation>L&apos;actif #%1 ne figure pas dans votre liste.</translation>
    </message>
    <message>
        <source>Only the owner, a manager or a compliance officer may review this asset.</source>
        <translation>Seul le propriétaire, un gestionnaire ou un responsable de la conformité peut revoir cet actif.</translation>
    </message>
    <message>
        <source>Add assets from a CSV file (all rows or none)</source>
        <translation>Ajouter des actifs depuis un fichier CSV (toutes les lignes ou aucune)</translation>
    </message>
    <message>
        <source>Needs the assets:manage permission (managers).</source>
        <translation>Nécessite la permission assets:manage (gestionnaires).</translation>
    </message>
    <message>
        <source>%1 assets · %2 · %3 · %4</source>
        <translation>%1 actifs · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n à échéance cette semaine</numerusform>
            <numerusform>%n à échéance cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n à échéance proche</numerusform>
            <numerusform>%n à échéance proche</numerusform>
        </translation>
    </message>
    <message>
        <source>No asset selected</source>
        <translation>Aucun actif sélectionné</translation>
    </message>
    <message>
        <source>Select an asset to see its details and review history.</source>
        <translation>Sélectionnez un actif pour voir ses détails et l&apos;historique de ses revues.</translation>
    </message>
    <message>
        <source>holds Amazon data</source>
        <translation>détient des données Amazon</translation>
    </message>
    <message>
        <source>holds PII</source>
        <translation>détient des PII</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>no Amazon data, no PII</source>
        <translation>ni données Amazon, ni PII</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Pas encore revu</translation>
    </message>
    <message>
        <source>Review of %1 recorded; next review due on %2.</source>
        <translation>Revue de %1 enregistrée ; prochaine revue due le %2.</translation>
    </message>
    <message>
        <source>Import assets</source>
        <translation>Importer des actifs</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n asset(s) from %1.</source>
        <translation>
            <numerusform>%n actif importé depuis %1.</numerusform>
            <numerusform>%n actifs importés depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Impossible d&apos;exporter : %1</translation>
    </message>
    <message>
        <source>Export assets</source>
        <translation>Exporter les actifs</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n asset(s) to %1.</source>
        <translation>
            <numerusform>%n actif exporté vers %1.</numerusform>
            <numerusform>%n actifs exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>You own no assets. Assets you are made the owner of appear here.</source>
        <translation>Vous n&apos;êtes propriétaire d&apos;aucun actif. Les actifs dont vous devenez propriétaire apparaissent ici.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Removable media</source>
        <translation>Supports amovibles</translation>
    </message>
    <message>
        <source>Show only removable media: the policy allows no Amazon data on them</source>
        <translation>Afficher uniquement les supports amovibles : la politique n’y autorise aucune donnée Amazon</translation>
    </message>
    <message>
        <source>To reassign</source>
        <translation>À réattribuer</translation>
    </message>
    <message>
        <source>Assets to reassign</source>
        <translation>Actifs à réattribuer</translation>
    </message>
    <message>
        <source>Show only the assets whose owner was offboarded</source>
        <translation>Afficher seulement les actifs dont le titulaire a été clôturé</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Retired assets</source>
        <translation>Actifs retirés</translation>
    </message>
    <message>
        <source>Show only the retired assets, which the other filters leave out</source>
        <translation>Afficher seulement les actifs retirés, que les autres filtres omettent</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Ajouter un actif</translation>
    </message>
    <message>
        <source>Add an asset to the inventory</source>
        <translation>Ajouter un actif à l’inventaire</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change asset</source>
        <translation>Modifier l’actif</translation>
    </message>
    <message>
        <source>Change the selected asset</source>
        <translation>Modifier l’actif choisi</translation>
    </message>
    <message>
        <source>Rea&amp;ssign…</source>
        <translation>Réa&amp;ttribuer…</translation>
    </message>
    <message>
        <source>Reassign asset</source>
        <translation>Réattribuer l’actif</translation>
    </message>
    <message>
        <source>Give the selected asset another owner</source>
        <translation>Donner un autre titulaire à l’actif choisi</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>Retire asset</source>
        <translation>Retirer l’actif</translation>
    </message>
    <message>
        <source>Retire the selected asset: no more reviews or reminders</source>
        <translation>Retirer l’actif choisi : plus de revues ni de rappels</translation>
    </message>
    <message>
        <source>No assets yet. Managers add them with “Add…” or “Import CSV…”.</source>
        <translation>Aucun actif pour l’instant. Les managers les ajoutent avec « Ajouter… » ou « Importer un CSV… ».</translation>
    </message>
    <message>
        <source>Offboarded: reassign this asset.</source>
        <translation>Compte clôturé : réattribuez cet actif.</translation>
    </message>
    <message>
        <source>%1 added; its first review is due on %2.</source>
        <translation>%1 ajouté ; sa première revue est due le %2.</translation>
    </message>
    <message>
        <source>%1 reassigned to %2.</source>
        <translation>%1 réattribué à %2.</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 modifié.</translation>
    </message>
    <message>
        <source>Retire %1? It is no longer reviewed nor reminded of, and leaves the default view (the Retired filter still lists it).</source>
        <translation>Retirer %1 ? Il n’est plus revu ni rappelé, et quitte la vue par défaut (le filtre « Retiré » le liste toujours).</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>%1 retired.</source>
        <translation>%1 retiré.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AuditAlarm</name>
    <message>
        <source>The audit log is broken at event %1: %2. Someone may have cut or rewritten it. Compliance officers and executives have been alerted; verify it on the Audit page.</source>
        <translation>Le journal d&apos;audit est rompu à l&apos;événement %1 : %2. Quelqu&apos;un l&apos;a peut-être tronqué ou réécrit. Les responsables de la conformité et les dirigeants ont été alertés ; vérifiez-le sur la page Journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The audit log has an acknowledged break (its details could not be read: %1).</source>
        <translation>Le journal d&apos;audit présente une rupture acquittée (ses détails n&apos;ont pas pu être lus : %1).</translation>
    </message>
    <message>
        <source>The audit log has an acknowledged break at event %1: %2 acknowledged it on %3 (operating-system user %4), saying “%5”. Verification reports this break and checks everything else.</source>
        <translation>Le journal d&apos;audit présente une rupture acquittée à l&apos;événement %1 : %2 l&apos;a acquittée le %3 (utilisateur du système d&apos;exploitation %4), en indiquant « %5 ». La vérification signale cette rupture et contrôle tout le reste.</translation>
    </message>
    <message>
        <source>The audit log has an acknowledged break.</source>
        <translation>Le journal d&apos;audit présente une rupture acquittée.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AuditEventModel</name>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1 in UTC</source>
        <translation>%1 en UTC</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>cc::ui::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Every change and every read of sensitive data, newest first, in a hash chain this console verifies on its own. Filters are applied by the server.</source>
        <translation>Chaque modification et chaque lecture de données sensibles, les plus récentes en premier, dans une chaîne d&apos;empreintes que cette console vérifie elle-même. Les filtres sont appliqués par le serveur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain not verified yet in this session.&lt;/b&gt; Verify downloads every event, recomputes its hash and checks the server&apos;s signed checkpoints, without trusting the server&apos;s own verdict.</source>
        <translation>&lt;b&gt;Chaîne pas encore vérifiée dans cette session.&lt;/b&gt; La vérification télécharge chaque événement, recalcule son empreinte et contrôle les points de contrôle signés du serveur, sans se fier au verdict du serveur lui-même.</translation>
    </message>
    <message>
        <source>%p% · %v of %m events</source>
        <translation>%p % · %v sur %m événements</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Download every event and check the chain here, independently of the server</source>
        <translation>Télécharger chaque événement et vérifier la chaîne ici, indépendamment du serveur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel verification</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>Stop the check that is running</source>
        <translation>Arrêter la vérification en cours</translation>
    </message>
    <message>
        <source>Ask &amp;server to verify</source>
        <translation>Faire vérifier par le &amp;serveur</translation>
    </message>
    <message>
        <source>Ask server to verify</source>
        <translation>Faire vérifier par le serveur</translation>
    </message>
    <message>
        <source>The server checks its own chain; only the console&apos;s own check is independent of it</source>
        <translation>Le serveur vérifie sa propre chaîne ; seule la vérification de la console en est indépendante</translation>
    </message>
    <message>
        <source>The server checks its own chain (GET /audit/verify). Useful, but only the console&apos;s own check is independent of it.</source>
        <translation>Le serveur vérifie sa propre chaîne (GET /audit/verify). Utile, mais seule la vérification de la console en est indépendante.</translation>
    </message>
    <message>
        <source>Trust new signing key…</source>
        <translation>Accepter la nouvelle clé…</translation>
    </message>
    <message>
        <source>Trust new signing key</source>
        <translation>Accepter la nouvelle clé de signature</translation>
    </message>
    <message>
        <source>Accept the server&apos;s new audit signing key, once you know why it changed</source>
        <translation>Accepter la nouvelle clé de signature d&apos;audit du serveur, une fois que vous savez pourquoi elle a changé</translation>
    </message>
    <message>
        <source>&amp;Export evidence…</source>
        <translation>&amp;Exporter les preuves…</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Exporter les preuves</translation>
    </message>
    <message>
        <source>Save the server&apos;s signed evidence file for the filter&apos;s time range</source>
        <translation>Enregistrer le fichier de preuves signé du serveur pour la période du filtre</translation>
    </message>
    <message>
        <source>Save the server&apos;s signed evidence file (JSON lines) for the time range of the filter, or the whole log when none is set</source>
        <translation>Enregistrer le fichier de preuves signé du serveur (lignes JSON) pour la période du filtre, ou tout le journal si aucune n&apos;est définie</translation>
    </message>
    <message>
        <source>username or system</source>
        <translation>identifiant ou system</translation>
    </message>
    <message>
        <source>e.g. access.* or user.add</source>
        <translation>p. ex. access.* ou user.add</translation>
    </message>
    <message>
        <source>e.g. access_request</source>
        <translation>p. ex. access_request</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Show only successes, refusals or failures</source>
        <translation>Afficher seulement les succès, les refus ou les échecs</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Show only events from the start time on</source>
        <translation>Afficher seulement les événements à partir de l&apos;heure de début</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Show only events before the end time</source>
        <translation>Afficher seulement les événements antérieurs à l&apos;heure de fin</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Appliquer les filtres</translation>
    </message>
    <message>
        <source>Ask the server for the events matching these filters</source>
        <translation>Demander au serveur les événements correspondant à ces filtres</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show the whole log again</source>
        <translation>Afficher de nouveau tout le journal</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Show only the events of this username, or of system</source>
        <translation>Afficher seulement les événements de cet identifiant, ou de system</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Show only this action, or every action starting with a prefix that ends in *</source>
        <translation>Afficher seulement cette action, ou toutes les actions commençant par un préfixe terminé par *</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Type d&apos;objet</translation>
    </message>
    <message>
        <source>Show only events about objects of this type</source>
        <translation>Afficher seulement les événements concernant des objets de ce type</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>ID d&apos;objet</translation>
    </message>
    <message>
        <source>Show only events about the object with this id</source>
        <translation>Afficher seulement les événements concernant l&apos;objet ayant cet ID</translation>
    </message>
    <message>
        <source>Start of the time range</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Show only events from this local time on</source>
        <translation>Afficher seulement les événements à partir de cette heure locale</translation>
    </message>
    <message>
        <source>End of the time range</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Show only events before this local time</source>
        <translation>Afficher seulement les événements antérieurs à cette heure locale</translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation>Ac&amp;teur :</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <source>O&amp;bject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>Résu&amp;ltat :</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d&apos;audit</translation>
    </message>
    <message>
        <source>Every event of the audit log, newest first</source>
        <translation>Tous les événements du journal d&apos;audit, les plus récents en premier</translation>
    </message>
    <message>
        <source>Event detail</source>
        <translation>Détail de l&apos;événement</translation>
    </message>
    <message>
        <source>Every field of the selected event</source>
        <translation>Tous les champs de l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Le journal d&apos;audit est vide.</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>Aucun événement ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The start of the time range must be before its end.</source>
        <translation>Le début de la période doit précéder sa fin.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown, newest first</source>
        <translation>
            <numerusform>%n événement affiché, les plus récents en premier</numerusform>
            <numerusform>%n événements affichés, les plus récents en premier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s) shown, newest first</source>
        <translation>
            <numerusform>%n événement correspondant affiché, les plus récents en premier</numerusform>
            <numerusform>%n événements correspondants affichés, les plus récents en premier</numerusform>
        </translation>
    </message>
    <message>
        <source> · older events load as you scroll</source>
        <translation> · les événements plus anciens se chargent au défilement</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Time in UTC</source>
        <translation>Heure en UTC</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (utilisateur %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Detail as recorded</source>
        <translation>Détail tel qu&apos;enregistré</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Empreinte précédente</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Hash check</source>
        <translation>Contrôle de l&apos;empreinte</translation>
    </message>
    <message>
        <source>content recomputes to the recorded hash</source>
        <translation>le contenu redonne l&apos;empreinte enregistrée</translation>
    </message>
    <message>
        <source>content does NOT hash to the recorded hash</source>
        <translation>le contenu NE redonne PAS l&apos;empreinte enregistrée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verifying…&lt;/b&gt; downloading every event from the chain&apos;s base and recomputing its hash.</source>
        <translation>&lt;b&gt;Vérification…&lt;/b&gt; téléchargement de chaque événement depuis la base de la chaîne et recalcul de son empreinte.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;Intact&lt;/b&gt; — verified by this console: %2 from the base to event %3 recomputed and linked, %4 verified with key %5.</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;Intègre&lt;/b&gt; — vérifiée par cette console : recalcul et chaînage de %2 de la base à l&apos;événement %3, vérification de %4 avec la clé %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s)</source>
        <translation>
            <numerusform>%n point de contrôle signé</numerusform>
            <numerusform>%n points de contrôle signés</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not verified&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Non vérifiée&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;%3 — %4</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;%3 — %4</translation>
    </message>
    <message>
        <source> at event %1</source>
        <translation> à l&apos;événement %1</translation>
    </message>
    <message>
        <source>This console has not verified this server&apos;s log before.</source>
        <translation>Cette console n&apos;a encore jamais vérifié le journal de ce serveur.</translation>
    </message>
    <message>
        <source>Last verified by this console: %1, up to event %2 (hash %3…), signing key %4. The next check must find the same history.</source>
        <translation>Dernière vérification par cette console : %1, jusqu&apos;à l&apos;événement %2 (empreinte %3…), clé de signature %4. La prochaine vérification doit retrouver le même historique.</translation>
    </message>
    <message>
        <source>not yet trusted</source>
        <translation>pas encore acceptée</translation>
    </message>
    <message>
        <source>Trust the new signing key?</source>
        <translation>Accepter la nouvelle clé de signature ?</translation>
    </message>
    <message>
        <source>Trust the server&apos;s new audit signing key &lt;b&gt;%1&lt;/b&gt;?&lt;p&gt;Do this only if you know why it changed (the store&apos;s master key was replaced). Someone with access to the server could otherwise sign checkpoints of a rewritten history.</source>
        <translation>Accepter la nouvelle clé de signature d&apos;audit du serveur &lt;b&gt;%1&lt;/b&gt; ?&lt;p&gt;Ne le faites que si vous savez pourquoi elle a changé (la clé maîtresse du dépôt a été remplacée). Sinon, une personne ayant accès au serveur pourrait signer des points de contrôle d&apos;un historique réécrit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server is verifying its chain…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le serveur vérifie sa chaîne…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server could not verify its chain&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Le serveur n&apos;a pas pu vérifier sa chaîne&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;Intact, says the server&lt;/b&gt; — it checked %2 up to event %3 and %4. This is the server&apos;s own verdict; use Verify chain for a check that does not trust it.</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;Intègre, selon le serveur&lt;/b&gt; — il a vérifié %2 jusqu&apos;à l&apos;événement %3 et %4. C&apos;est le verdict du serveur lui-même ; utilisez Vérifier la chaîne pour un contrôle qui ne s&apos;y fie pas.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;BROKEN, says the server&lt;/b&gt;%2 — %3</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;ROMPUE, selon le serveur&lt;/b&gt;%2 — %3</translation>
    </message>
    <message>
        <source>Export audit evidence</source>
        <translation>Exporter les preuves d&apos;audit</translation>
    </message>
    <message>
        <source>Signed evidence (JSON lines) (*.jsonl);;All files (*)</source>
        <translation>Preuves signées (lignes JSON) (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The evidence could not be exported: %1</source>
        <translation>Les preuves n&apos;ont pas pu être exportées : %1</translation>
    </message>
    <message>
        <source>Evidence saved to %1 (%2 bytes). Check it with `compliancectl audit verify-export %1`.</source>
        <translation>Preuves enregistrées dans %1 (%2 octets). Vérifiez-les avec `compliancectl audit verify-export %1`.</translation>
    </message>
    <message>
        <source>Events that matched the server&apos;s anchors outside its database: %1, so the log was neither cut nor rewritten up to the newest anchor.</source>
        <translation>Événements concordant avec les ancres du serveur hors de sa base de données : %1 ; le journal n&apos;a donc été ni tronqué ni réécrit jusqu&apos;à l&apos;ancre la plus récente.</translation>
    </message>
    <message>
        <source>The server has no anchor outside its database yet: the checkpoints are the only proof against a rewritten history.</source>
        <translation>Le serveur n&apos;a encore aucune ancre hors de sa base de données : les points de contrôle sont la seule preuve contre un historique réécrit.</translation>
    </message>
    <message>
        <source>Break acknowledged at event %1 on %2 by %3 (%4): “%5”. The events lost or altered there cannot be checked.</source>
        <translation>Rupture acquittée à l&apos;événement %1 le %2 par %3 (%4) : « %5 ». Les événements perdus ou modifiés à cet endroit ne peuvent pas être vérifiés.</translation>
    </message>
</context>
<context>
    <name>cc::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Your other sessions end when the password changes; this console stays signed in.</source>
        <translation>Vos autres sessions prennent fin au changement de mot de passe ; cette console reste connectée.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>The password you sign in with now</source>
        <translation>Le mot de passe avec lequel vous vous connectez actuellement</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>The password you choose, at least 12 characters</source>
        <translation>Le mot de passe que vous choisissez, 12 caractères au minimum</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmation du nouveau mot de passe</translation>
    </message>
    <message>
        <source>The new password once more, so a typing mistake does not lock you out</source>
        <translation>Le nouveau mot de passe une seconde fois, pour qu&apos;une faute de frappe ne vous bloque pas</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>Code à 6 chiffres de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>The 6-digit code your authenticator app shows now</source>
        <translation>Le code à 6 chiffres qu&apos;affiche actuellement votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation>&amp;Code à usage unique :</translation>
    </message>
    <message>
        <source>At least 12 characters, not containing your name or e-mail, not a dictionary word or a common password, and none of your last passwords.</source>
        <translation>Au moins 12 caractères, sans votre nom ni votre courriel, ni mot du dictionnaire ni mot de passe courant, et aucun de vos derniers mots de passe.</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hanger le mot de passe</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Définir le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without changing the password</source>
        <translation>Fermer sans changer le mot de passe</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same password twice.</source>
        <translation>Les deux nouveaux mots de passe diffèrent : saisissez deux fois le même mot de passe.</translation>
    </message>
</context>
<context>
    <name>cc::ui::CommentDialog</name>
    <message>
        <source>Please write a few words: they are kept in the audit log.</source>
        <translation>Veuillez écrire quelques mots : ils sont conservés dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>%1, with what you wrote</source>
        <translation>%1, avec ce que vous avez écrit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without doing anything</source>
        <translation>Fermer sans rien faire</translation>
    </message>
</context>
<context>
    <name>cc::ui::ConsoleLauncher</name>
    <message>
        <source>Timed out after %1 s waiting for the console to load its data.</source>
        <translation>Délai dépassé après %1 s d&apos;attente du chargement des données de la console.</translation>
    </message>
    <message>
        <source>The demo store %1 does not exist.</source>
        <translation>Le dépôt de démonstration %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The demo account&apos;s totp_secret is not valid base32.</source>
        <translation>Le totp_secret du compte de démonstration n&apos;est pas du base32 valide.</translation>
    </message>
    <message>
        <source>Cannot find the store server at %1.</source>
        <translation>Serveur du dépôt introuvable à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The demo store server did not start.

%1</source>
        <translation>Le serveur du dépôt de démonstration n&apos;a pas démarré.

%1</translation>
    </message>
    <message>
        <source>The demo store server stopped.

%1</source>
        <translation>Le serveur du dépôt de démonstration s&apos;est arrêté.

%1</translation>
    </message>
    <message>
        <source>Cannot read the demo store&apos;s certificate %1.</source>
        <translation>Impossible de lire le certificat %1 du dépôt de démonstration.</translation>
    </message>
    <message>
        <source>Cannot compute the demo account&apos;s one-time code: %1</source>
        <translation>Impossible de calculer le code à usage unique du compte de démonstration : %1</translation>
    </message>
    <message>
        <source>Could not sign in to the demo store: %1</source>
        <translation>Impossible de se connecter au dépôt de démonstration : %1</translation>
    </message>
    <message>
        <source>--benchmark-first-paint needs the Audit page: sign in with audit:read.</source>
        <translation>--benchmark-first-paint nécessite la page Journal d&apos;audit : connectez-vous avec audit:read.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran dans %1.</translation>
    </message>
    <message>
        <source>Compliance Console</source>
        <translation>Compliance Console</translation>
    </message>
</context>
<context>
    <name>cc::ui::ControlTrend</name>
    <message>
        <source>No record</source>
        <translation>Aucun relevé</translation>
    </message>
    <message>
        <source>%1: no record</source>
        <translation>%1 : aucun relevé</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1 : %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s)</source>
        <translation>
            <numerusform>%1 : %n jour</numerusform>
            <numerusform>%1 : %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no record: %n day(s)</source>
        <translation>
            <numerusform>aucun relevé : %n jour</numerusform>
            <numerusform>aucun relevé : %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::ControlsPage</name>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Each statement of the policy as a control, judged live from the store, with the records behind it.</source>
        <translation>Chaque énoncé de la politique devient un contrôle, évalué en direct à partir des données, avec les enregistrements qui le fondent.</translation>
    </message>
    <message>
        <source>E&amp;xport evidence pack…</source>
        <translation>E&amp;xporter le dossier de preuves…</translation>
    </message>
    <message>
        <source>Export evidence pack</source>
        <translation>Exporter le dossier de preuves</translation>
    </message>
    <message>
        <source>Save the signed evidence pack of a period: report, records and audit export</source>
        <translation>Enregistrer le dossier de preuves signé d’une période : rapport, enregistrements et export d’audit</translation>
    </message>
    <message>
        <source>The policy&apos;s controls by group, each with its status, owner and summary</source>
        <translation>Les contrôles de la politique par groupe, chacun avec son statut, son responsable et son résumé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Policy statement</source>
        <translation>Énoncé de la politique</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>The records behind the status; click one to open the page that lists them</source>
        <translation>Les enregistrements qui fondent le statut ; un clic ouvre la page qui les liste</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique du statut</translation>
    </message>
    <message numerus="yes">
        <source>The control&apos;s status on each of the last %n day(s), oldest first</source>
        <translation>
            <numerusform>Le statut du contrôle le dernier jour</numerusform>
            <numerusform>Le statut du contrôle pour chacun des %n derniers jours, du plus ancien au plus récent</numerusform>
        </translation>
    </message>
    <message>
        <source>Attestations</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Who attested this control, with which document, and until when it holds</source>
        <translation>Qui a attesté ce contrôle, avec quel document, et jusqu’à quand l’attestation vaut</translation>
    </message>
    <message>
        <source>Attested</source>
        <translation>Attesté le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>There is no control %1.</source>
        <translation>Il n’existe pas de contrôle %1.</translation>
    </message>
    <message>
        <source>Could not read the controls: %1</source>
        <translation>Impossible de lire les contrôles : %1</translation>
    </message>
    <message>
        <source>%1
Evaluated %2</source>
        <translation>%1
Évalué le %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n contrôle</numerusform>
            <numerusform>%n contrôles</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluated %1</source>
        <translation>évalués le %1</translation>
    </message>
    <message>
        <source>Select a control to see its evidence and history.</source>
        <translation>Sélectionnez un contrôle pour voir ses preuves et son historique.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Owner: %2 · Evaluated %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Responsable : %2 · Évalué le %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Attest this control with &lt;code&gt;compliancectl controls attest --data DIR --control %1 --by USER --note TEXT --document FILE&lt;/code&gt; on the server: the documents are larger than the console may send.</source>
        <translation>Attestez ce contrôle sur le serveur avec &lt;code&gt;compliancectl controls attest --data DIR --control %1 --by USER --note TEXT --document FILE&lt;/code&gt; : les documents dépassent ce que la console peut envoyer.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Chargement de l’historique…</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>Impossible de lire l’historique : %1</translation>
    </message>
    <message>
        <source>Not compliant now</source>
        <translation>Non conforme actuellement</translation>
    </message>
    <message>
        <source>Compliant now; the daily record does not show it yet</source>
        <translation>Conforme actuellement ; le relevé quotidien ne l’indique pas encore</translation>
    </message>
    <message numerus="yes">
        <source>Compliant since %1 (%n day(s))</source>
        <translation>
            <numerusform>Conforme depuis le %1 (%n jour)</numerusform>
            <numerusform>Conforme depuis le %1 (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the attestations: %1</source>
        <translation>Impossible de lire les attestations : %1</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expirée)</translation>
    </message>
    <message>
        <source>%1 — “%2”; document %3 (%4 bytes, SHA-256 %5)</source>
        <translation>%1 — « %2 » ; document %3 (%4 octets, SHA-256 %5)</translation>
    </message>
    <message>
        <source>Not attested yet.</source>
        <translation>Pas encore attesté.</translation>
    </message>
    <message>
        <source>Save evidence pack</source>
        <translation>Enregistrer le dossier de preuves</translation>
    </message>
    <message>
        <source>Evidence pack (*.zip);;All files (*)</source>
        <translation>Dossier de preuves (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The evidence pack</source>
        <translation>Le dossier de preuves</translation>
    </message>
    <message>
        <source>Check it with `compliancectl evidence verify %1`.</source>
        <translation>Vérifiez-le avec `compliancectl evidence verify %1`.</translation>
    </message>
</context>
<context>
    <name>cc::ui::ControlsSummary</name>
    <message>
        <source>Open the &amp;Controls page</source>
        <translation>Ouvrir la page &amp;Contrôles</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Open the Controls page</source>
        <translation>Ouvrir la page Contrôles</translation>
    </message>
    <message>
        <source>Every control of the policy with its evidence and history</source>
        <translation>Chaque contrôle de la politique avec ses preuves et son historique</translation>
    </message>
    <message>
        <source>Failing controls</source>
        <translation>Contrôles non conformes</translation>
    </message>
    <message>
        <source>The controls that fail now; open one to see its evidence</source>
        <translation>Les contrôles non conformes actuellement ; ouvrez-en un pour voir ses preuves</translation>
    </message>
    <message>
        <source>Failing control</source>
        <translation>Contrôle non conforme</translation>
    </message>
    <message>
        <source>What fails</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>No control fails.</source>
        <translation>Aucun contrôle non conforme.</translation>
    </message>
    <message numerus="yes">
        <source>%n control(s) of the policy, judged live</source>
        <translation>
            <numerusform>%n contrôle de la politique, évalué en direct</numerusform>
            <numerusform>%n contrôles de la politique, évalués en direct</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Could not read the controls: %1</source>
        <translation>Impossible de lire les contrôles : %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::CredentialsPane</name>
    <message>
        <source>API credentials</source>
        <translation>Identifiants d&apos;API</translation>
    </message>
    <message>
        <source>Active credentials, only those overdue for rotation, retired ones, or all</source>
        <translation>Identifiants actifs, seulement ceux dont la rotation est en retard, ceux retirés, ou tous</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Rotation overdue</source>
        <translation>Rotation en retard</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>All credentials</source>
        <translation>Tous les identifiants</translation>
    </message>
    <message>
        <source>&amp;Add credential…</source>
        <translation>&amp;Ajouter un identifiant…</translation>
    </message>
    <message>
        <source>Record an API key or client used to reach Amazon</source>
        <translation>Enregistrer une clé d&apos;API ou un client utilisé pour accéder à Amazon</translation>
    </message>
    <message>
        <source>Record &amp;rotation…</source>
        <translation>Enregistrer une &amp;rotation…</translation>
    </message>
    <message>
        <source>Record that the credential on show was rotated</source>
        <translation>Enregistrer la rotation de l&apos;identifiant affiché</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>Retire the credential on show: it is revoked and no longer used</source>
        <translation>Retirer l&apos;identifiant affiché : il est révoqué et n&apos;est plus utilisé</translation>
    </message>
    <message>
        <source>The API credential register: each one&apos;s owner, where it is kept and its rotation</source>
        <translation>Le registre des identifiants d&apos;API : le propriétaire de chacun, où il est conservé et sa rotation</translation>
    </message>
    <message>
        <source>API credential</source>
        <translation>Identifiant d&apos;API</translation>
    </message>
    <message>
        <source>The selected credential and its rotation</source>
        <translation>L&apos;identifiant sélectionné et sa rotation</translation>
    </message>
    <message>
        <source>No API credentials match. Record one with “Add credential…”.</source>
        <translation>Aucun identifiant d&apos;API ne correspond. Enregistrez-en un avec « Ajouter un identifiant… ».</translation>
    </message>
    <message>
        <source>API credential #%1 is not in the register.</source>
        <translation>L&apos;identifiant d&apos;API n° %1 n&apos;est pas dans le registre.</translation>
    </message>
    <message>
        <source>No credential selected</source>
        <translation>Aucun identifiant sélectionné</translation>
    </message>
    <message>
        <source>Select a credential to see its owner, where it is kept and when it is due for rotation.</source>
        <translation>Sélectionnez un identifiant pour voir son propriétaire, où il est conservé et quand sa rotation est due.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (plus actif)</translation>
    </message>
    <message>
        <source>Where it lives</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Rotate every</source>
        <translation>Rotation tous les</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Dernière rotation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rotation due</source>
        <translation>Rotation due</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard : %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>%1 added; rotation due %2.</source>
        <translation>%1 ajouté ; rotation due le %2.</translation>
    </message>
    <message>
        <source>Rotation of %1 recorded; next due %2.</source>
        <translation>Rotation de %1 enregistrée ; prochaine échéance le %2.</translation>
    </message>
    <message>
        <source>%1 retired.</source>
        <translation>%1 retiré.</translation>
    </message>
</context>
<context>
    <name>cc::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>Breaches Amazon must be told of</source>
        <translation>Violations à notifier à Amazon</translation>
    </message>
    <message>
        <source>Access requests pending</source>
        <translation>Demandes d&apos;accès en attente</translation>
    </message>
    <message>
        <source>Asset reviews overdue</source>
        <translation>Revues d&apos;actifs en retard</translation>
    </message>
    <message>
        <source>Open incidents by severity</source>
        <translation>Incidents ouverts par gravité</translation>
    </message>
    <message>
        <source>A bar chart of the open incidents per severity</source>
        <translation>Histogramme des incidents ouverts par gravité</translation>
    </message>
    <message>
        <source>Amazon notification clocks</source>
        <translation>Délais de notification à Amazon</translation>
    </message>
    <message>
        <source>Open incidents involving Amazon data and when Amazon must be told</source>
        <translation>Incidents ouverts impliquant des données Amazon et date limite pour informer Amazon</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notify Amazon by</source>
        <translation>Notifier Amazon avant</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Executives</source>
        <translation>Dirigeants</translation>
    </message>
    <message>
        <source>Amazon notified</source>
        <translation>Amazon notifié</translation>
    </message>
    <message>
        <source>%1 of %2 acknowledged</source>
        <translation>%1 sur %2 ont accusé réception</translation>
    </message>
    <message>
        <source>What needs attention now, and how the last twelve months went. Each figure says whose items it counts.</source>
        <translation>Ce qui demande votre attention maintenant, et le bilan des douze derniers mois. Chaque chiffre indique à qui appartiennent les éléments comptés.</translation>
    </message>
    <message>
        <source>Access review items undecided</source>
        <translation>Éléments de revue des accès non décidés</translation>
    </message>
    <message>
        <source>Asset reviews due soon</source>
        <translation>Revues d&apos;actifs bientôt dues</translation>
    </message>
    <message>
        <source>Breach acknowledgements awaited</source>
        <translation>Accusés de réception de violations attendus</translation>
    </message>
    <message>
        <source>Open monitoring alerts</source>
        <translation>Alertes de surveillance ouvertes</translation>
    </message>
    <message>
        <source>Amazon deletion requests open</source>
        <translation>Demandes de suppression d&apos;Amazon ouvertes</translation>
    </message>
    <message>
        <source>Controls failing</source>
        <translation>Contrôles en échec</translation>
    </message>
    <message>
        <source>Orders holding PII</source>
        <translation>Commandes contenant des données personnelles</translation>
    </message>
    <message>
        <source>Not a link: the page behind this figure is not one you can open.</source>
        <translation>Pas un lien : vous ne pouvez pas ouvrir la page derrière ce chiffre.</translation>
    </message>
    <message>
        <source>Not a link: you see the company-wide count, but the items behind it need the %1 permission, which you do not hold.</source>
        <translation>Pas un lien : vous voyez le total de l&apos;entreprise, mais les éléments qu&apos;il compte demandent l&apos;autorisation %1, que vous n&apos;avez pas.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n months, company-wide</source>
        <translation>
            <numerusform>Le dernier mois, pour toute l&apos;entreprise</numerusform>
            <numerusform>Les %n derniers mois, pour toute l&apos;entreprise</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;board report…</source>
        <translation>Exporter le rapport du &amp;conseil…</translation>
    </message>
    <message>
        <source>Export board report</source>
        <translation>Exporter le rapport du conseil</translation>
    </message>
    <message>
        <source>Save these counts and trends as a PDF for the board</source>
        <translation>Enregistrer ces chiffres et tendances en PDF pour le conseil</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>Time to contain</source>
        <translation>Délai de confinement</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Access requests</source>
        <translation>Demandes d&apos;accès</translation>
    </message>
    <message>
        <source>Reviews on time</source>
        <translation>Revues dans les délais</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Could not read the dashboard: %1</source>
        <translation>Impossible de lire le tableau de bord : %1</translation>
    </message>
    <message>
        <source>Company-wide</source>
        <translation>Toute l&apos;entreprise</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Les vôtres</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>ouverts</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>made</source>
        <translation>déposées</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvées</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusées</translation>
    </message>
    <message>
        <source>decided in time</source>
        <translation>décidées dans les délais</translation>
    </message>
    <message>
        <source>at month end</source>
        <translation>en fin de mois</translation>
    </message>
    <message>
        <source>No open incident you can see involves Amazon data.</source>
        <translation>Aucun incident ouvert que vous voyez ne concerne des données Amazon.</translation>
    </message>
    <message>
        <source>Save board report</source>
        <translation>Enregistrer le rapport du conseil</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The board report</source>
        <translation>Le rapport du conseil</translation>
    </message>
</context>
<context>
    <name>cc::ui::DeletionRequestDialog</name>
    <message>
        <source>Record Amazon&apos;s request</source>
        <translation>Enregistrer la demande d’Amazon</translation>
    </message>
    <message numerus="yes">
        <source>Record a deletion or return request as Amazon sent it. It is due %n hour(s) after it was received.</source>
        <translation>
            <numerusform>Enregistrer une demande de suppression ou de restitution telle qu’Amazon l’a envoyée. Elle est due %n heure après sa réception.</numerusform>
            <numerusform>Enregistrer une demande de suppression ou de restitution telle qu’Amazon l’a envoyée. Elle est due %n heures après sa réception.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amazon&apos;s reference for the request</source>
        <translation>La référence d’Amazon pour la demande</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>When Amazon&apos;s request arrived, in UTC</source>
        <translation>Quand la demande d’Amazon est arrivée, en UTC</translation>
    </message>
    <message>
        <source>Delete the data</source>
        <translation>Supprimer les données</translation>
    </message>
    <message>
        <source>Return the data, then delete it</source>
        <translation>Restituer les données, puis les supprimer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Whether Amazon asks to delete the data or to have it returned (and then deleted)</source>
        <translation>Si Amazon demande la suppression des données ou leur restitution (puis leur suppression)</translation>
    </message>
    <message>
        <source>All data of a client</source>
        <translation>Toutes les données d’un client</translation>
    </message>
    <message>
        <source>Some orders of a client</source>
        <translation>Certaines commandes d’un client</translation>
    </message>
    <message>
        <source>One buyer&apos;s orders</source>
        <translation>Les commandes d’un acheteur</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>What the request covers</source>
        <translation>Ce que couvre la demande</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The client account the request is about</source>
        <translation>Le compte client concerné par la demande</translation>
    </message>
    <message>
        <source>One Amazon order id per line, e.g. 114-1234567-1234567</source>
        <translation>Un numéro de commande Amazon par ligne, p. ex. 114-1234567-1234567</translation>
    </message>
    <message>
        <source>Order ids</source>
        <translation>Numéros de commande</translation>
    </message>
    <message>
        <source>The Amazon order ids the request names</source>
        <translation>Les numéros de commande Amazon que cite la demande</translation>
    </message>
    <message>
        <source>Buyer e-mail</source>
        <translation>E-mail de l’acheteur</translation>
    </message>
    <message>
        <source>The buyer&apos;s e-mail address: sealed at rest, erased at fulfilment</source>
        <translation>L’adresse e-mail de l’acheteur : scellée au repos, effacée à l’exécution</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Re&amp;ceived at:</source>
        <translation>Re&amp;çue le :</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Portée :</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient :</translation>
    </message>
    <message>
        <source>&amp;Order ids:</source>
        <translation>&amp;Numéros de commande :</translation>
    </message>
    <message>
        <source>&amp;Buyer e-mail:</source>
        <translation>E-mail de l’&amp;acheteur :</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record the request; its countdown starts from its receipt</source>
        <translation>Enregistrer la demande ; son délai court depuis sa réception</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hour(s) after receipt)</source>
        <translation>
            <numerusform>%1 (%n heure après réception)</numerusform>
            <numerusform>%1 (%n heures après réception)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::DeviceDialog</name>
    <message>
        <source>The device encrypts what it holds</source>
        <translation>L’appareil chiffre ce qu’il contient</translation>
    </message>
    <message>
        <source>Change device</source>
        <translation>Modifier l’appareil</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>Enregistrer un appareil</translation>
    </message>
    <message>
        <source>The policy allows no Amazon data on removable devices, except anonymised aggregates such as overall sales figures.</source>
        <translation>La politique n’autorise aucune donnée Amazon sur les supports amovibles, sauf des agrégats anonymisés comme les chiffres de vente globaux.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What sort of device it is</source>
        <translation>Le type d’appareil</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>A name that tells the device apart, unique in the register</source>
        <translation>Un nom qui distingue l’appareil, unique dans le registre</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>The maker&apos;s serial number, if it has one</source>
        <translation>Le numéro de série du fabricant, s’il en a un</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>The username of the active person who holds the device</source>
        <translation>Le nom d’utilisateur de la personne active qui détient l’appareil</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>Whether the device encrypts what it holds</source>
        <translation>Si l’appareil chiffre ce qu’il contient</translation>
    </message>
    <message>
        <source>Approved use</source>
        <translation>Usage autorisé</translation>
    </message>
    <message>
        <source>What the device may carry: no Amazon data, or anonymised aggregates only</source>
        <translation>Ce que l’appareil peut contenir : aucune donnée Amazon, ou des agrégats anonymisés uniquement</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>&amp;Serial:</source>
        <translation>Numéro de &amp;série :</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Titulaire :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>&amp;Approved use:</source>
        <translation>&amp;Usage autorisé :</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes to the device</source>
        <translation>Enregistrer les modifications de l’appareil</translation>
    </message>
    <message>
        <source>Add the device to the register</source>
        <translation>Ajouter l’appareil au registre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>cc::ui::DeviceModel</name>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Approved use</source>
        <translation>Usage autorisé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>cc::ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Removable media and portable machines: who holds each, whether it is encrypted and what it may carry.</source>
        <translation>Supports amovibles et appareils portables : qui les détient, s’ils sont chiffrés et ce qu’ils peuvent contenir.</translation>
    </message>
    <message>
        <source>Devices to show</source>
        <translation>Appareils à afficher</translation>
    </message>
    <message>
        <source>Devices in use, retired ones, or all</source>
        <translation>Appareils en service, retirés ou tous</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Tous les appareils</translation>
    </message>
    <message>
        <source>Approved use to show</source>
        <translation>Usage à afficher</translation>
    </message>
    <message>
        <source>Only the devices approved for one use, or any</source>
        <translation>Uniquement les appareils autorisés pour un usage, ou tous</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>Tout usage</translation>
    </message>
    <message>
        <source>No Amazon data</source>
        <translation>Aucune donnée Amazon</translation>
    </message>
    <message>
        <source>Aggregates only</source>
        <translation>Agrégats uniquement</translation>
    </message>
    <message>
        <source>Encryption to show</source>
        <translation>Chiffrement à afficher</translation>
    </message>
    <message>
        <source>Only encrypted devices, only unencrypted ones, or any</source>
        <translation>Uniquement les appareils chiffrés, uniquement les non chiffrés, ou tous</translation>
    </message>
    <message>
        <source>Encrypted or not</source>
        <translation>Chiffrés ou non</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffrés</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffrés</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>&amp;Register device…</source>
        <translation>&amp;Enregistrer un appareil…</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>Enregistrer un appareil</translation>
    </message>
    <message>
        <source>Add a removable or portable device to the register</source>
        <translation>Ajouter un support amovible ou un appareil portable au registre</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change device</source>
        <translation>Modifier l’appareil</translation>
    </message>
    <message>
        <source>Change the selected device&apos;s holder, encryption or approved use</source>
        <translation>Modifier le titulaire, le chiffrement ou l’usage autorisé de l’appareil sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Retire device</source>
        <translation>Retirer l’appareil</translation>
    </message>
    <message>
        <source>Mark the selected device as no longer in use; it stays in the register</source>
        <translation>Marquer l’appareil sélectionné comme hors service ; il reste dans le registre</translation>
    </message>
    <message>
        <source>The device register: holder, encryption and approved use of each device</source>
        <translation>Le registre des appareils : titulaire, chiffrement et usage autorisé de chacun</translation>
    </message>
    <message>
        <source>Could not load the devices: %1</source>
        <translation>Impossible de charger les appareils : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load the devices.</source>
        <translation>Impossible de charger les appareils.</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Rien ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No devices match. Managers register them with “Register device…”.</source>
        <translation>Aucun appareil ne correspond. Les managers les enregistrent avec « Enregistrer un appareil… ».</translation>
    </message>
    <message>
        <source>Device “%1” registered.</source>
        <translation>Appareil « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Device “%1” changed.</source>
        <translation>Appareil « %1 » modifié.</translation>
    </message>
    <message>
        <source>Retire “%1”? It stays in the register as no longer in use.</source>
        <translation>Retirer « %1 » ? Il reste dans le registre comme hors service.</translation>
    </message>
    <message>
        <source>The device could not be retired: %1</source>
        <translation>L’appareil n’a pas pu être retiré : %1</translation>
    </message>
    <message>
        <source>Device “%1” retired.</source>
        <translation>Appareil « %1 » retiré.</translation>
    </message>
</context>
<context>
    <name>cc::ui::EditUserDialog</name>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>The person&apos;s name as the console shows it</source>
        <translation>Le nom de la personne tel que la console l&apos;affiche</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Where the person&apos;s notifications and codes go</source>
        <translation>L&apos;adresse où sont envoyés les notifications et les codes de la personne</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Optional, e.g. Data analyst, CTO</source>
        <translation>Facultatif, p. ex. Analyste de données, CTO</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>The person&apos;s job title; optional</source>
        <translation>La fonction de la personne ; facultatif</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>Nobody changes their own roles: ask another administrator.</source>
        <translation>Personne ne modifie ses propres rôles : demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>Whoever manages accounts does not also approve access: Admin and Compliance officer are never given together. Giving Admin, Compliance officer or Executive alerts the compliance officers and executives.</source>
        <translation>Qui gère les comptes n&apos;approuve pas aussi les accès : Administrateur et Responsable de la conformité ne sont jamais attribués ensemble. Attribuer Administrateur, Responsable de la conformité ou Dirigeant alerte les responsables de la conformité et les dirigeants.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Send the changed details to the server</source>
        <translation>Envoyer les informations modifiées au serveur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without changing the account</source>
        <translation>Fermer sans modifier le compte</translation>
    </message>
    <message>
        <source>Designate them %1: one person at a time holds it</source>
        <translation>Les désigner %1 : une seule personne à la fois l’occupe</translation>
    </message>
    <message>
        <source>Designations:</source>
        <translation>Désignations :</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Who hears when their asset reviews are long overdue; empty for none</source>
        <translation>Qui est averti quand leurs revues d’actifs sont en retard depuis longtemps ; vide pour personne</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Responsable :</translation>
    </message>
</context>
<context>
    <name>cc::ui::EndThirdPartyDialog</name>
    <message>
        <source>End %1</source>
        <translation>Mettre fin à %1</translation>
    </message>
    <message>
        <source>It no longer receives data from you: it leaves the assessment schedule and takes no further change.</source>
        <translation>Il ne reçoit plus de données de votre part : il quitte le calendrier des évaluations et n&apos;accepte plus de modification.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Mettre fin</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>It is revoked and no longer used: it leaves the rotation schedule and takes no further change.</source>
        <translation>Il est révoqué et n&apos;est plus utilisé : il quitte le calendrier des rotations et n&apos;accepte plus de modification.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why, and since when</source>
        <translation>Pourquoi, et depuis quand</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Retire the credential</source>
        <translation>Retirer l&apos;identifiant</translation>
    </message>
    <message>
        <source>End the subcontractor</source>
        <translation>Mettre fin au sous-traitant</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>Indiquez pourquoi.</translation>
    </message>
</context>
<context>
    <name>cc::ui::EnrolmentCodePanel</name>
    <message>
        <source>Enrolment code</source>
        <translation>Code d&apos;enrôlement</translation>
    </message>
    <message>
        <source>The single-use code the person sets their credentials with</source>
        <translation>Le code à usage unique avec lequel la personne définit son mot de passe et son second facteur</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the enrolment code to the clipboard</source>
        <translation>Copier le code d&apos;enrôlement dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Whoever holds this code can enrol as the user until they do: hand it over in person; it is not shown again. The account records that you handed it over.</source>
        <translation>Quiconque détient ce code peut s&apos;enrôler à la place de l&apos;utilisateur tant que celui-ci ne l&apos;a pas fait : remettez-le en main propre ; il ne sera plus affiché. Le compte enregistre que vous l&apos;avez remis.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was created.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 a été créé.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The password of %1 was reset.&lt;/b&gt; Their sessions ended and their grants are suspended until they set a new password; they keep their authenticator app.</source>
        <translation>&lt;b&gt;Le mot de passe de %1 a été réinitialisé.&lt;/b&gt; Ses sessions ont pris fin et ses autorisations sont suspendues jusqu&apos;à ce qu&apos;un nouveau mot de passe soit défini ; l&apos;application d&apos;authentification reste la même.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The second factor of %1 was reset.&lt;/b&gt; Their sessions ended and their grants are suspended until they enrol a new authenticator with their current password.</source>
        <translation>&lt;b&gt;Le second facteur de %1 a été réinitialisé.&lt;/b&gt; Ses sessions ont pris fin et ses autorisations sont suspendues jusqu&apos;à l&apos;enrôlement d&apos;une nouvelle application d&apos;authentification avec son mot de passe actuel.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Their enrolment code was e-mailed to %2. They choose &quot;I have an enrolment code&quot; when signing in, before %3.</source>
        <translation>%1&lt;br&gt;Son code d&apos;enrôlement a été envoyé par courriel à %2. À la connexion, la personne choisit « J&apos;ai un code d&apos;enrôlement », avant le %3.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Give them this enrolment code. They choose &quot;I have an enrolment code&quot; when signing in, before %2; it works once.</source>
        <translation>%1&lt;br&gt;Remettez-lui ce code d&apos;enrôlement. À la connexion, la personne choisit « J&apos;ai un code d&apos;enrôlement », avant le %2 ; le code ne fonctionne qu&apos;une fois.</translation>
    </message>
</context>
<context>
    <name>cc::ui::EnrolmentForm</name>
    <message>
        <source>Your administrator gave you an enrolment code, or it came by e-mail. With it you choose your password and set up the authenticator app on your phone. The code works once.</source>
        <translation>Votre administrateur vous a remis un code d&apos;enrôlement, ou vous l&apos;avez reçu par courriel. Il vous permet de choisir votre mot de passe et de configurer l&apos;application d&apos;authentification sur votre téléphone. Le code ne fonctionne qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>The user name your administrator gave you</source>
        <translation>L&apos;identifiant que votre administrateur vous a communiqué</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Code d&apos;enrôlement</translation>
    </message>
    <message>
        <source>The single-use code you were given, with or without its dashes</source>
        <translation>Le code à usage unique qui vous a été remis, avec ou sans ses tirets</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>Code d&apos;&amp;enrôlement :</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>The password you choose, at least 12 characters; after a reset of your second factor, your current password</source>
        <translation>Le mot de passe que vous choisissez, 12 caractères au minimum ; après une réinitialisation de votre second facteur, votre mot de passe actuel</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nouveau mot de &amp;passe :</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmation du nouveau mot de passe</translation>
    </message>
    <message>
        <source>The same password once more, so a typing mistake does not lock you out</source>
        <translation>Le même mot de passe une seconde fois, pour qu&apos;une faute de frappe ne vous bloque pas</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
    <message>
        <source>At least 12 characters, not containing your name or e-mail, not a dictionary word or a common password, and not one you used before. After a reset of your second factor, type your current password here.</source>
        <translation>Au moins 12 caractères, sans votre nom ni votre courriel, ni mot du dictionnaire ni mot de passe courant, et jamais utilisé auparavant. Après une réinitialisation de votre second facteur, saisissez ici votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>QR code of your authenticator secret</source>
        <translation>Code QR de votre secret d&apos;authentification</translation>
    </message>
    <message>
        <source>Scan it with your authenticator app; the same secret is written out beside it</source>
        <translation>Scannez-le avec votre application d&apos;authentification ; le même secret est écrit en toutes lettres à côté</translation>
    </message>
    <message>
        <source>Or type this key into the app (time-based, 6 digits, 30 seconds):</source>
        <translation>Ou saisissez cette clé dans l&apos;application (basée sur le temps, 6 chiffres, 30 secondes) :</translation>
    </message>
    <message>
        <source>Authenticator key</source>
        <translation>Clé d&apos;authentification</translation>
    </message>
    <message>
        <source>The secret your app needs, in groups of four</source>
        <translation>Le secret dont votre application a besoin, par groupes de quatre</translation>
    </message>
    <message>
        <source>It is shown only now: once you finish, nobody can see it again, the administrator included.</source>
        <translation>Elle n&apos;est affichée que maintenant : une fois que vous aurez terminé, personne ne pourra la revoir, pas même l&apos;administrateur.</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>Code à 6 chiffres de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>The 6-digit code your authenticator app shows now for this account</source>
        <translation>Le code à 6 chiffres qu&apos;affiche actuellement votre application d&apos;authentification pour ce compte</translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation>&amp;Code à usage unique :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your password is accepted.&lt;/b&gt; Now add this account to your authenticator app (for example FreeOTP, Aegis or Google Authenticator): scan the QR code, then type the code the app shows.</source>
        <translation>&lt;b&gt;Votre mot de passe est accepté.&lt;/b&gt; Ajoutez maintenant ce compte à votre application d&apos;authentification (par exemple FreeOTP, Aegis ou Google Authenticator) : scannez le code QR, puis saisissez le code qu&apos;affiche l&apos;application.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your new password is accepted.&lt;/b&gt; Keep using the authenticator app you have: type the code it shows now for this account.</source>
        <translation>&lt;b&gt;Votre nouveau mot de passe est accepté.&lt;/b&gt; Continuez d&apos;utiliser votre application d&apos;authentification actuelle : saisissez le code qu&apos;elle affiche maintenant pour ce compte.</translation>
    </message>
</context>
<context>
    <name>cc::ui::EvidencePackDialog</name>
    <message>
        <source>Export evidence pack</source>
        <translation>Exporter le dossier de preuves</translation>
    </message>
    <message>
        <source>The pack holds a PDF report, the records behind each control as CSV files, the signed audit export of the period and a signed manifest. Choose the days it covers.</source>
        <translation>Le dossier contient un rapport PDF, les enregistrements de chaque contrôle en fichiers CSV, l’export d’audit signé de la période et un manifeste signé. Choisissez les jours qu’il couvre.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>The first day the evidence pack covers</source>
        <translation>Le premier jour couvert par le dossier de preuves</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>The last day the evidence pack covers, included</source>
        <translation>Le dernier jour couvert par le dossier de preuves, inclus</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Choose where to save the evidence pack</source>
        <translation>Choisir où enregistrer le dossier de preuves</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Fermer sans exporter</translation>
    </message>
    <message>
        <source>The first day must not be after the last.</source>
        <translation>Le premier jour ne peut pas suivre le dernier.</translation>
    </message>
</context>
<context>
    <name>cc::ui::FileDownload</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n&apos;a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>%1 saved to %2 (%3 bytes), SHA-256 %4.</source>
        <translation>%1 enregistré dans %2 (%3 octets), SHA-256 %4.</translation>
    </message>
</context>
<context>
    <name>cc::ui::GrantModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Granted by %1 at %2</source>
        <translation>Accordée par %1 le %2</translation>
    </message>
    <message>
        <source>Revoked by %1 at %2: %3</source>
        <translation>Révoquée par %1 le %2 : %3</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Accordée par</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Granted at %1, approved by %2</source>
        <translation>Accordée le %1, approuvée par %2</translation>
    </message>
    <message>
        <source>%1&apos;s password or second factor was reset: the grant gives no access until they enrol again.</source>
        <translation>Le mot de passe ou le second facteur de %1 a été réinitialisé : l&apos;autorisation ne donne aucun accès tant que la personne ne s&apos;est pas enrôlée à nouveau.</translation>
    </message>
    <message>
        <source>Every order of client %1</source>
        <translation>Toutes les commandes du client %1</translation>
    </message>
    <message>
        <source>Only these orders of client %1: %2</source>
        <translation>Uniquement ces commandes du client %1 : %2</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
</context>
<context>
    <name>cc::ui::ImportVulnerabilitiesDialog</name>
    <message>
        <source>Import scanner results</source>
        <translation>Importer des résultats de scanner</translation>
    </message>
    <message>
        <source>Every finding of the file is added, or none: a bad result or line is named and nothing is stored. Findings still open are not added twice.</source>
        <translation>Chaque constat du fichier est ajouté, ou aucun : un résultat ou une ligne erroné est nommé et rien n&apos;est enregistré. Les constats encore ouverts ne sont pas ajoutés deux fois.</translation>
    </message>
    <message>
        <source>SARIF 2.1.0 (Trivy, Grype, CodeQL, …)</source>
        <translation>SARIF 2.1.0 (Trivy, Grype, CodeQL, …)</translation>
    </message>
    <message>
        <source>debsecan</source>
        <translation>debsecan</translation>
    </message>
    <message>
        <source>debsecan --format detail</source>
        <translation>debsecan --format detail</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The scanner&apos;s output format</source>
        <translation>Le format de sortie du scanner</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>The scanner&apos;s output file</source>
        <translation>Le fichier de sortie du scanner</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Pick the scanner&apos;s output file</source>
        <translation>Choisir le fichier de sortie du scanner</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Put every finding on this asset, or none</source>
        <translation>Rattacher chaque constat à cet actif, ou à aucun</translation>
    </message>
    <message>
        <source>Each finding&apos;s own package or file</source>
        <translation>Paquet ou fichier propre à chaque constat</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Name one component for every finding instead of each finding&apos;s own</source>
        <translation>Nommer un composant pour tous les constats au lieu de celui de chacun</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>&amp;Asset:</source>
        <translation>&amp;Actif :</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Composant :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Send the file to the store</source>
        <translation>Envoyer le fichier au dépôt</translation>
    </message>
    <message>
        <source>Scanner results</source>
        <translation>Résultats de scanner</translation>
    </message>
    <message>
        <source>Scanner results (*.sarif *.json *.txt);;All files (*)</source>
        <translation>Résultats de scanner (*.sarif *.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 was not imported, nothing was stored: %2</source>
        <translation>%1 n&apos;a pas été importé, rien n&apos;a été enregistré : %2</translation>
    </message>
</context>
<context>
    <name>cc::ui::IncidentContactPanel</name>
    <message>
        <source>Incident Management Point of Contact</source>
        <translation>Point de contact pour la gestion des incidents (IMPOC)</translation>
    </message>
    <message>
        <source>IMPOC</source>
        <translation>IMPOC</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <source>Breach notices to the IMPOC and the deputy</source>
        <translation>Avis de violation adressés à l&apos;IMPOC et à son suppléant</translation>
    </message>
    <message>
        <source>The last breach notices that reached the IMPOC or the deputy, and how long each took to acknowledge; late ones in red</source>
        <translation>Les derniers avis de violation adressés à l&apos;IMPOC ou au suppléant, et le délai de chaque accusé de réception ; les retards en rouge</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notifié</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Nobody designated: an administrator designates one on the Users page.</source>
        <translation>Personne n&apos;est désigné : un administrateur en désigne un sur la page Utilisateurs.</translation>
    </message>
    <message>
        <source>can be reached</source>
        <translation>joignable</translation>
    </message>
    <message>
        <source>not enrolled in two-factor sign-in</source>
        <translation>non inscrit à la connexion à deux facteurs</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>compte %1</translation>
    </message>
    <message>
        <source>Breach notices reach them first, to be acknowledged within %1 h (the policy). Notices of the last %2 days.</source>
        <translation>Les avis de violation leur parviennent en premier et doivent être acquittés sous %1 h (politique). Avis des %2 derniers jours.</translation>
    </message>
    <message>
        <source>%1 (deputy)</source>
        <translation>%1 (suppléant)</translation>
    </message>
    <message>
        <source>%1 (IMPOC)</source>
        <translation>%1 (IMPOC)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>not yet, overdue</source>
        <translation>pas encore, en retard</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Later than the policy&apos;s %1 h</source>
        <translation>Plus tard que les %1 h prévues par la politique</translation>
    </message>
    <message>
        <source>No breach notice reached them in the last %1 days.</source>
        <translation>Aucun avis de violation ne leur est parvenu au cours des %1 derniers jours.</translation>
    </message>
    <message>
        <source>Could not read the incident contacts: %1</source>
        <translation>Impossible de lire les contacts d&apos;incident : %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::IncidentEditDialog</name>
    <message>
        <source>Edit incident #%1</source>
        <translation>Modifier l&apos;incident #%1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>username; empty for nobody</source>
        <translation>identifiant ; vide pour personne</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Assigné à :</translation>
    </message>
    <message>
        <source>Amazon data is (or may be) involved</source>
        <translation>Des données Amazon sont (ou peuvent être) impliquées</translation>
    </message>
    <message>
        <source>Once set, the flag stays; add a note if it was a false alarm.</source>
        <translation>Une fois cochée, l&apos;indication reste ; ajoutez une note s&apos;il s&apos;agissait d&apos;une fausse alerte.</translation>
    </message>
    <message>
        <source>The CTO and the CEO are notified as soon as you save.</source>
        <translation>Le CTO et le CEO sont notifiés dès que vous enregistrez.</translation>
    </message>
    <message>
        <source>Amazon notification</source>
        <translation>Notification à Amazon</translation>
    </message>
    <message>
        <source>Amazon has been &amp;notified</source>
        <translation>Amazon a été &amp;notifié</translation>
    </message>
    <message>
        <source>Noti&amp;fied at:</source>
        <translation>Notifié &amp;le :</translation>
    </message>
    <message>
        <source>Amazon&apos;s case or ticket number</source>
        <translation>Numéro de dossier ou de ticket Amazon</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What happened, in a few words; required</source>
        <translation>Ce qui s&apos;est passé, en quelques mots ; obligatoire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What happened and what is known so far</source>
        <translation>Ce qui s&apos;est passé et ce que l&apos;on sait à ce stade</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>How bad it is, from 1 (critical) to 4 (low)</source>
        <translation>Son degré de gravité, de 1 (critique) à 4 (faible)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What kind of incident this is</source>
        <translation>Le type d&apos;incident</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>The user name of whoever handles the incident; empty for nobody</source>
        <translation>L&apos;identifiant de la personne qui traite l&apos;incident ; vide pour personne</translation>
    </message>
    <message>
        <source>Amazon data involved</source>
        <translation>Données Amazon impliquées</translation>
    </message>
    <message>
        <source>Once ticked it stays; the CTO and CEO are told as soon as you save</source>
        <translation>Une fois cochée, la case le reste ; le CTO et le CEO sont informés dès que vous enregistrez</translation>
    </message>
    <message>
        <source>Amazon has been notified</source>
        <translation>Amazon a été notifié</translation>
    </message>
    <message>
        <source>Tick once Amazon was told of the breach; this stops the 24-hour clock</source>
        <translation>Cochez une fois Amazon informé de la violation ; cela arrête le délai de 24 heures</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>Notifié le</translation>
    </message>
    <message>
        <source>When Amazon was told, in your local time</source>
        <translation>Quand Amazon a été informé, en heure locale</translation>
    </message>
    <message>
        <source>Amazon reference</source>
        <translation>Référence Amazon</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes to the incident</source>
        <translation>Enregistrer les modifications de l&apos;incident</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>cc::ui::IncidentModel</name>
    <message>
        <source>done %1</source>
        <translation>terminé %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>échéance dans %1</translation>
    </message>
    <message>
        <source>Amazon data</source>
        <translation>Données Amazon</translation>
    </message>
    <message>
        <source>Amazon notified</source>
        <translation>Amazon notifié</translation>
    </message>
    <message>
        <source>not notified</source>
        <translation>non notifié</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Amazon must be notified by %1</source>
        <translation>Amazon doit être notifié avant le %1</translation>
    </message>
    <message>
        <source>Containment target: %1</source>
        <translation>Objectif de confinement : %1</translation>
    </message>
    <message>
        <source>Triage target: %1</source>
        <translation>Objectif de qualification : %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Amazon</source>
        <translation>Amazon</translation>
    </message>
    <message>
        <source>Notify Amazon</source>
        <translation>Notifier Amazon</translation>
    </message>
    <message>
        <source>Next target</source>
        <translation>Prochain objectif</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
</context>
<context>
    <name>cc::ui::IncidentsPage</name>
    <message>
        <source>Reported</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Executives notified</source>
        <translation>Dirigeants notifiés</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Clock overdue</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Interruptions, degradations and security events. A breach involving Amazon data notifies the CTO and CEO at once; Amazon must be told within 24 hours.</source>
        <translation>Interruptions, dégradations et événements de sécurité. Une violation impliquant des données Amazon notifie immédiatement le CTO et le CEO ; Amazon doit être informé sous 24 heures.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>Incidents to show</source>
        <translation>Incidents à afficher</translation>
    </message>
    <message>
        <source>Open incidents, all incidents, or those involving Amazon data</source>
        <translation>Incidents ouverts, tous les incidents, ou ceux impliquant des données Amazon</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <source>Involving Amazon data</source>
        <translation>Données Amazon impliquées</translation>
    </message>
    <message>
        <source>A&amp;cknowledge</source>
        <translation>A&amp;ccuser réception</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Accuser réception</translation>
    </message>
    <message>
        <source>Acknowledge the breach notification you received</source>
        <translation>Accuser réception de la notification de violation que vous avez reçue</translation>
    </message>
    <message>
        <source>&amp;Advance…</source>
        <translation>&amp;Avancer…</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>Move the selected incident to its next step</source>
        <translation>Faire passer l&apos;incident sélectionné à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>&amp;Report incident…</source>
        <translation>&amp;Déclarer un incident…</translation>
    </message>
    <message>
        <source>Report incident</source>
        <translation>Déclarer un incident</translation>
    </message>
    <message>
        <source>Report an interruption, a degradation of service or a security event</source>
        <translation>Déclarer une interruption, une dégradation de service ou un événement de sécurité</translation>
    </message>
    <message>
        <source>Incidents with their severity, status and clocks</source>
        <translation>Incidents avec leur gravité, leur statut et leurs délais</translation>
    </message>
    <message>
        <source>Select an incident to see its timeline.</source>
        <translation>Sélectionnez un incident pour voir sa chronologie.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>M&amp;odifier…</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Modifier l&apos;incident</translation>
    </message>
    <message>
        <source>Correct the incident, assign it, or record when Amazon was notified</source>
        <translation>Corriger l&apos;incident, l&apos;assigner ou enregistrer quand Amazon a été notifié</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Add a note to the incident&apos;s timeline</source>
        <translation>Ajouter une note à la chronologie de l&apos;incident</translation>
    </message>
    <message>
        <source>Add a note to the timeline</source>
        <translation>Ajouter une note à la chronologie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notifié</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Tick a task when it is done; double-click its owner to assign it (a username; empty for nobody).</source>
        <translation>Cochez une tâche une fois faite ; double-cliquez dans la colonne Assigné à pour l&apos;assigner (un identifiant ; vide pour personne).</translation>
    </message>
    <message>
        <source>Response plan</source>
        <translation>Plan de réponse</translation>
    </message>
    <message>
        <source>Executives</source>
        <translation>Dirigeants</translation>
    </message>
    <message>
        <source>Incident details</source>
        <translation>Détails de l&apos;incident</translation>
    </message>
    <message>
        <source>The incident&apos;s timeline, response plan and executives</source>
        <translation>La chronologie, le plan de réponse et les dirigeants de l&apos;incident</translation>
    </message>
    <message>
        <source>What happened to the incident, when and by whom</source>
        <translation>Ce qui est arrivé à l&apos;incident, quand et par qui</translation>
    </message>
    <message>
        <source>The response plan&apos;s tasks, who owns them and whether they are done</source>
        <translation>Les tâches du plan de réponse, à qui elles sont assignées et si elles sont faites</translation>
    </message>
    <message>
        <source>The executives told of a breach and whether they acknowledged it</source>
        <translation>Les dirigeants informés d&apos;une violation et s&apos;ils en ont accusé réception</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>Aucun incident ouvert.</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>Aucun incident.</translation>
    </message>
    <message>
        <source>Could not read the incident: %1</source>
        <translation>Impossible de lire l&apos;incident : %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Amazon notified %1 (reference %2).</source>
        <translation>&lt;br&gt;Amazon notifié le %1 (référence %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&lt;b&gt;Amazon data involved&lt;/b&gt; — Amazon must be notified by %1 (%2).</source>
        <translation>&lt;b&gt;Données Amazon impliquées&lt;/b&gt; — Amazon doit être notifié avant le %1 (%2).</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;#%1 %2&lt;/h3&gt;%3 &amp;nbsp;%4 · %5 · reported by %6 · assigned to %7&lt;br&gt;Detected %8.%9&lt;p&gt;%10&lt;/p&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;#%1 %2&lt;/h3&gt;%3 &amp;nbsp;%4 · %5 · déclaré par %6 · assigné à %7&lt;br&gt;Détecté le %8.%9&lt;p&gt;%10&lt;/p&gt;</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Double-click to assign an owner (a username)</source>
        <translation>Double-cliquez pour assigner une personne (un identifiant)</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message numerus="yes">
        <source>retrying after %n failed attempt(s)</source>
        <translation>
            <numerusform>nouvelle tentative après %n échec</numerusform>
            <numerusform>nouvelle tentative après %n échecs</numerusform>
        </translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Rouvrir…</translation>
    </message>
    <message>
        <source>&amp;Mark %1…</source>
        <translation>&amp;Marquer comme %1…</translation>
    </message>
    <message>
        <source>Move the incident to its next step</source>
        <translation>Faire passer l&apos;incident à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Needs the incidents:manage permission (incident response team).</source>
        <translation>Nécessite la permission incidents:manage (équipe de réponse aux incidents).</translation>
    </message>
    <message>
        <source>Incident #%1 reported: %2; Amazon must be told by %3.</source>
        <translation>Incident #%1 déclaré : %2 ; Amazon doit être informé avant le %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n executive(s) notified</source>
        <translation>
            <numerusform>%n dirigeant notifié</numerusform>
            <numerusform>%n dirigeants notifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident #%1 reported to the incident response team.</source>
        <translation>Incident #%1 déclaré à l&apos;équipe de réponse aux incidents.</translation>
    </message>
    <message>
        <source>Reopen incident</source>
        <translation>Rouvrir l&apos;incident</translation>
    </message>
    <message>
        <source>Advance incident</source>
        <translation>Faire avancer l&apos;incident</translation>
    </message>
    <message>
        <source>Reopen &lt;b&gt;#%1 %2&lt;/b&gt;? Say why.</source>
        <translation>Rouvrir &lt;b&gt;#%1 %2&lt;/b&gt; ? Indiquez pourquoi.</translation>
    </message>
    <message>
        <source>Mark &lt;b&gt;#%1 %2&lt;/b&gt; as &lt;b&gt;%3&lt;/b&gt;?</source>
        <translation>Marquer &lt;b&gt;#%1 %2&lt;/b&gt; comme &lt;b&gt;%3&lt;/b&gt; ?</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Note for the timeline (optional):</source>
        <translation>&amp;Note pour la chronologie (facultatif) :</translation>
    </message>
    <message>
        <source>Incident #%1 is now %2.</source>
        <translation>L&apos;incident #%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>You acknowledged the breach notification for incident #%1.</source>
        <translation>Vous avez accusé réception de la notification de violation de l&apos;incident #%1.</translation>
    </message>
    <message>
        <source>Incident #%1 updated.</source>
        <translation>Incident #%1 mis à jour.</translation>
    </message>
    <message>
        <source>Add a note to the timeline of &lt;b&gt;#%1 %2&lt;/b&gt;.</source>
        <translation>Ajouter une note à la chronologie de &lt;b&gt;#%1 %2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Note added to incident #%1.</source>
        <translation>Note ajoutée à l&apos;incident #%1.</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>Rouvert : %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Save the post-incident report of this incident as a PDF</source>
        <translation>Enregistrer le rapport post-incident de cet incident en PDF</translation>
    </message>
    <message>
        <source>Save the post-incident report (timeline, response plan, executives, Amazon) as a PDF</source>
        <translation>Enregistrer le rapport post-incident (chronologie, plan de réponse, dirigeants, Amazon) en PDF</translation>
    </message>
    <message>
        <source>Save post-incident report</source>
        <translation>Enregistrer le rapport post-incident</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The report of incident %1</source>
        <translation>Le rapport de l&apos;incident %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::LeaverItemsDialog</name>
    <message>
        <source>What %1 leaves behind</source>
        <translation>Ce que laisse %1</translation>
    </message>
    <message>
        <source>%1 is offboarded. Their assets stay assigned to them, flagged, until a manager gives each another owner%2.</source>
        <translation>Le compte de %1 est clôturé. Ses actifs lui restent attribués, signalés, jusqu’à ce qu’un manager donne à chacun un autre titulaire%2.</translation>
    </message>
    <message>
        <source> (Assets page, filter “To reassign”): tell the managers</source>
        <translation> (page Actifs, filtre « À réattribuer ») : prévenez les managers</translation>
    </message>
    <message numerus="yes">
        <source>Assets to reassign (%n)</source>
        <translation>
            <numerusform>Actifs à réattribuer (%n)</numerusform>
            <numerusform>Actifs à réattribuer (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>reassign…</source>
        <translation>réattribuer…</translation>
    </message>
    <message>
        <source>They own no asset in use.</source>
        <translation>Aucun actif en service ne lui est attribué.</translation>
    </message>
    <message>
        <source>Assets to reassign</source>
        <translation>Actifs à réattribuer</translation>
    </message>
    <message>
        <source>The leaver&apos;s assets; each link opens it on the Assets page</source>
        <translation>Les actifs de la personne partie ; chaque lien l’ouvre sur la page Actifs</translation>
    </message>
    <message numerus="yes">
        <source>Requests cancelled (%n)</source>
        <translation>
            <numerusform>Demandes annulées (%n)</numerusform>
            <numerusform>Demandes annulées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>They had no pending access request.</source>
        <translation>Aucune demande d’accès en attente.</translation>
    </message>
    <message>
        <source>Requests cancelled</source>
        <translation>Demandes annulées</translation>
    </message>
    <message>
        <source>The leaver&apos;s access requests that the offboarding cancelled</source>
        <translation>Les demandes d’accès de la personne partie que la clôture a annulées</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this list</source>
        <translation>Fermer cette liste</translation>
    </message>
</context>
<context>
    <name>cc::ui::ListDetailPage</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load the list: %1</source>
        <translation>Impossible de charger la liste : %1</translation>
    </message>
    <message>
        <source>Could not load this list.</source>
        <translation>Impossible de charger cette liste.</translation>
    </message>
</context>
<context>
    <name>cc::ui::LoginDialog</name>
    <message>
        <source>Sign in — Compliance Console</source>
        <translation>Connexion — Compliance Console</translation>
    </message>
    <message>
        <source>Compliance Console</source>
        <translation>Compliance Console</translation>
    </message>
    <message>
        <source>Sign in to your organisation&apos;s compliance store</source>
        <translation>Connectez-vous au dépôt de conformité de votre organisation</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>Code à 6 chiffres de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation>&amp;Code à usage unique :</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur.</translation>
    </message>
    <message>
        <source>The console only talks to servers over HTTPS.</source>
        <translation>La console ne communique avec les serveurs qu&apos;en HTTPS.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so the console did not sign in.</source>
        <translation>Le certificat du serveur n&apos;a pas été approuvé : la console ne s&apos;est donc pas connectée.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>The address of your organisation&apos;s compliance store, starting https://</source>
        <translation>L&apos;adresse du dépôt de conformité de votre organisation, commençant par https://</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Your user name at the compliance store</source>
        <translation>Votre identifiant sur le dépôt de conformité</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Your password; it is not shown as you type</source>
        <translation>Votre mot de passe ; il n&apos;est pas affiché pendant la saisie</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>The 6-digit code your authenticator app shows now</source>
        <translation>Le code à 6 chiffres qu&apos;affiche actuellement votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to the server with these details</source>
        <translation>Se connecter au serveur avec ces informations</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close the console without signing in</source>
        <translation>Fermer la console sans se connecter</translation>
    </message>
    <message>
        <source>I have an &amp;enrolment code</source>
        <translation>J&apos;ai un code d&apos;&amp;enrôlement</translation>
    </message>
    <message>
        <source>I have an enrolment code</source>
        <translation>J&apos;ai un code d&apos;enrôlement</translation>
    </message>
    <message>
        <source>Set your password and authenticator with the code your administrator gave you</source>
        <translation>Définir votre mot de passe et votre application d&apos;authentification avec le code remis par votre administrateur</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Go back one step; nothing typed is lost</source>
        <translation>Revenir d&apos;une étape ; rien de ce qui a été saisi n&apos;est perdu</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Set this password and show the secret for your authenticator app</source>
        <translation>Définir ce mot de passe et afficher le secret pour votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>&amp;Finish and sign in</source>
        <translation>&amp;Terminer et se connecter</translation>
    </message>
    <message>
        <source>Finish and sign in</source>
        <translation>Terminer et se connecter</translation>
    </message>
    <message>
        <source>Prove the code from your authenticator app and sign in</source>
        <translation>Valider le code de votre application d&apos;authentification et se connecter</translation>
    </message>
    <message>
        <source>Enrol — Compliance Console</source>
        <translation>Enrôlement — Compliance Console</translation>
    </message>
    <message>
        <source>Checking the code and your password…</source>
        <translation>Vérification du code et de votre mot de passe…</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent : saisissez deux fois le même mot de passe.</translation>
    </message>
</context>
<context>
    <name>cc::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>The console&apos;s pages: Ctrl+1 to Ctrl+9 open the first nine, Ctrl+K any of them</source>
        <translation>Les pages de la console : Ctrl+1 à Ctrl+9 ouvrent les neuf premières, Ctrl+K n&apos;importe laquelle</translation>
    </message>
    <message>
        <source>Your session has ended (%1). Restart the console to sign in again.</source>
        <translation>Votre session a pris fin (%1). Redémarrez la console pour vous reconnecter.</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Go to page…</source>
        <translation>A&amp;ller à la page…</translation>
    </message>
    <message>
        <source>&amp;Filter this page</source>
        <translation>&amp;Filtrer cette page</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Sign out and &amp;quit</source>
        <translation>Se déconnecter et &amp;quitter</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Compliance Console</source>
        <translation>À &amp;propos de Compliance Console</translation>
    </message>
    <message>
        <source>About Compliance Console</source>
        <translation>À propos de Compliance Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compliance Console %1&lt;/b&gt;&lt;p&gt;Runs the Amazon data protection policy: access requests, time-bound grants, accounts.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Compliance Console %1&lt;/b&gt;&lt;p&gt;Applique la politique de protection des données Amazon : demandes d&apos;accès, autorisations limitées dans le temps, comptes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo store with synthetic data — nothing here is real customer data.</source>
        <translation>Dépôt de démonstration avec des données synthétiques — aucune donnée client réelle ici.</translation>
    </message>
    <message>
        <source>Compliance Console — %1</source>
        <translation>Compliance Console — %1</translation>
    </message>
    <message>
        <source> — DEMO</source>
        <translation> — DÉMO</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>TLS: —</source>
        <translation>TLS : —</translation>
    </message>
    <message>
        <source>Protocol negotiated with the server</source>
        <translation>Protocole négocié avec le serveur</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2) · %3</source>
        <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt; (%2) · %3</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <source>Press that button or field</source>
        <translation>Active ce bouton ou ce champ</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>C&amp;hanger le mot de passe…</translation>
    </message>
    <message>
        <source>Your password was changed. Other sessions of your account that ended with it: %1.</source>
        <translation>Votre mot de passe a été changé. Autres sessions de votre compte terminées avec ce changement : %1.</translation>
    </message>
    <message>
        <source>Could not read the policy: %1</source>
        <translation>Impossible de lire la politique : %1</translation>
    </message>
    <message>
        <source>Your acknowledgement of the policy (version %1) is overdue. Read and accept it: Console → Read the policy….</source>
        <translation>Votre acceptation de la politique (version %1) est en retard. Lisez-la et acceptez-la : Console → Lire la politique….</translation>
    </message>
    <message>
        <source>Policy version %1 accepted.</source>
        <translation>Politique version %1 acceptée.</translation>
    </message>
    <message>
        <source>Read the p&amp;olicy…</source>
        <translation>Lire la p&amp;olitique…</translation>
    </message>
    <message>
        <source>Notification &amp;e-mail…</source>
        <translation>Notifications par &amp;courriel…</translation>
    </message>
    <message>
        <source>Your notification e-mail choices were saved.</source>
        <translation>Vos choix de notifications par courriel ont été enregistrés.</translation>
    </message>
</context>
<context>
    <name>cc::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>cc::ui::MonitoringPage</name>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Alerts raised as access happens: repeated failed sign-ins, unusual PII reads, access without a grant, new or shared logins, offboarded accounts and unused grants.</source>
        <translation>Alertes déclenchées au fil des accès : échecs de connexion répétés, lectures inhabituelles de PII, accès sans autorisation, connexions nouvelles ou partagées, comptes clôturés et autorisations inutilisées.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>Alerts to show</source>
        <translation>Alertes à afficher</translation>
    </message>
    <message>
        <source>Open alerts, or all alerts</source>
        <translation>Alertes ouvertes, ou toutes les alertes</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertes ouvertes</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>Toutes les alertes</translation>
    </message>
    <message>
        <source>A&amp;cknowledge…</source>
        <translation>A&amp;cquitter…</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Acquitter l&apos;alerte</translation>
    </message>
    <message>
        <source>Acknowledge the alert on show, with a note</source>
        <translation>Acquitter l&apos;alerte affichée, avec une note</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Alerts raised by the monitoring rules</source>
        <translation>Alertes déclenchées par les règles de surveillance</translation>
    </message>
    <message>
        <source>Select an alert to see what happened.</source>
        <translation>Sélectionnez une alerte pour voir ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Aucune alerte ouverte.</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Aucune alerte.</translation>
    </message>
    <message>
        <source>Could not read the alert: %1</source>
        <translation>Impossible de lire l&apos;alerte : %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Open.&lt;/b&gt; A compliance officer acknowledges it with a note saying what was checked or done.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ouverte.&lt;/b&gt; Un responsable de la conformité l&apos;acquitte avec une note indiquant ce qui a été vérifié ou fait.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Acknowledged&lt;/b&gt; by %1 on %2:&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Acquittée&lt;/b&gt; par %1 le %2 :&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &lt;b&gt;%1&lt;/b&gt; · &lt;a href=&quot;audit?actor=%2&quot;&gt;their events in the audit log&lt;/a&gt;</source>
        <translation>Concerne &lt;b&gt;%1&lt;/b&gt; · &lt;a href=&quot;audit?actor=%2&quot;&gt;ses événements dans le journal d&apos;audit&lt;/a&gt;</translation>
    </message>
    <message>
        <source>About &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Concerne &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), at %1.</source>
        <translation>
            <numerusform>%n événement, le %1.</numerusform>
            <numerusform>%n événements, le %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), the first at %1, the latest at %2.</source>
        <translation>
            <numerusform>%n événement, le premier le %1, le dernier le %2.</numerusform>
            <numerusform>%n événements, le premier le %1, le dernier le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge &lt;b&gt;%1&lt;/b&gt;? Say what you checked or did: the note is kept with the alert and in the audit log.</source>
        <translation>Acquitter &lt;b&gt;%1&lt;/b&gt; ? Indiquez ce que vous avez vérifié ou fait : la note est conservée avec l&apos;alerte et dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Alert #%1 acknowledged.</source>
        <translation>Alerte #%1 acquittée.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Rule filter</source>
        <translation>Filtre de règle</translation>
    </message>
    <message>
        <source>Only one rule&apos;s alerts are shown; click to show every rule&apos;s</source>
        <translation>Seules les alertes d’une règle sont affichées ; cliquez pour afficher celles de toutes les règles</translation>
    </message>
    <message>
        <source>Rule: %1 ✕</source>
        <translation>Règle : %1 ✕</translation>
    </message>
    <message>
        <source>&amp;End sessions…</source>
        <translation>&amp;Mettre fin aux sessions…</translation>
    </message>
    <message>
        <source>End the user&apos;s sessions</source>
        <translation>Mettre fin aux sessions de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Sign the user the alert names out of every console</source>
        <translation>Déconnecter de chaque console l&apos;utilisateur nommé par l&apos;alerte</translation>
    </message>
    <message>
        <source>E&amp;scalate to incident…</source>
        <translation>E&amp;scalader en incident…</translation>
    </message>
    <message>
        <source>Escalate to incident</source>
        <translation>Escalader en incident</translation>
    </message>
    <message>
        <source>Open an incident from the alert, assigned to you</source>
        <translation>Ouvrir un incident à partir de l&apos;alerte, qui vous est attribué</translation>
    </message>
    <message>
        <source>&lt;p&gt;Escalated to &lt;a href=&quot;incidents/%1&quot;&gt;incident #%1&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Escaladée en &lt;a href=&quot;incidents/%1&quot;&gt;incident n° %1&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This alert names an address, not a user: there are no sessions to end</source>
        <translation>Cette alerte nomme une adresse, pas un utilisateur : il n&apos;y a aucune session à terminer</translation>
    </message>
    <message>
        <source>Already escalated to incident #%1</source>
        <translation>Déjà escaladée en incident n° %1</translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>Mettre fin aux sessions</translation>
    </message>
    <message>
        <source>End every session of &lt;b&gt;%1&lt;/b&gt;? They are signed out of every console at once and must sign in again with their password and code. The action is kept in the audit log with alert #%2.</source>
        <translation>Mettre fin à toutes les sessions de &lt;b&gt;%1&lt;/b&gt; ? La personne est déconnectée de chaque console immédiatement et doit se reconnecter avec son mot de passe et son code. L&apos;action est conservée dans le journal d&apos;audit avec l&apos;alerte n° %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of %1 ended.</source>
        <translation>
            <numerusform>%n session de %1 terminée.</numerusform>
            <numerusform>%n sessions de %1 terminées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an incident from &lt;b&gt;%1&lt;/b&gt;, assigned to you? It takes the alert&apos;s title and detail; the alert is linked to it and, if still open, acknowledged with a note naming the incident.</source>
        <translation>Ouvrir un incident à partir de &lt;b&gt;%1&lt;/b&gt;, qui vous est attribué ? Il reprend le titre et le détail de l&apos;alerte ; l&apos;alerte lui est liée et, si elle est encore ouverte, acquittée avec une note qui nomme l&apos;incident.</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Ouvrir l&apos;incident</translation>
    </message>
    <message>
        <source>Alert #%1 escalated to incident #%2: open it from the alert&apos;s detail.</source>
        <translation>Alerte n° %1 escaladée en incident n° %2 : ouvrez-le depuis le détail de l&apos;alerte.</translation>
    </message>
</context>
<context>
    <name>cc::ui::NavigationBadges</name>
    <message>
        <source>%1, waiting for you: %2</source>
        <translation>%1, en attente de vous : %2</translation>
    </message>
</context>
<context>
    <name>cc::ui::Navigator</name>
    <message>
        <source>“%1” is not a page you can open.</source>
        <translation>« %1 » n&apos;est pas une page que vous pouvez ouvrir.</translation>
    </message>
    <message>
        <source>This page cannot show “%1”.</source>
        <translation>Cette page ne peut pas afficher « %1 ».</translation>
    </message>
</context>
<context>
    <name>cc::ui::NotificationBell</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Your notifications; opens the latest</source>
        <translation>Vos notifications ; ouvre la plus récente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notifications&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notifications&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Mark every notification as read</source>
        <translation>Marquer toutes les notifications comme lues</translation>
    </message>
    <message>
        <source>Your latest notifications; Enter opens what one is about</source>
        <translation>Vos dernières notifications ; Entrée ouvre l&apos;élément concerné</translation>
    </message>
    <message>
        <source>Compliance Console</source>
        <translation>Compliance Console</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n nouvelle notification</numerusform>
            <numerusform>%n nouvelles notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n unread notification(s).</source>
        <translation>
            <numerusform>Vous avez %n notification non lue.</numerusform>
            <numerusform>Vous avez %n notifications non lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notification non lue</numerusform>
            <numerusform>%n notifications non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Aucune notification non lue</translation>
    </message>
    <message>
        <source>No notifications. Review reminders for the assets you own appear here.</source>
        <translation>Aucune notification. Les rappels de revue des actifs dont vous êtes propriétaire apparaissent ici.</translation>
    </message>
</context>
<context>
    <name>cc::ui::NotificationEmailDialog</name>
    <message>
        <source>Notification e-mail</source>
        <translation>Notifications par courriel</translation>
    </message>
    <message>
        <source>Every notification is in the console&apos;s bell. Choose which also reach you by e-mail: each one as it happens, one digest a day (sent after midnight UTC), or none.</source>
        <translation>Chaque notification se trouve dans la cloche de la console. Choisissez celles qui vous parviennent aussi par courriel : chacune dès qu&apos;elle arrive, un récapitulatif par jour (envoyé après minuit UTC), ou aucune.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save your e-mail choices</source>
        <translation>Enregistrer vos choix de courriel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Fermer sans rien modifier</translation>
    </message>
    <message>
        <source>Access requests to decide</source>
        <translation>Demandes d&apos;accès à décider</translation>
    </message>
    <message>
        <source>Decisions on my requests</source>
        <translation>Décisions sur mes demandes</translation>
    </message>
    <message>
        <source>My grants ending</source>
        <translation>Fin de mes autorisations</translation>
    </message>
    <message>
        <source>Amazon deletion requests due</source>
        <translation>Demandes de suppression d&apos;Amazon à échéance</translation>
    </message>
    <message>
        <source>Asset reviews due</source>
        <translation>Revues d&apos;actifs à échéance</translation>
    </message>
    <message>
        <source>Overdue asset reviews escalated</source>
        <translation>Revues d&apos;actifs en retard escaladées</translation>
    </message>
    <message>
        <source>Access review items waiting</source>
        <translation>Éléments de revue d&apos;accès en attente</translation>
    </message>
    <message>
        <source>Access reviews due</source>
        <translation>Revues d&apos;accès à échéance</translation>
    </message>
    <message>
        <source>Incident deadlines passed</source>
        <translation>Délais d&apos;incident dépassés</translation>
    </message>
    <message>
        <source>Monitoring alerts</source>
        <translation>Alertes de surveillance</translation>
    </message>
    <message>
        <source>Breach notices</source>
        <translation>Avis de violation</translation>
    </message>
    <message>
        <source>Audit trail alarms</source>
        <translation>Alarmes de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>My account locked</source>
        <translation>Mon compte verrouillé</translation>
    </message>
    <message>
        <source>My password or 2FA reset</source>
        <translation>Mon mot de passe ou ma 2FA réinitialisé</translation>
    </message>
    <message>
        <source>Controls I own failing</source>
        <translation>Contrôles dont je suis responsable en échec</translation>
    </message>
    <message>
        <source>Could not read your choices: %1</source>
        <translation>Impossible de lire vos choix : %1</translation>
    </message>
    <message>
        <source>Each one</source>
        <translation>Chacune</translation>
    </message>
    <message>
        <source>Daily digest</source>
        <translation>Récapitulatif quotidien</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Whether %1 also reach you by e-mail</source>
        <translation>Si %1 vous parviennent aussi par courriel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Always e-mailed at once&lt;/b&gt;, whatever you choose: %1.</source>
        <translation>&lt;b&gt;Toujours envoyés immédiatement par courriel&lt;/b&gt;, quels que soient vos choix : %1.</translation>
    </message>
    <message>
        <source>Vulnerabilities due soon</source>
        <translation>Vulnérabilités bientôt dues</translation>
    </message>
    <message>
        <source>Overdue vulnerabilities</source>
        <translation>Vulnérabilités en retard</translation>
    </message>
    <message>
        <source>Subcontractor assessments due soon</source>
        <translation>Évaluations de sous-traitants bientôt dues</translation>
    </message>
    <message>
        <source>Overdue subcontractor assessments</source>
        <translation>Évaluations de sous-traitants en retard</translation>
    </message>
    <message>
        <source>API credential rotations due soon</source>
        <translation>Rotations d&apos;identifiants d&apos;API bientôt dues</translation>
    </message>
    <message>
        <source>Overdue API credential rotations</source>
        <translation>Rotations d&apos;identifiants d&apos;API en retard</translation>
    </message>
</context>
<context>
    <name>cc::ui::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Amazon orders of a client, as your grants allow. Buyer PII is shown only with an orders.pii grant, and every read is audited with the grant&apos;s reason.</source>
        <translation>Commandes Amazon d&apos;un client, dans la limite de vos autorisations. Les PII des acheteurs ne sont affichées qu&apos;avec une autorisation orders.pii, et chaque lecture est auditée avec le motif de l&apos;autorisation.</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>Client account</source>
        <translation>Compte client</translation>
    </message>
    <message>
        <source>The client account whose orders to show</source>
        <translation>Le compte client dont afficher les commandes</translation>
    </message>
    <message>
        <source>Client account, e.g. Northwind Outdoor EU</source>
        <translation>Compte client, p. ex. Northwind Outdoor EU</translation>
    </message>
    <message>
        <source>Show PII (needs an orders.pii grant; audited)</source>
        <translation>Afficher les PII (nécessite une autorisation orders.pii ; audité)</translation>
    </message>
    <message>
        <source>Show PII</source>
        <translation>Afficher les PII</translation>
    </message>
    <message>
        <source>Include the buyers&apos; personal data; needs an orders.pii grant, and the read is audited</source>
        <translation>Inclure les données personnelles des acheteurs ; nécessite une autorisation orders.pii, et la lecture est auditée</translation>
    </message>
    <message>
        <source>Show orders</source>
        <translation>Afficher les commandes</translation>
    </message>
    <message>
        <source>Read the client&apos;s orders from the server</source>
        <translation>Lire les commandes du client sur le serveur</translation>
    </message>
    <message>
        <source>Export aggregates (CSV)…</source>
        <translation>Exporter les agrégats (CSV)…</translation>
    </message>
    <message>
        <source>Export aggregates</source>
        <translation>Exporter les agrégats</translation>
    </message>
    <message>
        <source>Save anonymised totals per client, marketplace and day as CSV</source>
        <translation>Enregistrer en CSV les totaux anonymisés par client, place de marché et jour</translation>
    </message>
    <message>
        <source>Anonymised totals per client, marketplace and day: the only Amazon data the console writes to a file</source>
        <translation>Totaux anonymisés par client, place de marché et jour : les seules données Amazon que la console écrit dans un fichier</translation>
    </message>
    <message>
        <source>Amazon order</source>
        <translation>Commande Amazon</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Achetée</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>PII</source>
        <translation>PII</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>The client&apos;s Amazon orders</source>
        <translation>Les commandes Amazon du client</translation>
    </message>
    <message>
        <source>Enter a client account you hold a grant for.</source>
        <translation>Saisissez un compte client pour lequel vous détenez une autorisation.</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>purgées</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>affichées</translation>
    </message>
    <message>
        <source>held, due %1</source>
        <translation>conservées, échéance %1</translation>
    </message>
    <message>
        <source>PII shown under grant %1 — reason: %2</source>
        <translation>PII affichées au titre de l&apos;autorisation %1 — motif : %2</translation>
    </message>
    <message>
        <source>No active orders.pii grant for this client: PII is not shown. Request access on the Access page, with a reason.</source>
        <translation>Aucune autorisation orders.pii active pour ce client : les PII ne sont pas affichées. Demandez un accès sur la page Accès, avec un motif.</translation>
    </message>
    <message>
        <source>No orders for this client.</source>
        <translation>Aucune commande pour ce client.</translation>
    </message>
    <message>
        <source>Export anonymised aggregates</source>
        <translation>Exporter les agrégats anonymisés</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported the anonymised aggregates to %1.</source>
        <translation>Agrégats anonymisés exportés vers %1.</translation>
    </message>
</context>
<context>
    <name>cc::ui::PageHeader</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Show only the rows of %1 that contain this text (Ctrl+F)</source>
        <translation>Afficher seulement les lignes de %1 contenant ce texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Read %1 again from the server (F5)</source>
        <translation>Relire %1 depuis le serveur (F5)</translation>
    </message>
</context>
<context>
    <name>cc::ui::PageSwitcher</name>
    <message>
        <source>Go to page</source>
        <translation>Aller à la page</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Page :</translation>
    </message>
    <message>
        <source>Type a page name, or a link like incidents/4</source>
        <translation>Saisissez un nom de page, ou un lien comme incidents/4</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Type part of a page&apos;s name, or a link such as incidents/4; Enter opens it</source>
        <translation>Saisissez une partie du nom d&apos;une page, ou un lien comme incidents/4 ; Entrée l&apos;ouvre</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>The pages matching what you typed; Enter opens one</source>
        <translation>Les pages correspondant à votre saisie ; Entrée en ouvre une</translation>
    </message>
</context>
<context>
    <name>cc::ui::PassphraseDialog</name>
    <message>
        <source>Passphrase for the archive</source>
        <translation>Phrase secrète de l’archive</translation>
    </message>
    <message>
        <source>&lt;p&gt;The data of request &lt;b&gt;%1&lt;/b&gt; is sealed into an archive with this passphrase (Argon2id, AES-256-GCM) before it is deleted here. Give Amazon the passphrase by another way than the archive. It is not stored anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les données de la demande &lt;b&gt;%1&lt;/b&gt; sont scellées dans une archive avec cette phrase secrète (Argon2id, AES-256-GCM) avant d’être supprimées ici. Transmettez la phrase secrète à Amazon par un autre moyen que l’archive. Elle n’est conservée nulle part.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s); Amazon opens the archive with it</source>
        <translation>
            <numerusform>Au moins %n caractère ; Amazon ouvre l’archive avec</numerusform>
            <numerusform>Au moins %n caractères ; Amazon ouvre l’archive avec</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète à nouveau</translation>
    </message>
    <message>
        <source>The same passphrase once more</source>
        <translation>La même phrase secrète une fois de plus</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Encore :</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuer…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Choose where to save the sealed archive</source>
        <translation>Choisir où enregistrer l’archive scellée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without fulfilling the request</source>
        <translation>Fermer sans exécuter la demande</translation>
    </message>
    <message>
        <source>%1 of at least %2 characters</source>
        <translation>%1 sur au moins %2 caractères</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Les phrases secrètes correspondent.</translation>
    </message>
</context>
<context>
    <name>cc::ui::PickedFile</name>
    <message>
        <source>Choose a file.</source>
        <translation>Choisissez un fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is %2; the store takes at most %3 in one request.</source>
        <translation>%1 fait %2 ; le dépôt accepte au plus %3 par requête.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
</context>
<context>
    <name>cc::ui::PolicyDialog</name>
    <message>
        <source>I have &amp;read and accept the policy</source>
        <translation>J’ai &amp;lu la politique et je l’accepte</translation>
    </message>
    <message>
        <source>Policy on the handling of Amazon data</source>
        <translation>Politique de traitement des données Amazon</translation>
    </message>
    <message>
        <source>Policy text</source>
        <translation>Texte de la politique</translation>
    </message>
    <message>
        <source>The full text of the policy, to read before accepting</source>
        <translation>Le texte complet de la politique, à lire avant de l’accepter</translation>
    </message>
    <message>
        <source>Accept the policy</source>
        <translation>Accepter la politique</translation>
    </message>
    <message>
        <source>Record that you have read and accept this version of the policy</source>
        <translation>Enregistrer que vous avez lu et acceptez cette version de la politique</translation>
    </message>
    <message>
        <source>You accepted version %1 on %2.</source>
        <translation>Vous avez accepté la version %1 le %2.</translation>
    </message>
    <message>
        <source>You have not accepted version %1 yet.</source>
        <translation>Vous n’avez pas encore accepté la version %1.</translation>
    </message>
    <message>
        <source>Your acknowledgement is overdue since %1.</source>
        <translation>Votre acceptation est en retard depuis le %1.</translation>
    </message>
    <message>
        <source>Please read and accept it by %1.</source>
        <translation>Veuillez la lire et l’accepter avant le %1.</translation>
    </message>
    <message>
        <source>Next acknowledgement due %1.</source>
        <translation>Prochaine acceptation attendue le %1.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Read and accept the policy another time, before it is due</source>
        <translation>Lire et accepter la politique plus tard, avant l’échéance</translation>
    </message>
    <message>
        <source>Close the policy</source>
        <translation>Fermer la politique</translation>
    </message>
    <message>
        <source>Your acknowledgement was not recorded: %1</source>
        <translation>Votre acceptation n’a pas été enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
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
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light, dark, or the system&apos;s colours</source>
        <translation>Clair, sombre, ou les couleurs du système</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The console&apos;s language, from its next start</source>
        <translation>La langue de la console, à partir de son prochain démarrage</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts. Messages from the server stay in English.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de la console. Les messages du serveur restent en anglais.</translation>
    </message>
    <message>
        <source>Settings given on the command line (--theme, --lang) hold for this run.</source>
        <translation>Les réglages passés en ligne de commande (--theme, --lang) s&apos;appliquent à cette exécution.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Keep these preferences</source>
        <translation>Conserver ces préférences</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Fermer sans rien modifier</translation>
    </message>
</context>
<context>
    <name>cc::ui::ReportIncidentDialog</name>
    <message>
        <source>Report incident</source>
        <translation>Déclarer un incident</translation>
    </message>
    <message>
        <source>Report an interruption, a degradation of service or a security event. The incident response team takes it from here.</source>
        <translation>Déclarez une interruption, une dégradation de service ou un événement de sécurité. L&apos;équipe de réponse aux incidents prend ensuite le relais.</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Ce qui s&apos;est passé, en quelques mots</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>What you saw, where, and what you have done so far</source>
        <translation>Ce que vous avez constaté, où, et ce que vous avez fait jusqu&apos;ici</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>De&amp;tected at:</source>
        <translation>Détecté &amp;le :</translation>
    </message>
    <message>
        <source>Amazon data is (or may be) involved</source>
        <translation>Des données Amazon sont (ou peuvent être) impliquées</translation>
    </message>
    <message>
        <source>The CTO and the CEO are notified as soon as you send this, and Amazon must be told within 24 hours of detection.</source>
        <translation>Le CTO et le CEO sont notifiés dès l&apos;envoi, et Amazon doit être informé dans les 24 heures suivant la détection.</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Décla&amp;rer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What happened, in a few words; required</source>
        <translation>Ce qui s&apos;est passé, en quelques mots ; obligatoire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>How bad it is, from 1 (critical) to 4 (low)</source>
        <translation>Son degré de gravité, de 1 (critique) à 4 (faible)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What kind of incident this is</source>
        <translation>Le type d&apos;incident</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Détecté le</translation>
    </message>
    <message>
        <source>When the incident was noticed, in your local time</source>
        <translation>Quand l&apos;incident a été constaté, en heure locale</translation>
    </message>
    <message>
        <source>Amazon data involved</source>
        <translation>Données Amazon impliquées</translation>
    </message>
    <message>
        <source>Tick when Amazon data is or may be involved: the CTO and CEO are told at once</source>
        <translation>Cochez si des données Amazon sont ou peuvent être impliquées : le CTO et le CEO sont informés immédiatement</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Déclarer</translation>
    </message>
    <message>
        <source>Report the incident to the response team</source>
        <translation>Déclarer l&apos;incident à l&apos;équipe de réponse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without reporting</source>
        <translation>Fermer sans déclarer</translation>
    </message>
</context>
<context>
    <name>cc::ui::RequestAccessDialog</name>
    <message>
        <source>Request access to Amazon data</source>
        <translation>Demander un accès aux données Amazon</translation>
    </message>
    <message>
        <source>Access is granted for a limited time by a compliance officer and every use is audited. Ask only for what the task needs.</source>
        <translation>L&apos;accès est accordé pour une durée limitée par un responsable de la conformité et chaque utilisation est auditée. Ne demandez que ce dont la tâche a besoin.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Data category:</source>
        <translation>&amp;Catégorie de données :</translation>
    </message>
    <message>
        <source>Client account</source>
        <translation>Compte client</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>C&amp;lient :</translation>
    </message>
    <message>
        <source>Why you need this data, e.g. the ticket or order you are working on</source>
        <translation>Pourquoi vous avez besoin de ces données, p. ex. le ticket ou la commande que vous traitez</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>At most %1 hours under the policy.</source>
        <translation>Au plus %1 heures selon la politique.</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Send &amp;request</source>
        <translation>&amp;Envoyer la demande</translation>
    </message>
    <message>
        <source>%1 characters; the policy asks for at least %2.</source>
        <translation>%1 caractères ; la politique en exige au moins %2.</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <source>The server&apos;s policy lists no data categories.</source>
        <translation>La politique du serveur ne liste aucune catégorie de données.</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Catégorie de données</translation>
    </message>
    <message>
        <source>The kind of data you need; categories marked with the PII sign hold personal data</source>
        <translation>Le type de données dont vous avez besoin ; les catégories marquées du signe PII contiennent des données personnelles</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why you need this data; the approver reads it and it is kept in the audit log</source>
        <translation>Pourquoi vous avez besoin de ces données ; l&apos;approbateur le lit et il est conservé dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Duration in hours</source>
        <translation>Durée en heures</translation>
    </message>
    <message>
        <source>How long the access lasts, at most %1 hours</source>
        <translation>Durée de l&apos;accès, au plus %1 heures</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <source>Send the request to the approvers</source>
        <translation>Envoyer la demande aux approbateurs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without sending a request</source>
        <translation>Fermer sans envoyer de demande</translation>
    </message>
    <message>
        <source>Loading the clients…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <source>The registered client account whose data the task needs</source>
        <translation>Le compte client enregistré dont la tâche a besoin des données</translation>
    </message>
    <message>
        <source>Optional: only these orders, e.g. 123-1234567-1234567</source>
        <translation>Facultatif : uniquement ces commandes, p. ex. 123-1234567-1234567</translation>
    </message>
    <message>
        <source>Amazon order ids</source>
        <translation>Numéros de commande Amazon</translation>
    </message>
    <message>
        <source>Optional: the Amazon order ids the task needs, separated by commas or spaces; leave empty for every order of the client</source>
        <translation>Facultatif : les numéros de commande Amazon dont la tâche a besoin, séparés par des virgules ou des espaces ; laissez vide pour toutes les commandes du client</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>&amp;Commandes :</translation>
    </message>
    <message>
        <source>No clients</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <source>Could not read the client accounts: %1</source>
        <translation>Impossible de lire les comptes clients : %1</translation>
    </message>
    <message>
        <source>No client account is registered yet: an administrator adds them, and every client with stored orders is listed.</source>
        <translation>Aucun compte client n&apos;est encore enregistré : un administrateur les ajoute, et chaque client ayant des commandes stockées est listé.</translation>
    </message>
    <message>
        <source>Choose the client account</source>
        <translation>Choisissez le compte client</translation>
    </message>
    <message>
        <source>%1 orders are listed: a request names at most %2; leave the field empty for every order of the client.</source>
        <translation>%1 commandes sont indiquées : une demande en nomme au plus %2 ; laissez le champ vide pour toutes les commandes du client.</translation>
    </message>
    <message>
        <source>“%1” is not an Amazon order id: use 1 to 64 letters, digits or dashes, e.g. 123-1234567-1234567.</source>
        <translation>« %1 » n&apos;est pas un numéro de commande Amazon : utilisez 1 à 64 lettres, chiffres ou tirets, p. ex. 123-1234567-1234567.</translation>
    </message>
    <message>
        <source>Leave empty for every order of the client</source>
        <translation>Laissez vide pour toutes les commandes du client</translation>
    </message>
    <message>
        <source>Only order data can be narrowed to named orders</source>
        <translation>Seules les données de commande peuvent être limitées à des commandes précises</translation>
    </message>
    <message>
        <source>Choose the client account whose data you need.</source>
        <translation>Choisissez le compte client dont vous avez besoin des données.</translation>
    </message>
</context>
<context>
    <name>cc::ui::ResetCredentialsDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Reset second factor</source>
        <translation>Réinitialiser le second facteur</translation>
    </message>
    <message>
        <source>Reset the password of %1? For a forgotten password: they set a new one with an enrolment code and prove the authenticator app they have.</source>
        <translation>Réinitialiser le mot de passe de %1 ? En cas de mot de passe oublié : la personne en définit un nouveau avec un code d&apos;enrôlement et saisit un code de l&apos;application d&apos;authentification qu&apos;elle possède déjà.</translation>
    </message>
    <message>
        <source>Reset the second factor of %1? For a lost or replaced phone: their authenticator secret is deleted at once, and they enrol a new one with an enrolment code and their current password.</source>
        <translation>Réinitialiser le second facteur de %1 ? En cas de téléphone perdu ou remplacé : son secret d&apos;authentification est supprimé immédiatement, et la personne en enrôle un nouveau avec un code d&apos;enrôlement et son mot de passe actuel.</translation>
    </message>
    <message>
        <source>At once their sessions end and their grants are suspended until they enrol again; the compliance officers are alerted, and the reset is audited. For separation of duties it counts as a change you made to their account.</source>
        <translation>Ses sessions prennent fin immédiatement et ses autorisations sont suspendues jusqu&apos;à ce qu&apos;elle s&apos;enrôle à nouveau ; les responsables de la conformité sont alertés et la réinitialisation est auditée. Pour la séparation des tâches, elle compte comme une modification que vous avez apportée à son compte.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Reset second factor</source>
        <translation>&amp;Réinitialiser le second facteur</translation>
    </message>
    <message>
        <source>Reset now and show the new enrolment code</source>
        <translation>Réinitialiser maintenant et afficher le nouveau code d&apos;enrôlement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without resetting anything</source>
        <translation>Fermer sans rien réinitialiser</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Close; the code is not shown again</source>
        <translation>Fermer ; le code ne sera plus affiché</translation>
    </message>
</context>
<context>
    <name>cc::ui::ResolveVulnerabilityDialog</name>
    <message>
        <source>Resolve %1</source>
        <translation>Résoudre %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2: %3&lt;br&gt;Say how it was resolved and attach the evidence (a scan report, a change ticket). The store keeps the document sealed and records its SHA-256.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sur %2 : %3&lt;br&gt;Indiquez comment elle a été résolue et joignez la preuve (un rapport d&apos;analyse, un ticket de changement). Le dépôt garde le document scellé et enregistre son SHA-256.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>How the vulnerability was resolved</source>
        <translation>Comment la vulnérabilité a été résolue</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>The evidence document&apos;s file</source>
        <translation>Le fichier du document de preuve</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose evidence</source>
        <translation>Choisir la preuve</translation>
    </message>
    <message>
        <source>Pick the evidence document from disk</source>
        <translation>Choisir le document de preuve sur le disque</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Preuve :</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Record the resolution and upload the evidence</source>
        <translation>Enregistrer la résolution et téléverser la preuve</translation>
    </message>
    <message>
        <source>Evidence document</source>
        <translation>Document de preuve</translation>
    </message>
    <message>
        <source>Say how it was resolved.</source>
        <translation>Indiquez comment elle a été résolue.</translation>
    </message>
</context>
<context>
    <name>cc::ui::RetentionPage</name>
    <message>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Amazon PII is purged when the policy&apos;s period after fulfilment ends; Amazon&apos;s deletion and return requests count down to their due time.</source>
        <translation>Les PII Amazon sont purgées à la fin de la période fixée par la politique après l&apos;expédition ; les demandes de suppression et de restitution d&apos;Amazon sont décomptées jusqu&apos;à leur échéance.</translation>
    </message>
    <message>
        <source>orders holding PII</source>
        <translation>commandes contenant des PII</translation>
    </message>
    <message>
        <source>PII due for purge this week</source>
        <translation>PII à purger cette semaine</translation>
    </message>
    <message>
        <source>overdue: kept past the policy (violation)</source>
        <translation>en retard : conservées au-delà de la politique (non-conformité)</translation>
    </message>
    <message>
        <source>Run retention sweep</source>
        <translation>Lancer la purge</translation>
    </message>
    <message>
        <source>Purge the PII and data keys of every order past its retention now</source>
        <translation>Purger maintenant les PII et les clés de données de chaque commande dont la durée de conservation est dépassée</translation>
    </message>
    <message>
        <source>PII held per client</source>
        <translation>PII conservées par client</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>PII held</source>
        <translation>PII conservées</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Échéance cette semaine</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Oldest PII (days)</source>
        <translation>PII la plus ancienne (jours)</translation>
    </message>
    <message>
        <source>Orders holding PII per client, those due this week and those overdue</source>
        <translation>Commandes contenant des PII par client, celles à échéance cette semaine et celles en retard</translation>
    </message>
    <message>
        <source>No Amazon PII is held.</source>
        <translation>Aucune PII Amazon n&apos;est conservée.</translation>
    </message>
    <message>
        <source>Deletion and return requests from Amazon</source>
        <translation>Demandes de suppression et de restitution d&apos;Amazon</translation>
    </message>
    <message>
        <source>Fulfil…</source>
        <translation>Exécuter…</translation>
    </message>
    <message>
        <source>Fulfil request</source>
        <translation>Exécuter la demande</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Deletion and return requests</source>
        <translation>Demandes de suppression et de restitution</translation>
    </message>
    <message>
        <source>Amazon&apos;s requests with their due time and state</source>
        <translation>Les demandes d&apos;Amazon avec leur échéance et leur état</translation>
    </message>
    <message>
        <source>No requests from Amazon.</source>
        <translation>Aucune demande d&apos;Amazon.</translation>
    </message>
    <message>
        <source>No sweep has run yet.</source>
        <translation>Aucune purge n&apos;a encore été effectuée.</translation>
    </message>
    <message>
        <source>Last sweep %1: %2</source>
        <translation>Dernière purge le %1 : %2</translation>
    </message>
    <message>
        <source>all data of %1</source>
        <translation>toutes les données de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) of %1</source>
        <translation>
            <numerusform>%n commande de %1</numerusform>
            <numerusform>%n commandes de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>one buyer&apos;s orders</source>
        <translation>les commandes d&apos;un acheteur</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Restitution</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Exécutée</translation>
    </message>
    <message>
        <source>Delete everything in the request&apos;s scope now</source>
        <translation>Supprimer maintenant tout ce qui relève du périmètre de la demande</translation>
    </message>
    <message>
        <source>Open: due %1.</source>
        <translation>Ouverte : échéance le %1.</translation>
    </message>
    <message>
        <source>Evidence: fulfilled %1 by %2; %3; %4; SHA-256 of the deleted ids %5%6</source>
        <translation>Preuves : exécutée le %1 par %2 ; %3 ; %4 ; SHA-256 des ID supprimés %5%6</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) deleted</source>
        <translation>
            <numerusform>%n commande supprimée</numerusform>
            <numerusform>%n commandes supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the PII of %n order(s) deleted with its keys</source>
        <translation>
            <numerusform>les PII de %n commande supprimées avec leurs clés</numerusform>
            <numerusform>les PII de %n commandes supprimées avec leurs clés</numerusform>
        </translation>
    </message>
    <message>
        <source>; archive SHA-256 %1</source>
        <translation> ; SHA-256 de l&apos;archive %1</translation>
    </message>
    <message numerus="yes">
        <source>Sweep done: the PII of %n order(s) was purged.</source>
        <translation>
            <numerusform>Purge terminée : les PII de %n commande ont été purgées.</numerusform>
            <numerusform>Purge terminée : les PII de %n commandes ont été purgées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfil deletion request</source>
        <translation>Exécuter la demande de suppression</translation>
    </message>
    <message>
        <source>all data of client %1</source>
        <translation>toutes les données du client %1</translation>
    </message>
    <message>
        <source>the PII of the orders in its scope</source>
        <translation>les PII des commandes de son périmètre</translation>
    </message>
    <message>
        <source>; the client&apos;s order facts are deleted too</source>
        <translation> ; les données de commande du client sont également supprimées</translation>
    </message>
    <message>
        <source>; the non-PII order facts stay for the aggregates</source>
        <translation> ; les données de commande hors PII sont conservées pour les agrégats</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Supprimer maintenant</translation>
    </message>
    <message>
        <source>Request %1 fulfilled; the evidence is below.</source>
        <translation>Demande %1 exécutée ; les preuves figurent ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Record request…</source>
        <translation>&amp;Enregistrer une demande…</translation>
    </message>
    <message>
        <source>Record request</source>
        <translation>Enregistrer une demande</translation>
    </message>
    <message>
        <source>Record a deletion or return request Amazon sent; its countdown starts at its receipt</source>
        <translation>Enregistrer une demande de suppression ou de restitution envoyée par Amazon ; le délai court depuis sa réception</translation>
    </message>
    <message>
        <source>Delete everything in the selected request&apos;s scope now; for a return, save the sealed archive first</source>
        <translation>Supprimer maintenant tout ce que couvre la demande choisie ; pour une restitution, enregistrer d’abord l’archive scellée</translation>
    </message>
    <message>
        <source>Seal the data in scope into an archive with a passphrase, save it, then delete the data here</source>
        <translation>Sceller les données concernées dans une archive avec une phrase secrète, l’enregistrer, puis supprimer les données ici</translation>
    </message>
    <message>
        <source>Request %1 recorded; it is due %2.</source>
        <translation>Demande %1 enregistrée ; échéance le %2.</translation>
    </message>
    <message>
        <source>Fulfil return request</source>
        <translation>Exécuter la demande de restitution</translation>
    </message>
    <message>
        <source>&lt;p&gt;Amazon&apos;s request &lt;b&gt;%1&lt;/b&gt; asks to return %2. Next you choose a passphrase and where to save the archive: the server seals the data with the passphrase (the archive is never plaintext), then deletes it here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La demande d’Amazon &lt;b&gt;%1&lt;/b&gt; demande la restitution de %2. Vous choisissez ensuite une phrase secrète et l’emplacement de l’archive : le serveur scelle les données avec la phrase secrète (l’archive n’est jamais en clair), puis les supprime ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Amazon&apos;s request &lt;b&gt;%1&lt;/b&gt; asks to delete %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La demande d’Amazon &lt;b&gt;%1&lt;/b&gt; demande la suppression de %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The PII and its data keys are destroyed for good, so no copy or backup can be decrypted again%1. The evidence (counts, time, you, a hash of the deleted ids) is recorded and audited.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les PII et leurs clés de données sont détruites définitivement : aucune copie ni sauvegarde ne peut plus être déchiffrée%1. La preuve (nombres, heure, vous, un hachage des identifiants supprimés) est enregistrée et journalisée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continuer…</translation>
    </message>
    <message>
        <source>Save the sealed archive</source>
        <translation>Enregistrer l’archive scellée</translation>
    </message>
    <message>
        <source>Sealed archives (*.json)</source>
        <translation>Archives scellées (*.json)</translation>
    </message>
    <message>
        <source>Nothing was fulfilled: no place to save the archive.</source>
        <translation>Rien n’a été exécuté : aucun emplacement pour l’archive.</translation>
    </message>
    <message>
        <source>Archive not saved</source>
        <translation>Archive non enregistrée</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The data is already deleted here: choose another place for its only archive.</source>
        <translation>Impossible d’écrire %1 : %2. Les données sont déjà supprimées ici : choisissez un autre emplacement pour leur unique archive.</translation>
    </message>
    <message>
        <source>Request %1 was fulfilled, but its archive was not saved.</source>
        <translation>La demande %1 a été exécutée, mais son archive n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The archive of %1 was saved to %2, but the server did not accept its SHA-256 %3: %4</source>
        <translation>L’archive de %1 a été enregistrée dans %2, mais le serveur n’a pas accepté son SHA-256 %3 : %4</translation>
    </message>
    <message>
        <source>Request %1 fulfilled. The sealed archive is saved to %2, SHA-256 %3 (audited). Send it to Amazon, and the passphrase by another way.</source>
        <translation>Demande %1 exécutée. L’archive scellée est enregistrée dans %2, SHA-256 %3 (journalisé). Envoyez-la à Amazon, et la phrase secrète par un autre moyen.</translation>
    </message>
    <message>
        <source>Legal holds per client</source>
        <translation>Conservations légales par client</translation>
    </message>
    <message>
        <source>&amp;Set hold…</source>
        <translation>&amp;Imposer une conservation…</translation>
    </message>
    <message>
        <source>Set legal hold</source>
        <translation>Imposer une conservation légale</translation>
    </message>
    <message>
        <source>Keep the selected client&apos;s non-PII order facts past the retention period, with a reason and an end date</source>
        <translation>Conserver les données de commande non personnelles du client sélectionné au-delà de la durée de conservation, avec un motif et une date de fin</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>&amp;Lever…</translation>
    </message>
    <message>
        <source>Release legal hold</source>
        <translation>Lever la conservation légale</translation>
    </message>
    <message>
        <source>End the selected client&apos;s legal hold; the next sweep deletes what is due</source>
        <translation>Mettre fin à la conservation légale du client sélectionné ; la prochaine purge supprime ce qui est échu</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Conservation légale</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Imposée par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Each client and the legal hold that keeps its non-PII order facts, if any</source>
        <translation>Chaque client et, le cas échéant, la conservation légale qui garde ses données de commande non personnelles</translation>
    </message>
    <message>
        <source>No clients are registered.</source>
        <translation>Aucun client n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Daily aggregates of deleted orders</source>
        <translation>Agrégats quotidiens des commandes supprimées</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Anonymised orders, items and sales per client, marketplace, day and currency, kept when the order facts were deleted</source>
        <translation>Commandes, articles et ventes anonymisés par client, place de marché, jour et devise, conservés lors de la suppression des données de commande</translation>
    </message>
    <message>
        <source>No order facts have been deleted yet.</source>
        <translation>Aucune donnée de commande n&apos;a encore été supprimée.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;No end date: until released</source>
        <translation>&amp;Sans date de fin : jusqu&apos;à la levée</translation>
    </message>
    <message>
        <source>Keep the non-PII order facts of &lt;b&gt;%1&lt;/b&gt; past the retention period? The PII is still purged after fulfilment, and Amazon&apos;s deletion requests still apply.</source>
        <translation>Conserver les données de commande non personnelles de &lt;b&gt;%1&lt;/b&gt; au-delà de la durée de conservation ? Les PII sont tout de même purgées après l&apos;exécution, et les demandes de suppression d&apos;Amazon s&apos;appliquent toujours.</translation>
    </message>
    <message>
        <source>&amp;Reason (the law or proceeding that needs them):</source>
        <translation>&amp;Motif (la loi ou la procédure qui les exige) :</translation>
    </message>
    <message>
        <source>Legal hold set on %1.</source>
        <translation>Conservation légale imposée pour %1.</translation>
    </message>
    <message>
        <source>&amp;Until (UTC):</source>
        <translation>&amp;Jusqu&apos;au (UTC) :</translation>
    </message>
    <message>
        <source>Set hold</source>
        <translation>Imposer la conservation</translation>
    </message>
    <message>
        <source>End the legal hold on &lt;b&gt;%1&lt;/b&gt; set by %2? The next sweep deletes its order facts older than the retention period.</source>
        <translation>Mettre fin à la conservation légale de &lt;b&gt;%1&lt;/b&gt; imposée par %2 ? La prochaine purge supprime ses données de commande plus anciennes que la durée de conservation.</translation>
    </message>
    <message>
        <source>&amp;Note for the audit log:</source>
        <translation>&amp;Note pour le journal d&apos;audit :</translation>
    </message>
    <message>
        <source>Legal hold on %1 released.</source>
        <translation>Conservation légale de %1 levée.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lever</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) past the retention period deleted; their daily figures are kept.</source>
        <translation>
            <numerusform>%n commande échue supprimée ; ses chiffres quotidiens sont conservés.</numerusform>
            <numerusform>%n commandes échues supprimées ; leurs chiffres quotidiens sont conservés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::RoleChecks</name>
    <message>
        <source>Give the person the role %1</source>
        <translation>Attribuer le rôle %1 à la personne</translation>
    </message>
</context>
<context>
    <name>cc::ui::RotateCredentialDialog</name>
    <message>
        <source>Record rotation of %1</source>
        <translation>Enregistrer la rotation de %1</translation>
    </message>
    <message numerus="yes">
        <source>Record that the secret was replaced; the next rotation falls due %n day(s) later.</source>
        <translation>
            <numerusform>Enregistrez le remplacement du secret ; la prochaine rotation sera due %n jour plus tard.</numerusform>
            <numerusform>Enregistrez le remplacement du secret ; la prochaine rotation sera due %n jours plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotated</source>
        <translation>Renouvelé le</translation>
    </message>
    <message>
        <source>When the secret was replaced; not later than now</source>
        <translation>Quand le secret a été remplacé ; pas après maintenant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>How it was rotated, e.g. the change ticket</source>
        <translation>Comment la rotation a été faite, par exemple le ticket de changement</translation>
    </message>
    <message>
        <source>&amp;Rotated:</source>
        <translation>&amp;Renouvelé le :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Record the rotation</source>
        <translation>Enregistrer la rotation</translation>
    </message>
</context>
<context>
    <name>cc::ui::StartAccessReviewDialog</name>
    <message>
        <source>Start an access review</source>
        <translation>Lancer une revue des accès</translation>
    </message>
    <message>
        <source>Every active grant and every role assignment is frozen as an item now; grants and role changes made later do not alter it. Each item goes to a reviewer who is never its holder.</source>
        <translation>Chaque autorisation active et chaque attribution de rôle sont figées dès maintenant en éléments ; les autorisations et changements de rôle ultérieurs ne les modifient pas. Chaque élément est confié à un réviseur qui n&apos;en est jamais le titulaire.</translation>
    </message>
    <message>
        <source>Q%1 %2 access review</source>
        <translation>Revue des accès T%1 %2</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Set the &amp;deadline (default: the policy&apos;s duration)</source>
        <translation>&amp;Fixer l&apos;échéance (par défaut : la durée de la politique)</translation>
    </message>
    <message>
        <source>Closes &amp;at:</source>
        <translation>Se te&amp;rmine le :</translation>
    </message>
    <message>
        <source>As the policy says</source>
        <translation>Selon la politique</translation>
    </message>
    <message>
        <source>Flag them as not reviewed</source>
        <translation>Les signaler comme non revus</translation>
    </message>
    <message>
        <source>Revoke the access</source>
        <translation>Révoquer l&apos;accès</translation>
    </message>
    <message>
        <source>Items not reviewed by then:</source>
        <translation>Éléments non revus à cette date :</translation>
    </message>
    <message>
        <source>&amp;Start review</source>
        <translation>&amp;Lancer la revue</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The campaign&apos;s name, as reviewers and the report show it</source>
        <translation>Le nom de la campagne, tel que le voient les réviseurs et le rapport</translation>
    </message>
    <message>
        <source>Set the deadline</source>
        <translation>Fixer l&apos;échéance</translation>
    </message>
    <message>
        <source>Choose when the review closes instead of the policy&apos;s duration</source>
        <translation>Choisir la fin de la revue au lieu de la durée fixée par la politique</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <source>When the review closes, in your local time</source>
        <translation>Quand la revue se termine, en heure locale</translation>
    </message>
    <message>
        <source>Items not reviewed by then</source>
        <translation>Éléments non revus à cette date</translation>
    </message>
    <message>
        <source>What happens to access nobody decided on by the deadline</source>
        <translation>Ce qu&apos;il advient des accès sur lesquels personne n&apos;a statué à l&apos;échéance</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Lancer la revue</translation>
    </message>
    <message>
        <source>Start the campaign: every reviewer is asked about the access they oversee</source>
        <translation>Lancer la campagne : chaque réviseur est sollicité pour les accès qu&apos;il supervise</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without starting a review</source>
        <translation>Fermer sans lancer de revue</translation>
    </message>
</context>
<context>
    <name>cc::ui::SubcontractorModel</name>
    <message>
        <source>Order facts</source>
        <translation>Données de commande</translation>
    </message>
    <message>
        <source>Buyer personal data</source>
        <translation>Données personnelles des acheteurs</translation>
    </message>
    <message>
        <source>Shipping addresses</source>
        <translation>Adresses de livraison</translation>
    </message>
    <message>
        <source>Tax invoices</source>
        <translation>Factures fiscales</translation>
    </message>
    <message>
        <source>Financial data</source>
        <translation>Données financières</translation>
    </message>
    <message>
        <source>Inventory and listings</source>
        <translation>Stocks et offres</translation>
    </message>
    <message>
        <source>Sales and traffic reports</source>
        <translation>Rapports de ventes et de trafic</translation>
    </message>
    <message>
        <source>No Amazon data</source>
        <translation>Aucune donnée Amazon</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>Approuvé sous conditions</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Terminé le %1</translation>
    </message>
    <message>
        <source>Overdue: it was due %1</source>
        <translation>En retard : l&apos;échéance était %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>Subcontractor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>Amazon data received</source>
        <translation>Données Amazon reçues</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>Dernière évaluation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
</context>
<context>
    <name>cc::ui::SubcontractorsPane</name>
    <message>
        <source>Subcontractors</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <source>Active subcontractors, only those overdue for assessment, ended ones, or all</source>
        <translation>Sous-traitants actifs, seulement ceux dont l&apos;évaluation est en retard, ceux qui ont pris fin, ou tous</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Assessment overdue</source>
        <translation>Évaluation en retard</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>All subcontractors</source>
        <translation>Tous les sous-traitants</translation>
    </message>
    <message>
        <source>&amp;Add subcontractor…</source>
        <translation>&amp;Ajouter un sous-traitant…</translation>
    </message>
    <message>
        <source>Record a firm that receives Amazon data</source>
        <translation>Enregistrer une entreprise qui reçoit des données Amazon</translation>
    </message>
    <message>
        <source>Record &amp;assessment…</source>
        <translation>Enregistrer une év&amp;aluation…</translation>
    </message>
    <message>
        <source>Record the risk assessment of the subcontractor on show, with its document</source>
        <translation>Enregistrer l&apos;évaluation des risques du sous-traitant affiché, avec son document</translation>
    </message>
    <message>
        <source>&amp;End…</source>
        <translation>&amp;Mettre fin…</translation>
    </message>
    <message>
        <source>End the subcontractor on show: it no longer receives data</source>
        <translation>Mettre fin au sous-traitant affiché : il ne reçoit plus de données</translation>
    </message>
    <message>
        <source>The subcontractor register: the Amazon data each receives and its assessment</source>
        <translation>Le registre des sous-traitants : les données Amazon que chacun reçoit et son évaluation</translation>
    </message>
    <message>
        <source>Assessment document SHA-256:</source>
        <translation>SHA-256 du document d&apos;évaluation :</translation>
    </message>
    <message>
        <source>Assessment document SHA-256</source>
        <translation>SHA-256 du document d&apos;évaluation</translation>
    </message>
    <message>
        <source>The SHA-256 the store recorded of the last assessment&apos;s document</source>
        <translation>Le SHA-256 que le dépôt a enregistré du document de la dernière évaluation</translation>
    </message>
    <message>
        <source>Subcontractor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>The selected subcontractor and its assessment</source>
        <translation>Le sous-traitant sélectionné et son évaluation</translation>
    </message>
    <message>
        <source>No subcontractors match. Record one with “Add subcontractor…”.</source>
        <translation>Aucun sous-traitant ne correspond. Enregistrez-en un avec « Ajouter un sous-traitant… ».</translation>
    </message>
    <message>
        <source>Subcontractor #%1 is not in the register.</source>
        <translation>Le sous-traitant n° %1 n&apos;est pas dans le registre.</translation>
    </message>
    <message>
        <source>No subcontractor selected</source>
        <translation>Aucun sous-traitant sélectionné</translation>
    </message>
    <message>
        <source>Select a subcontractor to see the data it receives and its last assessment.</source>
        <translation>Sélectionnez un sous-traitant pour voir les données qu&apos;il reçoit et sa dernière évaluation.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Amazon data</source>
        <translation>Données Amazon</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>Dernière évaluation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard : %1</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2 : %3</translation>
    </message>
    <message>
        <source>%1 added; its first assessment is due now.</source>
        <translation>%1 ajouté ; sa première évaluation est due dès maintenant.</translation>
    </message>
    <message>
        <source>Assessment of %1 recorded; next due %2. Document %3, SHA-256 %4.</source>
        <translation>Évaluation de %1 enregistrée ; prochaine échéance le %2. Document %3, SHA-256 %4.</translation>
    </message>
    <message>
        <source>%1 ended.</source>
        <translation>Fin de %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>cc::ui::TaskModel</name>
    <message>
        <source>No deadline</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — press Enter or double-click to open it</source>
        <translation>%1 — appuyez sur Entrée ou double-cliquez pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Overdue: it was due %1</source>
        <translation>En retard : l&apos;échéance était %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
</context>
<context>
    <name>cc::ui::TasksPage</name>
    <message>
        <source>My tasks</source>
        <translation>Mes tâches</translation>
    </message>
    <message>
        <source>Everything waiting for you, soonest due first: open an item to deal with it on its own page.</source>
        <translation>Tout ce qui vous attend, le plus urgent d&apos;abord : ouvrez un élément pour le traiter sur sa propre page.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show the selected item on its own page</source>
        <translation>Afficher l&apos;élément sélectionné sur sa propre page</translation>
    </message>
    <message>
        <source>What waits for you: the kind, what to do, when it is due and since when</source>
        <translation>Ce qui vous attend : le type, ce qu&apos;il faut faire, l&apos;échéance et depuis quand</translation>
    </message>
    <message>
        <source>Could not load your tasks: %1</source>
        <translation>Impossible de charger vos tâches : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load your tasks.</source>
        <translation>Impossible de charger vos tâches.</translation>
    </message>
    <message>
        <source>Nothing is waiting for you. New requests, reviews and deadlines appear here as they arrive.</source>
        <translation>Rien ne vous attend. Les nouvelles demandes, revues et échéances apparaissent ici dès leur arrivée.</translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <translation>En attente de vous : %1</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>en retard : %1</translation>
    </message>
    <message>
        <source>Select an item first</source>
        <translation>Sélectionnez d&apos;abord un élément</translation>
    </message>
</context>
<context>
    <name>cc::ui::ThirdPartiesPage</name>
    <message>
        <source>Third parties</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Subcontractors receiving Amazon data, assessed at least yearly, and the API credentials used to reach Amazon, each rotated on schedule by its owner.</source>
        <translation>Les sous-traitants qui reçoivent des données Amazon, évalués au moins une fois par an, et les identifiants d&apos;API utilisés pour accéder à Amazon, chacun renouvelé à temps par son propriétaire.</translation>
    </message>
    <message>
        <source>&amp;Subcontractors</source>
        <translation>&amp;Sous-traitants</translation>
    </message>
    <message>
        <source>API &amp;credentials</source>
        <translation>&amp;Identifiants d&apos;API</translation>
    </message>
</context>
<context>
    <name>cc::ui::ThirdPartyPane</name>
    <message>
        <source>Records to show</source>
        <translation>Entrées à afficher</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
</context>
<context>
    <name>cc::ui::Tile</name>
    <message>
        <source>%1; Enter opens where the work is</source>
        <translation>%1 ; Entrée ouvre la page où se trouve le travail</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cc::ui::TrendChart</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>cc::ui::TrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 has changed.&lt;/b&gt;&lt;br&gt;It does not match the fingerprint you trusted before. If the server&apos;s certificate was not renewed on purpose, someone may be intercepting the connection: cancel and ask your administrator.</source>
        <translation>&lt;b&gt;Le certificat de %1 a changé.&lt;/b&gt;&lt;br&gt;Il ne correspond pas à l&apos;empreinte que vous aviez approuvée. Si le certificat du serveur n&apos;a pas été renouvelé volontairement, quelqu&apos;un intercepte peut-être la connexion : annulez et contactez votre administrateur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 could not be verified.&lt;/b&gt;&lt;br&gt;Compare the SHA-256 fingerprint below with the one your administrator gave you. Trust it only if they are identical; the console will remember your choice for this server.</source>
        <translation>&lt;b&gt;Le certificat de %1 n&apos;a pas pu être vérifié.&lt;/b&gt;&lt;br&gt;Comparez l&apos;empreinte SHA-256 ci-dessous avec celle fournie par votre administrateur. Ne l&apos;approuvez que si elles sont identiques ; la console retiendra votre choix pour ce serveur.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Approuver ce certificat</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Approuver ce certificat</translation>
    </message>
    <message>
        <source>Remember this certificate for this server and connect; only after the fingerprint matched the one your administrator gave you</source>
        <translation>Retenir ce certificat pour ce serveur et se connecter ; seulement si l&apos;empreinte correspond à celle fournie par votre administrateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Do not connect to this server</source>
        <translation>Ne pas se connecter à ce serveur</translation>
    </message>
</context>
<context>
    <name>cc::ui::UserModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1, revoked after %2</source>
        <translation>%1, révocation après %2</translation>
    </message>
    <message>
        <source>leaves %1</source>
        <translation>part le %1</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrôlé</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non enrôlé</translation>
    </message>
    <message>
        <source>Offboarded at %1</source>
        <translation>Clôturé le %1</translation>
    </message>
    <message>
        <source>Enrolment completes at the user&apos;s first sign-in with a valid code.</source>
        <translation>L&apos;enrôlement se termine à la première connexion de l&apos;utilisateur avec un code valide.</translation>
    </message>
    <message>
        <source>Access ended %1 (UTC %2); the server revoked everything at %3, %4 later.</source>
        <translation>Accès terminé le %1 (UTC %2) ; le serveur a tout révoqué le %3, %4 plus tard.</translation>
    </message>
    <message>
        <source>Access ends %1 (UTC %2): sign-ins and tokens are refused from then on.</source>
        <translation>L&apos;accès prend fin le %1 (UTC %2) : les connexions et les jetons sont refusés à partir de ce moment.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>2FA</source>
        <translation>A2F</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Departure → revoked</source>
        <translation>Départ → révocation</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: locked until %1, except on their own console. Unlock lets them sign in now.</source>
        <translation>Trop d&apos;échecs de connexion : verrouillé jusqu&apos;au %1, sauf sur sa propre console. Déverrouiller lui permet de se connecter dès maintenant.</translation>
    </message>
    <message>
        <source>%1 on %2: no sign-in and no use of their grants until they enrol with their code (it expires %3).</source>
        <translation>%1 le %2 : aucune connexion ni utilisation de ses autorisations tant que la personne ne s&apos;est pas enrôlée avec son code (il expire le %3).</translation>
    </message>
    <message>
        <source>They set their password and authenticator with the enrolment code they were given, before %1.</source>
        <translation>La personne définit son mot de passe et son application d&apos;authentification avec le code d&apos;enrôlement reçu, avant le %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Roles: %1
Designated: %2</source>
        <translation>Rôles : %1
Désignations : %2</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>cc::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Accounts, roles and two-factor enrolment. Offboarding ends every grant, session and pending request at once, or at a departure time the server enforces.</source>
        <translation>Comptes, rôles et enrôlement à la double authentification. La clôture d&apos;un compte met fin à toutes ses autorisations, sessions et demandes en attente, immédiatement ou à une heure de départ appliquée par le serveur.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>Users to show</source>
        <translation>Utilisateurs à afficher</translation>
    </message>
    <message>
        <source>All users, the active ones, or the offboarded ones</source>
        <translation>Tous les utilisateurs, les actifs, ou ceux dont le compte est clôturé</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Offboarded</source>
        <translation>Clôturés</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Create an account; its holder enrols their second factor</source>
        <translation>Créer un compte ; son titulaire enrôle son second facteur</translation>
    </message>
    <message>
        <source>&amp;Offboard…</source>
        <translation>&amp;Clôturer…</translation>
    </message>
    <message>
        <source>Offboard user</source>
        <translation>Clôturer le compte</translation>
    </message>
    <message>
        <source>End the selected user&apos;s access now or at a departure time</source>
        <translation>Mettre fin à l&apos;accès de l&apos;utilisateur sélectionné maintenant ou à une heure de départ</translation>
    </message>
    <message>
        <source>Accounts, their roles and two-factor enrolment</source>
        <translation>Les comptes, leurs rôles et leur enrôlement à la double authentification</translation>
    </message>
    <message>
        <source>Could not load the users: %1</source>
        <translation>Impossible de charger les utilisateurs : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load the users.</source>
        <translation>Impossible de charger les utilisateurs.</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Aucun résultat pour ce filtre.</translation>
    </message>
    <message>
        <source>No users.</source>
        <translation>Aucun utilisateur.</translation>
    </message>
    <message>
        <source>End the selected user&apos;s access for good</source>
        <translation>Mettre fin définitivement à l&apos;accès de l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation>%1 (%2) créé.</translation>
    </message>
    <message>
        <source>Offboard &lt;b&gt;%1&lt;/b&gt; (%2)? At the departure time the server revokes all their grants, ends their sessions and cancels their pending requests, whether or not anyone is signed in. It cannot be undone.</source>
        <translation>Clôturer le compte de &lt;b&gt;%1&lt;/b&gt; (%2) ? À l&apos;heure de départ, le serveur révoque toutes ses autorisations, met fin à ses sessions et annule ses demandes en attente, que quelqu&apos;un soit connecté ou non. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Motif (facultatif) :</translation>
    </message>
    <message>
        <source>Access &amp;ends at (local time; now by default):</source>
        <translation>&amp;Fin de l&apos;accès (heure locale ; maintenant par défaut) :</translation>
    </message>
    <message>
        <source>Offboard</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <source>%1 leaves at %2: from then on the server refuses their sign-ins and revokes all their access.</source>
        <translation>%1 part le %2 : à partir de ce moment, le serveur refuse ses connexions et révoque tous ses accès.</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) revoked</source>
        <translation>
            <numerusform>%n autorisation révoquée</numerusform>
            <numerusform>%n autorisations révoquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended</source>
        <translation>
            <numerusform>%n session terminée</numerusform>
            <numerusform>%n sessions terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) cancelled</source>
        <translation>
            <numerusform>%n demande annulée</numerusform>
            <numerusform>%n demandes annulées</numerusform>
        </translation>
    </message>
    <message>
        <source>Access ends at</source>
        <translation>Fin de l&apos;accès</translation>
    </message>
    <message>
        <source>When the person&apos;s access ends, in your local time; now by default</source>
        <translation>Quand l&apos;accès de la personne prend fin, en heure locale ; maintenant par défaut</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation>Modifier l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s roles, title, name or e-mail</source>
        <translation>Modifier les rôles, la fonction, le nom ou le courriel de l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock user</source>
        <translation>Déverrouiller l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Let the selected user sign in again now, before their lockout ends</source>
        <translation>Permettre à l&apos;utilisateur sélectionné de se reconnecter dès maintenant, avant la fin de son verrouillage</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinit. mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>For a forgotten password: a new enrolment code for the selected user</source>
        <translation>En cas de mot de passe oublié : un nouveau code d&apos;enrôlement pour l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Reset &amp;2FA…</source>
        <translation>Réinit. A&amp;2F…</translation>
    </message>
    <message>
        <source>Reset second factor</source>
        <translation>Réinitialiser le second facteur</translation>
    </message>
    <message>
        <source>For a lost phone: the selected user enrols a new authenticator with a code</source>
        <translation>En cas de téléphone perdu : l&apos;utilisateur sélectionné enrôle une nouvelle application d&apos;authentification avec un code</translation>
    </message>
    <message>
        <source>Changed %1 (%2): %3.</source>
        <translation>%1 (%2) modifié : %3.</translation>
    </message>
    <message>
        <source>Could not unlock %1: %2</source>
        <translation>Impossible de déverrouiller %1 : %2</translation>
    </message>
    <message>
        <source>Unlocked %1: they can sign in again now.</source>
        <translation>%1 déverrouillé : la personne peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>Reset the password of %1.</source>
        <translation>Mot de passe de %1 réinitialisé.</translation>
    </message>
    <message>
        <source>Reset the second factor of %1.</source>
        <translation>Second facteur de %1 réinitialisé.</translation>
    </message>
    <message>
        <source>Offboarded %1: %2, %3, %4, %5.</source>
        <translation>Compte %1 clôturé : %2, %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) to reassign</source>
        <translation>
            <numerusform>%n actif à réattribuer</numerusform>
            <numerusform>%n actifs à réattribuer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::VulnerabilitiesPage</name>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>Findings from scanners and people: critical ones resolved within 7 days of discovery, high ones within 30, each with its evidence.</source>
        <translation>Constats des scanners et des personnes : les critiques résolus sous 7 jours après leur découverte, les élevés sous 30, chacun avec sa preuve.</translation>
    </message>
    <message>
        <source>Findings to show</source>
        <translation>Constats à afficher</translation>
    </message>
    <message>
        <source>Open findings, only the overdue ones, resolved ones, or all</source>
        <translation>Constats ouverts, seulement ceux en retard, résolus, ou tous</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolus</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Tous les constats</translation>
    </message>
    <message>
        <source>Severity to show</source>
        <translation>Gravité à afficher</translation>
    </message>
    <message>
        <source>Only the findings of one severity, or any</source>
        <translation>Seulement les constats d&apos;une gravité, ou toutes</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Source to show</source>
        <translation>Source à afficher</translation>
    </message>
    <message>
        <source>Only the findings recorded by hand, from SARIF scanners or from debsecan, or any</source>
        <translation>Seulement les constats saisis à la main, ceux des scanners SARIF ou ceux de debsecan, ou tous</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Toute source</translation>
    </message>
    <message>
        <source>Recorded by hand</source>
        <translation>Saisis à la main</translation>
    </message>
    <message>
        <source>SARIF scanners</source>
        <translation>Scanners SARIF</translation>
    </message>
    <message>
        <source>debsecan</source>
        <translation>debsecan</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Ajouter un constat</translation>
    </message>
    <message>
        <source>Record a vulnerability found by hand</source>
        <translation>Enregistrer une vulnérabilité trouvée à la main</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import scanner results</source>
        <translation>Importer des résultats de scanner</translation>
    </message>
    <message>
        <source>Add the findings of a SARIF or debsecan file: all of them or none</source>
        <translation>Ajouter les constats d&apos;un fichier SARIF ou debsecan : tous ou aucun</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Résoudre…</translation>
    </message>
    <message>
        <source>Resolve finding</source>
        <translation>Résoudre le constat</translation>
    </message>
    <message>
        <source>Record how the finding on show was resolved, with an evidence document</source>
        <translation>Enregistrer comment le constat affiché a été résolu, avec un document de preuve</translation>
    </message>
    <message>
        <source>The vulnerability register: each finding&apos;s severity, due date and state</source>
        <translation>Le registre des vulnérabilités : gravité, échéance et état de chaque constat</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>The selected finding and its resolution</source>
        <translation>Le constat sélectionné et sa résolution</translation>
    </message>
    <message>
        <source>Evidence SHA-256:</source>
        <translation>SHA-256 de la preuve :</translation>
    </message>
    <message>
        <source>Evidence SHA-256</source>
        <translation>SHA-256 de la preuve</translation>
    </message>
    <message>
        <source>The SHA-256 the store recorded of the evidence document</source>
        <translation>Le SHA-256 du document de preuve enregistré par le dépôt</translation>
    </message>
    <message>
        <source>No findings match. Record one with “Add…” or bring a scanner&apos;s results in with “Import…”.</source>
        <translation>Aucun constat ne correspond. Enregistrez-en un avec « Ajouter… » ou importez les résultats d&apos;un scanner avec « Importer… ».</translation>
    </message>
    <message>
        <source>Vulnerability #%1 could not be shown: %2</source>
        <translation>La vulnérabilité n° %1 ne peut pas être affichée : %2</translation>
    </message>
    <message>
        <source>No finding selected</source>
        <translation>Aucun constat sélectionné</translation>
    </message>
    <message>
        <source>Select a finding to see where it is, when it is due and how it was resolved.</source>
        <translation>Sélectionnez un constat pour voir où il se trouve, quand il est dû et comment il a été résolu.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard : %1</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation>Échéance était</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>This finding is already resolved.</source>
        <translation>Ce constat est déjà résolu.</translation>
    </message>
    <message>
        <source>%1 recorded; due %2.</source>
        <translation>%1 enregistré ; échéance %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s) added</source>
        <translation>
            <numerusform>%1 : %n constat ajouté</numerusform>
            <numerusform>%1 : %n constats ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already open</source>
        <translation>
            <numerusform>, %n déjà ouvert</numerusform>
            <numerusform>, %n déjà ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resolved. Evidence %2, SHA-256 %3.</source>
        <translation>%1 résolu. Preuve %2, SHA-256 %3.</translation>
    </message>
</context>
<context>
    <name>cc::ui::VulnerabilityModel</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Recorded by hand</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <source>SARIF (%1)</source>
        <translation>SARIF (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Résolue le %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Overdue: it was due %1</source>
        <translation>En retard : l&apos;échéance était %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Asset or component</source>
        <translation>Actif ou composant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>cc::ui::format</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Toutes les commandes</translation>
    </message>
</context>
<context>
    <name>cc::ui::theme</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Offboarded</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
</context>
</TS>
