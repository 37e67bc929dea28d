<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>AccountService</name>
    <message>
        <source>There is no user &quot;%1&quot;. Check the user name.</source>
        <translation>Không có người dùng &quot;%1&quot;. Hãy kiểm tra lại tên đăng nhập.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation>Hãy nhập họ và tên của người dùng.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists (also when removed). Choose another name.</source>
        <translation>Đã có người dùng tên &quot;%1&quot; (kể cả người đã bị xóa). Hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last administrator and cannot be removed. Add another administrator first.</source>
        <translation>&quot;%1&quot; là quản trị viên cuối cùng nên không thể xóa. Hãy thêm một quản trị viên khác trước.</translation>
    </message>
    <message>
        <source>This recovery code is well formed but does not open %1: it belongs to another database, or the key was changed after it was printed.</source>
        <translation>Mã khôi phục này đúng định dạng nhưng không mở được %1: mã thuộc về cơ sở dữ liệu khác, hoặc khóa đã được đổi sau khi in mã.</translation>
    </message>
    <message>
        <source>Cannot move the damaged keyring aside to %1.</source>
        <translation>Không chuyển được tệp khóa bị hỏng sang %1.</translation>
    </message>
    <message>
        <source>The database is busy. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The new password could not be saved.</source>
        <translation>Không lưu được mật khẩu mới.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Không lưu được thay đổi: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last administrator and must stay one. Make another user an administrator first.</source>
        <translation>&quot;%1&quot; là quản trị viên cuối cùng nên phải giữ vai trò quản trị viên. Hãy giao vai trò quản trị viên cho một người dùng khác trước.</translation>
    </message>
</context>
<context>
    <name>ActivityCatalogue</name>
    <message>
        <source>Legal dissemination session</source>
        <translation>Buổi phổ biến, giáo dục pháp luật</translation>
    </message>
    <message>
        <source>Communication product</source>
        <translation>Sản phẩm truyền thông</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Nạn nhân</translation>
    </message>
    <message>
        <source>People at risk</source>
        <translation>Người có nguy cơ bị mua bán</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Học sinh, sinh viên</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cộng đồng dân cư</translation>
    </message>
    <message>
        <source>Other audience</source>
        <translation>Đối tượng khác</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Cannot read or write activities: %1</source>
        <translation>Không đọc hoặc ghi được hoạt động: %1</translation>
    </message>
</context>
<context>
    <name>ActivityService</name>
    <message>
        <source>There is no activity %1. Check the number in the list of activities.</source>
        <translation>Không có hoạt động %1. Hãy kiểm tra lại số trong danh sách hoạt động.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of activity: use one of %2.</source>
        <translation>&quot;%1&quot; không phải loại hoạt động: hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>Enter the date of the activity as YYYY-MM-DD.</source>
        <translation>Hãy nhập ngày tổ chức hoạt động theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The activity date %1 is in the future. Record an activity once it has taken place.</source>
        <translation>Ngày hoạt động %1 là ngày trong tương lai. Hãy ghi nhận hoạt động sau khi hoạt động đã diễn ra.</translation>
    </message>
    <message>
        <source>Enter the title of the activity.</source>
        <translation>Hãy nhập tên hoạt động.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audience: use one of %2.</source>
        <translation>&quot;%1&quot; không phải đối tượng tham dự: hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative. Enter 0 or more.</source>
        <translation>Số người tham dự không được là số âm. Hãy nhập từ 0 trở lên.</translation>
    </message>
    <message>
        <source>The number of women (%1) must be between 0 and the number of participants (%2). Correct one of them.</source>
        <translation>Số người tham dự là nữ (%1) phải từ 0 đến tổng số người tham dự (%2). Hãy sửa một trong hai số.</translation>
    </message>
    <message>
        <source>Organisation %1 is not the centre or one of its branches. Choose the unit that ran the activity.</source>
        <translation>Tổ chức %1 không phải Trung tâm hoặc chi nhánh của Trung tâm. Hãy chọn đơn vị đã tổ chức hoạt động.</translation>
    </message>
    <message>
        <source>There is no organisation %1 in the directory. Add the partner to the directory first, or check the number.</source>
        <translation>Danh bạ không có tổ chức %1. Hãy thêm đối tác vào danh bạ trước, hoặc kiểm tra lại số.</translation>
    </message>
    <message>
        <source>The organisation %1 (%2) has been deactivated. Choose an active organisation.</source>
        <translation>Tổ chức %1 (%2) đã ngừng hoạt động. Hãy chọn tổ chức đang hoạt động.</translation>
    </message>
    <message>
        <source>The period starts on %1, after it ends on %2. Swap the dates.</source>
        <translation>Khoảng thời gian bắt đầu ngày %1, sau ngày kết thúc %2. Hãy đổi chỗ hai ngày.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: the folder is read-only. Choose a folder you can write to.</source>
        <translation>Không ghi được %1: thư mục chỉ cho phép đọc. Hãy chọn thư mục có quyền ghi.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full. Free some space and try again.</source>
        <translation>Không ghi được %1: ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry must be written in the same transaction as the change it records.</source>
        <translation>Mục nhật ký kiểm tra phải được ghi trong cùng giao dịch với thay đổi mà nó ghi nhận.</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Không đọc được nhật ký kiểm tra: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Không ghi được nhật ký kiểm tra: %1</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>thiếu mục %1</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>mục %1 không nối tiếp mục trước nó</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>mục %1 đã bị sửa sau khi ghi</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>%1 is not a usable backup (%2). Use another backup file.</source>
        <translation>%1 không phải bản sao lưu dùng được (%2). Hãy dùng tệp sao lưu khác.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the application. Update the application to restore it.</source>
        <translation>%1 do phiên bản mới hơn của ứng dụng tạo ra. Hãy cập nhật ứng dụng để khôi phục.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist. Check the path.</source>
        <translation>Không có bản sao lưu %1. Hãy kiểm tra lại đường dẫn.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2.</source>
        <translation>Không đọc được bản sao lưu %1: %2.</translation>
    </message>
    <message>
        <source>The backup does not fit: the disk is full. Nothing was left behind; free some space or use a larger drive.</source>
        <translation>Không đủ chỗ cho bản sao lưu: ổ đĩa đã đầy. Không còn tệp dở dang nào; hãy giải phóng dung lượng hoặc dùng ổ đĩa lớn hơn.</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s change, so the backup could not be taken. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận ghi thay đổi của người dùng khác nên chưa sao lưu được. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The backup copy failed: %1.</source>
        <translation>Sao chép bản sao lưu không thành công: %1.</translation>
    </message>
    <message>
        <source>it is not a legal-aid backup file</source>
        <translation>đây không phải tệp sao lưu của phần mềm trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation>tệp bị cắt cụt</translation>
    </message>
    <message>
        <source>it is truncated or damaged: its checksum does not match</source>
        <translation>tệp bị cắt cụt hoặc hư hỏng: mã kiểm tra không khớp</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>phần đầu tệp bị hỏng</translation>
    </message>
    <message>
        <source>its keyring is damaged</source>
        <translation>tệp khóa trong bản sao lưu bị hỏng</translation>
    </message>
    <message>
        <source>its database part is damaged</source>
        <translation>phần cơ sở dữ liệu trong bản sao lưu bị hỏng</translation>
    </message>
    <message>
        <source>The backup does not fit in %1: the disk is full. Nothing was left behind; free some space or use a larger drive.</source>
        <translation>Bản sao lưu không đủ chỗ trong %1: ổ đĩa đã đầy. Không để lại tệp dở dang nào; hãy giải phóng dung lượng hoặc dùng ổ lớn hơn.</translation>
    </message>
    <message>
        <source>Cannot read the database copy %1: %2.</source>
        <translation>Không đọc được bản sao cơ sở dữ liệu %1: %2.</translation>
    </message>
    <message>
        <source>The check of the backup was cancelled.</source>
        <translation>Đã hủy việc kiểm tra bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>BackupPolicy</name>
    <message>
        <source>Keep between 1 and 365 automatic backups.</source>
        <translation>Hãy giữ từ 1 đến 365 bản sao lưu tự động.</translation>
    </message>
    <message>
        <source>The warning age of the last backup must be between 1 and 365 days.</source>
        <translation>Số ngày kể từ lần sao lưu gần nhất để đưa ra cảnh báo phải từ 1 đến 365 ngày.</translation>
    </message>
    <message>
        <source>Give the backup folder as a full path, for example a folder on a USB drive.</source>
        <translation>Hãy nhập thư mục sao lưu bằng đường dẫn đầy đủ, ví dụ một thư mục trên USB.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist or is read-only. Choose a folder you can write to.</source>
        <translation>Thư mục sao lưu %1 không tồn tại hoặc chỉ cho phép đọc. Hãy chọn thư mục có quyền ghi.</translation>
    </message>
    <message>
        <source>No backup folder is set. An administrator chooses one in the backup settings.</source>
        <translation>Chưa đặt thư mục sao lưu. Quản trị viên chọn thư mục này trong phần cài đặt sao lưu.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself. Choose another file name.</source>
        <translation>Không thể ghi bản sao lưu đè lên chính cơ sở dữ liệu. Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>Hãy chọn nơi ghi bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the backup a file name inside it.</source>
        <translation>%1 là một thư mục. Hãy đặt tên tệp cho bản sao lưu trong thư mục đó.</translation>
    </message>
    <message>
        <source>Cannot write the backup to %1: the folder does not exist or is read-only. Choose a folder you can write to.</source>
        <translation>Không ghi được bản sao lưu vào %1: thư mục không tồn tại hoặc chỉ cho phép đọc. Hãy chọn thư mục có quyền ghi.</translation>
    </message>
    <message>
        <source>The backup read back differs from what was written.</source>
        <translation>Bản sao lưu đọc lại khác với nội dung đã ghi.</translation>
    </message>
    <message>
        <source>The backup was written but did not check out, so it was removed: %1</source>
        <translation>Bản sao lưu đã được ghi nhưng không qua được bước kiểm tra nên đã bị xóa: %1</translation>
    </message>
    <message>
        <source>%1 is not a usable backup (%2). Use another backup file.</source>
        <translation>%1 không phải bản sao lưu dùng được (%2). Hãy dùng tệp sao lưu khác.</translation>
    </message>
    <message>
        <source>its keyring is damaged</source>
        <translation>tệp khóa bên trong bị hỏng</translation>
    </message>
    <message>
        <source>its keyring belongs to another database</source>
        <translation>tệp khóa bên trong thuộc về cơ sở dữ liệu khác</translation>
    </message>
    <message>
        <source>its keyring does not match its key</source>
        <translation>tệp khóa bên trong không khớp với khóa</translation>
    </message>
    <message>
        <source>its database part does not open with its key</source>
        <translation>phần cơ sở dữ liệu không mở được bằng khóa của bản sao lưu</translation>
    </message>
    <message>
        <source>its database fails the integrity check</source>
        <translation>cơ sở dữ liệu bên trong không qua được bước kiểm tra toàn vẹn</translation>
    </message>
    <message>
        <source>its parts belong to different databases</source>
        <translation>các phần của bản sao lưu thuộc về những cơ sở dữ liệu khác nhau</translation>
    </message>
    <message>
        <source>Cannot move the existing database aside to %1; nothing was restored.</source>
        <translation>Không chuyển được cơ sở dữ liệu hiện có sang %1; chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>Choose where to restore the database.</source>
        <translation>Hãy chọn nơi khôi phục cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>A database already exists at %1; it is left untouched. Restore to another path, or ask to replace it (the old one is then kept aside).</source>
        <translation>Đã có cơ sở dữ liệu tại %1; cơ sở dữ liệu đó được giữ nguyên. Hãy khôi phục vào đường dẫn khác, hoặc yêu cầu thay thế (khi đó cơ sở dữ liệu cũ được giữ lại ở chỗ khác).</translation>
    </message>
    <message>
        <source>Cannot restore into %1: the folder does not exist or is read-only. Choose a folder you can write to.</source>
        <translation>Không khôi phục được vào %1: thư mục không tồn tại hoặc chỉ cho phép đọc. Hãy chọn thư mục có quyền ghi.</translation>
    </message>
    <message>
        <source>The keyring inside %1 is damaged. Use another backup, or restore with the recovery code.</source>
        <translation>Tệp khóa trong %1 bị hỏng. Hãy dùng bản sao lưu khác, hoặc khôi phục bằng mã khôi phục.</translation>
    </message>
    <message>
        <source>The password is empty. Enter your password.</source>
        <translation>Mật khẩu đang trống. Hãy nhập mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>This recovery code is well formed but does not open the backup %1: it belongs to another database, or the key was changed after it was printed.</source>
        <translation>Mã khôi phục này đúng định dạng nhưng không mở được bản sao lưu %1: mã thuộc về cơ sở dữ liệu khác, hoặc khóa đã được đổi sau khi in mã.</translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot; in the backup.</source>
        <translation>Bản sao lưu không có người dùng đang hoạt động &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot record the restore: %1</source>
        <translation>Không ghi nhận được việc khôi phục: %1</translation>
    </message>
    <message>
        <source>Cannot record the restore.</source>
        <translation>Không ghi nhận được việc khôi phục.</translation>
    </message>
    <message>
        <source>Cannot move the restored database to %1.</source>
        <translation>Không chuyển được cơ sở dữ liệu đã khôi phục sang %1.</translation>
    </message>
    <message>
        <source>Cannot move the restored keyring to %1.</source>
        <translation>Không chuyển được tệp khóa đã khôi phục sang %1.</translation>
    </message>
    <message>
        <source>The backup did not check out, so none was written: %1</source>
        <translation>Bản sao lưu không đạt khi kiểm tra nên không được ghi: %1</translation>
    </message>
    <message>
        <source>The restored database does not fit on the disk of %1. Nothing was changed; free some space and try again.</source>
        <translation>Cơ sở dữ liệu khôi phục không đủ chỗ trên ổ đĩa của %1. Chưa có gì bị thay đổi; hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>Cannot read or write the calendar: %1</source>
        <translation>Không đọc hoặc ghi được lịch ngày làm việc: %1</translation>
    </message>
    <message>
        <source>Give a valid date for the holiday.</source>
        <translation>Hãy nhập ngày nghỉ lễ hợp lệ.</translation>
    </message>
    <message>
        <source>Give the holiday a name, for example Tết Nguyên đán.</source>
        <translation>Hãy đặt tên cho ngày nghỉ lễ, ví dụ Tết Nguyên đán.</translation>
    </message>
    <message>
        <source>%1 is not a holiday in the calendar.</source>
        <translation>Ngày %1 không phải ngày nghỉ lễ trong lịch.</translation>
    </message>
    <message>
        <source>A deadline must be between 0 and 365 working days, not %1.</source>
        <translation>Thời hạn phải từ 0 đến 365 ngày làm việc, không phải %1.</translation>
    </message>
    <message>
        <source>There is no deadline rule &quot;%1&quot;.</source>
        <translation>Không có thời hạn &quot;%1&quot; trong bảng thời hạn.</translation>
    </message>
</context>
<context>
    <name>CaseAction</name>
    <message>
        <source>accept</source>
        <translation>thụ lý</translation>
    </message>
    <message>
        <source>assign a provider</source>
        <translation>cử người thực hiện</translation>
    </message>
    <message>
        <source>start work</source>
        <translation>bắt đầu thực hiện</translation>
    </message>
    <message>
        <source>change the provider</source>
        <translation>thay đổi người thực hiện</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>từ chối</translation>
    </message>
    <message>
        <source>record the withdrawal</source>
        <translation>ghi nhận rút yêu cầu</translation>
    </message>
    <message>
        <source>discontinue</source>
        <translation>không tiếp tục thực hiện</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>chuyển</translation>
    </message>
    <message>
        <source>close</source>
        <translation>kết thúc</translation>
    </message>
</context>
<context>
    <name>CaseCatalogueRepository</name>
    <message>
        <source>Cannot read or write the case catalogues: %1</source>
        <translation>Không đọc hoặc ghi được danh mục vụ việc: %1</translation>
    </message>
</context>
<context>
    <name>CaseCatalogueService</name>
    <message>
        <source>The code &quot;%1&quot; is not valid: use 2 to 40 lower-case letters without accents, digits or underscores, starting with a letter, for example lao_dong.</source>
        <translation>Mã &quot;%1&quot; không hợp lệ: dùng 2 đến 40 chữ thường không dấu, chữ số hoặc dấu gạch dưới, bắt đầu bằng chữ, ví dụ lao_dong.</translation>
    </message>
    <message>
        <source>Give both the Vietnamese and the English label.</source>
        <translation>Nhập cả tên tiếng Việt và tên tiếng Anh.</translation>
    </message>
    <message>
        <source>There is no catalogue entry &quot;%1&quot;; see catalogue list.</source>
        <translation>Không có mục &quot;%1&quot; trong danh mục; xem catalogue list.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already in the catalogue (perhaps inactive); choose another code.</source>
        <translation>Mã &quot;%1&quot; đã có trong danh mục (có thể đã ngừng dùng); hãy chọn mã khác.</translation>
    </message>
</context>
<context>
    <name>CaseDiscontinuationGround</name>
    <message>
        <source>grounds arose later that end the right to legal aid</source>
        <translation>phát sinh căn cứ làm chấm dứt quyền được trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>the beneficiary engaged in prohibited conduct</source>
        <translation>người được trợ giúp pháp lý có hành vi bị nghiêm cấm</translation>
    </message>
    <message>
        <source>the beneficiary withdrew the request</source>
        <translation>người được trợ giúp pháp lý rút yêu cầu</translation>
    </message>
</context>
<context>
    <name>CaseDocumentDirection</name>
    <message>
        <source>received</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>đi</translation>
    </message>
</context>
<context>
    <name>CaseDocumentType</name>
    <message>
        <source>request for legal aid</source>
        <translation>đơn yêu cầu trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>identity or eligibility paper</source>
        <translation>giấy tờ nhân thân hoặc chứng minh thuộc diện</translation>
    </message>
    <message>
        <source>power of attorney</source>
        <translation>giấy ủy quyền</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>quyết định</translation>
    </message>
    <message>
        <source>judgement</source>
        <translation>bản án</translation>
    </message>
    <message>
        <source>summons</source>
        <translation>giấy triệu tập</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>biên bản</translation>
    </message>
    <message>
        <source>official letter</source>
        <translation>công văn</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>tài liệu, chứng cứ</translation>
    </message>
    <message>
        <source>other document</source>
        <translation>tài liệu khác</translation>
    </message>
</context>
<context>
    <name>CaseEvaluationRating</name>
    <message>
        <source>good</source>
        <translation>tốt</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>unsatisfactory</source>
        <translation>không đạt</translation>
    </message>
</context>
<context>
    <name>CaseEventKind</name>
    <message>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>phiên làm việc, phiên tòa</translation>
    </message>
    <message>
        <source>document</source>
        <translation>tài liệu</translation>
    </message>
    <message>
        <source>change of provider</source>
        <translation>thay đổi người thực hiện</translation>
    </message>
    <message>
        <source>quality evaluation</source>
        <translation>đánh giá chất lượng</translation>
    </message>
    <message>
        <source>beneficiary feedback</source>
        <translation>phiếu lấy ý kiến người được trợ giúp pháp lý</translation>
    </message>
</context>
<context>
    <name>CaseEventRepository</name>
    <message>
        <source>Cannot read or write case events: %1</source>
        <translation>Không đọc hoặc ghi được diễn biến vụ việc: %1</translation>
    </message>
</context>
<context>
    <name>CaseEventService</name>
    <message>
        <source>Give the %1 as one of: %2.</source>
        <translation>Nhập %1 là một trong: %2.</translation>
    </message>
    <message>
        <source>A change of provider is recorded with case change-provider, which also checks the deadline.</source>
        <translation>Việc thay đổi người thực hiện được ghi bằng case change-provider, lệnh này kiểm tra cả thời hạn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of case event; use note, hearing, document, evaluation or feedback.</source>
        <translation>&quot;%1&quot; không phải loại diễn biến vụ việc; dùng note, hearing, document, evaluation hoặc feedback.</translation>
    </message>
    <message>
        <source>The date of the event</source>
        <translation>Ngày của diễn biến</translation>
    </message>
    <message>
        <source>Write the text of the note.</source>
        <translation>Nhập nội dung ghi chú.</translation>
    </message>
    <message>
        <source>Give the date of the hearing.</source>
        <translation>Nhập ngày của phiên làm việc hoặc phiên tòa.</translation>
    </message>
    <message>
        <source>Give the court or authority that holds the hearing.</source>
        <translation>Nhập tòa án hoặc cơ quan tiến hành phiên làm việc.</translation>
    </message>
    <message>
        <source>stage of the proceedings</source>
        <translation>giai đoạn tố tụng</translation>
    </message>
    <message>
        <source>direction of the document</source>
        <translation>chiều của tài liệu (đến hoặc đi)</translation>
    </message>
    <message>
        <source>type of the document</source>
        <translation>loại tài liệu</translation>
    </message>
    <message>
        <source>Give the title or summary of the document.</source>
        <translation>Nhập tên hoặc trích yếu của tài liệu.</translation>
    </message>
    <message>
        <source>quality rating</source>
        <translation>mức đánh giá chất lượng</translation>
    </message>
    <message>
        <source>Say whether the beneficiary was satisfied (yes or no).</source>
        <translation>Cho biết người được trợ giúp pháp lý có hài lòng không (yes hoặc no).</translation>
    </message>
    <message>
        <source>The date %1 is before the request was received (%2); give a date on or after it.</source>
        <translation>Ngày %1 trước ngày tiếp nhận yêu cầu (%2); hãy nhập ngày từ ngày đó trở đi.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>legal consultation</source>
        <translation>tư vấn pháp luật</translation>
    </message>
    <message>
        <source>participation in proceedings</source>
        <translation>tham gia tố tụng</translation>
    </message>
    <message>
        <source>out-of-court representation</source>
        <translation>đại diện ngoài tố tụng</translation>
    </message>
</context>
<context>
    <name>CaseHearingStage</name>
    <message>
        <source>investigation</source>
        <translation>điều tra</translation>
    </message>
    <message>
        <source>prosecution</source>
        <translation>truy tố</translation>
    </message>
    <message>
        <source>first-instance trial</source>
        <translation>xét xử sơ thẩm</translation>
    </message>
    <message>
        <source>appeal trial</source>
        <translation>xét xử phúc thẩm</translation>
    </message>
    <message>
        <source>cassation review</source>
        <translation>giám đốc thẩm</translation>
    </message>
    <message>
        <source>reopening review</source>
        <translation>tái thẩm</translation>
    </message>
    <message>
        <source>mediation or dialogue</source>
        <translation>hòa giải, đối thoại</translation>
    </message>
    <message>
        <source>other session</source>
        <translation>phiên làm việc khác</translation>
    </message>
</context>
<context>
    <name>CaseLifecycle</name>
    <message>
        <source>The case is %1, which is final: &quot;%2&quot; and every other step are no longer possible.</source>
        <translation>Vụ việc đã %1, là trạng thái cuối: không thể &quot;%2&quot; hay thực hiện bước nào khác.</translation>
    </message>
    <message>
        <source>The case is %1, so &quot;%2&quot; is not possible now; the allowed next steps are: %3.</source>
        <translation>Vụ việc đang ở trạng thái %1 nên chưa thể &quot;%2&quot;; các bước tiếp theo được phép: %3.</translation>
    </message>
</context>
<context>
    <name>CaseLifecycleService</name>
    <message>
        <source>There is no provider with id %1; see provider list for the providers in the directory.</source>
        <translation>Không có người thực hiện trợ giúp pháp lý có mã %1; xem provider list để biết danh sách trong danh bạ.</translation>
    </message>
    <message>
        <source>The provider %1 is no longer active; choose an active provider from the directory.</source>
        <translation>Người thực hiện %1 không còn hoạt động; hãy chọn người đang hoạt động trong danh bạ.</translation>
    </message>
    <message>
        <source>Give the ground, one of: %1.</source>
        <translation>Nhập căn cứ, là một trong: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ground here; use one of: %2.</source>
        <translation>&quot;%1&quot; không phải căn cứ hợp lệ ở đây; dùng một trong: %2.</translation>
    </message>
    <message>
        <source>The date of this step</source>
        <translation>Ngày của bước này</translation>
    </message>
    <message>
        <source>Write the reason for this step (%1); it is kept in the case file.</source>
        <translation>Nhập lý do của bước này (%1); lý do được lưu trong hồ sơ vụ việc.</translation>
    </message>
    <message>
        <source>Write the outcome of the case before closing it.</source>
        <translation>Nhập kết quả vụ việc trước khi kết thúc.</translation>
    </message>
    <message>
        <source>Give the provider to assign.</source>
        <translation>Nhập người thực hiện trợ giúp pháp lý được cử.</translation>
    </message>
    <message>
        <source>The decision date %1 is before the change of provider was requested (%2); a decision follows the request.</source>
        <translation>Ngày quyết định %1 trước ngày đề nghị thay đổi người thực hiện (%2); quyết định phải sau đề nghị.</translation>
    </message>
    <message>
        <source>Give the organisation the case is transferred to.</source>
        <translation>Nhập tổ chức nhận vụ việc được chuyển.</translation>
    </message>
    <message>
        <source>There is no active organisation with id %1; see org list for the directory.</source>
        <translation>Không có tổ chức đang hoạt động có mã %1; xem org list để tra danh bạ.</translation>
    </message>
    <message>
        <source>The date %1 is before %2, the date of the case&apos;s last step (%3); steps are recorded in order, so give %2 or later.</source>
        <translation>Ngày %1 trước ngày %2 là ngày của bước gần nhất (%3); các bước được ghi theo thứ tự, hãy nhập từ ngày %2 trở đi.</translation>
    </message>
    <message>
        <source>A case cannot be transferred to the unit that holds it; choose another organisation.</source>
        <translation>Không thể chuyển vụ việc cho chính đơn vị đang thụ lý; hãy chọn tổ chức khác.</translation>
    </message>
    <message>
        <source>This provider already handles the case; choose another provider.</source>
        <translation>Người này đang thực hiện vụ việc; hãy chọn người thực hiện khác.</translation>
    </message>
