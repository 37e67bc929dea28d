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
        <source>Give the recovery code with --recovery-code CODE.</source>
        <translation>Hãy đưa mã khôi phục bằng --recovery-code MÃ.</translation>
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
        <source>Usage: legalaid-cli [--db PATH] [--user NAME] [--password-file FILE | --password-stdin] [--json] [--lang vi|en] COMMAND

Commands:
  init --centre-name TEXT --centre-code CODE --admin NAME [--admin-full-name TEXT]
       [--place-name TEXT] [--parent-agency TEXT] [--kdf interactive|moderate|sensitive]
  whoami
  user add NAME --role ROLE --full-name TEXT --new-password-file FILE
  user list
  user passwd NAME --new-password-file FILE
  user remove NAME
  recover --recovery-code CODE --user NAME --new-password-file FILE
  key raw --recovery-code CODE
  rekey
  verify

Exit status is 0 only on success. Errors are one sentence on standard error after a stable code.</source>
        <translation>Cách dùng: legalaid-cli [--db ĐƯỜNG_DẪN] [--user TÊN] [--password-file TỆP | --password-stdin] [--json] [--lang vi|en] LỆNH

Các lệnh:
  init --centre-name TÊN --centre-code MÃ --admin TÊN [--admin-full-name HỌ_TÊN]
       [--place-name ĐỊA_DANH] [--parent-agency CƠ_QUAN_CHỦ_QUẢN] [--kdf interactive|moderate|sensitive]
  whoami
  user add TÊN --role VAI_TRÒ --full-name HỌ_TÊN --new-password-file TỆP
  user list
  user passwd TÊN --new-password-file TỆP
  user remove TÊN
  recover --recovery-code MÃ --user TÊN --new-password-file TỆP
  key raw --recovery-code MÃ
  rekey
  verify

Mã thoát bằng 0 chỉ khi thành công. Lỗi là một câu trên luồng lỗi chuẩn, sau một mã lỗi cố định.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2 name(s) after it; see legalaid-cli --help.</source>
        <translation>Lệnh &quot;%1&quot; cần %2 tên đi sau; xem legalaid-cli --help.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>Tùy chọn --%1 không dùng được với lệnh &quot;%2&quot;.</translation>
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
    <name>DeskMain</name>
    <message>
        <source>The encryption library could not start, so the database cannot be opened safely. Reinstall legalaid-desk.</source>
        <translation>Thư viện mã hóa không khởi động được nên không thể mở cơ sở dữ liệu an toàn. Hãy cài đặt lại legalaid-desk.</translation>
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
    <name>Permissions</name>
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
        <translation>thay đổi thông tin của Trung tâm</translation>
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
        <source>A user with the role &quot;%1&quot; may not %2.</source>
        <translation>Người dùng có vai trò &quot;%1&quot; không được phép %2.</translation>
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
    <message>
        <source>The recovery code sheet could not be drawn as a PDF.</source>
        <translation>Không tạo được tệp PDF của tờ mã khôi phục.</translation>
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
    <name>legalaid::ui::HomePage</name>
    <message>
        <source>Centre</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Mã đơn vị:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <source>Parent agency:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Tài khoản của bạn</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Lock the desk with Ctrl+L whenever you leave it. It also locks itself when nobody has used it for a few minutes.</source>
        <translation>Hãy khóa màn hình bằng Ctrl+L mỗi khi rời chỗ. Ứng dụng cũng tự khóa khi không ai thao tác trong vài phút.</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Xin chào, %1</translation>
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
</context>
<context>
    <name>legalaid::ui::PasswordStrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Độ mạnh của mật khẩu</translation>
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
</TS>
