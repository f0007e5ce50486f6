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
  care: { label: '关怀模式', turnOn: '开启关怀模式：大字体、高对比度', turnOff: '关闭关怀模式，恢复标准显示' },
  admin: {
    title: '系统管理', actions: '操作', save: '保存', cancel: '取消', yes: '确定', no: '取消', problem: '未保存：{{message}}',
    tab: { users: '用户与岗位', 'org-units': '组织机构', rights: '窗口权限', calendar: '工作日历' },
    users: {
      userName: '用户名', displayName: '姓名', status: '状态', active: '启用', inactive: '已停用', memberships: '岗位（机构 · 角色）',
      create: '新增用户', created: '已新增用户 {{name}}', setMemberships: '设置岗位', membershipsOf: '设置岗位：{{name}}',
      membershipsNote: '保存后该用户需重新登录；其已签收而无权再办的任务退回队列。', saved: '已保存 {{name}} 的岗位',
      resetPassword: '重置密码', resetPasswordOf: '重置密码：{{name}}', password: '密码', passwordRule: '至少 12 个字符；保存后该用户的所有登录失效。',
      passwordSet: '已重置 {{name}} 的密码', deactivate: '停用', deactivateConfirm: '停用 {{name}}？其所有登录立即失效。',
      deactivated: '已停用 {{name}}', orgUnit: '机构', role: '角色', orgUnitRequired: '请选择机构', roleRequired: '请选择角色',
      addMembership: '添加岗位', removeMembership: '移除',
    },
    org: {
      tree: '组织机构（{{count}}）', create: '新增机构', created: '已新增 {{name}}', parent: '上级机构', parentHint: '在左侧树中选择上级机构',
      clearParent: '不选上级', code: '机构代码', name: '机构名称', kindLabel: '类型', category: '部门类别',
      kind: { Province: '省级', City: '市级', District: '区县', Town: '乡镇街道', Community: '村社区', Department: '部门', Window: '窗口' },
    },
    rights: {
      filterWindow: '按窗口筛选', grant: '授予权限', granted: '已授予', revoke: '撤销', revokeConfirm: '撤销此项权限？记录将保留。',
      revokedOk: '已撤销', window: '窗口', right: '权限', scope: '适用事项', scopeItem: '事项 {{code}}', scopeCategory: '类别 {{category}}',
      allItems: '全部事项', validity: '有效期', openEnded: '长期', state: '状态', inForce: '有效', notInForce: '不在有效期', revoked: '已撤销',
      grantedBy: '授予人', item: '事项实施编码', category: '事项类别', scopeHint: '编码与类别都不填：适用全部事项',
      validFrom: '生效日期', validTo: '失效日期（含）', validToHint: '不填为长期有效',
      kind: { RemoteIntake: '异地收件权', FormReview: '形式审查权', OriginalCheck: '原件核验权', OneTimeNotice: '一次性告知权', ResultDelivery: '审批结果送达权' },
    },
    calendar: {
      loadedYears: '已载入年份', year: '年份', region: '区划', national: '全国', daysOff: '放假天数', extraWorkdays: '调休上班天数', loadedAt: '载入',
      load: '载入日历', paste: '粘贴日历 JSON', pasteHint: '粘贴某年的日历 JSON（year、region、source、daysOff、extraWorkdays），或上传文件',
      upload: '上传文件', submit: '载入', loadedOk: '已载入 {{year}} 年日历，重新计算 {{count}} 个时限',
      notLoaded: '{{year}} 年日历未载入：仅标出周末，期限按周一至周五推算', month: '{{month}}月', weekdays: '一,二,三,四,五,六,日',
      mark: { workday: '一', weekend: '六', dayOff: '休', extraWorkday: '班' },
      legend: { workday: '工作日', weekend: '周末', dayOff: '放假', extraWorkday: '调休上班' },
    },
  },
  supervision: {
    title: '效能监管', period: '统计期间：{{from}} 至 {{to}}',
    filter: { period: '统计期间', department: '办理部门编码', item: '事项实施编码', region: '区划代码', window: '受理窗口编码', apply: '查询', reset: '重置' },
    kpi: {
      onTime: '按时办结率', overdue: '当前超期', nearDue: '临近期限', stalled: '停滞办件', timeCut: '时限压缩率', immediate: '即办件占比',
      trips: '人均跑动次数', satisfaction: '满意率', rectificationShare: '整改率', rectifiedShare: '整改完成率', rectificationOnTimeShare: '按时整改率',
    },
    chart: { breakdown: '分组统计', trend: '每日趋势', received: '收件', finished: '办结', onTime: '按时办结率' },
    dimension: { department: '按部门', item: '按事项', region: '按区域' },
    lists: '监管清单', list: { overdue: '超期', 'near-due': '预警', stalled: '停滞', 'supervision-orders': '督办单' },
    card: { None: '正常', Warning: '预警', Yellow: '黄牌', Red: '红牌' },
    col: {
      card: '警示', caseNo: '办件编号', item: '事项', step: '当前环节', assignee: '办理人', department: '办理部门', deadline: '期限', days: '剩余/超期',
      phone: '联系电话', actions: '操作',
    },
    daysLeft: '剩 {{count}} 个工作日', daysOver: '超期 {{count}} 个工作日', empty: '暂无数据',
    urge: {
      button: '催办', title: '催办', ok: '发送催办', cancel: '取消', reason: '催办事由', placeholder: '请加快办理（可填写具体要求）',
      what: '向“{{step}}”的办理人催办办件 {{caseNo}}。', done: '已催办 {{caseNo}}：{{step}}', noTask: '该办件没有在办环节',
    },
    ranking: { title: '时效考核排名', departments: '按部门', people: '按人员', rank: '名次', name: '名称', done: '办结', onTime: '按时率', orders: '督办', score: '得分' },
    export: {
      report: '导出报表', xlsx: '导出 XLSX', csv: '导出 CSV',
      reports: {
        overdue: '超期办件', 'near-due': '预警办件', stalled: '停滞办件', 'supervision-orders': '督办单', rates: '效能指标', daily: '每日指标',
        'by-department': '按部门指标', 'by-item': '按事项指标', 'by-region': '按区域指标', 'timeliness-departments': '时效考核（部门）',
        'timeliness-people': '时效考核（人员）', ratings: '好差评统计',
      },
    },
  },
  incidents: {
    title: '流程异常', empty: '暂无流程异常', status: { Open: '待处理', Resolved: '已解决', Cancelled: '已取消' },
    col: { created: '发生时间', case: '办件', activity: '环节', message: '异常信息', status: '状态', actions: '操作' },
    retryTitle: '重试流程异常', variables: '修正变量', variablesHint: '修正的流程变量（JSON 对象，可不填），如 {"spin": false}', variablesInvalid: '请填写 JSON 对象',
    retry: '重试', retryConfirm: '按当前变量重新执行该环节？', retried: '已重试', cancel: '取消流程', cancelTitle: '取消流程实例',
    cancelWarning: '取消后该流程实例终止，不可恢复。请填写取消原因。', cancelOk: '确认取消', reason: '取消原因', cancelled: '已取消流程', close: '关闭',
  },
};
export default zhCN;
