// SPDX-License-Identifier: MIT
#include "drawio/drawiostyles.h"

#include <map>

namespace cw::exporters {
namespace {

// Every shape name and image path below is checked against jgraph/drawio's own palettes:
// src/main/webapp/js/diagramly/sidebar/Sidebar-AWS4.js (groups, resourceIcon resIcon names and
// the resource shapes of each category, with the category fill colours) and Sidebar-Azure2.js
// (img/lib/azure2/<folder>/<file>.svg). exporters/drawio/README.md lists them.

const char *kGroupPrefix
    = "points=[[0,0],[0.25,0],[0.5,0],[0.75,0],[1,0],[1,0.25],[1,0.5],[1,0.75],[1,1],[0.75,1],"
      "[0.5,1],[0.25,1],[0,1],[0,0.75],[0,0.5],[0,0.25]];outlineConnect=0;gradientColor=none;html="
      "1;"
      "whiteSpace=wrap;fontSize=12;fontStyle=0;container=1;pointerEvents=0;collapsible=0;"
      "recursiveResize=0;shape=mxgraph.aws4.";
/// Sidebar-AWS4.js "n2": a service icon (square, coloured background) with the label below.
const char *kIconPrefix
    = "sketch=0;outlineConnect=0;fontColor=#232F3E;strokeColor=#ffffff;dashed=0;"
      "verticalLabelPosition=bottom;verticalAlign=top;align=center;html=1;fontSize=12;fontStyle=0;"
      "aspect=fixed;shape=mxgraph.aws4.resourceIcon;";
/// Sidebar-AWS4.js "n": a resource shape (glyph only) with the label below.
const char *kResourcePrefix
    = "sketch=0;outlineConnect=0;fontColor=#232F3E;gradientColor=none;strokeColor=none;dashed=0;"
      "verticalLabelPosition=bottom;verticalAlign=top;align=center;html=1;fontSize=12;fontStyle=0;"
      "aspect=fixed;pointerEvents=1;";
/// Sidebar-Azure2.js: every Azure icon is an image from the bundled azure2 library.
const char *kAzureImagePrefix
    = "image;aspect=fixed;html=1;align=center;verticalLabelPosition=bottom;verticalAlign=top;"
      "fontSize=12;image=img/lib/azure2/";

/// How a catalog kind looks in draw.io's AWS4 palette.
struct AwsShape
{
    const char *name; ///< resIcon name (icon) or shape name (resource)
    bool resource; ///< a resource shape (mxgraph.aws4.<name>), not a resourceIcon
    const char *fill; ///< the palette's fill colour for its category
};

const std::map<std::string, AwsShape> &awsShapes()
{
    // Fill colours per Sidebar-AWS4.js palette: Compute and Containers #ED7100, Database and
    // Developer Tools #C925D1, Storage #7AA116, Network & Content Delivery #8C4FFF, Security
    // #DD344C, Management & Governance and Application Integration #E7157B.
    static const std::map<std::string, AwsShape> shapes {
        { "aws.acm", { "certificate_manager_3", false, "#DD344C" } },
        { "aws.alb", { "application_load_balancer", true, "#8C4FFF" } },
        { "aws.api-gateway", { "api_gateway", false, "#E7157B" } },
        { "aws.aurora-postgresql", { "aurora", false, "#C925D1" } },
        { "aws.bastion", { "ec2", false, "#ED7100" } },
        { "aws.cloudfront", { "cloudfront", false, "#8C4FFF" } },
        { "aws.cloudtrail", { "cloudtrail", false, "#E7157B" } },
        { "aws.cloudwatch", { "cloudwatch_2", false, "#E7157B" } },
        { "aws.codepipeline", { "codepipeline", false, "#C925D1" } },
        { "aws.cognito", { "cognito", false, "#DD344C" } },
        { "aws.ec2", { "ec2", false, "#ED7100" } },
        { "aws.ecr", { "ecr", false, "#ED7100" } },
        { "aws.ecs-fargate", { "fargate", false, "#ED7100" } },
        { "aws.eks", { "eks", false, "#ED7100" } },
        { "aws.eks-node-group", { "eks", false, "#ED7100" } },
        { "aws.guardduty", { "guardduty", false, "#DD344C" } },
        { "aws.internet-gateway", { "internet_gateway", true, "#8C4FFF" } },
        { "aws.kms", { "key_management_service", false, "#DD344C" } },
        { "aws.lambda", { "lambda", false, "#ED7100" } },
        { "aws.nat-gateway", { "nat_gateway", true, "#8C4FFF" } },
        { "aws.nlb", { "network_load_balancer", true, "#8C4FFF" } },
        { "aws.organizations", { "organizations", false, "#E7157B" } },
        { "aws.rds-postgresql", { "rds", false, "#C925D1" } },
        { "aws.route53", { "route_53", false, "#8C4FFF" } },
        { "aws.s3", { "s3", false, "#7AA116" } },
        { "aws.secrets-manager", { "secrets_manager", false, "#DD344C" } },
        { "aws.sns", { "sns", false, "#E7157B" } },
        { "aws.sqs", { "sqs", false, "#E7157B" } },
        { "aws.transit-gateway", { "transit_gateway", false, "#8C4FFF" } },
        { "aws.vpc-endpoint", { "endpoints", true, "#8C4FFF" } },
        { "aws.vpc-flow-logs", { "flow_logs", true, "#8C4FFF" } },
        { "aws.vpn-gateway", { "vpn_gateway", true, "#8C4FFF" } },
        { "aws.waf", { "waf", false, "#DD344C" } },
    };
    return shapes;
}

/// Azure icons: <folder>/<file> under img/lib/azure2/.
const std::map<std::string, std::string> &azureImages()
{
    static const std::map<std::string, std::string> images {
        { "azure.action-group", "management_governance/Alerts.svg" },
        { "azure.aks", "containers/Kubernetes_Services.svg" },
        { "azure.app-insights", "management_governance/Application_Insights.svg" },
        { "azure.app-service", "app_services/App_Services.svg" },
        { "azure.application-gateway", "networking/Application_Gateways.svg" },
        { "azure.automation-account", "management_governance/Automation_Accounts.svg" },
        { "azure.bastion", "networking/Bastions.svg" },
        { "azure.container-registry", "containers/Container_Registries.svg" },
        { "azure.expressroute-gateway", "networking/Virtual_Network_Gateways.svg" },
        { "azure.firewall", "networking/Firewalls.svg" },
        { "azure.front-door", "networking/Front_Doors.svg" },
        { "azure.key-vault", "security/Key_Vaults.svg" },
        { "azure.load-balancer", "networking/Load_Balancers.svg" },
        { "azure.log-analytics", "management_governance/Log_Analytics_Workspaces.svg" },
        { "azure.logic-app", "integration/Logic_Apps.svg" },
        { "azure.postgresql-flexible", "databases/Azure_Database_PostgreSQL_Server.svg" },
        { "azure.private-endpoint", "networking/Private_Endpoint.svg" },
        { "azure.recovery-services-vault", "storage/Recovery_Services_Vaults.svg" },
        { "azure.redis-cache", "databases/Cache_Redis.svg" },
        { "azure.static-web-app", "preview/Static_Apps.svg" },
        { "azure.storage-account", "storage/Storage_Accounts.svg" },
        { "azure.vnet-flow-logs", "networking/Network_Watcher.svg" },
        { "azure.vpn-gateway", "networking/Virtual_Network_Gateways.svg" },
    };
    return images;
}

/// Outline colour of boxes drawn for kinds without an icon, per catalog category.
std::string categoryColour(const std::string &category)
{
    static const std::map<std::string, std::string> fills { { "compute", "#ED7100" },
        { "containers", "#ED7100" }, { "database", "#C925D1" }, { "storage", "#7AA116" },
        { "networking", "#8C4FFF" }, { "edge", "#8C4FFF" }, { "integration", "#E7157B" },
        { "security", "#DD344C" }, { "observability", "#E7157B" }, { "management", "#E7157B" } };
    const auto it = fills.find(category);
    return it == fills.end() ? "#232F3E" : it->second;
}

} // namespace

std::string drawioStyle(const layout::Node &node, const NodeText &text, const std::string &kind)
{
    const bool azure = text.provider == Provider::Azure;
    const std::string azureGroup = "rounded=0;whiteSpace=wrap;html=1;container=1;collapsible=0;"
                                   "pointerEvents=0;verticalAlign=top;align=left;spacingLeft=10;";
    switch (node.kind) {
    case layout::NodeKind::Account:
        if (azure)
            return azureGroup + "fillColor=none;strokeColor=#0078D4;fontColor=#0078D4;dashed=0;";
        return std::string(kGroupPrefix)
            + "group;grIcon=mxgraph.aws4.group_account;strokeColor=#CD2264;fillColor=none;"
              "verticalAlign=top;align=left;spacingLeft=30;fontColor=#CD2264;dashed=0;";
    case layout::NodeKind::Network:
        if (azure)
            return azureGroup + "fillColor=none;strokeColor=#50E6FF;fontColor=#0078D4;dashed=0;";
        return std::string(kGroupPrefix)
            + "group;grIcon=mxgraph.aws4.group_vpc2;strokeColor=#8C4FFF;fillColor=none;"
              "verticalAlign=top;align=left;spacingLeft=30;fontColor=#AAB7B8;dashed=0;";
    case layout::NodeKind::Zone:
        return "fillColor=none;strokeColor=#147EBA;dashed=1;verticalAlign=top;fontStyle=0;"
               "fontColor=#147EBA;whiteSpace=wrap;html=1;container=1;collapsible=0;";
    case layout::NodeKind::Subnet: {
        if (azure)
            return azureGroup + "fillColor=#F2F8FD;strokeColor=#0078D4;fontColor=#0078D4;dashed=1;";
        const bool pub = text.tier == Tier::Public;
        const bool iso = text.tier == Tier::Isolated;
        return std::string(kGroupPrefix)
            + "group;grIcon=mxgraph.aws4.group_security_group;grStroke=0;"
            + (pub        ? "strokeColor=#7AA116;fillColor=#F2F6E8;fontColor=#248814;"
                    : iso ? "strokeColor=#7D8998;fillColor=#F4F5F6;fontColor=#5A6B86;"
                          : "strokeColor=#00A4A6;fillColor=#E6F6F7;fontColor=#147EBA;")
            + "verticalAlign=top;align=left;spacingLeft=30;dashed=0;";
    }
    case layout::NodeKind::External:
        if (text.icon == "internet")
            return "ellipse;shape=cloud;whiteSpace=wrap;html=1;fillColor=#FFFFFF;strokeColor=#"
                   "232F3E;";
        if (text.icon == "on-premises")
            return std::string(kGroupPrefix)
                + "group;grIcon=mxgraph.aws4.group_corporate_data_center;strokeColor=#7D8998;"
                  "fillColor=none;verticalAlign=top;align=left;spacingLeft=30;fontColor=#5A6B86;"
                  "dashed=0;container=0;";
        return "rounded=1;whiteSpace=wrap;html=1;dashed=1;fillColor=#FFFFFF;strokeColor=#5A6B86;";
    case layout::NodeKind::Service:
        break;
    }
    // Spanning services too: the exporter puts the shape at the left of their band.
    if (azure) {
        if (const auto it = azureImages().find(kind); it != azureImages().end())
            return std::string(kAzureImagePrefix) + it->second + ";";
    } else if (const auto it = awsShapes().find(kind); it != awsShapes().end()) {
        const AwsShape &s = it->second;
        if (s.resource)
            return std::string(kResourcePrefix) + "fillColor=" + s.fill + ";shape=mxgraph.aws4."
                + s.name + ";";
        return std::string(kIconPrefix) + "fillColor=" + s.fill + ";resIcon=mxgraph.aws4." + s.name
            + ";";
    }
    return "rounded=1;whiteSpace=wrap;html=1;fillColor=#FFFFFF;strokeColor="
        + (azure ? std::string("#0078D4") : categoryColour(text.category)) + ";strokeWidth=2;";
}

bool drawioIconStyle(const std::string &style)
{
    const bool awsShape = style.find("shape=mxgraph.aws4.") != std::string::npos
        && style.find("shape=mxgraph.aws4.group") == std::string::npos;
    return awsShape || style.rfind("image;", 0) == 0;
}

std::string drawioEdgeStyle()
{
    return "edgeStyle=orthogonalEdgeStyle;rounded=0;orthogonalLoop=1;jettySize=auto;html=1;"
           "endArrow=block;endFill=1;strokeColor=#545B64;fontSize=11;labelBackgroundColor=#FFFFFF;";
}

} // namespace cw::exporters
