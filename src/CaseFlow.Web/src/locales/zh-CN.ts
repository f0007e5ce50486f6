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
    title: '待办', tab: { mine: '我的待办', queues: '可领取', delegated: '委托给我' },
    col: { caseNo: '办件编号', item: '事项', applicant: '申请人', step: '环节', received: '收件时间', deadline: '办理时限', actions: '操作' },
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
    keys: '快捷键：j/k 上下移动，Enter 打开，c 签收，r 释放，x 勾选，1/2/3 切换页签，/ 搜索',
  },
  schema: { add: '添加', value: '数值', unit: '单位', json: 'JSON', workingDays: '工作日', days: '自然日', workingHours: '工作小时' },
  itemForm: {
    choose: '请选择', regionPlaceholder: '行政区划代码，如 500103', regionHint: '填写 6 位行政区划代码',
    format: { idNumber: '18 位公民身份号码', phone: '11 位手机号码', address: '省市区县、街道及门牌号', name: '姓名', account: '账号或卡号' },
    rule: {
      required: '请填写{{label}}', maxLength: '{{label}}最多 {{max}} 个字符', option: '{{label}}须为以下之一：{{options}}',
      date: '{{label}}须为 1900 至 2100 年间的日期（yyyy-MM-dd）', number: '{{label}}须为数字', range: '{{label}}须在 {{min}} 至 {{max}} 之间',
      pattern: '{{label}}格式不正确', idNumber: '{{label}}须为 18 位公民身份号码（出生日期有效、校验位正确）', phone: '{{label}}须为 11 位手机号码',
    },
  },
  intake: {
    title: '窗口收件', itemSection: '办事事项', item: '事项', itemSearch: '按事项名称或编码搜索', itemRequired: '请选择办事事项',
    situation: '办理情形', situationRequired: '请选择办理情形', chooseSituation: '请先选择办理情形',
    facts: { type: '事项类型', committed: '承诺时限', statutory: '法定时限', fee: '收费', result: '办理结果', scopes: '通办范围' },
    applicantSection: '申请人', formSection: '申请表', materialsSection: '材料清单',
    applicant: {
      name: '申请人姓名', nameRequired: '请填写申请人姓名', idType: '证件类型', idNumber: '证件号码', idNumberRequired: '请填写证件号码',
      phone: '联系电话', phoneRequired: '请填写联系电话', address: '联系地址',
    },
    idType: { residentId: '居民身份证', residencePermit: '港澳台居民居住证' },
    delivery: { title: '送达方式', mail: '邮寄送达', window: '窗口领取', address: '邮寄地址', addressRequired: '邮寄送达须填写邮寄地址' },
    materials: {
      code: '编号', name: '材料名称', state: '收取情况', required: '必需', optional: '非必需', original: '需核验原件', eLicence: '可用电子证照',
      states: { submitted: '已提交', originalVerified: '原件已核验', electronicLicence: '电子证照', missing: '缺少' },
    },
    tooLong: '最多 {{max}} 个字符', submit: '提交收件', reset: '重填', created: '收件成功', caseNo: '办件编号：{{caseNo}}', failed: '收件未成功',
  },
  instance: {
    title: '流程实例', back: '返回办件', version: '{{id}} · 版本 {{version}}',
    status: { Running: '运行中', Finished: '已结束', Faulted: '有异常', Cancelled: '已取消' },
    state: { waiting: '等待中', faulted: '异常' },
    legend: { visited: '已经过', waiting: '当前等待', faulted: '异常', unvisited: '未经过', taken: '走过的连线', notTaken: '未走的连线' },
    step: { Running: '执行中', Waiting: '等待', Completed: '完成', Faulted: '出错', Cancelled: '取消', MovedBack: '退回' },
    kind: { task: '人工任务', event: '等待事件', timer: '定时', subworkflow: '子流程' },
    waitingTitle: '当前等待', notWaiting: '没有等待中的环节', finished: '流程已结束', incidentsTitle: '异常', pathTitle: '走过的路径',
    claimed: '已领取', unclaimed: '待领取', since: '自 {{at}}', due: '期限 {{at}}',
  },
};
export default zhCN;