</context>
<context>
    <name>CaseListSource</name>
    <message>
        <source>Cannot read the case list: %1</source>
        <translation>Không đọc được danh sách vụ việc: %1</translation>
    </message>
    <message>
        <source>The case list filter &quot;%1&quot; is not known; choose a value from the filter bar.</source>
        <translation>Không có bộ lọc danh sách vụ việc &quot;%1&quot;; hãy chọn một giá trị trên thanh lọc.</translation>
    </message>
    <message>
        <source>File code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Người được trợ giúp</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Thời hạn gần nhất</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (quá hạn)</translation>
    </message>
    <message>
        <source>provider change decided late</source>
        <translation>quyết định thay đổi người thực hiện muộn</translation>
    </message>
</context>
<context>
    <name>CaseReferenceRepository</name>
    <message>
        <source>Cannot read the people and directory records of a case: %1</source>
        <translation>Không đọc được hồ sơ người và danh bạ liên quan đến vụ việc: %1</translation>
    </message>
</context>
<context>
    <name>CaseRefusalGround</name>
    <message>
        <source>not eligible for legal aid</source>
        <translation>không thuộc diện được trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>the request has unlawful content</source>
        <translation>yêu cầu có nội dung trái pháp luật</translation>
    </message>
    <message>
        <source>the person has died</source>
        <translation>người được trợ giúp pháp lý đã chết</translation>
    </message>
    <message>
        <source>already handled by another legal-aid provider</source>
        <translation>vụ việc đã được tổ chức thực hiện trợ giúp pháp lý khác thụ lý</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Cannot read or write cases: %1</source>
        <translation>Không đọc hoặc ghi được vụ việc: %1</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>There is no case with id %1. Check the id printed when it was opened.</source>
        <translation>Không có vụ việc có mã %1. Kiểm tra mã được in ra khi mở vụ việc.</translation>
    </message>
    <message>
        <source>%1 (%2) is in the future; give the day it actually happened.</source>
        <translation>%1 (%2) là ngày trong tương lai; hãy nhập ngày thực tế đã diễn ra.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of legal aid: the Law on Legal Aid 2017 (article 27) excludes business and commerce, so choose another field of law.</source>
        <translation>&quot;%1&quot; không phải lĩnh vực trợ giúp pháp lý: Luật Trợ giúp pháp lý 2017 (Điều 27) loại trừ lĩnh vực kinh doanh, thương mại; hãy chọn lĩnh vực khác.</translation>
    </message>
    <message>
        <source>There is no branch with the unit code &quot;%1&quot;; use the centre&apos;s code %2 or the code of a branch in the directory.</source>
        <translation>Không có chi nhánh có mã đơn vị &quot;%1&quot;; dùng mã của Trung tâm %2 hoặc mã một chi nhánh trong danh bạ.</translation>
    </message>
    <message>
        <source>The branch %1 is no longer active; open the case at another unit.</source>
        <translation>Chi nhánh %1 không còn hoạt động; hãy mở vụ việc tại đơn vị khác.</translation>
    </message>
    <message>
        <source>Give the field of law of the case, for example hinh_su.</source>
        <translation>Nhập lĩnh vực pháp luật của vụ việc, ví dụ hinh_su.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of law in the catalogue; use one of: %2.</source>
        <translation>&quot;%1&quot; không có trong danh mục lĩnh vực pháp luật; dùng một trong: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active beneficiary group; see catalogue list groups, for example art7_6a.</source>
        <translation>&quot;%1&quot; không phải diện người được trợ giúp pháp lý đang áp dụng; xem catalogue list groups, ví dụ art7_6a.</translation>
    </message>
    <message>
        <source>The beneficiary group %1 is historical and applies only to requests received until %2; for victims and people being identified use art7_6a.</source>
        <translation>Diện %1 đã hết hiệu lực, chỉ áp dụng cho yêu cầu tiếp nhận đến ngày %2; với nạn nhân và người đang trong quá trình xác định là nạn nhân hãy dùng art7_6a.</translation>
    </message>
    <message>
        <source>A court-appointed defence is participation in proceedings: open it with the form litigation.</source>
        <translation>Bào chữa theo chỉ định của cơ quan tiến hành tố tụng là tham gia tố tụng: hãy mở vụ việc với hình thức litigation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a form of legal aid; use consultation, litigation or out_of_court.</source>
        <translation>&quot;%1&quot; không phải hình thức trợ giúp pháp lý; dùng consultation, litigation hoặc out_of_court.</translation>
    </message>
    <message>
        <source>Give the person the legal aid is for (their id in the register of people).</source>
        <translation>Nhập người được trợ giúp pháp lý (mã của người đó trong sổ người được trợ giúp).</translation>
    </message>
    <message>
        <source>There is no person with id %1; add the person first, then open the case.</source>
        <translation>Không có người có mã %1; hãy thêm người trước rồi mới mở vụ việc.</translation>
    </message>
    <message>
        <source>The date the request was received</source>
        <translation>Ngày tiếp nhận yêu cầu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source of requests; use one of: %2.</source>
        <translation>&quot;%1&quot; không phải nguồn tiếp nhận yêu cầu; dùng một trong: %2.</translation>
    </message>
    <message>
        <source>When a representative makes the request, give both their name and their relation to the person.</source>
        <translation>Khi người đại diện yêu cầu, hãy nhập cả họ tên và quan hệ của họ với người được trợ giúp.</translation>
    </message>
</context>
<context>
    <name>CaseSource</name>
    <message>
        <source>came to the office</source>
        <translation>đến trực tiếp</translation>
    </message>
    <message>
        <source>hotline 18001233</source>
        <translation>tổng đài 18001233</translation>
    </message>
    <message>
        <source>referred by a partner</source>
        <translation>do cơ quan, tổ chức chuyển gửi</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>qua bưu chính</translation>
    </message>
    <message>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>received</source>
        <translation>đã tiếp nhận</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>đã thụ lý</translation>
    </message>
    <message>
        <source>assigned to a provider</source>
        <translation>đã cử người thực hiện</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>đang thực hiện</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>đã từ chối</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>đã rút yêu cầu</translation>
    </message>
    <message>
        <source>discontinued</source>
        <translation>không tiếp tục thực hiện</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>đã chuyển</translation>
    </message>
</context>
<context>
    <name>CaseUrgentReason</name>
    <message>
        <source>the hearing is only a few working days away</source>
        <translation>phiên tòa chỉ còn ít ngày làm việc</translation>
    </message>
    <message>
        <source>the limitation period ends in a few working days</source>
        <translation>thời hiệu chỉ còn ít ngày làm việc</translation>
    </message>
    <message>
        <source>court-appointed defence</source>
        <translation>bào chữa theo chỉ định</translation>
    </message>
</context>
<context>
    <name>CentreSettings</name>
    <message>
        <source>Enter the centre&apos;s name.</source>
        <translation>Hãy nhập tên Trung tâm.</translation>
    </message>
    <message>
        <source>The centre code &quot;%1&quot; is not valid: use 1 to 10 capital letters or digits starting with a letter, for example TT or CN1.</source>
        <translation>Mã đơn vị &quot;%1&quot; không hợp lệ: dùng 1 đến 10 chữ in hoa hoặc chữ số, bắt đầu bằng chữ cái, ví dụ TT hoặc CN1.</translation>
    </message>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation>Không đọc được phần cài đặt: %1</translation>
    </message>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>Không lưu được phần cài đặt: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Tùy chọn --%1 cần một giá trị.</translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line: use --password-file FILE, --password-stdin or type it when asked.</source>
        <translation>Không bao giờ nhận mật khẩu từ dòng lệnh: hãy dùng --password-file TỆP, --password-stdin hoặc gõ khi được hỏi.</translation>
    </message>
    <message>
        <source>Unknown option --%1. See legalaid-cli --help.</source>
        <translation>Không có tùy chọn --%1. Xem legalaid-cli --help.</translation>
    </message>
    <message>
        <source>Give the database with --db PATH.</source>
        <translation>Hãy chỉ ra cơ sở dữ liệu bằng --db ĐƯỜNG_DẪN.</translation>
    </message>
    <message>
        <source>Give the user name with --user NAME.</source>
        <translation>Hãy chỉ ra tên đăng nhập bằng --user TÊN.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>Give the new password with --new-password-file FILE.</source>
        <translation>Hãy đưa mật khẩu mới bằng --new-password-file TỆP.</translation>
    </message>
    <message>
        <source>Recovery code (shown only this once; print it or write it down and keep it in a safe):</source>
        <translation>Mã khôi phục (chỉ hiện một lần này; hãy in ra hoặc chép lại và cất vào két):</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s user name with --admin NAME.</source>
        <translation>Hãy chỉ ra tên đăng nhập của quản trị viên bằng --admin TÊN.</translation>
    </message>
    <message>
        <source>Unknown --kdf profile &quot;%1&quot;: use interactive, moderate or sensitive.</source>
        <translation>Mức --kdf &quot;%1&quot; không hợp lệ: dùng interactive, moderate hoặc sensitive.</translation>
    </message>
    <message>
        <source>Created the database %1 and its keyring %2.</source>
        <translation>Đã tạo cơ sở dữ liệu %1 và tệp khóa %2.</translation>
    </message>
    <message>
        <source>%1 (%2), %3 — %4</source>
        <translation>%1 (%2), %3 — %4</translation>
    </message>
    <message>
        <source>Give a --role: admin, director, legal_aid_officer, intake_clerk, statistics_officer or auditor.</source>
        <translation>Hãy chỉ ra --role: admin, director, legal_aid_officer, intake_clerk, statistics_officer hoặc auditor.</translation>
    </message>
    <message>
        <source>Added the user %1 (%2).</source>
        <translation>Đã thêm người dùng %1 (%2).</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Đã đổi mật khẩu của %1.</translation>
    </message>
    <message>
        <source>The user %1 was removed; their audit history is kept.</source>
        <translation>Đã xóa người dùng %1; lịch sử kiểm tra của người này vẫn được giữ.</translation>
    </message>
    <message>
        <source>A new password was set for %1.</source>
        <translation>Đã đặt mật khẩu mới cho %1.</translation>
    </message>
    <message>
        <source>The database key was changed and every user&apos;s slot rewrapped. The old recovery code no longer works.</source>
        <translation>Đã đổi khóa cơ sở dữ liệu và bọc lại khóa cho mọi người dùng. Mã khôi phục cũ không còn dùng được.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>KHÔNG ĐẠT</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>toàn vẹn tệp: %1</translation>
    </message>
    <message>
        <source>schema: version %1 (expected %2): %3</source>
        <translation>lược đồ: phiên bản %1 (cần %2): %3</translation>
    </message>
    <message>
        <source>audit chain: %1 entries: ok</source>
        <translation>chuỗi nhật ký kiểm tra: %1 mục: đạt</translation>
    </message>
    <message>
        <source>audit chain: broken at entry %1: %2</source>
        <translation>chuỗi nhật ký kiểm tra: đứt tại mục %1: %2</translation>
    </message>
    <message>
        <source>keyring: %1</source>
        <translation>tệp khóa: %1</translation>
    </message>
    <message>
        <source>see the lines above</source>
        <translation>xem các dòng ở trên</translation>
    </message>
    <message>
        <source>Verification failed: %1.</source>
        <translation>Kiểm tra không đạt: %1.</translation>
    </message>
    <message>
        <source>Give a command; see legalaid-cli --help.</source>
        <translation>Hãy đưa một lệnh; xem legalaid-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see legalaid-cli --help.</source>
        <translation>Không có lệnh &quot;%1&quot;; xem legalaid-cli --help.</translation>
    </message>
    <message>
        <source>Unknown --lang &quot;%1&quot;: use vi or en.</source>
        <translation>Ngôn ngữ --lang &quot;%1&quot; không hợp lệ: dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation>Không đọc được tệp mật khẩu %1: %2.</translation>
    </message>
    <message>
        <source>The password file %1 is empty: write the password on its first line.</source>
        <translation>Tệp mật khẩu %1 trống: hãy ghi mật khẩu ở dòng đầu tiên.</translation>
    </message>
    <message>
        <source>No password arrived on standard input.</source>
        <translation>Không nhận được mật khẩu nào từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>No password given: use --password-file FILE or --password-stdin, or run the command in a terminal.</source>
        <translation>Chưa có mật khẩu: dùng --password-file TỆP hoặc --password-stdin, hoặc chạy lệnh trong cửa sổ dòng lệnh.</translation>
    </message>
    <message>
        <source>The password is empty. Enter a password.</source>
        <translation>Mật khẩu đang trống. Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;; see legalaid-cli --help.</source>
        <translation>Tùy chọn --%1 không dùng được với lệnh &quot;%2&quot;; xem legalaid-cli --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: write it as YYYY-MM-DD, for example 2026-09-02.</source>
        <translation>&quot;%1&quot; không phải ngày hợp lệ: hãy viết theo dạng YYYY-MM-DD, ví dụ 2026-09-02.</translation>
    </message>
    <message>
        <source>%1 is a holiday: %2.</source>
        <translation>Ngày %1 là ngày nghỉ lễ: %2.</translation>
    </message>
    <message>
        <source>%1 is a working day again.</source>
        <translation>Ngày %1 trở lại là ngày làm việc.</translation>
    </message>
    <message>
        <source>Give --working-days N.</source>
        <translation>Hãy nhập --working-days N.</translation>
    </message>
    <message>
        <source>The deadline %1 is now %2 working days.</source>
        <translation>Thời hạn %1 nay là %2 ngày làm việc.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>vụ việc</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>Vụ việc %1 hiện %2.</translation>
    </message>
    <message>
        <source>Give the person with --person ID.</source>
        <translation>Nhập người được trợ giúp bằng --person MÃ.</translation>
    </message>
    <message>
        <source>Give only one of --hearing-date, --limitation-date and --court-appointed.</source>
        <translation>Chỉ nhập một trong --hearing-date, --limitation-date và --court-appointed.</translation>
    </message>
    <message>
        <source>Opened case %1 with the file code %2.</source>
        <translation>Đã mở vụ việc %1 với mã hồ sơ %2.</translation>
    </message>
    <message>
        <source>Urgent: %1; accept it at once.</source>
        <translation>Khẩn cấp: %1; cần thụ lý ngay.</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>người thực hiện</translation>
    </message>
    <message>
        <source>Case %1 now has the provider %2.</source>
        <translation>Vụ việc %1 nay do người thực hiện %2 đảm nhận.</translation>
    </message>
    <message>
        <source>The change was decided late: it was due by %1.</source>
        <translation>Việc thay đổi được quyết định muộn: hạn là %1.</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>tổ chức</translation>
    </message>
    <message>
        <source>Give --satisfied yes or --satisfied no.</source>
        <translation>Nhập --satisfied yes hoặc --satisfied no.</translation>
    </message>
    <message>
        <source>Added event %1 (%2) to case %3.</source>
        <translation>Đã thêm diễn biến %1 (%2) vào vụ việc %3.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(ẩn)</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Vụ việc %1 — %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Form: %1; field: %2; group: %3</source>
        <translation>Hình thức: %1; lĩnh vực: %2; diện: %3</translation>
    </message>
    <message>
        <source>Beneficiary: %1 (person %2)</source>
        <translation>Người được trợ giúp: %1 (mã %2)</translation>
    </message>
    <message>
        <source>Requested by: %1 (%2)</source>
        <translation>Người yêu cầu: %1 (%2)</translation>
    </message>
    <message>
        <source>Received: %1 (%2), unit %3, register no. %4/%5</source>
        <translation>Tiếp nhận: %1 (%2), đơn vị %3, số thụ lý %4/%5</translation>
    </message>
    <message>
        <source>Urgent: %1</source>
        <translation>Khẩn cấp: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Nội dung yêu cầu: %1</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Người thực hiện: %1 (%2)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case status; use received, accepted, assigned, in_progress, closed, refused, withdrawn, discontinued or transferred.</source>
        <translation>&quot;%1&quot; không phải trạng thái vụ việc; dùng received, accepted, assigned, in_progress, closed, refused, withdrawn, discontinued hoặc transferred.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a form of legal aid; use consultation, litigation or out_of_court.</source>
        <translation>&quot;%1&quot; không phải hình thức trợ giúp pháp lý; dùng consultation, litigation hoặc out_of_court.</translation>
    </message>
    <message>
        <source>overdue by %1 working days</source>
        <translation>quá hạn %1 ngày làm việc</translation>
    </message>
    <message>
        <source>open</source>
        <translation>còn hạn</translation>
    </message>
    <message>
        <source>decided %1</source>
        <translation>quyết định ngày %1</translation>
    </message>
    <message>
        <source>List either groups or fields.</source>
        <translation>Chỉ liệt kê groups hoặc fields.</translation>
    </message>
    <message>
        <source> (historical)</source>
        <translation> (hết hiệu lực)</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (ngừng dùng)</translation>
    </message>
    <message>
        <source>Added %1 to the catalogue.</source>
        <translation>Đã thêm %1 vào danh mục.</translation>
    </message>
    <message>
        <source>%1 is no longer offered for new cases.</source>
        <translation>%1 không còn được dùng cho vụ việc mới.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a valid date: write it as YYYY-MM-DD, for example 2026-06-05.</source>
        <translation>--%1 &quot;%2&quot; không phải ngày hợp lệ: hãy viết theo dạng YYYY-MM-DD, ví dụ 2026-06-05.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a whole number.</source>
        <translation>--%1 &quot;%2&quot; không phải số nguyên.</translation>
    </message>
    <message>
        <source>Give --%1; see legalaid-cli --help.</source>
        <translation>Hãy nhập --%1; xem legalaid-cli --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 id: give the number that was printed when it was created.</source>
        <translation>&quot;%1&quot; không phải mã hợp lệ của %2: hãy nhập số đã được in ra khi tạo.</translation>
    </message>
    <message>
        <source>Usage: legalaid-cli [--db PATH] [--user NAME] [--password-file FILE | --password-stdin] [--json] [--lang vi|en] COMMAND

Commands:
</source>
        <translation>Cách dùng: legalaid-cli [--db ĐƯỜNG_DẪN] [--user TÊN] [--password-file TỆP | --password-stdin] [--json] [--lang vi|en] LỆNH

Các lệnh:
</translation>
    </message>
    <message>
        <source>
Exit status is 0 only on success. Errors are one sentence on standard error after a stable code.</source>
        <translation>
Mã thoát bằng 0 chỉ khi thành công. Lỗi là một câu trên luồng lỗi chuẩn, sau một mã lỗi cố định.</translation>
    </message>
    <message>
        <source>Wrong number of words after &quot;%1&quot;; it is used as: %2</source>
        <translation>Số từ sau &quot;%1&quot; không đúng; cách dùng: %2</translation>
    </message>
    <message>
        <source>--%1 must be a number of people from 0 upwards.</source>
        <translation>--%1 phải là số người từ 0 trở lên.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>ngừng hoạt động</translation>
    </message>
    <message>
        <source>Organisation %1 was updated.</source>
        <translation>Đã cập nhật tổ chức %1.</translation>
    </message>
    <message>
        <source>Organisation %1 was deactivated.</source>
        <translation>Đã chuyển tổ chức %1 sang trạng thái ngừng hoạt động.</translation>
    </message>
    <message>
        <source>Provider %1 was updated.</source>
        <translation>Đã cập nhật người thực hiện %1.</translation>
    </message>
    <message>
        <source>Provider %1 was deactivated.</source>
        <translation>Đã chuyển người thực hiện %1 sang trạng thái ngừng hoạt động.</translation>
    </message>
    <message>
        <source>Answer due on %1.</source>
        <translation>Hạn trả lời: ngày %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Referral %1 is now %2.</source>
        <translation>Chuyển gửi %1 hiện %2.</translation>
    </message>
    <message>
        <source>Referral %1: %2, person %3, organisation %4</source>
        <translation>Chuyển gửi %1: %2, người được trợ giúp %3, tổ chức %4</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Dịch vụ: %1</translation>
    </message>
    <message>
        <source>Status: %1 (sent %2, answer due %3)%4</source>
        <translation>Trạng thái: %1 (gửi ngày %2, hạn trả lời %3)%4</translation>
    </message>
    <message>
        <source>, overdue</source>
        <translation>, quá hạn</translation>
    </message>
    <message>
        <source>  disclosed %1 under consent %2</source>
        <translation>  đã cung cấp %1 theo sự đồng ý %2</translation>
    </message>
    <message>
        <source>Activity %1 was updated.</source>
        <translation>Đã cập nhật hoạt động %1.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not valid: answer yes or no.</source>
        <translation>--%1 &quot;%2&quot; không hợp lệ: hãy trả lời yes hoặc no.</translation>
    </message>
    <message>
        <source>Unknown --category &quot;%1&quot;: use victim, under_identification or accompanying_minor.</source>
        <translation>Đối tượng --category &quot;%1&quot; không hợp lệ: dùng victim, under_identification hoặc accompanying_minor.</translation>
    </message>
    <message>
        <source>Unknown --sex &quot;%1&quot;: use f, m or x.</source>
        <translation>Giới tính --sex &quot;%1&quot; không hợp lệ: dùng f, m hoặc x.</translation>
    </message>
    <message>
        <source>Unknown --id-type &quot;%1&quot;: use cccd, passport or none.</source>
        <translation>Loại giấy tờ --id-type &quot;%1&quot; không hợp lệ: dùng cccd, passport hoặc none.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>người được trợ giúp</translation>
    </message>
    <message>
        <source>Give --category victim, under_identification or accompanying_minor.</source>
        <translation>Hãy nhập --category victim, under_identification hoặc accompanying_minor.</translation>
    </message>
    <message>
        <source>Give the person&apos;s --full-name.</source>
        <translation>Hãy nhập họ và tên của người được trợ giúp bằng --full-name.</translation>
    </message>
    <message>
        <source>Added person %1.</source>
        <translation>Đã thêm người được trợ giúp %1.</translation>
    </message>
    <message>
        <source>Updated person %1.</source>
        <translation>Đã cập nhật người được trợ giúp %1.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Mã người được trợ giúp</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Tình trạng xác định nạn nhân</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Hình thức bóc lột</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Nước đến</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Hình thức trở về</translation>
    </message>
    <message>
        <source>Accompanies person</source>
        <translation>Đi cùng người được trợ giúp</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Identification decision</source>
        <translation>Quyết định xác định nạn nhân</translation>
    </message>
    <message>
        <source>#%1 given on %2 by %3; keep data: %4; share: %5</source>
        <translation>số %1, ngày %2, người đồng ý: %3; lưu giữ dữ liệu: %4; chia sẻ: %5</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>; withdrawn on %1</source>
        <translation>; đã rút lại ngày %1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <source>--limit must be from 1 to 1000.</source>
        <translation>--limit phải từ 1 đến 1000.</translation>
    </message>
    <message>
        <source>No one found.</source>
        <translation>Không tìm thấy người nào.</translation>
    </message>
    <message>
        <source>Unknown catalogue &quot;%1&quot;: use one of %2.</source>
        <translation>Không có danh mục &quot;%1&quot;: dùng một trong: %2.</translation>
    </message>
    <message>
        <source>Unknown --status &quot;%1&quot;: use under_identification, identified or not_victim.</source>
        <translation>Tình trạng --status &quot;%1&quot; không hợp lệ: dùng under_identification, identified hoặc not_victim.</translation>
    </message>
    <message>
        <source>Give the date of the decision with --decision-date YYYY-MM-DD.</source>
        <translation>Hãy nhập ngày quyết định bằng --decision-date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Recorded decision %1 for person %2; current status: %3.</source>
        <translation>Đã ghi nhận quyết định %1 đối với người được trợ giúp %2; tình trạng hiện tại: %3.</translation>
    </message>
    <message>
        <source>The person is now recorded as: %1.</source>
        <translation>Người này nay được ghi nhận là: %1.</translation>
    </message>
    <message>
        <source>Unknown --given-by &quot;%1&quot;: use person, representative or both.</source>
        <translation>Người đồng ý --given-by &quot;%1&quot; không hợp lệ: dùng person, representative hoặc both.</translation>
    </message>
    <message>
        <source>Give the date of the consent with --given-on YYYY-MM-DD.</source>
        <translation>Hãy nhập ngày đồng ý bằng --given-on YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Recorded consent %1 for person %2.</source>
        <translation>Đã ghi nhận sự đồng ý %1 của người được trợ giúp %2.</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>sự đồng ý</translation>
    </message>
    <message>
        <source>Give the date of the withdrawal with --on YYYY-MM-DD.</source>
        <translation>Hãy nhập ngày rút lại sự đồng ý bằng --on YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Consent %1 is withdrawn as of %2.</source>
        <translation>Sự đồng ý %1 đã được rút lại từ ngày %2.</translation>
    </message>
    <message>
        <source>Sharing is allowed under consent %1.</source>
        <translation>Được phép chia sẻ theo sự đồng ý %1.</translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it.</source>
        <translation>%1 đã tồn tại; hãy thêm --force để ghi đè.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Đã ghi %1 (%n trang).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Saved version %1 of the template &quot;%2&quot;.</source>
        <translation>Đã lưu phiên bản %1 của mẫu văn bản &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is the shipped default again.</source>
        <translation>Mẫu văn bản &quot;%1&quot; đã trở lại mẫu mặc định.</translation>
    </message>
    <message>
        <source>--%1 must be a number from 0 upwards.</source>
        <translation>--%1 phải là một số từ 0 trở lên.</translation>
    </message>
    <message>
        <source>%1 rows in %2 s (%3 rows/s)</source>
        <translation>%1 dòng trong %2 giây (%3 dòng/giây)</translation>
    </message>
    <message>
        <source>Wrote and checked the backup %1 (%2 bytes).</source>
        <translation>Đã ghi và kiểm tra bản sao lưu %1 (%2 byte).</translation>
    </message>
    <message>
        <source>last good backup: %1</source>
        <translation>bản sao lưu tốt gần nhất: %1</translation>
    </message>
    <message>
        <source>last good backup: none</source>
        <translation>bản sao lưu tốt gần nhất: chưa có</translation>
    </message>
    <message>
        <source>OVERDUE: no good backup in the last %1 days.</source>
        <translation>QUÁ HẠN: không có bản sao lưu tốt nào trong %1 ngày gần đây.</translation>
    </message>
    <message>
        <source>up to date (limit %1 days)</source>
        <translation>còn trong hạn (giới hạn %1 ngày)</translation>
    </message>
    <message>
        <source>Restored the backup of %1 to %2.</source>
        <translation>Đã khôi phục bản sao lưu của %1 vào %2.</translation>
    </message>
    <message>
        <source>The database that was there is kept as %1.</source>
        <translation>Cơ sở dữ liệu có sẵn ở đó được giữ lại thành %1.</translation>
    </message>
    <message>
        <source>Exported %1 anonymised rows to %2 (data dictionary: %3).</source>
        <translation>Đã xuất %1 dòng đã ẩn danh ra %2 (từ điển dữ liệu: %3).</translation>
    </message>
    <message>
        <source>Exported %1 rows WITH NAMES to %2 (data dictionary: %3). Keep this file confidential.</source>
        <translation>Đã xuất %1 dòng CÓ HỌ TÊN ra %2 (từ điển dữ liệu: %3). Hãy giữ bí mật tệp này.</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>So sánh với: %1</translation>
    </message>
    <message>
        <source>previous: %1</source>
        <translation>kỳ trước: %1</translation>
    </message>
    <message>
        <source>Known in the period: %1; received legal aid: %2 (%3%); not yet: %4.</source>
        <translation>Số người được ghi nhận trong kỳ: %1; đã được trợ giúp pháp lý: %2 (%3%); chưa được: %4.</translation>
    </message>
    <message>
        <source>Printed the report for %1 to %2 (%3 pages).</source>
        <translation>Đã in báo cáo kỳ %1 ra %2 (%3 trang).</translation>
    </message>
    <message>
        <source>There is no form &quot;%1&quot;; the forms are: request, assignment, provider-change, refusal, discontinuation, referral, feedback.</source>
        <translation>Không có biểu mẫu &quot;%1&quot;; các biểu mẫu hiện có: request, assignment, provider-change, refusal, discontinuation, referral, feedback.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 organisations and %2 providers into the directory.</source>
        <translation>Đã nhập %1 tổ chức và %2 người thực hiện trợ giúp pháp lý vào danh bạ.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>%1 is now %2, from their next sign-in.</source>
        <translation>%1 nay có vai trò %2, áp dụng từ lần đăng nhập tiếp theo.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s). %1</source>
        <translation>
            <numerusform>Chưa nhập gì: tệp có %n lỗi. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown report format &quot;%1&quot;; use text, json, csv or pdf.</source>
        <translation>Không có định dạng báo cáo &quot;%1&quot;; hãy dùng text, json, csv hoặc pdf.</translation>
    </message>
    <message>
        <source>A %1 report is a file: add --out FILE.</source>
        <translation>Báo cáo dạng %1 là một tệp: hãy thêm --out TỆP.</translation>
    </message>
    <message>
        <source>Wrote the report for %1 to %2.</source>
        <translation>Đã ghi báo cáo kỳ %1 vào %2.</translation>
    </message>
