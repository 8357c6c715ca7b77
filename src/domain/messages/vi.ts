/**
 * Vietnamese messages (the primary language). Each says what is wrong and how to
 * fix it; the location ("Tệp …, trang …, ô …") is prefixed by `where()`.
 * Placeholders `{name}` are the params declared in ISSUE_DEFS.
 */
import type { IssueCode, WhereLabels } from '../issues';

export const MESSAGES_VI: Record<IssueCode, string> = {
  FILE_NOT_FOUND:
    'Không tìm thấy tệp hoặc không có quyền mở tệp. Hãy kiểm tra lại đường dẫn, tên tệp (kể cả phần đuôi .xlsx) và quyền truy cập.',
  FILE_NOT_XLSX:
    'Tệp có định dạng “{ext}”, không phải sổ làm việc Excel (.xlsx) nên không đọc được. Hãy nhập số liệu vào biểu mẫu .xlsx đã được cấp cho đơn vị, lưu dưới dạng “Sổ làm việc Excel (*.xlsx)” rồi gửi lại.',
  FILE_XLSM:
    'Tệp là sổ làm việc có macro (.xlsm); vì lý do an toàn, hệ thống không nhận tệp có macro. Hãy lưu lại dưới dạng “Sổ làm việc Excel (*.xlsx)” rồi gửi lại.',
  FILE_CORRUPT:
    'Tệp bị hỏng hoặc không phải tệp Excel hợp lệ nên không đọc được. Hãy mở tệp bằng Excel để kiểm tra, lưu lại rồi gửi lại; nếu không mở được, hãy nhập lại số liệu vào biểu mẫu gốc.',
  FILE_CORRUPT_PART:
    'Tệp bị hỏng ở phần “{part}” nên không đọc được. Hãy mở tệp bằng Excel, lưu lại rồi gửi lại; nếu không mở được, hãy nhập lại số liệu vào biểu mẫu gốc.',
  FILE_TAMPERED:
    'Tệp có phần “{part}” được ghi hai lần (tệp bị sửa bằng công cụ khác hoặc bị can thiệp), nên không xác định được số liệu nào là thật. Hãy mở tệp bằng Excel, lưu lại rồi gửi lại.',
  FILE_READ_TIMEOUT:
    'Đọc tệp mất quá {seconds} giây nên đã dừng để không ảnh hưởng các tệp khác (tệp quá phức tạp hoặc bị hỏng). Hãy mở bằng Excel, xoá các phần không thuộc biểu mẫu, lưu lại rồi gửi lại.',
  FILE_READ_OUT_OF_MEMORY:
    'Đọc tệp cần quá {mb} MB bộ nhớ nên đã dừng để không ảnh hưởng các tệp khác (tệp quá lớn hoặc bị hỏng). Hãy mở bằng Excel, xoá các phần không thuộc biểu mẫu, lưu lại rồi gửi lại.',
  FILE_PASSWORD_PROTECTED:
    'Tệp được đặt mật khẩu mở nên hệ thống không đọc được số liệu. Hãy gỡ mật khẩu mở tệp trong Excel, lưu lại rồi gửi lại (có thể khóa trang tính để tránh sửa nhầm, nhưng không đặt mật khẩu mở tệp).',
  FILE_TOO_LARGE:
    'Tệp có dung lượng {sizeMb} MB, vượt mức tối đa {maxMb} MB. Hãy xóa các trang tính, hình ảnh hoặc dữ liệu không thuộc biểu mẫu, lưu lại rồi gửi lại.',
  FILE_DUPLICATE_UNIT:
    'Đơn vị {unit} đã gửi nhiều tệp; tệp này cũ hơn nên không được dùng, số liệu lấy từ tệp mới nhất “{otherFile}”. Nếu tệp mới nhất không phải bản chính thức, hãy chuyển nó ra khỏi danh sách tổng hợp rồi tổng hợp lại.',
  FILE_SUPERSEDED_PINNED: 'Sở KH&CN đã chọn dùng tệp “{otherFile}” cho đơn vị này; tệp này không được dùng.',
  FILE_SUPERSEDED_SUSPECT:
    'Tệp này có dấu hiệu không đúng đơn vị hoặc bị sửa cấu trúc, nên không thay thế tệp hợp lệ “{otherFile}” của đơn vị (dù nhận sau). Nếu tệp này mới là bản đúng, hãy chọn dùng nó (khcn consolidate --prefer “tên tệp” hoặc nút “Dùng tệp này” trong ngăn tác vụ).',
  FILE_SUPERSEDED_DRAFT:
    'Tệp này là bản nháp (chưa đánh dấu “Hoàn thành”, hoặc tên tệp có “nháp”, “draft”); số liệu của đơn vị lấy từ “{otherFile}”.',
  FILE_TIE:
    'Đơn vị gửi nhiều tệp nhận cùng lúc, không xác định được bản cuối; đang tạm dùng “{otherFile}”. Sở KH&CN hãy chọn tệp đúng (khcn consolidate --prefer “tên tệp” hoặc nút “Dùng tệp này” trong ngăn tác vụ).',
  SUBMISSION_LATE:
    '{unit} gửi báo cáo ngày {submitted}, sau thời hạn {deadline}. Số liệu vẫn được tổng hợp; đề nghị đơn vị bảo đảm thời hạn ở các kỳ sau.',
  IDENTITY_MISSING:
    'Không tìm thấy thông tin nhận diện biểu mẫu (đơn vị báo cáo, năm, phiên bản); có thể tệp không được tạo từ biểu mẫu chuẩn hoặc trang thông tin đã bị xóa. Hãy nhập số liệu vào đúng biểu mẫu đã được cấp cho đơn vị rồi gửi lại.',
  IDENTITY_INVALID:
    'Thông tin nhận diện biểu mẫu có nhưng không hợp lệ ({problems}); có thể trang thông tin đã bị sửa. Hãy nhập số liệu vào đúng biểu mẫu đã được cấp cho đơn vị rồi gửi lại.',
  IDENTITY_SUSPECT:
    'Tệp ghi là của {unit} nhưng không khớp: {reasons}. Tệp vẫn được đọc nhưng không thay thế tệp hợp lệ của đơn vị; Sở KH&CN cần xác định tệp nào đúng.',
  IDENTITY_UNKNOWN_UNIT:
    'Biểu mẫu ghi mã đơn vị “{unitId}”, không có trong danh sách đơn vị báo cáo. Hãy dùng biểu mẫu được cấp đúng cho đơn vị mình; nếu đơn vị mới thành lập hoặc đổi tên, hãy liên hệ Sở Khoa học và Công nghệ để được cấp biểu mẫu.',
  TEMPLATE_WRONG_YEAR:
    'Biểu mẫu dành cho năm {found}, trong khi kỳ đánh giá này là năm {expected}. Hãy nhập số liệu vào biểu mẫu năm {expected}.',
  TEMPLATE_WRONG_UNIT:
    'Biểu mẫu được cấp cho {found}, không phải cho {expected}. Hãy kiểm tra lại: mỗi đơn vị nhập số liệu vào biểu mẫu mang tên đơn vị mình.',
  TEMPLATE_OLD_VERSION:
    'Biểu mẫu là phiên bản {found}, đã có phiên bản mới {expected}. Số liệu vẫn được đọc nhưng có thể thiếu chỉ tiêu hoặc khác định nghĩa; hãy chuyển số liệu sang biểu mẫu phiên bản mới.',
  SHEET_MISSING:
    'Không tìm thấy trang tính “{name}”. Hãy không xóa hoặc đổi tên các trang tính của biểu mẫu; nếu đã đổi tên, hãy đặt lại đúng tên “{name}”.',
  NAME_MISSING:
    'Không tìm thấy tên vùng {name} đánh dấu ô nhập liệu, thường do hàng hoặc cột của biểu mẫu đã bị xóa. Hãy nhập số liệu vào biểu mẫu gốc, không chèn hoặc xóa hàng, cột trong vùng nhập liệu.',
  NAME_BROKEN:
    'Tên vùng {name} không còn trỏ tới ô nào (lỗi #REF!) vì ô được đánh dấu đã bị xóa. Hãy nhập số liệu vào biểu mẫu gốc, không xóa hàng, cột hoặc ô trong vùng nhập liệu.',
  NAME_MOVED:
    'Tên vùng {name} đang trỏ tới {found} thay vì {expected}, có thể do chèn hoặc di chuyển hàng, cột. Số liệu được đọc tại {found}; hãy kiểm tra đã nhập đúng ô.',
  NAME_WRONG_PLACE:
    'Tên vùng {name} phải trỏ tới {expected} nhưng đang trỏ tới {found}, nên ô này không được đọc. Hãy nhập số liệu vào biểu mẫu gốc, không sửa tên vùng.',
  MERGED_INPUT_CELL:
    'Ô nhập liệu đã bị gộp với các ô khác ({range}); hệ thống chỉ đọc giá trị ở ô đầu tiên của vùng gộp. Hãy bỏ gộp ô và nhập số liệu vào đúng ô.',
  SIGN_OFF_MISSING:
    'Tệp đã đánh dấu “Hoàn thành” nhưng chưa ghi “{field}”. Hãy ghi đủ phần xác nhận (người lập biểu, thủ trưởng đơn vị, ngày ký); nếu chưa xong, chọn “Chưa hoàn thành”.',
  SIGN_OFF_PHONE_INVALID:
    'Số điện thoại “{text}” không đúng dạng (cần 9–11 chữ số, ví dụ 0222 3822 123). Hãy kiểm tra để Sở KH&CN liên hệ được khi cần.',
  COMPLETE_WITH_ERRORS:
    'Tệp được đánh dấu “Hoàn thành” nhưng còn {errors} lỗi nên chưa được coi là hoàn thành. Hãy sửa các lỗi trong danh sách rồi lưu và gửi lại.',
  FILE_NOT_COMPLETE:
    'Tệp chưa được đánh dấu “Hoàn thành”: Sở KH&CN coi là bản nháp, chỉ dùng khi đơn vị không có tệp hoàn thành. Khi số liệu đã đủ và được duyệt, chọn “Hoàn thành” ở ô này.',
  DRAFT_USED:
    'Đơn vị chưa gửi tệp đánh dấu “Hoàn thành”: số liệu tạm lấy từ bản nháp này. Đề nghị đơn vị hoàn thiện, đánh dấu “Hoàn thành” và gửi lại.',
  VALUE_REQUIRED: 'Chưa nhập số liệu bắt buộc. Hãy nhập giá trị; nếu thực tế không có, hãy nhập 0.',
  VALUE_REQUIRED_MEASURE:
    'Chưa nhập số liệu bắt buộc. Hãy nhập giá trị đo được (đây là số đo như dân số, điểm đánh giá, năng suất: không nhập 0 thay cho số chưa có; nếu chưa có số liệu, hãy để trống và báo Sở KH&CN).',
  TEXT_REQUIRED:
    'Chưa nhập nội dung bắt buộc. Hãy ghi nội dung theo hướng dẫn của chỉ tiêu (ví dụ phương pháp, nguồn số liệu); nếu thực tế không có, hãy ghi “Không có”.',
  VALUE_NOT_NUMBER:
    'Nội dung “{text}” không phải là số. Hãy chỉ nhập con số, không kèm đơn vị tính hay chữ (ví dụ: 1234,5); ghi chú, nếu có, ghi vào cột “Nguồn số liệu / minh chứng” (cột F) cùng dòng.',
  NUMBER_AS_TEXT:
    'Số “{text}” đang được lưu dưới dạng văn bản; hệ thống đọc là {value}. Hãy nhập lại dưới dạng số (không gõ dấu nháy đơn ở đầu, không định dạng ô là Văn bản).',
  NUMBER_AS_TEXT_VI:
    '“{text}” đang được lưu dưới dạng văn bản theo cách viết Việt Nam (dấu chấm ngăn cách hàng nghìn, dấu phẩy thập phân); hệ thống đọc là {value}. Nếu đúng thì không cần sửa; để chắc chắn, hãy nhập lại dưới dạng số.',
  NUMBER_AS_TEXT_EN:
    '“{text}” đang được lưu dưới dạng văn bản theo cách viết tiếng Anh (dấu phẩy ngăn cách hàng nghìn, dấu chấm thập phân); hệ thống đọc là {value}. Nếu đúng thì không cần sửa; để chắc chắn, hãy nhập lại dưới dạng số.',
  NUMBER_AMBIGUOUS:
    '“{text}” có thể hiểu là {readingVi} (theo cách viết Việt Nam) hoặc {readingEn} (theo cách viết tiếng Anh) nên hệ thống không tự chọn. Hãy nhập lại dưới dạng số, không gõ dấu ngăn cách hàng nghìn.',
  VALUE_NOT_INTEGER:
    'Giá trị {value} phải là số nguyên (ví dụ số người, số bài báo, mức TRL). Hãy kiểm tra lại và nhập số nguyên.',
  VALUE_BELOW_MIN:
    'Giá trị {value} nhỏ hơn mức tối thiểu cho phép là {min}. Hãy kiểm tra lại số liệu và đơn vị tính.',
  VALUE_ABOVE_MAX:
    'Giá trị {value} vượt giới hạn tối đa {max}. Hãy kiểm tra lại đơn vị tính (ví dụ triệu đồng hay đồng) hoặc số liệu.',
  VALUE_UNUSUALLY_HIGH:
    'Giá trị {value} cao bất thường (lớn hơn {threshold}). Nếu số liệu đúng thì không cần sửa; nếu không, hãy kiểm tra lại đơn vị tính hoặc số chữ số 0.',
  VALUE_PERCENT_SCALE:
    'Ô tỷ lệ đang có giá trị {value}, có lẽ ý của đơn vị là {suggested}. Hãy nhập kèm dấu % (ví dụ 45%) hoặc nhập dưới dạng số thập phân (0,45).',
  VALUE_NOT_DATE:
    'Nội dung “{text}” không phải là ngày hợp lệ. Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/03/2026.',
  DATE_AS_TEXT:
    '“{text}” đang được lưu dưới dạng văn bản; hệ thống đọc là ngày {date} (ngày/tháng/năm). Nếu đúng thì không cần sửa; để chắc chắn, hãy nhập lại dưới dạng ngày.',
  DATE_OUT_OF_RANGE:
    'Ngày {date} nằm ngoài khoảng thời gian hợp lệ ({min} – {max}). Hãy kiểm tra lại ngày, tháng, năm đã nhập.',
  FORMULA_IN_INPUT:
    'Ô nhập liệu đang chứa công thức {formula}. Hệ thống dùng kết quả đã tính, nhưng kết quả có thể thay đổi khi bảng tính được tính lại. Hãy thay công thức bằng con số cụ thể (sao chép rồi dán giá trị).',
  FORMULA_NO_CACHED_VALUE:
    'Ô có công thức {formula} nhưng chưa có kết quả đã tính (tệp chưa được mở và lưu bằng Excel hoặc LibreOffice) nên không đọc được giá trị. Hãy mở tệp, lưu lại rồi gửi lại, hoặc nhập trực tiếp con số.',
  CELL_ERROR_VALUE:
    'Ô đang có lỗi {error} nên không đọc được số liệu (thường do xóa hàng, cột hoặc trang tính mà công thức tham chiếu tới). Hãy nhập lại giá trị đúng.',
  CELL_UNREADABLE:
    'Không đọc được nội dung ô ({reason}: “{text}”), nên số liệu ở ô này không được dùng. Hãy nhập lại giá trị vào ô rồi lưu tệp bằng Excel.',
  VALUE_PERCENT_NOT_ALLOWED:
    'Ô này không phải tỷ lệ nhưng đang có giá trị phần trăm “{text}”. Hãy nhập con số (không kèm dấu %) và bỏ định dạng phần trăm của ô.',
  LEAD_ONLY_VALUE_IGNORED:
    'Số liệu này do đơn vị chủ trì ({leadUnit}) cung cấp; giá trị nhập ở đây chỉ để tham khảo, không đưa vào tổng hợp. Không cần sửa.',
  LIST_ITEM_INVALID:
    'Mục thứ {position} trong danh sách (“{item}”) không phải là số. Hãy ghi mỗi mục một số, các mục cách nhau bằng dấu chấm phẩy (;) hoặc xuống dòng, ví dụ: 12; 5; 3.',
  LIST_ITEM_AMBIGUOUS:
    'Mục thứ {position} trong danh sách (“{item}”) có thể hiểu là {readingVi} hoặc {readingEn}. Hãy ghi số không có dấu ngăn cách hàng nghìn; các mục cách nhau bằng dấu chấm phẩy (;).',
  LIST_ITEM_DOI_INVALID:
    'Mục thứ {position} (“{item}”) không phải mã DOI hợp lệ (dạng 10.xxxx/…). Hãy kiểm tra và sửa lại mã DOI; bài báo không có DOI thì xóa khỏi danh sách và khai báo theo hướng dẫn của chỉ tiêu.',
  CROSS_RULE_VIOLATED:
    '“{left}” ({leftValue}) phải {op} “{right}” ({rightValue}). Lý do: {reason}. Hãy kiểm tra lại hai số liệu này.',
  DERIVED_MISSING: 'Chưa tính được “{formula}” vì thiếu số liệu “{param}”. Hãy nhập đủ số liệu đầu vào.',
  DERIVED_DIV_ZERO:
    'Không tính được “{formula}” vì “{param}” bằng 0 (không thể chia cho 0). Hãy kiểm tra lại số liệu “{param}”; nếu thực tế bằng 0 thì chỉ số này chưa tính được cho kỳ này.',
  DERIVED_NEGATIVE: 'Không tính được “{formula}” vì “{param}” là số âm. Hãy nhập lại giá trị không âm.',
  DERIVED_NOT_INTEGER:
    'Không tính được “{formula}” vì “{param}” có giá trị không phải số nguyên. Hãy nhập số nguyên (ví dụ số lượt trích dẫn, mức TRL).',
  DERIVED_OUT_OF_RANGE:
    'Không tính được “{formula}” vì “{param}” nằm ngoài phạm vi cho phép (ví dụ phần lớn hơn tổng, mức TRL ngoài 1–9, tỷ lệ thời gian ngoài 0–1). Hãy kiểm tra lại số liệu.',
  DERIVED_EMPTY_LIST:
    'Chưa tính được “{formula}” vì danh sách “{param}” chưa có giá trị nào. Hãy nhập các giá trị vào danh sách (ghi 0 cho mục có giá trị bằng 0).',
  SUBMISSION_MISSING:
    'Chưa nhận được báo cáo của {unit} (thời hạn {deadline}). Các chỉ tiêu do đơn vị này cung cấp đang thiếu số liệu; hãy đôn đốc đơn vị gửi báo cáo.',
  COOPERATING_DISAGREES:
    '{unit} báo cáo {value}, khác với số liệu của nguồn chính thức {leadUnit} ({leadValue}). Khi tổng hợp dùng số liệu của nguồn chính thức; đề nghị hai đơn vị trao đổi để thống nhất số liệu.',
  VALUE_NOT_USED_BY_RULE:
    'Giá trị này đã được đọc nhưng không được cộng vào số liệu của tỉnh: theo quy tắc tổng hợp của chỉ tiêu (lấy số của nguồn chính thức, hoặc lấy giá trị lớn nhất khi phạm vi của các đơn vị chồng lấn nhau), tỉnh dùng số liệu của {usedUnit}; giá trị này dùng để đối chiếu.',
  POPULATION_FALLBACK:
    'Chưa có số dân trung bình năm do Thống kê tỉnh cung cấp; tạm dùng {value} người theo {source}. Khi có số liệu dân số trung bình, hãy cập nhật để tính lại các chỉ số trên 1 vạn dân.',
  INDICATOR_NO_DATA:
    'Chưa có đơn vị nào cung cấp số liệu cho chỉ tiêu này nên chưa tính được giá trị. Hãy kiểm tra các đơn vị được giao và đôn đốc gửi số liệu.',
  LIST_DUPLICATES_MERGED:
    'Có {count} mục trùng nhau giữa các đơn vị (cùng mã DOI); mỗi mục chỉ được tính một lần. Không cần sửa.',
  DEFINITION_WORKING:
    'Chỉ tiêu đang được tính theo định nghĩa tạm thời, chờ hướng dẫn chính thức của Bộ Khoa học và Công nghệ; kết quả có thể thay đổi khi có hướng dẫn. Không cần sửa.',
  CROSS_CHECK_PARTS_EXCEED:
    'Tổng số liệu của {count} đơn vị khác ({sum}) lớn hơn số chính thức của {officialUnit} ({officialValue}), trong khi số của các đơn vị này phải nằm trong số chính thức. Số chính thức vẫn được dùng; đề nghị đối chiếu phạm vi điều tra với các đơn vị.',
  OFFICIAL_MISSING_SUBSTITUTE:
    '{officialUnit} (nguồn chính thức) chưa cung cấp số liệu này; tạm dùng số thay thế {value} lấy từ {count} đơn vị khác. Đây chỉ là số thay thế, có thể thiếu hoặc chưa đầy đủ; hãy đề nghị {officialUnit} cung cấp số chính thức.',
  OFFICIAL_MISSING_NO_SUBSTITUTE:
    '{officialUnit} (nguồn chính thức) chưa cung cấp số liệu này, và số của {count} đơn vị khác không thống nhất nên không dùng thay được. Hãy đề nghị {officialUnit} cung cấp số chính thức.',
  REGISTER_COUNT_SUMMED:
    'Các số đếm của chỉ tiêu này là tổng số lượng do {count} đơn vị tự kê khai, chưa đối chiếu theo danh sách từng mục; một mục do hai đơn vị cùng kê khai có thể bị tính hai lần.',
  PROVINCE_RULE_VIOLATED:
    'Số liệu toàn tỉnh không thỏa quy tắc (mức quan trọng: {importance}): “{left}” ({leftValue}) phải {op} “{right}” ({rightValue}). Lý do: {reason}. Hãy đối chiếu số liệu của các đơn vị tạo nên hai vế.',
  PROVINCE_RULE_UNCHECKABLE:
    'Chưa kiểm tra được quy tắc “{left}” {op} “{right}” ở cấp tỉnh vì thiếu số liệu: {missing}.',
  PLACEHOLDER_UNIT_FILE:
    'Tệp được lập từ biểu mẫu chung của nhóm “{category}”, không mang tên một đơn vị cụ thể; số liệu vẫn được đọc và tính như một đơn vị riêng. Sở KH&CN hãy thêm đơn vị vào danh sách đơn vị báo cáo và gửi biểu mẫu mang tên đơn vị.',
  RECEIVED_LOG_NO_HEADER:
    'Không tìm thấy dòng tiêu đề có cột tên tệp (“Tệp” hoặc “Tên tệp”) và cột thời điểm nhận (“Thời điểm nhận” hoặc “Ngày nhận”) trong 10 dòng đầu của sổ theo dõi tệp đến.',
  RECEIVED_LOG_EMPTY: 'Sổ theo dõi tệp đến không có dòng nào ghi tên tệp và thời điểm nhận.',
  RECEIVED_LOG_NO_FILE: 'Dòng {row} có thời điểm nhận “{time}” nhưng thiếu tên tệp.',
  RECEIVED_LOG_NO_TIME: 'Dòng {row}: tệp “{name}” thiếu thời điểm nhận.',
  RECEIVED_LOG_BAD_TIME:
    'Dòng {row}: thời điểm nhận “{time}” của tệp “{name}” không hợp lệ (cần dạng 05/12/2026 14:30, 05/12/2026 hoặc 2026-12-05T14:30:00+07:00).',
  RECEIVED_LOG_TWO_TIMES:
    'Tệp “{name}” được ghi hai lần với thời điểm nhận khác nhau (dòng {firstRow}: {firstTime}; dòng {row}: {time}). Hãy giữ một dòng.',
  RECEIVED_LOG_UNMATCHED:
    'Dòng {row}: không có tệp “{name}” trong các tệp được tổng hợp (dòng này bị bỏ qua).',
  RECEIVED_LOG_AMBIGUOUS:
    'Dòng {row}: tên “{name}” khớp với nhiều tệp ({candidates}); hãy ghi tên kèm thư mục (dòng này bị bỏ qua).',
  RECEIVED_LOG_SECOND_TIME:
    'Dòng {row}: tệp “{name}” đã có thời điểm nhận khác ở dòng {firstRow} ({firstTime}), dùng thời điểm đó (dòng này bị bỏ qua).',
  PREVIOUS_NO_TABLE:
    'Không tìm thấy số liệu kỳ trước: tệp không phải sổ tổng hợp năm trước do khcn tạo, cũng không có bảng với các cột “Mã đơn vị”, “Mã chỉ tiêu”, “Mã thành phần”, “Giá trị kỳ trước”. Hãy dùng mẫu do lệnh khcn baseline tạo.',
  PREVIOUS_NO_YEAR:
    'Chưa ghi năm của kỳ trước: phía trên bảng cần một dòng “{label}” và năm ở ô bên cạnh (ví dụ 2025).',
  PREVIOUS_BAD_ROW:
    'Dòng {row}, cột “{column}”: “{text}” không dùng được (mã không có trong danh mục, hoặc giá trị không phải số). Hãy sửa dòng này; các dòng khác vẫn được dùng.',
  PREVIOUS_NOT_EARLIER:
    'Số liệu kỳ trước là của năm {found}, không trước năm báo cáo {expected}. Hãy chọn sổ tổng hợp hoặc bảng số liệu của năm trước.',
  VALUE_CHANGE_VS_PREVIOUS:
    'Giá trị {value} thay đổi nhiều so với năm {year} ({previous}). Hãy kiểm tra lại (nhầm đơn vị tính, thừa hoặc thiếu chữ số?); nếu đúng, ghi lý do vào cột “Nguồn số liệu / minh chứng”.',
  VALUE_OUTLIER_PEERS:
    'Giá trị {value} khác xa các đơn vị cùng loại ({category}: trung vị {median} của {peers} đơn vị). Hãy kiểm tra lại; nếu đúng, ghi lý do vào cột “Nguồn số liệu / minh chứng”.',
  BASELINE_DIFFERS_FROM_PREVIOUS:
    'Điểm kỳ gốc {value} khác kết quả năm {year} đã được tổng hợp ({previous}). Mức cải thiện phải tính so với cùng một kỳ gốc: hãy kiểm tra lại.',
  REGISTER_TABLE_TOO_LARGE:
    'Bảng {table} ({range}) quá lớn nên không đọc: hãy xoá các dòng, cột thừa ngoài danh sách rồi gửi lại.',
  REGISTER_COLUMN_MISSING:
    'Bảng {table} thiếu cột “{column}”. Hãy dùng bảng của biểu mẫu gốc, không xoá hay đổi tên cột.',
  REGISTER_REQUIRED: 'Chưa nhập “{column}” (bắt buộc): dòng này chưa được tính. Hãy nhập đủ hoặc xoá dòng.',
  REGISTER_VALUE_INVALID: '“{text}” ở cột “{column}” không đúng: cần {expected}. Hãy sửa lại.',
  REGISTER_DUPLICATE_IN_UNIT:
    'Mục này trùng với dòng {firstRow} trong danh sách của đơn vị: chỉ tính một lần. Hãy xoá dòng trùng.',
  REGISTER_ATTRIBUTE_DISAGREES:
    '“{item}”: các đơn vị ghi “{column}” khác nhau ({values}); dùng {used} ({rule}).',
  REGISTER_COUNT_DIFFERS:
    'Số đã nhập ({typed}) khác số đếm từ “{register}” ({derived}: {rule}). Số liệu lấy theo danh sách; hãy sửa ô này hoặc bổ sung danh sách cho khớp.',
  REGISTER_LIST_DIFFERS:
    'Các giá trị đã nhập ({typed}) khác các giá trị lấy từ “{register}” ({derived}: {rule}). Số liệu lấy theo danh sách; hãy sửa cho khớp.',
  REGISTER_USED:
    'Tính từ “{register}” (trang “{sheet}”; {rule}): {items} mục khác nhau do {units} đơn vị kê khai; đã bỏ {removed} dòng trùng (một mục nhiều đơn vị cùng kê khai chỉ tính một lần).',
  REGISTER_COUNTS_ADDED:
    '{count} đơn vị chỉ nhập số đếm, không có “{register}” ({units}): số của họ được cộng thêm; mục họ chung với đơn vị khác có thể bị tính hai lần. Hãy đề nghị các đơn vị này gửi danh sách.',
  REGISTER_POSSIBLE_DUPLICATES:
    '{count} mục của “{register}” không có mã và trùng tên, năm với mục khác (“có thể trùng”): vẫn được tính riêng. Hãy xem trang danh sách để xác nhận.',
  REGISTER_GROUP_HINDEX: 'Chỉ số h theo nhóm nghiên cứu (từ danh sách công bố): {groups}.',
  TRL_DISTRIBUTION: 'Phân bố mức TRL của {count} kết quả: {levels}; đạt TRL ≥ 7: {high} %.',
  TABLE_NOT_UTF8: 'Tệp không phải văn bản UTF-8. Trong Excel, hãy lưu bằng “CSV UTF-8 (Comma delimited)”.',
  TABLE_BAD_JSON: 'Tệp không phải JSON hợp lệ ({detail}).',
  TABLE_JSON_SHAPE:
    'Tệp JSON không đúng dạng: cần một mảng (ví dụ ["so-khcn", "thong-ke"] hoặc [{"file": "…", "receivedAt": "…"}]) hoặc một đối tượng {"tên": "giá trị"}.',
  TABLE_FORMAT: 'Tệp có đuôi “.{ext}”: cần tệp .xlsx, .csv hoặc .json.',
  UNITS_LIST_EMPTY: 'Danh sách đơn vị phải báo cáo không có mã đơn vị nào.',
  UNITS_LIST_UNKNOWN:
    'Danh sách có {count} mã đơn vị không có trong danh sách đơn vị báo cáo: {ids}. Xem mã bằng lệnh “khcn units”; xã, phường dùng mã dạng xp-<mã thống kê> hoặc mã thống kê.',
  REGISTRY_MISSING_COLUMN:
    'Không tìm thấy cột “{column}” trong danh sách đơn vị. Hãy dùng tệp do lệnh “khcn registry” tạo ra (giữ nguyên dòng tiêu đề).',
  REGISTRY_EMPTY: 'Danh sách đơn vị không có dòng nào. Hãy nhập mỗi đơn vị một dòng dưới dòng tiêu đề.',
  REGISTRY_BAD_ID:
    'Dòng {row}: mã đơn vị “{id}” không hợp lệ. Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, bắt đầu bằng chữ hoặc số (ví dụ: dh-bac-ninh).',
  REGISTRY_DUPLICATE_ID:
    'Dòng {row}: mã đơn vị “{id}” đã dùng ở dòng {firstRow}. Mỗi đơn vị cần một mã riêng; hãy đổi mã của một trong hai dòng.',
  REGISTRY_ID_GENERATED:
    'Dòng {row}: chưa có mã đơn vị, hệ thống đặt mã “{id}”. Hãy ghi mã này vào cột “Mã đơn vị” để mã không đổi khi sửa tên.',
  REGISTRY_EMPTY_NAME: 'Dòng {row}: chưa có tên đơn vị. Hãy nhập tên đầy đủ của đơn vị.',
  REGISTRY_UNKNOWN_CATEGORY:
    'Dòng {row}: nhóm “{category}” không có trong danh mục nhóm đơn vị. Hãy chọn một trong các nhóm: {known}.',
  REGISTRY_TAX_CODE_INVALID:
    'Dòng {row}: mã số thuế “{taxCode}” không hợp lệ (cần 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số với chi nhánh; chữ số thứ 10 là số kiểm tra). Hãy kiểm tra lại trên giấy chứng nhận đăng ký doanh nghiệp.',
  REGISTRY_TAX_CODE_DUPLICATE:
    'Dòng {row}: mã số thuế “{taxCode}” đã có ở dòng {firstRow}. Một doanh nghiệp chỉ được ghi một lần.',
  REGISTRY_STAT_CODE_INVALID:
    'Dòng {row}: mã thống kê “{statCode}” không phải mã của một xã, phường của tỉnh. Hãy kiểm tra lại theo danh mục đơn vị hành chính.',
  REGISTRY_BAD_FLAG: 'Dòng {row}: cột “Phải báo cáo” ghi “{value}”; hãy ghi “có” hoặc “không”.',
  REGISTRY_EMAIL_INVALID: 'Dòng {row}: địa chỉ e-mail “{email}” không đúng dạng. Hãy kiểm tra lại.',
  REGISTRY_MISSING_UNIT:
    'Danh sách đơn vị thiếu {unit} (mã “{id}”), đơn vị được Kế hoạch giao chủ trì hoặc cung cấp số liệu chính thức cho chỉ tiêu {indicators}. Hãy giữ dòng của đơn vị này.',
  TARGET_LOW_CONFIDENCE:
    'Chỉ tiêu kế hoạch {target} có độ tin cậy thấp (cách hiểu văn bản kế hoạch chưa chắc chắn); kết quả so sánh chỉ để tham khảo. Hãy đối chiếu với văn bản gốc của Kế hoạch 17/KH-UBND.',
};

export const WHERE_VI: WhereLabels = {
  file: 'tệp “{file}”',
  sheet: 'trang “{sheet}”',
  cell: 'ô {cell}',
  definedName: 'tên vùng {definedName}',
  indicator: 'chỉ tiêu {indicator}',
  indicatorComponent: 'chỉ tiêu {indicator} – {component}',
};
