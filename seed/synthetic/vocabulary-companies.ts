// Words for synthetic employer and front-company names, industries, positions and platforms.

export const COMPANY_WORDS_A = [
  'Blue',
  'North',
  'Bright',
  'Summit',
  'Cedar',
  'Harbor',
  'Silver',
  'Granite',
  'Pioneer',
  'Evergreen',
  'Atlas',
  'Beacon',
  'Crescent',
  'Falcon',
  'Horizon',
  'Iron',
  'Juniper',
  'Keystone',
  'Liberty',
  'Maple',
  'Meridian',
  'Nimbus',
  'Orchard',
  'Prairie',
  'Quartz',
  'Redwood',
  'Sterling',
  'Tidal',
  'Union',
  'Vertex',
  'Willow',
  'Zenith',
  'Aspen',
  'Birch',
  'Cobalt',
  'Delta',
  'Ember',
  'Frontier',
  'Golden',
  'Highland',
];

export const COMPANY_WORDS_B = [
  'Analytics',
  'Systems',
  'Software',
  'Labs',
  'Logistics',
  'Health',
  'Capital',
  'Digital',
  'Networks',
  'Media',
  'Robotics',
  'Payments',
  'Cloud',
  'Data',
  'Security',
  'Energy',
  'Retail',
  'Insurance',
  'Learning',
  'Games',
  'Biotech',
  'Foods',
  'Mobility',
  'Devices',
  'Studios',
  'Consulting',
  'Ventures',
  'Solutions',
  'Partners',
  'Works',
];

export const COMPANY_SUFFIXES = ['Inc.', 'LLC', 'Corp.', 'Co.', 'Group', 'Ltd.'];

export const INDUSTRIES = [
  'software',
  'fintech',
  'healthcare',
  'logistics',
  'retail',
  'media',
  'education',
  'defense contracting',
  'insurance',
  'crypto',
  'gaming',
  'staffing',
  'energy',
  'biotech',
];

export const POSITIONS = [
  'Software Engineer',
  'Senior Software Engineer',
  'Full-Stack Developer',
  'Backend Developer',
  'Mobile Developer',
  'DevOps Engineer',
  'Data Engineer',
  'Blockchain Developer',
  'QA Engineer',
  'IT Support',
];

export const FRONT_WORDS = [
  'Network Technology',
  'Information Technology',
  'Software Development',
  'Digital Trade',
];

export const LAPTOP_MODELS = [
  'Dell Latitude 5440',
  'Lenovo ThinkPad T14',
  'HP EliteBook 840',
  'Apple MacBook Pro 14',
  'Apple MacBook Air 13',
  'Lenovo ThinkPad X1 Carbon',
  'Dell XPS 13',
];

export const SERIAL_PREFIXES = ['C02', 'PF', '5CG', 'FVF', 'JN', 'CND'];

export const FREELANCE_PLATFORMS = ['Upwork', 'Freelancer', 'Toptal', 'Fiverr'];
export const PAYMENT_PLATFORMS = ['Payoneer', 'PayPal', 'Wise'];
/** Reserved example domains (RFC 2606): a synthetic email can never be someone's real address. */
export const MAIL_DOMAINS = ['mail.example', 'example.com', 'example.net', 'example.org'];
