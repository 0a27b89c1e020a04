def build(log=print, demo_users=False, demo_password=None):
    return 0