</context>
<context>
    <name>ConsentCheck</name>
    <message>
        <source>There is no organisation with id %1 in the directory: check the id.</source>
        <translation>Không có tổ chức có mã %1 trong danh bạ: hãy kiểm tra lại mã.</translation>
    </message>
    <message>
        <source>No consent is recorded for person %1: record their consent before sharing anything with %2.</source>
        <translation>Chưa ghi nhận sự đồng ý của người có mã %1: hãy ghi nhận sự đồng ý của người đó trước khi chia sẻ bất kỳ thông tin nào với %2.</translation>
    </message>
    <message>
        <source>Person %1 had given no consent yet on %2: record a consent that names %3 before sharing anything with them.</source>
        <translation>Đến ngày %2, người có mã %1 chưa có sự đồng ý nào: hãy ghi nhận sự đồng ý có nêu %3 trước khi chia sẻ bất kỳ thông tin nào.</translation>
    </message>
    <message>
        <source>Person %1 withdrew their consent to sharing on %2: consent %3 given on %4 is their latest, so nothing may be shared with %5 unless a new consent is recorded.</source>
        <translation>Người có mã %1 đã rút lại sự đồng ý chia sẻ thông tin vào ngày %2: sự đồng ý %3 ngày %4 là sự đồng ý gần nhất, vì vậy không được chia sẻ thông tin với %5 trừ khi ghi nhận sự đồng ý mới.</translation>
    </message>
    <message>
        <source>Under their latest consent, consent %1 given on %2, person %3 does not allow sharing with anyone, so nothing may be shared with %4 unless a new consent is recorded.</source>
        <translation>Theo sự đồng ý gần nhất (sự đồng ý %1 ngày %2), người có mã %3 không đồng ý chia sẻ thông tin với bất kỳ ai, vì vậy không được chia sẻ với %4 trừ khi ghi nhận sự đồng ý mới.</translation>
    </message>
    <message>
        <source>Person %1 has not consented to sharing with %2 on %3: their latest consent, consent %4 given on %5, does not name this organisation, so record a consent that names it before sharing anything.</source>
        <translation>Vào ngày %3, người có mã %1 chưa đồng ý chia sẻ thông tin với %2: sự đồng ý gần nhất (sự đồng ý %4 ngày %5) không nêu tổ chức này, vì vậy hãy ghi nhận sự đồng ý có nêu tổ chức trước khi chia sẻ.</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>Cannot read or write consents: %1</source>
        <translation>Không đọc hoặc ghi được dữ liệu về sự đồng ý: %1</translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>There is no organisation with id %1 in the directory: check the id, or add the organisation first.</source>
        <translation>Không có tổ chức có mã %1 trong danh bạ: hãy kiểm tra lại mã, hoặc thêm tổ chức đó vào danh bạ trước.</translation>
    </message>
    <message>
        <source>There is no consent with id %1: check the id.</source>
        <translation>Không có sự đồng ý có mã %1: hãy kiểm tra lại mã.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The CSV file is not valid at line %1: %2.</source>
        <translation>Tệp CSV không hợp lệ ở dòng %1: %2.</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>tệp quá lớn</translation>
    </message>
    <message>
        <source>too many fields</source>
        <translation>quá nhiều trường</translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation>văn bản không ở dạng mã UTF-8</translation>
    </message>
    <message>
        <source>a quote inside a field that is not quoted</source>
        <translation>có dấu ngoặc kép trong một trường không đặt trong ngoặc kép</translation>
    </message>
    <message>
        <source>a field is too long</source>
        <translation>một trường quá dài</translation>
    </message>
    <message>
        <source>a quote is never closed</source>
        <translation>có dấu ngoặc kép không được đóng</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>có văn bản sau dấu ngoặc kép đóng</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: the disk is full. Free some space and try again; nothing was written.</source>
        <translation>Không ghi được %1: ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại; chưa có gì được ghi.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist or is read-only. Choose a folder you can write to.</source>
        <translation>Không ghi được %1: thư mục không tồn tại hoặc chỉ cho phép đọc. Hãy chọn thư mục có quyền ghi.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseSetup</name>
    <message>
        <source>Choose where to keep the database.</source>
        <translation>Hãy chọn nơi lưu cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>A file already exists at %1; it is left untouched. Choose another name or folder, or open the existing database.</source>
        <translation>Đã có tệp tại %1; tệp đó được giữ nguyên. Hãy chọn tên hoặc thư mục khác, hoặc mở cơ sở dữ liệu hiện có.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose a folder you can write to.</source>
        <translation>Không tạo được thư mục %1. Hãy chọn thư mục có quyền ghi.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Choose a folder you can write to.</source>
        <translation>Thư mục %1 chỉ cho phép đọc. Hãy chọn thư mục có quyền ghi.</translation>
    </message>
    <message>
        <source>Cannot start the set-up: %1</source>
        <translation>Không bắt đầu được việc thiết lập: %1</translation>
    </message>
    <message>
        <source>Cannot save the new database: %1</source>
        <translation>Không lưu được cơ sở dữ liệu mới: %1</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>Legal Aid Centre of Hai Phong (demo)</source>
        <translation>Trung tâm Trợ giúp pháp lý nhà nước thành phố Hải Phòng (bản dùng thử)</translation>
    </message>
    <message>
        <source>Department of Justice of Hai Phong</source>
        <translation>Sở Tư pháp thành phố Hải Phòng</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>Quản trị viên dùng thử</translation>
    </message>
    <message>
        <source>Demo director</source>
        <translation>Lãnh đạo Trung tâm dùng thử</translation>
    </message>
</context>
<context>
    <name>DeskMain</name>
    <message>
        <source>The encryption library could not start, so the database cannot be opened safely. Reinstall legalaid-desk.</source>
        <translation>Thư viện mã hóa không khởi động được nên không thể mở cơ sở dữ liệu an toàn. Hãy cài đặt lại legalaid-desk.</translation>
    </message>
</context>
<context>
    <name>DirectoryCatalogue</name>
    <message>
        <source>State legal aid centre</source>
        <translation>Trung tâm trợ giúp pháp lý nhà nước</translation>
    </message>
    <message>
        <source>Branch of the legal aid centre</source>
        <translation>Chi nhánh của Trung tâm trợ giúp pháp lý nhà nước</translation>
    </message>
    <message>
        <source>Law firm</source>
        <translation>Tổ chức hành nghề luật sư</translation>
    </message>
    <message>
        <source>Legal consulting organisation</source>
        <translation>Tổ chức tư vấn pháp luật</translation>
    </message>
    <message>
        <source>Procedural authority</source>
        <translation>Cơ quan tiến hành tố tụng</translation>
    </message>
    <message>
        <source>Police (provincial or investigating agency)</source>
        <translation>Công an (cấp tỉnh hoặc cơ quan điều tra)</translation>
    </message>
    <message>
        <source>Commune police</source>
        <translation>Công an xã</translation>
    </message>
    <message>
        <source>Border guard</source>
        <translation>Bộ đội Biên phòng</translation>
    </message>
    <message>
        <source>Coast guard</source>
        <translation>Cảnh sát biển</translation>
    </message>
    <message>
        <source>Detention facility</source>
        <translation>Cơ sở giam giữ</translation>
    </message>
    <message>
        <source>Commune people&apos;s committee</source>
        <translation>Ủy ban nhân dân cấp xã</translation>
    </message>
    <message>
        <source>Department of Home Affairs</source>
        <translation>Sở Nội vụ</translation>
    </message>
    <message>
        <source>Victim support facility</source>
        <translation>Cơ sở hỗ trợ nạn nhân</translation>
    </message>
    <message>
        <source>Social assistance facility</source>
        <translation>Cơ sở trợ giúp xã hội</translation>
    </message>
    <message>
        <source>Women&apos;s Union</source>
        <translation>Hội Liên hiệp Phụ nữ</translation>
    </message>
    <message>
        <source>Children&apos;s protection association</source>
        <translation>Hội Bảo vệ quyền trẻ em</translation>
    </message>
    <message>
        <source>Health facility</source>
        <translation>Cơ sở y tế</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Tổ chức khác</translation>
    </message>
    <message>
        <source>Legal aid officer</source>
        <translation>Trợ giúp viên pháp lý</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Luật sư</translation>
    </message>
    <message>
        <source>Legal consultant</source>
        <translation>Tư vấn viên pháp luật</translation>
    </message>
    <message>
        <source>Legal aid collaborator</source>
        <translation>Cộng tác viên trợ giúp pháp lý</translation>
    </message>
</context>
<context>
    <name>DirectoryImport</name>
    <message>
        <source>Cannot read %1: %2. Check the file name and try again.</source>
        <translation>Không đọc được %1: %2. Hãy kiểm tra lại tên tệp và thử lại.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and one line per organisation or provider.</source>
        <translation>Tệp trống: tệp phải có một dòng tiêu đề và mỗi tổ chức hoặc người thực hiện trợ giúp pháp lý ghi trên một dòng.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; in the header: use %2.</source>
        <translation>Dòng tiêu đề có cột &quot;%1&quot; không xác định: hãy dùng các cột %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>Cột &quot;%1&quot; xuất hiện hai lần trong dòng tiêu đề.</translation>
    </message>
    <message>
        <source>The header has no &quot;%1&quot; column; it is required.</source>
        <translation>Dòng tiêu đề thiếu cột &quot;%1&quot;; đây là cột bắt buộc.</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; has been deactivated in the directory; name an active organisation.</source>
        <translation>Tổ chức &quot;%1&quot; đã ngừng hoạt động trong danh bạ; hãy ghi một tổ chức đang hoạt động.</translation>
    </message>
    <message>
        <source>%1 organisations in the directory are called &quot;%2&quot;: name the organisation by its unit code instead.</source>
        <translation>Danh bạ có %1 tổ chức cùng tên &quot;%2&quot;: hãy ghi mã đơn vị của tổ chức thay cho tên.</translation>
    </message>
    <message>
        <source>There is no organisation &quot;%1&quot; earlier in the file or in the directory: add it on an earlier line or check the name or unit code.</source>
        <translation>Không có tổ chức &quot;%1&quot; ở các dòng trước trong tệp hoặc trong danh bạ: hãy thêm tổ chức này ở một dòng phía trên, hoặc kiểm tra lại tên hoặc mã đơn vị.</translation>
    </message>
    <message>
        <source>The line has %1 fields but the header has %2; check the commas and quotes.</source>
        <translation>Dòng này có %1 trường nhưng dòng tiêu đề có %2 trường; hãy kiểm tra lại dấu phẩy và dấu ngoặc kép.</translation>
    </message>
    <message>
        <source>The name is empty; every line needs one.</source>
        <translation>Tên đang để trống; dòng nào cũng phải có tên.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of organisation: use one of %2.</source>
        <translation>&quot;%1&quot; không phải loại tổ chức: hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>A centre or branch needs its unit code (for example CN1) in the code column.</source>
        <translation>Trung tâm hoặc chi nhánh phải có mã đơn vị (ví dụ CN1) ở cột code.</translation>
    </message>
    <message>
        <source>The unit code &quot;%1&quot; is not valid: use 1 to 10 capital letters and digits, starting with a letter.</source>
        <translation>Mã đơn vị &quot;%1&quot; không hợp lệ: dùng 1 đến 10 chữ in hoa không dấu và chữ số, bắt đầu bằng chữ cái.</translation>
    </message>
    <message>
        <source>The unit code %1 is already used in the directory; choose another code or leave the line out.</source>
        <translation>Mã đơn vị %1 đã được dùng trong danh bạ; hãy chọn mã khác hoặc bỏ dòng này.</translation>
    </message>
    <message>
        <source>The unit code %1 is given to an earlier line too.</source>
        <translation>Mã đơn vị %1 cũng đã được ghi ở một dòng trước.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province code; see legalaid-cli catalogue provinces.</source>
        <translation>&quot;%1&quot; không phải mã tỉnh, thành phố; xem danh mục bằng lệnh legalaid-cli catalogue provinces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the directory (organisation %2); leave the line out.</source>
        <translation>&quot;%1&quot; đã có trong danh bạ (tổ chức %2); hãy bỏ dòng này.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given on an earlier line too.</source>
        <translation>&quot;%1&quot; cũng đã được ghi ở một dòng trước.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of provider: use one of %2.</source>
        <translation>&quot;%1&quot; không phải loại người thực hiện trợ giúp pháp lý: hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>A %1 acts under a card: fill in card_number.</source>
        <translation>Người thực hiện là %1 hoạt động theo thẻ: hãy điền số thẻ vào cột card_number.</translation>
    </message>
    <message>
        <source>The card number %1 belongs to provider %2 already in the directory; leave the line out.</source>
        <translation>Số thẻ %1 là của người thực hiện %2 đã có trong danh bạ; hãy bỏ dòng này.</translation>
    </message>
    <message>
        <source>The card number %1 is on line %2 too.</source>
        <translation>Số thẻ %1 cũng có ở dòng %2.</translation>
    </message>
    <message>
        <source>Name the organisation the provider works for in the organisation column.</source>
        <translation>Hãy ghi tổ chức nơi người thực hiện làm việc vào cột organisation.</translation>
    </message>
    <message>
        <source>%1 of %2 is on an earlier line too.</source>
        <translation>%1 (thuộc %2) cũng đã có ở một dòng trước.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the record column is neither organisation nor provider.</source>
        <translation>Giá trị &quot;%1&quot; ở cột record không phải organisation (tổ chức) hay provider (người thực hiện).</translation>
    </message>
    <message>
        <source>The file has a header but no organisation or provider.</source>
        <translation>Tệp có dòng tiêu đề nhưng không có tổ chức hay người thực hiện trợ giúp pháp lý nào.</translation>
    </message>
