import type { Strings } from './en.js';

/** Italiano. Forma di cortesia (Lei). */
const it: Strings = {
  'empty.title': 'Nessuna integrazione da mostrare',
  'empty.body': 'Quando uno strumento sarà collegato, qui vedrà il suo stato e i dati disponibili.',
  loading: 'Caricamento dell’integrazione…',
  refreshing: 'Aggiornamento…',

  'error.title': 'Impossibile mostrare questa integrazione',
  'error.refreshTitle': 'Aggiornamento non riuscito. Sono mostrati gli ultimi dati caricati.',
  'error.invalid-data': 'I dati dell’integrazione sono incompleti o non validi.',
  'error.parse': 'Il server non ha inviato dati dell’integrazione.',
  'error.network': 'Impossibile caricare l’integrazione. Controlli la connessione e riprovi.',
  'error.timeout': 'Il server ha impiegato troppo tempo a rispondere. Riprovi tra poco.',
  'error.http': 'Il server ha risposto con un errore (HTTP {status}).',
  'error.api': 'Kombo ha segnalato un errore.',
  'error.issues': 'Che cosa non va',
  retry: 'Riprova',

  'category.HRIS': 'Software HR',
  'category.ATS': 'Gestione delle candidature',
  'category.ASSESSMENT': 'Valutazione',
  'category.LMS': 'Piattaforma di formazione',
  beta: 'Beta',
  logo: 'Logo di {tool}',

  'health.title': 'Stato del collegamento',
  'status.ACTIVE': 'Attiva',
  'status.ACTIVE.hint': 'I dati vengono sincronizzati regolarmente.',
  'status.INVALID': 'Credenziali non valide',
  'status.INVALID.hint':
    'La sincronizzazione si è interrotta perché l’accesso non è più valido. Ricolleghi l’integrazione per riprenderla.',
  'status.INACTIVE': 'Inattiva',
  'status.INACTIVE.hint':
    'La sincronizzazione è in pausa perché l’integrazione è stata disattivata. Si può riattivare.',
  'status.label': 'Stato',
  'setup.COMPLETED': 'Configurazione completata',
  'setup.COMPLETED.hint': 'La configurazione è terminata e i dati sono disponibili.',
  'setup.INCOMPLETE': 'Configurazione incompleta',
  'setup.INCOMPLETE.hint':
    'Alcuni passaggi, come i filtri o la mappatura dei campi, non sono completati, quindi non ci sono ancora dati. Completi la configurazione per avviare la sincronizzazione.',
  'setup.FINAL_SYNC_PENDING': 'Sincronizzazione finale in corso',
  'setup.FINAL_SYNC_PENDING.hint':
    'La configurazione è completata e la sincronizzazione finale è in corso. I dati saranno disponibili al termine.',
  'setup.label': 'Configurazione',
  'expired.title': 'I dati sincronizzati non sono aggiornati',
  'expired.body':
    'Una modifica della configurazione del {date} ha invalidato i dati sincronizzati. La prossima sincronizzazione riuscita li sostituirà.',

  'details.title': 'Dettagli del collegamento',
  'details.organization': 'Organizzazione',
  'details.creator': 'Collegata da',
  'details.origin': 'ID cliente',
  'details.scope': 'Configurazione degli scope',
  'details.created': 'Collegata il',
  'details.createdValue': '{date} ({relative})',
  'details.id': 'ID dell’integrazione',
  'details.none': 'Non indicato',

  'coverage.title': 'Copertura dei dati',
  'coverage.models': '{available} modelli di dati su {total} disponibili',
  'coverage.fields': '{available} campi su {total} disponibili',
  'coverage.actions': '{available} azioni su {total} disponibili',

  'models.title': 'Dati leggibili',
  'models.empty': 'Per questa integrazione non sono elencati modelli di dati.',
  'actions.title': 'Azioni possibili',
  'actions.empty': 'Per questa integrazione non sono elencate azioni.',
  'item.fields': '{available} campi su {total} disponibili',
  'item.noFields': 'Nessun campo elencato',
  'fields.loading': 'Caricamento dei campi…',
  'fields.caption': 'Campi di {item}',
  'fields.name': 'Campo',
  'fields.availability': 'Disponibilità',
  'fields.reason': 'Dettagli',

  available: 'Disponibile',
  unavailable: 'Non disponibile',
  'coverage.SUPPORTED': 'Supportato',
  'coverage.UNSUPPORTED': 'Non offerto dallo strumento',
  'coverage.NOT_IMPLEMENTED': 'Non ancora integrato',
  'coverage.UNKNOWN': 'Non ancora integrato',
  'scope.ENABLED': 'Attivo nello scope',
  'scope.DISABLED': 'Disattivato nello scope',
  'scope.OPTIONAL': 'Facoltativo nello scope',
  optedOut: 'Escluso dal cliente',
  'reason.UNSUPPORTED': '{tool} non offre questo dato.',
  'reason.NOT_IMPLEMENTED': '{tool} lo offre, ma Kombo non l’ha ancora integrato.',
  'reason.UNKNOWN': 'Non ancora integrato; non si sa se {tool} lo offra.',
  'reason.DISABLED': 'Disattivato nella configurazione degli scope.',
  'reason.OPTED_OUT': 'Il cliente lo ha escluso durante il collegamento.',
};

export default it;
