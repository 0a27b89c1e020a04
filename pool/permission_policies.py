from wagtail.permission_policies import ModelPermissionPolicy


class NeverDeletePermissionPolicy(ModelPermissionPolicy):
    """Nobody deletes these, superusers included: fees and reports look back at
    them. An organisation that stops gets an end date instead."""

    def user_has_permission(self, user, action):
        return action != "delete" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        kept = [action for action in actions if action != "delete"]
        return super().users_with_any_permission(kept)
