import type { Strings } from './en.js';

/** Français. Vouvoiement ; espaces insécables avant « : ; ? ! » et dans les nombres (Intl). */
const fr: Strings = {
  'empty.title': 'Aucune intégration à afficher',
  'empty.body': 'Dès qu’un outil est connecté, son état et les données disponibles s’affichent ici.',
  loading: 'Chargement de l’intégration…',
  refreshing: 'Mise à jour…',

  'error.title': 'Impossible d’afficher cette intégration',
  'error.refreshTitle': 'La mise à jour a échoué. Les dernières informations chargées restent affichées.',
  'error.invalid-data': 'Les données de l’intégration sont incomplètes ou mal formées.',
  'error.parse': 'Le serveur n’a pas envoyé de données d’intégration.',
  'error.network': 'Impossible de charger l’intégration. Vérifiez la connexion et réessayez.',
  'error.timeout': 'Le serveur a mis trop de temps à répondre. Réessayez dans un instant.',
  'error.http': 'Le serveur a répondu par une erreur (HTTP {status}).',
  'error.api': 'Kombo a signalé une erreur.',
  'error.issues': 'Ce qui ne va pas',
  retry: 'Réessayer',

  'category.HRIS': 'Logiciel RH',
  'category.ATS': 'Gestion des candidatures',
  'category.ASSESSMENT': 'Évaluation',
  'category.LMS': 'Plateforme de formation',
  beta: 'Bêta',
  logo: 'Logo de {tool}',

  'health.title': 'État de la connexion',
  'status.ACTIVE': 'Active',
  'status.ACTIVE.hint': 'Les données se synchronisent normalement.',
  'status.INVALID': 'Identifiants invalides',
  'status.INVALID.hint':
    'La synchronisation est arrêtée car les identifiants ne sont plus valides. Reconnectez l’intégration pour la reprendre.',
  'status.INACTIVE': 'Inactive',
  'status.INACTIVE.hint':
    'La synchronisation est en pause car l’intégration a été désactivée. Elle peut être réactivée.',
  'status.label': 'Statut',
  'setup.COMPLETED': 'Configuration terminée',
  'setup.COMPLETED.hint': 'La configuration est terminée et les données sont disponibles.',
  'setup.INCOMPLETE': 'Configuration incomplète',
  'setup.INCOMPLETE.hint':
    'Certaines étapes, comme les filtres ou la correspondance des champs, ne sont pas terminées : aucune donnée n’est encore disponible. Terminez la configuration pour lancer la synchronisation.',
  'setup.FINAL_SYNC_PENDING': 'Synchronisation finale en cours',
  'setup.FINAL_SYNC_PENDING.hint':
    'La configuration est terminée et la synchronisation finale est en cours. Les données seront disponibles ensuite.',
  'setup.label': 'Configuration',
  'expired.title': 'Les données synchronisées sont obsolètes',
  'expired.body':
    'Une modification de la configuration le {date} a invalidé les données synchronisées. La prochaine synchronisation réussie les remplacera.',

  'details.title': 'Détails de la connexion',
  'details.organization': 'Organisation',
  'details.creator': 'Connectée par',
  'details.origin': 'ID client',
  'details.scope': 'Configuration des scopes',
  'details.created': 'Connectée le',
  'details.createdValue': '{date} ({relative})',
  'details.id': 'ID de l’intégration',
  'details.none': 'Non renseigné',

  'coverage.title': 'Couverture des données',
  'coverage.models': '{available} modèles de données disponibles sur {total}',
  'coverage.fields': '{available} champs disponibles sur {total}',
  'coverage.actions': '{available} actions disponibles sur {total}',

  'models.title': 'Données consultables',
  'models.empty': 'Aucun modèle de données n’est indiqué pour cette intégration.',
  'actions.title': 'Actions possibles',
  'actions.empty': 'Aucune action n’est indiquée pour cette intégration.',
  'item.fields': '{available} champs disponibles sur {total}',
  'item.noFields': 'Aucun champ indiqué',
  'fields.loading': 'Chargement des champs…',
  'fields.caption': 'Champs de {item}',
  'fields.name': 'Champ',
  'fields.availability': 'Disponibilité',
  'fields.reason': 'Détails',

  available: 'Disponible',
  unavailable: 'Indisponible',
  'coverage.SUPPORTED': 'Pris en charge',
  'coverage.UNSUPPORTED': 'Absent de l’outil',
  'coverage.NOT_IMPLEMENTED': 'Pas encore intégré',
  'coverage.UNKNOWN': 'Pas encore intégré',
  'scope.ENABLED': 'Activé dans le scope',
  'scope.DISABLED': 'Désactivé dans le scope',
  'scope.OPTIONAL': 'Facultatif dans le scope',
  optedOut: 'Refusé par le client',
  'reason.UNSUPPORTED': '{tool} ne propose pas cette donnée.',
  'reason.NOT_IMPLEMENTED': '{tool} la propose, mais Kombo ne l’a pas encore intégrée.',
  'reason.UNKNOWN': 'Pas encore intégré ; on ne sait pas si {tool} la propose.',
  'reason.DISABLED': 'Désactivé dans la configuration des scopes.',
  'reason.OPTED_OUT': 'Le client l’a refusé lors de la connexion.',
};

export default fr;
