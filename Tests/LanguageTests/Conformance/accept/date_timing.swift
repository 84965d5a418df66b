import Foundation
let start = Date()
var total = 0
for i in 0..<1000 { total += i }
let elapsed = Date().timeIntervalSince(start)
print(total, elapsed >= 0, elapsed < 5)
let epoch = Date(timeIntervalSince1970: 0)
print(epoch)
let later = epoch.addingTimeInterval(86_400 * 365)
print(later, later > epoch, later.timeIntervalSince(epoch), later.timeIntervalSince1970)
print(epoch + 60, epoch == Date(timeIntervalSince1970: 0))
let interval: TimeInterval = 2.5
print(epoch.addingTimeInterval(interval).timeIntervalSince1970)
let dates = [later, epoch]
print(dates.sorted().first == epoch, dates.min()! == epoch)
