import type { Strings } from './en.js';

/** Español (neutro). Trato de usted. */
const es: Strings = {
  'empty.title': 'Aún no hay ninguna integración',
  'empty.body': 'Cuando se conecte una herramienta, aquí verá su estado y los datos disponibles.',
  loading: 'Cargando la integración…',
  refreshing: 'Actualizando…',

  'error.title': 'No se puede mostrar esta integración',
  'error.refreshTitle': 'No se pudo actualizar. Se muestran los últimos datos cargados.',
  'error.invalid-data': 'Los datos de la integración están incompletos o mal formados.',
  'error.parse': 'El servidor no envió datos de la integración.',
  'error.network': 'No se pudo cargar la integración. Compruebe la conexión e inténtelo de nuevo.',
  'error.timeout': 'El servidor tardó demasiado en responder. Inténtelo de nuevo en un momento.',
  'error.http': 'El servidor respondió con un error (HTTP {status}).',
  'error.api': 'Kombo informó de un error.',
  'error.issues': 'Qué está mal',
  retry: 'Reintentar',

  'category.HRIS': 'Software de RR. HH.',
  'category.ATS': 'Gestión de candidaturas',
  'category.ASSESSMENT': 'Evaluación',
  'category.LMS': 'Plataforma de formación',
  beta: 'Beta',
  logo: 'Logotipo de {tool}',

  'health.title': 'Estado de la conexión',
  'status.ACTIVE': 'Activa',
  'status.ACTIVE.hint': 'Los datos se sincronizan con normalidad.',
  'status.INVALID': 'Credenciales no válidas',
  'status.INVALID.hint':
    'La sincronización se detuvo porque el inicio de sesión ya no es válido. Vuelva a conectar la integración para reanudarla.',
  'status.INACTIVE': 'Inactiva',
  'status.INACTIVE.hint':
    'La sincronización está en pausa porque se desactivó la integración. Puede volver a activarse.',
  'status.label': 'Estado',
  'setup.COMPLETED': 'Configuración completa',
  'setup.COMPLETED.hint': 'La configuración ha terminado y los datos están disponibles.',
  'setup.INCOMPLETE': 'Configuración incompleta',
  'setup.INCOMPLETE.hint':
    'Faltan pasos de la configuración, como los filtros o la asignación de campos, así que aún no hay datos. Complete la configuración para empezar a sincronizar.',
  'setup.FINAL_SYNC_PENDING': 'Sincronización final pendiente',
  'setup.FINAL_SYNC_PENDING.hint':
    'La configuración está completa y la sincronización final está en curso. Los datos estarán disponibles cuando termine.',
  'setup.label': 'Configuración',
  'expired.title': 'Los datos sincronizados están desactualizados',
  'expired.body':
    'Un cambio de configuración el {date} invalidó los datos sincronizados. La próxima sincronización correcta los reemplazará.',

  'details.title': 'Detalles de la conexión',
  'details.organization': 'Organización',
  'details.creator': 'Conectada por',
  'details.origin': 'ID de cliente',
  'details.scope': 'Configuración de alcance',
  'details.created': 'Conectada el',
  'details.createdValue': '{date} ({relative})',
  'details.id': 'ID de la integración',
  'details.none': 'Sin indicar',

  'coverage.title': 'Cobertura de datos',
  'coverage.models': '{available} de {total} modelos de datos disponibles',
  'coverage.fields': '{available} de {total} campos disponibles',
  'coverage.actions': '{available} de {total} acciones disponibles',

  'models.title': 'Datos que se pueden leer',
  'models.empty': 'No hay modelos de datos para esta integración.',
  'actions.title': 'Acciones que se pueden realizar',
  'actions.empty': 'No hay acciones para esta integración.',
  'item.fields': '{available} de {total} campos disponibles',
  'item.noFields': 'No hay campos',
  'fields.loading': 'Cargando los campos…',
  'fields.caption': 'Campos de {item}',
  'fields.name': 'Campo',
  'fields.availability': 'Disponibilidad',
  'fields.reason': 'Detalles',

  available: 'Disponible',
  unavailable: 'No disponible',
  'coverage.SUPPORTED': 'Compatible',
  'coverage.UNSUPPORTED': 'La herramienta no lo ofrece',
  'coverage.NOT_IMPLEMENTED': 'Aún no integrado',
  'coverage.UNKNOWN': 'Aún no integrado',
  'scope.ENABLED': 'Activado en el alcance',
  'scope.DISABLED': 'Desactivado en el alcance',
  'scope.OPTIONAL': 'Opcional en el alcance',
  optedOut: 'Rechazado por el cliente',
  'reason.UNSUPPORTED': '{tool} no ofrece este dato.',
  'reason.NOT_IMPLEMENTED': '{tool} lo ofrece, pero Kombo aún no lo ha integrado.',
  'reason.UNKNOWN': 'Aún no integrado; se desconoce si {tool} lo ofrece.',
  'reason.DISABLED': 'Desactivado en la configuración de alcance.',
  'reason.OPTED_OUT': 'El cliente lo rechazó al conectar.',
};

export default es;
