// Loaded first by the strict-CSP pages (a classic script, 'self'): records every CSP violation.
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || event.sourceFile}`);
});