</context>
<context>
    <name>DirectoryRepository</name>
    <message>
        <source>Cannot read or write the directory: %1</source>
        <translation>Không đọc hoặc ghi được danh bạ: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>There is no organisation %1 in the directory. Check the number in the list of organisations.</source>
        <translation>Danh bạ không có tổ chức %1. Hãy kiểm tra lại số trong danh sách tổ chức.</translation>
    </message>
    <message>
        <source>There is no provider %1 in the directory. Check the number in the list of providers.</source>
        <translation>Danh bạ không có người thực hiện %1. Hãy kiểm tra lại số trong danh sách người thực hiện trợ giúp pháp lý.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of organisation: use one of %2.</source>
        <translation>&quot;%1&quot; không phải loại tổ chức: hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Hãy nhập tên tổ chức.</translation>
    </message>
    <message>
        <source>Give the unit code (capital letters and digits, for example CN1): the centre and each branch need one for their case file codes.</source>
        <translation>Hãy nhập mã đơn vị (chữ in hoa và chữ số, ví dụ CN1): Trung tâm và mỗi chi nhánh đều cần mã này để lập mã hồ sơ vụ việc.</translation>
    </message>
    <message>
        <source>The unit code &quot;%1&quot; is not valid: use 1 to 10 capital letters and digits without accents, starting with a letter, for example CN1.</source>
        <translation>Mã đơn vị &quot;%1&quot; không hợp lệ: dùng 1 đến 10 chữ in hoa không dấu và chữ số, bắt đầu bằng chữ cái, ví dụ CN1.</translation>
    </message>
    <message>
        <source>The unit code %1 is the centre&apos;s own code. Choose another code, for example CN1.</source>
        <translation>Mã đơn vị %1 là mã của chính Trung tâm. Hãy chọn mã khác, ví dụ CN1.</translation>
    </message>
    <message>
        <source>The unit code %1 is already used by organisation %2 (%3). Choose another code.</source>
        <translation>Mã đơn vị %1 đã được dùng cho tổ chức %2 (%3). Hãy chọn mã khác.</translation>
    </message>
    <message>
        <source>An organisation cannot be its own parent. Choose another parent organisation or none.</source>
        <translation>Tổ chức không thể là tổ chức cấp trên của chính nó. Hãy chọn tổ chức cấp trên khác hoặc để trống.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of provider: use one of %2.</source>
        <translation>&quot;%1&quot; không phải loại người thực hiện trợ giúp pháp lý: hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s full name.</source>
        <translation>Hãy nhập họ và tên của người thực hiện trợ giúp pháp lý.</translation>
    </message>
    <message>
        <source>A %1 acts under a card: enter the card number.</source>
        <translation>Người thực hiện là %1 hoạt động theo thẻ: hãy nhập số thẻ.</translation>
    </message>
    <message>
        <source>Choose the organisation the provider works for.</source>
        <translation>Hãy chọn tổ chức nơi người thực hiện làm việc.</translation>
    </message>
    <message>
        <source>The organisation %1 (%2) has been deactivated. Choose an active organisation.</source>
        <translation>Tổ chức %1 (%2) đã ngừng hoạt động. Hãy chọn tổ chức đang hoạt động.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The template has a malformed placeholder {{%1}}.</source>
        <translation>Mẫu văn bản có trường thay thế sai cú pháp {{%1}}.</translation>
    </message>
    <message>
        <source>The template closes the section {{/%1}} that is not open.</source>
        <translation>Mẫu văn bản đóng phần {{/%1}} nhưng phần này chưa được mở.</translation>
    </message>
    <message>
        <source>The template does not close the section {{#%1}}.</source>
        <translation>Mẫu văn bản chưa đóng phần {{#%1}}.</translation>
    </message>
    <message>
        <source>The template has a placeholder that is not closed with }}: %1</source>
        <translation>Mẫu văn bản có trường thay thế chưa đóng bằng }}: %1</translation>
    </message>
    <message>
        <source>The template uses an unknown placeholder {{%1}}.</source>
        <translation>Mẫu văn bản dùng trường thay thế không có {{%1}}.</translation>
    </message>
    <message>
        <source>{{%1}} is a list: use it as a section {{#%1}}…{{/%1}}.</source>
        <translation>{{%1}} là một danh sách: hãy dùng dưới dạng phần {{#%1}}…{{/%1}}.</translation>
    </message>
    <message>
        <source>Cannot read or save the document templates: %1</source>
        <translation>Không đọc hoặc lưu được mẫu văn bản: %1</translation>
    </message>
    <message>
        <source>There is no document &quot;%1&quot;; the documents are: %2.</source>
        <translation>Không có văn bản &quot;%1&quot;; các văn bản hiện có: %2.</translation>
    </message>
    <message>
        <source>Request for legal aid</source>
        <translation>Đơn yêu cầu trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>The default template of &quot;%1&quot; is missing.</source>
        <translation>Thiếu mẫu mặc định của &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The template of &quot;%1&quot; is empty.</source>
        <translation>Mẫu văn bản của &quot;%1&quot; trống.</translation>
    </message>
    <message>
        <source>Documents can only be drawn in a graphical application.</source>
        <translation>Chỉ có thể dựng văn bản trong ứng dụng có giao diện đồ họa.</translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>In bởi %1 lúc %2</translation>
    </message>
    <message>
        <source>CONFIDENTIAL – contains personal data; do not disclose without the person&apos;s consent (Law on Prevention and Combat of Human Trafficking 2024).</source>
        <translation>MẬT – có thông tin cá nhân; không được tiết lộ khi chưa có sự đồng ý của người có thông tin (Luật Phòng, chống mua bán người năm 2024).</translation>
    </message>
    <message>
        <source>The document could not be drawn on the page.</source>
        <translation>Không dựng được văn bản lên trang.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Không tạo được trang mới.</translation>
    </message>
    <message>
        <source>The document could not be drawn as a PDF.</source>
        <translation>Không tạo được văn bản dạng PDF.</translation>
    </message>
    <message>
        <source>Decision assigning the legal-aid provider</source>
        <translation>Quyết định cử người thực hiện trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Decision changing the legal-aid provider</source>
        <translation>Quyết định thay đổi người thực hiện trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Refusal of legal aid</source>
        <translation>Văn bản từ chối thụ lý vụ việc trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Notice of discontinued legal aid</source>
        <translation>Thông báo không tiếp tục thực hiện trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Beneficiary feedback form</source>
        <translation>Phiếu lấy ý kiến người được trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Case dossier</source>
        <translation>Hồ sơ vụ việc trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>Phiếu chuyển gửi</translation>
    </message>
    <message>
        <source>Case register (form 01)</source>
        <translation>Sổ thụ lý vụ việc trợ giúp pháp lý (Mẫu số 01)</translation>
    </message>
    <message>
        <source>List of legal-aid organisations and providers</source>
        <translation>Danh sách tổ chức và người thực hiện trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>List of beneficiaries</source>
        <translation>Danh sách người được trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>The %1 needs a period: give its first and last day.</source>
        <translation>%1 cần có khoảng thời gian: hãy nhập ngày đầu và ngày cuối.</translation>
    </message>
    <message>
        <source>The printer does not accept an A4 page with the margins of an official document.</source>
        <translation>Máy in không nhận khổ giấy A4 với lề theo thể thức văn bản hành chính.</translation>
    </message>
    <message>
        <source>Cannot read the records for the document: %1</source>
        <translation>Không đọc được dữ liệu để lập văn bản: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document printed for a case.</source>
        <translation>&quot;%1&quot; không phải văn bản được in cho vụ việc.</translation>
    </message>
    <message>
        <source>No provider has been assigned to case %1 yet: assign one before printing the decision.</source>
        <translation>Vụ việc %1 chưa được cử người thực hiện: hãy cử người thực hiện trước khi in quyết định.</translation>
    </message>
    <message>
        <source>Case %1 was not refused: the refusal letter is printed after the case is refused.</source>
        <translation>Vụ việc %1 không bị từ chối: văn bản từ chối chỉ được in sau khi đã từ chối vụ việc.</translation>
    </message>
    <message>
        <source>Case %1 was not discontinued: the notice is printed after the case is discontinued.</source>
        <translation>Vụ việc %1 không thuộc trường hợp không tiếp tục thực hiện: thông báo chỉ được in sau khi đã quyết định không tiếp tục thực hiện vụ việc.</translation>
    </message>
    <message>
        <source>The provider of case %1 was never changed: record the change before printing the decision.</source>
        <translation>Vụ việc %1 chưa từng thay đổi người thực hiện: hãy ghi nhận việc thay đổi trước khi in quyết định.</translation>
    </message>
    <message>
        <source>Referral %1 is incoming: a referral slip is printed for a person the centre sends to a partner.</source>
        <translation>Chuyển gửi %1 là chuyển gửi đến: phiếu chuyển gửi chỉ được in khi Trung tâm chuyển gửi người đến đối tác.</translation>
    </message>
    <message>
        <source>The person&apos;s consent no longer allows sharing with this partner: the referral slip cannot be printed.</source>
        <translation>Sự đồng ý của người được trợ giúp không còn cho phép chia sẻ thông tin với đối tác này: không thể in phiếu chuyển gửi.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Đã hủy việc in.</translation>
    </message>
</context>
<context>
    <name>EncryptedDatabase</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a legal-aid database.</source>
        <translation>%1 là tệp SQLite không mã hóa, không phải cơ sở dữ liệu trợ giúp pháp lý.</translation>
    </message>
    <message>
        <source>%1 is not a legal-aid database, or it is damaged (its size does not fit). Restore it from a backup.</source>
        <translation>%1 không phải cơ sở dữ liệu trợ giúp pháp lý, hoặc đã bị hỏng (kích thước không khớp). Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 cannot be opened with its key: it is not a legal-aid database, it is damaged, or the keyring beside it belongs to another database. Restore it from a backup.</source>
        <translation>Không mở được %1 bằng khóa của nó: tệp không phải cơ sở dữ liệu trợ giúp pháp lý, đã bị hỏng, hoặc tệp khóa bên cạnh thuộc về cơ sở dữ liệu khác. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Check the path.</source>
        <translation>Không có cơ sở dữ liệu %1. Hãy kiểm tra lại đường dẫn.</translation>
    </message>
    <message>
        <source>%1 is not a file, so it is not a legal-aid database.</source>
        <translation>%1 không phải là tệp nên không phải cơ sở dữ liệu trợ giúp pháp lý.</translation>
    </message>
    <message>
        <source>A file already exists at %1; it is left untouched. Choose another name or folder.</source>
        <translation>Đã có tệp tại %1; tệp đó được giữ nguyên. Hãy chọn tên hoặc thư mục khác.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. The database needs a folder it can write to.</source>
        <translation>Thư mục %1 chỉ cho phép đọc. Cơ sở dữ liệu cần thư mục có quyền ghi.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>Cannot set the database key</source>
        <translation>Không đặt được khóa cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cannot apply the cipher settings</source>
        <translation>Không áp dụng được thông số mã hóa</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Restore it from a backup.</source>
        <translation>%1 bị hỏng: %2. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>Cannot switch the database to write-ahead logging</source>
        <translation>Không chuyển được cơ sở dữ liệu sang chế độ ghi nhật ký trước (WAL)</translation>
    </message>
    <message>
        <source>Cannot apply the database settings</source>
        <translation>Không áp dụng được thông số cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Không đọc được phiên bản lược đồ</translation>
    </message>
    <message>
        <source>Cannot write the log into the database file</source>
        <translation>Không ghi được nhật ký WAL vào tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cannot change the database key</source>
        <translation>Không đổi được khóa cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cannot check the database</source>
        <translation>Không kiểm tra được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 is empty or too small to be a legal-aid database: restore it from a backup.</source>
        <translation>%1 trống hoặc quá nhỏ để là cơ sở dữ liệu trợ giúp pháp lý: hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>Another user is writing to the database, so its log cannot be folded in yet: try again in a moment.</source>
        <translation>Người dùng khác đang ghi vào cơ sở dữ liệu nên chưa gộp được nhật ký ghi: hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>%1 is truncated: its size is not a whole number of database pages. Restore it from a backup.</source>
        <translation>%1 bị cắt cụt: kích thước tệp không chia hết cho kích thước trang cơ sở dữ liệu. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>ExportRepository</name>
    <message>
        <source>Cannot read the records to export: %1</source>
        <translation>Không đọc được dữ liệu cần xuất: %1</translation>
    </message>
    <message>
        <source>The export secret in the database is damaged; restore a backup.</source>
        <translation>Khóa bí mật dùng khi xuất dữ liệu trong cơ sở dữ liệu bị hỏng; hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>Unknown export &quot;%1&quot;: use cases, people, referrals, activities or htcds.</source>
        <translation>Không có loại dữ liệu xuất &quot;%1&quot;: hãy dùng cases, people, referrals, activities hoặc htcds.</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Đã hủy việc xuất dữ liệu; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>The HTCDS export is always anonymised; export it without names.</source>
        <translation>Dữ liệu xuất theo HTCDS luôn được ẩn danh; hãy xuất không kèm họ tên.</translation>
    </message>
    <message>
        <source>The small-cell threshold k must be between %1 and %2; the default is %3.</source>
        <translation>Ngưỡng k của bảo vệ ô nhỏ (ẩn danh k) phải từ %1 đến %2; giá trị mặc định là %3.</translation>
    </message>
    <message>
        <source>Cannot move the export into place at %1: %2. Choose a folder you can write to and export again.</source>
        <translation>Không đưa được tệp xuất vào %1: %2. Hãy chọn thư mục có quyền ghi rồi xuất lại.</translation>
    </message>
    <message>
        <source>There is no export to save; export the records again.</source>
        <translation>Không có tệp xuất nào để lưu; hãy xuất hồ sơ lại.</translation>
    </message>
</context>
<context>
    <name>IdentificationRepository</name>
    <message>
        <source>Cannot read or write identification decisions: %1</source>
        <translation>Không đọc hoặc ghi được quyết định xác định nạn nhân: %1</translation>
    </message>
</context>
<context>
    <name>IndicatorCatalogue</name>
    <message>
        <source>The indicator catalogue is not valid (%1); reinstall the application.</source>
        <translation>Danh mục chỉ tiêu không hợp lệ (%1); hãy cài đặt lại ứng dụng.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The keyring %1 is damaged (%2). Restore it from a backup, or set a new password with the recovery code.</source>
        <translation>Tệp khóa %1 bị hỏng (%2). Hãy khôi phục từ bản sao lưu, hoặc đặt mật khẩu mới bằng mã khôi phục.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; in this database. Check the user name.</source>
        <translation>Cơ sở dữ liệu này không có người dùng &quot;%1&quot;. Hãy kiểm tra lại tên đăng nhập.</translation>
    </message>
    <message>
        <source>Not enough memory to check the password.</source>
        <translation>Không đủ bộ nhớ để kiểm tra mật khẩu.</translation>
    </message>
    <message>
        <source>The password for &quot;%1&quot; is not correct. Check Caps Lock and the keyboard language and try again.</source>
        <translation>Mật khẩu của &quot;%1&quot; không đúng. Hãy kiểm tra phím Caps Lock và chế độ gõ tiếng Việt rồi thử lại.</translation>
    </message>
    <message>
        <source>The keyring slot of &quot;%1&quot; is damaged. Restore the keyring from a backup, or set a new password with the recovery code.</source>
        <translation>Ngăn khóa của &quot;%1&quot; bị hỏng. Hãy khôi phục tệp khóa từ bản sao lưu, hoặc đặt mật khẩu mới bằng mã khôi phục.</translation>
    </message>
    <message>
        <source>The keyring %1 is missing. Put it back beside the database from a backup, or set a new password with the recovery code.</source>
        <translation>Thiếu tệp khóa %1. Hãy chép lại tệp này từ bản sao lưu vào cạnh cơ sở dữ liệu, hoặc đặt mật khẩu mới bằng mã khôi phục.</translation>
    </message>
    <message>
        <source>Cannot read the keyring %1: %2.</source>
        <translation>Không đọc được tệp khóa %1: %2.</translation>
    </message>
    <message>
        <source>it is not complete JSON</source>
        <translation>nội dung JSON không đầy đủ</translation>
    </message>
    <message>
        <source>it is not a legal-aid keyring</source>
        <translation>đây không phải tệp khóa của phần mềm trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>The keyring %1 was written by a newer version of the application. Update the application to open it.</source>
        <translation>Tệp khóa %1 do phiên bản mới hơn của ứng dụng tạo ra. Hãy cập nhật ứng dụng để mở.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>phiên bản không xác định</translation>
    </message>
    <message>
        <source>its checksum does not match its contents</source>
        <translation>mã kiểm tra không khớp với nội dung</translation>
    </message>
    <message>
        <source>a required field is missing</source>
        <translation>thiếu một trường bắt buộc</translation>
    </message>
    <message>
        <source>a user&apos;s slot is incomplete</source>
        <translation>ngăn khóa của một người dùng không đầy đủ</translation>
    </message>
    <message>
        <source>it holds no user</source>
        <translation>không có người dùng nào</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database has schema version %1 but this application knows only up to %2. Update the application.</source>
        <translation>Cơ sở dữ liệu có lược đồ phiên bản %1 nhưng ứng dụng này chỉ hỗ trợ đến phiên bản %2. Hãy cập nhật ứng dụng.</translation>
    </message>
    <message>
        <source>The database was not upgraded because the backup before the upgrade failed: %1</source>
        <translation>Cơ sở dữ liệu chưa được nâng cấp vì không sao lưu được trước khi nâng cấp: %1</translation>
    </message>
    <message>
        <source>Cannot start the upgrade to version %1: %2</source>
        <translation>Không bắt đầu được việc nâng cấp lên phiên bản %1: %2</translation>
    </message>
    <message>
        <source>The upgrade to schema version %1 (%2) failed and was undone: %3. The database stays at version %4 and can still be used.</source>
        <translation>Nâng cấp lược đồ lên phiên bản %1 (%2) không thành công và đã được hoàn tác: %3. Cơ sở dữ liệu giữ ở phiên bản %4 và vẫn dùng được.</translation>
    </message>
    <message>
        <source>The upgrade to schema version %1 could not be saved: %2. The database stays at version %3.</source>
        <translation>Không lưu được việc nâng cấp lược đồ lên phiên bản %1: %2. Cơ sở dữ liệu giữ ở phiên bản %3.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder in %1.</source>
        <translation>Không tạo được thư mục sao lưu trong %1.</translation>
    </message>
    <message>
        <source>Cannot read the database for a backup: %1</source>
        <translation>Không đọc được cơ sở dữ liệu để sao lưu: %1</translation>
    </message>
</context>
<context>
    <name>OverviewRepository</name>
    <message>
        <source>Cannot read the overview figures: %1</source>
        <translation>Không đọc được số liệu tổng quan: %1</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>Enter a password</source>
        <translation>Hãy nhập mật khẩu</translation>
    </message>
    <message>
        <source>Too short: at least 10 characters</source>
        <translation>Quá ngắn: cần ít nhất 10 ký tự</translation>
    </message>
    <message>
        <source>Weak: add words, digits or symbols</source>
        <translation>Yếu: thêm từ, chữ số hoặc ký hiệu</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Mạnh</translation>
    </message>
    <message>
        <source>The password is empty. Enter a password.</source>
        <translation>Mật khẩu đang trống. Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 10 characters, for example a few words.</source>
        <translation>Mật khẩu quá ngắn: dùng ít nhất 10 ký tự, ví dụ vài từ ghép lại.</translation>
    </message>
    <message>
        <source>The password is too easy to guess: use more different characters or a few words.</source>
        <translation>Mật khẩu quá dễ đoán: dùng nhiều ký tự khác nhau hơn hoặc vài từ ghép lại.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>Cannot read the list of people: %1</source>
        <translation>Không đọc được danh sách người được trợ giúp: %1</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Tình trạng xác định</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Vụ việc đang thực hiện</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>A user with the role &quot;%1&quot; may not %2.</source>
        <translation>Người dùng có vai trò &quot;%1&quot; không được phép %2.</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>quản lý người dùng</translation>
    </message>
    <message>
        <source>change their password</source>
        <translation>đổi mật khẩu của mình</translation>
    </message>
    <message>
        <source>change the database key</source>
        <translation>đổi khóa cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>change the centre&apos;s settings</source>
        <translation>thay đổi thông tin thiết lập của Trung tâm</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>xem nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>verify the database</source>
        <translation>kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>add people</source>
        <translation>thêm người được trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>change people&apos;s records</source>
        <translation>sửa hồ sơ người được trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>open a person&apos;s record</source>
        <translation>mở hồ sơ của một người được trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>search for people</source>
        <translation>tìm kiếm người được trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>record identification decisions</source>
        <translation>ghi nhận quyết định xác định nạn nhân</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>ghi nhận sự đồng ý</translation>
    </message>
    <message>
        <source>receive legal-aid requests</source>
        <translation>tiếp nhận yêu cầu trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>accept, assign or close cases</source>
        <translation>thụ lý, cử người thực hiện hoặc kết thúc vụ việc</translation>
    </message>
    <message>
        <source>add notes and events to cases</source>
        <translation>thêm ghi chú và diễn biến vào vụ việc</translation>
    </message>
    <message>
        <source>open a case</source>
        <translation>mở hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>read case notes</source>
        <translation>đọc ghi chú vụ việc</translation>
    </message>
    <message>
        <source>record referrals</source>
        <translation>ghi nhận chuyển gửi</translation>
    </message>
    <message>
        <source>view referrals</source>
        <translation>xem chuyển gửi</translation>
    </message>
    <message>
        <source>change the directory</source>
        <translation>sửa danh bạ</translation>
    </message>
    <message>
        <source>view the directory</source>
        <translation>xem danh bạ</translation>
    </message>
    <message>
        <source>record activities</source>
        <translation>ghi nhận hoạt động</translation>
    </message>
    <message>
        <source>view activities</source>
        <translation>xem hoạt động</translation>
    </message>
    <message>
        <source>change catalogues and the holiday calendar</source>
        <translation>sửa danh mục và lịch nghỉ lễ</translation>
    </message>
    <message>
        <source>view statistics</source>
        <translation>xem số liệu thống kê</translation>
    </message>
    <message>
        <source>export anonymised data</source>
        <translation>xuất dữ liệu đã ẩn danh</translation>
    </message>
    <message>
        <source>see who has not yet received legal aid</source>
        <translation>xem danh sách người chưa được trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>export data with names and contact details</source>
        <translation>xuất dữ liệu có họ tên và thông tin liên lạc</translation>
    </message>
    <message>
        <source>print the list of legal-aid beneficiaries</source>
        <translation>in danh sách người được trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>sao lưu dữ liệu</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>khôi phục từ bản sao lưu</translation>
    </message>
</context>
<context>
    <name>PersonCatalogue</name>
    <message>
        <source>Victim</source>
        <translation>Nạn nhân</translation>
    </message>
    <message>
        <source>Person being identified as a victim</source>
        <translation>Người đang trong quá trình xác định là nạn nhân</translation>
    </message>
    <message>
        <source>Accompanying person under 18</source>
        <translation>Người dưới 18 tuổi đi cùng</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>Khác hoặc không khai</translation>
    </message>
    <message>
        <source>Being identified</source>
        <translation>Đang trong quá trình xác định</translation>
    </message>
    <message>
        <source>Identified as a victim</source>
        <translation>Đã xác định là nạn nhân</translation>
    </message>
    <message>
        <source>Not a victim</source>
        <translation>Không phải nạn nhân</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Công an</translation>
    </message>
    <message>
        <source>Border guard</source>
        <translation>Bộ đội Biên phòng</translation>
    </message>
    <message>
        <source>Coast guard</source>
        <translation>Cảnh sát biển</translation>
    </message>
    <message>
        <source>Commune People&apos;s Committee</source>
        <translation>Ủy ban nhân dân cấp xã</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tòa án</translation>
    </message>
    <message>
        <source>Other authority</source>
        <translation>Cơ quan khác</translation>
    </message>
    <message>
        <source>Citizen identity card (CCCD)</source>
        <translation>Căn cước công dân, căn cước (CCCD)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>No identity document</source>
        <translation>Không có giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>Certificate confirming the victim</source>
        <translation>Giấy xác nhận nạn nhân</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Official letter</source>
        <translation>Công văn</translation>
    </message>
    <message>
        <source>Document from a foreign authority</source>
        <translation>Giấy tờ do cơ quan có thẩm quyền nước ngoài cấp</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Giấy tờ khác</translation>
    </message>
    <message>
        <source>Rescued</source>
        <translation>Được giải cứu</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Được trao trả</translation>
    </message>
    <message>
        <source>Returned by themselves</source>
        <translation>Tự trở về</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>Bóc lột tình dục</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <translation>Cưỡng bức lao động</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>Cưỡng ép kết hôn</translation>
    </message>
    <message>
        <source>Removal of organs</source>
        <translation>Lấy bộ phận cơ thể người</translation>
    </message>
    <message>
        <source>Sale of children or babies</source>
        <translation>Mua bán trẻ em, trẻ sơ sinh</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <translation>Cưỡng bức thực hiện hành vi phạm tội</translation>
    </message>
    <message>
        <source>Other exploitation</source>
        <translation>Hình thức bóc lột khác</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Người được trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>The legal representative</source>
        <translation>Người đại diện theo pháp luật</translation>
    </message>
    <message>
        <source>The person and the legal representative</source>
        <translation>Người được trợ giúp pháp lý và người đại diện theo pháp luật</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Trung Quốc</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Campuchia</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Lào</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thái Lan</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Korea</source>
        <translation>Hàn Quốc</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Nhật Bản</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Đài Loan (Trung Quốc)</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Các Tiểu vương quốc Ả Rập Thống nhất</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Ả Rập Xê Út</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Liên bang Nga</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Đức</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vương quốc Anh</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Pháp</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Hoa Kỳ</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Other or unknown country</source>
        <translation>Quốc gia khác hoặc không rõ</translation>
    </message>
</context>
<context>
    <name>PersonDetailView</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Another person already has this ID number: search for it and open that record instead.</source>
        <translation>Đã có người khác mang số giấy tờ tùy thân này: hãy tìm theo số này và mở hồ sơ đó.</translation>
    </message>
    <message>
        <source>Cannot read or write people: %1</source>
        <translation>Không đọc hoặc ghi được hồ sơ người được trợ giúp pháp lý: %1</translation>
    </message>
</context>
<context>
    <name>PersonRules</name>
    <message>
        <source>&quot;%1&quot; is not a known ethnic group code: choose one from the ethnic groups catalogue.</source>
        <translation>&quot;%1&quot; không phải mã dân tộc có trong danh mục: hãy chọn một mã trong danh mục dân tộc.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known nationality code: choose one from the countries catalogue.</source>
        <translation>&quot;%1&quot; không phải mã quốc tịch có trong danh mục: hãy chọn một mã trong danh mục quốc gia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the 34 provincial units: choose one from the provinces catalogue.</source>
        <translation>&quot;%1&quot; không phải một trong 34 đơn vị hành chính cấp tỉnh: hãy chọn một mã trong danh mục tỉnh, thành phố.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known form of exploitation: choose one from the exploitation types catalogue.</source>
        <translation>&quot;%1&quot; không phải hình thức bóc lột có trong danh mục: hãy chọn một mã trong danh mục hình thức bóc lột.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known destination country code: choose one from the countries catalogue.</source>
        <translation>&quot;%1&quot; không phải mã nước đến có trong danh mục: hãy chọn một mã trong danh mục quốc gia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known way of coming back: use rescued, handed_over, returned_self or other.</source>
        <translation>&quot;%1&quot; không phải cách thức trở về có trong danh mục: hãy dùng rescued, handed_over, returned_self hoặc other.</translation>
    </message>
    <message>
        <source>Give either the birth date or, when only the year is known, the birth year, but not both.</source>
        <translation>Hãy nhập ngày sinh, hoặc chỉ nhập năm sinh khi chỉ biết năm sinh, nhưng không nhập cả hai.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future: check the date.</source>
        <translation>Ngày sinh %1 là ngày trong tương lai: hãy kiểm tra lại ngày.</translation>
    </message>
    <message>
        <source>The birth date %1 is before 1900: check the date.</source>
        <translation>Ngày sinh %1 trước năm 1900: hãy kiểm tra lại ngày.</translation>
    </message>
    <message>
        <source>The birth year %1 is not possible: give a year from 1900 to %2.</source>
        <translation>Năm sinh %1 không hợp lệ: hãy nhập năm từ 1900 đến %2.</translation>
    </message>
    <message>
        <source>An ID document number was given without its type: say whether it is a CCCD or a passport.</source>
        <translation>Đã nhập số giấy tờ tùy thân nhưng chưa nhập loại giấy tờ: hãy cho biết đó là CCCD hay hộ chiếu.</translation>
    </message>
    <message>
        <source>The CCCD number &quot;%1&quot; is not valid: a citizen identity card number has exactly 12 digits.</source>
        <translation>Số CCCD &quot;%1&quot; không hợp lệ: số căn cước công dân gồm đúng 12 chữ số.</translation>
    </message>
    <message>
        <source>The passport number &quot;%1&quot; is not valid: give 6 to 20 letters and digits as printed in the passport.</source>
        <translation>Số hộ chiếu &quot;%1&quot; không hợp lệ: hãy nhập từ 6 đến 20 chữ cái và chữ số như in trên hộ chiếu.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is not valid: give 8 to 15 digits, optionally starting with +.</source>
        <translation>Số điện thoại &quot;%1&quot; không hợp lệ: hãy nhập từ 8 đến 15 chữ số, có thể bắt đầu bằng dấu +.</translation>
    </message>
    <message>
        <source>Only an accompanying minor is linked to the person they came with and has an arrival date: remove the link and the date, or record the person as an accompanying minor.</source>
        <translation>Chỉ người dưới 18 tuổi đi cùng mới được liên kết với người mà họ đi cùng và có ngày đến: hãy bỏ liên kết và ngày đến, hoặc ghi nhận người này là người dưới 18 tuổi đi cùng.</translation>
    </message>
    <message>
        <source>An accompanying minor must be linked to the person they came with: give that person&apos;s id.</source>
        <translation>Người dưới 18 tuổi đi cùng phải được liên kết với người mà họ đi cùng: hãy nhập mã của người đó.</translation>
    </message>
    <message>
        <source>Give the date the accompanying minor arrived: they must be under 18 on that date.</source>
        <translation>Hãy nhập ngày đến của người dưới 18 tuổi đi cùng: vào ngày đó, người này phải dưới 18 tuổi.</translation>
    </message>
    <message>
        <source>The arrival date %1 is in the future: check the date.</source>
        <translation>Ngày đến %1 là ngày trong tương lai: hãy kiểm tra lại ngày.</translation>
    </message>
    <message>
        <source>The arrival date %1 is before the birth date %2: check both dates.</source>
        <translation>Ngày đến %1 trước ngày sinh %2: hãy kiểm tra lại cả hai ngày.</translation>
    </message>
    <message>
        <source>The arrival date %1 is before the birth year %2: check both.</source>
        <translation>Ngày đến %1 trước năm sinh %2: hãy kiểm tra lại cả hai.</translation>
    </message>
    <message>
        <source>The person was %1 years old on the arrival date %2, but an accompanying minor must be under 18 on arrival: record them as a victim or a person being identified instead.</source>
        <translation>Vào ngày đến %2, người này đã %1 tuổi, nhưng người dưới 18 tuổi đi cùng phải dưới 18 tuổi khi đến: hãy ghi nhận người này là nạn nhân hoặc người đang trong quá trình xác định là nạn nhân.</translation>
    </message>
    <message>
        <source>Born in %1, the person was at least %2 years old on the arrival date %3, but an accompanying minor must be under 18 on arrival: record them as a victim or a person being identified instead.</source>
        <translation>Sinh năm %1, người này đã ít nhất %2 tuổi vào ngày đến %3, nhưng người dưới 18 tuổi đi cùng phải dưới 18 tuổi khi đến: hãy ghi nhận người này là nạn nhân hoặc người đang trong quá trình xác định là nạn nhân.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Hãy nhập họ và tên của người được trợ giúp pháp lý.</translation>
    </message>
    <message>
        <source>The full name is longer than 150 characters: shorten it.</source>
        <translation>Họ và tên dài quá 150 ký tự: hãy rút gọn.</translation>
    </message>
    <message>
        <source>Give the date of the identification decision.</source>
        <translation>Hãy nhập ngày của quyết định về việc xác định nạn nhân.</translation>
    </message>
    <message>
        <source>The decision date %1 is in the future: record a decision once it has been made.</source>
        <translation>Ngày quyết định %1 là ngày trong tương lai: chỉ ghi nhận quyết định khi đã được ban hành.</translation>
    </message>
    <message>
        <source>The decision date %1 is before the person&apos;s birth date: check the date.</source>
        <translation>Ngày quyết định %1 trước ngày sinh của người này: hãy kiểm tra lại ngày.</translation>
    </message>
    <message>
        <source>Say which authority made the decision: police, border_guard, coast_guard, commune_committee, court or other.</source>
        <translation>Hãy cho biết cơ quan ra quyết định: police, border_guard, coast_guard, commune_committee, court hoặc other.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known deciding authority: use police, border_guard, coast_guard, commune_committee, court or other.</source>
        <translation>&quot;%1&quot; không phải cơ quan ra quyết định có trong danh mục: hãy dùng police, border_guard, coast_guard, commune_committee, court hoặc other.</translation>
    </message>
    <message>
        <source>Give the type of the confirming document as well as its number, issuer or date.</source>
        <translation>Khi đã nhập số, cơ quan cấp hoặc ngày của giấy tờ xác nhận, hãy nhập cả loại giấy tờ đó.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known type of confirming document: choose one from the confirming document types catalogue.</source>
        <translation>&quot;%1&quot; không phải loại giấy tờ xác nhận có trong danh mục: hãy chọn một mã trong danh mục loại giấy tờ xác nhận.</translation>
    </message>
    <message>
        <source>The confirming document&apos;s date %1 is in the future: check the date.</source>
        <translation>Ngày của giấy tờ xác nhận %1 là ngày trong tương lai: hãy kiểm tra lại ngày.</translation>
    </message>
    <message>
        <source>Give the date the consent was given.</source>
        <translation>Hãy nhập ngày đồng ý.</translation>
    </message>
    <message>
        <source>The consent date %1 is in the future: record consent once it has been given.</source>
        <translation>Ngày đồng ý %1 là ngày trong tương lai: chỉ ghi nhận sự đồng ý khi người đó đã đồng ý.</translation>
    </message>
    <message>
        <source>A consent to share must name the partner organisations it covers: give their ids.</source>
        <translation>Sự đồng ý chia sẻ thông tin phải nêu rõ các tổ chức đối tác được chia sẻ: hãy nhập mã của các tổ chức đó.</translation>
    </message>
    <message>
        <source>Partner organisations were named but the person did not consent to sharing: record share as yes, or leave out the partners.</source>
        <translation>Đã nêu tổ chức đối tác nhưng người này không đồng ý chia sẻ thông tin: hãy ghi nhận share là yes, hoặc bỏ các tổ chức đối tác.</translation>
    </message>
    <message>
        <source>Give the name of the legal representative who consents.</source>
        <translation>Hãy nhập họ tên của người đại diện theo pháp luật đồng ý.</translation>
    </message>
    <message>
        <source>An accompanying minor does not consent alone: record the consent as given by the representative, or by both the minor and the representative.</source>
        <translation>Người dưới 18 tuổi đi cùng không tự mình đồng ý: hãy ghi nhận sự đồng ý do người đại diện đưa ra, hoặc do cả người dưới 18 tuổi và người đại diện cùng đưa ra.</translation>
    </message>
    <message>
        <source>On %1 the person is a child under 7, so their legal representative consents for them: record the consent as given by the representative.</source>
        <translation>Vào ngày %1, người này là trẻ em dưới 7 tuổi nên người đại diện theo pháp luật đồng ý thay: hãy ghi nhận sự đồng ý do người đại diện đưa ra.</translation>
    </message>
    <message>
        <source>On %1 the person is a child aged 7 or over, who consents together with their legal representative: record the consent as given by both.</source>
        <translation>Vào ngày %1, người này là trẻ em từ đủ 7 tuổi trở lên, đồng ý cùng với người đại diện theo pháp luật: hãy ghi nhận sự đồng ý do cả hai cùng đưa ra.</translation>
    </message>
    <message>
        <source>Consent %1 was already withdrawn on %2.</source>
        <translation>Sự đồng ý có mã %1 đã được rút lại vào ngày %2.</translation>
    </message>
    <message>
        <source>Give the date the consent was withdrawn.</source>
        <translation>Hãy nhập ngày rút lại sự đồng ý.</translation>
    </message>
    <message>
        <source>The withdrawal date %1 is in the future: record the withdrawal once it has happened.</source>
        <translation>Ngày rút lại %1 là ngày trong tương lai: chỉ ghi nhận việc rút lại khi đã xảy ra.</translation>
    </message>
    <message>
        <source>The withdrawal date %1 is before the consent was given on %2: check the date.</source>
        <translation>Ngày rút lại %1 trước ngày đồng ý %2: hãy kiểm tra lại ngày.</translation>
    </message>
    <message>
        <source>Born in %1, the person is a child under 7 on %2, so their legal representative consents for them: record the consent as given by the representative.</source>
        <translation>Sinh năm %1, vào ngày %2 người này là trẻ em dưới 7 tuổi nên người đại diện theo pháp luật đồng ý thay: hãy ghi nhận sự đồng ý do người đại diện đưa ra.</translation>
    </message>
    <message>
        <source>Born in %1, the person may still be under 18 on %2 because the birth year alone leaves their age uncertain, so they consent together with their legal representative: record the consent as given by both, or record the birth date.</source>
        <translation>Sinh năm %1, vào ngày %2 người này có thể vẫn dưới 18 tuổi vì chỉ biết năm sinh, nên cần cùng người đại diện theo pháp luật đồng ý: hãy ghi nhận sự đồng ý do cả hai đưa ra, hoặc ghi ngày sinh.</translation>
    </message>
    <message>
        <source>Born in %1, the person may already be 7 on %2 because the birth year alone leaves their age uncertain, so they consent together with their legal representative: record the consent as given by both, or record the birth date.</source>
        <translation>Sinh năm %1, vào ngày %2 người này có thể đã đủ 7 tuổi vì chỉ biết năm sinh, nên cần cùng người đại diện theo pháp luật đồng ý: hãy ghi nhận sự đồng ý do cả hai đưa ra, hoặc ghi ngày sinh.</translation>
    </message>
    <message>
        <source>Born in %1, the person is a child aged 7 or over on %2, who consents together with their legal representative: record the consent as given by both.</source>
        <translation>Sinh năm %1, vào ngày %2 người này là trẻ em từ đủ 7 tuổi trở lên, cần cùng người đại diện theo pháp luật đồng ý: hãy ghi nhận sự đồng ý do cả hai đưa ra.</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <source>Cannot read or update the search index: %1</source>
        <translation>Không đọc hoặc cập nhật được chỉ mục tìm kiếm: %1</translation>
    </message>
</context>
<context>
    <name>PersonService</name>
    <message>
        <source>This may be a person already recorded, with the same name and year of birth: %1; check before continuing.</source>
        <translation>Có thể người này đã được ghi nhận, trùng họ tên và năm sinh: %1; hãy kiểm tra trước khi tiếp tục.</translation>
    </message>
    <message>
        <source>There is no person with id %1: check the id.</source>
        <translation>Không có người có mã %1: hãy kiểm tra lại mã.</translation>
    </message>
    <message>
        <source>Person %1 already has the ID number %2: open that record instead of adding the person again.</source>
        <translation>Người có mã %1 đã mang số giấy tờ tùy thân %2: hãy mở hồ sơ đó thay vì thêm lại người này.</translation>
    </message>
    <message>
        <source>A person cannot accompany themselves: give the id of the person the minor came with.</source>
        <translation>Một người không thể đi cùng chính mình: hãy nhập mã của người mà người dưới 18 tuổi đi cùng.</translation>
    </message>
    <message>
        <source>There is no person with id %1 for the minor to accompany: check the id.</source>
        <translation>Không có người có mã %1 để người dưới 18 tuổi đi cùng: hãy kiểm tra lại mã.</translation>
    </message>
    <message>
        <source>Person %1 is an accompanying minor too: link the minor to the victim or person being identified they came with.</source>
        <translation>Người có mã %1 cũng là người dưới 18 tuổi đi cùng: hãy liên kết người dưới 18 tuổi với nạn nhân hoặc người đang trong quá trình xác định là nạn nhân mà họ đi cùng.</translation>
    </message>
    <message>
        <source>Minors are linked to person %1 as the person they accompany, so %1 cannot be an accompanying minor: change those links first.</source>
        <translation>Đã có người dưới 18 tuổi được liên kết với người có mã %1 là người mà họ đi cùng, nên người có mã %1 không thể là người dưới 18 tuổi đi cùng: hãy thay đổi các liên kết đó trước.</translation>
    </message>
</context>
<context>
    <name>PrintProgress</name>
    <message>
        <source>Printing</source>
        <translation>Đang in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Đang in trang %1/%2…</translation>
    </message>
    <message>
        <source>Printing cancelled after %1 of %2 pages.</source>
        <translation>Đã hủy việc in sau khi in được %1/%2 trang.</translation>
    </message>
    <message>
        <source>The desk is locked; unlock it and print again.</source>
        <translation>Ứng dụng đang khóa; hãy mở khóa rồi in lại.</translation>
    </message>
    <message>
        <source>The printer does not accept an A4 page with the margins of an official document.</source>
        <translation>Máy in không nhận khổ giấy A4 với lề theo thể thức văn bản hành chính.</translation>
    </message>
</context>
<context>
    <name>ReaderAccess</name>
    <message>
        <source>The database is locked; sign in again.</source>
        <translation>Cơ sở dữ liệu đang khóa; hãy đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>RecordsBehind</name>
    <message>
        <source>File code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Người được trợ giúp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Title and place</source>
        <translation>Tên hoạt động và địa điểm</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Số người tham dự</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>The recovery code has %1 characters but should have %2 (14 groups of 5). Check that no group is missing or repeated.</source>
        <translation>Mã khôi phục có %1 ký tự nhưng phải có %2 (14 nhóm, mỗi nhóm 5 ký tự). Hãy kiểm tra xem có nhóm nào bị thiếu hay lặp không.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery code contains &quot;%2&quot;, which is not used in recovery codes. Check that group against the paper.</source>
        <translation>Nhóm %1 của mã khôi phục có ký tự &quot;%2&quot;, ký tự này không dùng trong mã khôi phục. Hãy đối chiếu nhóm đó với tờ giấy.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery code looks mistyped. Check that group against the paper.</source>
        <translation>Nhóm %1 của mã khôi phục có vẻ gõ nhầm. Hãy đối chiếu nhóm đó với tờ giấy.</translation>
    </message>
    <message>
        <source>The recovery code contains a typo: every group looks right but the last group does not match. Check that no two groups are swapped.</source>
        <translation>Mã khôi phục có chỗ gõ nhầm: các nhóm đều có vẻ đúng nhưng nhóm cuối không khớp. Hãy kiểm tra xem có hai nhóm nào bị đổi chỗ không.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeSheet</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>MẬT</translation>
    </message>
    <message>
        <source>Keep in the safe</source>
        <translation>Cất giữ trong két</translation>
    </message>
    <message>
        <source>RECOVERY CODE</source>
        <translation>MÃ KHÔI PHỤC</translation>
    </message>
    <message>
        <source>for the encrypted database of legalaid-desk</source>
        <translation>của cơ sở dữ liệu mã hóa legalaid-desk</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (mã %2)</translation>
    </message>
    <message>
        <source>Centre:</source>
        <translation>Trung tâm:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Tệp cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation>Ngày tạo:</translation>
    </message>
    <message numerus="yes">
        <source>The code (%n groups of five characters):</source>
        <translation>
            <numerusform>Mã (%n nhóm, mỗi nhóm năm ký tự):</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this sheet in a locked safe. Do not photograph or scan it, and do not keep a copy on a computer, in e-mail or in a chat.</source>
        <translation>Cất tờ này trong két có khóa. Không chụp ảnh, không quét, không lưu bản sao trên máy tính, thư điện tử hay tin nhắn.</translation>
    </message>
    <message>
        <source>Anyone who has this code and a copy of the database can open all of its data, including the records of victims and children. Show it to no one.</source>
        <translation>Bất kỳ ai có mã này và một bản sao cơ sở dữ liệu đều mở được toàn bộ dữ liệu, kể cả hồ sơ của nạn nhân và trẻ em. Không cho ai xem.</translation>
    </message>
    <message>
        <source>The code is needed when the passwords of all administrators are forgotten or when the keyring file (%1) is lost or damaged: with it an administrator opens the database again and sets new passwords.</source>
        <translation>Cần đến mã này khi mọi quản trị viên đều quên mật khẩu hoặc khi tệp khóa (%1) bị mất hay hỏng: với mã này, quản trị viên mở lại cơ sở dữ liệu và đặt mật khẩu mới.</translation>
    </message>
    <message>
        <source>If the database key is ever changed, this code stops working: keep the new code in the safe and destroy this sheet.</source>
        <translation>Nếu khóa cơ sở dữ liệu được đổi, mã này hết hiệu lực: cất mã mới vào két và hủy tờ này.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>PLACED IN THE SAFE BY</source>
        <translation>NGƯỜI CẤT VÀO KÉT</translation>
    </message>
    <message>
        <source>(date, signature and full name)</source>
        <translation>(ngày, ký và ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
</context>
<context>
    <name>ReferralCatalogue</name>
    <message>
        <source>Incoming (referred to the centre)</source>
        <translation>Chuyển đến (được chuyển gửi đến Trung tâm)</translation>
    </message>
    <message>
        <source>Outgoing (sent to a service)</source>
        <translation>Chuyển đi (chuyển gửi đến nơi cung cấp dịch vụ)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>đã được chấp nhận</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã hoàn thành</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>Medical support</source>
        <translation>Hỗ trợ y tế</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>Hỗ trợ tâm lý</translation>
    </message>
    <message>
        <source>Shelter (temporary accommodation)</source>
        <translation>Hỗ trợ chỗ ở tạm thời</translation>
    </message>
    <message>
        <source>Essential needs support</source>
        <translation>Hỗ trợ nhu cầu thiết yếu</translation>
    </message>
    <message>
        <source>Interpretation and translation</source>
        <translation>Hỗ trợ phiên dịch, dịch thuật</translation>
    </message>
    <message>
        <source>Schooling support</source>
        <translation>Hỗ trợ học văn hóa</translation>
    </message>
    <message>
        <source>Vocational training and job support</source>
        <translation>Hỗ trợ học nghề, tư vấn việc làm</translation>
    </message>
    <message>
        <source>Initial hardship allowance or loan support</source>
        <translation>Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn</translation>
    </message>
    <message>
        <source>Citizen protection</source>
        <translation>Bảo hộ công dân</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Other legal support</source>
        <translation>Hỗ trợ pháp luật khác</translation>
    </message>
    <message>
        <source>Travel costs support</source>
        <translation>Hỗ trợ chi phí đi lại</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Dịch vụ khác</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>giới tính</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>năm sinh</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <source>province of residence</source>
        <translation>tỉnh, thành phố nơi cư trú</translation>
    </message>
    <message>
        <source>commune of residence</source>
        <translation>xã, phường, đặc khu nơi cư trú</translation>
    </message>
    <message>
        <source>ID document number</source>
        <translation>số giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>quốc tịch</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>dân tộc</translation>
    </message>
    <message>
        <source>category (victim, being identified, minor)</source>
        <translation>đối tượng (nạn nhân, người đang trong quá trình xác định là nạn nhân, người dưới 18 tuổi đi cùng)</translation>
    </message>
    <message>
        <source>identification status</source>
        <translation>tình trạng xác định nạn nhân</translation>
    </message>
    <message>
        <source>type of exploitation</source>
        <translation>hình thức bóc lột</translation>
    </message>
    <message>
        <source>destination country</source>
        <translation>nước đến</translation>
    </message>
    <message>
        <source>victims</source>
        <translation>nạn nhân</translation>
    </message>
    <message>
        <source>minors accompanying a victim</source>
        <translation>người dưới 18 tuổi đi cùng nạn nhân</translation>
    </message>
    <message>
        <source>people being identified who are in Vietnam</source>
        <translation>người đang trong quá trình xác định là nạn nhân đang ở trong nước</translation>
    </message>
    <message>
        <source>people being identified who are abroad</source>
        <translation>người đang trong quá trình xác định là nạn nhân đang ở nước ngoài</translation>
    </message>
    <message>
        <source>foreign victims and foreign people being identified</source>
        <translation>nạn nhân và người đang trong quá trình xác định là nạn nhân là người nước ngoài</translation>
    </message>
    <message>
        <source>%1 (art. 37 cl. 1 point %2) is not among the support for %3 (Law 53/2024 on Prevention and Combat of Human Trafficking, art. 37 cl. %4); the referral is recorded, but check that the person can receive it.</source>
        <translation>%1 (điểm %2 khoản 1 Điều 37) không thuộc chế độ hỗ trợ dành cho %3 (khoản %4 Điều 37 Luật Phòng, chống mua bán người số 53/2024/QH15); chuyển gửi vẫn được ghi nhận, nhưng hãy kiểm tra xem người này có được hưởng hỗ trợ đó không.</translation>
    </message>
</context>
<context>
    <name>ReferralListSource</name>
    <message>
        <source>Cannot read the referral list: %1</source>
        <translation>Không đọc được danh sách chuyển gửi: %1</translation>
    </message>
    <message>
        <source>The referral list filter &quot;%1&quot; is not known; choose a value from the filter bar.</source>
        <translation>Không có bộ lọc danh sách chuyển gửi &quot;%1&quot;; hãy chọn một giá trị trên thanh lọc.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người được trợ giúp</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>ReferralRepository</name>
    <message>
        <source>Cannot read or write referrals: %1</source>
        <translation>Không đọc hoặc ghi được chuyển gửi: %1</translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>There is no referral %1. Check the number in the list of referrals.</source>
        <translation>Không có chuyển gửi %1. Hãy kiểm tra lại số trong danh sách chuyển gửi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral direction: use in (a partner refers the person to the centre) or out (the centre sends the person to a service).</source>
        <translation>&quot;%1&quot; không phải chiều chuyển gửi: hãy dùng in (đối tác chuyển gửi người đến Trung tâm) hoặc out (Trung tâm chuyển gửi người đến nơi cung cấp dịch vụ).</translation>
    </message>
    <message>
        <source>There is no person %1. Check the number in the list of people.</source>
        <translation>Không có người được trợ giúp %1. Hãy kiểm tra lại số trong danh sách người được trợ giúp.</translation>
    </message>
    <message>
        <source>There is no organisation %1 in the directory. Add the partner to the directory first, or check the number.</source>
        <translation>Danh bạ không có tổ chức %1. Hãy thêm đối tác vào danh bạ trước, hoặc kiểm tra lại số.</translation>
    </message>
    <message>
        <source>The organisation %1 (%2) has been deactivated. Choose an active organisation.</source>
        <translation>Tổ chức %1 (%2) đã ngừng hoạt động. Hãy chọn tổ chức đang hoạt động.</translation>
    </message>
    <message>
        <source>Choose the service the person is sent to: one of %1.</source>
        <translation>Hãy chọn dịch vụ mà người này được chuyển gửi đến, là một trong: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral service: use one of %2.</source>
        <translation>&quot;%1&quot; không phải dịch vụ chuyển gửi: hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>An incoming referral has no service: leave the service out, or record an outgoing referral.</source>
        <translation>Chuyển gửi đến không có dịch vụ: hãy bỏ trống dịch vụ, hoặc ghi nhận chuyển gửi đi.</translation>
    </message>
    <message>
        <source>An incoming referral discloses nothing to the partner: leave out the fields to disclose.</source>
        <translation>Chuyển gửi đến không cung cấp thông tin nào cho đối tác: hãy bỏ các trường thông tin cần cung cấp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be disclosed to a partner: choose among %2.</source>
        <translation>Không được cung cấp &quot;%1&quot; cho đối tác: hãy chọn trong số: %2.</translation>
    </message>
    <message>
        <source>The referral date %1 is in the future. Enter the date it was sent or received.</source>
        <translation>Ngày chuyển gửi %1 là ngày trong tương lai. Hãy nhập ngày gửi hoặc ngày nhận.</translation>
    </message>
    <message>
        <source>The answer due date %1 is before the referral date %2. Enter a later due date.</source>
        <translation>Hạn trả lời %1 trước ngày chuyển gửi %2. Hãy nhập hạn trả lời muộn hơn.</translation>
    </message>
    <message>
        <source>The person&apos;s consent does not allow sharing with this partner: record the consent first.</source>
        <translation>Sự đồng ý của người được trợ giúp không cho phép chia sẻ thông tin với đối tác này: hãy ghi nhận sự đồng ý trước.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status a referral can be moved to: use one of %2.</source>
        <translation>&quot;%1&quot; không phải trạng thái có thể chuyển sang đối với chuyển gửi: hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <source>Referral %1 is already %2 and cannot change any more.</source>
        <translation>Chuyển gửi %1 đã ở trạng thái %2 nên không thể thay đổi nữa.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2: it can only become %3.</source>
        <translation>Chuyển gửi đang ở trạng thái %1 không thể chuyển sang trạng thái %2: chỉ có thể chuyển sang %3.</translation>
    </message>
    <message>
        <source>The date %1 is in the future. Enter the date the change happened.</source>
        <translation>Ngày %1 là ngày trong tương lai. Hãy nhập ngày thực tế có thay đổi.</translation>
    </message>
    <message>
        <source>The date %1 is before the referral&apos;s last date, %2. Enter a date on or after it.</source>
        <translation>Ngày %1 trước ngày gần nhất của chuyển gửi là %2. Hãy nhập ngày từ ngày đó trở đi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral status: use one of %2.</source>
        <translation>&quot;%1&quot; không phải trạng thái chuyển gửi: hãy dùng một trong: %2.</translation>
    </message>
</context>
<context>
    <name>ReportDrillDown</name>
    <message>
        <source>The figures of &quot;%1&quot; are not numbers of records, so there is no list behind them; choose a count in the report.</source>
        <translation>Số liệu của &quot;%1&quot; không phải là số hồ sơ nên không có danh sách đi kèm; hãy chọn một số đếm trong báo cáo.</translation>
    </message>
    <message>
        <source>Cannot read the records behind the figure: %1</source>
        <translation>Không đọc được các hồ sơ của số liệu: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record the desk can list.</source>
        <translation>&quot;%1&quot; không phải loại hồ sơ mà phần mềm liệt kê được.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>&quot;%1&quot; is not a reporting period: write a year (2027), a half year (2027-H1), a quarter (2027-Q3) or a date range (2026-10-01..2027-03-31).</source>
        <translation>&quot;%1&quot; không phải kỳ báo cáo: hãy viết năm (2027), 6 tháng (2027-H1), quý (2027-Q3) hoặc khoảng ngày (2026-10-01..2027-03-31).</translation>
    </message>
    <message>
        <source>Unknown cut-off &quot;%1&quot;: use calendar or decree09.</source>
        <translation>Không có cách chốt số liệu &quot;%1&quot;: dùng calendar hoặc decree09.</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; ends before it starts: write the earlier date first.</source>
        <translation>Kỳ &quot;%1&quot; kết thúc trước khi bắt đầu: hãy viết ngày sớm hơn trước.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of years: write it like 2026..2030 (at most 12 years).</source>
        <translation>&quot;%1&quot; không phải khoảng năm: hãy viết như 2026..2030 (tối đa 12 năm).</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>The indicator catalogue asks for &quot;%1&quot; by &quot;%2&quot;, which the report cannot compute; correct the catalogue.</source>
        <translation>Danh mục chỉ tiêu yêu cầu &quot;%1&quot; theo &quot;%2&quot;, báo cáo không tính được số liệu này; hãy sửa danh mục.</translation>
    </message>
    <message>
        <source>Cannot compute the report: %1</source>
        <translation>Không tính được số liệu báo cáo: %1</translation>
    </message>
    <message>
        <source>The report was stopped before it was complete; compute it again to see it.</source>
        <translation>Việc tính báo cáo đã bị dừng trước khi hoàn tất; hãy tính lại để xem báo cáo.</translation>
    </message>
    <message>
        <source>Listing the records was stopped; nothing was shown.</source>
        <translation>Đã dừng việc liệt kê hồ sơ; không có gì được hiển thị.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The list of people not yet helped needs the signed-in session; ask for it from the desk&apos;s main thread.</source>
        <translation>Danh sách người chưa được trợ giúp cần phiên đăng nhập hiện tại; hãy yêu cầu danh sách này từ luồng chính của ứng dụng.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Lãnh đạo Trung tâm</translation>
    </message>
    <message>
        <source>Legal aid officer</source>
        <translation>Trợ giúp viên pháp lý</translation>
    </message>
    <message>
        <source>Intake clerk</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <source>Statistics officer</source>
        <translation>Cán bộ thống kê</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Cán bộ kiểm tra</translation>
    </message>
</context>
<context>
    <name>Seed</name>
    <message>
        <source>Cannot write the generated data: %1</source>
        <translation>Không ghi được dữ liệu tạo mẫu: %1</translation>
    </message>
    <message>
        <source>Only an administrator may fill the database with generated data.</source>
        <translation>Chỉ quản trị viên mới được nạp dữ liệu tạo mẫu vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Give sizes from 0 upwards and a last date from 2026-01-01 on.</source>
        <translation>Hãy đưa số lượng từ 0 trở lên và ngày cuối từ 2026-01-01 trở đi.</translation>
    </message>
    <message>
        <source>Cases and referrals need people: give --people.</source>
        <translation>Vụ việc và chuyển gửi cần có người được trợ giúp: hãy đưa --people.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The database %1 does not exist. Check the path.</source>
        <translation>Không có cơ sở dữ liệu %1. Hãy kiểm tra lại đường dẫn.</translation>
    </message>
    <message>
        <source>The password is empty. Enter your password.</source>
        <translation>Mật khẩu đang trống. Hãy nhập mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>The keyring %1 was changed outside the application and is not trusted. Restore it from a backup, or set a new password with the recovery code.</source>
        <translation>Tệp khóa %1 đã bị sửa bên ngoài ứng dụng nên không được tin cậy. Hãy khôi phục từ bản sao lưu, hoặc đặt mật khẩu mới bằng mã khôi phục.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; in this database. Check the user name.</source>
        <translation>Cơ sở dữ liệu này không có người dùng &quot;%1&quot;. Hãy kiểm tra lại tên đăng nhập.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has been removed. Ask an administrator.</source>
        <translation>Người dùng &quot;%1&quot; đã bị xóa. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s change. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận ghi thay đổi của người dùng khác. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>Cannot start a change: %1</source>
        <translation>Không bắt đầu được thay đổi: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Không lưu được thay đổi: %1</translation>
    </message>
</context>
<context>
    <name>SignInThrottle</name>
    <message>
        <source>Too many failed sign-ins for &quot;%1&quot;: wait %2 seconds, then try again.</source>
        <translation>Đăng nhập không thành công quá nhiều lần với &quot;%1&quot;: hãy chờ %2 giây rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>SmallCell</name>
    <message>
        <source>Small-cell protection does not apply to this export.</source>
        <translation>Bảo vệ ô nhỏ (ẩn danh k) không áp dụng cho loại dữ liệu xuất này.</translation>
    </message>
    <message>
        <source>Small-cell protection (k = %1): every combination of age band, sex, province, nationality and ethnicity has at least %1 rows; nothing was changed.</source>
        <translation>Bảo vệ ô nhỏ (ẩn danh k), k = %1: mọi tổ hợp nhóm tuổi, giới tính, tỉnh/thành phố, quốc tịch và dân tộc đều có ít nhất %1 dòng; dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>Small-cell protection (k = %1): %2 combinations had fewer than %1 rows; %3 cells generalised (%4) in %5 rows, %6 rows suppressed.</source>
        <translation>Bảo vệ ô nhỏ (ẩn danh k), k = %1: %2 tổ hợp có ít hơn %1 dòng; %3 ô được khái quát hóa (%4) trong %5 dòng, %6 dòng bị loại bỏ.</translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>BUSY_TIMEOUT needs a number of milliseconds, not “%1”.</source>
        <translation>BUSY_TIMEOUT cần một số mili giây, không phải “%1”.</translation>
    </message>
    <message>
        <source>Unknown connection option “%1”.</source>
        <translation>Không có tùy chọn kết nối “%1”.</translation>
    </message>
    <message>
        <source>The database connection was closed while the query was open.</source>
        <translation>Kết nối cơ sở dữ liệu đã đóng khi truy vấn còn mở.</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>Kết nối cơ sở dữ liệu chưa mở.</translation>
    </message>
    <message>
        <source>Could not prepare the statement.</source>
        <translation>Không chuẩn bị được câu lệnh.</translation>
    </message>
    <message>
        <source>The query contains no SQL statement.</source>
        <translation>Truy vấn không có câu lệnh SQL nào.</translation>
    </message>
    <message>
        <source>The query contains more than one statement; run scripts with executeScript().</source>
        <translation>Truy vấn có nhiều hơn một câu lệnh; hãy chạy tập lệnh bằng executeScript().</translation>
    </message>
    <message>
        <source>The query has not been prepared.</source>
        <translation>Truy vấn chưa được chuẩn bị.</translation>
    </message>
    <message>
        <source>The statement has %1 parameters but %2 values were bound.</source>
        <translation>Câu lệnh có %1 tham số nhưng có %2 giá trị được gắn.</translation>
    </message>
    <message>
        <source>Could not bind value %1 (of type %2).</source>
        <translation>Không gắn được giá trị %1 (kiểu %2).</translation>
    </message>
    <message>
        <source>Could not execute the statement.</source>
        <translation>Không thực hiện được câu lệnh.</translation>
    </message>
    <message>
        <source>Could not open the database file “%1”.</source>
        <translation>Không mở được tệp cơ sở dữ liệu “%1”.</translation>
    </message>
    <message>
        <source>A transaction is already open on this connection; nested transactions are not supported.</source>
        <translation>Kết nối này đang có một giao dịch mở; không hỗ trợ giao dịch lồng nhau.</translation>
    </message>
    <message>
        <source>Could not start a transaction.</source>
        <translation>Không bắt đầu được giao dịch.</translation>
    </message>
    <message>
        <source>No transaction is open on this connection, so there is nothing to commit.</source>
        <translation>Kết nối này không có giao dịch nào đang mở nên không có gì để ghi.</translation>
    </message>
    <message>
        <source>Could not commit the transaction.</source>
        <translation>Không ghi được giao dịch.</translation>
    </message>
    <message>
        <source>No transaction is open on this connection, so there is nothing to roll back.</source>
        <translation>Kết nối này không có giao dịch nào đang mở nên không có gì để hủy.</translation>
    </message>
    <message>
        <source>Could not roll back the transaction.</source>
        <translation>Không hủy được giao dịch.</translation>
    </message>
    <message>
        <source>The database key is empty.</source>
        <translation>Khóa cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>Could not apply the database key.</source>
        <translation>Không áp dụng được khóa cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The new database key is empty.</source>
        <translation>Khóa cơ sở dữ liệu mới trống.</translation>
    </message>
    <message>
        <source>Could not change the database key.</source>
        <translation>Không đổi được khóa cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Could not run the SQL script.</source>
        <translation>Không chạy được tập lệnh SQL.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The disk is full, so the change was not saved and nothing was half-written. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy nên thay đổi chưa được lưu và không có dữ liệu nào bị ghi dở. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Cannot read or write users: %1</source>
        <translation>Không đọc hoặc ghi được danh sách người dùng: %1</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2 to 32 lower-case letters without accents, digits, dots, dashes or underscores, for example nguyen.an.</source>
        <translation>Tên đăng nhập &quot;%1&quot; không hợp lệ: dùng 2 đến 32 chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, ví dụ nguyen.an.</translation>
    </message>
</context>
<context>
    <name>WindowedListModel</name>
    <message>
        <source>The list cannot be read: the database is not open.</source>
        <translation>Không đọc được danh sách: cơ sở dữ liệu chưa mở.</translation>
    </message>
</context>
<context>
    <name>WorkingDayCalendar</name>
    <message>
        <source>Cannot read the holiday calendar: %1</source>
        <translation>Không đọc được lịch ngày nghỉ lễ: %1</translation>
    </message>
    <message>
        <source>Cannot read the deadline rules: %1</source>
        <translation>Không đọc được bảng thời hạn: %1</translation>
    </message>
    <message>
        <source>There is no deadline rule &quot;%1&quot;. An administrator can add it under the deadline rules.</source>
        <translation>Không có thời hạn &quot;%1&quot; trong bảng thời hạn. Quản trị viên có thể bổ sung thời hạn này vào bảng thời hạn.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Xem:</translation>
    </message>
    <message>
        <source>Kind of activity shown</source>
        <translation>Loại hoạt động được hiển thị</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Đối tượng tham dự</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Số người tham dự</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Activities, newest first</source>
        <translation>Hoạt động, mới nhất trước</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Loại hình hoạt động</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Loại &amp;hình:</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Ngày tổ chức</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên hoạt động:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>Đối tượng tham &amp;dự:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>Tổng &amp;số người tham dự:</translation>
    </message>
    <message>
        <source>Women among the participants</source>
        <translation>Số nữ trong số người tham dự</translation>
    </message>
    <message>
        <source>of whom &amp;women:</source>
        <translation>tr&amp;ong đó nữ:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Địa đ&amp;iểm:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Thêm &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>The date is in the future. Record an activity once it has taken place.</source>
        <translation>Ngày này là ngày trong tương lai. Hãy ghi nhận hoạt động sau khi hoạt động đã diễn ra.</translation>
    </message>
    <message>
        <source>Enter the title of the activity.</source>
        <translation>Hãy nhập tên hoạt động.</translation>
    </message>
    <message>
        <source>There cannot be more women (%1) than participants (%2).</source>
        <translation>Số nữ (%1) không được nhiều hơn tổng số người tham dự (%2).</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Hãy sửa các trường được đánh dấu đỏ trước.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Người dùng và vai trò</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <source>Catalogues</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mẫu văn bản</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::AdministratorPage</name>
    <message>
        <source>First administrator</source>
        <translation>Quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>The administrator signs in first and adds the other users. A password of a few words is easy to remember and hard to guess.</source>
        <translation>Quản trị viên đăng nhập đầu tiên và thêm những người dùng khác. Mật khẩu gồm vài từ vừa dễ nhớ vừa khó đoán.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Độ mạnh:</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <source>2 to 32 lower-case letters, digits, dots, dashes or underscores</source>
        <translation>2 đến 32 chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again in both fields.</source>
        <translation>Hai mật khẩu không giống nhau. Hãy gõ lại mật khẩu ở cả hai ô.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::AuditTab</name>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Kiểm tra chuỗi</translation>
    </message>
    <message>
        <source>Verify the database and the audit chain</source>
        <translation>Kiểm tra cơ sở dữ liệu và chuỗi nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Audit log, newest first</source>
        <translation>Nhật ký kiểm tra, mới nhất trước</translation>
    </message>
    <message>
        <source>← &amp;Newer</source>
        <translation>← &amp;Mới hơn</translation>
    </message>
    <message>
        <source>&amp;Older →</source>
        <translation>&amp;Cũ hơn →</translation>
    </message>
    <message>
        <source>Check the database file and that no audit entry was changed outside the application</source>
        <translation>Kiểm tra tệp cơ sở dữ liệu và bảo đảm không có mục nhật ký nào bị sửa bên ngoài ứng dụng</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Không có mục nào</translation>
    </message>
    <message>
        <source>Entries %1–%2, newest first</source>
        <translation>Mục %1–%2, mới nhất trước</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Checking the database file and the audit chain…</source>
        <translation>Đang kiểm tra tệp cơ sở dữ liệu và chuỗi nhật ký kiểm tra…</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Đã hủy việc kiểm tra.</translation>
    </message>
    <message>
        <source>The database is sound: the file passed its integrity check and all %1 audit entries are intact.</source>
        <translation>Cơ sở dữ liệu bình thường: tệp đạt yêu cầu kiểm tra toàn vẹn và cả %1 mục nhật ký kiểm tra đều nguyên vẹn.</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry no. %1: %2</source>
        <translation>Chuỗi nhật ký kiểm tra bị đứt tại mục số %1: %2</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng: %1</translation>
    </message>
    <message>
        <source>The schema version is %1, expected %2.</source>
        <translation>Phiên bản lược đồ là %1, cần là %2.</translation>
    </message>
    <message>
        <source>The keyring does not match this database.</source>
        <translation>Tệp khóa không khớp với cơ sở dữ liệu này.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::BackupsTab</name>
    <message>
        <source>A backup is one encrypted file holding the database and its keyring. Keep it on another disk or a USB stick in a locked drawer: it opens with a user&apos;s password or the recovery code.</source>
        <translation>Bản sao lưu là một tệp mã hóa chứa cơ sở dữ liệu và tệp khóa. Hãy lưu bản sao lưu trên ổ đĩa khác hoặc trên USB cất trong ngăn kéo có khóa: bản sao lưu được mở bằng mật khẩu của một người dùng hoặc bằng mã khôi phục.</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the database now</source>
        <translation>Ghi ngay một bản sao lưu mã hóa của cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Backups (*.lbak)</source>
        <translation>Bản sao lưu (*.lbak)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Đang ghi bản sao lưu…</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Đang ghi và kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <source>Cancelling: the backup will be discarded…</source>
        <translation>Đang hủy: bản sao lưu sẽ bị bỏ…</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was kept.</source>
        <translation>Đã hủy sao lưu; không giữ lại tệp nào.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2).</source>
        <translation>Đã ghi và kiểm tra bản sao lưu: %1 (%2).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Replace this database with a backup; the current one is kept aside and everyone is signed out while it runs</source>
        <translation>Thay cơ sở dữ liệu này bằng một bản sao lưu; cơ sở dữ liệu hiện tại được giữ lại riêng và mọi người được đăng xuất trong lúc khôi phục</translation>
    </message>
    <message>
        <source>A backup or an export is still running. Restore when it has finished.</source>
        <translation>Một lần sao lưu hoặc xuất dữ liệu vẫn đang chạy. Hãy khôi phục khi việc đó xong.</translation>
    </message>
    <message>
        <source>Signing out to restore the backup…</source>
        <translation>Đang đăng xuất để khôi phục bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::CaseDetailWidget</name>
    <message>
        <source>← Back to the list</source>
        <translation>← Quay lại danh sách</translation>
    </message>
    <message>
        <source>Back to the case list (Alt+Left)</source>
        <translation>Quay lại danh sách vụ việc (Alt+Mũi tên trái)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>Print a document of this case</source>
        <translation>In một văn bản của vụ việc này</translation>
    </message>
    <message>
        <source>Beneficiary:</source>
        <translation>Người được trợ giúp:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Hình thức:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Người thực hiện:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Tiếp nhận:</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Nội dung yêu cầu:</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Các bước xử lý</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Issued by / sent to</source>
        <translation>Nơi ban hành / nơi nhận</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tòa án, cơ quan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Add %1…</source>
        <translation>Thêm %1…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Documents of the file</source>
        <translation>Tài liệu trong hồ sơ</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Phiên làm việc, phiên tòa</translation>
    </message>
    <message>
        <source>Evaluation and feedback</source>
        <translation>Đánh giá và ý kiến phản hồi</translation>
    </message>
    <message>
        <source>assign a provider by %1 (overdue)</source>
        <translation>cử người thực hiện trước ngày %1 (quá hạn)</translation>
    </message>
    <message>
        <source>assign a provider by %1</source>
        <translation>cử người thực hiện trước ngày %1</translation>
    </message>
    <message>
        <source>urgent: accept on the day received (%1)</source>
        <translation>khẩn cấp: thụ lý ngay trong ngày tiếp nhận (%1)</translation>
    </message>
    <message>
        <source>hearing on %1</source>
        <translation>phiên tòa, phiên làm việc ngày %1</translation>
    </message>
    <message>
        <source>limitation period ends %1</source>
        <translation>thời hiệu hết vào ngày %1</translation>
    </message>
    <message>
        <source>provider change decided late on %1</source>
        <translation>quyết định thay đổi người thực hiện muộn, vào ngày %1</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>không còn thời hạn nào</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>chưa cử</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Tiếp nhận yêu cầu</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>trạng thái: %1</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>hài lòng</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>không hài lòng</translation>
    </message>
    <message>
        <source>Your role does not show the text of notes and events; dates and kinds are listed.</source>
        <translation>Vai trò của bạn không được xem nội dung ghi chú và diễn biến; chỉ liệt kê ngày và loại.</translation>
    </message>
    <message>
        <source>Your role may not print the documents of a case.</source>
        <translation>Vai trò của bạn không được in văn bản của vụ việc.</translation>
    </message>
    <message>
        <source>Print a form or decision of this case</source>
        <translation>In biểu mẫu hoặc quyết định của vụ việc này</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>The desk is locked; unlock it and try again.</source>
        <translation>Ứng dụng đang khóa; hãy mở khóa rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::CaseEventDialog</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Hearing &amp;date:</source>
        <translation>&amp;Ngày diễn ra:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Court or procedural body</source>
        <translation>Tòa án hoặc cơ quan tiến hành tố tụng</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>&amp;Tòa án, cơ quan:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Giai đoạn:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>&amp;Chiều:</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Loại tài liệu</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Loại tài liệu:</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số tài liệu</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>Issued by or sent to</source>
        <translation>Nơi ban hành hoặc nơi nhận</translation>
    </message>
    <message>
        <source>Issued by / sent &amp;to:</source>
        <translation>Nơi &amp;ban hành / nơi nhận:</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Trích yếu tài liệu</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Trích &amp;yếu:</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Mức đánh giá</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Mức đánh giá:</translation>
    </message>
    <message>
        <source>Was the beneficiary satisfied</source>
        <translation>Người được trợ giúp có hài lòng không</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>Người được trợ &amp;giúp:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>C&amp;omments:</source>
        <translation>Nhận &amp;xét:</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Hãy nhập nội dung ghi chú.</translation>
    </message>
    <message>
        <source>Name the court or body that holds the hearing.</source>
        <translation>Hãy nhập tòa án hoặc cơ quan tiến hành phiên làm việc.</translation>
    </message>
    <message>
        <source>Give the document&apos;s title or what it is about.</source>
        <translation>Hãy nhập tên hoặc trích yếu của tài liệu.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::CaseStepDialog</name>
    <message>
        <source>Date of this step</source>
        <translation>Ngày của bước này</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Choose a provider…</source>
        <translation>Chọn người thực hiện…</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Người thực &amp;hiện:</translation>
    </message>
    <message>
        <source>Date the change was requested</source>
        <translation>Ngày đề nghị thay đổi</translation>
    </message>
    <message>
        <source>Change re&amp;quested on:</source>
        <translation>Ngày đề nghị &amp;thay đổi:</translation>
    </message>
    <message>
        <source>Organisation the case is transferred to</source>
        <translation>Tổ chức nhận vụ việc được chuyển</translation>
    </message>
    <message>
        <source>Choose an organisation…</source>
        <translation>Chọn tổ chức…</translation>
    </message>
    <message>
        <source>&amp;Transfer to:</source>
        <translation>&amp;Chuyển cho:</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Căn cứ:</translation>
    </message>
    <message>
        <source>Written reason</source>
        <translation>Lý do bằng văn bản</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>Choose the provider who will handle the case.</source>
        <translation>Hãy chọn người thực hiện trợ giúp pháp lý cho vụ việc.</translation>
    </message>
    <message>
        <source>Choose the organisation that takes over the case.</source>
        <translation>Hãy chọn tổ chức nhận vụ việc.</translation>
    </message>
    <message>
        <source>Write the reason; it is kept in the file.</source>
        <translation>Hãy nhập lý do; lý do được lưu trong hồ sơ.</translation>
    </message>
    <message>
        <source>Write the outcome of the legal aid.</source>
        <translation>Hãy nhập kết quả trợ giúp pháp lý.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::CasesPage</name>
    <message>
        <source>Legal-aid cases</source>
        <translation>Vụ việc trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Open the selected case (Enter)</source>
        <translation>Mở vụ việc đã chọn (Enter)</translation>
    </message>
    <message>
        <source>&amp;Receive a request…</source>
        <translation>Tiếp nhận &amp;yêu cầu…</translation>
    </message>
    <message>
        <source>Receive a new legal-aid request (Ctrl+Shift+N)</source>
        <translation>Tiếp nhận yêu cầu trợ giúp pháp lý mới (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Search by file code</source>
        <translation>Tìm theo mã hồ sơ</translation>
    </message>
    <message>
        <source>Part of the file code, e.g. TGTT.05</source>
        <translation>Một phần mã hồ sơ, ví dụ TGTT.05</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Open (not finished)</source>
        <translation>Đang giải quyết (chưa xong)</translation>
    </message>
    <message>
        <source>Form filter</source>
        <translation>Lọc theo hình thức</translation>
    </message>
    <message>
        <source>Every form</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>Lọc theo người thực hiện</translation>
    </message>
    <message>
        <source>Deadline filter</source>
        <translation>Lọc theo thời hạn</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Mọi thời hạn</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Đến hạn trong tuần này</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Month received</source>
        <translation>Tháng tiếp nhận</translation>
    </message>
    <message>
        <source>Any month</source>
        <translation>Mọi tháng</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mới nhất trước</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Cũ nhất trước</translation>
    </message>
    <message>
        <source>Register order</source>
        <translation>Theo thứ tự trong sổ thụ lý</translation>
    </message>
    <message>
        <source>&amp;File code:</source>
        <translation>Mã hồ &amp;sơ:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Người thực h&amp;iện:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Thời hạ&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>Thán&amp;g:</translation>
    </message>
    <message>
        <source>Or&amp;der:</source>
        <translation>Sắ&amp;p xếp:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n vụ việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Every provider</source>
        <translation>Mọi người thực hiện</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>Provider no. %1</source>
        <translation>Người thực hiện số %1</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::CataloguesTab</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name (Vietnamese)</source>
        <translation>Tên tiếng Việt</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Số ngày làm việc</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Loại tổ chức</translation>
    </message>
    <message>
        <source>Beneficiary groups</source>
        <translation>Diện người được trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Fields of law</source>
        <translation>Lĩnh vực pháp luật</translation>
    </message>
    <message>
        <source>Deadline rules</source>
        <translation>Bảng thời hạn</translation>
    </message>
    <message>
        <source>Partner kinds</source>
        <translation>Loại đối tác</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <source>Name in Vietnamese</source>
        <translation>Tên bằng tiếng Việt</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Tên bằng tiếng Anh</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>Name (&amp;Vietnamese):</source>
        <translation>Tên tiếng &amp;Việt:</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Tên tiếng &amp;Anh:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Căn cứ pháp lý:</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>&amp;Thêm mục</translation>
    </message>
    <message>
        <source>&amp;Deactivate selected</source>
        <translation>&amp;Ngừng dùng mục đã chọn</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Thời hạn đã chọn</translation>
    </message>
    <message>
        <source>&amp;Working days:</source>
        <translation>Số ngày &amp;làm việc:</translation>
    </message>
    <message>
        <source>Sa&amp;ve rule</source>
        <translation>Lư&amp;u thời hạn</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Ngừng dùng</translation>
    </message>
    <message>
        <source>Enter a code and the name in both languages.</source>
        <translation>Hãy nhập mã và tên bằng cả hai ngôn ngữ.</translation>
    </message>
    <message>
        <source>&amp;Activate selected</source>
        <translation>&amp;Dùng lại mục đã chọn</translation>
    </message>
    <message>
        <source>Select an entry in the list first.</source>
        <translation>Hãy chọn một mục trong danh sách trước.</translation>
    </message>
    <message>
        <source>Select a rule in the list first.</source>
        <translation>Hãy chọn một thời hạn trong danh sách trước.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::CentrePage</name>
    <message>
        <source>Your centre</source>
        <translation>Thông tin Trung tâm</translation>
    </message>
    <message>
        <source>These details are printed at the top of the centre&apos;s documents.</source>
        <translation>Các thông tin này được in ở đầu văn bản của Trung tâm.</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>&amp;Tên Trung tâm:</translation>
    </message>
    <message>
        <source>Centre &amp;code:</source>
        <translation>&amp;Mã đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Place name:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <source>Pa&amp;rent agency:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <source>for example: %1</source>
        <translation>ví dụ: %1</translation>
    </message>
    <message>
        <source>The centre code is printed in case file codes: capital letters or digits, such as TT for the centre or CN1 for branch 1.</source>
        <translation>Mã đơn vị được in trong mã hồ sơ vụ việc: chữ in hoa hoặc chữ số, ví dụ TT cho Trung tâm hoặc CN1 cho Chi nhánh số 1.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::CentreTab</name>
    <message>
        <source>Centre name</source>
        <translation>Tên Trung tâm</translation>
    </message>
    <message>
        <source>Centre code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>&amp;Tên Trung tâm:</translation>
    </message>
    <message>
        <source>Centre &amp;code (in file codes):</source>
        <translation>&amp;Mã đơn vị (dùng trong mã hồ sơ):</translation>
    </message>
    <message>
        <source>&amp;Place (in document dates):</source>
        <translation>Đị&amp;a danh (ghi trước ngày tháng văn bản):</translation>
    </message>
    <message>
        <source>Parent &amp;agency:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Lưu cài đặt</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::ConsentCheckPanel</name>
    <message>
        <source>Consent check before disclosure</source>
        <translation>Kiểm tra sự đồng ý trước khi cung cấp thông tin</translation>
    </message>
    <message>
        <source>Choose the person and the partner to check the person&apos;s consent.</source>
        <translation>Hãy chọn người được trợ giúp và đối tác để kiểm tra sự đồng ý của người đó.</translation>
    </message>
    <message>
        <source>Consent no. %1 covers this partner on %2. Only the fields ticked below are disclosed; the person&apos;s name always is.</source>
        <translation>Vào ngày %2, sự đồng ý số %1 có bao gồm đối tác này. Chỉ các trường được đánh dấu dưới đây được cung cấp; họ tên của người được trợ giúp luôn được cung cấp.</translation>
    </message>
    <message>
        <source>The person&apos;s consent does not allow sharing with this partner: record the consent first.</source>
        <translation>Sự đồng ý của người được trợ giúp không cho phép chia sẻ thông tin với đối tác này: hãy ghi nhận sự đồng ý trước.</translation>
    </message>
    <message>
        <source>Disclosed: %1</source>
        <translation>Thông tin được cung cấp: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không có</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::DataFolderPage</name>
    <message>
        <source>Where to keep the data</source>
        <translation>Nơi lưu dữ liệu</translation>
    </message>
    <message>
        <source>The encrypted database and its keyring are created in this folder. Choose a folder on this computer that is included in the centre&apos;s backups.</source>
        <translation>Cơ sở dữ liệu mã hóa và tệp khóa được tạo trong thư mục này. Hãy chọn một thư mục trên máy này nằm trong phạm vi sao lưu của Trung tâm.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Choose the folder for the database</source>
        <translation>Chọn thư mục lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Hãy chọn một thư mục.</translation>
    </message>
    <message>
        <source>The database will be created as:
%1

Its keyring, %2.keyring, is kept beside it. Back up both files together: the keyring holds the passwords that open the database.</source>
        <translation>Cơ sở dữ liệu sẽ được tạo tại:
%1

Tệp khóa %2.keyring nằm ngay bên cạnh. Hãy sao lưu cả hai tệp cùng nhau: tệp khóa chứa các mật khẩu mở cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::DeskController</name>
    <message>
        <source>No temporary folder could be made for the demo database: %1.</source>
        <translation>Không tạo được thư mục tạm cho cơ sở dữ liệu dùng thử: %1.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Dùng thử</translation>
    </message>
    <message>
        <source>Demo: every record here is invented and is deleted when you quit. To unlock after locking, use the password %1.</source>
        <translation>Bản dùng thử: mọi hồ sơ ở đây đều là giả định và sẽ bị xóa khi bạn thoát. Để mở khóa sau khi khóa màn hình, hãy dùng mật khẩu %1.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Danh bạ</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>&amp;In danh sách…</translation>
    </message>
    <message>
        <source>Print the list of legal-aid organisations and providers</source>
        <translation>In danh sách tổ chức và người thực hiện trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>Tổ &amp;chức</translation>
    </message>
    <message>
        <source>P&amp;roviders</source>
        <translation>&amp;Người thực hiện</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Loại tổ chức</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Tên tổ chức</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Unit &amp;code:</source>
        <translation>&amp;Mã đơn vị:</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Tên &amp;viết tắt:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>T&amp;hêm mới</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>N&amp;gừng hoạt động</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Kind of provider</source>
        <translation>Loại người thực hiện</translation>
    </message>
    <message>
        <source>Provider&apos;s full name</source>
        <translation>Họ và tên người thực hiện</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Họ &amp;và tên:</translation>
    </message>
    <message>
        <source>&amp;Card number:</source>
        <translation>&amp;Số thẻ:</translation>
    </message>
    <message>
        <source>Organisation the provider works for</source>
        <translation>Tổ chức nơi người thực hiện làm việc</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Tổ chức:</translation>
    </message>
    <message>
        <source>Preview and print the list of organisations and providers</source>
        <translation>Xem trước và in danh sách tổ chức và người thực hiện trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(chọn)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Hãy nhập tên tổ chức.</translation>
    </message>
    <message>
        <source>The centre and each branch need a unit code, for example CN1.</source>
        <translation>Trung tâm và mỗi chi nhánh đều cần có mã đơn vị, ví dụ CN1.</translation>
    </message>
    <message>
        <source>Use 1 to 10 capital letters and digits without accents, starting with a letter.</source>
        <translation>Dùng 1 đến 10 chữ in hoa không dấu và chữ số, bắt đầu bằng chữ cái.</translation>
    </message>
    <message>
        <source>A phone number has digits only, with spaces, dots or dashes.</source>
        <translation>Số điện thoại chỉ gồm chữ số, có thể có dấu cách, dấu chấm hoặc gạch ngang.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s full name.</source>
        <translation>Hãy nhập họ và tên của người thực hiện trợ giúp pháp lý.</translation>
    </message>
    <message>
        <source>A %1 acts under a card: enter the card number.</source>
        <translation>Người thực hiện là %1 hoạt động theo thẻ: hãy nhập số thẻ.</translation>
    </message>
    <message>
        <source>Choose the organisation the provider works for.</source>
        <translation>Hãy chọn tổ chức nơi người thực hiện làm việc.</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>In danh sách</translation>
    </message>
    <message>
        <source>Print the directory</source>
        <translation>In danh bạ</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::FigureButton</name>
    <message>
        <source>Open the list behind this number</source>
        <translation>Mở danh sách ứng với số liệu này</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::HolidaysTab</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Ngày nghỉ lễ, Tết</translation>
    </message>
    <message>
        <source>Add or rename a holiday</source>
        <translation>Thêm hoặc đổi tên ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>N&amp;gày:</translation>
    </message>
    <message>
        <source>Holiday date</source>
        <translation>Ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên ngày nghỉ:</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>Tên ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>&amp;Add holiday</source>
        <translation>Thê&amp;m ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Xóa ngày đã chọn</translation>
    </message>
    <message>
        <source>Enter the holiday&apos;s name.</source>
        <translation>Hãy nhập tên ngày nghỉ lễ.</translation>
    </message>
    <message>
        <source>Select a holiday in the list first.</source>
        <translation>Hãy chọn một ngày nghỉ lễ trong danh sách trước.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::LanguagePage</name>
    <message>
        <source>Welcome to legalaid-desk</source>
        <translation>Chào mừng đến với legalaid-desk</translation>
    </message>
    <message>
        <source>This assistant sets up the encrypted database of your legal-aid centre.</source>
        <translation>Trình hướng dẫn này thiết lập cơ sở dữ liệu mã hóa cho Trung tâm trợ giúp pháp lý của bạn.</translation>
    </message>
    <message>
        <source>Choose the language of the application:</source>
        <translation>Chọn ngôn ngữ của ứng dụng:</translation>
    </message>
    <message>
        <source>The choice is kept for the next start.</source>
        <translation>Lựa chọn được áp dụng từ lần khởi động sau.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>Sign in as &amp;another user</source>
        <translation>Đăng nhập bằng người dùng &amp;khác</translation>
    </message>
    <message>
        <source>Enter the &amp;password of %1 to unlock:</source>
        <translation>Nhập &amp;mật khẩu của %1 để mở khóa:</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::LoginDialog</name>
    <message>
        <source>Sign in — legalaid-desk</source>
        <translation>Đăng nhập — legalaid-desk</translation>
    </message>
    <message>
        <source>legalaid-desk</source>
        <translation>legalaid-desk</translation>
    </message>
    <message>
        <source>Database: %1
in %2</source>
        <translation>Cơ sở dữ liệu: %1
trong %2</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::MainWindow</name>
    <message>
        <source>%1 — legalaid-desk</source>
        <translation>%1 — legalaid-desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About legalaid-desk</source>
        <translation>&amp;Giới thiệu legalaid-desk</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Đang đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <source>About legalaid-desk</source>
        <translation>Giới thiệu legalaid-desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;legalaid-desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Case management for the legal aid given by state legal-aid centres to victims of human trafficking, people being identified as victims and the children who accompany them.&lt;/p&gt;&lt;p&gt;The data is encrypted on this computer and is confidential under the Law on prevention of human trafficking.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;legalaid-desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Phần mềm quản lý vụ việc trợ giúp pháp lý của Trung tâm trợ giúp pháp lý nhà nước cho nạn nhân bị mua bán, người đang trong quá trình xác định là nạn nhân và người dưới 18 tuổi đi cùng.&lt;/p&gt;&lt;p&gt;Dữ liệu được mã hóa trên máy tính này và được giữ bí mật theo Luật Phòng, chống mua bán người.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Thêm &amp;người được trợ giúp…</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Thêm &amp;vụ việc…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i đến</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>These pages have changes that are not saved: %1. Close anyway and lose them?</source>
        <translation>Các trang sau có thay đổi chưa được lưu: %1. Vẫn đóng và bỏ các thay đổi đó?</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Sao lưu hằng ngày không thành công: %1</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was written and checked.</source>
        <translation>Đã ghi và kiểm tra bản sao lưu tự động của hôm nay.</translation>
    </message>
    <message numerus="yes">
        <source>The last good backup was made on %1, more than %n day(s) ago. Make one now: Administration → Backups.</source>
        <translation>
            <numerusform>Bản sao lưu tốt gần nhất được tạo ngày %1, đã hơn %n ngày. Hãy sao lưu ngay: Quản trị → Sao lưu.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup of this database yet. Make one now: Administration → Backups.</source>
        <translation>Cơ sở dữ liệu này chưa có bản sao lưu nào. Hãy sao lưu ngay: Quản trị → Sao lưu.</translation>
    </message>
    <message>
        <source>The desk will lock as soon as the running export ends.</source>
        <translation>Ứng dụng sẽ tự khóa ngay khi việc xuất dữ liệu đang chạy kết thúc.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::NewCaseDialog</name>
    <message>
        <source>Receive a legal-aid request</source>
        <translation>Tiếp nhận yêu cầu trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Find the beneficiary</source>
        <translation>Tìm người được trợ giúp</translation>
    </message>
    <message>
        <source>Name, ID number, phone or file code</source>
        <translation>Họ tên, số giấy tờ tùy thân, điện thoại hoặc mã hồ sơ</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Những người tìm thấy</translation>
    </message>
    <message>
        <source>&amp;Beneficiary:</source>
        <translation>Người được trợ giú&amp;p:</translation>
    </message>
    <message>
        <source>Form of legal aid</source>
        <translation>Hình thức trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>Field of law</source>
        <translation>Lĩnh vực pháp luật</translation>
    </message>
    <message>
        <source>Beneficiary group</source>
        <translation>Diện người được trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Field of &amp;law:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>Beneficiary &amp;group:</source>
        <translation>&amp;Diện người được trợ giúp:</translation>
    </message>
    <message>
        <source>How the request came</source>
        <translation>Nguồn tiếp nhận yêu cầu</translation>
    </message>
    <message>
        <source>Request came &amp;by:</source>
        <translation>Nguồn tiếp &amp;nhận:</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Ngà&amp;y tiếp nhận:</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Nội dung yêu cầu</translation>
    </message>
    <message>
        <source>What is &amp;asked:</source>
        <translation>Nội d&amp;ung yêu cầu:</translation>
    </message>
    <message>
        <source>Representative who made the request</source>
        <translation>Người đại diện đã yêu cầu</translation>
    </message>
    <message>
        <source>Empty when the beneficiary asked themself</source>
        <translation>Để trống khi người được trợ giúp tự yêu cầu</translation>
    </message>
    <message>
        <source>Re&amp;presentative:</source>
        <translation>N&amp;gười đại diện:</translation>
    </message>
    <message>
        <source>Representative&apos;s relation to the beneficiary</source>
        <translation>Quan hệ của người đại diện với người được trợ giúp</translation>
    </message>
    <message>
        <source>Rela&amp;tion:</source>
        <translation>&amp;Quan hệ:</translation>
    </message>
    <message>
        <source>A hearing is set</source>
        <translation>Đã có lịch phiên tòa, phiên làm việc</translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation>Ngày phiên tòa, phiên làm việc</translation>
    </message>
    <message>
        <source>&amp;Hearing:</source>
        <translation>Ngày phiên tò&amp;a:</translation>
    </message>
    <message>
        <source>A limitation period ends</source>
        <translation>Có thời hiệu sắp hết</translation>
    </message>
    <message>
        <source>End of the limitation period</source>
        <translation>Ngày hết thời hiệu</translation>
    </message>
    <message>
        <source>Li&amp;mitation:</source>
        <translation>&amp;Thời hiệu:</translation>
    </message>
    <message>
        <source>Defence appointed by the court (always urgent)</source>
        <translation>Bào chữa theo chỉ định của cơ quan tiến hành tố tụng (luôn khẩn cấp)</translation>
    </message>
    <message>
        <source>Find the beneficiary and choose them in the list; add them on the People page first if they are not there.</source>
        <translation>Hãy tìm người được trợ giúp và chọn trong danh sách; nếu chưa có, hãy thêm người đó ở trang Người được trợ giúp trước.</translation>
    </message>
    <message>
        <source>Give both the representative&apos;s name and their relation to the beneficiary, or neither.</source>
        <translation>Hãy nhập cả họ tên người đại diện và quan hệ của họ với người được trợ giúp, hoặc để trống cả hai.</translation>
    </message>
    <message>
        <source>The desk is locked; unlock it to save the request.</source>
        <translation>Ứng dụng đang khóa; hãy mở khóa để lưu yêu cầu.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::NewReferralDialog</name>
    <message>
        <source>Refer a person to a service</source>
        <translation>Chuyển gửi người được trợ giúp đến dịch vụ</translation>
    </message>
    <message>
        <source>Record an incoming referral</source>
        <translation>Ghi nhận chuyển gửi đến</translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation>Tìm người được trợ giúp</translation>
    </message>
    <message>
        <source>Name, ID number, phone or file code</source>
        <translation>Họ tên, số giấy tờ tùy thân, điện thoại hoặc mã hồ sơ</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Những người tìm thấy</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>Người được trợ giú&amp;p:</translation>
    </message>
    <message>
        <source>Partner the person is sent to</source>
        <translation>Đối tác nhận người được chuyển gửi</translation>
    </message>
    <message>
        <source>Partner who referred</source>
        <translation>Đối tác đã chuyển gửi</translation>
    </message>
    <message>
        <source>Choose a partner…</source>
        <translation>Chọn đối tác…</translation>
    </message>
    <message>
        <source>Sent &amp;to:</source>
        <translation>&amp;Chuyển gửi đến:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>&amp;Cơ quan chuyển gửi:</translation>
    </message>
    <message>
        <source>Service asked for</source>
        <translation>Dịch vụ đề nghị</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dịch vụ:</translation>
    </message>
    <message>
        <source>The person is outside Vietnam</source>
        <translation>Người này đang ở nước ngoài</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Find the person and choose them in the list.</source>
        <translation>Hãy tìm người được trợ giúp và chọn trong danh sách.</translation>
    </message>
    <message>
        <source>The desk is locked; unlock it to save the referral.</source>
        <translation>Ứng dụng đang khóa; hãy mở khóa để lưu chuyển gửi.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation>Làm mới số liệu</translation>
    </message>
    <message>
        <source>Count the figures again (F5)</source>
        <translation>Đếm lại số liệu (F5)</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Đang đếm số liệu…</translation>
    </message>
    <message>
        <source>Counting the figures</source>
        <translation>Đang đếm số liệu</translation>
    </message>
    <message>
        <source>Cases in progress</source>
        <translation>Vụ việc đang thực hiện</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <source>Case deadlines</source>
        <translation>Thời hạn vụ việc</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Đến hạn trong tuần này</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Chuyển gửi</translation>
    </message>
    <message>
        <source>Awaiting an answer</source>
        <translation>Đang chờ trả lời</translation>
    </message>
    <message>
        <source>Answer overdue</source>
        <translation>Quá hạn trả lời</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Người được trợ giúp</translation>
    </message>
    <message>
        <source>Under identification, no case yet</source>
        <translation>Đang xác định là nạn nhân, chưa có vụ việc</translation>
    </message>
    <message>
        <source>Legal aid coverage this period</source>
        <translation>Tỷ lệ được trợ giúp pháp lý trong kỳ này</translation>
    </message>
    <message>
        <source>Share of people who received legal aid</source>
        <translation>Tỷ lệ người đã được trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Cases received per month by form</source>
        <translation>Vụ việc tiếp nhận theo tháng, theo hình thức</translation>
    </message>
    <message>
        <source>People by category and sex</source>
        <translation>Người được trợ giúp theo đối tượng và giới tính</translation>
    </message>
    <message>
        <source>Welcome, %1.

Use the list on the left to record people, legal-aid requests and referrals. Ctrl+N starts a new person, Ctrl+F searches, Ctrl+L locks the desk when you step away.

The figures of the overview are shown to roles that may view statistics.</source>
        <translation>Xin chào %1.

Dùng danh sách bên trái để ghi nhận người được trợ giúp, yêu cầu trợ giúp pháp lý và chuyển gửi. Ctrl+N để thêm người được trợ giúp mới, Ctrl+F để tìm kiếm, Ctrl+L để khóa màn hình khi bạn rời khỏi bàn làm việc.

Số liệu tổng quan chỉ hiển thị với các vai trò được xem thống kê.</translation>
    </message>
    <message>
        <source>The figures could not be counted.</source>
        <translation>Không đếm được số liệu.</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>đang đếm…</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>tính đến %1</translation>
    </message>
    <message>
        <source>%1 of %2 people received legal aid</source>
        <translation>%1 trên %2 người đã được trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Victims, people under identification and accompanying minors recorded from %1 to %2 (this half-year)</source>
        <translation>Nạn nhân, người đang trong quá trình xác định là nạn nhân và người dưới 18 tuổi đi cùng được ghi nhận từ %1 đến %2 (6 tháng này)</translation>
    </message>
    <message>
        <source>Cases received per month</source>
        <translation>Vụ việc tiếp nhận theo tháng</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Chưa ghi nhận</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::PasswordStrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Độ mạnh của mật khẩu</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::PeoplePage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Tìm người được trợ giúp</translation>
    </message>
    <message>
        <source>Name, ID or phone number, case file code</source>
        <translation>Họ tên, số giấy tờ tùy thân hoặc số điện thoại, mã hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>With an &amp;open case</source>
        <translation>Có vụ việc đang &amp;giải quyết</translation>
    </message>
    <message>
        <source>&amp;Without a case</source>
        <translation>C&amp;hưa có vụ việc</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>Thêm &amp;người mới</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Thêm người mới</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Mọi đối tượng</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Any identification status</source>
        <translation>Mọi tình trạng xác định</translation>
    </message>
    <message>
        <source>Identification status</source>
        <translation>Tình trạng xác định nạn nhân</translation>
    </message>
    <message>
        <source>Either sex</source>
        <translation>Mọi giới tính</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Mọi độ tuổi</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Độ tuổi</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>Từ 60 tuổi trở lên</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 tuổi</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Mọi tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Xóa bộ lọc</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Người được trợ giúp</translation>
    </message>
    <message>
        <source>Choose a person in the list to see their file, or add a new person.</source>
        <translation>Hãy chọn một người trong danh sách để xem hồ sơ, hoặc thêm người mới.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n người</numerusform>
        </translation>
    </message>
    <message>
        <source>The desk is locked: unlock it to save.</source>
        <translation>Ứng dụng đang khóa: hãy mở khóa để lưu.</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Thêm người được trợ giúp (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::PersonDetailView</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Edit this person</source>
        <translation>Sửa hồ sơ người này</translation>
    </message>
    <message>
        <source>Person&apos;s file</source>
        <translation>Hồ sơ người được trợ giúp</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Nhân thân</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Deciding body</source>
        <translation>Cơ quan quyết định</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Identification history</source>
        <translation>Quá trình xác định nạn nhân</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Xác định nạn nhân</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Ngày đồng ý</translation>
    </message>
    <message>
        <source>Keep data</source>
        <translation>Lưu giữ dữ liệu</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Chia sẻ</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Người đồng ý</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ngày rút lại</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Các lần đồng ý</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Accompanying minors</source>
        <translation>Người dưới 18 tuổi đi cùng</translation>
    </message>
    <message>
        <source>Minors / accompanied</source>
        <translation>Người đi cùng</translation>
    </message>
    <message>
        <source>File code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Referrals and support services</source>
        <translation>Chuyển gửi và dịch vụ hỗ trợ</translation>
    </message>
    <message>
        <source>Referrals and support</source>
        <translation>Chuyển gửi, hỗ trợ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Change this person&apos;s record</source>
        <translation>Sửa hồ sơ của người này</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Đối tượng:</translation>
    </message>
    <message>
        <source>Identification status:</source>
        <translation>Tình trạng xác định nạn nhân:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>Dân tộc:</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>Quốc tịch:</translation>
    </message>
    <message>
        <source>ID document:</source>
        <translation>Giấy tờ tùy thân:</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Tỉnh, thành phố:</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Xã, phường, đặc khu:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Form of exploitation:</source>
        <translation>Hình thức bóc lột:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Nước đến:</translation>
    </message>
    <message>
        <source>Return:</source>
        <translation>Hình thức trở về:</translation>
    </message>
    <message>
        <source>Arrival date:</source>
        <translation>Ngày đến:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Ghi nhận:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, bởi %2</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>Sửa lần cuối:</translation>
    </message>
    <message>
        <source>Accompanies</source>
        <translation>Người mà người này đi cùng</translation>
    </message>
    <message>
        <source>Accompanying minor</source>
        <translation>Người dưới 18 tuổi đi cùng</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::PersonForm</name>
    <message>
        <source>Category</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Đối &amp;tượng:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Họ &amp;và tên:</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>Giớ&amp;i tính:</translation>
    </message>
    <message>
        <source>Date or year of birth</source>
        <translation>Ngày sinh hoặc năm sinh</translation>
    </message>
    <message>
        <source>dd/mm/yyyy or yyyy</source>
        <translation>dd/mm/yyyy hoặc yyyy</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>Ngày/năm &amp;sinh:</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Dân tộc:</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Nationa&amp;lity:</source>
        <translation>&amp;Quốc tịch:</translation>
    </message>
    <message>
        <source>ID document type</source>
        <translation>Loại giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>ID document number</source>
        <translation>Số giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>&amp;ID document:</source>
        <translation>Giấ&amp;y tờ tùy thân:</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>Tỉnh, thành &amp;phố:</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>C&amp;ommune:</source>
        <translation>&amp;Xã, phường, đặc khu:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>Form of exploitation</source>
        <translation>Hình thức bóc lột</translation>
    </message>
    <message>
        <source>E&amp;xploitation:</source>
        <translation>Hình thức &amp;bóc lột:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Nước đến</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Nước đến:</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Hình thức trở về</translation>
    </message>
    <message>
        <source>&amp;Return:</source>
        <translation>Hình thức t&amp;rở về:</translation>
    </message>
    <message>
        <source>Number of the person accompanied</source>
        <translation>Mã số của người được đi cùng</translation>
    </message>
    <message>
        <source>record number, accompanying minors only</source>
        <translation>mã số hồ sơ, chỉ dành cho người dưới 18 tuổi đi cùng</translation>
    </message>
    <message>
        <source>&amp;Accompanies:</source>
        <translation>Đi &amp;cùng người:</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Arri&amp;val date:</source>
        <translation>N&amp;gày đến:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>G&amp;hi chú:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancel the changes</source>
        <translation>Hủy các thay đổi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save the person</source>
        <translation>Lưu hồ sơ người được trợ giúp</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(không rõ)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Người được trợ giúp mới</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Sửa hồ sơ %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type the day, month and year (dd/mm/yyyy) or the year alone.</source>
        <translation>&quot;%1&quot; không phải ngày hợp lệ: hãy gõ ngày, tháng, năm (dd/mm/yyyy) hoặc chỉ gõ năm.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type the day, month and year (dd/mm/yyyy).</source>
        <translation>&quot;%1&quot; không phải ngày hợp lệ: hãy gõ ngày, tháng, năm (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>%1 (no. %2, born %3)</source>
        <translation>%1 (mã số %2, sinh năm %3)</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (mã số %2)</translation>
    </message>
    <message>
        <source>Already recorded with this name and year of birth: %1. Check that this is not the same person before saving.</source>
        <translation>Đã có người được ghi nhận với họ tên và năm sinh này: %1. Hãy kiểm tra để bảo đảm không phải cùng một người trước khi lưu.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::PrintJob</name>
    <message>
        <source>Laying out the pages…</source>
        <translation>Đang dàn trang…</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::RecordsBehindDialog</name>
    <message>
        <source>Records behind the figure</source>
        <translation>Hồ sơ của số liệu</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln record(s)</source>
        <translation>
            <numerusform>%1 · %Ln hồ sơ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln record(s)</source>
        <translation>
            <numerusform>%1 · %2 · %Ln hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click opens the record on its page; this list stays open.</source>
        <translation>Nhấn Enter hoặc nhấp đúp để mở hồ sơ trên trang của nó; danh sách này vẫn mở.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Show the chosen record on its page (Enter)</source>
        <translation>Hiện hồ sơ đã chọn trên trang của nó (Enter)</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Không có hồ sơ nào.</translation>
    </message>
    <message numerus="yes">
        <source>Confidential: open a record only for follow-up. %Ln record(s).</source>
        <translation>
            <numerusform>Thông tin mật: chỉ mở hồ sơ khi cần theo dõi, xử lý. %Ln hồ sơ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legalaid::ui::RecordsBehindLauncher</name>
    <message>
        <source>Show the &amp;records behind this figure</source>
        <translation>Xem các &amp;hồ sơ của số liệu này</translation>
    </message>
    <message>
        <source>List the records this figure counts (Ctrl+Enter)</source>
        <translation>Liệt kê các hồ sơ được đếm trong số liệu này (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Finding the records behind “%1”…</source>
        <translation>Đang tìm các hồ sơ của “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Records behind the figure</source>
        <translation>Hồ sơ của số liệu</translation>
    </message>
    <message>
        <source>The records behind the figure could not be listed.</source>
        <translation>Không liệt kê được các hồ sơ của số liệu.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::RecoveryCodePage</name>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>In mã khôi phục</translation>
    </message>
    <message>
        <source>recovery-code-%1.pdf</source>
        <translation>ma-khoi-phuc-%1.pdf</translation>
    </message>
    <message>
        <source>Saved as %1. The file contains the recovery code: print it, then delete the file or keep it only on a USB stick locked in the safe.</source>
        <translation>Đã lưu thành %1. Tệp này chứa mã khôi phục: hãy in ra, rồi xóa tệp hoặc chỉ giữ trên một USB cất trong két.</translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation>Lưu mã khôi phục thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The database is ready. This code is shown only now: print it or write it down.</source>
        <translation>Cơ sở dữ liệu đã sẵn sàng. Mã này chỉ hiện lúc này: hãy in ra hoặc chép lại.</translation>
    </message>
    <message>
        <source>The recovery code opens the database when every administrator&apos;s password is forgotten or the keyring file is lost. Anyone who has it can open all the data, so keep the paper in a safe and never on a computer.</source>
        <translation>Mã khôi phục mở được cơ sở dữ liệu khi mọi quản trị viên đều quên mật khẩu hoặc khi mất tệp khóa. Ai có mã này đều mở được toàn bộ dữ liệu, vì vậy hãy cất tờ giấy trong két và không bao giờ lưu trên máy tính.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <source>I have printed or &amp;written down the recovery code and will keep it in a safe place</source>
        <translation>Tôi đã in hoặc &amp;chép lại mã khôi phục và sẽ cất giữ ở nơi an toàn</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Chuyển gửi</translation>
    </message>
    <message>
        <source>Record an &amp;incoming referral…</source>
        <translation>&amp;Ghi nhận chuyển gửi đến…</translation>
    </message>
    <message>
        <source>Refer to a &amp;service…</source>
        <translation>Chuyển gửi đến &amp;dịch vụ…</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>Lọc theo chiều chuyển gửi</translation>
    </message>
    <message>
        <source>Incoming and outgoing</source>
        <translation>Chuyển đến và chuyển đi</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Chuyển đi</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>&amp;Awaiting an answer</source>
        <translation>&amp;Chờ trả lời</translation>
    </message>
    <message>
        <source>Answer o&amp;verdue</source>
        <translation>&amp;Quá hạn trả lời</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mới nhất trước</translation>
    </message>
    <message>
        <source>Answer due first</source>
        <translation>Hạn trả lời sớm nhất trước</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>C&amp;hiều:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <source>Or&amp;der:</source>
        <translation>Sắ&amp;p xếp:</translation>
    </message>
    <message>
        <source>Choose a referral in the list to see it here.</source>
        <translation>Hãy chọn một chuyển gửi trong danh sách để xem tại đây.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>Print the referral slip</source>
        <translation>In phiếu chuyển gửi</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Đánh dấu %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Quá trình thay đổi trạng thái</translation>
    </message>
    <message>
        <source>Consent and what was disclosed</source>
        <translation>Sự đồng ý và thông tin đã cung cấp</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n chuyển gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2.</source>
        <translation>Chuyển gửi đang ở trạng thái %1 không thể chuyển sang trạng thái %2.</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>trạng thái: %1</translation>
    </message>
    <message>
        <source>sent %1, answer due %2</source>
        <translation>gửi ngày %1, hạn trả lời %2</translation>
    </message>
    <message>
        <source>— the answer is overdue</source>
        <translation>— đã quá hạn trả lời</translation>
    </message>
    <message>
        <source>Your role may not print referral slips.</source>
        <translation>Vai trò của bạn không được in phiếu chuyển gửi.</translation>
    </message>
    <message>
        <source>Print the slip of an outgoing referral</source>
        <translation>In phiếu của chuyển gửi đi</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>The desk is locked; unlock it and try again.</source>
        <translation>Ứng dụng đang khóa; hãy mở khóa rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::ReportTreeModel</name>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Kỳ này</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Kỳ trước</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Tăng, giảm</translation>
    </message>
    <message>
        <source>Double-click or press Enter to list the records behind this figure.</source>
        <translation>Nhấp đúp hoặc nhấn Enter để liệt kê các hồ sơ của số liệu này.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>Đang tính số liệu báo cáo</translation>
    </message>
    <message>
        <source>Coverage: compute a report to see how many people in the three categories received legal aid.</source>
        <translation>Tỷ lệ được trợ giúp: hãy tính báo cáo để xem có bao nhiêu người thuộc ba nhóm đối tượng đã được trợ giúp pháp lý.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Tỷ lệ được trợ giúp</translation>
    </message>
    <message>
        <source>People not yet helped…</source>
        <translation>Người chưa được trợ giúp…</translation>
    </message>
    <message>
        <source>List the people not yet helped</source>
        <translation>Liệt kê những người chưa được trợ giúp</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Số liệu báo cáo</translation>
    </message>
    <message>
        <source>Chart of the selected indicator</source>
        <translation>Biểu đồ của chỉ tiêu đã chọn</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Xuất JSON…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Người được trợ giúp</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Chuyển gửi</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Export records (anonymised)…</source>
        <translation>Xuất hồ sơ (đã ẩn danh)…</translation>
    </message>
    <message>
        <source>Export records (anonymised)</source>
        <translation>Xuất hồ sơ (đã ẩn danh)</translation>
    </message>
    <message>
        <source>Export with names…</source>
        <translation>Xuất kèm họ tên…</translation>
    </message>
    <message>
        <source>Export records with names</source>
        <translation>Xuất hồ sơ kèm họ tên</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Loại kỳ báo cáo</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Từ ngày – đến ngày</translation>
    </message>
    <message>
        <source>Quarter or half of the year</source>
        <translation>Quý hoặc 6 tháng</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ngày cuối</translation>
    </message>
    <message>
        <source>Cut-off dates</source>
        <translation>Cách chốt số liệu</translation>
    </message>
    <message>
        <source>Decree 09/2019 cut-off</source>
        <translation>Chốt số liệu theo Nghị định 09/2019</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Theo lịch</translation>
    </message>
    <message>
        <source>Decree 09/2019/NĐ-CP: the year runs from 15 December of the year before to 14 December.</source>
        <translation>Nghị định 09/2019/NĐ-CP: kỳ báo cáo năm tính từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 12.</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Tính số liệu</translation>
    </message>
    <message>
        <source>Compute the report for this period (Enter)</source>
        <translation>Tính báo cáo cho kỳ này (Enter)</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Quý, 6 tháng:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đến n&amp;gày:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>C&amp;ut-off:</source>
        <translation>&amp;Chốt số liệu:</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>First 6 months</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <source>The report could not be computed.</source>
        <translation>Không tính được báo cáo.</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Đang tính số liệu %1…</translation>
    </message>
    <message>
        <source>Computed at %1.</source>
        <translation>Tính lúc %1.</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>So sánh với %1.</translation>
    </message>
    <message>
        <source>Coverage: %1 of %2 people in the three categories (victims, people being identified, accompanying minors) known in the period received legal aid.</source>
        <translation>Tỷ lệ được trợ giúp: %1 trên %2 người thuộc ba nhóm đối tượng (nạn nhân, người đang trong quá trình xác định là nạn nhân, người dưới 18 tuổi đi cùng) được ghi nhận trong kỳ đã được trợ giúp pháp lý.</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Kỳ này</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Kỳ trước</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Compute a report first.</source>
        <translation>Hãy tính báo cáo trước.</translation>
    </message>
    <message>
        <source>Sign in to use the reports.</source>
        <translation>Hãy đăng nhập để dùng chức năng báo cáo.</translation>
    </message>
    <message>
        <source>Save the figures as CSV (UTF-8, opens in Excel) with a data dictionary beside it.</source>
        <translation>Lưu số liệu dạng CSV (UTF-8, mở được bằng Excel) kèm theo từ điển dữ liệu.</translation>
    </message>
    <message>
        <source>Save the figures as JSON.</source>
        <translation>Lưu số liệu dạng JSON.</translation>
    </message>
    <message>
        <source>Print the report to a PDF file.</source>
        <translation>In báo cáo ra tệp PDF.</translation>
    </message>
    <message>
        <source>Record-level CSV for the chosen period, without names, ID numbers, phones or addresses.</source>
        <translation>Tệp CSV theo từng hồ sơ của kỳ đã chọn, không có họ tên, số giấy tờ tùy thân, điện thoại hay địa chỉ.</translation>
    </message>
    <message>
        <source>Record-level CSV WITH names and contact details. Keep such a file confidential.</source>
        <translation>Tệp CSV theo từng hồ sơ CÓ họ tên và thông tin liên lạc. Hãy giữ bí mật tệp này.</translation>
    </message>
    <message>
        <source>The people of the three categories who have not received legal aid, for follow-up.</source>
        <translation>Những người thuộc ba nhóm đối tượng chưa được trợ giúp pháp lý, để theo dõi, hỗ trợ.</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Xuất báo cáo dạng CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the report to %1 (with its data dictionary).</source>
        <translation>Đã lưu báo cáo vào %1 (kèm từ điển dữ liệu).</translation>
    </message>
    <message>
        <source>Export the report as JSON</source>
        <translation>Xuất báo cáo dạng JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Đã lưu báo cáo vào %1.</translation>
    </message>
    <message>
        <source>Print the report to PDF</source>
        <translation>In báo cáo ra PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printed the report to %1 (%2 pages).</source>
        <translation>Đã in báo cáo ra %1 (%2 trang).</translation>
    </message>
    <message>
        <source>Export with names</source>
        <translation>Xuất kèm họ tên</translation>
    </message>
    <message>
        <source>This file will contain names, ID numbers, phones and addresses of crime victims. Disclosure without consent is prohibited by law. Export anyway?</source>
        <translation>Tệp này sẽ chứa họ tên, số giấy tờ tùy thân, điện thoại và địa chỉ của nạn nhân. Pháp luật nghiêm cấm tiết lộ thông tin khi chưa có sự đồng ý. Vẫn xuất tệp?</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Xuất hồ sơ</translation>
    </message>
    <message>
        <source>Exporting records…</source>
        <translation>Đang xuất hồ sơ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Exported %1 anonymised rows to %2 (data dictionary: %3).</source>
        <translation>Đã xuất %1 dòng đã ẩn danh ra %2 (từ điển dữ liệu: %3).</translation>
    </message>
    <message>
        <source>Exported %1 rows WITH NAMES to %2 (data dictionary: %3). Keep this file confidential.</source>
        <translation>Đã xuất %1 dòng CÓ HỌ TÊN ra %2 (từ điển dữ liệu: %3). Hãy giữ bí mật tệp này.</translation>
    </message>
    <message>
        <source>People not yet helped</source>
        <translation>Người chưa được trợ giúp</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of the three categories known in %1 had no accepted case by its end. Confidential: for follow-up only.</source>
        <translation>
            <numerusform>%n người thuộc ba nhóm đối tượng được ghi nhận trong kỳ %1 chưa có vụ việc được thụ lý tính đến cuối kỳ. Thông tin mật: chỉ dùng để theo dõi, hỗ trợ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Known on</source>
        <translation>Ngày ghi nhận</translation>
    </message>
    <message>
        <source>Victims for HTCDS (IOM case data standard)</source>
        <translation>Nạn nhân theo HTCDS (chuẩn dữ liệu vụ việc của IOM)</translation>
    </message>
    <message>
        <source>One row per victim or person being identified: trafficking status and deciding body, exploitation, destination, age when trafficked, sex, nationality.</source>
        <translation>Mỗi nạn nhân hoặc người đang trong quá trình xác định là nạn nhân ghi trên một dòng: tình trạng xác định nạn nhân và cơ quan quyết định, hình thức bóc lột, nước đến, tuổi khi bị mua bán, giới tính, quốc tịch.</translation>
    </message>
    <message>
        <source>Small-cell threshold k of anonymised exports</source>
        <translation>Ngưỡng k của bảo vệ ô nhỏ (ẩn danh k) khi xuất dữ liệu ẩn danh</translation>
    </message>
    <message>
        <source>Anonymised exports generalise or leave out the rows whose combination of age band, sex, province, nationality and ethnicity is shared by fewer than k records (default %1).</source>
        <translation>Khi xuất dữ liệu ẩn danh, các dòng có tổ hợp nhóm tuổi, giới tính, tỉnh/thành phố, quốc tịch và dân tộc chỉ trùng với ít hơn k hồ sơ sẽ được khái quát hóa hoặc bị loại bỏ (mặc định %1).</translation>
    </message>
    <message>
        <source>Small cells, &amp;k:</source>
        <translation>&amp;Bảo vệ ô nhỏ, k:</translation>
    </message>
    <message>
        <source>Exporting records: %1 of %2…</source>
        <translation>Đang xuất hồ sơ: %1/%2…</translation>
    </message>
    <message>
        <source>Unit of the register</source>
        <translation>Đơn vị của sổ thụ lý</translation>
    </message>
    <message>
        <source>The unit (the centre or a branch) whose register of cases is printed.</source>
        <translation>Đơn vị (Trung tâm hoặc chi nhánh) có sổ thụ lý vụ việc được in.</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Register and &amp;lists</source>
        <translation>&amp;Sổ và danh sách</translation>
    </message>
    <message>
        <source>Print the register or the list of people given legal aid</source>
        <translation>In sổ thụ lý hoặc danh sách người được trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Register of cases (Form 01)…</source>
        <translation>Sổ thụ lý vụ việc (Mẫu số 01)…</translation>
    </message>
    <message>
        <source>List of people given legal aid…</source>
        <translation>Danh sách người được trợ giúp pháp lý…</translation>
    </message>
    <message>
        <source>Save the register as PDF…</source>
        <translation>Lưu sổ thụ lý thành PDF…</translation>
    </message>
    <message>
        <source>Save the list of people given legal aid as PDF…</source>
        <translation>Lưu danh sách người được trợ giúp pháp lý thành PDF…</translation>
    </message>
    <message>
        <source>Print the register of cases (Sổ thụ lý, Form 01) of the chosen unit for the chosen period.</source>
        <translation>In sổ thụ lý vụ việc (Mẫu số 01) của đơn vị đã chọn trong kỳ đã chọn.</translation>
    </message>
    <message>
        <source>Save the register of cases of the chosen unit and period as a PDF file.</source>
        <translation>Lưu sổ thụ lý vụ việc của đơn vị và kỳ đã chọn thành tệp PDF.</translation>
    </message>
    <message>
        <source>Print the list of people given legal aid in the chosen period. Confidential.</source>
        <translation>In danh sách người được trợ giúp pháp lý trong kỳ đã chọn. Tài liệu mật.</translation>
    </message>
    <message>
        <source>Save the list of people given legal aid in the chosen period as a PDF file. Keep the file confidential.</source>
        <translation>Lưu danh sách người được trợ giúp pháp lý trong kỳ đã chọn thành tệp PDF. Hãy giữ bí mật tệp này.</translation>
    </message>
    <message>
        <source>Print the register of cases or the list of people given legal aid for the chosen period, or save them as PDF.</source>
        <translation>In sổ thụ lý vụ việc hoặc danh sách người được trợ giúp pháp lý của kỳ đã chọn, hoặc lưu thành PDF.</translation>
    </message>
    <message>
        <source>Every unit</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>The registers of the centre and of every branch, one after the other.</source>
        <translation>Sổ thụ lý của Trung tâm và của từng chi nhánh, lần lượt từng sổ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a register or list of a period.</source>
        <translation>&quot;%1&quot; không phải sổ hoặc danh sách theo kỳ.</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>In: %1</translation>
    </message>
    <message>
        <source>Save the register as PDF</source>
        <translation>Lưu sổ thụ lý thành PDF</translation>
    </message>
    <message>
        <source>Save the list of people given legal aid as PDF</source>
        <translation>Lưu danh sách người được trợ giúp pháp lý thành PDF</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>Đang dựng các trang…</translation>
    </message>
    <message numerus="yes">
        <source>Saved the register (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Đã lưu sổ thụ lý (%n trang) vào %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the list of people given legal aid (%n page(s)) to %1. Keep the file confidential.</source>
        <translation>
            <numerusform>Đã lưu danh sách người được trợ giúp pháp lý (%n trang) vào %1. Hãy giữ bí mật tệp này.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled because the desk locked; no file was written.</source>
        <translation>Việc xuất dữ liệu đã bị hủy vì phần mềm đã khóa; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>An export is running; wait for it to end or cancel it.</source>
        <translation>Đang xuất dữ liệu; hãy chờ xong hoặc hủy việc xuất.</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Đang hủy việc xuất dữ liệu…</translation>
    </message>
    <message>
        <source>The export did not finish; no file was written. Try again.</source>
        <translation>Việc xuất dữ liệu chưa xong; không có tệp nào được ghi. Hãy thử lại.</translation>
    </message>
    <message>
        <source>Saving the PDF was cancelled because the desk locked; no file was written.</source>
        <translation>Việc lưu PDF đã bị hủy vì phần mềm đã khóa; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Preview the register…</source>
        <translation>Xem trước sổ thụ lý…</translation>
    </message>
    <message>
        <source>Preview the list of people given legal aid…</source>
        <translation>Xem trước danh sách người được trợ giúp pháp lý…</translation>
    </message>
    <message>
        <source>Printing was cancelled because the desk locked; pages already sent to the printer were recorded in the audit log.</source>
        <translation>Việc in đã bị hủy vì phần mềm đã khóa; các trang đã gửi tới máy in được ghi vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>See the register of cases of the chosen unit and period page by page before printing it.</source>
        <translation>Xem từng trang sổ thụ lý vụ việc của đơn vị và kỳ đã chọn trước khi in.</translation>
    </message>
    <message>
        <source>See the list of people given legal aid in the chosen period page by page before printing it. Confidential.</source>
        <translation>Xem từng trang danh sách người được trợ giúp pháp lý trong kỳ đã chọn trước khi in. Tài liệu mật.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Đã gửi %1 tới máy in (%n trang).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legalaid::ui::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>1. Backup file</source>
        <translation>1. Tệp sao lưu</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>Tệp sao lưu cần khôi phục</translation>
    </message>
    <message>
        <source>Choose a backup file (.lbak)</source>
        <translation>Chọn tệp sao lưu (.lbak)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Nội dung của bản sao lưu</translation>
    </message>
    <message>
        <source>2. The current database</source>
        <translation>2. Cơ sở dữ liệu hiện tại</translation>
    </message>
    <message>
        <source>The restore replaces the database you are working in:
%1
It is not deleted: it is kept aside, with its keyring, as
%2
Everyone is signed out while the backup is restored; then you sign in to the restored database.</source>
        <translation>Việc khôi phục sẽ thay cơ sở dữ liệu đang dùng:
%1
Cơ sở dữ liệu này không bị xóa: nó được giữ lại riêng, cùng tệp khóa, tại
%2
Mọi người được đăng xuất trong lúc khôi phục; sau đó anh/chị đăng nhập vào cơ sở dữ liệu đã khôi phục.</translation>
    </message>
    <message>
        <source>I &amp;understand: replace the current database with this backup</source>
        <translation>Tôi đã &amp;hiểu: thay cơ sở dữ liệu hiện tại bằng bản sao lưu này</translation>
    </message>
    <message>
        <source>Confirm that the current database is replaced</source>
        <translation>Xác nhận thay cơ sở dữ liệu hiện tại</translation>
    </message>
    <message>
        <source>3. Open the backup with</source>
        <translation>3. Mở bản sao lưu bằng</translation>
    </message>
    <message>
        <source>a user name and &amp;password of the backup</source>
        <translation>tên đăng nhập và &amp;mật khẩu trong bản sao lưu</translation>
    </message>
    <message>
        <source>its recovery c&amp;ode</source>
        <translation>mã &amp;khôi phục của bản sao lưu</translation>
    </message>
    <message>
        <source>User name in the backup</source>
        <translation>Tên đăng nhập trong bản sao lưu</translation>
    </message>
    <message>
        <source>Password in the backup</source>
        <translation>Mật khẩu trong bản sao lưu</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>Recovery code of the backup</source>
        <translation>Mã khôi phục của bản sao lưu</translation>
    </message>
    <message>
        <source>Recovery co&amp;de:</source>
        <translation>&amp;Mã khôi phục:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Sign out and restore the backup</source>
        <translation>Đăng xuất và khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>&lt;date and time&gt;</source>
        <translation>&lt;ngày và giờ&gt;</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Chọn bản sao lưu cần khôi phục</translation>
    </message>
    <message>
        <source>Backups (*.lbak *.labak);;All files (*)</source>
        <translation>Bản sao lưu (*.lbak *.labak);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Checking the backup file…</source>
        <translation>Đang kiểm tra tệp sao lưu…</translation>
    </message>
    <message>
        <source>Backup taken on %1
Schema version: %2
Database: %3</source>
        <translation>Sao lưu lúc %1
Phiên bản lược đồ: %2
Cơ sở dữ liệu: %3</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Đang kiểm tra mật khẩu…</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>Đang kiểm tra mã khôi phục…</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::RestoreRun</name>
    <message>
        <source>Restoring the backup: checking it, copying the database and verifying it. This can take a few minutes for a large database…</source>
        <translation>Đang khôi phục bản sao lưu: kiểm tra, chép cơ sở dữ liệu và xác minh. Với cơ sở dữ liệu lớn, việc này có thể mất vài phút…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Đang khôi phục</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 The current database is unchanged; sign in to it again.</source>
        <translation>Chưa khôi phục được gì: %1 Cơ sở dữ liệu hiện tại không thay đổi; hãy đăng nhập lại vào đó.</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. Sign in to the restored database.</source>
        <translation>Đã khôi phục bản sao lưu lúc %1. Hãy đăng nhập vào cơ sở dữ liệu đã khôi phục.</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. The database it replaced is kept as %2. Sign in to the restored database.</source>
        <translation>Đã khôi phục bản sao lưu lúc %1. Cơ sở dữ liệu cũ được giữ lại tại %2. Hãy đăng nhập vào cơ sở dữ liệu đã khôi phục.</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::SetupWizard</name>
    <message>
        <source>Set up legalaid-desk</source>
        <translation>Thiết lập legalaid-desk</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>&amp;Tạo cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::TemplatesTab</name>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Template &amp;text (HTML with {{placeholders}}):</source>
        <translation>&amp;Nội dung mẫu (HTML có {{trường thay thế}}):</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Nội dung mẫu</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Lưu mẫu</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>Shows the text as printed, each placeholder showing its own name.</source>
        <translation>Hiển thị nội dung như khi in, mỗi trường thay thế hiện tên của chính nó.</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Khôi phục mẫu mặc định</translation>
    </message>
    <message>
        <source>&amp;Placeholders (double-click to insert):</source>
        <translation>&amp;Trường thay thế (nhấp đúp để chèn):</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Trường thay thế</translation>
    </message>
    <message>
        <source>Saves the text as a new version (Ctrl+S).</source>
        <translation>Lưu nội dung thành một phiên bản mới (Ctrl+S).</translation>
    </message>
    <message>
        <source>Prints this document from the shipped template again; saved versions are kept.</source>
        <translation>In lại văn bản này theo mẫu mặc định kèm phần mềm; các phiên bản đã lưu vẫn được giữ.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <source>Customised (version %1)</source>
        <translation>Đã tùy chỉnh (phiên bản %1)</translation>
    </message>
    <message>
        <source>The shipped default template is used.</source>
        <translation>Đang dùng mẫu mặc định kèm phần mềm.</translation>
    </message>
    <message>
        <source>The centre&apos;s version %1 is used.</source>
        <translation>Đang dùng phiên bản %1 của Trung tâm.</translation>
    </message>
    <message>
        <source>A value.</source>
        <translation>Một giá trị.</translation>
    </message>
    <message>
        <source>A repeated section: its text is printed once for each item of the list.</source>
        <translation>Phần lặp lại: nội dung được in một lần cho mỗi mục của danh sách.</translation>
    </message>
    <message>
        <source>A value of one item of %1, used inside its section.</source>
        <translation>Giá trị của một mục thuộc %1, dùng bên trong phần của nó.</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Mẫu chưa lưu</translation>
    </message>
    <message>
        <source>Discard the changes to the template of &quot;%1&quot;?</source>
        <translation>Bỏ các thay đổi trong mẫu văn bản &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Khôi phục mẫu mặc định</translation>
    </message>
    <message>
        <source>Print &quot;%1&quot; from the shipped template again? The centre&apos;s versions are kept, and any unsaved changes are lost.</source>
        <translation>In lại &quot;%1&quot; theo mẫu mặc định kèm phần mềm? Các phiên bản của Trung tâm vẫn được giữ, còn những thay đổi chưa lưu sẽ mất.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Xem trước: %1</translation>
    </message>
    <message>
        <source>Sample values: each placeholder shows its name, each list two items.</source>
        <translation>Giá trị mẫu: mỗi trường thay thế hiện tên của nó, mỗi danh sách có hai mục.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
</context>
<context>
    <name>legalaid::ui::UsersTab</name>
    <message>
        <source>Login name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>e.g. nguyen.lan</source>
        <translation>ví dụ: nguyen.lan</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Nhậ&amp;p lại:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Thêm người dùng</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Người dùng đã chọn</translation>
    </message>
    <message>
        <source>New password for the selected user</source>
        <translation>Mật khẩu mới cho người dùng đã chọn</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật &amp;khẩu mới:</translation>
    </message>
    <message>
        <source>Re&amp;set password</source>
        <translation>Đặt &amp;lại mật khẩu</translation>
    </message>
    <message>
        <source>Re&amp;move user</source>
        <translation>&amp;Xóa người dùng</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>A user with this login name already exists. Choose another name.</source>
        <translation>Đã có người dùng với tên đăng nhập này. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Hai mật khẩu không giống nhau. Hãy gõ cùng một mật khẩu hai lần.</translation>
    </message>
    <message>
        <source>Fill in every field: the login name, the full name and a strong password typed twice.</source>
        <translation>Hãy điền đủ các trường: tên đăng nhập, họ và tên và một mật khẩu mạnh được gõ hai lần.</translation>
    </message>
    <message>
        <source>Select an active user in the list first.</source>
        <translation>Hãy chọn một người dùng đang hoạt động trong danh sách trước.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Xóa người dùng</translation>
    </message>
    <message>
        <source>Remove the user &quot;%1&quot;? They can no longer sign in; what they recorded stays.</source>
        <translation>Xóa người dùng &quot;%1&quot;? Người này sẽ không đăng nhập được nữa; những gì họ đã ghi nhận vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>New role for the selected user</source>
        <translation>Vai trò mới cho người dùng đã chọn</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Đổ&amp;i vai trò</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Vai t&amp;rò mới:</translation>
    </message>
    <message>
        <source>A new role takes effect the next time the user signs in.</source>
        <translation>Vai trò mới có hiệu lực từ lần đăng nhập tiếp theo của người dùng.</translation>
    </message>
</context>
</TS>
