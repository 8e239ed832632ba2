import type { Strings } from '../strings.js';

/** Deutsch. Sie-Form, wie in Kombos Verbindungsdialog. */
const de: Strings = {
  'empty.title': 'Noch keine Integration',
  'empty.body': 'Sobald ein Tool verbunden ist, erscheinen hier sein Zustand und die verfügbaren Daten.',
  loading: 'Integration wird geladen …',
  refreshing: 'Wird aktualisiert …',

  'error.title': 'Diese Integration kann nicht angezeigt werden',
  'error.refreshTitle': 'Aktualisierung fehlgeschlagen. Angezeigt wird der zuletzt geladene Stand.',
  'error.invalid-data': 'Die Daten der Integration sind unvollständig oder fehlerhaft.',
  'error.json': 'Die Daten sind kein gültiges JSON.',
  'error.parse': 'Der Server hat keine Integrationsdaten gesendet.',
  'error.network':
    'Die Integration konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  'error.timeout': 'Der Server hat zu lange nicht geantwortet. Versuchen Sie es gleich noch einmal.',
  'error.http': 'Der Server hat mit einem Fehler geantwortet (HTTP {status}).',
  'error.api': 'Der Integrationsdienst hat einen Fehler gemeldet.',
  'error.issues': 'Was nicht stimmt',
  retry: 'Erneut versuchen',

  'category.HRIS': 'HR-Software',
  'category.ATS': 'Bewerbermanagement',
  'category.ASSESSMENT': 'Eignungstests',
  'category.LMS': 'Lernplattform',
  beta: 'Beta',
  logo: 'Logo von {tool}',

  'health.title': 'Zustand der Verbindung',
  'status.ACTIVE': 'Aktiv',
  'status.ACTIVE.hint': 'Die Daten werden wie vorgesehen synchronisiert.',
  'status.INVALID': 'Zugangsdaten ungültig',
  'status.INVALID.hint':
    'Die Synchronisierung ist gestoppt, weil die Anmeldung nicht mehr gültig ist. Verbinden Sie die Integration neu, um fortzufahren.',
  'status.INACTIVE': 'Inaktiv',
  'status.INACTIVE.hint':
    'Die Synchronisierung ruht, weil die Integration ausgeschaltet wurde. Sie lässt sich wieder einschalten.',
  'status.label': 'Status',
  'setup.COMPLETED': 'Einrichtung abgeschlossen',
  'setup.COMPLETED.hint': 'Die Einrichtung ist fertig, die Daten stehen bereit.',
  'setup.INCOMPLETE': 'Einrichtung unvollständig',
  'setup.INCOMPLETE.hint':
    'Einige Schritte der Einrichtung, etwa Filter oder Feldzuordnung, fehlen noch, daher gibt es noch keine Daten. Schließen Sie die Einrichtung ab, um die Synchronisierung zu starten.',
  'setup.FINAL_SYNC_PENDING': 'Letzte Synchronisierung läuft',
  'setup.FINAL_SYNC_PENDING.hint':
    'Die Einrichtung ist abgeschlossen, die letzte Synchronisierung läuft. Danach stehen die Daten bereit.',
  'setup.label': 'Einrichtung',
  'expired.title': 'Synchronisierte Daten sind veraltet',
  'expired.body':
    'Eine Konfigurationsänderung am {date} hat die synchronisierten Daten ungültig gemacht. Die nächste erfolgreiche Synchronisierung ersetzt sie.',

  'details.title': 'Details der Verbindung',
  'details.organization': 'Organisation',
  'details.creator': 'Verbunden von',
  'details.origin': 'Kunden-ID',
  'details.scope': 'Scope-Konfiguration',
  'details.created': 'Verbunden am',
  'details.createdValue': '{date} ({relative})',
  'details.id': 'Integrations-ID',
  'details.none': 'Nicht angegeben',

  'coverage.title': 'Datenabdeckung',
  'coverage.models': '{available} von {total} Datenmodellen verfügbar',
  'coverage.fields': '{available} von {total} Feldern verfügbar',
  'coverage.actions': '{available} von {total} Aktionen verfügbar',

  'models.title': 'Lesbare Daten',
  'models.empty': 'Für diese Integration sind keine Datenmodelle aufgeführt.',
  'actions.title': 'Mögliche Aktionen',
  'actions.empty': 'Für diese Integration sind keine Aktionen aufgeführt.',
  'item.fields': '{available} von {total} Feldern verfügbar',
  'item.noFields': 'Keine Felder aufgeführt',
  'fields.loading': 'Felder werden geladen …',
  'fields.caption': 'Felder von {item}',
  'fields.name': 'Feld',
  'fields.availability': 'Verfügbarkeit',
  'fields.reason': 'Details',

  available: 'Verfügbar',
  unavailable: 'Nicht verfügbar',
  'coverage.SUPPORTED': 'Unterstützt',
  'coverage.UNSUPPORTED': 'Im Tool nicht vorhanden',
  'coverage.NOT_IMPLEMENTED': 'Noch nicht angebunden',
  'coverage.UNKNOWN': 'Noch nicht angebunden',
  'scope.ENABLED': 'Im Scope aktiviert',
  'scope.DISABLED': 'Im Scope deaktiviert',
  'scope.OPTIONAL': 'Im Scope optional',
  optedOut: 'Vom Kunden abgewählt',
  'reason.UNSUPPORTED': '{tool} bietet das nicht an.',
  'reason.NOT_IMPLEMENTED': '{tool} bietet das an, aber über diese Integration ist es noch nicht verfügbar.',
  'reason.UNKNOWN': 'Über diese Integration noch nicht verfügbar; ob {tool} das anbietet, ist unbekannt.',
  'reason.DISABLED': 'In der Scope-Konfiguration ausgeschaltet.',
  'reason.OPTED_OUT': 'Der Kunde hat das beim Verbinden abgewählt.',
  'connect.relink': 'Neu verbinden',
  'connect.setup': 'Einrichtung abschließen',
  'connect.opening': 'Wird geöffnet…',
  'connect.failed.relink': 'Neu verbinden ließ sich nicht starten.',
  'connect.failed.setup': 'Die Einrichtung ließ sich nicht öffnen.',
  'connect.badLink': 'Der Server hat keinen verwendbaren Link gesendet.',
  'error.connect':
    'Das Verbindungsfenster ließ sich nicht öffnen. Schließen Sie ein anderes offenes und versuchen Sie es erneut.',
  'connect.frame.relink': '{tool} neu verbinden',
  'connect.frame.setup': 'Einrichtung von {tool} abschließen',
};

export default de;
