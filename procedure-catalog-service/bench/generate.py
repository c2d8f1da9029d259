#!/usr/bin/env python3
"""Writes N synthetic procedures as catalogue import documents (BATCH per file) and a curl config of search URLs.

Usage: generate.py OUT_DIR PROCEDURES BATCH REQUESTS BASE_URL
Names are made of real words of education procedures, so that queries match a realistic share of the catalogue.
"""
import json, os, random, sys, urllib.parse

out, n, batch, requests, base = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
random.seed(20200305)
ACTIONS = ["Thành lập", "Cấp phép hoạt động", "Cho phép hoạt động trở lại", "Sáp nhập, chia tách", "Giải thể",
           "Cấp giấy chứng nhận", "Công nhận", "Chuyển đổi", "Gia hạn giấy phép", "Điều chỉnh"]
OBJECTS = ["trung tâm ngoại ngữ, tin học", "trường trung học phổ thông", "trường mầm non tư thục",
           "trung tâm giáo dục thường xuyên", "cơ sở giáo dục kỹ năng sống", "văn phòng đại diện giáo dục nước ngoài",
           "trường phổ thông dân tộc nội trú", "trung tâm hỗ trợ giáo dục hòa nhập", "dịch vụ tư vấn du học",
           "hoạt động dạy thêm, học thêm", "văn bằng, chứng chỉ", "trường trung cấp sư phạm"]
PLACES = ["", " có vốn đầu tư nước ngoài", " công lập", " tư thục", " trên địa bàn tỉnh", " thuộc thẩm quyền của Sở"]
FIELDS = [("HTQD", "Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân"), ("CSK", "Các cơ sở giáo dục khác"),
          ("VBCC", "Hệ thống văn bằng, chứng chỉ"), ("THITS", "Thi, tuyển sinh"), ("GDNN", "Giáo dục nghề nghiệp")]

def version(i, name, days, start):
    field = FIELDS[i % len(FIELDS)]
    return {"name": name, "field": {"code": field[0], "name": field[1]},
            "agency": {"code": "SGDDT-%02d" % (i % 63), "name": "Sở Giáo dục và Đào tạo"},
            "applicantTypes": ["BUSINESS"], "channels": ["DIRECT", "POSTAL", "ONLINE"], "onlineLevel": "PARTLY_ONLINE",
            "components": [{"code": "TP01", "name": "Tờ trình đề nghị", "mandatory": True, "originals": 1, "copies": 0},
                           {"code": "TP02", "name": "Đề án", "mandatory": True, "originals": 1, "copies": 0}],
            "processingTime": {"statutory": {"value": 15, "unit": "WORKING_DAYS"},
                               "committed": {"value": days, "unit": "WORKING_DAYS"}},
            "result": "Quyết định", "legalBasis": [{"number": "46/2017/NĐ-CP", "title": "Nghị định 46/2017/NĐ-CP"}],
            "status": "PUBLISHED", "effectiveFrom": start}

os.makedirs(out, exist_ok=True)
procedures = []
for i in range(n):
    name = "%s %s%s (%d)" % (random.choice(ACTIONS), random.choice(OBJECTS), random.choice(PLACES), i)
    first = version(i, name, 15, "2019-01-01")
    versions = [first]
    if i % 2 == 0:  # half of them were shortened, like Notice 371
        first["effectiveTo"] = "2020-03-05"
        versions.append(version(i, name, 12, "2020-03-05"))
    procedures.append({"code": "BENCH-%05d" % i, "versions": versions})
for k in range(0, n, batch):
    with open(os.path.join(out, "import-%03d.json" % (k // batch)), "w") as f:
        json.dump({"procedures": procedures[k:k + batch]}, f, ensure_ascii=False)

QUERIES = ["trung tam ngoai ngu", "Trung tâm ngoại ngữ, tin học", "cap phep hoat dong", "thanh lap truong",
           "giai the", "van bang chung chi", "du hoc", "hoa nhap", "BENCH-0421", "truong mam non tu thuc",
           "dan toc noi tru", "day them hoc them", "su pham", "von dau tu nuoc ngoai", "khong co ket qua nao"]
with open(os.path.join(out, "urls.cfg"), "w") as f:
    for r in range(requests):
        params = {"q": QUERIES[r % len(QUERIES)]}
        if r % 5 == 0:
            params["field"] = FIELDS[r % len(FIELDS)][0]
        if r % 7 == 0:
            params["page"] = "1"
        f.write('url = "%s/api/v1/procedures?%s"\noutput = "/dev/null"\n' % (base, urllib.parse.urlencode(params)))
