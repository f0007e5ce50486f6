import type zhCN from './zh-CN';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const en: Shape<typeof zhCN> = {
  app: { title: 'CaseFlow case handling', subtitle: 'Cross-region service centres' },
  signIn: {
    title: 'Sign in', userName: 'User name', password: 'Password', submit: 'Sign in', failed: 'Wrong user name or password',
    expired: 'Your session has expired; please sign in again', signedOut: 'You have signed out',
  },
  shell: {
    signOut: 'Sign out', language: '中文', orgUnits: 'Org units', roles: 'Roles',
    nav: { home: 'Home', inbox: 'Inbox', designer: 'Process designer', intake: 'Window intake', approval: 'Approval', supervision: 'Supervision', incidents: 'Incidents', admin: 'Administration', cases: 'Cases' },
  },
  roles: { admin: 'Administrator', designer: 'Process designer', clerk: 'Window clerk', approver: 'Approver', supervisor: 'Supervisor' },
  home: { welcome: 'Hello, {{name}}', intro: 'Choose a page you may use from the menu.', pending: 'This page comes with a later version.' },
  definitions: {
    title: 'Workflow definitions', id: 'Id', name: 'Name', version: 'Latest version', state: 'State', created: 'Created', published: 'Published',
    running: 'Running instances', draft: 'Draft', publishedState: 'Published', latest: 'Latest', open: 'Design', versions: 'Versions', newDefinition: 'New definition',
    newId: 'Id (letters, digits, - and _)', newName: 'Name',
  },
  designer: {
    palette: 'Palette', properties: 'Properties', problems: 'Problems', noProblems: 'Valid: no problems', save: 'Save draft', publish: 'Publish',
    validate: 'Validate', undo: 'Undo', redo: 'Redo', fit: 'Zoom to fit', layout: 'Auto-layout', layoutAll: 'Re-layout all', copy: 'Copy',
    paste: 'Paste', remove: 'Delete', search: 'Search by name or type', exportJson: 'Export JSON', importJson: 'Import JSON', history: 'Versions',
    diff: 'Compare versions', dryRun: 'Dry run', saved: 'Draft saved (version {{version}})', publishedOk: 'Published version {{version}}',
    selectNode: 'Select a node to edit its properties', nodeId: 'Node id', nodeName: 'Node name', nodeType: 'Type', back: 'Back to list',
    imported: 'Imported', invalidJson: 'The file is not a workflow definition JSON', stats: '{{nodes}} nodes, {{edges}} connections',
    parseOk: 'The expression parses', compare: 'Compare', left: 'Older', right: 'Newer',
  },
  diff: {
    added: 'Added', removed: 'Removed', changed: 'Changed', connections: 'Connections', nodes: 'Nodes', noChanges: 'The versions are the same', property: 'Property',
  },
  dryRun: {
    finished: 'reached the end', waiting: 'stopped waiting', faulted: 'faulted', invalid: 'the definition is not valid', Started: 'started', Completed: 'completed', Suspended: 'waiting',
    Resumed: 'resumed', Faulted: 'faulted', Cancelled: 'cancelled',
  },
  inbox: {
    title: 'Inbox', tab: { mine: 'My tasks', queues: 'Claimable', delegated: 'Delegated to me' },
    col: { caseNo: 'Case number', item: 'Service item', applicant: 'Applicant', step: 'Step', received: 'Received', deadline: 'Deadline', actions: 'Actions' },
    level: { Green: 'On track', Yellow: 'Near due', Red: 'Overdue' },
    status: {
      Received: 'Received', InReview: 'In review', AwaitingSupplement: 'Awaiting supplement', Accepted: 'Accepted', Pushed: 'Pushed',
      InApproval: 'In approval', Decided: 'Decided', Delivering: 'Delivering', Archived: 'Archived', Cancelled: 'Cancelled',
    },
    taskState: { Open: 'Open', Claimed: 'Claimed', Completed: 'Completed', Cancelled: 'Cancelled' },
    filter: {
      q: 'Applicant or case number', item: 'Service item', status: 'Case status', level: 'Deadline level', region: 'Region code',
      dates: 'Received between', from: 'From', to: 'To', sort: 'Sort',
    },
    sort: { deadline: 'By deadline', created: 'By arrival' },
    saved: { pick: 'Saved filters', name: 'Filter name', save: 'Save filter', remove: 'Delete filter' },
    claim: 'Claim', release: 'Release', bulkClaim: 'Claim selected ({{count}})', claimed: '{{count}} claimed', released: '{{count}} released',
    failed: '{{count}} failed: ', empty: 'Nothing to do', noDeadline: 'No deadline', daysLeft: '{{count}} working days left',
    overdueDays: '{{count}} working days overdue', taskStatus: 'Task status', created: 'Arrived', outcomes: 'Outcomes',
    keys: 'Keys: j/k move, Enter opens, c claims, r releases, x selects, 1/2/3 switch tabs, / searches',
  },
  schema: { add: 'Add', value: 'Value', unit: 'Unit', json: 'JSON', workingDays: 'working days', days: 'days', workingHours: 'working hours' },
  care: { label: 'Care mode', turnOn: 'Turn care mode on: larger text, higher contrast', turnOff: 'Turn care mode off' },
  admin: {
    title: 'Administration', actions: 'Actions', save: 'Save', cancel: 'Cancel', yes: 'OK', no: 'Cancel', problem: 'Not saved: {{message}}',
    tab: { users: 'Users and memberships', 'org-units': 'Org units', rights: 'Window rights', calendar: 'Work calendar' },
    users: {
      userName: 'User name', displayName: 'Name', status: 'Status', active: 'Active', inactive: 'Deactivated', memberships: 'Memberships (unit · role)',
      create: 'New user', created: 'User {{name}} created', setMemberships: 'Memberships', membershipsOf: 'Memberships of {{name}}',
      membershipsNote: 'The user signs in again after saving; claimed tasks they may no longer act on return to their queues.', saved: 'Memberships of {{name}} saved',
      resetPassword: 'Reset password', resetPasswordOf: 'Reset the password of {{name}}', password: 'Password', passwordRule: 'At least 12 characters; every session of the user ends.',
      passwordSet: 'Password of {{name}} reset', deactivate: 'Deactivate', deactivateConfirm: 'Deactivate {{name}}? Every session ends at once.',
      deactivated: '{{name}} deactivated', orgUnit: 'Org unit', role: 'Role', orgUnitRequired: 'Choose an org unit', roleRequired: 'Choose a role',
      addMembership: 'Add membership', removeMembership: 'Remove',
    },
    org: {
      tree: 'Org units ({{count}})', create: 'New org unit', created: '{{name}} created', parent: 'Parent', parentHint: 'Select the parent in the tree',
      clearParent: 'No parent', code: 'Code', name: 'Name', kindLabel: 'Kind', category: 'Department category',
      kind: { Province: 'Province', City: 'City', District: 'District', Town: 'Town', Community: 'Community', Department: 'Department', Window: 'Window' },
    },
    rights: {
      filterWindow: 'Filter by window', grant: 'Grant a right', granted: 'Granted', revoke: 'Revoke', revokeConfirm: 'Revoke this grant? It stays on record.',
      revokedOk: 'Revoked', window: 'Window', right: 'Right', scope: 'Items', scopeItem: 'Item {{code}}', scopeCategory: 'Category {{category}}',
      allItems: 'Every item', validity: 'Valid', openEnded: 'open-ended', state: 'State', inForce: 'In force', notInForce: 'Not in force', revoked: 'Revoked',
      grantedBy: 'Granted by', item: 'Item implementation code', category: 'Item category', scopeHint: 'Neither code nor category: every item',
      validFrom: 'Valid from', validTo: 'Valid to (inclusive)', validToHint: 'Empty: open-ended',
      kind: { RemoteIntake: 'Remote intake', FormReview: 'Form review', OriginalCheck: 'Original check', OneTimeNotice: 'One-time notice', ResultDelivery: 'Result delivery' },
    },
    calendar: {
      loadedYears: 'Loaded years', year: 'Year', region: 'Region', national: 'National', daysOff: 'Days off', extraWorkdays: 'Make-up workdays', loadedAt: 'Loaded',
      load: 'Load a calendar', paste: 'Paste calendar JSON', pasteHint: 'Paste a year\'s calendar JSON (year, region, source, daysOff, extraWorkdays) or upload a file',
      upload: 'Upload file', submit: 'Load', loadedOk: 'Calendar {{year}} loaded; {{count}} deadlines recomputed',
      notLoaded: 'Calendar {{year}} is not loaded: weekends only; deadlines fall back to Monday–Friday', month: 'Month {{month}}', weekdays: 'Mo,Tu,We,Th,Fr,Sa,Su',
      mark: { workday: 'Mo', weekend: 'Sa', dayOff: 'Off', extraWorkday: 'W' },
      legend: { workday: 'Workday', weekend: 'Weekend', dayOff: 'Day off', extraWorkday: 'Make-up workday' },
    },
  },
  supervision: {
    title: 'Supervision', period: 'Period: {{from}} to {{to}}',
    filter: { period: 'Period', department: 'Department code', item: 'Item code', region: 'Region code', window: 'Window code', apply: 'Apply', reset: 'Reset' },
    kpi: {
      onTime: 'On-time rate', overdue: 'Overdue now', nearDue: 'Near due', stalled: 'Stalled', timeCut: 'Time cut vs statutory', immediate: 'Immediate share',
      trips: 'Trips per case', satisfaction: 'Satisfaction', rectificationShare: 'Rectification share', rectifiedShare: 'Rectified share',
      rectificationOnTimeShare: 'Rectified on time',
    },
    chart: { breakdown: 'Breakdown', trend: 'Daily trend', received: 'Received', finished: 'Finished', onTime: 'On-time rate' },
    dimension: { department: 'Department', item: 'Item', region: 'Region' },
    lists: 'Watch lists', list: { overdue: 'Overdue', 'near-due': 'Near due', stalled: 'Stalled', 'supervision-orders': 'Supervision orders' },
    card: { None: 'Normal', Warning: 'Warning', Yellow: 'Yellow card', Red: 'Red card' },
    col: {
      card: 'Card', caseNo: 'Case number', item: 'Item', step: 'Step', assignee: 'Assignee', department: 'Department', deadline: 'Deadline', days: 'Left / over',
      phone: 'Phone', actions: 'Actions',
    },
    daysLeft: '{{count}} working days left', daysOver: '{{count}} working days over', empty: 'No data',
    urge: {
      button: 'Urge', title: 'Urge', ok: 'Send', cancel: 'Cancel', reason: 'Reason', placeholder: 'Please speed up (add what is needed)',
      what: 'Urge the holder of “{{step}}” on case {{caseNo}}.', done: 'Urged {{caseNo}}: {{step}}', noTask: 'The case has no open step',
    },
    ranking: { title: 'Timeliness ranking', departments: 'Departments', people: 'People', rank: 'Rank', name: 'Name', done: 'Done', onTime: 'On time', orders: 'Orders', score: 'Score' },
    export: {
      report: 'Report to export', xlsx: 'Export XLSX', csv: 'Export CSV',
      reports: {
        overdue: 'Overdue cases', 'near-due': 'Near-due cases', stalled: 'Stalled cases', 'supervision-orders': 'Supervision orders', rates: 'Rates', daily: 'Daily rates',
        'by-department': 'By department', 'by-item': 'By item', 'by-region': 'By region', 'timeliness-departments': 'Timeliness (departments)',
        'timeliness-people': 'Timeliness (people)', ratings: 'Ratings',
      },
    },
  },
  incidents: {
    title: 'Incidents', empty: 'No incidents', status: { Open: 'Open', Resolved: 'Resolved', Cancelled: 'Cancelled' },
    col: { created: 'Raised', case: 'Case', activity: 'Step', message: 'Message', status: 'Status', actions: 'Actions' },
    retryTitle: 'Retry the incident', variables: 'Variables to fix', variablesHint: 'Variables to fix first (a JSON object, optional), e.g. {"spin": false}', variablesInvalid: 'Enter a JSON object',
    retry: 'Retry', retryConfirm: 'Run the step again with the current variables?', retried: 'Retried', cancel: 'Cancel instance', cancelTitle: 'Cancel the workflow instance',
    cancelWarning: 'Cancelling ends the workflow instance for good. Give a reason.', cancelOk: 'Cancel instance', reason: 'Reason', cancelled: 'Instance cancelled', close: 'Close',
  itemForm: {
    choose: 'Choose', regionPlaceholder: 'Region code, e.g. 500103', regionHint: 'A 6-digit administrative region code',
    format: { idNumber: '18-character resident ID number', phone: '11-digit mobile number', address: 'Province, city, district, street and number', name: 'Name', account: 'Account or card number' },
    rule: {
      required: '{{label}} is required', maxLength: '{{label}}: at most {{max}} characters', option: '{{label}} must be one of: {{options}}',
      date: '{{label}} must be a date (yyyy-MM-dd) between 1900 and 2100', number: '{{label}} must be a number', range: '{{label}} must be between {{min}} and {{max}}',
      pattern: '{{label}} does not have the required form', idNumber: '{{label}} must be an 18-character resident ID number (valid birth date and check digit)',
      phone: '{{label}} must be an 11-digit mobile number',
    },
  },
  intake: {
    title: 'Window intake', itemSection: 'Service item', item: 'Item', itemSearch: 'Search by item name or code', itemRequired: 'Choose a service item',
    situation: 'Situation', situationRequired: 'Choose a situation', chooseSituation: 'Choose a situation first',
    facts: { type: 'Type', committed: 'Committed limit', statutory: 'Statutory limit', fee: 'Fee', result: 'Result', scopes: 'Cross-region scopes' },
    applicantSection: 'Applicant', formSection: 'Application form', materialsSection: 'Materials',
    applicant: {
      name: 'Applicant name', nameRequired: 'The applicant name is required', idType: 'ID type', idNumber: 'ID number', idNumberRequired: 'The ID number is required',
      phone: 'Phone', phoneRequired: 'The phone is required', address: 'Address',
    },
    idType: { residentId: 'Resident ID card', residencePermit: 'HK/Macao/Taiwan residence permit' },
    delivery: { title: 'Delivery', mail: 'By post', window: 'At the window', address: 'Mailing address', addressRequired: 'Delivery by post needs a mailing address' },
    materials: {
      code: 'Code', name: 'Material', state: 'Received', required: 'Required', optional: 'Optional', original: 'Original checked', eLicence: 'E-licence possible',
      states: { submitted: 'Submitted', originalVerified: 'Original verified', electronicLicence: 'E-licence', missing: 'Missing' },
    },
    tooLong: 'At most {{max}} characters', submit: 'Take in', reset: 'Clear', created: 'Application taken in', caseNo: 'Case number: {{caseNo}}', failed: 'Not taken in',
  },
  instance: {
    title: 'Workflow instance', back: 'Back to the case', version: '{{id}} · version {{version}}',
    status: { Running: 'Running', Finished: 'Finished', Faulted: 'Faulted', Cancelled: 'Cancelled' },
    state: { waiting: 'Waiting', faulted: 'Incident' },
    legend: { visited: 'Passed', waiting: 'Waiting now', faulted: 'Incident', unvisited: 'Not reached', taken: 'Connection taken', notTaken: 'Not taken' },
    step: { Running: 'Running', Waiting: 'Waiting', Completed: 'Completed', Faulted: 'Faulted', Cancelled: 'Cancelled', MovedBack: 'Moved back' },
    kind: { task: 'Human task', event: 'Event', timer: 'Timer', subworkflow: 'Sub-workflow' },
    waitingTitle: 'Waiting now', notWaiting: 'Nothing is waiting', finished: 'The workflow has finished', incidentsTitle: 'Incidents', pathTitle: 'Path taken',
    claimed: 'claimed', unclaimed: 'unclaimed', since: 'since {{at}}', due: 'due {{at}}',
  },
};
export default en;
