/** 简体中文（默认）。 */
const zhCN = {
  app: { title: 'CaseFlow 通办业务系统', subtitle: '全渝通办 · 全省通办 · 跨省通办' },
  signIn: {
    title: '用户登录', userName: '用户名', password: '密码', submit: '登录', failed: '用户名或密码错误',
    expired: '登录已过期，请重新登录', signedOut: '您已退出登录',
  },
  shell: {
    signOut: '退出登录', language: 'English', orgUnits: '所属机构', roles: '角色',
    nav: { home: '首页', inbox: '待办', designer: '流程设计', intake: '窗口收件', approval: '审批办理', supervision: '督查督办', incidents: '流程异常', admin: '系统管理', cases: '办件' },
  },
  roles: { admin: '系统管理员', designer: '流程设计员', clerk: '窗口受理人员', approver: '审批人员', supervisor: '督查人员' },
  home: { welcome: '您好，{{name}}', intro: '请从左侧菜单进入您有权使用的功能。', pending: '此页面由后续版本提供。' },
  definitions: {
    title: '流程定义', id: '定义编号', name: '名称', version: '最新版本', state: '状态', created: '创建时间', published: '发布时间',
    running: '运行中实例', draft: '草稿', publishedState: '已发布', latest: '最新', open: '设计', versions: '版本', newDefinition: '新建流程',
    newId: '定义编号（字母、数字、- 和 _）', newName: '流程名称',
  },
  designer: {
    palette: '组件', properties: '属性', problems: '问题', noProblems: '校验通过，没有问题', save: '保存草稿', publish: '发布',
    validate: '校验', undo: '撤销', redo: '重做', fit: '适应画布', layout: '自动布局', layoutAll: '全部重新布局', copy: '复制',
    paste: '粘贴', remove: '删除', search: '按名称或类型搜索', exportJson: '导出 JSON', importJson: '导入 JSON', history: '版本历史',
    diff: '版本比较', dryRun: '试运行', saved: '草稿已保存（版本 {{version}}）', publishedOk: '已发布版本 {{version}}',
    selectNode: '选择一个节点以编辑其属性', nodeId: '节点编号', nodeName: '节点名称', nodeType: '类型', back: '返回列表',
    imported: '已导入', invalidJson: '文件不是有效的流程定义 JSON', stats: '{{nodes}} 个节点，{{edges}} 条连线',
    parseOk: '表达式可解析', compare: '比较', left: '旧版本', right: '新版本',
  },
  diff: {
    added: '新增', removed: '删除', changed: '修改', connections: '连线', nodes: '节点', noChanges: '两个版本内容相同', property: '属性',
  },
  dryRun: {
    finished: '已走到结束', waiting: '停在等待处', faulted: '出错', invalid: '定义未通过校验', Started: '开始', Completed: '完成', Suspended: '等待',
    Resumed: '继续', Faulted: '出错', Cancelled: '取消',
  },
  inbox: {
    title: '待办', tab: { mine: '我的待办', queues: '可领取', done: '办过的', delegated: '委托给我' },
    col: { caseNo: '办件编号', item: '事项', applicant: '申请人', step: '环节', received: '收件时间', deadline: '办理时限', actions: '操作', window: '收件窗口', department: '办理部门', outcome: '办理结果' },
    level: { Green: '正常', Yellow: '预警', Red: '超期' },
    status: {
      Received: '已收件', InReview: '审查中', AwaitingSupplement: '待补正', Accepted: '已受理', Pushed: '已推送', InApproval: '审批中',
      Decided: '已决定', Delivering: '送达中', Archived: '已归档', Cancelled: '已撤销',
    },
    taskState: { Open: '待领取', Claimed: '已签收', Completed: '已办结', Cancelled: '已取消' },
    filter: {
      q: '申请人或办件编号', item: '事项', status: '办件状态', level: '时限状态', region: '区划代码', dates: '收件日期', from: '开始日期',
      to: '结束日期', sort: '排序',
    },
    sort: { deadline: '按时限', created: '按到达时间' },
    saved: { pick: '已保存的筛选', name: '筛选名称', save: '保存筛选', remove: '删除筛选' },
    claim: '签收', release: '释放', bulkClaim: '批量签收（{{count}}）', claimed: '已签收 {{count}} 件', released: '已释放 {{count}} 件',
    failed: '{{count}} 件未成功：', empty: '暂无待办', noDeadline: '无时限', daysLeft: '剩 {{count}} 个工作日',
    overdueDays: '超期 {{count}} 个工作日', taskStatus: '任务状态', created: '到达时间', outcomes: '可选结果',
    transfer: {
      title: '转办（{{count}} 件）', ok: '转办', to: '转办给', reason: '转办理由', none: '没有可转办的人员', one: '转办', bulk: '批量转办（{{count}}）',
      done: '已转办 {{count}} 件',
    },
    keys: '快捷键：j/k 上下移动，Enter 打开办件，c 签收，r 释放，t 转办，x 勾选，1–4 切换页签，/ 搜索',
  },
  casePage: {
    back: '返回待办', item: '事项', applicant: '申请人', idNumber: '证件号码', phone: '联系电话', received: '收件时间', trips: '跑动次数',
    rounds: '补正次数', decisionBasis: '决定依据', form: '申请表', materials: '申请材料', yes: '是', no: '否',
    material: { code: '编号', name: '材料名称', required: '必需', state: '状态' },
    materialState: { Missing: '缺失', Submitted: '已提交', OriginalVerified: '原件已核验', ElectronicLicence: '电子证照' },
    point: { code: '编号', text: '审核要点', result: '审查结果', basis: '依据', pass: '通过', supplement: '需补正', fail: '不通过' },
    outcome: { pass: '通过', supplement: '一次性告知', reject: '不予受理/不予许可', approve: '准予许可', accept: '受理', done: '办结' },
    notice: {
      preview: '一次性告知书预览', item: '需补正内容', problem: '问题', basis: '依据', missing: '未提交', faulty: '材料不符合要求，需重新提交',
      empty: '一次性告知至少列出一项缺失或不符合要求的材料或审核要点。',
    },
    faulty: '不符合要求的材料', outcomeLabel: '办理结果', basis: '依据（法律法规条款）', reason: '理由', note: '备注', opinion: '审批意见',
    complete: '提交：{{outcome}}', step: '当前环节：{{step}}', role: '办理角色', return: '退回', returnTo: '退回到', withdraw: '撤回', urge: '催办',
    urgeMessage: '催办内容', comment: '填写意见', commentText: '意见', submit: '提交', saved: '已保存', noOpenStep: '当前没有待办环节',
    completedBy: '办理人', closed: '办结时间', noDocuments: '暂无文书', openWorkflow: '打开流程图',
    supplement: { title: '登记补正材料', submit: '登记补正' },
    tab: { clocks: '时限', documents: '文书（{{count}}）', timeline: '办理过程', tasks: '办理环节', audit: '审计', workflow: '流程图' },
    clock: {
      name: '时限', limit: '时限长度', due: '到期', used: '已用', level: '状态', state: '计时', running: '计时中', paused: '暂停', stopped: '已停止',
      stops: '不计时期间（第四十五条）', noStops: '无', reason: '事由', from: '开始', to: '结束', note: '说明', stop: '开始不计时', end: '结束不计时',
      extend: '延长时限（第四十二条）',
    },
    exclusion: {
      Hearing: '听证', Tender: '招标', Auction: '拍卖', Inspection: '检验', Testing: '检测', Quarantine: '检疫', Appraisal: '鉴定', ExpertReview: '专家评审',
      PublicNotice: '公示', Supplement: '补正',
    },
    document: { title: '文书', created: '出具时间', sha: '摘要', print: '打印' },
    audit: { valid: '审计链校验通过', broken: '审计链校验未通过', at: '时间', actor: '操作人', action: '操作', changes: '变更', hash: '哈希' },
  },
  schema: { add: '添加', value: '数值', unit: '单位', json: 'JSON', workingDays: '工作日', days: '自然日', workingHours: '工作小时' },
};
export default zhCN;
