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
    title: 'Inbox', tab: { mine: 'My tasks', queues: 'Claimable', done: 'Done by me', delegated: 'Delegated to me' },
    col: { caseNo: 'Case number', item: 'Service item', applicant: 'Applicant', step: 'Step', received: 'Received', deadline: 'Deadline', actions: 'Actions', window: 'Intake window', department: 'Home department', outcome: 'Outcome' },
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
    transfer: {
      title: 'Transfer ({{count}})', ok: 'Transfer', to: 'Transfer to', reason: 'Reason', none: 'Nobody to transfer to', one: 'Transfer', bulk: 'Transfer selected ({{count}})',
      done: '{{count}} transferred',
    },
    keys: 'Keys: j/k move, Enter opens the case, c claims, r releases, t transfers, x selects, 1–4 switch tabs, / searches',
  },
  casePage: {
    back: 'Back to the inbox', item: 'Service item', applicant: 'Applicant', idNumber: 'ID number', phone: 'Phone', received: 'Received', trips: 'Trips',
    rounds: 'Supplement rounds', decisionBasis: 'Basis of the decision', form: 'Application form', materials: 'Materials', yes: 'Yes', no: 'No',
    material: { code: 'Code', name: 'Material', required: 'Required', state: 'State' },
    materialState: { Missing: 'Missing', Submitted: 'Submitted', OriginalVerified: 'Original verified', ElectronicLicence: 'E-licence' },
    point: { code: 'Code', text: 'Review point', result: 'Result', basis: 'Basis', pass: 'Pass', supplement: 'Supplement', fail: 'Fail' },
    outcome: { pass: 'Pass', supplement: 'One-time notice', reject: 'Reject', approve: 'Approve', accept: 'Accept', done: 'Done' },
    notice: {
      preview: 'One-time notice preview', item: 'To supplement', problem: 'Problem', basis: 'Basis', missing: 'Not handed in', faulty: 'Not as required; hand in again',
      empty: 'A one-time notice lists at least one missing or faulty material or review point.',
    },
    faulty: 'Materials not as required', outcomeLabel: 'Outcome', basis: 'Basis (article of law)', reason: 'Reason', note: 'Note', opinion: 'Opinion',
    complete: 'Submit: {{outcome}}', step: 'Current step: {{step}}', role: 'Role', return: 'Return', returnTo: 'Return to', withdraw: 'Withdraw', urge: 'Urge',
    urgeMessage: 'Message', comment: 'Comment', commentText: 'Comment', submit: 'Submit', saved: 'Saved', noOpenStep: 'No step is waiting',
    completedBy: 'Completed by', closed: 'Closed', noDocuments: 'No documents yet', openWorkflow: 'Open the workflow diagram',
    supplement: { title: 'Record the supplement', submit: 'Record supplement' },
    tab: { clocks: 'Time limits', documents: 'Documents ({{count}})', timeline: 'Timeline', tasks: 'Steps', audit: 'Audit', workflow: 'Workflow' },
    clock: {
      name: 'Clock', limit: 'Limit', due: 'Due', used: 'Used', level: 'Level', state: 'Timing', running: 'Running', paused: 'Paused', stopped: 'Stopped',
      stops: 'Excluded periods (art. 45)', noStops: 'None', reason: 'Reason', from: 'From', to: 'To', note: 'Note', stop: 'Stop the clock', end: 'End the stop',
      extend: 'Extend (art. 42)',
    },
    exclusion: {
      Hearing: 'Hearing', Tender: 'Tender', Auction: 'Auction', Inspection: 'Inspection', Testing: 'Testing', Quarantine: 'Quarantine', Appraisal: 'Appraisal',
      ExpertReview: 'Expert review', PublicNotice: 'Public notice', Supplement: 'Supplement',
    },
    document: { title: 'Document', created: 'Issued', sha: 'Digest', print: 'Print' },
    audit: { valid: 'Audit chain verified', broken: 'Audit chain broken', at: 'At', actor: 'Actor', action: 'Action', changes: 'Changes', hash: 'Hash' },
  },
  schema: { add: 'Add', value: 'Value', unit: 'Unit', json: 'JSON', workingDays: 'working days', days: 'days', workingHours: 'working hours' },
};
export default en;
