enum Dir { case up, down }
print(Dir.up.rawValue)
