/**
 * Catalogue ids that other parts of the project (pages, tests, published files) rely on by
 * name. The catalogue may hold more; it must hold at least these.
 */
export const REQUIRED_INDICATOR_IDS = [
  '5g-coverage',
  'vneid-account',
  'adult-digital-signature',
  'online-payment-rate',
  'dossier-digitization',
  'data-reuse',
  'e-health-record',
  'bank-account-15plus',
  'staff-basic-digital-skills',
  'adult-digital-services-access',
  'sme-digital-adoption',
  'cashless-transactions',
  'innovative-enterprises',
  'digital-economy-grdp',
  'commune-dti',
  'end-to-end-electronic-processing',
  'online-service-usage',
  'online-dossier-rate',
] as const;
