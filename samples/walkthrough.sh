#!/usr/bin/env bash
# Drives one cross-region case (居民身份证换领, taken in at 渝中区 and decided in 贵阳市南明区) from intake through a
# supplement loop, acceptance, push, approval and mail-back to Archived, printing each status.
# Usage: bash samples/walkthrough.sh [base-url]   (default http://localhost:5080; needs curl and python3)
set -euo pipefail
BASE="${1:-http://localhost:5080}"

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {'d': d}))" "$1"; }
call() { # method path token [body]
  local out code
  out=$(curl -sS -X "$1" "$BASE$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' ${4:+--data "$4"} -w $'\n%{http_code}')
  code="${out##*$'\n'}"; out="${out%$'\n'*}"
  if [[ "$code" != 2* ]]; then echo "FAILED $1 $2 -> HTTP $code: $out" >&2; exit 1; fi
  printf '%s' "$out"
}
login() { curl -sS -X POST "$BASE/api/auth/login" -H 'Content-Type: application/json' --data "{\"userName\":\"$1\",\"password\":\"$2\"}" | json "d['accessToken']"; }
status() { call GET "/api/cases/$CASE" "$CLERK" | json "d['status'] + ' / ' + d['outcome']"; }
task_of() { # token activityId -> id of the open task of this case at that step
  call GET "/api/tasks/queues?caseNo=$CASE_NO" "$1" | json "[t['id'] for t in d['items'] if t['activityId']=='$2'][0]"
}
step() { printf '%-34s %s\n' "$1" "$(status)"; }

CLERK=$(login clerk CaseFlow-clerk-2026)
APPROVER=$(login approver CaseFlow-approver-2026)
ITEM=11500000MB1234567X000107001000

CREATED=$(call POST /api/cases "$CLERK" '{
  "itemCode": "'$ITEM'", "situationCode": "01",
  "applicant": { "name": "张三", "idNumber": "520102199001191234", "phone": "13800138000", "address": "重庆市渝中区解放碑街道民族路 1 号" },
  "form": { "homeRegion": "520102", "applicantName": "张三", "idNumber": "520102199001191234", "reason": "有效期满换领",
            "pickupMethod": "EMS邮寄送达", "mailingAddress": "重庆市渝中区解放碑街道民族路 1 号" },
  "materials": [ { "code": "M01", "state": "originalVerified" } ],
  "deliveryMethod": "mail", "deliveryAddress": "重庆市渝中区解放碑街道民族路 1 号"
}')
CASE=$(echo "$CREATED" | json "d['id']"); CASE_NO=$(echo "$CREATED" | json "d['caseNo']")
REQUIRED=$(echo "$CREATED" | json "' '.join(m['code'] for m in d['materials'] if m['required'])")
echo "办件 $CASE_NO (id $CASE), required materials: $REQUIRED"
step "1 收件 (intake)"

REVIEW=$(task_of "$CLERK" review)
# The review-point checklist (审核要点) goes with every review; here each point passes and the materials are incomplete.
CHECKLIST='[{"code":"R01","result":"pass"},{"code":"R02","result":"pass"},{"code":"R03","result":"pass"},{"code":"R04","result":"pass"}]'
call POST "/api/tasks/$REVIEW/complete" "$CLERK" "{\"outcome\":\"supplement\",\"data\":{\"note\":\"请补正全部材料\",\"checklist\":$CHECKLIST}}" >/dev/null
step "2 一次性告知 (supplement notice)"

MATERIALS=$(python3 -c "import json,sys; print(json.dumps([{'code': c, 'state': 'submitted'} for c in sys.argv[1:]]))" $REQUIRED)
call POST "/api/cases/$CASE/supplement" "$CLERK" "{\"materials\": $MATERIALS}" >/dev/null
step "3 补正 (supplement handed in)"

REVIEW=$(task_of "$CLERK" review)
call POST "/api/tasks/$REVIEW/complete" "$CLERK" "{\"outcome\":\"pass\",\"data\":{\"checklist\":$CHECKLIST}}" >/dev/null
step "4 审查通过、受理、推送 (accepted, pushed)"

APPROVAL=$(task_of "$APPROVER" approval)
call POST "/api/tasks/$APPROVAL/claim" "$APPROVER" >/dev/null
call POST "/api/tasks/$APPROVAL/complete" "$APPROVER" '{"outcome":"approve","data":{"opinion":"符合换领条件"}}' >/dev/null
step "5 审批通过、邮寄 (approved, mailed)"

WAYBILL=$(call GET "/api/cases/$CASE" "$CLERK" | json "d['waybill']")
call POST "/api/cases/$CASE/delivery" "$CLERK" "{\"waybill\":\"$WAYBILL\",\"signedBy\":\"张三\"}" >/dev/null
step "6 签收、归档 (delivered, archived)"

FINAL=$(call GET "/api/cases/$CASE" "$CLERK" | json "d['status']")
echo "Timeline:"; call GET "/api/cases/$CASE/timeline" "$CLERK" | json "'\n'.join('  ' + e['summary'] for e in d)"
if [[ "$FINAL" != "Archived" ]]; then echo "Case ended $FINAL, not Archived" >&2; exit 1; fi
AUDIT=$(call GET "/api/cases/$CASE/audit/verify" "$CLERK")
echo "Audit: $(echo "$AUDIT" | json "d['summary']")"
if [[ "$(echo "$AUDIT" | json "d['valid']")" != "True" ]]; then echo "Audit chain broken: $AUDIT" >&2; exit 1; fi
echo "OK: $CASE_NO Archived"
